// What a search returns, as plain data for the printers.
#pragma once

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
    std::size_t count = 0;
};

struct Facet {
    std::string name;
    std::vector<FacetValue> values;  // most frequent first, or calendar order for date facets
};

struct SearchResult {
    std::string query;
    std::size_t total = 0;  // Xapian's estimate; exact when facets were counted exactly
    bool total_exact = false;
    std::vector<Hit> hits;
    std::vector<Facet> facets;
    unsigned facet_sample_rate = 1;  // 1: facet counts are exact; n: estimated from a 1-in-n sample
    std::string suggestion;          // "did you mean"; "" when none
    bool corrected = false;          // the suggestion was run instead (--auto-correct)
    double elapsed_ms = 0;
};

}  // namespace newsdex::search
