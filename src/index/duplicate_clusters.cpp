// Candidate lookup through the in-memory LSH band index, then an exact Hamming check on the fingerprints.
#include "index/duplicate_clusters.h"

#include <algorithm>
#include <optional>
#include <set>

#include "index/fingerprint.h"
#include "index/schema.h"

namespace newsdex::index {

DuplicateClusters::DuplicateClusters(const std::vector<Xapian::Database>& parts) {
    for (unsigned part = 0; part < parts.size(); ++part) {
        const Xapian::Database& db = parts[part];
        // Two sequential passes over value streams, far cheaper than reading documents.
        std::unordered_map<Xapian::docid, std::uint64_t> clusters;
        const auto cluster_slot = schema::slot::cluster;
        for (auto it = db.valuestream_begin(cluster_slot); it != db.valuestream_end(cluster_slot); ++it) {
            if (auto cluster = decode_fingerprint(*it)) clusters.emplace(it.get_docid(), *cluster);
        }
        const auto slot = schema::slot::fingerprint;
        for (auto it = db.valuestream_begin(slot); it != db.valuestream_end(slot); ++it) {
            std::optional<std::uint64_t> fingerprint = decode_fingerprint(*it);
            auto cluster = clusters.find(it.get_docid());
            if (!fingerprint || cluster == clusters.end()) continue;
            add(document_key(part, it.get_docid()), *fingerprint, cluster->second);
        }
    }
}

DuplicateClusters::Entry* DuplicateClusters::entry(DocumentKey key) {
    auto part = static_cast<std::size_t>(key >> 32);
    auto id = static_cast<std::size_t>(key & 0xffffffffU);
    if (part >= entries_.size() || id >= entries_[part].size()) return nullptr;
    return &entries_[part][id];
}

void DuplicateClusters::add(DocumentKey key, std::uint64_t fingerprint, std::uint64_t cluster) {
    auto part = static_cast<std::size_t>(key >> 32);
    auto id = static_cast<std::size_t>(key & 0xffffffffU);
    if (entries_.size() <= part) entries_.resize(part + 1);
    std::vector<Entry>& entries = entries_[part];
    if (entries.size() <= id) entries.resize(std::max<std::size_t>(id + 1, entries.size() * 3 / 2));
    Entry& entry = entries[id];
    bool same_bands = entry.valid && entry.fingerprint == fingerprint;
    entry = Entry{fingerprint, cluster, true};
    if (same_bands) return;
    for (std::uint32_t band : band_keys(fingerprint)) {
        std::vector<DocumentKey>& list = bands_[band];
        // Keys arrive ascending from the value streams and for new articles; a replaced article keeps its key.
        auto at = std::lower_bound(list.begin(), list.end(), key);
        if (at == list.end() || *at != key) list.insert(at, key);
    }
}

void DuplicateClusters::assign(Xapian::Document& doc, DocumentKey self) {
    std::optional<std::uint64_t> fingerprint = decode_fingerprint(doc.get_value(schema::slot::fingerprint));
    if (!fingerprint) return;
    std::set<DocumentKey> candidates;
    for (std::uint32_t band_key : band_keys(*fingerprint)) {
        auto band = bands_.find(band_key);
        if (band == bands_.end() || band->second.size() > max_band_candidates) continue;
        for (DocumentKey key : band->second) {
            if (key != self) candidates.insert(key);
        }
    }
    unsigned best_distance = near_duplicate_distance + 1;
    std::optional<std::uint64_t> best_cluster;
    // Ascending keys: on equal distance the earliest-written article wins.
    for (DocumentKey key : candidates) {
        const Entry& other = *entry(key);
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

void DuplicateClusters::remember(DocumentKey key, const Xapian::Document& doc) {
    std::optional<std::uint64_t> fingerprint = decode_fingerprint(doc.get_value(schema::slot::fingerprint));
    std::optional<std::uint64_t> cluster = decode_fingerprint(doc.get_value(schema::slot::cluster));
    if (!fingerprint || !cluster) {
        // Replaced by text without words: no longer a candidate.
        if (Entry* old = entry(key)) old->valid = false;
        return;
    }
    add(key, *fingerprint, *cluster);
}

}  // namespace newsdex::index
