#include "search/facet_counting.h"

#include <memory>

#include "index/sample_terms.h"
#include "search/facet_layout.h"
#include "search/facets.h"

namespace newsdex::search {
namespace {

// The sampling rate for a match set of about `matches`, or 1 to count them all.
unsigned choose_sample_rate(const Xapian::Database& db, const QuerySpec& spec, Xapian::doccount matches,
                            Xapian::doccount upper_bound) {
    if (spec.exact_facets || upper_bound <= facet_sample_size) return 1;
    unsigned rate = index::first_sample_rate;
    while (rate < index::max_sample_rate && matches / rate > facet_sample_size) rate *= 4;
    // An index written before sample terms existed (or too small to hold this sample) is counted exactly.
    if (db.get_termfreq(index::sample_term(rate)) == 0) return 1;
    return rate;
}

}  // namespace

FacetCounts count_facets(const Xapian::Database& db, const Xapian::Query& query, const QuerySpec& spec,
                         Xapian::doccount estimated_matches, Xapian::doccount upper_bound,
                         FacetColumnCache* columns) {
    FacetCounts counts;
    counts.sample_rate = choose_sample_rate(db, spec, estimated_matches, upper_bound);
    Xapian::Query counted = query;
    if (counts.sample_rate > 1) {
        counted = Xapian::Query(Xapian::Query::OP_FILTER, query,
                                Xapian::Query(index::sample_term(counts.sample_rate)));
    }
    Xapian::Enquire enquire(db);
    // Weights play no part in counting: BoolWeight spares the matcher computing them.
    enquire.set_query(counted);
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    // One counter per facet: through its in-memory column when there is one, else the value-slot spy.
    struct Counter {
        std::unique_ptr<ColumnFacetCounter> by_column;
        std::unique_ptr<FacetCounter> by_slot;
        Xapian::MatchSpy* spy() const {
            return by_column ? static_cast<Xapian::MatchSpy*>(by_column.get()) : by_slot.get();
        }
        Xapian::doccount seen() const { return by_column ? by_column->documents_seen() : by_slot->documents_seen(); }
        Facet result(std::size_t limit) const { return by_column ? by_column->result(limit) : by_slot->result(limit); }
    };
    std::vector<Counter> counters;
    for (const auto& name : spec.facets) {
        Counter counter;
        FacetLayout layout = facet_layout(name);
        if (const FacetColumn* column = columns != nullptr ? columns->get(db, layout) : nullptr) {
            counter.by_column = std::make_unique<ColumnFacetCounter>(*column, std::move(layout));
        } else {
            counter.by_slot = std::make_unique<FacetCounter>(name);
        }
        enquire.add_matchspy(counter.spy());
        counters.push_back(std::move(counter));
    }
    // No hits are needed, only the spies' view of every (sampled) match.
    enquire.get_mset(0, 0, db.get_doccount());
    if (!counters.empty()) counts.matches_counted = counters.front().seen();
    for (const auto& counter : counters) {
        Facet facet = counter.result(spec.facet_limit);
        for (auto& value : facet.values) value.count *= counts.sample_rate;
        counts.facets.push_back(std::move(facet));
    }
    return counts;
}

}  // namespace newsdex::search
