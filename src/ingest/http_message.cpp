// HTTP response parsing for archived responses: lenient about line endings, strict about lengths.
#include "ingest/internal/http_message.h"

#include <algorithm>
#include <cctype>
#include <charconv>

#include <zlib.h>

namespace newsdex::ingest::internal {
namespace {

std::string lower(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
    return out;
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
    return s;
}

// Next line of `text` from `pos` without its line ending (CRLF or a bare LF, as some crawlers wrote).
bool next_line(std::string_view text, std::size_t& pos, std::string_view& line) {
    if (pos >= text.size()) return false;
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    line = text.substr(pos, end - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    pos = end + 1;
    return true;
}

struct Headers {
    std::string content_type;
    std::string transfer_encoding;
    std::string content_encoding;
};

// Reads header lines up to the blank line; `pos` ends at the body. Folded (continuation) lines are skipped:
// none of the headers used here is folded in practice.
Headers read_headers(std::string_view message, std::size_t& pos) {
    Headers headers;
    std::string_view line;
    while (next_line(message, pos, line) && !line.empty()) {
        std::size_t colon = line.find(':');
        if (colon == std::string_view::npos) continue;
        std::string name = lower(trim(line.substr(0, colon)));
        std::string_view value = trim(line.substr(colon + 1));
        if (name == "content-type") headers.content_type = std::string(value);
        if (name == "transfer-encoding") headers.transfer_encoding = lower(value);
        if (name == "content-encoding") headers.content_encoding = lower(value);
    }
    return headers;
}

}  // namespace

std::string media_type_of(std::string_view content_type) {
    return lower(trim(content_type.substr(0, content_type.find(';'))));
}

std::string dechunk(std::string_view in, std::string& out) {
    std::size_t pos = 0;
    while (true) {
        std::string_view line;
        if (!next_line(in, pos, line)) return "chunked body ends without its last chunk";
        line = trim(line.substr(0, line.find(';')));  // chunk extensions are ignored
        std::size_t size = 0;
        auto [end, ec] = std::from_chars(line.data(), line.data() + line.size(), size, 16);
        if (ec != std::errc() || end != line.data() + line.size() || line.empty()) {
            return "bad chunk size line '" + std::string(line.substr(0, 40)) + "'";
        }
        if (size == 0) return "";
        if (size > in.size() - std::min(pos, in.size())) {
            out.append(in.substr(std::min(pos, in.size())));
            return "chunk of " + std::to_string(size) + " bytes runs past the end of the record";
        }
        out.append(in.substr(pos, size));
        pos += size;
        if (pos < in.size() && in[pos] == '\r') ++pos;
        if (pos < in.size() && in[pos] == '\n') ++pos;
    }
}

std::string inflate_body(std::string_view in, std::string& out, std::size_t max_out) {
    // 15 + 32: zlib or gzip, detected by header; raw deflate ("deflate" as some servers send it) is retried.
    for (int window_bits : {15 + 32, -15}) {
        z_stream stream{};
        if (inflateInit2(&stream, window_bits) != Z_OK) return "zlib cannot start";
        stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
        stream.avail_in = static_cast<uInt>(std::min<std::size_t>(in.size(), 0xFFFFFFFFu));
        std::size_t start = out.size();
        char chunk[1 << 14];
        int code = Z_OK;
        while (code == Z_OK) {
            stream.next_out = reinterpret_cast<Bytef*>(chunk);
            stream.avail_out = sizeof chunk;
            code = inflate(&stream, Z_NO_FLUSH);
            out.append(chunk, sizeof chunk - stream.avail_out);
            if (out.size() - start > max_out) {
                out.resize(start + max_out);
                inflateEnd(&stream);
                return "decompressed body larger than " + std::to_string(max_out >> 20) + " MB; cut there";
            }
            if (code == Z_BUF_ERROR && stream.avail_in == 0) break;
        }
        inflateEnd(&stream);
        if (code == Z_STREAM_END) return "";
        if (window_bits < 0 || out.size() > start) {
            return code == Z_BUF_ERROR ? "compressed body is truncated" : "compressed body is corrupt";
        }
        out.resize(start);
    }
    return "compressed body is corrupt";
}

std::variant<HttpResponse, std::string> parse_http_response(std::string_view message, std::size_t max_body) {
    std::size_t pos = 0;
    std::string_view status_line;
    if (!next_line(message, pos, status_line) || status_line.substr(0, 5) != "HTTP/") {
        return std::string("no HTTP status line");
    }
    HttpResponse response;
    std::size_t space = status_line.find(' ');
    std::string_view code = space == std::string_view::npos ? std::string_view() : trim(status_line.substr(space + 1));
    std::from_chars(code.data(), code.data() + std::min<std::size_t>(code.size(), 3), response.status);
    Headers headers = read_headers(message, pos);
    response.content_type = headers.content_type;
    response.media_type = media_type_of(headers.content_type);
    std::string_view body = message.substr(std::min(pos, message.size()));

    std::string dechunked;
    if (headers.transfer_encoding.find("chunked") != std::string::npos) {
        std::string fault = dechunk(body, dechunked);
        if (!fault.empty()) response.warnings.push_back("bad chunked encoding: " + fault);
        body = dechunked;
    }
    const std::string& coding = headers.content_encoding;
    if (coding == "gzip" || coding == "x-gzip" || coding == "deflate") {
        std::string fault = inflate_body(body, response.body, max_body);
        if (!fault.empty() && response.body.empty()) {
            // Nothing inflated: the header lies (some crawlers stored the decoded body and kept the header).
            response.body.assign(body.substr(0, max_body));
            fault += "; used as sent";
        }
        if (!fault.empty()) response.warnings.push_back(fault);
    } else {
        if (!coding.empty() && coding != "identity") response.warnings.push_back("unknown content encoding " + coding);
        response.body.assign(body.substr(0, max_body));
        if (body.size() > max_body) response.warnings.push_back("body cut at the size limit");
    }
    return response;
}

}  // namespace newsdex::ingest::internal
