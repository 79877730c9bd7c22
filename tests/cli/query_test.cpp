// End-to-end: the built newsdex answers ranked, filtered and faceted queries over corpus/ (issue 2).
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "support/cli_harness.h"

using newsdex::test::corpus_index;
using newsdex::test::run_newsdex;

namespace {

const std::string reference = "2015-12-15-putin-kerry-moscow.txt";

bool ends_with(const std::string& s, const std::string& suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

nlohmann::json query_json(std::vector<std::string> args) {
    args.insert(args.begin(), {"query", "--index", corpus_index(), "--format", "json"});
    auto r = run_newsdex(args);
    INFO(r.err);
    REQUIRE((r.exit_code == 0 || r.exit_code == 1));
    return nlohmann::json::parse(r.out);
}

bool finds_reference(const nlohmann::json& result) {
    for (const auto& hit : result["hits"]) {
        if (ends_with(hit["id"].get<std::string>(), reference)) return true;
    }
    return false;
}

}  // namespace

TEST_CASE("kerry moscow ranks the reference article first", "[integration]") {
    auto result = query_json({"kerry moscow"});
    REQUIRE(!result["hits"].empty());
    CHECK(ends_with(result["hits"][0]["id"].get<std::string>(), reference));
    CHECK(result["hits"][0]["date"] == "2015-12-15");
    CHECK(result["hits"][0]["rank"] == 1);
}

TEST_CASE("field queries find the reference article", "[integration]") {
    auto query = GENERATE(as<std::string>{}, "person:kerry", "place:moscow", "title:putin",
                          "date:2015-12-01..2015-12-31", "date:2015-12", "date:..2015-12-31", "date:2015-12-15",
                          "\"common ground\"", "kremlin NEAR moscow", "constructiv*");
    INFO(query);
    CHECK(finds_reference(query_json({query})));
}

TEST_CASE("name fields match written forms, phrases and prefixes", "[integration]") {
    auto query = GENERATE(as<std::string>{}, "person:karry", "person:\"john kerry\"", "person:kerr*", "org:isis",
                          "source:ap", "source:\"associated press\"", "place:(arbat nowhere)");
    INFO(query);
    CHECK(finds_reference(query_json({query})));
    CHECK_FALSE(finds_reference(query_json({"person:kerr"})));            // whole words only
    CHECK_FALSE(finds_reference(query_json({"person:\"kerry john\""})));  // in order
}

TEST_CASE("date ranges outside the article's date do not find it", "[integration]") {
    auto query = GENERATE(as<std::string>{}, "date:2016-01-01..2016-12-31", "date:2016", "kerry date:2015-11",
                          "date:2015-12-16..");
    INFO(query);
    CHECK_FALSE(finds_reference(query_json({query})));
}

TEST_CASE("facets count over the whole match set", "[integration]") {
    auto result = query_json({"kerry", "--facet", "person,place,source,year", "--limit", "1"});
    auto values = [&](const char* facet) {
        std::vector<std::string> out;
        for (const auto& v : result["facets"][facet]) out.push_back(v["value"]);
        return out;
    };
    auto persons = values("person");
    CHECK(std::find(persons.begin(), persons.end(), "John Kerry") != persons.end());
    CHECK(std::find(persons.begin(), persons.end(), "Vladimir Putin") != persons.end());
    auto places = values("place");
    CHECK(std::find(places.begin(), places.end(), "Moscow") != places.end());
    auto years = values("year");
    CHECK(std::find(years.begin(), years.end(), "2015") != years.end());
}

TEST_CASE("query errors exit 2 and say what is wrong", "[integration]") {
    auto r = run_newsdex({"query", "--index", corpus_index(), "date:2015-13-45..x"});
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("month 13") != std::string::npos);
    CHECK(r.err.find("^") != std::string::npos);

    r = run_newsdex({"query", "--index", corpus_index(), "kerry AND"});
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("Syntax") != std::string::npos);

    r = run_newsdex({"query", "--index", corpus_index(), "kerry", "--facet", "colour"});
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("unknown facet") != std::string::npos);
}

TEST_CASE("an unclosed quote reads as a phrase to the end", "[integration]") {
    CHECK(finds_reference(query_json({"\"common ground"})));
}

TEST_CASE("a missing index exits 3 and says how to create one", "[integration]") {
    newsdex::test::TempDir dir;
    auto r = run_newsdex({"query", "--index", dir / "missing", "kerry"});
    CHECK(r.exit_code == 3);
    CHECK(r.err.find("newsdex ingest") != std::string::npos);
}

TEST_CASE("no results exits 1", "[integration]") {
    auto r = run_newsdex({"query", "--index", corpus_index(), "zzzyzzx"});
    CHECK(r.exit_code == 1);
}

TEST_CASE("help and version", "[integration]") {
    for (const std::vector<std::string>& args : std::vector<std::vector<std::string>>{
             {"--help"}, {"ingest", "--help"}, {"query", "--help"}, {"analyze", "--help"}, {"--version"}}) {
        auto r = run_newsdex(args);
        INFO(args.front());
        CHECK(r.exit_code == 0);
        CHECK_FALSE(r.out.empty());
    }
    CHECK(run_newsdex({"frobnicate"}).exit_code == 2);
}
