// Facet values come from value slots (not term lists): one value read per matching document keeps
// exhaustive counting fast enough for a million matches.
#include "search/facets.h"

#include <algorithm>

#include "core/error.h"
#include "index/schema.h"

namespace newsdex::search {

FacetCounter::FacetCounter(const std::string& name) : facet_(name) {
    namespace slot = schema::slot;
    if (name == "person") {
        slot_ = slot::persons;
    } else if (name == "org") {
        slot_ = slot::orgs;
    } else if (name == "place") {
        slot_ = slot::places;
    } else if (name == "source") {
        slot_ = slot::sources;
    } else if (name == "category") {
        slot_ = slot::category;
        kind_ = Kind::single;
    } else if (name == "language") {
        slot_ = slot::language;
        kind_ = Kind::single;
    } else if (name == "year" || name == "month" || name == "day") {
        slot_ = slot::date;
        kind_ = Kind::date_prefix;
        prefix_length_ = name == "year" ? 4 : name == "month" ? 6 : 8;
        calendar_ = true;
    } else if (name == "mentions.month") {
        slot_ = slot::mentioned_months;
        calendar_ = true;
    } else if (name == "mentions.year") {
        slot_ = slot::mentioned_months;
        prefix_length_ = 4;
        calendar_ = true;
    } else {
        throw Error(ErrorKind::usage, "unknown facet '" + name + "' (choose from " + facet_names + ")");
    }
}

void FacetCounter::operator()(const Xapian::Document& doc, double) {
    std::string value = doc.get_value(slot_);
    if (value.empty()) return;
    if (kind_ == Kind::single) {
        ++counts_[value];
        return;
    }
    if (kind_ == Kind::date_prefix) {
        if (value.size() >= prefix_length_) ++counts_[value.substr(0, prefix_length_)];
        return;
    }
    // Multi-valued: values are distinct within a document already, except when cut to a year.
    std::string last;
    std::size_t start = 0;
    while (start <= value.size()) {
        std::size_t end = value.find(schema::value_separator, start);
        if (end == std::string::npos) end = value.size();
        std::string item = value.substr(start, end - start);
        if (prefix_length_ > 0 && item.size() > prefix_length_) item.resize(prefix_length_);
        if (!item.empty() && item != last) ++counts_[item];
        last = std::move(item);
        start = end + 1;
    }
}

namespace {
// "20151215" -> "2015-12-15", "201512" -> "2015-12".
std::string iso_from_compact(const std::string& v) {
    if (v.size() == 8) return v.substr(0, 4) + "-" + v.substr(4, 2) + "-" + v.substr(6, 2);
    if (v.size() == 6) return v.substr(0, 4) + "-" + v.substr(4, 2);
    return v;
}
}  // namespace

Facet FacetCounter::result(std::size_t limit) const {
    Facet facet;
    facet.name = facet_;
    for (const auto& [value, count] : counts_) {
        facet.values.push_back({kind_ == Kind::date_prefix ? iso_from_compact(value) : value, count});
    }
    if (calendar_) {
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
