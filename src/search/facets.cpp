// Facet values come from value slots (not term lists): one value read per matching document and facet.
#include "search/facets.h"

namespace newsdex::search {

FacetCounter::FacetCounter(const std::string& name) : FacetCounter(facet_layout(name)) {}

FacetCounter::FacetCounter(FacetLayout layout) : Xapian::ValueCountMatchSpy(layout.slot), layout_(std::move(layout)) {}

void FacetCounter::count(std::string_view slot_value, Xapian::doccount n, Counts& counts) const {
    for_each_facet_value(layout_, slot_value, [&](std::string_view item) {
        auto it = counts.find(item);
        if (it == counts.end()) {
            counts.emplace(std::string(item), n);
        } else {
            it->second += n;
        }
    });
}

void FacetCounter::operator()(const Xapian::Document& doc, double) {
    ++local_documents_;
    count(doc.get_value(layout_.slot), 1, local_counts_);
}

Facet FacetCounter::result(std::size_t limit) const {
    // Local counts, plus whole slot values counted by remote shards (merged into the base class).
    const Counts* counts = &local_counts_;
    Counts merged;
    if (get_total() > 0) {
        merged = local_counts_;
        for (auto it = values_begin(); it != values_end(); ++it) count(*it, it.get_termfreq(), merged);
        counts = &merged;
    }
    std::vector<std::pair<std::string_view, Xapian::doccount>> entries(counts->begin(), counts->end());
    return ranked_facet(layout_, std::move(entries), limit);
}

}  // namespace newsdex::search
