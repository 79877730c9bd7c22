// Xapian's synonym table from the alias table, so a query for "USA" also finds "U.S.", "America" and
// "United States" (QueryParser FLAG_AUTO_SYNONYMS | FLAG_AUTO_MULTIWORD_SYNONYMS on the query side).
#pragma once

#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <string_view>

#include <xapian.h>

#include "index/schema.h"
#include "text/alias_table.h"

namespace newsdex::index {

// Metadata key holding a hash of the synonym table last written, so an ingest only rewrites it when the alias
// table changed.
constexpr std::string_view synonyms_hash_key = schema::metadata::synonyms_hash;

// Key (unstemmed lower-case terms joined by spaces, as QueryParser looks them up) -> synonym terms.
//
// Xapian 1.4 expands a key to single terms only, so a multi-word form ("United States") is a key but never a
// value; instead every key of a group also expands to the group's canonical entity filter terms
// ("XPLACE:united states"), which ingest puts on every article whose mentions were linked to that entity, however
// they were written. Those terms are boolean (wdf 0), so such articles match but rank below ones with the word.
// Forms whose term is a common English word ("U.S." indexes as "us") are left out: they would make "America"
// match every "let us".
using SynonymTable = std::map<std::string, std::set<std::string>>;
SynonymTable synonym_table(const text::AliasTable& aliases);

// Replaces the database's synonyms with synonym_table(aliases) unless the stored hash says they are current.
// Returns true when it wrote them (uncommitted: the caller's next commit makes them durable). Throws
// Xapian::Error on failure.
bool update_synonyms(Xapian::WritableDatabase& db, const text::AliasTable& aliases);

}  // namespace newsdex::index
