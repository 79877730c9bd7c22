// Facet counting over the whole match set with Xapian MatchSpies reading the schema's value slots.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include <xapian.h>

#include "search/search_result.h"

namespace newsdex::search {

// Facet names accepted by --facet, in the order --help lists them.
constexpr const char* facet_names = "person, org, place, source, year, month, day, category, language, "
                                    "mentions.month, mentions.year";

// Counts each distinct value once per matching document. Date facets keep calendar order.
//
// It is a Xapian::ValueCountMatchSpy on the facet's slot (counting whole slot values) and splits multi-valued
// slots and cuts dates to years or months only in result(). Deriving from Xapian's own spy is what makes facets
// work over the remote backend with a stock xapian-tcpsrv: the server rebuilds the spy from name() and
// serialise() through its Xapian::Registry, which knows Xapian's spies but not newsdex's, and the client
// merges the per-shard counts with merge_results(). Per-document results are the same as counting the split
// values directly, since each joined value is counted once per document.
class FacetCounter : public Xapian::ValueCountMatchSpy {
public:
    // Throws Error(usage) for an unknown facet name.
    explicit FacetCounter(const std::string& name);

    Facet result(std::size_t limit) const;

private:
    enum class Kind { list, date_prefix, single };
    struct Layout {
        Xapian::valueno slot = 0;
        Kind kind = Kind::list;
        std::size_t prefix_length = 0;  // date facets: 4 year, 6 month, 8 day
        bool calendar = false;
    };
    static Layout layout_of(const std::string& name);  // throws Error(usage)
    FacetCounter(const std::string& name, const Layout& layout);

    std::string facet_;
    Layout layout_;
};

}  // namespace newsdex::search
