// Chooses exact or sampled facet counting for a query and runs the counters.
#include "search/facet_counting.h"

#include <algorithm>
#include <memory>

#include "index/sample_terms.h"
#include "search/facet_layout.h"
#include "search/facets.h"

namespace newsdex::search {
namespace {

// The sampling rate for a match set of about `matches`, or 1 to count them all.
unsigned choose_sample_rate(const Xapian::Database& db, const QuerySpec& spec, Xapian::doccount matches,
                            Xapian::doccount upper_bound) {
    if (spec.exact_facets || upper_bound <= spec.facet_exact_bound) return 1;
    unsigned rate = index::first_sample_rate;
    while (rate < index::max_sample_rate && matches / rate > spec.facet_exact_bound) rate *= 4;
    // An index written before sample terms existed (or too small to hold this sample) is counted exactly.
    if (db.get_termfreq(index::sample_term(rate)) == 0) return 1;
    return rate;
}

// One counter per facet: through its in-memory column when there is one (and `use_columns`), else the
// value-slot spy.
struct Counter {
    std::unique_ptr<ColumnFacetCounter> by_column;
    std::unique_ptr<FacetCounter> by_slot;
    Xapian::MatchSpy* spy() const {
        return by_column ? static_cast<Xapian::MatchSpy*>(by_column.get()) : by_slot.get();
    }
    Xapian::doccount seen() const { return by_column ? by_column->documents_seen() : by_slot->documents_seen(); }
    Facet result(std::size_t limit) const { return by_column ? by_column->result(limit) : by_slot->result(limit); }
};

std::vector<Counter> make_counters(const QuerySpec& spec, const std::vector<const FacetColumn*>& loaded,
                                   bool use_columns) {
    std::vector<Counter> counters;
    for (std::size_t i = 0; i < spec.facets.size(); ++i) {
        Counter counter;
        if (use_columns && loaded[i] != nullptr) {
            counter.by_column = std::make_unique<ColumnFacetCounter>(*loaded[i], facet_layout(spec.facets[i]));
        } else {
            counter.by_slot = std::make_unique<FacetCounter>(spec.facets[i]);
        }
        counters.push_back(std::move(counter));
    }
    return counters;
}

Facet result_of(const Counter& counter, std::size_t limit) { return counter.result(limit); }
Facet result_of(const std::unique_ptr<ColumnFacetCounter>& counter, std::size_t limit) {
    return counter->result(limit);
}

// The counters' facets, ordered as asked and scaled up by the sample rate.
template <typename Counters>
void add_results(FacetCounts& counts, const Counters& counters, const QuerySpec& spec) {
    for (const auto& counter : counters) {
        Facet facet = result_of(counter, spec.facet_limit);
        order_facet(facet, spec.facet_sort);
        for (auto& value : facet.values) value.count *= counts.sample_rate;
        counts.facets.push_back(std::move(facet));
    }
}

}  // namespace

RankedPassFacets::RankedPassFacets(const Xapian::Database& db, const QuerySpec& spec, FacetColumnCache* columns)
    : spec_(spec) {
    // Several sub-databases hand a spy their own document ids, which the columns do not use (facet_columns.h);
    // collapsing makes the ranked pass count clusters, not matches.
    if (columns == nullptr || spec.facets.empty() || db.size() != 1 || spec.collapse) return;
    for (const auto& name : spec.facets) {
        FacetLayout layout = facet_layout(name);
        const FacetColumn* column = columns->get(db, layout);
        if (column == nullptr) {
            counters_.clear();
            return;
        }
        counters_.push_back(std::make_unique<ColumnFacetCounter>(*column, std::move(layout)));
    }
}

RankedPassFacets::~RankedPassFacets() = default;

void RankedPassFacets::attach(Xapian::Enquire& enquire) const {
    for (const auto& counter : counters_) enquire.add_matchspy(counter.get());
}

std::optional<FacetCounts> RankedPassFacets::complete(const Xapian::MSet& mset) const {
    if (counters_.empty()) return std::nullopt;
    const Xapian::doccount matches = mset.get_matches_lower_bound();
    if (matches != mset.get_matches_upper_bound() || counters_.front()->documents_seen() != matches) {
        return std::nullopt;
    }
    FacetCounts counts;
    counts.matches_counted = matches;
    add_results(counts, counters_, spec_);
    return counts;
}

FacetCounts count_facets(const Xapian::Database& db, const Xapian::Query& query, const QuerySpec& spec,
                         Xapian::doccount estimated_matches, Xapian::doccount upper_bound, FacetColumnCache* columns) {
    FacetCounts counts;
    counts.sample_rate = choose_sample_rate(db, spec, estimated_matches, upper_bound);
    Xapian::Query counted = query;
    if (counts.sample_rate > 1) {
        counted = Xapian::Query(Xapian::Query::OP_FILTER, query, Xapian::Query(index::sample_term(counts.sample_rate)));
    }
    Xapian::Enquire enquire(db);
    // Weights play no part in counting: BoolWeight spares the matcher computing them.
    enquire.set_query(counted);
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    std::vector<const FacetColumn*> loaded;
    for (const auto& name : spec.facets) {
        loaded.push_back(columns != nullptr ? columns->get(db, facet_layout(name)) : nullptr);
    }
    std::vector<Counter> counters;
    const bool multi = db.size() > 1;
    if (multi && std::all_of(loaded.begin(), loaded.end(), [](auto* c) { return c != nullptr; })) {
        // A multi-database (segments, shards): the columns count the ids of an MSet of every counted match.
        // A sample keeps that MSet small; when the cap is reached, or without a sample over a big match set,
        // the value-slot spies count instead (they see the documents themselves, whatever their id).
        Xapian::doccount cap =
            std::max(2 * (upper_bound / counts.sample_rate), 2 * static_cast<Xapian::doccount>(spec.facet_exact_bound));
        if (cap <= max_mset_counted) {
            Xapian::MSet matches = enquire.get_mset(0, cap);
            if (matches.size() < cap) {
                counters = make_counters(spec, loaded, true);
                for (auto it = matches.begin(); it != matches.end(); ++it) {
                    for (auto& counter : counters) counter.by_column->count(*it);
                }
            }
        }
    }
    if (counters.empty() && !spec.facets.empty()) {
        counters = make_counters(spec, loaded, !multi);
        for (auto& counter : counters) enquire.add_matchspy(counter.spy());
        // No hits are needed, only the spies' view of every (sampled) match.
        enquire.get_mset(0, 0, db.get_doccount());
    }
    if (!counters.empty()) counts.matches_counted = counters.front().seen();
    add_results(counts, counters, spec);
    return counts;
}

}  // namespace newsdex::search
