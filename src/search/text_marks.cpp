// Name and date marks over an article's text: plain byte scans, since the index keeps no positions of them.
#include "search/text_marks.h"

#include <algorithm>

#include "extract/timex/temporal_tagger.h"

namespace newsdex::search {
namespace {

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }
// Letters, digits and any non-ASCII byte count as word characters, so "Kerry" is not found in "Kerryville".
bool is_word(char c) {
    auto u = static_cast<unsigned char>(c);
    return u >= 0x80 || (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
}

// Length of the match of `name` at `at` in `text`, 0 when none.
std::size_t match_at(std::string_view text, std::size_t at, std::string_view name) {
    std::size_t t = at;
    for (std::size_t n = 0; n < name.size(); ++n) {
        if (name[n] == ' ') {
            if (t >= text.size() || !is_space(text[t])) return 0;
            while (t < text.size() && is_space(text[t])) ++t;
            continue;
        }
        if (t >= text.size() || lower(text[t]) != name[n]) return 0;
        ++t;
    }
    return t - at;
}

std::string quoted_query(const std::string& kind, const std::string& name) {
    std::string cleaned;
    for (char c : name) cleaned += c == '"' ? ' ' : c;
    return kind + ":\"" + cleaned + "\"";
}

}  // namespace

std::vector<TextMark> find_name_marks(std::string_view text,
                                      const std::map<std::string, std::vector<std::string>>& names) {
    std::vector<TextMark> marks;
    for (const auto& [kind, list] : names) {
        for (const auto& name : list) {
            if (name.size() < 2) continue;  // single letters would light up half the text
            for (std::size_t at = 0; at < text.size(); ++at) {
                if (lower(text[at]) != name[0] || (at > 0 && is_word(text[at - 1]))) continue;
                std::size_t length = match_at(text, at, name);
                if (length == 0 || (at + length < text.size() && is_word(text[at + length]))) continue;
                marks.push_back({"", at, at + length, kind, name, quoted_query(kind, name)});
                at += length - 1;
            }
        }
    }
    return marks;
}

std::vector<TextMark> find_date_marks(std::string_view text, std::optional<CivilDate> anchor,
                                      const std::vector<std::string>& allowed) {
    std::vector<TextMark> marks;
    for (const auto& mention : extract::find_temporal_expressions(text, anchor)) {
        if (mention.type != "DATE") continue;
        std::string value = mention.value.substr(0, 10);
        if (!std::binary_search(allowed.begin(), allowed.end(), value)) continue;
        marks.push_back({"", mention.start, mention.end, "date", value, "mentions:" + value});
    }
    return marks;
}

std::vector<TextMark> without_overlaps(std::vector<TextMark> marks) {
    std::sort(marks.begin(), marks.end(), [](const TextMark& a, const TextMark& b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    std::vector<TextMark> kept;
    for (auto& mark : marks) {
        if (!kept.empty() && mark.start < kept.back().end) continue;
        kept.push_back(std::move(mark));
    }
    return kept;
}

}  // namespace newsdex::search
