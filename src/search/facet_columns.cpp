// Loads facet columns from value slots once, and counts a match set through them.
#include "search/facet_columns.h"

#include <unordered_map>

namespace newsdex::search {

FacetColumn::FacetColumn(const Xapian::Database& db, const FacetLayout& layout) {
    starts_.assign(1, 0);
    std::unordered_map<std::string, std::uint32_t> ids_by_name;
    auto id_of = [&](std::string_view name) {
        auto [it, added] = ids_by_name.try_emplace(std::string(name), static_cast<std::uint32_t>(names_.size()));
        if (added) names_.push_back(it->first);
        return it->second;
    };
    // Value streams come in docid order; documents without the value get an empty range.
    for (auto it = db.valuestream_begin(layout.slot); it != db.valuestream_end(layout.slot); ++it) {
        Xapian::docid did = it.get_docid();
        while (starts_.size() <= did) starts_.push_back(static_cast<std::uint32_t>(ids_.size()));
        for_each_facet_value(layout, *it, [&](std::string_view item) { ids_.push_back(id_of(item)); });
    }
    Xapian::docid last = db.get_lastdocid();
    while (starts_.size() <= static_cast<std::size_t>(last) + 1)
        starts_.push_back(static_cast<std::uint32_t>(ids_.size()));
    ids_.shrink_to_fit();
}

ColumnFacetCounter::ColumnFacetCounter(const FacetColumn& column, FacetLayout layout)
    : column_(column), layout_(std::move(layout)), counts_(column.distinct_values(), 0) {}

void ColumnFacetCounter::operator()(const Xapian::Document& doc, double) { count(doc.get_docid()); }

void ColumnFacetCounter::count(Xapian::docid did) {
    ++documents_;
    for (std::uint32_t id : column_.values_of(did)) {
        if (counts_[id]++ == 0) touched_.push_back(id);
    }
}

Facet ColumnFacetCounter::result(std::size_t limit) const {
    std::vector<std::pair<std::string_view, Xapian::doccount>> entries;
    entries.reserve(touched_.size());
    for (std::uint32_t id : touched_) entries.emplace_back(column_.value_name(id), counts_[id]);
    return ranked_facet(layout_, std::move(entries), limit);
}

const FacetColumn* FacetColumnCache::get(const Xapian::Database& db, const FacetLayout& layout) {
    auto it = columns_.find(layout.name);
    if (it == columns_.end()) {
        std::unique_ptr<FacetColumn> column;
        try {
            column = std::make_unique<FacetColumn>(db, layout);
        } catch (const Xapian::UnimplementedError&) {
            // A remote database has no value streams here: count through the match spy.
        }
        it = columns_.emplace(layout.name, std::move(column)).first;
    }
    return it->second.get();
}

}  // namespace newsdex::search
