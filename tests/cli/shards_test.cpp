// Issue 6: `ingest --shards 2 --threads 2` writes the same documents, terms and values as one shard on one
// thread; the stub makes the shards one database; `compact` merges them back into one.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include <xapian.h>

#include "support/cli_harness.h"
#include "support/index_dump.h"

namespace newsdex::test {
namespace {

std::string read_file(const std::string& path) {
    std::ifstream in(path);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

}  // namespace

TEST_CASE("sharded ingest (--shards 2, --threads 2) writes the same documents, terms and values as one shard",
          "[integration]") {
    TempDir dir;
    std::string corpus = (source_dir() / "corpus").string();
    RunResult one = run_newsdex({"ingest", corpus, "--index", dir / "one", "--threads", "1", "--quiet"});
    RunResult two =
        run_newsdex({"ingest", corpus, "--index", dir / "two", "--threads", "2", "--shards", "2", "--quiet"});
    INFO(one.err << two.err);
    REQUIRE(one.exit_code <= 1);
    REQUIRE(two.exit_code == one.exit_code);

    CHECK(read_file(dir / "two/XAPIANDB").find("auto shard0\nauto shard1\n") != std::string::npos);
    Xapian::Database single(dir / "one");
    Xapian::Database sharded(dir / "two");  // the directory's stub file joins the shards
    REQUIRE(single.get_doccount() > 10);
    CHECK(Xapian::Database(dir / "two/shard0").get_doccount() > 0);
    CHECK(Xapian::Database(dir / "two/shard1").get_doccount() > 0);
    CHECK(sharded.get_doccount() == single.get_doccount());
    CHECK(dump(sharded) == dump(single));

    SECTION("re-ingest keeps the shard count and routes every article to its shard") {
        RunResult again = run_newsdex({"ingest", corpus, "--index", dir / "two", "--threads", "2"});
        INFO(again.err);
        CHECK(again.out.find("added 0, updated 0, unchanged " + std::to_string(single.get_doccount())) == 0);
        RunResult wrong = run_newsdex({"ingest", corpus, "--index", dir / "two", "--shards", "3"});
        CHECK(wrong.exit_code == 2);
        CHECK(wrong.err.find("index has 2 shards") != std::string::npos);
    }
    SECTION("queries see one index") {
        RunResult a = run_newsdex({"query", "--index", dir / "one", "--format", "json", "--limit", "50", "kerry"});
        RunResult b = run_newsdex({"query", "--index", dir / "two", "--format", "json", "--limit", "50", "kerry"});
        REQUIRE(a.exit_code == 0);
        CHECK(b.exit_code == 0);
        CHECK(b.out.find("\"total\":") != std::string::npos);
    }
    SECTION("compact merges the shards into one database with the same documents") {
        RunResult c = run_newsdex({"compact", "--index", dir / "two", "--output", dir / "merged"});
        INFO(c.err);
        REQUIRE(c.exit_code == 0);
        Xapian::Database merged(dir / "merged");
        CHECK(merged.size() == 1);
        CHECK(dump(merged) == dump(single));
        RunResult in_place = run_newsdex({"compact", "--index", dir / "two", "--quiet"});
        REQUIRE(in_place.exit_code == 0);
        CHECK_FALSE(std::filesystem::exists(dir / "two/XAPIANDB"));
        CHECK(dump(Xapian::Database(dir / "two")) == dump(single));
        CHECK_FALSE(std::filesystem::exists(dir / "two.compacting"));
    }
}

TEST_CASE("ingest --compact leaves a compacted index that answers queries", "[integration]") {
    TempDir dir;
    std::string corpus = (source_dir() / "corpus").string();
    RunResult r = run_newsdex({"ingest", corpus, "--index", dir / "idx", "--compact", "--quiet"});
    INFO(r.err);
    REQUIRE(r.exit_code <= 1);
    CHECK(Xapian::Database(dir / "idx").get_doccount() > 10);
    CHECK(run_newsdex({"query", "--index", dir / "idx", "kerry"}).exit_code == 0);
    // Ingesting into the compacted index works (Xapian writes compacted databases normally).
    RunResult again = run_newsdex({"ingest", corpus, "--index", dir / "idx", "--quiet"});
    CHECK(again.exit_code == r.exit_code);
}

}  // namespace newsdex::test
