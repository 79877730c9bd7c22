// The best passage of a hit with matched terms marked, via Xapian's MSet::snippet.
#pragma once

#include <string>

#include <xapian.h>

#include "search/search_result.h"

namespace newsdex::search {

// Longest snippet, in bytes of source text.
constexpr std::size_t snippet_length = 240;

// Fills hit.snippet (plain text, HTML escapes undone) and hit.highlights (byte ranges of matched terms).
void make_snippet(const Xapian::MSet& mset, const std::string& text, const Xapian::Stem& stemmer, Hit& hit);

}  // namespace newsdex::search
