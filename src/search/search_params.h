// Search parameters as a person gives them (strings), turned into a QuerySpec: shared by the query and batch
// commands' options and the HTTP API's URL parameters, so all three accept and reject the same values.
#pragma once

#include <string>
#include <vector>

#include "search/query_spec.h"

namespace newsdex::search {

struct SearchParams {
    std::vector<std::string> person, org, place, source, category, language;  // filters (any of each field)
    std::vector<std::string> facets;  // facet names; an entry may hold several separated by commas
    std::string from, to, mentions;   // publication date bounds, mentioned-date range
    std::string sort = "relevance";   // relevance, date or -date
    std::string bm25;                 // "k1,b" or ""
    std::string facet_sort;           // count, value or "" (automatic: count, dates chronological)
    bool exact_facets = false;
};

// Copies `params` into `spec`. Throws Error(usage) for an unknown sort order or facet name and for bad BM25
// parameters; the messages name the parameter without a command-line dash, so the API can show them as they are.
void apply_search_params(const SearchParams& params, QuerySpec& spec);

// "a,b" and "c" -> {"a", "b", "c"}; empty items dropped.
std::vector<std::string> split_commas(const std::vector<std::string>& values);

}  // namespace newsdex::search
