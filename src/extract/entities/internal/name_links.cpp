// One name, one value: alias-table types, short forms and acronyms linked to the long name, one reading per name.
#include "extract/entities/internal/hygiene_steps.h"

#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <set>
#include <string>

#include "extract/entities/internal/mention_text.h"
#include "extract/entities/internal/name_context.h"
#include "extract/entities/internal/organisation_names.h"

namespace newsdex::extract::hygiene {
namespace {

// "SEC" after "Securities and Exchange Commission": the initials of a name's capitalised words.
std::string initials(std::string_view name) {
    std::string out;
    for (const Span& w : words_in(name, 0, name.size())) {
        const char c = name[w.start];
        if (is_upper_ascii(c)) out += c;
    }
    return out;
}

}  // namespace

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

void add_untagged_acronyms(std::string_view text, std::vector<EntityMention>& mentions,
                           const text::AliasTable& aliases) {
    constexpr std::size_t min_letters = 2, max_letters = 6, min_alias_letters = 3;
    std::map<std::string, std::pair<EntityType, std::string>> long_forms;  // initials -> the article's long name
    std::set<std::string> named;                                           // canonical names of the article
    for (const EntityMention& m : mentions) {
        named.insert(m.canonical);
        if (m.type == EntityType::org && words_in(m.canonical, 0, m.canonical.size()).size() >= 2)
            long_forms.try_emplace(initials(m.canonical), m.type, m.canonical);
    }
    if (mentions.empty()) return;
    std::vector<std::pair<std::size_t, std::size_t>> spans;  // the mentions' [start, end), in text order
    for (const EntityMention& m : mentions) spans.emplace_back(m.start, m.end);
    std::sort(spans.begin(), spans.end());
    std::vector<EntityMention> added;
    CapitalLines line_is_capitals(text);
    std::size_t next = 0;  // the first span that does not end before the word
    for (const Span& w : words_in(text, 0, text.size())) {
        const std::string_view token = text.substr(w.start, w.end - w.start);
        // The acronym is part of the word, so a word without min_letters capitals has none (most words): skip it.
        if (static_cast<std::size_t>(std::count_if(token.begin(), token.end(), is_upper_ascii)) < min_letters) continue;
        const std::string_view word = core_of(without_possessive(token));
        if (word.size() < min_letters || word.size() > max_letters ||
            !std::all_of(word.begin(), word.end(), is_upper_ascii))
            continue;
        const std::size_t start = static_cast<std::size_t>(word.data() - text.data());
        if ((start > 0 && text[start - 1] == '<') || aliases.news_source(word)) continue;  // a ticker, a source
        while (next < spans.size() && spans[next].second <= start) ++next;
        if (next < spans.size() && spans[next].first < start + word.size()) continue;  // tagged already
        std::optional<std::pair<EntityType, std::string>> name;
        if (auto it = long_forms.find(std::string(word)); it != long_forms.end()) {
            name = it->second;
        } else if (auto known = aliases.canonical(word, EntityType::org);
                   known && word.size() >= min_alias_letters && initials(*known) == word &&
                   (named.contains(*known) || !line_is_capitals(start))) {
            name = std::pair(EntityType::org, *known);  // a headline's capitals: only a name the story spells out
        }
        if (!name) continue;
        added.push_back(EntityMention{std::string(word), name->first, name->second, start, start + word.size()});
    }
    if (added.empty()) return;
    mentions.insert(mentions.end(), added.begin(), added.end());
    std::stable_sort(mentions.begin(), mentions.end(),
                     [](const EntityMention& a, const EntityMention& b) { return a.start < b.start; });
}

void one_reading_per_name(std::vector<EntityMention>& mentions) {
    struct Reading {
        std::array<std::size_t, 4> votes{};
        std::size_t first_type = 0;
        std::string spelling;
        bool spelling_from_text = false;  // the spelling is a mixed-case mention's, not a headline's truecased
        bool legal_form = false;          // some mention is written with one ("Chrysler Corp"): a company
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
        // The text's own spelling wins over a headline's truecased one ("Bank of Japan", not "Bank Of Japan").
        const bool from_text = has_lower(m.text);
        if (has_lower(m.canonical) && (it->second.spelling.empty() || (from_text && !it->second.spelling_from_text))) {
            it->second.spelling = m.canonical;
            it->second.spelling_from_text = from_text;
        }
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

}  // namespace newsdex::extract::hygiene
