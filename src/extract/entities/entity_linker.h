// Links entity mentions inside one article and gives every mention its canonical name.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/article.h"
#include "text/alias_table.h"

namespace newsdex::extract {

// Fills `canonical` of every mention of `text` (offsets are UTF-8 bytes into `text`, as the recogniser gives):
// - a person mention whose name tokens (titles and possessive dropped) are the first or last tokens of a longer
//   person mention of the same article gets that person's name: "Putin", "President Putin" -> "Vladimir Putin";
//   when two people share the token, the nearest earlier mention wins;
// - a single-token ORG/LOCATION/MISC mention equal to the surname of a person of the article, and unknown to the
//   alias table, becomes that PERSON ("Kerry" tagged LOCATION);
// - a capitalised word one edit (Damerau-Levenshtein) from a name token of exactly one person of the article
//   ("Karry" vs "Kerry") becomes a PERSON mention of that person, keeping its own text and span; it is added if
//   the recogniser missed it, retyped if it tagged the word ORG/MISC or as a person linked to nobody. Both must
//   be at least five letters and start with the same letter (or swap the first two); the word must be written
//   so only once, not be a plural of the name, and be no other mention's token, alias-table name, common word
//   or lower-case word of the text;
// - organisations, places and other mentions get the alias table's canonical name ("U.S." -> "United States");
//   an organisation the table does not know loses its legal form ("Chrysler Corp" -> "Chrysler");
//   a MISC mention the table knows as an organisation, outlet or place takes that type ("ISIS" -> ORG,
//   "Guardian" -> ORG "The Guardian"), and so does an unlinked PERSON mention the table knows as an
//   organisation or outlet ("Sputnik"); an unlinked person is never made a place ("Chad", "Jordan").
// On return mentions are sorted by start and do not overlap (of two overlapping mentions the longer stays).
void link_entities(std::string_view text, std::vector<EntityMention>& mentions, const text::AliasTable& aliases);

// The distinct places of an article for the place facet, in order of first mention: canonical names of
// LOCATION mentions, then countries of demonym MISC mentions ("Russian" -> "Russia") not already listed.
std::vector<std::string> facet_places(const std::vector<EntityMention>& mentions, const text::AliasTable& aliases);

// Damerau-Levenshtein (optimal string alignment) distance between two strings, by code point.
std::size_t edit_distance(std::u32string_view a, std::u32string_view b);

}  // namespace newsdex::extract
