// What the user asked for, as plain data: filled by the CLI or a batch line, read by the searcher.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace newsdex::search {

enum class SortOrder { relevance, date_ascending, date_descending };

struct QuerySpec {
    std::string id;     // batch query id ("" for ad-hoc queries)
    std::string query;  // Xapian QueryParser syntax plus newsdex fields
    std::size_t limit = 10;
    std::size_t offset = 0;
    // Facet filters by field (person, org, place, source, category, language): ORed within a field,
    // ANDed across fields; boolean, so they never change the ranking of what is left.
    std::map<std::string, std::vector<std::string>> filters;
    std::string from;                 // publication date lower bound (YYYY, YYYY-MM or YYYY-MM-DD), "" = open
    std::string to;                   // upper bound, inclusive
    std::string mentions;             // mentioned-date range "A..B" or a single date
    std::vector<std::string> facets;  // facet names (see facet_names)
    std::size_t facet_limit = 10;
    bool exact_facets = false;  // count facets over every match, never a sample (search/facet_counting.h)
    SortOrder sort = SortOrder::relevance;
    bool snippets = true;
    bool auto_correct = false;
    bool collapse = false;
    std::optional<std::pair<double, double>> bm25;  // k1, b (default: searcher.cpp, docs/quality.md)
    // Speed and ranking knobs (batch, bench, eval-ranking); see docs/quality.md "Ranking".
    bool suggest = true;             // compute a "did you mean" suggestion
    bool ids_only = false;           // hits carry only id, rank and score (no document parsing)
    bool stopwords = true;           // drop English stop words from free-text queries (search/stopwords.h)
    std::size_t expand_terms = 0;    // pseudo-relevance feedback: terms added from the top hits (0 = off)
    std::size_t feedback_docs = 10;  // top hits pseudo-relevance feedback reads
    // Wall-clock limit of the ranking pass in seconds (0 = none; Xapian's Enquire::set_time_limit): past it the
    // hits are the best found so far. The server sets it so one slow query cannot hold a search thread for long.
    double time_limit_seconds = 0;
};

}  // namespace newsdex::search
