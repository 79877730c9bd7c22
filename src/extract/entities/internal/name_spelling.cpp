// Where a name starts and ends and how it is spelt: headline capitals, possessive owners, "A and B" firms.
#include "extract/entities/internal/hygiene_steps.h"

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <string>

#include "extract/entities/internal/mention_text.h"
#include "extract/entities/internal/name_context.h"
#include "extract/entities/internal/organisation_names.h"

namespace newsdex::extract::hygiene {
namespace {

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

// Function words written in lower case inside an English name ("Bank of New York", "Cable and Wireless").
constexpr std::array<std::string_view, 7> name_particles = {"of", "and", "the", "for", "on", "in", "at"};

// A name written in capitals takes the usual spelling of its words; acronyms and short unknown words stay.
std::string usual_spelling(std::string_view name, const WordCaseLookup& usual) {
    std::string out;
    for (const Span& w : words_in(name, 0, name.size())) {
        const std::string_view word = name.substr(w.start, w.end - w.start);
        const std::string_view core = core_of(without_possessive(word));
        const WordCase c = usual(core);
        const bool keep = c == WordCase::acronym || (c == WordCase::unknown && core.size() <= 4) || has_lower(word);
        // Inside a name, English function words are lower case: "BANK OF NEW YORK" -> "Bank of New York" (a word
        // news merely writes in lower case is not: "NEW" of "New York").
        const bool particle =
            !out.empty() && !has_lower(word) &&
            std::find(name_particles.begin(), name_particles.end(), ascii_lower(word)) != name_particles.end();
        if (!out.empty()) out += ' ';
        out += particle ? ascii_lower(word) : keep ? std::string(word) : title_case(word);
        // "MOODY'S" -> "Moody's", not "Moody'S".
        if (!keep && word.size() >= 2 && (word.ends_with("'S") || word.ends_with("\u2019S"))) out.back() = 's';
    }
    return out;
}

// "Drexel Burnham\nLambert" -> "Drexel Burnham Lambert": a canonical name is on one line, single-spaced.
std::string one_line(std::string_view name) {
    std::string out;
    for (char c : name) {
        if (is_space(c)) {
            if (!out.empty() && out.back() != ' ') out += ' ';
        } else {
            out += c;
        }
    }
    if (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

}  // namespace

namespace {

// "Alex. Brown and Sons Inc" read as the organisation "Alex", the person "Brown" and the organisation "Sons Inc":
// a firm whose name opens with Sons or Brothers after "and" or "&" takes the surname before it, whatever the model
// read that as, and a first name's abbreviation before the surname ("Alex."). The mentions it covers go.
void extend_family_firms(std::string_view text, std::vector<EntityMention>& mentions) {
    constexpr std::array<std::string_view, 4> family = {"Sons", "Son", "Brothers", "Bros"};
    std::vector<bool> covered(mentions.size(), false);
    for (std::size_t i = 0; i < mentions.size(); ++i) {
        EntityMention& m = mentions[i];
        const auto own = words_in(text, m.start, m.end);
        if (m.type != EntityType::org || own.size() < 2 || m.start < 4) continue;
        const std::string_view opening = text.substr(own.front().start, own.front().end - own.front().start);
        if (std::find(family.begin(), family.end(), opening) == family.end()) continue;
        const auto before = words_in(text, m.start >= 40 ? m.start - 40 : 0, m.start);
        if (before.size() < 2) continue;
        const std::string_view joiner = text.substr(before.back().start, before.back().end - before.back().start);
        const Span surname = before[before.size() - 2];
        const std::string_view word = text.substr(surname.start, surname.end - surname.start);
        if ((joiner != "and" && joiner != "&") || !is_upper_ascii(word.front()) || !has_lower(word) ||
            word.find_first_of(",.;:()") != std::string_view::npos) {
            continue;
        }
        std::size_t start = surname.start;
        if (before.size() >= 3) {  // "Alex." before "Brown"
            const Span initial = before[before.size() - 3];
            const std::string_view abbreviation = text.substr(initial.start, initial.end - initial.start);
            if (abbreviation.size() >= 2 && abbreviation.size() <= 6 && abbreviation.back() == '.' &&
                is_upper_ascii(abbreviation.front()) && text.substr(initial.end, surname.start - initial.end) == " ")
                start = initial.start;
        }
        for (std::size_t j = 0; j < mentions.size(); ++j) {
            if (j != i && mentions[j].start >= start && mentions[j].end <= m.start) covered[j] = true;
        }
        // Linked, the firm's canonical name is the surname's words before the linker's ("Sons" of "Sons Inc").
        const std::string canonical =
            m.canonical == m.text ? std::string() : one_line(text.substr(start, m.start - start)) + " " + m.canonical;
        m.start = start;
        m.text = std::string(text.substr(m.start, m.end - m.start));
        m.canonical = canonical.empty() ? one_line(m.text) : canonical;
    }
    std::size_t k = 0;
    std::erase_if(mentions, [&](const EntityMention&) { return covered[k++]; });
}

}  // namespace

void extend_organisations_left(std::string_view text, std::vector<EntityMention>& mentions,
                               const text::AliasTable& aliases) {
    extend_family_firms(text, mentions);
    // What the article names on its own, or the alias table knows: "Reuters and Visnews" are two companies, not
    // one "A and B" firm (Reuters may have left the mentions as the source).
    std::set<std::string> named;
    for (const EntityMention& m : mentions) named.insert(name_key(m.text));
    for (std::size_t i = 0; i < mentions.size(); ++i) {
        EntityMention& m = mentions[i];
        if (m.type != EntityType::org || m.start < 4) continue;
        const auto before = words_in(text, m.start >= 40 ? m.start - 40 : 0, m.start);
        if (before.size() < 2) continue;
        const std::string_view joiner = text.substr(before.back().start, before.back().end - before.back().start);
        const Span first = before[before.size() - 2];
        const std::string_view first_word = text.substr(first.start, first.end - first.start);
        if ((joiner != "and" && joiner != "&") || !is_upper_ascii(text[first.start]) || first_word.size() < 2 ||
            first_word.find_first_of(",.;:()") != std::string_view::npos || named.contains(name_key(first_word)) ||
            aliases.knows(first_word) || (i > 0 && mentions[i - 1].end > first.start)) {
            continue;
        }
        const bool unlinked = m.canonical == m.text;
        m.start = first.start;
        m.text = std::string(text.substr(m.start, m.end - m.start));
        m.canonical =
            unlinked ? one_line(m.text) : std::string(first_word) + " " + std::string(joiner) + " " + m.canonical;
    }
}

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

void cut_headline_names_to_text_names(std::string_view text, std::vector<EntityMention>& mentions) {
    CapitalLines line_is_capitals(text);
    std::map<std::string, std::string> in_text;  // key of a name the text writes in mixed case -> its canonical
    for (const EntityMention& m : mentions)
        if (!line_is_capitals(m.start) && has_lower(m.text)) in_text.try_emplace(name_key(m.text), m.canonical);
    if (in_text.empty()) return;
    for (EntityMention& m : mentions) {
        // A name the linker knows ("U.S. HOUSE", the House of Representatives) is whole.
        if (has_lower(m.text) || m.canonical != m.text || !line_is_capitals(m.start) ||
            in_text.contains(name_key(m.text))) {
            continue;
        }
        const auto words = words_in(text, m.start, m.end);
        // The longest run of its first words that the text names: "BANK OF JAPAN INTERVENES".
        for (std::size_t keep = words.size() - 1; keep >= 1 && words.size() >= 2; --keep) {
            const std::string key =
                name_key(text.substr(words.front().start, words[keep - 1].end - words.front().start));
            if (!in_text.contains(key)) continue;
            m.end = words[keep - 1].end;
            m.text = std::string(text.substr(m.start, m.end - m.start));
            m.canonical = in_text.at(key);
            break;
        }
    }
}

void truecase(std::vector<EntityMention>& mentions, const WordCaseLookup& usual) {
    for (EntityMention& m : mentions) {
        if (!has_upper(m.canonical) || has_lower(m.canonical)) continue;
        m.canonical = usual_spelling(m.canonical, usual);
    }
}

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

void keep_legal_form_of_words(std::vector<EntityMention>& mentions, const WordCaseLookup& usual) {
    for (EntityMention& m : mentions) {
        if (m.type != EntityType::org || m.canonical.find(' ') != std::string::npos) continue;
        const std::string written(core_of(m.text));
        if (without_legal_form(written) == written || name_key(without_legal_form(written)) != name_key(m.canonical))
            continue;
        const WordCase c = usual(m.canonical);
        if (c != WordCase::lower && c != WordCase::mostly_lower && c != WordCase::mixed) continue;
        m.canonical = has_lower(written) ? written : usual_spelling(written, usual);
    }
}

void spell_out_state_abbreviations(std::string_view text, std::vector<EntityMention>& mentions) {
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 9> states = {
        {{"Del", "Delaware"},
         {"Ga", "Georgia"},
         {"Ind", "Indiana"},
         {"La", "Louisiana"},
         {"Miss", "Mississippi"},
         {"Mo", "Missouri"},
         {"Ore", "Oregon"},
         {"Pa", "Pennsylvania"},
         {"Wash", "Washington State"}}};
    for (EntityMention& m : mentions) {
        if (m.end >= text.size() || text[m.end] != '.') continue;
        std::size_t before = m.start;
        while (before > 0 && is_space(text[before - 1])) --before;
        if (before == m.start || before == 0 || text[before - 1] != ',') continue;
        const auto state = std::find_if(states.begin(), states.end(), [&](const auto& s) { return s.first == m.text; });
        if (state == states.end()) continue;
        m.type = EntityType::location;
        m.canonical = std::string(state->second);
    }
}

void trim_open_brackets(std::string_view text, std::vector<EntityMention>& mentions) {
    for (EntityMention& m : mentions) {
        std::size_t end = m.end;
        while (end > m.start && (text[end - 1] == '<' || text[end - 1] == '(' || is_space(text[end - 1]))) --end;
        if (end == m.end || end == m.start) continue;
        const bool unlinked = m.canonical == m.text;
        m.end = end;
        m.text = std::string(text.substr(m.start, m.end - m.start));
        if (unlinked) m.canonical = one_line(m.text);
        // A name linked with its legal form dropped ("Lloyds Bank PLC <" -> "Lloyds Bank <") loses the bracket too.
        while (!m.canonical.empty() &&
               (m.canonical.back() == '<' || m.canonical.back() == '(' || is_space(m.canonical.back()))) {
            m.canonical.pop_back();
        }
    }
    std::erase_if(mentions, [](const EntityMention& m) { return m.start == m.end; });
}

void split_paragraph_joins(std::string_view text, std::vector<EntityMention>& mentions) {
    // A paragraph break: a line break before an indented or blank line (a wrapped line starts at the margin).
    auto paragraph_break = [&](std::size_t from, std::size_t to) {
        for (std::size_t at = text.find('\n', from); at != std::string_view::npos && at + 1 < to;
             at = text.find('\n', at + 1)) {
            const char next = text[at + 1];
            if (next == ' ' || next == '\t' || next == '\n' || next == '\r') return at;
        }
        return std::string_view::npos;
    };
    auto trimmed = [&](std::size_t start, std::size_t end) {
        while (end > start && (is_space(text[end - 1]) || text[end - 1] == ',')) --end;
        while (start < end && is_space(text[start])) ++start;
        return std::pair(start, end);
    };
    std::vector<EntityMention> out;
    std::map<std::string, std::pair<std::string, std::string>> renamed;  // joined canonical -> its two names
    for (EntityMention& m : mentions) {
        const std::size_t at = paragraph_break(m.start, m.end);
        const auto [first_start, first_end] = trimmed(m.start, at == std::string_view::npos ? m.start : at);
        const auto [second_start, second_end] = trimmed(at == std::string_view::npos ? m.end : at, m.end);
        if (first_end <= first_start || second_end <= second_start) {
            out.push_back(std::move(m));
            continue;
        }
        EntityMention first = m, second = m;
        first.start = first_start, first.end = first_end;
        second.start = second_start, second.end = second_end;
        first.text = std::string(text.substr(first_start, first_end - first_start));
        second.text = std::string(text.substr(second_start, second_end - second_start));
        first.canonical = without_legal_form(one_line(first.text));
        second.canonical = without_legal_form(one_line(second.text));
        renamed[m.canonical] = {first.canonical, second.canonical};
        out.push_back(std::move(first));
        out.push_back(std::move(second));
    }
    mentions = std::move(out);
    if (renamed.empty()) return;
    // Mentions the linker tied to the joined name take the part they are a short form of, else the later part.
    for (EntityMention& m : mentions) {
        const auto it = renamed.find(m.canonical);
        if (it == renamed.end()) continue;
        const std::string key = name_key(m.text);
        const auto& [first, second] = it->second;
        m.canonical = name_key(first).find(key) != std::string::npos && name_key(second).find(key) == std::string::npos
                          ? first
                          : second;
    }
}

void split_coordinated_names(std::string_view text, std::vector<EntityMention>& mentions) {
    // What the article names on its own, by key: the first such mention's reading, copied (the mentions are moved
    // into `out` below, so a pointer would read a moved-from, empty name).
    std::map<std::string, std::pair<EntityType, std::string>> alone;
    for (const EntityMention& m : mentions) alone.try_emplace(name_key(m.text), m.type, m.canonical);
    // Where "and" (between blanks), "/" or "," joins two parts of m: [at, after) in text, or npos.
    auto joiner_in = [&](const EntityMention& m) -> std::pair<std::size_t, std::size_t> {
        for (std::size_t at = m.start + 1; at + 1 < m.end; ++at) {
            if (text[at] == '/' || text[at] == ',') return {at, at + 1};
            const std::string_view word = text.substr(at, 3);
            if ((word == "and" || word == "AND") && is_space(text[at - 1]) && at + 3 < m.end && is_space(text[at + 3]))
                return {at, at + 3};
        }
        return {std::string_view::npos, std::string_view::npos};
    };
    std::vector<EntityMention> out;
    std::map<std::string, std::pair<std::string, std::string>> renamed;  // joined canonical -> its two names
    for (EntityMention& m : mentions) {
        const auto [at, after] = m.type == EntityType::org ? joiner_in(m) : std::pair(std::string_view::npos, 0ul);
        if (at == std::string_view::npos) {
            out.push_back(std::move(m));
            continue;
        }
        std::size_t first_end = at, second_start = after;
        while (first_end > m.start && is_space(text[first_end - 1])) --first_end;
        while (second_start < m.end && is_space(text[second_start])) ++second_start;
        const std::string first_text(text.substr(m.start, first_end - m.start));
        const std::string second_text(text.substr(second_start, m.end - second_start));
        const std::string first_name = without_legal_form(one_line(first_text));
        const std::string second_name = without_legal_form(one_line(second_text));
        if (first_name.empty() || second_name.empty() || !alone.contains(name_key(first_name)) ||
            !alone.contains(name_key(second_name))) {
            out.push_back(std::move(m));
            continue;
        }
        // Each part reads as the article reads it alone ("Lavrov and Kerry" tagged ORG: Sergei Lavrov, a person).
        const auto& [first_type, first_canonical_alone] = alone.at(name_key(first_name));
        const auto& [second_type, second_canonical_alone] = alone.at(name_key(second_name));
        EntityMention first = m, second = m;
        first.end = first_end, first.text = first_text;
        first.type = first_type, first.canonical = first_canonical_alone;
        second.start = second_start, second.text = second_text;
        second.type = second_type, second.canonical = second_canonical_alone;
        const std::string first_canonical = first.canonical, second_canonical = second.canonical;
        renamed[m.canonical] = {first_canonical, second_canonical};
        out.push_back(std::move(first));
        out.push_back(std::move(second));
    }
    mentions = std::move(out);
    for (EntityMention& m : mentions) {
        const auto it = renamed.find(m.canonical);
        if (it == renamed.end()) continue;
        const std::string key = name_key(m.text);
        m.canonical = name_key(it->second.first).find(key) != std::string::npos ? it->second.first : it->second.second;
    }
}

void extend_to_known_names(std::string_view text, std::vector<EntityMention>& mentions,
                           const text::AliasTable& aliases) {
    constexpr std::size_t max_words_before = 4;          // "General Agreement on" before "Tariffs and Trade"
    std::vector<bool> absorbed(mentions.size(), false);  // a piece of the name read apart ("General Agreement")
    for (std::size_t i = 0; i < mentions.size(); ++i) {
        EntityMention& m = mentions[i];
        if (m.type != EntityType::org && m.type != EntityType::location) continue;
        const auto before = words_in(text, m.start >= 60 ? m.start - 60 : 0, m.start);
        for (std::size_t k = std::min(before.size(), max_words_before); k >= 1; --k) {
            const std::size_t start = before[before.size() - k].start;
            const Span first = before[before.size() - k];
            const std::string first_word = ascii_lower(text.substr(first.start, first.end - first.start));
            if (!is_upper_ascii(text[start]) || first_word == "the") continue;  // "The UN" is the UN already
            const std::string name = one_line(text.substr(start, m.end - start));
            auto canonical = aliases.canonical(name, m.type);
            if (canonical && *canonical != m.canonical) {
                m.start = start;
                m.text = std::string(text.substr(start, m.end - start));
                m.canonical = *canonical;
                for (std::size_t j = i; j-- > 0 && mentions[j].end > start;) absorbed[j] = mentions[j].start >= start;
                break;
            }
        }
    }
    std::size_t at = 0;
    std::erase_if(mentions, [&](const EntityMention&) { return absorbed[at++]; });
}

}  // namespace newsdex::extract::hygiene
