// Near-duplicate clusters, assigned at ingest by the thread that owns the WritableDatabase: an article joins the
// cluster of the closest earlier article whose fingerprint is within near_duplicate_distance, else starts its own.
#pragma once

#include <cstddef>
#include <string>

#include <xapian.h>

namespace newsdex::index {

// A band term shared by more articles than this (boilerplate such as one-line earnings tables) is not followed:
// reading that many candidates per article would make ingest quadratic. Near-duplicates almost always share
// another, rarer band as well.
constexpr Xapian::doccount max_band_candidates = 1000;

class DuplicateClusters {
public:
    // `db` must outlive this object; it is read (including uncommitted changes) but only written by the caller.
    explicit DuplicateClusters(Xapian::WritableDatabase& db) : db_(db) {}

    // Sets schema::slot::cluster of `doc` (which carries a fingerprint from add_fingerprint) before it is written
    // under `unique_term`: the cluster key of the closest earlier article (ties: the lowest document id, i.e. the
    // earliest written), else the document's own fingerprint. Articles are written in input order whatever
    // --threads is, so the assignment is the same for any thread count. Documents without a fingerprint get no
    // cluster key and are never collapsed. Throws Xapian::Error on read failures.
    void assign(Xapian::Document& doc, const std::string& unique_term);

    std::size_t joined() const noexcept { return joined_; }  // articles that joined an existing cluster

private:
    Xapian::WritableDatabase& db_;
    std::size_t joined_ = 0;
};

}  // namespace newsdex::index
