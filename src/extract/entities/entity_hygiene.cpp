// Rules that keep an article's entities to names a reader would want in a facet (see entity_hygiene.h).
#include "extract/entities/entity_hygiene.h"

#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "extract/entities/internal/name_context.h"
#include "extract/entities/internal/organisation_names.h"

namespace newsdex::extract {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }
bool is_upper_ascii(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower_ascii(char c) { return c >= 'a' && c <= 'z'; }
bool has_lower(std::string_view s) { return std::any_of(s.begin(), s.end(), is_lower_ascii); }
bool has_upper(std::string_view s) { return std::any_of(s.begin(), s.end(), is_upper_ascii); }

// Words that open most prose lines and no table row: a line without any of them, with a number, is a row.
constexpr std::array<std::string_view, 24> function_words = {
    "the", "of",  "to",   "in",  "from", "for",  "with",  "on",   "at",   "by",    "said", "was",
    "is",  "its", "that", "has", "have", "will", "would", "were", "this", "which", "are",  "an"};

// Courtesy titles and offices that make the next capitalised word a name even if it is also a common word
// ("Mr Brown", "Judge Young").
constexpr std::array<std::string_view, 36> titles = {
    "mr",         "mrs",       "ms",       "miss",  "dr",       "sir",     "dame",     "lord",       "lady",
    "president",  "senator",   "sen",      "rep",   "gov",      "judge",   "gen",      "general",    "minister",
    "chancellor", "secretary", "chairman", "prof",  "governor", "mayor",   "prince",   "princess",   "king",
    "queen",      "pope",      "premier",  "coach", "manager",  "captain", "director", "ambassador", "leader"};

// Nouns a leader's name modifies and still names the leader ("the Reagan administration").
constexpr std::array<std::string_view, 9> governments = {"administration", "government", "cabinet", "presidency", "era",
                                                         "years",          "campaign",   "camp",    "team"};

struct Span {
    std::size_t start, end;
};

// Whitespace-separated words of text[from, to).
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

// "Kerry's" -> "Kerry", "MOODY'S" -> "MOODY", "Reuters'" -> "Reuters".
std::string_view without_possessive(std::string_view s) {
    for (std::string_view end : {"'s", "'S", "\u2019s", "\u2019S", "'", "\u2019"}) {
        if (s.size() > end.size() && s.substr(s.size() - end.size()) == end) return s.substr(0, s.size() - end.size());
    }
    return s;
}

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

}  // namespace

std::vector<std::pair<std::size_t, std::size_t>> table_lines(std::string_view text) {
    struct Line {
        std::size_t start, end;
        bool row = false, short_line = false;
    };
    std::vector<Line> lines;
    for (std::size_t start = 0; start <= text.size();) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        Line line{start, end};
        const auto words = words_in(text, start, end);
        bool number = false, function = false;
        for (const Span& w : words) {
            const std::string_view word = text.substr(w.start, w.end - w.start);
            number = number || std::any_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
            const std::string lower = ascii_lower(core_of(word));
            function =
                function || std::find(function_words.begin(), function_words.end(), lower) != function_words.end();
        }
        const bool ends_sentence =
            !words.empty() && std::string_view(".?!\"").find(text[words.back().end - 1]) != std::string_view::npos;
        line.row = !lines.empty() && number && !function && words.size() <= 12;
        line.short_line = !lines.empty() && !words.empty() && words.size() <= 3 && !function && !ends_sentence;
        lines.push_back(line);
        start = end + 1;
    }
    // A short line joins the block of rows around it ("Nine mths" between two blocks of figures).
    std::vector<std::pair<std::size_t, std::size_t>> out;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const bool next_to_row = (i > 0 && lines[i - 1].row) || (i + 1 < lines.size() && lines[i + 1].row);
        if (lines[i].row || (lines[i].short_line && next_to_row)) out.emplace_back(lines[i].start, lines[i].end);
    }
    return out;
}

namespace {

// "Standard and Poor's Corp" tagged from "Poor's": a company named "A and B" keeps its first name.
void extend_organisations_left(std::string_view text, std::vector<EntityMention>& mentions) {
    for (std::size_t i = 0; i < mentions.size(); ++i) {
        EntityMention& m = mentions[i];
        if (m.type != EntityType::org || m.start < 4) continue;
        const auto before = words_in(text, m.start >= 40 ? m.start - 40 : 0, m.start);
        if (before.size() < 2) continue;
        const std::string_view joiner = text.substr(before.back().start, before.back().end - before.back().start);
        const Span first = before[before.size() - 2];
        if ((joiner != "and" && joiner != "&") || !is_upper_ascii(text[first.start]) ||
            text.substr(first.start, first.end - first.start).find_first_of(",.;:") != std::string_view::npos ||
            (i > 0 && mentions[i - 1].end > first.start)) {
            continue;
        }
        const bool unlinked = m.canonical == m.text;
        m.start = first.start;
        m.text = std::string(text.substr(m.start, m.end - m.start));
        m.canonical = unlinked
                          ? m.text
                          : m.text.substr(0, first.end - first.start) + " " + std::string(joiner) + " " + m.canonical;
    }
}

// A name inside a temporal expression is part of a date or duration ("NINE MONTHS", "Nine months ended").
void drop_dates(std::vector<EntityMention>& mentions, const std::vector<TemporalMention>& dates) {
    std::erase_if(mentions, [&](const EntityMention& m) {
        return std::any_of(dates.begin(), dates.end(),
                           [&](const TemporalMention& d) { return d.start <= m.start && m.end <= d.end; });
    });
}

// Words that name nothing alone: a legal form ("Ltd", "Inc") is a piece of a company's name, a number word
// ("Nine pct", "March Nine") a number.
void drop_lone_words(std::vector<EntityMention>& mentions) {
    std::erase_if(mentions, [](const EntityMention& m) {
        const std::string_view name = core_of(m.text);
        return !name.empty() && name.find(' ') == std::string_view::npos &&
               (without_legal_form("A " + std::string(name)) == "A" || number_word(name));
    });
}

// The article's source attributions are sources, not names the story is about.
void drop_sources(std::vector<EntityMention>& mentions, const std::vector<SourceMention>& sources) {
    std::erase_if(mentions, [&](const EntityMention& m) {
        return std::any_of(sources.begin(), sources.end(), [&](const SourceMention& s) {
            return s.end > s.start && s.start < m.end && m.start < s.end;
        });
    });
}

// In an ALL CAPS line, edge words news writes in lower case are not part of the name ("LARA ENDURES").
void trim_headline_words(std::string_view text, std::vector<EntityMention>& mentions, const WordCaseLookup& usual) {
    CapitalLines line_is_capitals(text);
    for (EntityMention& m : mentions) {
        if (has_lower(m.text) || !line_is_capitals(m.start)) continue;
        auto words = words_in(text, m.start, m.end);
        auto common = [&](const Span& w) {
            return usual(core_of(text.substr(w.start, w.end - w.start))) == WordCase::lower;
        };
        std::size_t first = 0, last = words.size();
        while (last - first > 1 && common(words[first])) ++first;
        while (last - first > 1 && common(words[last - 1])) --last;
        if (first == 0 && last == words.size()) continue;
        const bool unlinked = m.canonical == m.text;
        m.start = words[first].start;
        m.end = words[last - 1].end;
        m.text = std::string(text.substr(m.start, m.end - m.start));
        if (unlinked) m.canonical = m.text;
    }
}

// "BROWN-FORMAN" -> "Brown-Forman": a capital after each hyphen or apostrophe-less word start.
std::string title_case(std::string_view word) {
    std::string out(word);
    bool start = true;
    for (char& c : out) {
        if (is_upper_ascii(c) || is_lower_ascii(c)) {
            c = start ? static_cast<char>(c & ~0x20) : (is_upper_ascii(c) ? static_cast<char>(c - 'A' + 'a') : c);
            start = false;
        } else {
            start = c == '-' || c == '/' || c == '.';
        }
    }
    return out;
}

// A name written in capitals takes the usual spelling of its words; acronyms and short unknown words stay.
std::string usual_spelling(std::string_view name, const WordCaseLookup& usual) {
    std::string out;
    for (const Span& w : words_in(name, 0, name.size())) {
        const std::string_view word = name.substr(w.start, w.end - w.start);
        const std::string_view core = core_of(without_possessive(word));
        const WordCase c = usual(core);
        const bool keep = c == WordCase::acronym || (c == WordCase::unknown && core.size() <= 4) || has_lower(word);
        if (!out.empty()) out += ' ';
        out += keep ? std::string(word) : title_case(word);
        // "MOODY'S" -> "Moody's", not "Moody'S".
        if (!keep && word.size() >= 2 && (word.ends_with("'S") || word.ends_with("\u2019S"))) out.back() = 's';
    }
    return out;
}

// "Moody's Investors Service" is Moody's, "Standard and Poor's Corp" Standard and Poor's: an organisation
// named after an owner is the owner's name, unless the owner is an ordinary word ("People's Bank").
void cut_after_possessive(std::vector<EntityMention>& mentions, const WordCaseLookup& usual) {
    for (EntityMention& m : mentions) {
        if (m.type != EntityType::org) continue;
        const auto words = words_in(m.canonical, 0, m.canonical.size());
        for (std::size_t i = 0; i + 1 < words.size(); ++i) {
            const std::string_view word =
                std::string_view(m.canonical).substr(words[i].start, words[i].end - words[i].start);
            const std::string_view owner = without_possessive(word);
            if (owner.size() == word.size() || owner.size() + 1 == word.size()) continue;  // no 's
            const WordCase c = usual(owner);
            if (i == 0 && (c == WordCase::lower || c == WordCase::mostly_lower || c == WordCase::mixed)) break;
            m.canonical = m.canonical.substr(0, words[i].start) + std::string(owner);
            break;
        }
    }
}

// A name the alias table knows as one type only takes that type: an organisation tag on a country or city standing
// for its government ("Philippines said") is a place, as CoNLL tags it; a person tag on a place is the model's
// misreading ("Timmins, Ontario", a headline's "GHANA COCOA"); a party's short name is the party ("the Tories",
// "Lib Dems"); a religion's adjective is no person ("Muslim").
void types_from_aliases(std::vector<EntityMention>& mentions, const text::AliasTable& aliases) {
    constexpr std::array<EntityType, 4> kinds = {EntityType::person, EntityType::org, EntityType::location,
                                                 EntityType::misc};
    for (EntityMention& m : mentions) {
        if (m.type == EntityType::misc) continue;
        std::optional<std::string> only;
        EntityType only_type = m.type;
        std::size_t known = 0;
        for (EntityType kind : kinds) {
            if (auto name = aliases.canonical(m.canonical, kind)) {
                ++known;
                only = std::move(name);
                only_type = kind;
            }
        }
        if (known != 1) continue;
        m.type = only_type;
        m.canonical = *only;  // also for a name cut after linking ("Labour MPs" -> "Labour")
    }
}

void truecase(std::vector<EntityMention>& mentions, const WordCaseLookup& usual) {
    for (EntityMention& m : mentions) {
        if (!has_upper(m.canonical) || has_lower(m.canonical)) continue;
        m.canonical = usual_spelling(m.canonical, usual);
    }
}

}  // namespace

namespace {

// The key under which mentions are one name: case, possessive and punctuation ignored.
std::string name_key(std::string_view canonical) { return text::alias_key(without_possessive(canonical)); }

// A name the article writes only in table or market rows is no name of the story ("Nine mths", "Revs").
void drop_table_only(std::string_view text, std::vector<EntityMention>& mentions) {
    const auto rows = table_lines(text);
    if (rows.empty()) return;
    auto in_row = [&](const EntityMention& m) {
        const auto it = std::upper_bound(rows.begin(), rows.end(), std::make_pair(m.start, text.size() + 1));
        return it != rows.begin() && std::prev(it)->first <= m.start && m.end <= std::prev(it)->second;
    };
    std::map<std::string, bool> in_prose;
    for (const EntityMention& m : mentions) in_prose[name_key(m.canonical)] |= !in_row(m);
    std::erase_if(mentions, [&](const EntityMention& m) { return !in_prose[name_key(m.canonical)]; });
}

bool after_title(std::string_view text, std::size_t start) {
    const auto before = words_in(text, start >= 24 ? start - 24 : 0, start);
    if (before.empty()) return false;
    const std::string word =
        ascii_lower(core_of(text.substr(before.back().start, before.back().end - before.back().start)));
    return std::find(titles.begin(), titles.end(), word) != titles.end();
}

// True if the text has `phrase` as written, bounded by non-letters.
bool written_as(std::string_view text, std::string_view phrase) {
    auto letter = [](char c) { return is_upper_ascii(c) || is_lower_ascii(c); };
    for (std::size_t at = text.find(phrase); at != std::string_view::npos; at = text.find(phrase, at + 1)) {
        const bool start = at == 0 || !letter(text[at - 1]);
        const bool end = at + phrase.size() == text.size() || !letter(text[at + phrase.size()]);
        if (start && end) return true;
    }
    return false;
}

// True if the text has `lower` (an ASCII lower-case word) as a whole word: the article uses the name as a word.
bool written_in_lower_case(std::string_view text, std::string_view lower) {
    auto letter = [](char c) { return is_upper_ascii(c) || is_lower_ascii(c); };
    for (std::size_t at = text.find(lower); at != std::string_view::npos; at = text.find(lower, at + 1)) {
        const bool start = at == 0 || !letter(text[at - 1]);
        const bool end = at + lower.size() == text.size() || !letter(text[at + lower.size()]);
        if (start && end) return true;
    }
    return false;
}

// written_in_lower_case() for every one-word name of an article: one search of the text per mention cost
// mentions x text (minutes on a 4 MB article), so the lower-case words are collected once and answers remembered.
class LowerCaseWords {
public:
    explicit LowerCaseWords(std::string_view text) : text_(text) {}
    bool operator()(const std::string& lower) {
        if (!std::all_of(lower.begin(), lower.end(), is_lower_ascii)) {
            auto [it, added] = others_.try_emplace(lower, false);
            if (added) it->second = written_in_lower_case(text_, lower);
            return it->second;
        }
        if (!collected_) collect();
        return words_.contains(std::string_view(lower));
    }

private:
    // Every maximal run of ASCII letters that is all lower case (a word bounded by non-letters, as above).
    void collect() {
        collected_ = true;
        for (std::size_t at = 0; at < text_.size();) {
            if (!is_upper_ascii(text_[at]) && !is_lower_ascii(text_[at])) {
                ++at;
                continue;
            }
            std::size_t end = at;
            bool all_lower = true;
            while (end < text_.size() && (is_upper_ascii(text_[end]) || is_lower_ascii(text_[end]))) {
                all_lower = all_lower && is_lower_ascii(text_[end]);
                ++end;
            }
            if (all_lower) words_.insert(text_.substr(at, end - at));
            at = end;
        }
    }
    std::string_view text_;
    bool collected_ = false;
    std::unordered_set<std::string_view> words_;
    std::unordered_map<std::string, bool> others_;
};

// A rare word opening a sentence and followed by a comma ("Moreover, ..."): an adverb, not a name.
bool sentence_adverb(std::string_view text, const EntityMention& m) {
    std::size_t before = m.start;
    while (before > 0 && (text[before - 1] == ' ' || text[before - 1] == '\t')) --before;
    const bool opens = before == 0 || text[before - 1] == '.' || text[before - 1] == '\n';
    return opens && m.end < text.size() && text[m.end] == ',';
}

// A one-word name linked to nothing is a word, not a name, unless a title stands before it ("Mr Brown") or the
// alias table knows it: when news mostly writes it in lower case, when the article itself writes it in lower
// case ("the bank" beside "Bank"), or when the article names it only in ALL CAPS lines and news does not
// always capitalise it ("NINE MTHS LOSS").
void drop_common_words(std::string_view text, std::vector<EntityMention>& mentions, const text::AliasTable& aliases,
                       const WordCaseLookup& usual) {
    std::map<std::string, bool> outside_capitals;  // key -> some mention in a mixed-case line
    CapitalLines line_is_capitals(text);
    LowerCaseWords in_lower_case(text);
    for (const EntityMention& m : mentions) outside_capitals[name_key(m.canonical)] |= !line_is_capitals(m.start);
    std::erase_if(mentions, [&](const EntityMention& m) {
        const std::string_view word = core_of(without_possessive(m.text));
        if (word.empty() || word.find(' ') != std::string_view::npos) return false;
        const std::string key = name_key(m.canonical);
        if (key != name_key(m.text) || aliases.knows(word) || after_title(text, m.start)) return false;
        const WordCase c = usual(word);
        if (c == WordCase::lower || c == WordCase::mostly_lower) return true;
        if (in_lower_case(ascii_lower(word))) return true;
        if (c == WordCase::unknown && sentence_adverb(text, m)) return true;
        return !outside_capitals[key] && c == WordCase::mixed;
    });
}

// A one-word name that starts or ends exactly one longer organisation or place of the article is a short form of
// it ("Commission" of "EC Commission", "Usair" of "USAir Group", "Hughes" of "Hughes Tool"); a person only
// by its first word (a company named after a founder), and only when the person is linked to nobody.
void link_short_forms(std::vector<EntityMention>& mentions) {
    // The longer names a word may start or end, by that word: the first name that does (whose reading is taken)
    // and whether another name does too (ambiguous, so no link). A lookup per mention, not a pass over every
    // mention per mention (mentions^2 on a long article).
    struct Long {
        std::size_t order;
        std::string canonical;
        EntityType type;
        bool several = false;  // more than one canonical name
    };
    std::map<std::string, Long> by_first;
    std::map<std::pair<EntityType, std::string>, Long> by_last;
    auto note = [](auto& map, auto key, std::size_t order, const EntityMention& m) {
        auto [it, added] = map.try_emplace(std::move(key), Long{order, m.canonical, m.type});
        if (!added && it->second.canonical != m.canonical) it->second.several = true;
    };
    for (std::size_t i = 0; i < mentions.size(); ++i) {
        const EntityMention& m = mentions[i];
        if (m.type != EntityType::org && m.type != EntityType::location) continue;
        const auto words = words_in(m.canonical, 0, m.canonical.size());
        if (words.size() < 2) continue;
        auto key = [&](const Span& w) { return text::alias_key(m.canonical.substr(w.start, w.end - w.start)); };
        note(by_first, key(words.front()), i, m);
        note(by_last, std::pair(m.type, key(words.back())), i, m);
    }
    for (EntityMention& m : mentions) {
        if (m.canonical.find(' ') != std::string::npos || m.type == EntityType::misc) continue;
        const bool person = m.type == EntityType::person;
        if (person && name_key(m.canonical) != name_key(m.text)) continue;
        const std::string key = name_key(m.canonical);
        const Long* first = nullptr;
        const Long* last = nullptr;
        if (auto it = by_first.find(key); it != by_first.end()) first = &it->second;
        if (auto it = by_last.find(std::pair(m.type, key)); !person && it != by_last.end()) last = &it->second;
        if (!first && !last) continue;
        const bool ambiguous = (first && first->several) || (last && last->several) ||
                               (first && last && first->canonical != last->canonical);
        if (ambiguous) continue;
        const Long* found = !last || (first && first->order < last->order) ? first : last;
        m.type = found->type;
        m.canonical = found->canonical;
    }
}

// "SEC" after "Securities and Exchange Commission": the initials of a name's capitalised words.
std::string initials(std::string_view name) {
    std::string out;
    for (const Span& w : words_in(name, 0, name.size())) {
        const char c = name[w.start];
        if (is_upper_ascii(c)) out += c;
    }
    return out;
}

void link_acronyms(std::vector<EntityMention>& mentions) {
    std::map<std::string, std::size_t> long_forms;  // initials -> index of the first name with them
    for (std::size_t i = 0; i < mentions.size(); ++i) {
        if (words_in(mentions[i].canonical, 0, mentions[i].canonical.size()).size() < 2) continue;
        long_forms.try_emplace(initials(mentions[i].canonical), i);
    }
    for (EntityMention& m : mentions) {
        const std::string_view c = m.canonical;
        const bool acronym = c.size() >= 2 && c.size() <= 6 && std::all_of(c.begin(), c.end(), is_upper_ascii);
        if (!acronym) continue;
        const auto it = long_forms.find(std::string(c));
        if (it == long_forms.end()) continue;
        m.type = mentions[it->second].type;
        m.canonical = mentions[it->second].canonical;
    }
}

// A name that the words around one of its mentions mark as a company ("Drexel Burnham Lambert Inc", "brokers
// James Capel", "Citicorp <CCI.N>", a pair of names always written together) is a company wherever the model
// read it as a person in the article.
// "AFG and Wagner and Brown offered ... a partnership of Wagner and Brown": two one-word names joined by "and"
// at least twice and never written apart in the article are one firm's name, as people are not ("Reagan and
// Gorbachev" meet, but each also speaks alone). The model reads such halves as people or places by turns, so
// both become the firm when one of their mentions is a person.
void firm_pairs(std::string_view text, std::vector<EntityMention>& mentions) {
    auto joined = [&](const EntityMention& a, const EntityMention& b) {
        if (b.start <= a.end || b.start - a.end > 7) return false;
        std::string between(text.substr(a.end, b.start - a.end));
        std::erase_if(between, [](char c) { return is_space(c); });
        return between == "and" || between == "AND" || between == "/" || between == "&";
    };
    auto one_word = [](const EntityMention& m) {
        return m.type != EntityType::misc && m.canonical.find(' ') == std::string::npos;
    };
    std::map<std::pair<std::string, std::string>, std::size_t> pairs;
    std::map<std::string, std::size_t> total, in_pairs;
    std::set<std::string> people;
    for (const EntityMention& m : mentions) {
        ++total[name_key(m.canonical)];
        if (m.type == EntityType::person) people.insert(name_key(m.canonical));
    }
    for (std::size_t i = 0; i + 1 < mentions.size(); ++i) {
        const EntityMention& a = mentions[i];
        const EntityMention& b = mentions[i + 1];
        if (!one_word(a) || !one_word(b) || !joined(a, b)) continue;
        ++pairs[{name_key(a.canonical), name_key(b.canonical)}];
        ++in_pairs[name_key(a.canonical)];
        ++in_pairs[name_key(b.canonical)];
    }
    std::set<std::string> firms;
    for (const auto& [pair, count] : pairs) {
        const auto& [a, b] = pair;
        if (count >= 2 && a != b && in_pairs[a] == total[a] && in_pairs[b] == total[b] &&
            (people.contains(a) || people.contains(b))) {
            firms.insert(a);
            firms.insert(b);
        }
    }
    for (EntityMention& m : mentions)
        if (m.type != EntityType::misc && firms.contains(name_key(m.canonical))) m.type = EntityType::org;
}

// "oil giant Yukos", "the drug Vioxx", "Hurricane Ivan", "Mike Leigh's Vera Drake": a describing noun or a
// person's possessive before one mention types the name in the whole article, over the model's reading of an
// unfamiliar word as a person.
void types_from_descriptions(std::string_view text, std::vector<EntityMention>& mentions) {
    std::map<std::string, EntityType> described;
    for (std::size_t i = 0; i < mentions.size(); ++i) {
        const EntityMention& m = mentions[i];
        if (m.type == EntityType::misc) continue;
        if (auto type = type_from_description(text, m)) described.try_emplace(name_key(m.canonical), *type);
        // "Mike Leigh's Vera Drake", "J.K. Rowling's Harry Potter": a person's work, not a second person.
        if (i > 0 && m.type == EntityType::person && mentions[i - 1].type == EntityType::person &&
            mentions[i - 1].end < m.start) {
            const std::string_view between = text.substr(mentions[i - 1].end, m.start - mentions[i - 1].end);
            if (between == "'s " || between == "\u2019s ")
                described.try_emplace(name_key(m.canonical), EntityType::misc);
        }
    }
    if (described.empty()) return;
    for (EntityMention& m : mentions) {
        const auto it = described.find(name_key(m.canonical));
        if (it == described.end() || (m.type == EntityType::org && it->second == EntityType::org)) continue;
        m.type = it->second;  // a work or product is no organisation either ("the drug Vioxx" read as one)
    }
}

void companies_by_context(std::string_view text, std::vector<EntityMention>& mentions) {
    types_from_descriptions(text, mentions);
    firm_pairs(text, mentions);
    std::set<std::string> companies;
    const MentionIndex names(mentions);
    for (const EntityMention& m : mentions)
        if (m.type == EntityType::person && company_context(text, m, names)) companies.insert(name_key(m.canonical));
    if (companies.empty()) return;
    for (EntityMention& m : mentions) {
        if (m.type != EntityType::person || !companies.contains(name_key(m.canonical))) continue;
        m.type = EntityType::org;
        m.canonical = without_legal_form(m.canonical);
    }
}

// "the Harry Potter films", "an Oscar nomination", "the Tory leader": a name between an article and a noun is a
// modifier. A person name the article uses only so names no one in the story; its mentions leave the facet.
void drop_modifier_only_people(std::string_view text, std::vector<EntityMention>& mentions) {
    auto modifier = [&](const EntityMention& m) {
        std::size_t before = m.start;
        while (before > 0 && is_space(text[before - 1])) --before;
        std::size_t word = before;
        while (word > 0 && !is_space(text[word - 1])) --word;
        const std::string article = ascii_lower(text.substr(word, before - word));
        if (before == m.start || (article != "the" && article != "a" && article != "an")) return false;
        std::size_t after = m.end;
        while (after < text.size() && (text[after] == ' ' || text[after] == '\n')) ++after;
        if (after == m.end || after >= text.size() || !is_lower_ascii(text[after])) return false;
        // "the Reagan administration", "the Kohl government": a leader's name before the government it heads
        // still names that person.
        std::size_t noun_end = after;
        while (noun_end < text.size() && is_lower_ascii(text[noun_end])) ++noun_end;
        const std::string_view noun = text.substr(after, noun_end - after);
        return std::find(governments.begin(), governments.end(), noun) == governments.end();
    };
    std::map<std::string, bool> only_modifier;  // name -> every person mention of it is a modifier
    for (const EntityMention& m : mentions) {
        if (m.type != EntityType::person) continue;
        auto [it, added] = only_modifier.try_emplace(name_key(m.canonical), true);
        it->second = it->second && modifier(m);
    }
    std::erase_if(mentions, [&](const EntityMention& m) {
        return m.type == EntityType::person && only_modifier[name_key(m.canonical)];
    });
}

// "PC", "DVD", "MP": an acronym that news also writes in the plural ("PCs", "DVDs", "MPs") names a kind of thing
// or person, not an organisation.
void drop_plural_acronyms(std::string_view text, std::vector<EntityMention>& mentions, const WordCaseLookup& usual) {
    // The plural itself is no name, and leaves a longer one: "PCs" is dropped, "Labour MPs" is "Labour".
    auto plural_acronym = [](std::string_view w) {
        return w.size() >= 3 && w.size() <= 5 && w.back() == 's' && std::all_of(w.begin(), w.end() - 1, is_upper_ascii);
    };
    std::unordered_set<std::string_view> plurals;  // the article's plural acronyms, one pass over its words
    for (const Span& w : words_in(text, 0, text.size())) {
        const std::string_view word = core_of(text.substr(w.start, w.end - w.start));
        if (plural_acronym(word)) plurals.insert(word);
    }
    for (EntityMention& m : mentions) {
        const auto words = words_in(text, m.start, m.end);
        if (words.size() < 2 || !plural_acronym(text.substr(words.back().start, words.back().end - words.back().start)))
            continue;
        const bool unlinked = m.canonical == m.text;
        m.end = words[words.size() - 2].end;
        m.text = std::string(text.substr(m.start, m.end - m.start));
        if (unlinked) m.canonical = m.text;
    }
    std::erase_if(mentions, [&](const EntityMention& m) {
        const std::string_view word = core_of(m.text);
        if (plural_acronym(word)) return true;
        if (m.type != EntityType::org || word.size() < 2 || word.size() > 4 ||
            !std::all_of(word.begin(), word.end(), is_upper_ascii)) {
            return false;
        }
        const std::string plural = std::string(word) + "s";
        return plurals.contains(plural) || usual(plural) != WordCase::unknown;
    });
}

// A person the article names only by one bare word, never with a first name or after a title ("Mr Blair",
// "President Reagan"), is the model's guess at an unfamiliar word more often than a person: companies ("Sony
// said"), products, clubs ("Chelsea beat ..."). Such a name leaves the person facet, unless the recognizer's
// training text knows it as a person only ("Reagan").
void drop_bare_one_word_people(std::string_view text, std::vector<EntityMention>& mentions,
                               const std::function<bool(std::string_view)>& trained_person) {
    std::map<std::string, bool> bare;  // name -> every person mention is one unlinked word without a title
    for (const EntityMention& m : mentions) {
        if (m.type != EntityType::person) continue;
        const bool one_word = m.canonical.find(' ') == std::string::npos && m.text.find(' ') == std::string::npos &&
                              m.text.find('\n') == std::string::npos;
        auto [it, added] = bare.try_emplace(name_key(m.canonical), true);
        it->second = it->second && one_word && !after_title(text, m.start);
    }
    for (auto& [name, drop] : bare) drop = drop && !(trained_person && trained_person(name));
    std::erase_if(mentions,
                  [&](const EntityMention& m) { return m.type == EntityType::person && bare[name_key(m.canonical)]; });
}

// Names of a kind, not of one thing: a name the article also writes in the plural ("Oscar" beside "the Oscars",
// "Golden Globe" beside "Golden Globes") or before an award's noun ("an Oscar nomination", "the Golden Globe
// awards"), after a capital "The" inside a sentence ("movie The Aviator") or before a model number
// ("PlayStation 2 game") is an award, a work or a product, not a person or organisation; a name ending in a
// word for an event ("Academy Awards", "Consumer Electronics Show", "FA Cup", "General Election") or opening
// with a number word ("Six Nations") is an event or a count, as CoNLL's MISC; one ending in a word for a street
// ("Downing Street", "Wall Street") is a place.
void kinds_events_and_streets(std::string_view text, std::vector<EntityMention>& mentions) {
    static constexpr std::array<std::string_view, 16> events = {
        "Awards", "Award",  "Show",   "Festival", "Cup",  "Championship", "Championships", "Games",
        "Prize",  "Prizes", "Trophy", "Olympics", "Open", "Globes",       "Election",      "Elections"};
    static constexpr std::array<std::string_view, 7> streets = {"Street",    "Avenue", "Road", "Square",
                                                                "Boulevard", "Lane",   "Place"};
    std::unordered_set<std::string_view> words;  // the article's words, once
    for (const Span& w : words_in(text, 0, text.size())) words.insert(core_of(text.substr(w.start, w.end - w.start)));
    static constexpr std::array<std::string_view, 8> award_nouns = {"award",   "awards",   "nomination", "nominations",
                                                                    "nominee", "nominees", "ceremony",   "statuette"};
    std::set<std::string> kinds;
    for (const EntityMention& m : mentions) {
        if (m.type != EntityType::person && m.type != EntityType::org) continue;
        // "movie The Aviator", "favour The Aviator": a capital "The" inside a sentence opens a title.
        const std::size_t the = m.text.starts_with("The ") ? m.start + 4 : m.start;
        if (the >= 4 && text.substr(the - 4, 4) == "The " && without_legal_form(m.text) == m.text) {
            std::size_t before = the - 4;  // the character before "The", over spaces and tabs
            while (before > 0 && (text[before - 1] == ' ' || text[before - 1] == '\t')) --before;
            // Inside a sentence only after a lower-case word or a comma ("movie The Aviator"); not after a
            // dateline's dash, a colon or a paragraph's start ("GENEVA (Reuters) - The World Health Organization").
            const bool opens_sentence = before == 0 || (!is_lower_ascii(text[before - 1]) && text[before - 1] != ',');
            if (!opens_sentence) {
                kinds.insert(name_key(m.canonical));
                continue;
            }
        }
        // "PlayStation 2 game", "PlayStation 3 is": a model number after the name makes it a product.
        if (m.type == EntityType::org && m.end + 3 < text.size() && text[m.end] == ' ' && text[m.end + 1] >= '1' &&
            text[m.end + 1] <= '9' && text[m.end + 2] == ' ' && is_lower_ascii(text[m.end + 3])) {
            kinds.insert(name_key(m.canonical));
            continue;
        }
        // "an Oscar nomination", "the Golden Globe awards": the name of an award, not of its giver.
        const auto next = words_in(text, m.end, std::min(text.size(), m.end + 16));
        if (!next.empty() && next.front().start == m.end + 1) {
            const std::string noun =
                ascii_lower(core_of(text.substr(next.front().start, next.front().end - next.front().start)));
            if (std::find(award_nouns.begin(), award_nouns.end(), noun) != award_nouns.end()) {
                kinds.insert(name_key(m.canonical));
                continue;
            }
        }
        const std::string_view name = core_of(m.text);
        if (m.canonical != m.text || name.empty() || name.back() == 's' || has_lower(name) == false) continue;
        const std::string plural = std::string(name) + "s";
        const std::string_view last = plural.find(' ') == std::string::npos
                                          ? std::string_view(plural)
                                          : std::string_view(plural).substr(plural.rfind(' ') + 1);
        if (words.contains(last) && written_as(text, plural)) kinds.insert(name_key(m.canonical));
    }
    for (EntityMention& m : mentions) {
        if (m.type == EntityType::misc) continue;
        const std::string_view name = m.canonical;
        const std::string_view last = name.substr(name.rfind(' ') == std::string_view::npos ? 0 : name.rfind(' ') + 1);
        const bool several_words = name.find(' ') != std::string_view::npos;
        const std::string_view first = name.substr(0, name.find(' '));
        if (kinds.contains(name_key(m.canonical)) ||
            (several_words && std::find(events.begin(), events.end(), last) != events.end()) ||
            (several_words && number_word(first))) {
            m.type = EntityType::misc;
        } else if (several_words && m.type != EntityType::location &&
                   std::find(streets.begin(), streets.end(), last) != streets.end()) {
            m.type = EntityType::location;
        }
    }
}

// One type and one spelling per name in an article: the type most mentions have (ties: the earliest mention's),
// and the first spelling with lower-case letters (the text's, not the headline's capitals).
void one_reading_per_name(std::vector<EntityMention>& mentions) {
    struct Reading {
        std::array<std::size_t, 4> votes{};
        std::size_t first_type = 0;
        std::string spelling;
        bool legal_form = false;  // some mention is written with one ("Chrysler Corp"): a company
    };
    std::map<std::string, Reading> readings;
    for (const EntityMention& m : mentions) {
        const auto type = static_cast<std::size_t>(m.type);
        if (type >= 4) continue;
        auto [it, added] = readings.try_emplace(name_key(m.canonical));
        if (added) it->second.first_type = type;
        // Mixed case counts twice: the model reads running text better than a headline in capitals.
        it->second.votes[type] += has_lower(m.text) ? 2 : 1;
        it->second.legal_form |= m.type == EntityType::org && without_legal_form(m.text) != m.text;
        if (it->second.spelling.empty() && has_lower(m.canonical)) it->second.spelling = m.canonical;
    }
    for (EntityMention& m : mentions) {
        const auto it = readings.find(name_key(m.canonical));
        if (it == readings.end()) continue;
        const Reading& r = it->second;
        std::size_t best = r.first_type;
        for (std::size_t t = 0; t < r.votes.size(); ++t)
            if (r.votes[t] > r.votes[best]) best = t;
        if (r.legal_form) best = static_cast<std::size_t>(EntityType::org);
        m.type = static_cast<EntityType>(best);
        if (!r.spelling.empty()) m.canonical = r.spelling;
        m.canonical = std::string(without_possessive(m.canonical));
    }
}

}  // namespace

void tidy_entities(std::string_view text, std::vector<EntityMention>& mentions, const ArticleContext& context,
                   const text::AliasTable& aliases, const WordCaseLookup& usual) {
    split_headline_joins(text, mentions);
    drop_sources(mentions, context.sources);
    drop_dates(mentions, context.dates);
    drop_lone_words(mentions);
    extend_organisations_left(text, mentions);
    trim_headline_words(text, mentions, usual);
    truecase(mentions, usual);
    cut_after_possessive(mentions, usual);
    drop_plural_acronyms(text, mentions, usual);
    types_from_aliases(mentions, aliases);
    drop_table_only(text, mentions);
    link_short_forms(mentions);
    drop_common_words(text, mentions, aliases, usual);
    link_acronyms(mentions);
    companies_by_context(text, mentions);
    drop_modifier_only_people(text, mentions);
    drop_bare_one_word_people(text, mentions, context.trained_person);
    kinds_events_and_streets(text, mentions);
    one_reading_per_name(mentions);
}

}  // namespace newsdex::extract
