// Facet values come from value slots (not term lists): one value read per matching document keeps
// exhaustive counting fast enough for a million matches.
#include "search/facets.h"

#include <algorithm>

#include "core/error.h"
#include "index/schema.h"

namespace newsdex::search {

FacetCounter::Layout FacetCounter::layout_of(const std::string& name) {
    namespace slot = schema::slot;
    Layout l;
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

FacetCounter::FacetCounter(const std::string& name) : FacetCounter(name, layout_of(name)) {}

FacetCounter::FacetCounter(const std::string& name, const Layout& layout)
    : Xapian::ValueCountMatchSpy(layout.slot), facet_(name), layout_(layout) {}

namespace {
// "20151215" -> "2015-12-15", "201512" -> "2015-12".
std::string iso_from_compact(const std::string& v) {
    if (v.size() == 8) return v.substr(0, 4) + "-" + v.substr(4, 2) + "-" + v.substr(6, 2);
    if (v.size() == 6) return v.substr(0, 4) + "-" + v.substr(4, 2);
    return v;
}
}  // namespace

Facet FacetCounter::result(std::size_t limit) const {
    // Whole slot values and how many matching documents had each -> facet values.
    std::map<std::string, std::size_t> counts;
    for (auto it = values_begin(); it != values_end(); ++it) {
        const std::string& value = *it;
        std::size_t n = it.get_termfreq();
        if (layout_.kind == Kind::single) {
            counts[value] += n;
            continue;
        }
        if (layout_.kind == Kind::date_prefix) {
            if (value.size() >= layout_.prefix_length) counts[value.substr(0, layout_.prefix_length)] += n;
            continue;
        }
        // Multi-valued: values are distinct within a document already, except when cut to a year (sorted, so
        // repeats are adjacent).
        std::string last;
        std::size_t start = 0;
        while (start <= value.size()) {
            std::size_t end = value.find(schema::value_separator, start);
            if (end == std::string::npos) end = value.size();
            std::string item = value.substr(start, end - start);
            if (layout_.prefix_length > 0 && item.size() > layout_.prefix_length) item.resize(layout_.prefix_length);
            if (!item.empty() && item != last) counts[item] += n;
            last = std::move(item);
            start = end + 1;
        }
    }
    Facet facet;
    facet.name = facet_;
    for (const auto& [value, count] : counts) {
        facet.values.push_back({layout_.kind == Kind::date_prefix ? iso_from_compact(value) : value, count});
    }
    if (layout_.calendar) {
        // Histograms keep calendar order; a limit keeps the most recent buckets.
        if (limit > 0 && facet.values.size() > limit) {
            facet.values.erase(facet.values.begin(),
                               facet.values.end() - static_cast<std::ptrdiff_t>(limit));
        }
        return facet;
    }
    std::stable_sort(facet.values.begin(), facet.values.end(),
                     [](const FacetValue& a, const FacetValue& b) { return a.count > b.count; });
    if (limit > 0 && facet.values.size() > limit) facet.values.resize(limit);
    return facet;
}

}  // namespace newsdex::search
