// An HTTP response as a web archive stores it: status, headers, and the entity with its codings undone.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace newsdex::ingest::internal {

struct HttpResponse {
    int status = 0;
    std::string content_type;           // the Content-Type header as sent ("text/html; charset=utf-8")
    std::string media_type;             // its media type, lower-cased, without parameters ("text/html")
    std::string body;                   // the entity: chunked transfer and gzip/deflate content coding undone
    std::vector<std::string> warnings;  // what was wrong but worked around ("bad chunked encoding: ...")
};

// Parses `message` (status line, headers, body). Returns the reason when it is not an HTTP response. A body
// that decodes to more than `max_body` bytes is cut there, with a warning (a gzip bomb must not fill memory).
std::variant<HttpResponse, std::string> parse_http_response(std::string_view message, std::size_t max_body);

// Undoes chunked transfer coding into `out`. Returns "" when well formed, else the reason (with `out`
// holding the chunks decoded before the fault).
std::string dechunk(std::string_view in, std::string& out);

// Inflates gzip, zlib or raw deflate data into `out`, at most `max_out` bytes. Returns "" on success, else
// the reason (`out` keeps what was inflated before the fault).
std::string inflate_body(std::string_view in, std::string& out, std::size_t max_out);

// The media type of a Content-Type value: lower-cased, parameters dropped.
std::string media_type_of(std::string_view content_type);

}  // namespace newsdex::ingest::internal
