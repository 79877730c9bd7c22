// `newsdex similar`: more like this from an article's own terms (issue 5).
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "support/cli_harness.h"

using newsdex::test::corpus_index;
using newsdex::test::run_newsdex;
using newsdex::test::source_dir;

namespace {

// Ids of text files are their path as given to ingest; corpus_index() ingests source_dir()/corpus.
std::string corpus_id(const std::string& file) { return (source_dir() / "corpus" / file).string(); }

const std::string reference = "2015-12-15-putin-kerry-moscow.txt";

}  // namespace

TEST_CASE("the Syria follow-ups are most like the Putin-Kerry article", "[integration]") {
    auto r =
        run_newsdex({"similar", corpus_id(reference), "--index", corpus_index(), "--format", "json", "--limit", "5"});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    auto result = nlohmann::json::parse(r.out);
    REQUIRE(result["hits"].size() >= 2);
    std::vector<std::string> top{result["hits"][0]["id"], result["hits"][1]["id"]};
    std::sort(top.begin(), top.end());
    CHECK(top == std::vector<std::string>{corpus_id("2015-12-18-syria-talks-new-york.txt"),
                                          corpus_id("2015-12-22-lavrov-kerry-ceasefire-call.txt")});
    for (const auto& hit : result["hits"]) CHECK(hit["id"] != corpus_id(reference));
    CHECK(result["hits"].size() <= 5);
}

TEST_CASE("similar prints text by default", "[integration]") {
    auto r = run_newsdex({"similar", corpus_id(reference), "--index", corpus_index(), "--limit", "2"});
    CHECK(r.exit_code == 0);
    CHECK(r.out.find("Syria") != std::string::npos);
}

TEST_CASE("similar with an unknown id exits 1 and says so", "[integration]") {
    auto r = run_newsdex({"similar", "no-such-article", "--index", corpus_index()});
    CHECK(r.exit_code == 1);
    CHECK(r.err.find("no-such-article") != std::string::npos);
    CHECK(r.out.empty());
}

TEST_CASE("similar without an id is a usage error", "[integration]") {
    CHECK(run_newsdex({"similar", "--index", corpus_index()}).exit_code == 2);
    CHECK(run_newsdex({"similar", "--help"}).exit_code == 0);
}
