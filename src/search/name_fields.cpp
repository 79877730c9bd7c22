// Query text for the unstemmed name fields: see name_fields.h.
#include "search/name_fields.h"

#include <string_view>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "index/schema.h"

namespace newsdex::search {
namespace {

bool is_word_byte(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           static_cast<unsigned char>(c) >= 0x80;
}

bool is_unstemmed_field(std::string_view name) {
    for (const auto& f : schema::free_text_fields) if (f.field == name) return !f.stemmed;
    return false;
}

// Appends the code point at text[at] upper-cased (as one UTF-8 sequence) and returns where the next one starts.
std::size_t append_upper(const std::string& text, std::size_t at, std::string& out) {
    std::int32_t i = static_cast<std::int32_t>(at);
    const auto length = static_cast<std::int32_t>(text.size());
    UChar32 c;
    U8_NEXT(reinterpret_cast<const std::uint8_t*>(text.data()), i, length, c);
    if (c < 0) {  // not UTF-8: copy the byte as it is
        out += text[at];
        return at + 1;
    }
    char buffer[U8_MAX_LENGTH];
    std::int32_t n = 0;
    UBool error = false;
    U8_APPEND(reinterpret_cast<std::uint8_t*>(buffer), n, U8_MAX_LENGTH, u_toupper(c), error);
    if (error) {
        out.append(text, at, static_cast<std::size_t>(i) - at);
    } else {
        out.append(buffer, static_cast<std::size_t>(n));
    }
    return static_cast<std::size_t>(i);
}

}  // namespace

std::string capitalise_name_fields(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    bool quoted = false;
    int depth = 0;        // parentheses opened since the current group field's "("
    bool in_group = false;  // inside field:( ... ) of an unstemmed field
    bool capitalise_next = false;
    for (std::size_t i = 0; i < text.size();) {
        const char c = text[i];
        if (c == '"') quoted = !quoted;
        if (quoted || !is_word_byte(c)) {
            capitalise_next = false;  // person:"..." is a phrase, and person: alone is no field
            if (!quoted && in_group) {
                if (c == '(') ++depth;
                if (c == ')' && --depth == 0) in_group = false;
            }
            out += c;
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end < text.size() && is_word_byte(text[end])) ++end;
        const bool word_start = i == 0 || std::string_view(" \t\r\n(+-").find(text[i - 1]) != std::string_view::npos;
        if (word_start && end + 1 < text.size() && text[end] == ':') {
            // A field name and its colon stay as written, whichever field it is (even inside a name group).
            const bool unstemmed = is_unstemmed_field(std::string_view(text).substr(i, end - i));
            out.append(text, i, end + 1 - i);
            i = end + 1;
            if (unstemmed && text[i] == '(' && !in_group) {
                in_group = true;
                depth = 0;
            } else {
                capitalise_next = unstemmed;
            }
            continue;
        }
        if (capitalise_next || in_group) {
            capitalise_next = false;
            const std::size_t next = append_upper(text, i, out);
            out.append(text, next, end - next);
        } else {
            out.append(text, i, end - i);
        }
        i = end;
    }
    return out;
}

}  // namespace newsdex::search
