// Reads a file (plain or gzip, detected by content) or stdin line by line, with a bound on line length.
#pragma once

#include <cstddef>
#include <string>

#include <zlib.h>

namespace newsdex::ingest {

// The longest article line accepted; longer lines are skipped whole (a 50 MB line must not exhaust memory
// in a multi-threaded ingest, and no real article is this long).
constexpr std::size_t max_line_bytes = 64u << 20;

class LineReader {
public:
    // Opens `path` ("-" for stdin). Throws newsdex::Error(io) naming the file when it cannot be opened.
    explicit LineReader(const std::string& path);
    ~LineReader();
    LineReader(const LineReader&) = delete;
    LineReader& operator=(const LineReader&) = delete;

    // Next line without its '\n' (and '\r'); false at end of input. `too_long` is set when the line exceeded
    // max_line_bytes: its content is dropped but the line still counts. Throws Error(io) on read errors
    // (including a corrupt gzip stream).
    bool next(std::string& line, bool& too_long);
    std::size_t line_number() const noexcept { return line_number_; }

    // Reads everything that is left (used for whole-file formats), up to `limit` bytes; false if truncated.
    bool read_all(std::string& out, std::size_t limit);

private:
    bool fill();
    std::string path_;
    gzFile file_ = nullptr;
    std::string buffer_;
    std::size_t pos_ = 0;
    bool eof_ = false;
    std::size_t line_number_ = 0;
};

}  // namespace newsdex::ingest
