// "Did you mean": corrects query words that the index does not contain, using the words it does contain.
#pragma once

#include <string>

#include <xapian.h>

namespace newsdex::search {

// The indexed plain word (unprefixed term) closest to `word` (case-folded): same first letter, fewest edits
// (at most 1 for words of up to 4 bytes, else 2; a transposition is one), then most documents. "" when none.
std::string closest_indexed_word(const Xapian::Database& db, const std::string& word);

// The query with every plain word that occurs in no document replaced by the index's best spelling
// suggestion; "" when nothing was replaced. Operators (AND, OR, NOT, NEAR, ADJ), field names, quoted
// syntax and wildcards are left alone; field values are corrected like plain words.
std::string suggest_spelling(const Xapian::Database& db, const std::string& query);

}  // namespace newsdex::search
