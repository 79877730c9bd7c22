// Person mentions that name no one in the story: modifiers ("the Harry Potter films"), bare unknown words.
#include "extract/entities/internal/hygiene_steps.h"

#include <algorithm>
#include <array>
#include <map>
#include <string>

#include "extract/entities/internal/mention_text.h"
#include "extract/entities/internal/name_context.h"
#include "extract/entities/internal/organisation_names.h"

namespace newsdex::extract::hygiene {
namespace {

// Nouns a leader's name modifies and still names the leader ("the Reagan administration").
constexpr std::array<std::string_view, 9> governments = {"administration", "government", "cabinet", "presidency", "era",
                                                         "years",          "campaign",   "camp",    "team"};

}  // namespace

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

}  // namespace newsdex::extract::hygiene
