// Numbers a user can cite (issue 15): exact counts or bounds, facets by count, all checked on Reuters-21578.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <stdexcept>

#include "search/query_spec.h"
#include "support/cli_harness.h"
#include "support/shared_data.h"

using newsdex::test::run_newsdex;
using newsdex::test::TempDir;

namespace {

using Counts = std::map<std::string, std::size_t>;

std::vector<nlohmann::json> json_lines(const std::string& out) {
    std::vector<nlohmann::json> lines;
    std::istringstream in(out);
    for (std::string line; std::getline(in, line);) lines.push_back(nlohmann::json::parse(line));
    return lines;
}

// Publication date ("YYYY-MM-DD") and topics of every Reuters article, read straight from the JSONL, not from
// newsdex.
struct JsonlFacts {
    std::map<std::string, std::string> dates;
    std::map<std::string, std::set<std::string>> topics;
};

JsonlFacts facts_in_jsonl(const std::string& path) {
    JsonlFacts facts;
    for (const auto& j : newsdex::test::read_jsonl_records(path)) {
        const std::string id = j["id"].get<std::string>();
        facts.dates[id] = j["date"].get<std::string>().substr(0, 10);
        for (const auto& topic : j["topics"]) facts.topics[id].insert(topic.get<std::string>());
    }
    return facts;
}

// Reuters-21578 indexed once per test process (with entities: the person facet is under test), plus 200
// queries drawn from the bench's query set (make-queries --n 1000 --seed 42, every fifth).
struct Reuters {
    TempDir dir;
    std::string corpus = (newsdex::test::shared_dir() / "data" / "reuters21578.jsonl.gz").string();
    std::string index = dir / "index";
    std::string queries = dir / "queries.tsv";
    JsonlFacts facts;

    Reuters() {
        auto make_queries = newsdex::test::shared_dir() / "bench" / "make-queries";
        newsdex::test::skip_unless_exists(corpus);
        newsdex::test::skip_unless_exists(make_queries);
        std::string all = dir / "all.tsv";
        std::string command =
            make_queries.string() + " --corpus " + corpus + " --out " + all + " --n 1000 --seed 42 > /dev/null 2>&1";
        if (std::system(command.c_str()) != 0) throw std::runtime_error("make-queries failed: " + command);
        std::ifstream in(all);
        std::ofstream out(queries);
        std::size_t n = 0;
        for (std::string line; std::getline(in, line); ++n) {
            if (n % 5 == 0 && n / 5 < 200) out << line << "\n";
        }
        auto r = run_newsdex({"ingest", "--quiet", "--index", index, corpus});
        if (r.exit_code > 1) throw std::runtime_error("ingest of Reuters-21578 failed: " + r.err);
        facts = facts_in_jsonl(corpus);
    }
};

const Reuters& reuters() {
    static Reuters instance;
    return instance;
}

nlohmann::json query_json(const std::vector<std::string>& args, int* exit_code = nullptr) {
    std::vector<std::string> all = {"query", "--index", reuters().index, "--format", "json"};
    all.insert(all.end(), args.begin(), args.end());
    auto r = run_newsdex(all);
    INFO(r.err);
    if (exit_code != nullptr) *exit_code = r.exit_code;
    REQUIRE(r.exit_code <= 1);
    return nlohmann::json::parse(r.out);
}

// The ids of every match, as `--limit 100000` lists them.
std::set<std::string> all_ids(const std::string& query) {
    auto result = query_json({"--limit", "100000", query});
    std::set<std::string> ids;
    for (const auto& hit : result["hits"]) ids.insert(hit["id"].get<std::string>());
    return ids;
}

Counts facet_counts(const nlohmann::json& facet) {
    Counts counts;
    for (const auto& v : facet) counts[v["value"].get<std::string>()] = v["count"].get<std::size_t>();
    return counts;
}

// The `n` largest counts of a full histogram, ties by value (as newsdex documents it).
Counts top_by_count(const Counts& all, std::size_t n) {
    std::vector<std::pair<std::string, std::size_t>> entries(all.begin(), all.end());
    std::stable_sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    entries.resize(std::min(n, entries.size()));
    return Counts(entries.begin(), entries.end());
}

void check_totals_and_facets(const Reuters& r);
bool check_total(const nlohmann::json& result, std::size_t n);
void check_exact_facets(const Reuters& r, const nlohmann::json& ids, const nlohmann::json& facets);
void check_listed_codes(const Reuters& r);

}  // namespace

// One test case with sections, so the Reuters index is built once per test process.
TEST_CASE("Reuters-21578: the counts and facets of issue 15's examples", "[integration]") {
    const auto& r = reuters();

    SECTION("-n 0 prints the exact count and exits 0 when something matches") {
        for (const char* query : {"\"american express\"", "opec NEAR saudi", "volcker", "\"oil prices\""}) {
            INFO(query);
            std::size_t matching = all_ids(query).size();
            REQUIRE(matching > 0);
            auto text = run_newsdex({"query", "--index", r.index, "-n", "0", query});
            CHECK(text.exit_code == 0);
            CHECK(text.out.substr(0, text.out.find('\n')) == std::to_string(matching) + " matches");
            int code = -1;
            auto json = query_json({"-n", "0", query}, &code);
            CHECK(code == 0);
            CHECK(json["total"] == matching);
            CHECK(json["total_relation"] == "eq");
            CHECK(json["total_lower"] == matching);
            CHECK(json["total_upper"] == matching);
            // With a page of 10 the count does not change.
            CHECK(query_json({"-n", "10", query})["total"] == matching);
        }
    }

    SECTION("\"oil prices\": the total equals the matches the exact facets counted") {
        auto exact = query_json({"-n", "0", "--facet", "year", "--exact-facets", "\"oil prices\""});
        std::size_t counted = 0;
        for (const auto& v : exact["facets"]["year"]) counted += v["count"].get<std::size_t>();
        CHECK(query_json({"-n", "0", "\"oil prices\""})["total"] == counted);
    }

    SECTION("the person facet over all of Reuters is exact by default") {
        auto by_default = query_json({"-n", "0", "--facet", "person", ""});
        auto exact = query_json({"-n", "0", "--facet", "person", "--exact-facets", ""});
        CHECK(by_default["facet_sample_rate"] == 1);
        CHECK(by_default["facets"]["person"] == exact["facets"]["person"]);
        CHECK(by_default["facets"]["person"].size() == 10);
        for (const auto& v : by_default["facets"]["person"]) CHECK_FALSE(v.contains("sampled"));
    }

    SECTION("date facets show the months with the most articles") {
        for (const char* facet : {"month", "mentions.month"}) {
            INFO(facet);
            auto all = facet_counts(
                query_json({"-n", "0", "--facet", facet, "--facet-limit", "0", "opec meeting"})["facets"][facet]);
            REQUIRE(all.size() > 3);
            auto top3 =
                query_json({"-n", "0", "--facet", facet, "--facet-limit", "3", "opec meeting"})["facets"][facet];
            CHECK(facet_counts(top3) == top_by_count(all, 3));
            // Shown in calendar order by default, by count when asked; the same values either way.
            CHECK(top3[0]["value"] < top3[1]["value"]);
            auto by_count = query_json({"-n", "0", "--facet", facet, "--facet-limit", "3", "--facet-sort", "count",
                                        "opec meeting"})["facets"][facet];
            CHECK(facet_counts(by_count) == facet_counts(top3));
            CHECK(by_count[0]["count"] >= by_count[1]["count"]);
            CHECK(by_count[1]["count"] >= by_count[2]["count"]);
        }
    }

    SECTION("did you mean, in text as in JSON, when the correction matches much more") {
        // "volckerr" is in no article: the correction finds 124 more besides Texaco's.
        auto json = query_json({"-n", "3", "texaco volckerr"});
        REQUIRE(json["suggestion"] == "texaco volcker");
        auto text = run_newsdex({"query", "--index", r.index, "-n", "3", "texaco volckerr"});
        CHECK(text.out.find("Did you mean: texaco volcker\n") != std::string::npos);
        CHECK(query_json({"-n", "0", "texaco volcker"})["total"] >= 2 * json["total_upper"].get<std::size_t>());
        // "pennzoill" stems to "pennzoil" already: the correction would find the same 95 articles, so neither
        // text nor JSON suggests it (issue 15 saw one in JSON only).
        auto same = query_json({"-n", "3", "pennzoill texaco"});
        CHECK(same["total"] == query_json({"-n", "0", "pennzoil texaco"})["total"]);
        CHECK(same["suggestion"].is_null());
        text = run_newsdex({"query", "--index", r.index, "-n", "3", "pennzoill texaco"});
        CHECK(text.out.find("Did you mean") == std::string::npos);
    }

    SECTION("a sampled facet labels every number, and the total stays a bound") {
        auto text = run_newsdex({"batch", "--index", r.index, "--facet", "year", "--facet-exact-bound", "1000",
                                 "--limit", "0", "--no-snippets"},
                                "{\"id\": \"all\", \"query\": \"\"}\n");
        auto lines = json_lines(text.out);
        REQUIRE(lines.size() == 1);
        auto& result = lines[0];
        REQUIRE(result["facet_sample_rate"].get<unsigned>() > 1);
        std::string label = "1/" + std::to_string(result["facet_sample_rate"].get<unsigned>());
        for (const auto& v : result["facets"]["year"]) CHECK(v["sampled"] == label);
        CHECK(result["total_lower"].get<std::size_t>() <= 21578);
        CHECK(result["total_upper"].get<std::size_t>() >= 21578);
    }

    SECTION("200 bench queries: printed totals and exact facets against the ids") { check_totals_and_facets(r); }

    SECTION("Reuters' people, orgs and exchanges are person and org facets and filters") { check_listed_codes(r); }
}

namespace {

// Acceptance 2 of issue 15: for 200 bench queries, an exact total equals the number of ids `--limit 100000`
// returns and a bounded one brackets it; exact year, month and category facets equal counts made from those ids
// and the JSONL's own dates and topics. With facets every one of the 200 totals is exact on Reuters (the facet
// counters see every match), so the totals are checked again at a count bound of 20, where 95 are bounds, and
// without facets, where the count comes from a pass of its own (searcher.cpp, count_separately): exact up to
// the default bound (2,000), bounds above.
void check_totals_and_facets(const Reuters& r) {
    auto ids_run =
        run_newsdex({"batch", "--db", r.index, "--queries", r.queries, "--limit", "100000", "--warmup", "0"});
    INFO(ids_run.err);
    REQUIRE(ids_run.exit_code == 0);
    auto counted = run_newsdex({"batch", r.queries, "--index", r.index, "--limit", "0", "--no-snippets", "--facet",
                                "year,month,category", "--facet-limit", "0"});
    REQUIRE(counted.exit_code == 0);
    auto bounded =
        run_newsdex({"batch", r.queries, "--index", r.index, "--limit", "0", "--no-snippets", "--count-bound", "20"});
    REQUIRE(bounded.exit_code == 0);
    auto plain = run_newsdex({"batch", r.queries, "--index", r.index, "--limit", "3", "--no-snippets"});
    REQUIRE(plain.exit_code == 0);
    auto id_lines = json_lines(ids_run.out);
    auto count_lines = json_lines(counted.out);
    auto bounded_lines = json_lines(bounded.out);
    auto plain_lines = json_lines(plain.out);
    REQUIRE(id_lines.size() == 200);
    REQUIRE(count_lines.size() == 200);
    REQUIRE(bounded_lines.size() == 200);
    REQUIRE(plain_lines.size() == 200);
    std::size_t exact = 0, within = 0, facets_checked = 0;
    for (std::size_t i = 0; i < id_lines.size(); ++i) {
        const auto& ids = id_lines[i]["hits"];
        INFO(count_lines[i]["id"] << " " << count_lines[i]["query"]);
        REQUIRE(id_lines[i]["qid"] == count_lines[i]["id"]);
        REQUIRE(id_lines[i]["qid"] == bounded_lines[i]["id"]);
        REQUIRE(id_lines[i]["qid"] == plain_lines[i]["id"]);
        bool plain_exact = check_total(plain_lines[i], ids.size());
        if (ids.size() <= newsdex::search::default_count_bound) CHECK(plain_exact);
        for (const auto* result : {&count_lines[i], &bounded_lines[i]}) {
            if (check_total(*result, ids.size())) {
                ++exact;
            } else {
                ++within;
            }
        }
        if (count_lines[i]["facet_sample_rate"] != 1) continue;
        ++facets_checked;
        check_exact_facets(r, ids, count_lines[i]["facets"]);
    }
    // All are exact at 2,000 and about half are bounds at 20: both sides of the property are exercised.
    CHECK(exact > 150);
    CHECK(within > 50);  // 95 of the 200 at a bound of 20
    CHECK(facets_checked > 150);
    WARN("exact totals " << exact << ", bounds " << within << " (of 400), exact facets checked " << facets_checked);
}

// True when `result` says its total is exact, after checking it against the `n` ids; else checks the bounds.
bool check_total(const nlohmann::json& result, std::size_t n) {
    if (result["total_relation"] == "eq") {
        CHECK(result["total"] == n);
        return true;
    }
    CHECK(result["total_relation"] == "gte");
    CHECK(result["total_lower"].get<std::size_t>() <= n);
    CHECK(result["total_upper"].get<std::size_t>() >= n);
    CHECK(result["total"] == result["total_lower"]);
    return false;
}

// Year, month and category facets counted from the ids and the JSONL.
void check_exact_facets(const Reuters& r, const nlohmann::json& ids, const nlohmann::json& facets) {
    Counts years, months, categories;
    for (const auto& id : ids) {
        const std::string& date = r.facts.dates.at(id.get<std::string>());
        years[date.substr(0, 4)]++;
        months[date.substr(0, 7)]++;
        auto topics = r.facts.topics.find(id.get<std::string>());
        if (topics == r.facts.topics.end()) continue;
        for (const auto& topic : topics->second) categories[topic]++;
    }
    CHECK(facet_counts(facets["year"]) == years);
    CHECK(facet_counts(facets["month"]) == months);
    CHECK(facet_counts(facets["category"]) == categories);
}

}  // namespace

namespace {

std::string lower(std::string text) {
    for (char& c : text) c = (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
    return text;
}

// Every article that Reuters-21578 tags with a person names that person in its person facet values (the code in
// words, or the article's fuller name for it: "volcker" is Paul Volcker), and every article tagged with an org or
// exchange names it in its org values; a filter on the name finds every tagged article. Read from the JSONL, not
// from newsdex. Before, the three code lists were dropped: 156 of the 1,391 people codes had no such person (38 of
// the 168 "james-baker" articles), 275 of the 349 "ec" articles no European Community, 23 of 97 "nyse" no NYSE.
void check_listed_codes(const Reuters& r) {
    const std::map<std::string, std::string> org_names = {{"ec", "European Community"},
                                                          {"ico-coffee", "International Coffee Organization"},
                                                          {"opec", "OPEC"},
                                                          {"worldbank", "World Bank"},
                                                          {"nyse", "New York Stock Exchange"},
                                                          {"tse", "Tokyo Stock Exchange"},
                                                          {"cbt", "Chicago Board of Trade"},
                                                          {"imf", "International Monetary Fund"}};
    auto all = query_json({"--limit", "100000", "--facet", "year", ""});
    std::map<std::string, const nlohmann::json*> hits;
    for (const auto& hit : all["hits"]) hits[hit["id"].get<std::string>()] = &hit["entities"];
    std::map<std::string, std::set<std::string>> tagged;  // expected org name -> ids
    std::size_t people_checked = 0;
    for (const auto& record : newsdex::test::read_jsonl_records(r.corpus)) {
        const std::string id = record["id"].get<std::string>();
        if (!hits.contains(id)) continue;  // the one record with neither title nor body
        const auto& entities = *hits.at(id);
        INFO(id);
        for (const auto& code : record["people"]) {
            std::string words = code.get<std::string>();
            std::replace(words.begin(), words.end(), '-', ' ');
            bool named = false;
            for (const auto& name : entities["person"]) {
                std::string n = lower(name.get<std::string>());
                named = named || n == words || n.ends_with(" " + words);
            }
            CHECK(named);
            ++people_checked;
        }
        for (const char* list : {"orgs", "exchanges"}) {
            for (const auto& code : record[list]) {
                auto known = org_names.find(code.get<std::string>());
                if (known == org_names.end()) continue;
                CHECK(std::find(entities["org"].begin(), entities["org"].end(), known->second) !=
                      entities["org"].end());
                tagged[known->second].insert(id);
            }
        }
    }
    CHECK(people_checked > 1000);
    REQUIRE(tagged.size() == org_names.size());
    for (const auto& [name, ids] : tagged) {
        INFO(name);
        auto filtered = query_json({"--org", name, "--limit", "100000", "--facet", "year", ""});
        std::set<std::string> found;
        for (const auto& hit : filtered["hits"]) found.insert(hit["id"].get<std::string>());
        CHECK(std::includes(found.begin(), found.end(), ids.begin(), ids.end()));
    }
    // The people's codes are names a user can search for as written: person:"james baker".
    CHECK(query_json({"-n", "0", "person:\"james baker\""})["total"].get<std::size_t>() >= 168);
}

}  // namespace
