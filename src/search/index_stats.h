// What an index holds: document and term counts, date range, size on disk, schema, and top facet values.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include <xapian.h>

#include "search/search_result.h"

namespace newsdex::search {

// Facets `newsdex stats` summarises, in print order.
constexpr const char* stats_facets[] = {"person", "org", "place", "source", "category", "language", "year"};

struct IndexStats {
    Xapian::doccount documents = 0;
    Xapian::termcount words = 0;    // distinct unprefixed terms: the plain (unstemmed) words of the text
    Xapian::termcount terms = 0;    // distinct terms of every kind (stemmed, fields, filters included)
    std::string first_date;         // YYYY-MM-DD of the oldest publication date, "" when none is dated
    std::string last_date;          // newest
    Xapian::doccount undated = 0;   // articles with the XNODATE term
    std::uintmax_t size_bytes = 0;  // files under the index directories
    std::string schema_version;     // metadata, "" when absent
    std::string stemmer;            // metadata, "" when absent
    // Snowball stemmers of the articles' Z terms, the index's first (metadata::stemmers, schema 5); an index
    // without the key (schema 4, ingest --stemming index) stems every article one way: {stemmer}.
    std::vector<std::string> stemmers;
    bool stems_by_language = false;  // metadata::stemmers present: each article with its language's stemmer
    std::string stored_text;         // metadata: "full" or "none" (ingest --store); "" when absent (full)
    std::size_t clusters = 0;        // near-duplicate clusters with more than one article
    Xapian::doccount clustered = 0;  // articles in those clusters
    std::vector<Facet> facets;       // stats_facets, each cut to the facet limit (0 = all)
};

// Reads everything in one pass over the documents (facets and dates) plus one over the term list. `locations`
// are the --index paths, for the size on disk. Throws Error(index) on Xapian failures.
IndexStats collect_stats(const Xapian::Database& db, const std::vector<std::string>& locations,
                         std::size_t facet_limit);

}  // namespace newsdex::search
