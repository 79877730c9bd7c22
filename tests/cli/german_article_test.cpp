// Issue 16 acceptance 4: the German article of corpus/ is found by a German word form, and analyze reports its
// language and no entities (the recognizer is trained on English only).
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <string>

#include "support/cli_harness.h"

using newsdex::test::corpus_index;
using newsdex::test::run_newsdex;
using newsdex::test::source_dir;

namespace {
const std::string german_article = "2016-04-20-bundestag-haushalt-de.txt";
}

TEST_CASE("issue 16: query haushalts finds the German corpus article", "[integration]") {
    auto r = run_newsdex({"query", "--index", corpus_index(), "--format", "json", "haushalts"});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    const auto hits = nlohmann::json::parse(r.out)["hits"];
    REQUIRE(!hits.empty());
    CHECK(hits[0]["id"].get<std::string>().ends_with(german_article));
}

TEST_CASE("issue 16: analyze of the German corpus article reports its language and no junk entities", "[integration]") {
    auto r = run_newsdex({"analyze", (source_dir() / "corpus" / german_article).string(), "--format", "json"});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    const auto analysis = nlohmann::json::parse(r.out);
    CHECK(analysis["language"] == "de");
    CHECK(analysis["entities"].empty());
    CHECK(analysis["places"].empty());
}
