// Publication dates come from metadata or a real dateline, never from the body's other dates (issue 15).
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <map>
#include <sstream>
#include <stdexcept>
#include <string>

#include "support/cli_harness.h"
#include "support/shared_data.h"

using newsdex::test::run_newsdex;
using newsdex::test::TempDir;

namespace {

// Every article of a JSONL.gz file by id, read with zlib, not with newsdex.
std::map<std::string, nlohmann::json> articles_in(const std::string& path) {
    std::map<std::string, nlohmann::json> articles;
    for (auto& j : newsdex::test::read_jsonl_records(path)) {
        std::string id = j["id"].get<std::string>();
        articles[id] = std::move(j);
    }
    return articles;
}

nlohmann::json stats_of(const std::string& index) {
    auto r = run_newsdex({"stats", "--index", index, "--format", "json"});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    return nlohmann::json::parse(r.out)["dates"];
}

void ingest(const std::string& index, const std::string& file) {
    auto r = run_newsdex({"ingest", "--quiet", "--no-entities", "--index", index, file});
    INFO(r.err);
    REQUIRE(r.exit_code <= 1);
}

std::string today() {
    using namespace std::chrono;
    const year_month_day d{floor<days>(system_clock::now())};
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", int(d.year()), unsigned(d.month()), unsigned(d.day()));
    return buf;
}

const char* const month_names[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};

std::string lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

// Whether the first line of `text` (the headline, or the body's dateline) opens with `iso` (YYYY-MM-DD) written
// as a dateline writes it: its month's name ("Aug. 23, 2004", "23 August 2004", "AUGUST 23, 2004"), day and year,
// after nothing but capitalised words and punctuation ("JERUSALEM", "KABUL, Afghanistan", "(Buffalo, NY,").
bool heads_first_line(const std::string& text, const std::string& iso) {
    std::string line = text.substr(0, text.find('\n'));
    std::string lowered = lower(line);
    std::string month = month_names[std::stoi(iso.substr(5, 2)) - 1];
    std::string day = std::to_string(std::stoi(iso.substr(8, 2)));
    std::size_t at = 0;
    while ((at = lowered.find(month, at)) != std::string::npos && at > 0 && std::isalpha(lowered[at - 1])) ++at;
    if (at == std::string::npos || lowered.find(iso.substr(0, 4), at) == std::string::npos) return false;
    if (lowered.find(day) == std::string::npos) return false;
    std::istringstream words(line.substr(0, at));
    for (std::string word; words >> word;) {
        auto letter = std::find_if(word.begin(), word.end(), [](char c) { return std::isalpha(c) != 0; });
        if (letter != word.end() && std::islower(static_cast<unsigned char>(*letter))) return false;
    }
    return true;
}

}  // namespace

TEST_CASE("issue 15: BBC News has no publication dates, though its bodies hold times and past dates", "[integration]") {
    std::string bbc = newsdex::test::shared_data_file("news-bbc.jsonl.gz").string();
    // The file has no date field; bbc-sport-322 says "Saturday, 26 February\n\n1400 GMT" (was 1400-02-26) and
    // bbc-entertainment-026 "pre-11 September 2001 levels" (was 2001-09-11).
    for (const auto& [id, article] : articles_in(bbc)) REQUIRE(article["date"].is_null());
    TempDir dir;
    ingest(dir / "index", bbc);
    auto dates = stats_of(dir / "index");
    CHECK(dates["first"].is_null());
    CHECK(dates["last"].is_null());
    CHECK(dates["undated"] == 2225);
}

TEST_CASE("issue 15: AG News is dated only by the datelines that head its articles", "[integration]") {
    std::string ag = newsdex::test::shared_data_file("news-agnews-test.jsonl.gz").string();
    auto articles = articles_in(ag);
    TempDir dir;
    ingest(dir / "index", ag);
    auto r =
        run_newsdex({"query", "--index", dir / "index", "--from", "0001-01-01", "-n", "10000", "--format", "json", ""});
    INFO(r.err);
    REQUIRE(r.exit_code <= 1);
    auto dated = nlohmann::json::parse(r.out)["hits"];
    std::size_t from_dateline = 0;
    for (const auto& hit : dated) {
        const auto& article = articles.at(hit["id"].get<std::string>());
        std::string date = hit["date"];
        INFO(hit["id"] << " dated " << date << ": " << article["title"] << " / " << article["body"]);
        CHECK(article["date"].is_null());  // no metadata: the date must come from a dateline
        CHECK(date >= "1800-01-01");
        CHECK(date <= today());
        // Not a photo caption's date ("Afghans arrange votes in Kabul, capital of Afghanistan, Oct. 11, 2004.")
        bool in_dateline = heads_first_line(article["body"].get<std::string>(), date) ||
                           heads_first_line(article["title"].get<std::string>(), date);
        CHECK(in_dateline);
        if (in_dateline) ++from_dateline;
    }
    // "JERUSALEM Aug. 23, 2004 - Israel announced ..." and the like: real datelines are still read.
    CHECK(from_dateline > 50);
    auto dates = stats_of(dir / "index");
    CHECK(dates["undated"] == articles.size() - dated.size());
}

TEST_CASE("issue 15: the reference article keeps its dateline date", "[integration]") {
    std::string sample = (newsdex::test::shared_dir() / "corpus" / "sample-article.txt").string();
    newsdex::test::skip_unless_exists(sample);
    TempDir dir;
    ingest(dir / "index", sample);
    auto dates = stats_of(dir / "index");
    CHECK(dates["first"] == "2015-12-15");
    CHECK(dates["last"] == "2015-12-15");
    CHECK(dates["undated"] == 0);
}
