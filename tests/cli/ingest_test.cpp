// End-to-end ingest: upsert by id, unchanged articles skipped, stdin, bad lines reported (issue 2).
#include <catch2/catch.hpp>

#include <fstream>
#include <regex>

#include "support/cli_harness.h"

using newsdex::test::run_newsdex;
using newsdex::test::TempDir;

namespace {

// "added A, updated U, unchanged N, skipped S, ..." -> {A, U, N, S}
std::vector<int> summary_counts(const std::string& out) {
    std::smatch m;
    std::regex re("added (\\d+), updated (\\d+), unchanged (\\d+), skipped (\\d+)");
    REQUIRE(std::regex_search(out, m, re));
    return {std::stoi(m[1]), std::stoi(m[2]), std::stoi(m[3]), std::stoi(m[4])};
}

}  // namespace

TEST_CASE("ingesting twice leaves the document count unchanged", "[integration]") {
    TempDir dir;
    std::string corpus = (newsdex::test::source_dir() / "corpus").string();
    auto first = run_newsdex({"ingest", corpus, "--index", dir / "ix"});
    INFO(first.err);
    REQUIRE(first.exit_code == 0);
    auto counts = summary_counts(first.out);
    CHECK(counts[0] > 10);
    auto second = run_newsdex({"ingest", corpus, "--index", dir / "ix"});
    REQUIRE(second.exit_code == 0);
    auto again = summary_counts(second.out);
    CHECK(again[0] == 0);
    CHECK(again[1] == 0);
    CHECK(again[2] == counts[0]);
}

TEST_CASE("a changed article is updated, not duplicated", "[integration]") {
    TempDir dir;
    std::string file = dir / "wire.jsonl";
    std::ofstream(file) << R"({"id":"a1","title":"Old headline","body":"Text one.","date":"2016-01-02"})"
                           "\n"
                        << R"({"id":"a2","title":"Second","body":"Text two.","date":"2016-01-03"})"
                           "\n";
    REQUIRE(run_newsdex({"ingest", file, "--index", dir / "ix"}).exit_code == 0);
    std::ofstream(file) << R"({"id":"a1","title":"New headline","body":"Text one.","date":"2016-01-02"})"
                           "\n"
                        << R"({"id":"a2","title":"Second","body":"Text two.","date":"2016-01-03"})"
                           "\n";
    auto r = run_newsdex({"ingest", file, "--index", dir / "ix"});
    auto counts = summary_counts(r.out);
    CHECK(counts == std::vector<int>{0, 1, 1, 0});
    CHECK(r.out.find("2 articles") != std::string::npos);
    CHECK(run_newsdex({"query", "--index", dir / "ix", "title:new"}).exit_code == 0);
    CHECK(run_newsdex({"query", "--index", dir / "ix", "title:old"}).exit_code == 1);
}

TEST_CASE("JSONL on stdin, with a broken line reported by file and line", "[integration]") {
    TempDir dir;
    std::string input = R"({"id":"s1","title":"Grain exports rise","body":"Wheat shipments grew."})"
                        "\n"
                        "{not json}\n"
                        R"({"id":"s3","headline":"Oil slips","text":"Crude fell on Monday."})"
                        "\n";
    auto r = run_newsdex({"ingest", "-", "--index", dir / "ix"}, input);
    CHECK(r.exit_code == 1);  // done, but one item failed
    CHECK(r.err.find("-:2:") != std::string::npos);
    CHECK(summary_counts(r.out) == std::vector<int>{2, 0, 0, 1});
    CHECK(run_newsdex({"query", "--index", dir / "ix", "crude"}).exit_code == 0);
}

TEST_CASE("gzip-compressed JSONL is read by extension", "[integration]") {
    auto reuters = newsdex::test::shared_dir() / "data" / "news-bbc.jsonl.gz";
    newsdex::test::skip_unless_exists(reuters);
    TempDir dir;
    auto r = run_newsdex({"ingest", reuters.string(), "--index", dir / "ix", "--no-entities"});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    CHECK(summary_counts(r.out)[0] == 2225);
}
