// "Did you mean": corrects query words that the index does not contain, using its spelling dictionary.
#pragma once

#include <string>

#include <xapian.h>

namespace newsdex::search {

// The query with every plain word that occurs in no document replaced by the index's best spelling
// suggestion; "" when nothing was replaced. Operators (AND, OR, NOT, NEAR, ADJ), field names, quoted
// syntax and wildcards are left alone; field values are corrected like plain words.
std::string suggest_spelling(const Xapian::Database& db, const std::string& query);

}  // namespace newsdex::search
