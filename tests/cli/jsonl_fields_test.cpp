// JSON Lines fields as users' files name them (issue 15): the body, dates, Reuters' topics and places, categories.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "support/cli_harness.h"
#include "support/shared_data.h"

using newsdex::test::run_newsdex;
using newsdex::test::TempDir;

namespace {

std::vector<nlohmann::json> records_in(const std::string& path) { return newsdex::test::read_jsonl_records(path); }

std::string shared_data(const std::string& name) { return newsdex::test::shared_data_file(name).string(); }

nlohmann::json query_json(const std::string& index, std::vector<std::string> args) {
    std::vector<std::string> all = {"query", "--index", index, "--format", "json"};
    all.insert(all.end(), args.begin(), args.end());
    auto r = run_newsdex(all);
    INFO(r.err);
    REQUIRE(r.exit_code <= 1);
    return nlohmann::json::parse(r.out);
}

std::map<std::string, std::size_t> facet(const nlohmann::json& values) {
    std::map<std::string, std::size_t> out;
    for (const auto& v : values) out[v["value"]] = v["count"];
    return out;
}

std::string lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

}  // namespace

TEST_CASE("issue 15: Reuters-21578 topics are its categories and its places are filters", "[integration]") {
    std::string corpus = shared_data("reuters21578.jsonl.gz");
    std::map<std::string, std::size_t> topics;
    std::size_t in_usa = 0;
    for (const auto& r : records_in(corpus)) {
        // Articles per topic: reuters-19918 lists "trade" twice, reuters-9323 "usa" twice.
        std::set<std::string> article_topics(r["topics"].begin(), r["topics"].end());
        for (const auto& topic : article_topics) topics[topic]++;
        in_usa += std::count(r["places"].begin(), r["places"].end(), "usa") > 0;
    }
    TempDir dir;
    auto ingest = run_newsdex({"ingest", "--quiet", "--no-entities", "--index", dir / "index", corpus});
    REQUIRE(ingest.exit_code <= 1);
    auto all = query_json(dir / "index", {"-n", "0", "--facet", "category", "--facet-limit", "0", ""});
    CHECK(facet(all["facets"]["category"]) == topics);  // was one value, "(none)"
    CHECK(query_json(dir / "index", {"-n", "0", "--category", "crude", ""})["total"] == topics.at("crude"));
    CHECK(query_json(dir / "index", {"-n", "0", "--place", "usa", ""})["total"] == in_usa);
}

TEST_CASE("issue 15: BBC and AG News categories are one facet value whatever their case", "[integration]") {
    std::string bbc = shared_data("news-bbc.jsonl.gz");
    std::string ag = shared_data("news-agnews-test.jsonl.gz");
    std::map<std::string, std::size_t> folded;
    for (const auto& file : {bbc, ag}) {
        for (const auto& r : records_in(file)) {
            if (r["category"].is_string()) folded[lower(r["category"])]++;
        }
    }
    REQUIRE(folded.count("business") == 1);
    TempDir dir;
    auto ingest = run_newsdex({"ingest", "--quiet", "--no-entities", "--index", dir / "index", bbc, ag});
    REQUIRE(ingest.exit_code <= 1);
    auto all = query_json(dir / "index", {"-n", "0", "--facet", "category", "--facet-limit", "0", ""});
    CHECK(facet(all["facets"]["category"]) == folded);  // was Business 1,900 and business 510 apart
    CHECK(query_json(dir / "index", {"-n", "0", "--category", "Business", ""})["total"] == folded["business"]);
}

TEST_CASE("issue 15: a teaser before the story, pubDate, a bad date and an ambiguous one", "[integration]") {
    // Real BBC articles, written the way news APIs write them: teaser first, then the story, under other keys.
    auto bbc = records_in(shared_data("news-bbc.jsonl.gz"));
    REQUIRE(bbc.size() > 4);
    auto teaser_of = [](const nlohmann::json& r) {
        std::string body = r["body"];
        return body.substr(0, body.find('.') + 1);
    };
    TempDir dir;
    std::string file = dir / "api.jsonl";
    {
        std::ofstream out(file);
        out << nlohmann::json{{"id", "a1"},
                              {"headline", bbc[0]["title"]},
                              {"description", teaser_of(bbc[0])},
                              {"content", bbc[0]["body"]},
                              {"pubDate", "Tue, 15 Feb 2005 10:00:00 +0000"}}
                   .dump()
            << "\n";
        out << nlohmann::json{{"id", "a2"},
                              {"title", bbc[1]["title"]},
                              {"text", bbc[1]["body"]},
                              {"date", "02/03/2005"}}
                   .dump()
            << "\n";
        out << nlohmann::json{{"id", "a3"},
                              {"title", bbc[2]["title"]},
                              {"body", bbc[2]["body"]},
                              {"date", "not a date"}}
                   .dump()
            << "\n";
        out << nlohmann::json{{"id", "a4"},
                              {"title", bbc[3]["title"]},
                              {"body", bbc[3]["body"]},
                              {"date", "04/05/2005"}}
                   .dump()
            << "\n";
    }
    auto ingest = run_newsdex({"ingest", "--index", dir / "index", file});
    INFO(ingest.out << ingest.err);
    CHECK(ingest.exit_code == 0);
    // The bad date: named with file and line, counted; the ambiguous ones: told once for the file.
    CHECK(ingest.err.find(file + ":3: date \"not a date\"") != std::string::npos);
    CHECK(ingest.out.find("dates not used: 1") != std::string::npos);
    CHECK(ingest.err.find(file + ":2: date \"02/03/2005\" could be read either way; read as month/day (2005-02-03)") !=
          std::string::npos);
    CHECK(ingest.err.find("04/05/2005") == std::string::npos);

    auto dated = [&](const std::string& id) {
        auto r = run_newsdex({"show", "--index", dir / "index", "--format", "json", id});
        INFO(r.err);
        REQUIRE(r.exit_code == 0);
        return nlohmann::json::parse(r.out)["date"];
    };
    CHECK(dated("a1") == "2005-02-15");  // pubDate was ignored
    CHECK(dated("a2") == "2005-02-03");
    CHECK(dated("a3").is_null());
    // A word that only the story (not its teaser) holds finds the article: the story is the body.
    std::string body = bbc[0]["body"];
    std::string last_sentence = body.substr(body.rfind(". ", body.size() - 2) + 2);
    auto found =
        query_json(dir / "index", {"-n", "10", "\"" + last_sentence.substr(0, last_sentence.find(' ', 20)) + "\""});
    REQUIRE(found["hits"].size() >= 1);
    CHECK(found["hits"][0]["id"] == "a1");

    // --date-order dmy reads them day first.
    TempDir dmy;
    auto again = run_newsdex({"ingest", "--quiet", "--date-order", "dmy", "--index", dmy / "index", file});
    CHECK(again.exit_code == 0);
    auto r = run_newsdex({"show", "--index", dmy / "index", "--format", "json", "a2"});
    CHECK(nlohmann::json::parse(r.out)["date"] == "2005-03-02");
}
