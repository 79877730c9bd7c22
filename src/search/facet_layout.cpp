// Facet names, their value slots, and the ranking of counted values into what a facet shows.
#include "search/facet_layout.h"

#include <algorithm>

#include "core/error.h"
#include "index/schema.h"

namespace newsdex::search {

namespace {

// Every facet --facet accepts, in the order --help lists them: the one list the parser and the help read.
struct FacetEntry {
    const char* name;
    Xapian::valueno slot;
    FacetLayout::Kind kind;
    std::size_t prefix_length;
    bool calendar;
};

constexpr FacetEntry facet_table[] = {
    {"person", schema::slot::persons, FacetLayout::Kind::list, 0, false},
    {"org", schema::slot::orgs, FacetLayout::Kind::list, 0, false},
    {"place", schema::slot::places, FacetLayout::Kind::list, 0, false},
    {"source", schema::slot::sources, FacetLayout::Kind::list, 0, false},
    {"year", schema::slot::date, FacetLayout::Kind::date_prefix, 4, true},
    {"month", schema::slot::date, FacetLayout::Kind::date_prefix, 6, true},
    {"day", schema::slot::date, FacetLayout::Kind::date_prefix, 8, true},
    // Several categories per article since issue 15 (Reuters topics); one in older indexes.
    {"category", schema::slot::category, FacetLayout::Kind::list, 0, false},
    {"language", schema::slot::language, FacetLayout::Kind::single, 0, false},
    {"mentions.month", schema::slot::mentioned_months, FacetLayout::Kind::list, 0, true},
    {"mentions.year", schema::slot::mentioned_months, FacetLayout::Kind::list, 4, true},
};

}  // namespace

std::string facet_names() {
    std::string names;
    for (const FacetEntry& entry : facet_table) {
        if (!names.empty()) names += ", ";
        names += entry.name;
    }
    return names;
}

FacetLayout facet_layout(const std::string& name) {
    for (const FacetEntry& entry : facet_table) {
        if (name != entry.name) continue;
        FacetLayout layout;
        layout.name = name;
        layout.slot = entry.slot;
        layout.kind = entry.kind;
        layout.prefix_length = entry.prefix_length;
        layout.calendar = entry.calendar;
        return layout;
    }
    throw Error(ErrorKind::usage, "unknown facet '" + name + "' (choose from " + facet_names() + ")");
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
