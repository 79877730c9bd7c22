// zlib's gzread reads gzip and plain files alike, so one reader serves .jsonl, .jsonl.gz and stdin.
#include "ingest/line_reader.h"

#include <unistd.h>
#include <algorithm>
#include <cerrno>
#include <cstring>

#include "core/error.h"
#include "ingest/utf16_decoder.h"

namespace newsdex::ingest {
namespace {
constexpr unsigned read_chunk = 1u << 18;
}

LineReader::LineReader(const std::string& path, bool decode_bom) : path_(path), decode_bom_(decode_bom) {
    if (path == "-") {
        file_ = gzdopen(dup(STDIN_FILENO), "rb");
    } else {
        file_ = gzopen(path.c_str(), "rb");
    }
    if (file_ == nullptr) {
        throw Error(ErrorKind::io, std::string("cannot open: ") + std::strerror(errno), path);
    }
    gzbuffer(file_, read_chunk);
}

LineReader::~LineReader() {
    if (file_ != nullptr) gzclose(file_);
}

bool LineReader::fill() {
    if (eof_) return false;
    if (pos_ > 0) {
        consumed_ += pos_;
        buffer_.erase(0, pos_);
        pos_ = 0;
    }
    std::size_t old_size = buffer_.size();
    buffer_.resize(old_size + read_chunk);
    int got = gzread(file_, buffer_.data() + old_size, read_chunk);
    if (got < 0) {
        int code = 0;
        const char* message = gzerror(file_, &code);
        buffer_.resize(old_size);
        throw Error(ErrorKind::io, std::string("read error: ") + (code == Z_ERRNO ? std::strerror(errno) : message),
                    path_, line_number_ + 1);
    }
    buffer_.resize(old_size + static_cast<std::size_t>(got));
    if (decode_bom_ && !started_) detect_bom();
    if (encoding_ == TextEncoding::utf16le || encoding_ == TextEncoding::utf16be) {
        std::string bytes = buffer_.substr(old_size);
        buffer_.resize(old_size);
        decode_utf16(bytes, encoding_ == TextEncoding::utf16be, got == 0, utf16_carry_, buffer_);
    }
    if (got == 0) {
        eof_ = true;
        // zlib reports a gzip stream cut short only through gzerror: without this check its last, partial line
        // would be passed on as if it were whole (issue 7).
        int code = Z_OK;
        const char* message = gzerror(file_, &code);
        if (code == Z_BUF_ERROR) {
            throw Error(ErrorKind::io, std::string("compressed file is truncated (") + message + ")", path_,
                        line_number_ + 1);
        }
    }
    return got > 0;
}

void LineReader::detect_bom() {
    // Called once, after the first read, while the buffer holds the file's first bytes.
    started_ = true;
    if (buffer_.rfind("\xEF\xBB\xBF", 0) == 0) {
        encoding_ = TextEncoding::utf8_bom;
        buffer_.erase(0, 3);
    } else if (buffer_.rfind("\xFF\xFE", 0) == 0) {
        encoding_ = TextEncoding::utf16le;
        buffer_.erase(0, 2);
    } else if (buffer_.rfind("\xFE\xFF", 0) == 0) {
        encoding_ = TextEncoding::utf16be;
        buffer_.erase(0, 2);
    }
}

bool LineReader::next(std::string& line, bool& too_long) {
    too_long = false;
    line.clear();
    // Bytes before `scanned` hold no '\n': a 50 MB line is searched once, not once per chunk read.
    std::size_t scanned = pos_;
    while (true) {
        std::size_t newline = buffer_.find('\n', scanned);
        if (newline != std::string::npos) {
            if (!too_long) line.assign(buffer_, pos_, newline - pos_);
            pos_ = newline + 1;
            break;
        }
        if (buffer_.size() - pos_ > line_limit_) {
            // Drop what we have of this line and keep scanning for its end.
            too_long = true;
            consumed_ += buffer_.size();
            buffer_.clear();
            pos_ = 0;
        }
        std::size_t searched = buffer_.size() - pos_;  // fill() moves the line to the buffer's start
        if (!fill()) {
            if (pos_ >= buffer_.size() && !too_long) return false;
            if (!too_long) line.assign(buffer_, pos_, std::string::npos);
            consumed_ += buffer_.size();
            buffer_.clear();
            pos_ = 0;
            break;
        }
        scanned = pos_ + searched;
    }
    if (!line.empty() && line.back() == '\r') line.pop_back();
    ++line_number_;
    return true;
}

bool LineReader::read_all(std::string& out, std::size_t limit) {
    out.assign(buffer_, pos_, std::string::npos);
    buffer_.clear();
    pos_ = 0;
    while (out.size() <= limit && fill()) {
        out += buffer_;
        buffer_.clear();
    }
    if (out.size() > limit) {
        out.resize(limit);
        return false;
    }
    return true;
}

}  // namespace newsdex::ingest

namespace newsdex::ingest {

std::size_t LineReader::read_bytes(std::size_t count, std::string& out) {
    std::size_t done = 0;
    while (done < count) {
        if (pos_ >= buffer_.size() && !fill()) break;
        std::size_t take = std::min(count - done, buffer_.size() - pos_);
        out.append(buffer_, pos_, take);
        pos_ += take;
        done += take;
    }
    return done;
}

std::size_t LineReader::skip_bytes(std::size_t count) {
    std::size_t done = 0;
    while (done < count) {
        if (pos_ >= buffer_.size() && !fill()) break;
        std::size_t take = std::min(count - done, buffer_.size() - pos_);
        pos_ += take;
        done += take;
    }
    return done;
}

}  // namespace newsdex::ingest
