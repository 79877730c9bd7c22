// Candidate lookup through the LSH band terms, then an exact Hamming check on the stored fingerprints.
#include "index/duplicate_clusters.h"

#include <optional>
#include <set>

#include "index/fingerprint.h"
#include "index/schema.h"

namespace newsdex::index {

void DuplicateClusters::assign(Xapian::Document& doc, const std::string& unique_term) {
    std::optional<std::uint64_t> fingerprint = decode_fingerprint(doc.get_value(schema::slot::fingerprint));
    if (!fingerprint) return;

    // The article's own earlier version (a re-ingest of changed text) is not its own duplicate.
    Xapian::docid self = 0;
    if (Xapian::PostingIterator it = db_.postlist_begin(unique_term); it != db_.postlist_end(unique_term)) {
        self = *it;
    }
    std::set<Xapian::docid> candidates;
    for (const auto& term : band_terms(*fingerprint)) {
        if (db_.get_termfreq(term) > max_band_candidates) continue;
        for (auto it = db_.postlist_begin(term); it != db_.postlist_end(term); ++it) {
            if (*it != self) candidates.insert(*it);
        }
    }
    unsigned best_distance = near_duplicate_distance + 1;
    std::string best_cluster;
    // Ascending docids: on equal distance the earliest-written article wins.
    for (Xapian::docid id : candidates) {
        Xapian::Document other = db_.get_document(id, Xapian::DOC_ASSUME_VALID);
        std::optional<std::uint64_t> theirs = decode_fingerprint(other.get_value(schema::slot::fingerprint));
        if (!theirs) continue;
        unsigned distance = hamming_distance(*fingerprint, *theirs);
        if (distance < best_distance) {
            std::string cluster = other.get_value(schema::slot::cluster);
            if (cluster.empty()) continue;
            best_distance = distance;
            best_cluster = std::move(cluster);
        }
    }
    if (best_cluster.empty()) {
        doc.add_value(schema::slot::cluster, encode_fingerprint(*fingerprint));
    } else {
        doc.add_value(schema::slot::cluster, best_cluster);
        ++joined_;
    }
}

}  // namespace newsdex::index
