// Issue 6 (growth): a new index fills segments of --segment-size articles one after another behind a stub file,
// with the same documents, terms and values as one database; re-ingest finds articles in older segments, and
// compaction keeps the index segmented.
#include <catch2/catch.hpp>

#include <fstream>
#include <set>
#include <sstream>
#include <utility>

#include <xapian.h>
#include <nlohmann/json.hpp>

#include "support/cli_harness.h"
#include "support/index_dump.h"
#include "support/synthetic_corpus.h"

namespace newsdex::test {
namespace {

std::string stub_of(const std::string& index) {
    std::ifstream in(index + "/XAPIANDB");
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    return text;
}

}  // namespace

TEST_CASE("a segmented ingest writes the same documents, terms and values as one database", "[integration]") {
    TempDir dir;
    std::string corpus = dir / "news.jsonl";
    write_synthetic_corpus(corpus, 300, "seg");
    // The writer commits after each analysis batch of 64 articles here (--batch-size 4) and starts a new segment
    // once the last holds 100: segments of 128, 128 and 44 articles.
    RunResult one = run_newsdex({"ingest", corpus, "--index", dir / "one", "--threads", "1", "--segment-size", "0"});
    RunResult segs = run_newsdex(
        {"ingest", corpus, "--index", dir / "segs", "--threads", "2", "--segment-size", "100", "--batch-size", "4"});
    INFO(one.err << segs.err);
    REQUIRE(one.exit_code == 0);
    REQUIRE(segs.exit_code == 0);
    CHECK(std::filesystem::exists(dir / "one/iamglass"));  // --segment-size 0: a plain database
    CHECK(stub_of(dir / "segs").find("auto seg0\nauto seg1\nauto seg2\n") != std::string::npos);
    CHECK(stub_of(dir / "segs").find("seg3") == std::string::npos);
    Xapian::Database single(dir / "one");
    Xapian::Database segmented(dir / "segs");  // the stub joins the segments
    REQUIRE(single.get_doccount() == 300);
    CHECK(Xapian::Database(dir / "segs/seg0").get_doccount() == 128);
    CHECK(Xapian::Database(dir / "segs/seg2").get_doccount() == 44);
    CHECK(segmented.get_doccount() == 300);
    CHECK(dump(segmented) == dump(single));

    SECTION("re-ingest finds every article in its segment; a changed one is replaced where it is") {
        RunResult again = run_newsdex({"ingest", corpus, "--index", dir / "segs", "--segment-size", "100"});
        INFO(again.err);
        CHECK(again.out.find("added 0, updated 0, unchanged 300") == 0);
        // Article 0 is in seg0: change its body and re-ingest.
        std::ifstream in(corpus);
        std::string first,
            rest((std::istreambuf_iterator<char>((std::getline(in, first), in))), std::istreambuf_iterator<char>());
        in.close();
        auto body = first.find("\"body\":\"");
        REQUIRE(body != std::string::npos);
        first.insert(body + 8, "Zanzibarian postscript. ");
        std::ofstream(corpus, std::ios::trunc) << first << '\n' << rest;
        RunResult changed = run_newsdex({"ingest", corpus, "--index", dir / "segs", "--segment-size", "100"});
        INFO(changed.err);
        CHECK(changed.out.find("added 0, updated 1, unchanged 299") == 0);
        Xapian::Database reopened(dir / "segs");
        CHECK(reopened.get_doccount() == 300);
        CHECK(reopened.get_termfreq("zanzibarian") == 1);
        CHECK(Xapian::Database(dir / "segs/seg0").get_termfreq("zanzibarian") == 1);
    }
    SECTION("queries over the segments score as over one database") {
        // Every match, as (score, id): equal scores may come in another order, since Xapian breaks ties by
        // document id and the stub interleaves the segments' ids.
        for (const char* text : {"oil", "minister talks", "inflation date:2016-01"}) {
            auto scored = [&](const std::string& index) {
                RunResult r = run_newsdex({"query", "--index", index, "--format", "json", "--limit", "300", text});
                INFO(text << ": " << r.err);
                REQUIRE(r.exit_code == 0);
                const nlohmann::json result = nlohmann::json::parse(r.out);  // outlives the loop below
                std::set<std::pair<double, std::string>> out;
                for (const auto& hit : result["hits"])
                    out.emplace(hit["score"].get<double>(), hit["id"].get<std::string>());
                return out;
            };
            INFO(text);
            auto single_hits = scored(dir / "one");
            CHECK(single_hits.size() > 10);
            CHECK(scored(dir / "segs") == single_hits);
        }
    }
    SECTION("batch, weighing from lengths in memory, scores over the segments as query over one database") {
        std::ofstream(dir / "w.tsv") << "q1\toil\nq2\tminister talks\nq3\tinflation date:2016-01\n";
        RunResult batch = run_newsdex({"batch", "--db", dir / "segs", "--queries", dir / "w.tsv", "--limit", "300"});
        INFO(batch.err);
        REQUIRE(batch.exit_code == 0);
        std::istringstream lines(batch.out);
        for (const char* text : {"oil", "minister talks", "inflation date:2016-01"}) {
            std::string line;
            REQUIRE(std::getline(lines, line));
            RunResult one = run_newsdex({"query", "--index", dir / "one", "--format", "json", "--limit", "300", text});
            REQUIRE(one.exit_code == 0);
            const nlohmann::json from_batch = nlohmann::json::parse(line), alone = nlohmann::json::parse(one.out);
            std::set<std::pair<double, std::string>> batch_hits, single_hits;  // ties may come in another order
            for (const auto& hit : from_batch["hits"])
                batch_hits.emplace(hit["score"].get<double>(), hit["id"].get<std::string>());
            for (const auto& hit : alone["hits"])
                single_hits.emplace(hit["score"].get<double>(), hit["id"].get<std::string>());
            INFO(text);
            CHECK(single_hits.size() > 10);
            CHECK(batch_hits == single_hits);
        }
    }
    SECTION("batch counts facets over the segments (in-memory columns) as over one database") {
        std::ofstream(dir / "q.tsv") << "q1\toil\nq2\tminister talks\nq3\tdate:2016\n";
        auto facets = [&](const std::string& index, const char* exact) {
            std::vector<std::string> args = {
                "batch", "--db", index, "--queries", dir / "q.tsv", "--limit", "3", "--facet", "person,org,place,year"};
            if (*exact) args.push_back(exact);
            RunResult r = run_newsdex(args);
            INFO(r.err);
            REQUIRE(r.exit_code == 0);
            std::vector<nlohmann::json> out;
            std::istringstream lines(r.out);
            for (std::string line; std::getline(lines, line);) {
                auto result = nlohmann::json::parse(line);
                out.push_back({result["facets"], result["total"], result["facet_sample_rate"]});
            }
            return out;
        };
        for (const char* exact : {"", "--exact-facets"}) {
            INFO(exact);
            auto single_facets = facets(dir / "one", exact);
            REQUIRE(single_facets.size() == 3);
            CHECK(!single_facets[0][0]["place"].empty());  // the synthetic articles name places, not people
            CHECK(facets(dir / "segs", exact) == single_facets);
        }
    }
    SECTION("compact in place leaves one segment holding everything; the next ingest starts a new one") {
        RunResult c = run_newsdex({"compact", "--index", dir / "segs", "--quiet"});
        INFO(c.err);
        REQUIRE(c.exit_code == 0);
        CHECK(stub_of(dir / "segs").find("auto seg0\n") != std::string::npos);
        CHECK(stub_of(dir / "segs").find("seg1") == std::string::npos);
        CHECK(dump(Xapian::Database(dir / "segs")) == dump(single));
        std::ofstream(dir / "new.txt") << "Quokkas of Rottnest\n\nA quokka census began on Monday.\n";
        RunResult more = run_newsdex({"ingest", dir / "new.txt", "--index", dir / "segs", "--segment-size", "100"});
        INFO(more.err);
        CHECK(more.out.find("added 1, updated 0") == 0);
        CHECK(stub_of(dir / "segs").find("auto seg1\n") != std::string::npos);
        CHECK(Xapian::Database(dir / "segs/seg1").get_termfreq("quokka") == 1);
    }
}

}  // namespace newsdex::test
