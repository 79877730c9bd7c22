// WARC and ARC record framing over LineReader (which reads plain and gzip files alike, across gzip members).
#include "ingest/archive_reader.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <optional>
#include <sstream>
#include <vector>

#include "core/error.h"
#include "ingest/line_reader.h"

namespace newsdex::ingest {
namespace {

// Header lines longer than this are not headers: a binary or runaway file must not be buffered whole.
constexpr std::size_t max_header_line_bytes = 64u << 10;
// A record header with more lines than this is garbage being read as headers.
constexpr std::size_t max_header_lines = 1000;

std::string lower(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
    return out;
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
    return s;
}

bool parse_length(std::string_view text, std::uint64_t& length) {
    text = trim(text);
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), length);
    return ec == std::errc() && end == text.data() + text.size() && !text.empty();
}

// "20080430204825" -> "2008-04-30T20:48:25Z"; anything else is kept as written.
std::string arc_date(const std::string& digits) {
    if (digits.size() < 14 || !std::all_of(digits.begin(), digits.begin() + 14, ::isdigit)) return digits;
    return digits.substr(0, 4) + "-" + digits.substr(4, 2) + "-" + digits.substr(6, 2) + "T" + digits.substr(8, 2) +
           ":" + digits.substr(10, 2) + ":" + digits.substr(12, 2) + "Z";
}

class ArchiveParser {
public:
    ArchiveParser(const std::string& path, ArchiveFormat format, const ArchiveLimits& limits,
                  const RecordFilter& wanted, const Reporter& report)
        : path_(path), reader_(path), format_(format), limits_(limits), wanted_(wanted), report_(report) {
        reader_.set_line_limit(max_header_line_bytes);
    }

    // The next record, or false at the end of the file. Throws Error(io) when the file cannot be read on
    // (truncated or corrupt gzip).
    bool next(ArchiveRecord& record) {
        while (true) {
            record = ArchiveRecord();
            std::string first;
            if (!find_record_start(first)) return false;
            record.number = ++records_;
            bool framed = format_ == ArchiveFormat::warc ? read_warc_header(record) : read_arc_header(first, record);
            if (!framed) continue;
            return read_block(record);
        }
    }

private:
    // Skips blank lines to the next record's first line; anything else is garbage, reported once per run of it.
    bool find_record_start(std::string& first) {
        std::string line;
        bool too_long = false;
        bool garbage = false;
        while (reader_.next(line, too_long)) {
            if (!too_long && line.find_first_not_of(" \t\r") == std::string::npos) continue;
            if (!too_long && starts_record(line)) {
                first = std::move(line);
                return true;
            }
            if (!garbage) {
                problem("after record " + std::to_string(records_) + " (byte " + std::to_string(reader_.offset()) +
                        "): no record header where one should start (wrong Content-Length?); skipping to the next");
            }
            garbage = true;
        }
        return false;
    }

    bool starts_record(const std::string& line) const {
        if (format_ == ArchiveFormat::warc) return line.rfind("WARC/", 0) == 0;
        // ARC: "URL IP-address date content-type length" (v1) or ten fields (v2), length last.
        std::size_t fields = 0;
        std::istringstream in(line);
        for (std::string field; in >> field;) ++fields;
        return (fields == 5 || fields == 10) && (line.find("://") != std::string::npos || line.rfind("dns:", 0) == 0);
    }

    bool read_warc_header(ArchiveRecord& record) {
        std::string line;
        bool too_long = false;
        bool have_length = false;
        std::size_t lines = 0;
        while (reader_.next(line, too_long) && !(line.empty() && !too_long)) {
            if (too_long || ++lines > max_header_lines) {
                problem(where(record) + "header too long; skipping to the next record");
                return false;
            }
            std::size_t colon = line.find(':');
            if (colon == std::string::npos) continue;
            std::string name = lower(trim(std::string_view(line).substr(0, colon)));
            std::string value(trim(std::string_view(line).substr(colon + 1)));
            if (name == "warc-type") record.type = lower(value);
            if (name == "warc-target-uri") record.target_uri = value;
            if (name == "warc-date") record.date = value;
            if (name == "content-type") record.content_type = value;
            if (name == "content-length") have_length = parse_length(value, record.length);
        }
        // WARC 0.17 put <> around URIs; 1.0 writers sometimes still do.
        if (record.target_uri.size() > 1 && record.target_uri.front() == '<' && record.target_uri.back() == '>') {
            record.target_uri = record.target_uri.substr(1, record.target_uri.size() - 2);
        }
        if (!have_length) {
            problem(where(record) + "no valid Content-Length; skipping to the next record");
            return false;
        }
        if (record.type.empty()) record.type = "(no WARC-Type)";
        return true;
    }

    bool read_arc_header(const std::string& first, ArchiveRecord& record) {
        std::vector<std::string> fields;
        std::istringstream in(first);
        for (std::string field; in >> field;) fields.push_back(field);
        record.target_uri = fields.front();
        record.date = arc_date(fields[2]);
        record.content_type = fields[3];
        record.type = record.target_uri.rfind("filedesc:", 0) == 0 ? "filedesc" : "response";
        if (!parse_length(fields.back(), record.length)) {
            problem(where(record) + "bad length field '" + fields.back() + "'; skipping to the next record");
            return false;
        }
        return true;
    }

    bool read_block(ArchiveRecord& record) {
        bool keep = record.length <= limits_.max_record_bytes && wanted_(record);
        record.oversized = record.length > limits_.max_record_bytes;
        std::size_t got = 0;
        if (keep) {
            record.block.reserve(record.length);
            got = reader_.read_bytes(record.length, record.block);
        } else {
            got = reader_.skip_bytes(record.length);
        }
        if (got < record.length) {
            problem(where(record) + "file ends " + std::to_string(record.length - got) +
                    " bytes short of its Content-Length (truncated); record skipped");
            return false;
        }
        return true;
    }

    std::string where(const ArchiveRecord& record) const {
        std::string uri = record.target_uri.empty() ? "" : " (" + record.target_uri.substr(0, 200) + ")";
        return "record " + std::to_string(record.number) + uri + ": ";
    }

    void problem(std::string reason) { report_({path_, 0, std::move(reason), true}); }

    std::string path_;
    LineReader reader_;
    ArchiveFormat format_;
    const ArchiveLimits& limits_;
    const RecordFilter& wanted_;
    const Reporter& report_;
    std::size_t records_ = 0;
};

}  // namespace

std::size_t read_archive(const std::string& path, ArchiveFormat format, const ArchiveLimits& limits,
                         const RecordFilter& wanted, const RecordHandler& on_record, const Reporter& report) {
    std::optional<ArchiveParser> parser;
    try {
        parser.emplace(path, format, limits, wanted, report);
    } catch (const Error& error) {  // the file cannot be opened
        report({path, 0, error.reason() + "; skipped", true});
        return 0;
    }
    std::size_t seen = 0;
    ArchiveRecord record;
    while (true) {
        bool more = false;
        try {
            more = parser->next(record);
        } catch (const Error& error) {
            report({path, 0, "after record " + std::to_string(seen) + ": " + error.reason() + "; rest of file skipped",
                    true});
            break;
        }
        if (!more) break;
        ++seen;
        if (!on_record(record)) break;  // outside the try: the handler's own errors are not this file's
    }
    return seen;
}

}  // namespace newsdex::ingest
