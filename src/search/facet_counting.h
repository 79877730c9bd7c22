// Runs the facet counters for a query: over every match when the match set is small (or when asked), else
// over a nested random sample of it (index/sample_terms.h), scaled up and labelled as such by the printers.
//
// Why sample: an exhaustive count must visit every matching document, while the ranked top 10 visits few
// (Xapian skips what cannot enter it). On Reuters-21578 three exhaustive facets made p99 28x that of the
// plain query; a 1-in-n sample keeps the work near `QuerySpec::facet_exact_bound` documents at any size. The
// sample is uniform over the collection (a hash of the id), so histograms over years stay unbiased; a value
// held by c matches is estimated within about 1/sqrt(c/n) relative error.
#pragma once

#include <vector>

#include <xapian.h>

#include "search/facet_columns.h"
#include "search/query_spec.h"
#include "search/search_result.h"

namespace newsdex::search {

// On a multi-database, in-memory columns count from an MSet holding every counted match; above this many
// possible matches (exact facets over a big match set) the value-slot spies count instead.
constexpr Xapian::doccount max_mset_counted = 200000;

struct FacetCounts {
    std::vector<Facet> facets;
    unsigned sample_rate = 1;              // 1: exact; n: counted in the 1-in-n sample and multiplied by n
    Xapian::doccount matches_counted = 0;  // matches the counters saw (in the sample, when sampled)
};

// `estimated_matches`/`upper_bound`: what the ranking pass said about the match set. With `columns` (a
// long-lived process), facets of a single local database are counted through in-memory columns.
FacetCounts count_facets(const Xapian::Database& db, const Xapian::Query& query, const QuerySpec& spec,
                         Xapian::doccount estimated_matches, Xapian::doccount upper_bound, FacetColumnCache* columns);

}  // namespace newsdex::search
