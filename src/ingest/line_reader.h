// Reads a file (plain or gzip, detected by content) or stdin line by line, with a bound on line length.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include <zlib.h>

namespace newsdex::ingest {

// The maximum article size, the same for every format (a JSONL line, a text file, a feed item, a page, a WARC
// record's text): larger ones are skipped with "article larger than 1 MB". The longest articles in the shared
// corpora are 26 KB (BBC), 14 KB (Reuters-21578); analysing one costs about 80 times its size at the peak
// (entities on: a 3.9 MB article 320 MB), so with --threads 2 a 4 MB cap alone allowed 640 MB of analysis and
// 1.1 GB in all (issue 17). docs/reliability.md states the bound this gives.
constexpr std::size_t max_article_bytes = 1u << 20;

// The longest line kept while scanning: longer lines are dropped as they are read, never held whole.
constexpr std::size_t max_line_bytes = max_article_bytes;

// What a line-oriented file starts with: newsdex reads UTF-8, and decodes UTF-16 marked by a byte-order mark.
enum class TextEncoding { utf8, utf8_bom, utf16le, utf16be };

class LineReader {
public:
    // Opens `path` ("-" for stdin). With `decode_bom`, a leading byte-order mark is dropped (UTF-8) or the whole
    // stream decoded to UTF-8 (UTF-16LE/BE; issue 17: JSONL lost articles to both); encoding() says which.
    // Throws newsdex::Error(io) naming the file when it cannot be opened.
    explicit LineReader(const std::string& path, bool decode_bom = false);
    ~LineReader();
    LineReader(const LineReader&) = delete;
    LineReader& operator=(const LineReader&) = delete;

    // Next line without its '\n' (and '\r'); false at end of input. `too_long` is set when the line exceeded
    // the line limit: its content is dropped but the line still counts. Throws Error(io) on read errors
    // (including a corrupt gzip stream).
    bool next(std::string& line, bool& too_long);
    std::size_t line_number() const noexcept { return line_number_; }
    // Lines longer than this are dropped as too long (default max_line_bytes; record headers use less).
    void set_line_limit(std::size_t limit) noexcept { line_limit_ = limit; }

    // The encoding found at the start (utf8 until the first line is read, and always without `decode_bom`).
    TextEncoding encoding() const noexcept { return encoding_; }

    // Reads everything that is left (used for whole-file formats), up to `limit` bytes; false if truncated.
    bool read_all(std::string& out, std::size_t limit);

    // Appends the next `count` bytes to `out` (record formats such as WARC, where a length says how much
    // follows). Returns how many were read: fewer only at the end of input. Lines read afterwards are
    // counted from where the bytes ended, but the bytes' own newlines are not counted.
    std::size_t read_bytes(std::size_t count, std::string& out);
    // Drops the next `count` bytes without holding them; returns how many there were.
    std::size_t skip_bytes(std::size_t count);
    // Total bytes consumed so far (decompressed): the offset of what next()/read_bytes() return next.
    std::uint64_t offset() const noexcept { return consumed_ + pos_; }

private:
    bool fill();
    void detect_bom();
    std::string path_;
    bool decode_bom_ = false;
    bool started_ = false;
    TextEncoding encoding_ = TextEncoding::utf8;
    std::string utf16_carry_;  // bytes of an incomplete UTF-16 code unit or surrogate pair between reads
    gzFile file_ = nullptr;
    std::string buffer_;
    std::size_t pos_ = 0;
    bool eof_ = false;
    std::size_t line_number_ = 0;
    std::size_t line_limit_ = max_line_bytes;
    std::uint64_t consumed_ = 0;  // bytes dropped from the buffer's front
};

}  // namespace newsdex::ingest
