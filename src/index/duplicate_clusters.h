// Near-duplicate clusters, assigned at ingest by the thread that owns the WritableDatabase: an article joins the
// cluster of the closest earlier article whose fingerprint is within near_duplicate_distance, else starts its own.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include <xapian.h>

#include "index/sharded_writer.h"

namespace newsdex::index {

// A band shared by more articles than this (boilerplate such as one-line earnings tables) is not followed:
// reading that many candidates per article would make ingest quadratic. Near-duplicates almost always share
// another, rarer band as well.
constexpr std::size_t max_band_candidates = 1000;

// The fingerprints and cluster keys of the index, with an LSH band index over them, in memory. The band index
// used to be boolean terms in the index (XSH..., four per article, nearly all unique): 2 MB of Reuters-21578's
// 78 MB compacted index and as many extra postings for the writer. Held in memory it costs about 40 bytes per
// article (about 60 MB at a million), loaded once per ingest from the fingerprint and cluster value slots.
class DuplicateClusters {
public:
    // Reads every fingerprint and cluster key the parts hold (including uncommitted changes); part i is part i
    // of the document keys. Throws Xapian::Error.
    explicit DuplicateClusters(const std::vector<Xapian::Database>& parts);

    // Sets schema::slot::cluster of `doc` (which carries a fingerprint from add_fingerprint) before it is written:
    // the cluster key of the closest earlier article (ties: the lowest document key, i.e. the earliest written
    // in a plain or segmented index), else the document's own fingerprint. `self` is the key of the article's
    // earlier version (0 if none), which is not its own duplicate. Articles are written in input order whatever --threads is, so the
    // assignment is the same for any thread count. Documents without a fingerprint get no cluster key and are
    // never collapsed.
    void assign(Xapian::Document& doc, DocumentKey self);

    // Records `doc` (as assign left it) under the key the writer gave it, so later articles see it.
    void remember(DocumentKey key, const Xapian::Document& doc);

    std::size_t joined() const noexcept { return joined_; }  // articles that joined an existing cluster

private:
    struct Entry {
        std::uint64_t fingerprint = 0;
        std::uint64_t cluster = 0;  // cluster keys are fingerprints (encode_fingerprint), kept as numbers
        bool valid = false;         // false: no fingerprint, never a candidate
    };
    void add(DocumentKey key, std::uint64_t fingerprint, std::uint64_t cluster);
    Entry* entry(DocumentKey key);

    std::vector<std::vector<Entry>> entries_;  // [part][document id]: Xapian allocates ids densely, in order
    // Band key -> documents with that band, ascending. A replaced document may stay listed under its old bands;
    // candidates are checked against their current fingerprint, so a stale entry costs a comparison, no error.
    std::unordered_map<std::uint32_t, std::vector<DocumentKey>> bands_;
    std::size_t joined_ = 0;
};

}  // namespace newsdex::index
