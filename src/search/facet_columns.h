// In-memory facet columns for long-lived processes (`newsdex batch`): each document's facet values as
// small integers, read once from the value slot, so counting a match is a few array increments instead of
// a value read from disk.
//
// Why: a match spy reading value slots costs about a microsecond per matching document and facet (a block
// read per document when matches are sparse), which made three facets several times slower than the ranked
// query. Lucene's doc values and Elasticsearch's global ordinals make the same trade: memory (about 4 bytes
// per document and value) and a one-off load (a sequential read of the slot) for cheap counting. A one-shot
// `newsdex query` would pay the load for one query, so it reads the slots directly (facets.h).
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include <xapian.h>

#include "search/facet_layout.h"

namespace newsdex::search {

class FacetColumn {
public:
    // Reads the facet's whole value slot. Throws Xapian::UnimplementedError for a remote database.
    FacetColumn(const Xapian::Database& db, const FacetLayout& layout);

    std::span<const std::uint32_t> values_of(Xapian::docid did) const {
        if (did + 1 >= starts_.size()) return {};
        return {ids_.data() + starts_[did], ids_.data() + starts_[did + 1]};
    }
    const std::string& value_name(std::uint32_t id) const { return names_[id]; }
    std::size_t distinct_values() const { return names_.size(); }

private:
    std::vector<std::uint32_t> starts_;  // by docid: where its values begin in ids_ (docid 0 unused)
    std::vector<std::uint32_t> ids_;
    std::vector<std::string> names_;
};

// Counts one facet through its column: as a match spy on a single database, or fed the document ids of an
// MSet on a multi-database (a segmented or sharded index). Xapian 1.4 hands a match spy the document with
// its sub-database's id, while the column is indexed by the combined id its value stream gives.
class ColumnFacetCounter : public Xapian::MatchSpy {
public:
    ColumnFacetCounter(const FacetColumn& column, FacetLayout layout);
    void operator()(const Xapian::Document& doc, double weight) override;
    void count(Xapian::docid did);
    Xapian::doccount documents_seen() const { return documents_; }
    Facet result(std::size_t limit) const;

private:
    const FacetColumn& column_;
    FacetLayout layout_;
    std::vector<Xapian::doccount> counts_;  // by value id
    // Value ids counted at least once, so result() reads only those: a person column holds tens of thousands of
    // names, and scanning them all was 12 % of three facets' cost on Reuters (callgrind), whatever the matches.
    std::vector<std::uint32_t> touched_;
    Xapian::doccount documents_ = 0;
};

// The columns a Searcher has loaded, by facet name, indexed by the (combined) document id.
class FacetColumnCache {
public:
    // The facet's column, loaded on first use; null when `db` is or includes a remote database.
    const FacetColumn* get(const Xapian::Database& db, const FacetLayout& layout);
    // Forget every column (after the database was reopened on a newer revision).
    void clear() { columns_.clear(); }

private:
    std::map<std::string, std::unique_ptr<FacetColumn>> columns_;  // null: cannot be loaded
};

}  // namespace newsdex::search
