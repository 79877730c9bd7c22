// Near-duplicate clusters, assigned at ingest by the thread that owns the WritableDatabase: an article joins the
// cluster of the closest earlier article whose fingerprint is within near_duplicate_distance, else starts its own.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include <xapian.h>

namespace newsdex::index {

// A band shared by more articles than this (boilerplate such as one-line earnings tables) is not followed:
// reading that many candidates per article would make ingest quadratic. Near-duplicates almost always share
// another, rarer band as well.
constexpr std::size_t max_band_candidates = 1000;

// The fingerprints and cluster keys of the index, with an LSH band index over them, in memory. The band index
// used to be boolean terms in the index (XSH..., four per article, nearly all unique): 2 MB of Reuters-21578's
// 78 MB compacted index and as many extra postings for the writer. Held in memory it costs about 40 bytes per
// article (about 40 MB at a million), loaded once per ingest from the fingerprint and cluster value slots.
class DuplicateClusters {
public:
    // Reads every fingerprint and cluster key `db` holds (including uncommitted changes). Throws Xapian::Error.
    explicit DuplicateClusters(const Xapian::Database& db);

    // Sets schema::slot::cluster of `doc` (which carries a fingerprint from add_fingerprint) before it is written:
    // the cluster key of the closest earlier article (ties: the lowest document id, i.e. the earliest written),
    // else the document's own fingerprint. `self` is the document id of the article's earlier version (0 if
    // none), which is not its own duplicate. Articles are written in input order whatever --threads is, so the
    // assignment is the same for any thread count. Documents without a fingerprint get no cluster key and are
    // never collapsed.
    void assign(Xapian::Document& doc, Xapian::docid self);

    // Records `doc` (as assign left it) under the document id the writer gave it, so later articles see it.
    void remember(Xapian::docid id, const Xapian::Document& doc);

    std::size_t joined() const noexcept { return joined_; }  // articles that joined an existing cluster

private:
    struct Entry {
        std::uint64_t fingerprint = 0;
        std::uint64_t cluster = 0;  // cluster keys are fingerprints (encode_fingerprint), kept as numbers
        bool valid = false;         // false: no fingerprint, never a candidate
    };
    void add(Xapian::docid id, std::uint64_t fingerprint, std::uint64_t cluster);

    std::vector<Entry> entries_;  // by document id (dense: Xapian allocates ids in order, shards interleave)
    // Band key -> documents with that band, ascending. A replaced document may stay listed under its old bands;
    // candidates are checked against their current fingerprint, so a stale entry costs a comparison, no error.
    std::unordered_map<std::uint32_t, std::vector<Xapian::docid>> bands_;
    std::size_t joined_ = 0;
};

}  // namespace newsdex::index
