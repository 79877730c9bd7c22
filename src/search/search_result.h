// What a search returns, as plain data for the printers.
#pragma once

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

namespace newsdex::search {

struct Highlight {
    std::size_t start = 0;  // byte offsets into Hit::snippet, end exclusive
    std::size_t end = 0;
};

struct Hit {
    std::string id;
    std::size_t rank = 0;  // 1-based, counting the offset
    double score = 0;
    int percent = 0;
    std::string title;
    std::string date;  // YYYY-MM-DD or ""
    std::string source;
    std::string url;
    std::vector<std::string> persons;
    std::vector<std::string> orgs;
    std::vector<std::string> places;
    std::vector<std::string> sources;
    std::string snippet;  // plain text
    std::vector<Highlight> highlights;
    std::size_t duplicates = 0;  // with --collapse: other articles of this hit's cluster
};

struct FacetValue {
    std::string value;
    std::size_t count = 0;  // exact, or estimated from a sample when SearchResult::facet_sample_rate > 1
};

struct Facet {
    std::string name;
    std::vector<FacetValue> values;  // most frequent first, or calendar order for date facets
};

struct SearchResult {
    std::string query;
    // The number of matches: exact when total_exact, else total_lower <= true number <= total_upper. Every
    // one of them is a bound, never an estimate; `total` is total_lower.
    std::size_t total = 0;
    bool total_exact = false;
    std::size_t total_lower = 0;
    std::size_t total_upper = 0;
    std::vector<Hit> hits;
    std::vector<Facet> facets;
    unsigned facet_sample_rate = 1;  // 1: facet counts are exact; n: estimated from a 1-in-n sample
    std::string suggestion;          // "did you mean"; "" when none
    bool corrected = false;          // the suggestion was run instead (--auto-correct)
    double elapsed_ms = 0;
};

// Records the bounds on the number of matches (Xapian's lower and upper bound); they meet when it is exact.
inline void set_match_bounds(SearchResult& result, std::size_t lower, std::size_t upper) {
    result.total_lower = lower;
    result.total_upper = std::max(lower, upper);
    result.total = lower;
    result.total_exact = lower == result.total_upper;
}

}  // namespace newsdex::search
