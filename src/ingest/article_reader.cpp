// Path walking and per-format reading; every problem becomes a Diagnostic, never an exception.
#include "ingest/article_reader.h"

#include <algorithm>
#include <exception>
#include <filesystem>
#include <set>
#include <system_error>

#include "core/error.h"
#include "ingest/feed_reader.h"
#include "ingest/internal/sink.h"
#include "ingest/json_article.h"
#include "ingest/json_scan.h"
#include "ingest/line_reader.h"
#include "ingest/page_article.h"
#include "ingest/text_article.h"
#include "text/normalize.h"

namespace newsdex::ingest {
namespace fs = std::filesystem;

namespace {

std::string too_large() { return internal::too_large_reason(); }

// Bytes read to tell a file's format by content: an XML declaration, a doctype and comments fit.
constexpr std::size_t sniff_bytes = 4096;

bool ends_with(const std::string& s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
    return s;
}

class Walker {
public:
    Walker(const ReadOptions& options, const ArticleHandler& on_article, const Reporter& report)
        : sink(on_article, report, options.stop), options_(options) {}

    void visit(const fs::path& path, bool explicit_argument) {
        std::error_code ec;
        if (path == "-") {
            read_jsonl("-");
            return;
        }
        auto status = fs::status(path, ec);
        if (ec) {
            sink.problem(path.string(), 0,
                         ec == std::errc::too_many_symbolic_link_levels ? "symbolic link loop; skipped"
                                                                        : "cannot read: " + ec.message() + "; skipped");
            return;
        }
        if (fs::is_directory(status)) {
            visit_directory(path);
        } else if (fs::is_regular_file(status) || path.string() == "/dev/stdin") {
            read_file(path.string(), explicit_argument);
        } else if (explicit_argument || format_from_name(path.string()) != InputFormat::automatic) {
            // A FIFO or device named like an article is reported, never opened (reading it could block).
            sink.problem(path.string(), 0, "not a regular file or directory; skipped");
        } else {
            sink.passed_over(path.string(), "not a regular file");
        }
    }

    internal::Sink sink;

private:
    void read_file(const std::string& file, bool explicit_argument) {
        InputFormat format = options_.format != InputFormat::automatic ? options_.format : format_from_name(file);
        if (format == InputFormat::automatic) format = sniff(file);
        if (format == InputFormat::automatic) {
            if (!explicit_argument) {
                std::string extension = lower(fs::path(file).extension().string());
                sink.passed_over(file, "unrecognised file" + (extension.empty() ? "" : " (" + extension + ")"));
                return;
            }
            format = InputFormat::text;  // named on the command line: the user says it is an article
        }
        ++sink.counts.files;
        switch (format) {
            case InputFormat::jsonl: read_jsonl(file); break;
            case InputFormat::json: read_json(file); break;
            case InputFormat::warc: internal::read_archive_file(file, ArchiveFormat::warc, sink); break;
            case InputFormat::arc: internal::read_archive_file(file, ArchiveFormat::arc, sink); break;
            case InputFormat::feed: internal::read_feed_file(file, sink); break;
            case InputFormat::html: internal::read_html_file(file, sink); break;
            default: read_text(file); break;
        }
    }

    // The format of a file its name does not give, from its first bytes (decompressed when gzip).
    InputFormat sniff(const std::string& file) {
        std::string head;
        try {
            LineReader reader(file);
            reader.read_all(head, sniff_bytes);
        } catch (const Error&) {
            return InputFormat::automatic;  // read_text reports it when the file was named
        }
        return format_from_content(head);
    }

    void visit_directory(const fs::path& dir) {
        std::error_code ec;
        fs::path canonical = fs::canonical(dir, ec);
        if (ec) {
            sink.problem(dir.string(), 0, "cannot resolve directory: " + ec.message() + "; skipped");
            return;
        }
        if (!visited_.insert(canonical).second) {
            sink.problem(dir.string(), 0, "directory already visited (symbolic link loop?); skipped");
            return;
        }
        std::vector<fs::path> entries;
        fs::directory_iterator it(dir, ec), end;
        if (ec) {
            sink.problem(dir.string(), 0, "cannot list directory: " + ec.message() + "; skipped");
            return;
        }
        for (; it != end; it.increment(ec)) {
            if (ec) break;
            std::string name = it->path().filename().string();
            if (!name.empty() && name.front() == '.') continue;  // hidden files and editor droppings
            entries.push_back(it->path());
        }
        std::sort(entries.begin(), entries.end());
        for (const auto& entry : entries) {
            if (sink.stopped()) return;
            visit(entry.lexically_normal(), false);
        }
    }

    void read_jsonl(const std::string& file) {
        try {
            LineReader reader(file, true);
            std::string line;
            bool too_long = false;
            bool any = false;
            while (!sink.stopped() && reader.next(line, too_long)) {
                std::size_t number = reader.line_number();
                if (number == 1) report_encoding(file, reader.encoding());
                if (too_long) {
                    sink.problem(file, number, too_large());
                    any = true;
                    continue;
                }
                if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
                any = true;
                read_json_line(file, number, line);
            }
            // An empty .txt was always reported; an empty .jsonl vanished without a word (issue 17).
            if (!any) sink.problem(file, 0, "empty file; skipped");
        } catch (const Error& error) {
            sink.problem(error.file().empty() ? file : error.file(), error.line(),
                         error.reason() + "; rest of file skipped");
        }
    }

    // A .json file (see max_json_file_bytes). Diagnostics name the line an object starts on.
    void read_json(const std::string& file) {
        std::string bytes;
        if (!internal::read_whole_file(file, max_json_file_bytes, bytes, sink)) return;
        if (!text::is_valid_utf8(bytes)) {
            std::string encoding;
            bytes = text::repair_utf8(bytes, &encoding);
            sink.repaired(file, 0, "invalid UTF-8; decoded as " + encoding);
        }
        std::string_view text = bytes;
        if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
        std::size_t start = skip_json_space(text, 0);
        if (start == text.size()) {
            sink.problem(file, 0, "empty file; skipped");
            return;
        }
        if (text[start] == '[') {
            read_json_array(file, text, start);
            return;
        }
        std::size_t end = first_object_end(text.substr(start));
        if (end == std::string_view::npos || skip_json_space(text, start + end) != text.size()) {
            read_jsonl(file);  // several values: JSON Lines under a .json name (or junk, reported per line)
            return;
        }
        read_json_object(file, line_at(text, start), text.substr(start, end), 1);
    }

    // An array of article objects; elements that are not objects stop the reading, reported.
    void read_json_array(const std::string& file, std::string_view text, std::size_t pos) {
        std::size_t element = 0;
        pos = skip_json_space(text, pos + 1);
        while (pos < text.size() && text[pos] != ']') {
            if (element > 0) {
                if (text[pos] != ',') break;
                pos = skip_json_space(text, pos + 1);
            }
            std::size_t end = first_object_end(text.substr(pos));
            if (end == std::string_view::npos) break;
            read_json_object(file, line_at(text, pos), text.substr(pos, end), ++element);
            if (sink.stopped()) return;
            pos = skip_json_space(text, pos + end);
        }
        if (pos >= text.size() || text[pos] != ']') {
            sink.problem(file, line_at(text, pos),
                         "array element " + std::to_string(element + 1) +
                             " is not a JSON object (or the array is not closed); rest of file skipped");
        } else if (element == 0) {
            sink.problem(file, 0, "empty JSON array; skipped");
        }
    }

    // One object of a .json file; `element` numbers the objects of an array, so that each has an id of its own.
    void read_json_object(const std::string& file, std::size_t line, std::string_view object, std::size_t element) {
        if (object.size() > max_article_bytes) {
            sink.problem(file, line, too_large());
            return;
        }
        auto parsed = parser_.parse(object);
        if (auto* reason = std::get_if<std::string>(&parsed)) {
            sink.problem(file, line, *reason + "; skipped");
            return;
        }
        RawArticle article = std::move(std::get<RawArticle>(parsed));
        if (article.id.empty()) article.id = real_path(file) + "#" + std::to_string(element);
        emit_json(file, line, 1, std::move(article), {});
    }

    // The 1-based line `offset` is on; offsets only grow while a file is read, so counting resumes.
    std::size_t line_at(std::string_view text, std::size_t offset) {
        offset = std::min(offset, text.size());
        if (text.data() != line_text_ || offset < line_offset_) {
            line_text_ = text.data();
            line_offset_ = 0;
            line_number_ = 1;
        }
        line_number_ += static_cast<std::size_t>(std::count(text.begin() + static_cast<std::ptrdiff_t>(line_offset_),
                                                            text.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
        line_offset_ = offset;
        return line_number_;
    }

    void report_encoding(const std::string& file, TextEncoding encoding) {
        if (encoding == TextEncoding::utf16le) sink.repaired(file, 0, "not UTF-8; decoded as UTF-16LE");
        if (encoding == TextEncoding::utf16be) sink.repaired(file, 0, "not UTF-8; decoded as UTF-16BE");
    }

    // One JSONL line: usually one object; several objects on one line are each read (issue 17).
    void read_json_line(const std::string& file, std::size_t number, std::string& line) {
        if (line.size() > max_article_bytes) {
            sink.problem(file, number, too_large());
            return;
        }
        if (!text::is_valid_utf8(line)) {
            std::string encoding;
            line = text::repair_utf8(line, &encoding);
            sink.repaired(file, number, "invalid UTF-8; decoded as " + encoding);
        }
        std::string_view rest = line;
        for (int object = 1; !rest.empty() && !sink.stopped(); ++object) {
            JsonParseInfo info;
            auto parsed = parse_object(rest, info);
            if (auto* reason = std::get_if<std::string>(&parsed)) {
                sink.problem(file, number,
                             (object > 1 ? "object " + std::to_string(object) + ": " : "") + *reason + "; skipped");
                return;
            }
            RawArticle article = std::move(std::get<RawArticle>(parsed));
            std::size_t column = line.size() - rest.size() + info.end + 1;
            rest.remove_prefix(info.end);
            if (object == 1 && !rest.empty() && rest.front() == '{') {
                sink.repaired(file, number, "more than one JSON value on the line; each object is read");
            }
            emit_json(file, number, object, std::move(article), info.notes);
            if (!rest.empty() && rest.front() != '{') {
                sink.problem(file, number,
                             "text after the JSON object (column " + std::to_string(column) +
                                 ") is not a JSON object; that part skipped");
                return;
            }
        }
    }

    // Parses the object `text` starts with. When the whole text is not JSON, the object alone is tried, so junk
    // after a good object (`{...}, 1`) loses the junk and not the article.
    std::variant<RawArticle, std::string> parse_object(std::string_view text, JsonParseInfo& info) {
        auto parsed = parser_.parse(text, &info);
        if (std::holds_alternative<RawArticle>(parsed)) return parsed;
        std::size_t end = first_object_end(text);
        if (end == std::string_view::npos || skip_json_space(text, end) == text.size()) return parsed;
        JsonParseInfo alone;
        auto object = parser_.parse(text.substr(0, end), &alone);
        if (!std::holds_alternative<RawArticle>(object)) return parsed;
        alone.end = skip_json_space(text, end);
        info = std::move(alone);
        return object;
    }

    void emit_json(const std::string& file, std::size_t number, int object, RawArticle&& article,
                   const std::vector<std::string>& notes) {
        for (const auto& note : notes) sink.repaired(file, number, note);
        if (is_blank(article.title) && is_blank(article.body)) {
            sink.repaired(file, number, "no \"title\" or \"body\" text; indexed by id and metadata only");
        }
        article.origin = file;
        article.line = number;
        if (article.id.empty()) {
            // The second object of a line needs an id of its own, or it would replace the first.
            // Named by the file's real path, so `ingest dir` and `ingest /abs/dir` agree (issue 18).
            article.id = (file == "-" ? file : real_path(file)) + "#" + std::to_string(number);
            if (object > 1) article.id.append(".").append(std::to_string(object));
        }
        sink.article(std::move(article), file);
    }

    void read_text(const std::string& file) {
        std::string bytes;
        if (!internal::read_whole_file(file, max_article_bytes, bytes, sink, too_large())) return;
        if (bytes.find_first_not_of(" \t\r\n") == std::string::npos) {
            sink.problem(file, 0, "empty file; skipped");
            return;
        }
        bool utf16 = bytes.size() >= 2 &&
                     ((bytes[0] == '\xFF' && bytes[1] == '\xFE') || (bytes[0] == '\xFE' && bytes[1] == '\xFF'));
        if (!utf16 && bytes.find('\0') != std::string::npos) {
            sink.problem(file, 0, "binary file (contains NUL bytes); skipped");
            return;
        }
        if (auto reason = binary_reason(bytes, utf16)) {
            sink.problem(file, 0, *reason + "; skipped");
            return;
        }
        std::string encoding;
        std::string utf8 = text::repair_utf8(bytes, &encoding);
        if (encoding != "UTF-8") sink.repaired(file, 0, "not UTF-8; decoded as " + encoding);
        auto parsed = parse_text_article(utf8);
        if (auto* reason = std::get_if<std::string>(&parsed)) {
            sink.problem(file, 0, *reason + "; skipped");
            return;
        }
        RawArticle article = std::move(std::get<RawArticle>(parsed));
        article.origin = file;
        article.id = real_path(file);  // one id however the file was named (issue 18)
        sink.article(std::move(article), file);
    }

    // Cached: every line of a JSONL file without ids asks for it.
    const std::string& real_path(const std::string& file) {
        if (file != real_path_file_) {
            real_path_file_ = file;
            real_path_ = internal::real_path_of(file);
        }
        return real_path_;
    }

    const ReadOptions& options_;
    JsonArticleParser parser_;
    std::set<fs::path> visited_;
    std::string real_path_file_, real_path_;
    const char* line_text_ = nullptr;  // line_at's place in the .json file being read
    std::size_t line_offset_ = 0, line_number_ = 1;
};

}  // namespace

InputFormat parse_input_format(const std::string& name) {
    std::string n = lower(name);
    if (n == "auto") return InputFormat::automatic;
    if (n == "txt" || n == "text" || n == "md") return InputFormat::text;
    if (n == "jsonl" || n == "ndjson") return InputFormat::jsonl;
    if (n == "json") return InputFormat::json;
    if (n == "html" || n == "htm") return InputFormat::html;
    if (n == "feed" || n == "rss" || n == "atom") return InputFormat::feed;
    if (n == "warc") return InputFormat::warc;
    if (n == "arc") return InputFormat::arc;
    throw Error(ErrorKind::usage, "unknown --format '" + name + "' (choose from " + input_format_names + ")");
}

InputFormat format_from_name(const std::string& path) {
    std::string name = lower(fs::path(path).filename().string());
    if (ends_with(name, ".gz")) name.resize(name.size() - 3);
    if (ends_with(name, ".jsonl") || ends_with(name, ".ndjson")) return InputFormat::jsonl;
    if (ends_with(name, ".json")) return InputFormat::json;
    if (ends_with(name, ".txt") || ends_with(name, ".md") || ends_with(name, ".text")) return InputFormat::text;
    if (ends_with(name, ".html") || ends_with(name, ".htm") || ends_with(name, ".xhtml")) return InputFormat::html;
    if (ends_with(name, ".rss") || ends_with(name, ".atom")) return InputFormat::feed;
    if (ends_with(name, ".warc")) return InputFormat::warc;
    if (ends_with(name, ".arc")) return InputFormat::arc;
    return InputFormat::automatic;  // .xml and the rest: by content
}

InputFormat format_from_content(std::string_view head) {
    // A byte-order mark and leading whitespace say nothing about the format.
    if (head.substr(0, 3) == "\xEF\xBB\xBF") head.remove_prefix(3);
    while (!head.empty() && std::isspace(static_cast<unsigned char>(head.front()))) head.remove_prefix(1);
    if (head.substr(0, 5) == "WARC/") return InputFormat::warc;
    if (head.substr(0, 11) == "filedesc://") return InputFormat::arc;
    if (looks_like_feed(head)) return InputFormat::feed;
    if (looks_like_html_page(head)) return InputFormat::html;
    return InputFormat::automatic;
}

ReadCounts read_articles(const std::vector<std::string>& paths, const ReadOptions& options,
                         const ArticleHandler& on_article, const Reporter& report) {
    Walker walker(options, on_article, report);
    try {
        for (const auto& path : paths) {
            if (walker.sink.stopped()) break;
            walker.visit(path == "-" ? fs::path("-") : fs::path(path).lexically_normal(), true);
        }
    } catch (const internal::HandlerFailed& failed) {
        std::rethrow_exception(failed.error);
    }
    return walker.sink.counts;
}

}  // namespace newsdex::ingest
