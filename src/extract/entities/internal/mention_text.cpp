// Words of a text, possessives, a name's key, titles before a name (see mention_text.h).
#include "extract/entities/internal/mention_text.h"

#include <array>

#include "extract/entities/internal/name_context.h"
#include "text/alias_table.h"

namespace newsdex::extract::hygiene {
namespace {

// Courtesy titles and offices that make the next capitalised word a name even if it is also a common word
// ("Mr Brown", "Judge Young").
constexpr std::array<std::string_view, 36> titles = {
    "mr",         "mrs",       "ms",       "miss",  "dr",       "sir",     "dame",     "lord",       "lady",
    "president",  "senator",   "sen",      "rep",   "gov",      "judge",   "gen",      "general",    "minister",
    "chancellor", "secretary", "chairman", "prof",  "governor", "mayor",   "prince",   "princess",   "king",
    "queen",      "pope",      "premier",  "coach", "manager",  "captain", "director", "ambassador", "leader"};

}  // namespace

std::vector<Span> words_in(std::string_view text, std::size_t from, std::size_t to) {
    std::vector<Span> out;
    std::size_t i = from;
    while (i < to) {
        while (i < to && is_space(text[i])) ++i;
        const std::size_t start = i;
        while (i < to && !is_space(text[i])) ++i;
        if (i > start) out.push_back({start, i});
    }
    return out;
}

std::string_view without_possessive(std::string_view s) {
    for (std::string_view end : {"'s", "'S", "\u2019s", "\u2019S", "'", "\u2019"}) {
        if (s.size() > end.size() && s.substr(s.size() - end.size()) == end) return s.substr(0, s.size() - end.size());
    }
    return s;
}

std::string name_key(std::string_view canonical) { return text::alias_key(without_possessive(canonical)); }

bool after_title(std::string_view text, std::size_t start) {
    const auto before = words_in(text, start >= 24 ? start - 24 : 0, start);
    if (before.empty()) return false;
    const std::string word =
        ascii_lower(core_of(text.substr(before.back().start, before.back().end - before.back().start)));
    return std::find(titles.begin(), titles.end(), word) != titles.end();
}

bool written_as(std::string_view text, std::string_view phrase) {
    auto letter = [](char c) { return is_upper_ascii(c) || is_lower_ascii(c); };
    for (std::size_t at = text.find(phrase); at != std::string_view::npos; at = text.find(phrase, at + 1)) {
        const bool start = at == 0 || !letter(text[at - 1]);
        const bool end = at + phrase.size() == text.size() || !letter(text[at + phrase.size()]);
        if (start && end) return true;
    }
    return false;
}

}  // namespace newsdex::extract::hygiene
