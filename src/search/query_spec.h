// What the user asked for, as plain data: filled by the CLI or a batch line, read by the searcher.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace newsdex::search {

enum class SortOrder { relevance, date_ascending, date_descending };

// How the values a facet shows are ordered; which values are shown (the top N by count) never depends on it.
// automatic: by count, except date facets, which read as a histogram in calendar order.
enum class FacetSort { automatic, count, value };

// Match counts are exact up to this many matches (Xapian's check_at_least), bounds above it. Chosen by
// measurement: docs/performance.md, "Exact counts and exact facets".
constexpr std::size_t default_count_bound = 2000;

// Facets are counted over every match up to this many matches; above it over the smallest nested sample
// (1 in 4, 16, ...) holding at most about this many, so a sampled count costs no more than the largest exact
// one, and the output marks every sampled number. Chosen by measurement: docs/performance.md, "Exact counts and
// exact facets".
constexpr std::size_t default_facet_exact_bound = 25000;

// Proximity boost of plain multi-word queries (search/proximity.h): neighbouring query words within this many
// positions add their weight times this factor. Chosen by scripts/tune-ranking (docs/quality.md, "Choosing the
// defaults").
constexpr double default_proximity_weight = 0;
constexpr unsigned default_proximity_window = 8;
// Headline field weight (search/headline_boost.h): the query's free-text words as headline (S) terms, weighted on
// their own and scaled by this factor, boost what the query matched (0: off). Off by default: the best setting over
// all six collections (0.1, with IneB2 c 5.5) lowers AG News and slows queries (docs/quality.md, "Headline weight").
constexpr double default_headline_weight = 0;
// Stop words are dropped only from queries of at least this many words (search/stopwords.h). In a short query
// every word was typed on purpose ("few americans", "hang while"); long questions are where "of" and "which" pull
// in every document. Chosen with scripts/tune-ranking over the news known-item set and the five dev collections
// (docs/quality.md, issue 15): 1 drops them from every query, as before.
constexpr std::size_t default_stopword_min_words = 5;

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
    std::vector<std::string> facets;  // facet names (see facet_names())
    std::size_t facet_limit = 10;
    FacetSort facet_sort = FacetSort::automatic;
    std::size_t count_bound = default_count_bound;  // 0: Xapian's estimate only (bench comparison)
    std::size_t facet_exact_bound = default_facet_exact_bound;
    bool exact_facets = false;  // count facets over every match, never a sample (search/facet_counting.h)
    SortOrder sort = SortOrder::relevance;
    bool snippets = true;
    bool auto_correct = false;
    bool collapse = false;
    // Rank by BM25 with these k1, b instead of the default IneB2 (search/weighting.h, docs/quality.md).
    std::optional<std::pair<double, double>> bm25;
    // BM25 length normalisation floor: documents shorter than this fraction of the average length are normalised
    // as if that long (default: search/weighting.cpp); setting it also selects BM25.
    std::optional<double> bm25_min_normlen;
    // Another of Xapian's weighting schemes instead of the default, with its parameters ("dph",
    // "bm25+:1.2,0.35,1"): search/weighting.h. Empty: IneB2, or BM25 when bm25 or bm25_min_normlen is set. An
    // engineering knob (`batch --weighting`) for scripts/tune-ranking.
    std::string weighting;
    // Speed and ranking knobs (batch, bench, eval-ranking); see docs/quality.md "Ranking".
    bool suggest = true;    // compute a "did you mean" suggestion
    bool ids_only = false;  // hits carry only id, rank and score (no document parsing)
    bool stopwords = true;  // drop English stop words from free-text queries (search/stopwords.h) ...
    std::size_t stopword_min_words = default_stopword_min_words;  // ... of at least this many words
    std::size_t expand_terms = 0;    // pseudo-relevance feedback: terms added from the top hits (0 = off)
    std::size_t feedback_docs = 10;  // top hits pseudo-relevance feedback reads
    double proximity_weight = default_proximity_weight;  // 0: no proximity boost
    unsigned proximity_window = default_proximity_window;
    double headline_weight = default_headline_weight;  // 0: no separate headline field weight
    // Wall-clock limit of the ranking pass in seconds (0 = none; Xapian's Enquire::set_time_limit): past it the
    // hits are the best found so far. The server sets it so one slow query cannot hold a search thread for long.
    double time_limit_seconds = 0;
};

}  // namespace newsdex::search
