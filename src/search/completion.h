// Completions for a search box: indexed names and words that start with what has been typed.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include <xapian.h>

namespace newsdex::search {

struct Completion {
    std::string field;  // person, org, place, source, or "" for a plain word
    std::string value;  // the name or word as indexed (lower-cased)
    std::string query;  // what to search for it: person:"john kerry", or the word
    Xapian::doccount articles = 0;
};

// Up to `limit` completions of `prefix` (case-folded; leading and trailing space ignored), most articles first:
// names whose indexed form starts with it, and plain words of at least one more letter. Empty for a prefix of
// fewer than 2 bytes. Throws Error(index) on Xapian failures.
std::vector<Completion> complete(const Xapian::Database& db, const std::string& prefix, std::size_t limit);

}  // namespace newsdex::search
