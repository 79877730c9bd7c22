// UTF-16 code units to UTF-8 by hand: four cases of a few lines each, where ICU would need a converter per file.
#include "ingest/utf16_decoder.h"

#include <cstdint>

namespace newsdex::ingest {
namespace {

constexpr char32_t replacement = 0xFFFD;

void append_utf8(char32_t c, std::string& out) {
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

bool is_high(char16_t u) { return u >= 0xD800 && u <= 0xDBFF; }
bool is_low(char16_t u) { return u >= 0xDC00 && u <= 0xDFFF; }

}  // namespace

void decode_utf16(std::string_view bytes, bool big_endian, bool final, std::string& carry, std::string& out) {
    std::string joined;
    if (!carry.empty()) {
        joined = carry + std::string(bytes);
        bytes = joined;
        carry.clear();
    }
    auto unit = [&](std::size_t i) {
        auto a = static_cast<unsigned char>(bytes[i]);
        auto b = static_cast<unsigned char>(bytes[i + 1]);
        return static_cast<char16_t>(big_endian ? (a << 8 | b) : (b << 8 | a));
    };
    out.reserve(out.size() + bytes.size());
    std::size_t i = 0;
    while (i + 1 < bytes.size()) {
        char16_t u = unit(i);
        if (!is_high(u)) {
            append_utf8(is_low(u) ? replacement : u, out);
            i += 2;
            continue;
        }
        if (i + 3 >= bytes.size()) break;  // the pair's second half is in the next chunk
        char16_t low = unit(i + 2);
        if (is_low(low)) {
            append_utf8(0x10000 + ((static_cast<char32_t>(u) - 0xD800) << 10) + (low - 0xDC00), out);
            i += 4;
        } else {
            append_utf8(replacement, out);
            i += 2;
        }
    }
    if (i < bytes.size()) {
        if (final) {
            append_utf8(replacement, out);
        } else {
            carry.assign(bytes.substr(i));
        }
    }
}

}  // namespace newsdex::ingest
