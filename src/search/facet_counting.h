// Runs the facet counters for a query: over every match when the match set is small (or when asked), else
// over a nested random sample of it (index/sample_terms.h), scaled up and labelled as such by the printers.
//
// Why sample: an exhaustive count must visit every matching document, while the ranked top 10 visits few
// (Xapian skips what cannot enter it). On Reuters-21578 three exhaustive facets made p99 28x that of the
// plain query; a 1-in-n sample keeps the work near `QuerySpec::facet_exact_bound` documents at any size. The
// sample is uniform over the collection (a hash of the id), so histograms over years stay unbiased; a value
// held by c matches is estimated within about 1/sqrt(c/n) relative error.
#pragma once

#include <memory>
#include <optional>
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

// Facet counters that ride on the ranked pass: on a single local database with in-memory columns, that pass
// already looks at every match when there are at most --count-bound of them (check_at_least), so the counters
// it feeds are the exact facets and the second pass is not needed. Most queries are that small (87 % of the
// bench's on Reuters), and for them the second pass was most of what facets cost (callgrind: 80 % of three
// facets' instructions were that pass re-reading the postings). The caller attaches them after any feedback
// pass and just before the ranked get_mset; `spec` and `columns` must outlive this object.
class RankedPassFacets {
public:
    RankedPassFacets(const Xapian::Database& db, const QuerySpec& spec, FacetColumnCache* columns);
    ~RankedPassFacets();
    void attach(Xapian::Enquire& enquire) const;  // does nothing when the counters cannot be used here
    // The exact facets if the ranked pass `mset` saw every match (its bounds meet and the counters saw that many
    // documents), else nullopt: then count_facets runs the second pass as before.
    std::optional<FacetCounts> complete(const Xapian::MSet& mset) const;

private:
    const QuerySpec& spec_;
    std::vector<std::unique_ptr<ColumnFacetCounter>> counters_;  // empty: not usable
};

// `estimated_matches`/`upper_bound`: what the ranking pass said about the match set. With `columns` (a
// long-lived process), facets of a single local database are counted through in-memory columns.
FacetCounts count_facets(const Xapian::Database& db, const Xapian::Query& query, const QuerySpec& spec,
                         Xapian::doccount estimated_matches, Xapian::doccount upper_bound, FacetColumnCache* columns);

}  // namespace newsdex::search
