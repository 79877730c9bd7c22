// Facet counting with a Xapian MatchSpy reading the schema's value slots.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>

#include <xapian.h>

#include "search/facet_layout.h"
#include "search/search_result.h"

namespace newsdex::search {

// Counts each distinct value once per matching document.
//
// It is a Xapian::ValueCountMatchSpy on the facet's slot, and that is what makes facets work over the remote
// backend with a stock xapian-tcpsrv: the server rebuilds the spy from name() and serialise() through its
// Xapian::Registry, which knows Xapian's spies but not newsdex's, counts whole slot values there, and the
// client merges them with merge_results() into the base class. Local documents do not go through the base
// class: operator() splits multi-valued slots and cuts dates while counting, into a hash table, which is
// several times faster than Xapian's std::map of whole joined values followed by splitting. result() adds
// the two together.
class FacetCounter : public Xapian::ValueCountMatchSpy {
public:
    // Throws Error(usage) for an unknown facet name.
    explicit FacetCounter(const std::string& name);

    void operator()(const Xapian::Document& doc, double weight) override;

    // Matching documents counted, locally and on remote shards.
    Xapian::doccount documents_seen() const { return local_documents_ + static_cast<Xapian::doccount>(get_total()); }

    Facet result(std::size_t limit) const;

private:
    // Lets the table be probed with a string_view, so counting a value allocates only when it is new.
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const noexcept { return std::hash<std::string_view>{}(text); }
    };
    using Counts = std::unordered_map<std::string, Xapian::doccount, Hash, std::equal_to<>>;

    explicit FacetCounter(FacetLayout layout);
    void count(std::string_view slot_value, Xapian::doccount n, Counts& counts) const;

    FacetLayout layout_;
    Counts local_counts_;
    Xapian::doccount local_documents_ = 0;
};

}  // namespace newsdex::search
