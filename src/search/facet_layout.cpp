#include "search/facet_layout.h"

#include <algorithm>

#include "core/error.h"
#include "index/schema.h"

namespace newsdex::search {

FacetLayout facet_layout(const std::string& name) {
    namespace slot = schema::slot;
    using Kind = FacetLayout::Kind;
    FacetLayout l;
    l.name = name;
    if (name == "person") {
        l.slot = slot::persons;
    } else if (name == "org") {
        l.slot = slot::orgs;
    } else if (name == "place") {
        l.slot = slot::places;
    } else if (name == "source") {
        l.slot = slot::sources;
    } else if (name == "category") {
        l.slot = slot::category;
        l.kind = Kind::single;
    } else if (name == "language") {
        l.slot = slot::language;
        l.kind = Kind::single;
    } else if (name == "year" || name == "month" || name == "day") {
        l.slot = slot::date;
        l.kind = Kind::date_prefix;
        l.prefix_length = name == "year" ? 4 : name == "month" ? 6 : 8;
        l.calendar = true;
    } else if (name == "mentions.month") {
        l.slot = slot::mentioned_months;
        l.calendar = true;
    } else if (name == "mentions.year") {
        l.slot = slot::mentioned_months;
        l.prefix_length = 4;
        l.calendar = true;
    } else {
        throw Error(ErrorKind::usage, "unknown facet '" + name + "' (choose from " + facet_names + ")");
    }
    return l;
}

namespace {
// "20151215" -> "2015-12-15", "201512" -> "2015-12".
std::string iso_from_compact(std::string_view v) {
    std::string s(v);
    if (v.size() == 8) return s.substr(0, 4) + "-" + s.substr(4, 2) + "-" + s.substr(6, 2);
    if (v.size() == 6) return s.substr(0, 4) + "-" + s.substr(4, 2);
    return s;
}
}  // namespace

Facet ranked_facet(const FacetLayout& layout, std::vector<std::pair<std::string_view, Xapian::doccount>> counts,
                   std::size_t limit) {
    using Entry = std::pair<std::string_view, Xapian::doccount>;
    std::size_t keep = limit > 0 ? std::min(limit, counts.size()) : counts.size();
    // The values shown are the most frequent, ties in value order, for every facet; only the kept ones need
    // sorting.
    auto by_count = [](const Entry& a, const Entry& b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    };
    std::partial_sort(counts.begin(), counts.begin() + static_cast<std::ptrdiff_t>(keep), counts.end(), by_count);
    counts.resize(keep);
    Facet facet;
    facet.name = layout.name;
    facet.values.reserve(counts.size());
    bool dates = layout.kind == FacetLayout::Kind::date_prefix;
    for (const auto& [value, count] : counts)
        facet.values.push_back({dates ? iso_from_compact(value) : std::string(value), count});
    // Histograms read in calendar order (ISO dates sort as strings).
    if (layout.calendar) order_facet(facet, FacetSort::value);
    return facet;
}

void order_facet(Facet& facet, FacetSort sort) {
    auto& v = facet.values;
    if (sort == FacetSort::value) {
        std::sort(v.begin(), v.end(), [](const FacetValue& a, const FacetValue& b) { return a.value < b.value; });
    } else if (sort == FacetSort::count) {
        std::sort(v.begin(), v.end(), [](const FacetValue& a, const FacetValue& b) {
            return a.count != b.count ? a.count > b.count : a.value < b.value;
        });
    }
}

}  // namespace newsdex::search
