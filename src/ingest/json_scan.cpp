// A byte loop with a depth counter: no recursion, so a 10^5-deep line costs no stack.
#include "ingest/json_scan.h"

namespace newsdex::ingest {

std::size_t skip_json_space(std::string_view text, std::size_t from) noexcept {
    while (from < text.size() &&
           (text[from] == ' ' || text[from] == '\t' || text[from] == '\r' || text[from] == '\n')) {
        ++from;
    }
    return from;
}

std::size_t first_object_end(std::string_view text) noexcept {
    std::size_t i = skip_json_space(text, 0);
    if (i >= text.size() || text[i] != '{') return std::string_view::npos;
    std::size_t depth = 0;
    bool in_string = false;
    for (; i < text.size(); ++i) {
        char c = text[i];
        if (in_string) {
            if (c == '\\') {
                ++i;
            } else if (c == '"') {
                in_string = false;
            }
        } else if (c == '"') {
            in_string = true;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if ((c == '}' || c == ']') && depth > 0 && --depth == 0) {
            return i + 1;
        }
    }
    return std::string_view::npos;
}

}  // namespace newsdex::ingest
