// Candidate lookup through the in-memory LSH band index, then an exact Hamming check on the fingerprints.
#include "index/duplicate_clusters.h"

#include <algorithm>
#include <optional>
#include <set>

#include "index/fingerprint.h"
#include "index/schema.h"

namespace newsdex::index {

DuplicateClusters::DuplicateClusters(const Xapian::Database& db) {
    // Two sequential passes over value streams, far cheaper than reading documents.
    std::unordered_map<Xapian::docid, std::uint64_t> clusters;
    for (auto it = db.valuestream_begin(schema::slot::cluster); it != db.valuestream_end(schema::slot::cluster); ++it) {
        if (auto cluster = decode_fingerprint(*it)) clusters.emplace(it.get_docid(), *cluster);
    }
    const auto slot = schema::slot::fingerprint;
    for (auto it = db.valuestream_begin(slot); it != db.valuestream_end(slot); ++it) {
        std::optional<std::uint64_t> fingerprint = decode_fingerprint(*it);
        auto cluster = clusters.find(it.get_docid());
        if (!fingerprint || cluster == clusters.end()) continue;
        add(it.get_docid(), *fingerprint, cluster->second);
    }
}

void DuplicateClusters::add(Xapian::docid id, std::uint64_t fingerprint, std::uint64_t cluster) {
    if (entries_.size() <= id) entries_.resize(std::max<std::size_t>(id + 1, entries_.size() * 3 / 2));
    Entry& entry = entries_[id];
    bool same_bands = entry.valid && entry.fingerprint == fingerprint;
    entry = Entry{fingerprint, cluster, true};
    if (same_bands) return;
    for (std::uint32_t key : band_keys(fingerprint)) {
        std::vector<Xapian::docid>& list = bands_[key];
        // Ids arrive ascending from the value streams and for new articles; a replaced article keeps its id.
        auto at = std::lower_bound(list.begin(), list.end(), id);
        if (at == list.end() || *at != id) list.insert(at, id);
    }
}

void DuplicateClusters::assign(Xapian::Document& doc, Xapian::docid self) {
    std::optional<std::uint64_t> fingerprint = decode_fingerprint(doc.get_value(schema::slot::fingerprint));
    if (!fingerprint) return;
    std::set<Xapian::docid> candidates;
    for (std::uint32_t key : band_keys(*fingerprint)) {
        auto band = bands_.find(key);
        if (band == bands_.end() || band->second.size() > max_band_candidates) continue;
        for (Xapian::docid id : band->second) {
            if (id != self) candidates.insert(id);
        }
    }
    unsigned best_distance = near_duplicate_distance + 1;
    std::optional<std::uint64_t> best_cluster;
    // Ascending docids: on equal distance the earliest-written article wins.
    for (Xapian::docid id : candidates) {
        const Entry& other = entries_[id];
        if (!other.valid) continue;
        unsigned distance = hamming_distance(*fingerprint, other.fingerprint);
        if (distance < best_distance) {
            best_distance = distance;
            best_cluster = other.cluster;
        }
    }
    if (!best_cluster) {
        doc.add_value(schema::slot::cluster, encode_fingerprint(*fingerprint));
    } else {
        doc.add_value(schema::slot::cluster, encode_fingerprint(*best_cluster));
        ++joined_;
    }
}

void DuplicateClusters::remember(Xapian::docid id, const Xapian::Document& doc) {
    std::optional<std::uint64_t> fingerprint = decode_fingerprint(doc.get_value(schema::slot::fingerprint));
    std::optional<std::uint64_t> cluster = decode_fingerprint(doc.get_value(schema::slot::cluster));
    if (!fingerprint || !cluster) {
        // Replaced by text without words: no longer a candidate.
        if (id < entries_.size()) entries_[id].valid = false;
        return;
    }
    add(id, *fingerprint, *cluster);
}

}  // namespace newsdex::index
