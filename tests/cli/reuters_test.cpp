// Reuters-21578 end to end: every article indexed, a re-run finds them unchanged, the documented prefixes
// are there, and the year/month facets agree with the dates in the JSONL (issues 2 and 4).
#include <xapian.h>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>
#include <map>
#include <regex>
#include <sstream>

#include "support/cli_harness.h"
#include "support/shared_data.h"

using newsdex::test::run_newsdex;

namespace {

// Publication months counted straight from the JSONL's "date" field, independently of newsdex.
std::map<std::string, std::size_t> months_in_jsonl(const std::string& path, std::size_t& articles) {
    std::map<std::string, std::size_t> months;
    const auto records = newsdex::test::read_jsonl_records(path);
    articles = records.size();
    for (const auto& j : records) months[j["date"].get<std::string>().substr(0, 7)]++;
    return months;
}

}  // namespace

TEST_CASE("Reuters-21578: all articles, unchanged on re-run, facets match the data", "[integration][slow]") {
    auto path = newsdex::test::shared_dir() / "data" / "reuters21578.jsonl.gz";
    newsdex::test::skip_unless_exists(path);
    newsdex::test::TempDir dir;
    std::string index = dir / "ix";

    auto first = run_newsdex({"ingest", path.string(), "--index", index});
    INFO(first.err.substr(0, 2000));
    REQUIRE(first.exit_code == 0);
    CHECK(first.out.find("added 21578, updated 0, unchanged 0, skipped 0") != std::string::npos);
    CHECK(first.out.find("undated 0") != std::string::npos);

    auto second = run_newsdex({"ingest", path.string(), "--index", index});
    REQUIRE(second.exit_code == 0);
    CHECK(second.out.find("added 0, updated 0, unchanged 21578, skipped 0") != std::string::npos);

    // The documented prefixes are present (what xapian-delve -a would list).
    Xapian::Database db(index);
    CHECK(db.get_doccount() == 21578);
    for (const char* prefix : {"Q", "S", "D", "M", "Y", "L", "XPERSON", "XORG", "XPLACE", "XSOURCE", "XMENTION",
                               "XPERSON:", "XPLACE:", "XSOURCE:", "Z"}) {
        INFO(prefix);
        CHECK(db.allterms_begin(prefix) != db.allterms_end(prefix));
    }

    std::size_t articles = 0;
    auto expected = months_in_jsonl(path.string(), articles);
    REQUIRE(articles == 21578);
    auto r = run_newsdex({"query", "--index", index, "--format", "json", "--facet", "year,month", "--facet-limit", "0",
                          "--limit", "0", "--exact-facets", ""});
    REQUIRE(r.exit_code <= 1);
    auto result = nlohmann::json::parse(r.out);
    std::map<std::string, std::size_t> got;
    std::size_t year_total = 0;
    for (const auto& v : result["facets"]["month"]) got[v["value"]] = v["count"];
    for (const auto& v : result["facets"]["year"]) year_total += v["count"].get<std::size_t>();
    CHECK(result["facet_sample_rate"] == 1);
    CHECK(got == expected);
    CHECK(year_total == 21578);

    // 21,578 matches are below the exact-facet bound: counted exactly without being asked.
    r = run_newsdex({"query", "--index", index, "--format", "json", "--facet", "year", "--limit", "0", ""});
    REQUIRE(r.exit_code == 0);
    result = nlohmann::json::parse(r.out);
    CHECK(result["facet_sample_rate"] == 1);
    CHECK(result["total"] == 21578);

    // With a lower bound they are counted through a sample: the estimate says so and is close.
    r = run_newsdex(
        {"batch", "--index", index, "--facet", "year", "--limit", "0", "--facet-exact-bound", "1000", "--no-snippets"},
        "{\"id\": \"all\", \"query\": \"\"}\n");
    REQUIRE(r.exit_code == 0);
    result = nlohmann::json::parse(r.out);
    CHECK(result["facet_sample_rate"].get<unsigned>() > 1);
    std::size_t estimated = 0;
    for (const auto& v : result["facets"]["year"]) estimated += v["count"].get<std::size_t>();
    CHECK(estimated > 21578 * 85 / 100);
    CHECK(estimated < 21578 * 115 / 100);
}

TEST_CASE("Reuters-21578: facets counted through in-memory columns (batch) equal those read from the slots",
          "[integration][slow]") {
    auto path = newsdex::test::shared_dir() / "data" / "reuters21578.jsonl.gz";
    newsdex::test::skip_unless_exists(path);
    newsdex::test::TempDir dir;
    std::string index = dir / "ix";
    REQUIRE(run_newsdex({"ingest", path.string(), "--index", index}).exit_code == 0);
    std::string queries = dir / "queries.txt";
    {
        std::ofstream out(queries);
        out << "oil prices\ncoffee\n\"interest rates\"\n";
    }
    // batch keeps facet columns; query reads value slots. Exact counts must agree value for value.
    auto batch = run_newsdex(
        {"batch", queries, "--index", index, "--facet", "place,year,month", "--facet-limit", "0", "--exact-facets"});
    REQUIRE(batch.exit_code == 0);
    std::istringstream lines(batch.out);
    std::string line;
    for (const char* text : {"oil prices", "coffee", "\"interest rates\""}) {
        REQUIRE(std::getline(lines, line));
        auto from_batch = nlohmann::json::parse(line);
        auto r = run_newsdex({"query", "--index", index, "--format", "json", "--facet", "place,year,month",
                              "--facet-limit", "0", "--exact-facets", "--limit", "1", text});
        REQUIRE(r.exit_code == 0);
        auto from_query = nlohmann::json::parse(r.out);
        INFO(text);
        CHECK(from_batch["facets"] == from_query["facets"]);
        CHECK(from_batch["facets"]["place"].size() > 5);
        CHECK(from_batch["total"] == from_query["total"]);
    }
}
