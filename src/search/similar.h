// More like this: relevance feedback from one article's own terms (Xapian RSet + Enquire::get_eset).
#pragma once

#include <cstddef>
#include <string>

#include <xapian.h>

#include "search/search_result.h"

namespace newsdex::search {

// Expand terms taken from the article: enough to describe its topic, few enough that its incidental words
// (a dateline city, a quoted figure) do not dominate. Omega's "similar" uses 40 too.
constexpr Xapian::termcount similar_expand_terms = 40;

struct SimilarSpec {
    std::string id;  // the article's id as ingested (the Q term's value)
    std::size_t limit = 10;
    bool collapse = false;  // one article per near-duplicate cluster, the article's own cluster left out
    bool snippets = true;
};

// Articles like `spec.id`, best first, the article itself excluded; result.query is the id. Throws Error(input) when no article has that id and Error(index) on Xapian failures.
SearchResult find_similar(const Xapian::Database& db, const SimilarSpec& spec);

}  // namespace newsdex::search
