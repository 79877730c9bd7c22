// Near-duplicate clusters from the in-memory band index: joining, the earliest article winning, replacement,
// and an index re-opened by a later ingest.
#include <catch2/catch.hpp>

#include <cstdint>
#include <string>

#include <xapian.h>

#include "index/duplicate_clusters.h"
#include "index/fingerprint.h"
#include "index/schema.h"

using namespace newsdex;
using namespace newsdex::index;

namespace {

Xapian::Document with_fingerprint(std::uint64_t fingerprint) {
    Xapian::Document doc;
    doc.add_value(schema::slot::fingerprint, encode_fingerprint(fingerprint));
    return doc;
}

// Assigns, writes and remembers one article, as the ingest pipeline does; returns its cluster key.
std::string ingest(Xapian::WritableDatabase& db, DuplicateClusters& clusters, const std::string& id,
                   std::uint64_t fingerprint) {
    Xapian::Document doc = with_fingerprint(fingerprint);
    std::string unique = "Q" + id;
    DocumentKey self = 0;
    if (auto it = db.postlist_begin(unique); it != db.postlist_end(unique)) self = document_key(0, *it);
    clusters.assign(doc, self);
    doc.add_boolean_term(unique);
    clusters.remember(document_key(0, db.replace_document(unique, doc)), doc);
    return doc.get_value(schema::slot::cluster);
}

constexpr std::uint64_t story = 0x0123456789abcdefULL;
constexpr std::uint64_t other_story = ~story;

}  // namespace

TEST_CASE("an article within the distance joins the earliest close article's cluster", "[unit]") {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    DuplicateClusters clusters({db});
    std::string first = ingest(db, clusters, "a", story);
    CHECK(first == encode_fingerprint(story));  // starts its own cluster
    // Three bits apart, one in each of three bands: still found through the fourth.
    std::uint64_t edited = story ^ 0x0001000100010000ULL;
    CHECK(ingest(db, clusters, "b", edited) == first);
    CHECK(ingest(db, clusters, "c", other_story) == encode_fingerprint(other_story));
    // Four bits from "a" (one per band) and seven from "b": beyond near_duplicate_distance of both.
    CHECK(ingest(db, clusters, "d", story ^ 0x1000100010001000ULL) ==
          encode_fingerprint(story ^ 0x1000100010001000ULL));
    CHECK(clusters.joined() == 1);
}

TEST_CASE("a re-ingested article is not its own duplicate, and a later ingest sees the stored clusters", "[unit]") {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    {
        DuplicateClusters clusters({db});
        ingest(db, clusters, "a", story);
        // Article "a" rewritten with other text: its old fingerprint must not pull it back into its old cluster.
        CHECK(ingest(db, clusters, "a", story ^ 1) == encode_fingerprint(story ^ 1));
    }
    db.commit();
    // A new ingest loads fingerprints and clusters from the value slots: "b" finds "a" as it is now.
    DuplicateClusters reopened({db});
    CHECK(ingest(db, reopened, "b", story ^ 3) == encode_fingerprint(story ^ 1));
    CHECK(reopened.joined() == 1);
}

TEST_CASE("an article without a fingerprint gets no cluster and is never a candidate", "[unit]") {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    DuplicateClusters clusters({db});
    Xapian::Document empty;
    clusters.assign(empty, 0);
    CHECK(empty.get_value(schema::slot::cluster).empty());
    clusters.remember(document_key(0, db.add_document(empty)), empty);
    CHECK(ingest(db, clusters, "a", story) == encode_fingerprint(story));
    CHECK(clusters.joined() == 0);
}
