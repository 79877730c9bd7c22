// `newsdex stats`: counts, dates, size, schema and top facet values of an index (issue 5).
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "index/schema.h"
#include "support/cli_harness.h"

using newsdex::test::corpus_index;
using newsdex::test::run_newsdex;

namespace {

bool has_value(const nlohmann::json& facet, const std::string& value) {
    for (const auto& v : facet) {
        if (v["value"] == value) return true;
    }
    return false;
}

}  // namespace

TEST_CASE("stats of the corpus index as JSON", "[integration]") {
    auto r = run_newsdex({"stats", "--index", corpus_index(), "--format", "json", "--facet-limit", "50"});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    auto stats = nlohmann::json::parse(r.out);
    CHECK(stats["documents"].get<int>() >= 12);
    CHECK(stats["words"].get<int>() > 1000);
    CHECK(stats["terms"].get<int>() > stats["words"].get<int>());
    CHECK(stats["dates"]["first"] == "2015-12-15");
    CHECK(stats["dates"]["last"].get<std::string>() >= "2016-09-20");
    CHECK(stats["dates"]["undated"].get<int>() >= 1);  // the WHO Zika advice has no date
    CHECK(stats["size_bytes"].get<long>() > 0);
    CHECK(stats["schema_version"] == std::to_string(newsdex::schema::version));
    CHECK(stats["stemmer"] == "english");
    CHECK(stats["stored_text"] == "full");
    CHECK(has_value(stats["facets"]["person"], "John Kerry"));
    CHECK(has_value(stats["facets"]["place"], "Moscow"));
    CHECK(has_value(stats["facets"]["source"], "Associated Press"));
    CHECK(has_value(stats["facets"]["year"], "2015"));
    CHECK(stats["facets"].contains("org"));
    CHECK(stats["facets"].contains("category"));
    CHECK(stats["facets"].contains("language"));
}

TEST_CASE("stats text output and facet limit", "[integration]") {
    auto r = run_newsdex({"stats", "--index", corpus_index(), "--facet-limit", "1"});
    REQUIRE(r.exit_code == 0);
    CHECK(r.out.find("documents") != std::string::npos);
    CHECK(r.out.find("2015-12-15 ..") != std::string::npos);
    CHECK(r.out.find("person:") != std::string::npos);

    auto json = nlohmann::json::parse(
        run_newsdex({"stats", "--index", corpus_index(), "--format", "json", "--facet-limit", "1"}).out);
    CHECK(json["facets"]["person"].size() == 1);
}

TEST_CASE("stats shows the stemmers of the articles, by language or one for all", "[integration]") {
    // corpus/ holds a German article: stemmed by language (the default) the index records english,german
    // (metadata newsdex.stemmers, schema 5); `ingest --stemming index` stems everything english, with no key.
    newsdex::test::TempDir dir;
    const std::string corpus = (newsdex::test::source_dir() / "corpus").string();
    const std::string one_way = dir / "one-way";
    REQUIRE(run_newsdex({"ingest", "--quiet", "--stemming", "index", "--index", one_way, corpus}).exit_code <= 1);
    auto by_language = nlohmann::json::parse(run_newsdex({"stats", "--index", corpus_index(), "--format", "json"}).out);
    CHECK(by_language["stemmers"] == nlohmann::json::array({"english", "german"}));
    CHECK(by_language["stemming"] == "language");
    auto one = nlohmann::json::parse(run_newsdex({"stats", "--index", one_way, "--format", "json"}).out);
    CHECK(one["stemmers"] == nlohmann::json::array({"english"}));
    CHECK(one["stemming"] == "index");

    auto text = run_newsdex({"stats", "--index", corpus_index(), "--facet-limit", "1"}).out;
    CHECK(text.find("stemmers        english, german (each article by its language's; no known language: english)") !=
          std::string::npos);
    CHECK(run_newsdex({"stats", "--index", one_way, "--facet-limit", "1"})
              .out.find("stemmers        english (every article)") != std::string::npos);
    CHECK(run_newsdex({"stats", "--help"}).out.find("stemmers") != std::string::npos);
}

TEST_CASE("stats of a missing index exits 3", "[integration]") {
    newsdex::test::TempDir dir;
    CHECK(run_newsdex({"stats", "--index", dir / "missing"}).exit_code == 3);
}
