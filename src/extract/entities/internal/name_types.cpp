// The type the context gives a name: companies by their trade or partners, awards, works, events, streets.
#include "extract/entities/internal/hygiene_steps.h"

#include <algorithm>
#include <array>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <unordered_set>

#include "extract/entities/internal/mention_text.h"
#include "extract/entities/internal/name_context.h"
#include "extract/entities/internal/organisation_names.h"

namespace newsdex::extract::hygiene {
namespace {

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
    // "AFG Industries Inc <AFG> and Wagner and Brown", "Wagner and Brown and glass-maker AFG Industries Inc": a pair
    // listed with an organisation by a second "and" is one name (a list of three takes one "and").
    auto company_and = [&](std::size_t first, std::size_t last) {
        auto links = [&](std::size_t from, std::size_t to) {
            std::string_view between = text.substr(from, to - from);
            if (const auto open = between.find('<'); open != std::string_view::npos) {
                const auto close = between.find('>', open);
                if (close == std::string_view::npos) return false;
                between = between.substr(close + 1);
            }
            const auto words = words_in(between, 0, between.size());
            if (words.empty() || words.size() > 2 ||
                between.substr(words[0].start, words[0].end - words[0].start) != "and")
                return false;
            return words.size() == 1 || !has_upper(between.substr(words[1].start, words[1].end - words[1].start));
        };
        const bool before = first > 0 && mentions[first - 1].type == EntityType::org &&
                            mentions[first - 1].end < mentions[first].start &&
                            links(mentions[first - 1].end, mentions[first].start);
        const bool after = last + 1 < mentions.size() && mentions[last + 1].type == EntityType::org &&
                           mentions[last].end < mentions[last + 1].start &&
                           links(mentions[last].end, mentions[last + 1].start);
        return before || after;
    };
    std::map<std::pair<std::string, std::string>, std::size_t> pairs;
    std::set<std::pair<std::string, std::string>> listed;  // pairs listed with a company
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
        if (company_and(i, i + 1)) listed.insert({name_key(a.canonical), name_key(b.canonical)});
        ++in_pairs[name_key(a.canonical)];
        ++in_pairs[name_key(b.canonical)];
    }
    std::set<std::string> firms;
    for (const auto& [pair, count] : pairs) {
        const auto& [a, b] = pair;
        if ((count >= 2 || listed.contains(pair)) && a != b && in_pairs[a] == total[a] && in_pairs[b] == total[b] &&
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

// "Kidder Peabody, Merrill Lynch and Smith Barney co-managed", "at Chrysler and Ford": names listed together are
// of one kind. A name open to another reading (`open`) listed with organisations only (or names `companies`
// already holds) is one too: a place reading beside one organisation, a person reading beside two (people are
// listed with companies now and then). Returns the keys of such names.
std::set<std::string> companies_in_lists(std::string_view text, const std::vector<EntityMention>& mentions,
                                         const std::function<bool(const EntityMention&)>& open,
                                         const std::set<std::string>& companies) {
    auto org = [&](const EntityMention& m) {
        return m.type == EntityType::org || (open(m) && companies.contains(name_key(m.canonical)));
    };
    auto listed = [&](const EntityMention& a, const EntityMention& b) {
        if (b.start <= a.end || b.start - a.end > 8) return false;
        std::string between(text.substr(a.end, b.start - a.end));
        std::erase_if(between, [](char c) { return is_space(c); });
        return between == "," || between == "and" || between == ",and";
    };
    std::set<std::string> out;
    for (std::size_t first = 0; first < mentions.size();) {
        std::size_t last = first;
        while (last + 1 < mentions.size() && listed(mentions[last], mentions[last + 1])) ++last;
        std::size_t orgs = 0;
        for (std::size_t i = first; i <= last; ++i) orgs += org(mentions[i]) ? 1 : 0;
        for (std::size_t i = first; i <= last && last > first; ++i) {
            const EntityMention& m = mentions[i];
            if (org(m)) continue;
            const std::size_t others = last - first;  // the list's other members
            const std::size_t needed = m.type == EntityType::person ? 2 : 1;
            if (open(m) && orgs == others && orgs >= needed) out.insert(name_key(m.canonical));
        }
        first = last + 1;
    }
    return out;
}

}  // namespace

void companies_by_context(std::string_view text, std::vector<EntityMention>& mentions,
                          const text::AliasTable& aliases) {
    types_from_descriptions(text, mentions);
    firm_pairs(text, mentions);
    // A place reading the alias table does not back is as open to a company context as a person reading ("an
    // analyst at Smith Barney" read as a place).
    auto open = [&](const EntityMention& m) {
        return m.type == EntityType::person ||
               (m.type == EntityType::location && !aliases.canonical(m.canonical, EntityType::location));
    };
    std::set<std::string> companies;
    const MentionIndex names(mentions);
    for (const EntityMention& m : mentions)
        if (open(m) && company_context(text, m, names)) companies.insert(name_key(m.canonical));
    for (const std::string& key : companies_in_lists(text, mentions, open, companies)) companies.insert(key);
    if (companies.empty()) return;
    for (EntityMention& m : mentions) {
        if (!open(m) || !companies.contains(name_key(m.canonical))) continue;
        m.type = EntityType::org;
        m.canonical = without_legal_form(m.canonical);
    }
}

void places_in_capitals_only(std::string_view text, std::vector<EntityMention>& mentions,
                             const text::AliasTable& aliases) {
    CapitalLines line_is_capitals(text);
    std::map<std::string, bool> vouched;  // key -> known place, or read so in a mixed-case line
    for (const EntityMention& m : mentions) {
        if (m.type != EntityType::location) continue;
        auto [it, added] = vouched.try_emplace(name_key(m.canonical), false);
        it->second = it->second || !line_is_capitals(m.start) ||
                     aliases.canonical(m.canonical, EntityType::location).has_value();
    }
    std::erase_if(mentions, [&](const EntityMention& m) {
        return m.type == EntityType::location && !vouched[name_key(m.canonical)];
    });
}

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

void teams_named_by_places(std::string_view text, std::vector<EntityMention>& mentions,
                           const text::AliasTable& aliases) {
    std::set<std::string> teams;
    for (const EntityMention& m : mentions) {
        if (m.type == EntityType::location && !aliases.is_country(m.canonical) && team_context(text, m))
            teams.insert(name_key(m.canonical));
    }
    if (teams.empty()) return;
    for (EntityMention& m : mentions)
        if (m.type == EntityType::location && teams.contains(name_key(m.canonical))) m.type = EntityType::org;
}

}  // namespace newsdex::extract::hygiene
