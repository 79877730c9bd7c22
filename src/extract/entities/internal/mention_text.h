// Shared by the hygiene steps: words of a text, ASCII case tests, possessives, a name's key, titles before a name.
#pragma once

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace newsdex::extract::hygiene {

inline bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }
inline bool is_upper_ascii(char c) { return c >= 'A' && c <= 'Z'; }
inline bool is_lower_ascii(char c) { return c >= 'a' && c <= 'z'; }
inline bool has_lower(std::string_view s) { return std::any_of(s.begin(), s.end(), is_lower_ascii); }
inline bool has_upper(std::string_view s) { return std::any_of(s.begin(), s.end(), is_upper_ascii); }

struct Span {
    std::size_t start, end;
};

// Whitespace-separated words of text[from, to).
std::vector<Span> words_in(std::string_view text, std::size_t from, std::size_t to);

// "Kerry's" -> "Kerry", "MOODY'S" -> "MOODY", "Reuters'" -> "Reuters".
std::string_view without_possessive(std::string_view s);

// The key under which mentions are one name: case, possessive and punctuation ignored.
std::string name_key(std::string_view canonical);

bool after_title(std::string_view text, std::size_t start);

// True if the text has `phrase` as written, bounded by non-letters.
bool written_as(std::string_view text, std::string_view phrase);

// Whether the line holding byte `at` is in ALL CAPS. Remembers the last line it looked at: mentions come in text
// order, so a whole article costs one pass, not one pass of its line per mention (a 4 MB one-line article was
// scanned once for each of its names).
class CapitalLines {
public:
    explicit CapitalLines(std::string_view text) : text_(text) {}
    bool operator()(std::size_t at) {
        if (at < start_ || at > end_) find_line(at);
        return capitals_;
    }

private:
    void find_line(std::size_t at) {
        std::size_t start = text_.rfind('\n', at == 0 ? 0 : at - 1);
        start_ = start == std::string_view::npos || at == 0 ? 0 : start + 1;
        end_ = text_.find('\n', at);
        if (end_ == std::string_view::npos) end_ = text_.size();
        const std::string_view line = text_.substr(start_, end_ - start_);
        capitals_ = has_upper(line) && !has_lower(line);
    }
    std::string_view text_;
    std::size_t start_ = 1, end_ = 0;  // empty: nothing looked at yet
    bool capitals_ = false;
};

}  // namespace newsdex::extract::hygiene
