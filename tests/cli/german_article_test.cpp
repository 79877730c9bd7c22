// Issue 16 acceptance 4: the German article of corpus/ is found by German word forms (its Z terms come from the
// German stemmer, and queries are parsed again in German for it), and analyze reports its language and no entities
// (the recognizer is trained on English only).
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <string>
#include <vector>

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

// Forms the article does not have: it writes "Flüchtlingen", "Schulden", "neue Schulden", "Haushalt". The English
// stemmer found none of them (it leaves "flüchtlingen" and "schulden" as they are).
TEST_CASE("issue 16: German inflections find the German corpus article, their words marked in its snippet",
          "[integration]") {
    auto [query, marked] = GENERATE(table<std::string, std::string>({
        {"flüchtling", "Flüchtlingen"},
        {"Flüchtlinge", "Flüchtlingen"},  // a capitalised German noun is stemmed too
        {"schulde", "Schulden"},
        {"\"neue Schulden\"", "neue Schulden"},  // a phrase as written (phrases are not stemmed)
        {"haushalts", "Haushalt"},
    }));
    INFO(query);
    auto r = run_newsdex({"query", "--index", corpus_index(), "--format", "json", query});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    const auto hits = nlohmann::json::parse(r.out)["hits"];
    REQUIRE(hits.size() == 1);
    CHECK(hits[0]["id"].get<std::string>().ends_with(german_article));
    const std::string text = hits[0]["snippet"]["text"];
    std::vector<std::string> words;
    for (const auto& range : hits[0]["snippet"]["highlights"]) {
        words.push_back(
            text.substr(range[0].get<std::size_t>(), range[1].get<std::size_t>() - range[0].get<std::size_t>()));
    }
    CHECK(std::find(words.begin(), words.end(), marked) != words.end());
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
