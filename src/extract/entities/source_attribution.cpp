// Spots attribution phrases around outlet names and canonicalises them through the alias table.
#include "extract/entities/source_attribution.h"

#include "extract/entities/internal/source_sign_off.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>

namespace newsdex::extract {

namespace {

// Longest outlet name tried, in tokens ("Radio Free Europe/Radio Liberty", "The Wall Street Journal").
constexpr std::size_t max_name_tokens = 6;
// Longest place of a dateline in mixed case before its outlet's bracket ("Athens, Greece (Sports Network) -").
constexpr std::size_t max_place_tokens = 3;
// Longest unknown outlet name accepted: longer capitalised runs are headlines or lists, not one outlet.
constexpr std::size_t max_unknown_tokens = 4;

// Words that make an unknown capitalised name an outlet when they end it ("Kyiv Post", "Times of India").
constexpr std::string_view media_words[] = {"news",       "times",        "post",    "journal", "press",    "radio",
                                            "television", "tv",           "herald",  "tribune", "gazette",  "daily",
                                            "telegraph",  "broadcasting", "network", "channel", "magazine", "chronicle",
                                            "observer",   "review",       "courier", "weekly",  "today",    "wire"};

// Media words that also describe ("US TV", "Russian radio"): after only place names they make no outlet.
constexpr std::string_view generic_media_words[] = {"news", "press", "radio", "television", "tv", "network", "channel"};

// Lower-case words inside a name: "Times of India", "Radio del Plata".
constexpr std::string_view name_particles[] = {"of", "de", "del", "la", "di", "du", "des", "der", "el"};

// Words after a name that make it a programme or a person's role, not an outlet ("the Today programme").
constexpr std::string_view programme_words[] = {"programme", "program", "show",     "presenter",
                                                "host",      "editor",  "reporter", "correspondent"};

// Titles that start a person's name, never an outlet's ("writes Mr Peston").
constexpr std::string_view person_titles[] = {"mr",        "mrs",      "ms",      "dr",       "sir",
                                              "president", "minister", "senator", "professor"};

// Lower-case nouns next to an outlet's name ("the Kommersant newspaper", "news agency Interfax").
constexpr std::string_view media_nouns[] = {"newspaper", "daily",   "agency",  "broadcaster", "channel",
                                            "magazine",  "website", "tabloid", "weekly",      "radio",
                                            "tv",        "outlet",  "news",    "paper"};

// Calendar words end a capitalised run: "told the Times Tuesday" names "Times".
constexpr std::string_view calendar_words[] = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",  "sunday",  "january",  "february", "march",
    "april",  "may",     "june",      "july",     "august", "september", "october", "november", "december"};

enum class Strength {
    known_only,  // the outlet must be in the alias table, or carry a media word
    strong,      // unknown outlets next to a media noun are accepted too
    clause,      // as strong, and ", reports X." accepts any capitalised name ending the clause
};

struct Cue {
    std::array<std::string_view, 2> words;  // second may be empty
    Strength strength;
};

constexpr std::array<Cue, 13> forward_cues{{
    {{"reports", ""}, Strength::clause},
    {{"reported", ""}, Strength::clause},
    {{"writes", ""}, Strength::strong},
    {{"reporting", ""}, Strength::strong},
    {{"according", "to"}, Strength::strong},
    {{"quoted", "by"}, Strength::strong},
    {{"cited", "by"}, Strength::strong},
    {{"told", ""}, Strength::known_only},
    {{"interview", "with"}, Strength::known_only},
    {{"speaking", "to"}, Strength::known_only},
    {{"spoke", "to"}, Strength::known_only},
    {{"talking", "to"}, Strength::known_only},
    {{"via", ""}, Strength::known_only},
}};

constexpr std::array<Cue, 10> backward_cues{{
    {{"has", "reported"}, Strength::known_only},
    {{"had", "reported"}, Strength::known_only},
    {{"reported", ""}, Strength::known_only},
    {{"reports", ""}, Strength::known_only},
    {{"said", ""}, Strength::known_only},
    {{"says", ""}, Strength::known_only},
    {{"wrote", ""}, Strength::known_only},
    {{"writes", ""}, Strength::known_only},
    {{"quoted", ""}, Strength::known_only},
    {{"cited", ""}, Strength::known_only},
}};

struct Token {
    std::size_t start = 0;
    std::size_t end = 0;
};

bool is_inner_punct(UChar32 c) {
    return c == '.' || c == '-' || c == '&' || c == '/' || c == '\'' || c == 0x2019 || c == 0x2010;
}

// Words with inner punctuation kept ("U.S.", "France-Presse", "Kerry's"); a final dot only after an inner one.
std::vector<Token> tokenize(std::string_view text) {
    std::vector<Token> tokens;
    const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
    const auto length = static_cast<int32_t>(text.size());
    auto peek = [&](int32_t at) -> UChar32 {
        if (at >= length) return -1;
        UChar32 c;
        U8_NEXT(bytes, at, length, c);
        return c;
    };
    int32_t i = 0;
    while (i < length) {
        const int32_t start = i;
        UChar32 c;
        U8_NEXT(bytes, i, length, c);
        if (c < 0 || !u_isalnum(c)) continue;
        bool has_dot = false;
        while (i < length) {
            int32_t next = i;
            UChar32 d;
            U8_NEXT(bytes, next, length, d);
            if (d >= 0 && u_isalnum(d)) {
                i = next;
            } else if ((d == '\'' || d == 0x2019) && (peek(next) == 's' || peek(next) == 'S') &&
                       !(peek(next + 1) >= 0 && u_isalnum(peek(next + 1)))) {
                break;  // a possessive ends the name: "BBC's Today" names the BBC
            } else if (d >= 0 && is_inner_punct(d) && peek(next) >= 0 && u_isalnum(peek(next))) {
                has_dot = has_dot || d == '.';
                i = next;
            } else if (d == '.' && has_dot) {
                i = next;
                break;
            } else {
                break;
            }
        }
        tokens.push_back(Token{static_cast<std::size_t>(start), static_cast<std::size_t>(i)});
    }
    return tokens;
}

class Finder {
public:
    Finder(std::string_view text, const text::AliasTable& aliases)
        : text_(text), aliases_(aliases), tokens_(tokenize(text)) {}

    std::vector<SourceMention> run() {
        for (std::size_t k = 0; k < tokens_.size(); ++k) {
            // A cue's first word has the token's length (matches_cue); most tokens match none, so the length
            // is compared here, before the calls.
            const std::size_t size = tokens_[k].end - tokens_[k].start;
            for (const Cue& cue : forward_cues)
                if (cue.words[0].size() == size) try_forward(k, cue);
            for (const Cue& cue : backward_cues)
                if (cue.words[0].size() == size) try_backward(k, cue);
            try_brackets(k);
            try_opening(k);
        }
        std::sort(found_.begin(), found_.end(), [](const SourceMention& a, const SourceMention& b) {
            return a.start != b.start ? a.start < b.start : a.end > b.end;
        });
        std::vector<SourceMention> unique;
        for (SourceMention& s : found_) {
            if (!unique.empty() && s.start < unique.back().end) continue;
            unique.push_back(std::move(s));
        }
        return unique;
    }

private:
    std::string_view word(std::size_t k) const {
        return text_.substr(tokens_[k].start, tokens_[k].end - tokens_[k].start);
    }
    std::string key(std::size_t k) const { return text::alias_key(word(k)); }
    // Text between token k and token k + 1 ("" past either end).
    std::string_view gap_after(std::size_t k) const {
        if (k + 1 >= tokens_.size()) return text_.substr(tokens_[k].end);
        return text_.substr(tokens_[k].end, tokens_[k + 1].start - tokens_[k].end);
    }
    std::string_view gap_before(std::size_t k) const {
        if (k == 0) return text_.substr(0, tokens_[0].start);
        return text_.substr(tokens_[k - 1].end, tokens_[k].start - tokens_[k - 1].end);
    }
    bool joined(std::size_t k) const {  // token k and k + 1 are separated by spaces only
        if (k + 1 >= tokens_.size()) return false;
        std::string_view gap = gap_after(k);
        return !gap.empty() && std::all_of(gap.begin(), gap.end(), [](char c) { return c == ' ' || c == '\t'; });
    }
    // As joined, or across one line break inside a sentence: wire copy wraps its lines ("an official told\n
    // Reuters"). A blank line between them is a new paragraph.
    bool joined_or_wrapped(std::size_t k) const {
        if (k + 1 >= tokens_.size()) return false;
        std::string_view gap = gap_after(k);
        return !gap.empty() && std::count(gap.begin(), gap.end(), '\n') <= 1 &&
               std::all_of(gap.begin(), gap.end(), [](char c) { return c == ' ' || c == '\t' || c == '\n'; });
    }
    // Token k starts the text or follows a blank line, with nothing else before it ('"High-Speed Downlink Packet
    // Access (HSDPA) - ' opens a quote, and names a standard).
    bool opens_paragraph(std::size_t k) const {
        const std::string_view gap = gap_before(k);
        return std::all_of(gap.begin(), gap.end(), [](char c) { return c == ' ' || c == '\n' || c == '\r'; }) &&
               (k == 0 || std::count(gap.begin(), gap.end(), '\n') >= 2);
    }
    bool capitalised(std::size_t k) const {
        const auto* bytes = reinterpret_cast<const uint8_t*>(text_.data());
        auto at = static_cast<int32_t>(tokens_[k].start);
        UChar32 c;
        U8_NEXT(bytes, at, static_cast<int32_t>(text_.size()), c);
        return c >= 0 && (u_isupper(c) || u_istitle(c));
    }
    bool in(std::string_view k, auto const& list) const {
        return std::find(std::begin(list), std::end(list), k) != std::end(list);
    }
    std::string_view span(std::size_t first, std::size_t last) const {
        return text_.substr(tokens_[first].start, tokens_[last].end - tokens_[first].start);
    }
    // The cue as written in running text: lower case, or capitalised at a sentence start ("According to"),
    // never in an ALL CAPS headline ("FERRY REPORTED SINKING").
    bool matches_cue(std::size_t k, const Cue& cue, std::size_t& last) const {
        auto written = [&](std::size_t t, std::string_view cue_word, bool first) {
            std::string_view w = word(t);
            if (w.size() != cue_word.size() || w.empty()) return false;
            if (w.substr(1) != cue_word.substr(1)) return false;
            const auto upper = static_cast<char>(std::toupper(static_cast<unsigned char>(cue_word.front())));
            return w.front() == cue_word.front() || (first && w.front() == upper);
        };
        if (!written(k, cue.words[0], true)) return false;
        last = k;
        if (cue.words[1].empty()) return true;
        if (!joined(k) || !written(k + 1, cue.words[1], false)) return false;
        last = k + 1;
        return true;
    }

    void add(std::size_t first, std::size_t last, std::string canonical) {
        found_.push_back(SourceMention{std::string(span(first, last)), std::move(canonical), tokens_[first].start,
                                       tokens_[last].end});
    }

    struct Known {
        std::size_t first;
        std::size_t last;
        std::string canonical;
    };

    // The longest known outlet starting (forward) or ending (!forward) at token k.
    std::optional<Known> find_known(std::size_t k, bool forward) const {
        for (std::size_t n = max_name_tokens; n >= 1; --n) {
            if (!forward && n > k + 1) continue;
            const std::size_t first = forward ? k : k + 1 - n;
            const std::size_t last = first + n - 1;
            if (last >= tokens_.size() || !capitalised(first)) continue;
            bool ok = true;
            for (std::size_t t = first; t < last && ok; ++t) ok = joined(t);
            if (!ok) continue;
            if (auto canonical = aliases_.news_source(span(first, last))) return Known{first, last, *canonical};
        }
        return std::nullopt;
    }

    // A known name made only of media words ("Times", "The Post") inside a longer capitalised run is part of
    // another outlet's name: "The Moscow Times", "Times of India".
    bool generic_part_of(const Known& known, std::size_t run_first, std::size_t run_last) const {
        if (known.first == run_first && known.last == run_last) return false;
        for (std::size_t t = known.first; t <= known.last; ++t) {
            if (key(t) != "the" && !in(key(t), media_words)) return false;
        }
        return true;
    }

    // Last token of the capitalised run starting at k (inner "of" allowed), or nullopt if k is not capitalised.
    std::optional<std::size_t> capitalised_run(std::size_t k) const {
        if (!capitalised(k)) return std::nullopt;
        std::size_t last = k;
        while (last + 1 < tokens_.size() && joined(last) && last + 1 - k < max_unknown_tokens) {
            if (in(key(last + 1), calendar_words)) break;
            const std::string next = key(last + 1);
            if (capitalised(last + 1) || std::isdigit(static_cast<unsigned char>(next.front())) != 0) {
                ++last;
            } else if (in(next, name_particles) && last + 2 < tokens_.size() && joined(last + 1) &&
                       capitalised(last + 2)) {
                last += 2;
            } else if (next == "of" && last + 3 < tokens_.size() && joined(last + 1) && key(last + 2) == "the" &&
                       joined(last + 2) && capitalised(last + 3)) {
                last += 3;  // "News of the World"
            } else {
                break;
            }
        }
        return last;
    }

    // An unknown capitalised name that reads as an outlet on its own: it ends in a media word (or has one
    // before "of", "del"...) and is not just places plus a generic media word ("US TV"). A name of media
    // words only ("Press", "Today") counts only after "the" ("the Observer").
    bool outlet_like(std::size_t first, std::size_t last, bool after_the) const {
        bool media = in(key(last), media_words);
        bool only_media = true;
        bool only_places = true;
        for (std::size_t t = first; t <= last; ++t) {
            const std::string k = key(t);
            media = media || (in(k, media_words) && t < last && in(key(t + 1), name_particles));
            if (in(k, media_words)) continue;
            only_media = false;
            const bool place =
                aliases_.canonical(word(t), EntityType::location) || aliases_.country_for_adjective(word(t));
            only_places = only_places && place;
        }
        if (!media || (only_media && !after_the)) return false;
        return !(only_places && !only_media && in(key(last), generic_media_words));
    }

    // An unknown name the table does not know as anything else, not starting with a personal title, not a bare
    // "The" ("The newspaper said") and not followed by a word that makes it a programme ("the Today programme").
    bool unknown_name(std::size_t first, std::size_t last) const {
        if (aliases_.knows(span(first, last)) || in(key(first), person_titles)) return false;
        if (first == last && key(first) == "the") return false;
        return !(joined(last) && in(key(last + 1), programme_words));
    }

    bool is_the(std::size_t k) const { return key(k) == "the" && joined(k); }

    void try_forward(std::size_t k, const Cue& cue) {
        std::size_t last_cue = 0;
        if (!matches_cue(k, cue, last_cue) || !joined_or_wrapped(last_cue)) return;
        std::size_t at = last_cue + 1;
        const bool after_the = is_the(at);
        if (after_the) ++at;
        bool media_context = false;
        while (in(key(at), media_nouns) && !capitalised(at) && joined(at)) {
            media_context = true;
            ++at;
        }
        auto last = capitalised_run(at);
        if (auto known = find_known(at, true); known && !(last && generic_part_of(*known, at, *last))) {
            add(known->first, known->last, known->canonical);
            return;
        }
        if (!last) return;
        // "Hollywood newspaper Daily Variety": the name after the noun is the outlet.
        std::size_t noun = *last + 1;
        bool noun_after = false;
        while (noun < tokens_.size() && joined(noun - 1) && in(key(noun), media_nouns) && !capitalised(noun)) {
            noun_after = true;
            ++noun;
        }
        if (noun_after && noun < tokens_.size() && joined(noun - 1) && capitalised(noun)) {
            if (auto known = find_known(noun, true)) {
                add(known->first, known->last, known->canonical);
                return;
            }
            at = noun;
            last = capitalised_run(noun);
            noun_after = false;
            media_context = true;
        }
        if (!unknown_name(at, *last)) return;
        if (outlet_like(at, *last, after_the)) {
            add(at, *last, std::string(span(at, *last)));
            return;
        }
        if (cue.strength == Strength::known_only) return;
        if (media_context || noun_after) {
            add(at, *last, std::string(span(at, *last)));
            return;
        }
        if (cue.strength != Strength::clause) return;
        // ", reports Kommersant." : a comma before the cue and the clause ending right after the name.
        std::string_view before = gap_before(k);
        std::string_view after = gap_after(*last);
        const bool comma_before = before.find(',') != std::string_view::npos;
        const bool clause_end = after.empty() || after.front() == '.' || after.front() == ';' || after.front() == '\n';
        if (comma_before && clause_end) add(at, *last, std::string(span(at, *last)));
    }

    void try_backward(std::size_t k, const Cue& cue) {
        std::size_t last_cue = 0;
        if (k == 0 || !matches_cue(k, cue, last_cue) || !joined_or_wrapped(k - 1)) return;
        // "the Kommersant newspaper reported": skip the noun, which vouches for the name.
        std::size_t end = k - 1;
        bool media_context = false;
        while (end > 0 && in(key(end), media_nouns) && !capitalised(end) && joined(end - 1)) {
            // "agency" alone is any government agency ("the Energy Department agency said").
            media_context = media_context || key(end) != "agency";
            --end;
        }
        if (!capitalised(end)) return;
        std::size_t first = end;
        while (first > 0 && joined(first - 1) && capitalised(first - 1) && end + 1 - first < max_unknown_tokens) {
            --first;
        }
        if (auto known = find_known(end, false); known && !generic_part_of(*known, first, end)) {
            add(known->first, known->last, known->canonical);
            return;
        }
        // An unknown outlet before the cue needs a media word or noun: "the Moscow Times reported".
        const bool after_the = first > 0 && is_the(first - 1);
        if (unknown_name(first, end) && (outlet_like(first, end, after_the) || media_context)) {
            add(first, end, std::string(span(first, end)));
        }
    }

    // A dateline before token k's bracket: an upper-case place ("MOSCOW", "UNITED NATIONS"), then perhaps a
    // date ("Dec. 18", "12 May 2016"), on one line; or a place in capitalised words opening a paragraph after a
    // blank line ("Athens, Greece (Sports Network) - ").
    bool dateline_before(std::size_t k) const {
        // No place at all: the bracket opens a paragraph ("\n\n(Sports Network) - The Montreal Expos ...").
        const std::string_view opening = gap_before(k);
        const std::size_t line = opening.rfind('\n');
        if (k > 0 && line != std::string_view::npos && std::count(opening.begin(), opening.end(), '\n') >= 2 &&
            opening.substr(line + 1).find_first_not_of(" (") == std::string_view::npos) {
            return true;
        }
        for (std::size_t t = k; t-- > 0 && k - t <= 5;) {
            std::string_view gap = gap_after(t);
            if (gap.find('\n') != std::string_view::npos && t + 1 < k) return false;
            if (capitalised(t) && opens_paragraph(t) && k - t <= max_place_tokens) {
                bool place = true;  // every word from t to the bracket capitalised
                for (std::size_t u = t; u < k && place; ++u) place = capitalised(u);
                if (place) return true;
            }
            std::string_view w = word(t);
            const bool upper = w.size() >= 3 &&
                               std::none_of(w.begin(), w.end(),
                                            [](char c) { return std::islower(static_cast<unsigned char>(c)) != 0; }) &&
                               std::isalpha(static_cast<unsigned char>(w.front())) != 0;
            if (upper) return true;
            const bool date = std::isdigit(static_cast<unsigned char>(w.front())) != 0 || in(key(t), calendar_words) ||
                              in(key(t).substr(0, 3), std::array<std::string_view, 9>{"jan", "feb", "mar", "apr", "jun",
                                                                                      "jul", "aug", "sep", "oct"}) ||
                              key(t) == "nov" || key(t) == "dec" || key(t) == "sept";
            if (!date && !capitalised(t)) return false;  // "Athens, Greece" walks on to the line start
        }
        return false;
    }

    // "(Reuters)", and a dateline's "MOSCOW (Kommersant) -".
    void try_brackets(std::size_t k) {
        std::string_view before = gap_before(k);
        if (before.empty() || before.back() != '(') return;
        std::size_t last = k;
        while (last < tokens_.size() && last - k < max_name_tokens) {
            std::string_view after = gap_after(last);
            if (!after.empty() && after.front() == ')') break;
            if (!joined(last)) return;
            ++last;
        }
        if (last >= tokens_.size() || last - k >= max_name_tokens || !capitalised(k)) return;
        if (auto canonical = aliases_.news_source(span(k, last))) {
            add(k, last, *canonical);
            return;
        }
        std::string_view after = gap_after(last).substr(1);
        while (!after.empty() && after.front() == ' ') after.remove_prefix(1);
        const bool dash = after.rfind("-", 0) == 0 || after.rfind("\u2014", 0) == 0 || after.rfind("\u2013", 0) == 0;
        // A dateline leads into a sentence; a table's caption into a date or nothing ("(YEN PER KILO) - APRIL 07").
        std::string_view rest_of_line = text_.substr(tokens_[last].end);
        rest_of_line = rest_of_line.substr(0, rest_of_line.find('\n'));
        const bool sentence = std::any_of(rest_of_line.begin(), rest_of_line.end(),
                                          [](char c) { return std::islower(static_cast<unsigned char>(c)) != 0; });
        if (dash && sentence && last - k + 1 <= max_unknown_tokens && capitalised_run(k).value_or(k) >= last &&
            unknown_name(k, last) && dateline_before(k)) {
            add(k, last, std::string(span(k, last)));
        }
    }

    // "AP - A company founded by ...", "Reuters - Short-sellers ...": a known outlet opening a line (a news
    // feed's summary) before a dash, as a dateline's bracket without the place.
    void try_opening(std::size_t k) {
        const std::string_view before = gap_before(k);
        if (k > 0 && before.find('\n') == std::string_view::npos) return;
        const auto known = find_known(k, true);
        if (!known) return;
        std::string_view after = gap_after(known->last);
        while (!after.empty() && after.front() == ' ') after.remove_prefix(1);
        if (gap_after(known->last).starts_with(" ") && (after.starts_with("- ") || after.starts_with("-- ") ||
                                                        after.starts_with("\u2014") || after.starts_with("\u2013"))) {
            add(known->first, known->last, known->canonical);
        }
    }

    std::string_view text_;
    const text::AliasTable& aliases_;
    std::vector<Token> tokens_;
    std::vector<SourceMention> found_;
};

}  // namespace

std::vector<SourceMention> find_sources(std::string_view text, const text::AliasTable& aliases) {
    std::vector<SourceMention> found = Finder(text, aliases).run();
    if (auto sign_off = find_sign_off(text, aliases)) {
        if (found.empty() || found.back().end <= sign_off->start) found.push_back(std::move(*sign_off));
    }
    return found;
}

std::string canonical_source(std::string_view json_source, const text::AliasTable& aliases) {
    std::string value;
    for (char c : json_source) {
        const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
        if (space && (value.empty() || value.back() == ' ')) continue;
        value += space ? ' ' : c;
    }
    if (!value.empty() && value.back() == ' ') value.pop_back();
    if (auto canonical = aliases.news_source(value)) return *canonical;
    // A web address: drop the scheme, "www." and any path ("https://www.reuters.com/world" -> "reuters.com").
    std::string_view host = value;
    for (std::string_view prefix : {"https://", "http://"}) {
        if (host.rfind(prefix, 0) == 0) host.remove_prefix(prefix.size());
    }
    if (host.rfind("www.", 0) == 0) host.remove_prefix(4);
    host = host.substr(0, host.find('/'));
    if (host.size() != value.size()) {
        if (auto canonical = aliases.news_source(host)) return *canonical;
    }
    return value;
}

}  // namespace newsdex::extract
