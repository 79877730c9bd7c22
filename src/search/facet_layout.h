// Where each facet's values live (value slot, how they are split or cut) and how counted values become a
// ranked Facet: shared by the Xapian match spy (facets.h) and the in-memory facet columns (facet_columns.h).
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <xapian.h>

#include "index/schema.h"
#include "search/query_spec.h"
#include "search/search_result.h"

namespace newsdex::search {

// Facet names accepted by --facet, comma-separated, in the order --help lists them.
std::string facet_names();

struct FacetLayout {
    enum class Kind { list, date_prefix, single };
    std::string name;
    Xapian::valueno slot = 0;
    Kind kind = Kind::list;
    std::size_t prefix_length = 0;  // date facets: 4 year, 6 month, 8 day
    bool calendar = false;          // histogram in calendar order rather than most frequent first
};

// Throws Error(usage) for an unknown facet name.
FacetLayout facet_layout(const std::string& name);

// Calls `add(item)` once for each facet value in one document's slot value: multi-valued slots split,
// dates cut to the facet's prefix, repeats dropped.
template <typename Add>
void for_each_facet_value(const FacetLayout& layout, std::string_view value, Add&& add);

// The counted values as a Facet: the `limit` most frequent (0: all), ties in value order, every facet alike
// (a date facet's biggest months, not its latest). Shown most frequent first, or for calendar facets in
// calendar order. Dates are shown as ISO dates.
Facet ranked_facet(const FacetLayout& layout, std::vector<std::pair<std::string_view, Xapian::doccount>> counts,
                   std::size_t limit);

// Reorders the values a facet shows (--facet-sort): by count (most first, ties in value order) or by value
// (calendar order for dates). `automatic` keeps ranked_facet's order.
void order_facet(Facet& facet, FacetSort sort);

// ---- implementation ----

template <typename Add>
void for_each_facet_value(const FacetLayout& layout, std::string_view value, Add&& add) {
    if (value.empty()) return;
    if (layout.kind == FacetLayout::Kind::single) {
        add(value);
        return;
    }
    if (layout.kind == FacetLayout::Kind::date_prefix) {
        if (value.size() >= layout.prefix_length) add(value.substr(0, layout.prefix_length));
        return;
    }
    // Values are distinct within a document already, except when cut to a year (sorted, so repeats are
    // adjacent).
    std::string_view last;
    std::size_t start = 0;
    while (start <= value.size()) {
        std::size_t end = value.find(schema::value_separator, start);
        if (end == std::string_view::npos) end = value.size();
        std::string_view item = value.substr(start, end - start);
        if (layout.prefix_length > 0 && item.size() > layout.prefix_length) item = item.substr(0, layout.prefix_length);
        if (!item.empty() && item != last) add(item);
        last = item;
        start = end + 1;
    }
}

}  // namespace newsdex::search
