// End-to-end: newsdex batch keeps input order, isolates bad lines, and threads change nothing (issue 5).
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "support/cli_harness.h"

using newsdex::test::corpus_index;
using newsdex::test::run_newsdex;
using newsdex::test::TempDir;

namespace {

std::vector<nlohmann::json> json_lines(const std::string& out) {
    std::vector<nlohmann::json> lines;
    std::istringstream in(out);
    for (std::string line; std::getline(in, line);) lines.push_back(nlohmann::json::parse(line));
    return lines;
}

std::vector<std::string> text_lines(const std::string& out) {
    std::vector<std::string> lines;
    std::istringstream in(out);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

// Drops what legitimately differs between two runs (timings) so outputs can be compared whole.
std::string without_timings(const std::string& out) {
    std::string all;
    for (auto line : json_lines(out)) {
        line.erase("elapsed_ms");
        all += line.dump() + "\n";
    }
    return all;
}

// Reuters-21578 indexed once per test process (entities off: this is about batching, not extraction),
// and 1,000 generated queries from the bench's own generator.
struct Reuters {
    TempDir dir;
    std::string index = dir / "index";
    std::string queries = dir / "queries.tsv";
    std::vector<std::string> qids;

    Reuters() {
        auto corpus = newsdex::test::shared_dir() / "data" / "reuters21578.jsonl.gz";
        auto make_queries = newsdex::test::shared_dir() / "bench" / "make-queries";
        newsdex::test::skip_unless_exists(corpus);
        newsdex::test::skip_unless_exists(make_queries);
        std::string command = make_queries.string() + " --corpus " + corpus.string() + " --out " + queries +
                              " --n 1000 --seed 42 --no-human > /dev/null 2>&1";
        if (std::system(command.c_str()) != 0) throw std::runtime_error("make-queries failed: " + command);
        // Exit 1 = done, but some articles skipped (Reuters has a few with neither headline nor body).
        auto r = run_newsdex({"ingest", "--quiet", "--no-entities", "--index", index, corpus.string()});
        if (r.exit_code > 1) throw std::runtime_error("ingest of Reuters-21578 failed: " + r.err);
        std::ifstream in(queries);
        for (std::string line; std::getline(in, line);) qids.push_back(line.substr(0, line.find('\t')));
    }
};

const Reuters& reuters() {
    static Reuters instance;
    return instance;
}

}  // namespace

// One test case with sections: CTest runs each case in its own process, and the Reuters index takes a
// minute to build, so it is built once for all of these.
TEST_CASE("batch over 1,000 Reuters-21578 queries", "[integration]") {
    const auto& r = reuters();
    REQUIRE(r.qids.size() == 1000);

    SECTION("1,000 queries come back as 1,000 lines in input order") {
        auto result = run_newsdex({"batch", r.queries, "--index", r.index, "--no-snippets"});
        INFO(result.err);
        CHECK(result.exit_code == 0);
        auto lines = json_lines(result.out);
        REQUIRE(lines.size() == 1000);
        for (std::size_t i = 0; i < lines.size(); ++i) {
            REQUIRE(lines[i]["id"] == r.qids[i]);
            REQUIRE(lines[i].contains("hits"));
            REQUIRE(lines[i].contains("elapsed_ms"));
        }
    }

    SECTION("a malformed line gets an error object and the rest go on") {
        std::ifstream in(r.queries);
        std::string input;
        std::size_t n = 0;
        for (std::string line; std::getline(in, line); ++n) {
            if (n == 500) input += "{\"id\": \"broken\", \"query\": \n";            // malformed JSON: line 501
            if (n == 700) input += "{\"id\": \"badq\", \"query\": \"oil AND\"}\n";  // malformed query: line 702
            input += line + "\n";
        }
        auto result = run_newsdex({"batch", "-", "--index", r.index, "--no-snippets"}, input);
        CHECK(result.exit_code == 1);
        auto lines = json_lines(result.out);
        REQUIRE(lines.size() == 1002);
        std::size_t errors = 0;
        for (const auto& line : lines) errors += line.contains("error") ? 1 : 0;
        CHECK(errors == 2);
        CHECK(lines[500]["line"] == 501);
        CHECK(lines[500].contains("error"));
        CHECK(lines[500]["error"].get<std::string>().find("malformed JSON") != std::string::npos);
        CHECK(lines[701]["id"] == "badq");
        CHECK(lines[701]["line"] == 702);
        CHECK(lines[701]["error"].get<std::string>().find("Syntax") != std::string::npos);
        CHECK(lines[499]["id"] == r.qids[499]);
        CHECK(lines[501]["id"] == r.qids[500]);
        CHECK(lines[1001]["id"] == r.qids[999]);
    }

    SECTION("--threads 2 returns the same results as --threads 1") {
        auto one = run_newsdex({"batch", r.queries, "--index", r.index, "--threads", "1", "--facet", "place"});
        auto two = run_newsdex({"batch", r.queries, "--index", r.index, "--threads", "2", "--facet", "place"});
        CHECK(one.exit_code == 0);
        CHECK(two.exit_code == 0);
        REQUIRE(text_lines(one.out).size() == 1000);
        CHECK(without_timings(one.out) == without_timings(two.out));
    }

    SECTION("bench mode follows the peer benchmark's query contract") {
        auto result = run_newsdex({"batch", "--db", r.index, "--queries", r.queries, "--limit", "10", "--warmup", "1"});
        INFO(result.err);
        CHECK(result.exit_code == 0);
        auto lines = json_lines(result.out);
        REQUIRE(lines.size() == 1000);
        for (std::size_t i = 0; i < lines.size(); ++i) {
            REQUIRE(lines[i]["qid"] == r.qids[i]);
            REQUIRE(lines[i]["micros"].is_number_integer());
            REQUIRE(lines[i]["hits"].size() <= 10);
            REQUIRE(lines[i]["total"].is_number_integer());
        }
        // Same ranking as the JSONL output.
        auto full = json_lines(run_newsdex({"batch", r.queries, "--index", r.index, "--no-snippets"}).out);
        for (std::size_t i = 0; i < lines.size(); ++i) {
            std::vector<std::string> ids;
            for (const auto& hit : full[i]["hits"]) ids.push_back(hit["id"]);
            REQUIRE(lines[i]["hits"].get<std::vector<std::string>>() == ids);
        }
    }
}

// batch keeps document lengths in memory and weighs through posting sources (search/dense_lengths.h); `query`
// weighs with Xapian's IneB2Weight reading lengths from the index. Same hits, scores, snippets and counts.
TEST_CASE("batch ranks, scores, counts and marks snippets exactly as query does", "[integration]") {
    const auto& r = reuters();
    std::ifstream in(r.queries);
    std::string some;
    std::vector<std::string> texts;
    std::size_t n = 0;
    for (std::string line; std::getline(in, line); ++n) {
        if (n % 10 != 0) continue;  // every tenth: one `query` process each
        some += line + "\n";
        texts.push_back(line.substr(line.find('\t') + 1));
    }
    auto batch = run_newsdex({"batch", "-", "--index", r.index, "--limit", "10"}, some);
    INFO(batch.err);
    REQUIRE(batch.exit_code == 0);
    auto lines = json_lines(batch.out);
    REQUIRE(lines.size() == texts.size());
    std::size_t compared_hits = 0;
    for (std::size_t i = 0; i < texts.size(); ++i) {
        INFO(texts[i]);
        auto one = run_newsdex({"query", "--index", r.index, "--format", "json", "--limit", "10", texts[i]});
        REQUIRE(one.exit_code <= 1);
        auto alone = nlohmann::json::parse(one.out);
        CHECK(lines[i]["hits"] == alone["hits"]);
        CHECK(lines[i]["total_lower"] == alone["total_lower"]);
        CHECK(lines[i]["total_upper"] == alone["total_upper"]);
        compared_hits += alone["hits"].size();
    }
    CHECK(compared_hits > 500);
}

TEST_CASE("JSON lines carry filters and facets, and the TREC and TSV formats", "[integration]") {
    std::string input =
        "{\"id\": \"q1\", \"query\": \"kerry\", \"facets\": [\"person\"], \"place\": \"Moscow\", \"limit\": 3}\n"
        "q2\tputin\n"
        "kerry moscow\n";
    auto jsonl = run_newsdex({"batch", "--index", corpus_index()}, input);
    INFO(jsonl.err);
    CHECK(jsonl.exit_code == 0);
    auto lines = json_lines(jsonl.out);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0]["id"] == "q1");
    CHECK(lines[0]["hits"].size() <= 3);
    CHECK_FALSE(lines[0]["hits"].empty());
    CHECK(lines[0]["facets"].contains("person"));
    CHECK(lines[1]["id"] == "q2");
    CHECK(lines[2]["id"] == "3");  // a plain line's id is its line number

    auto trec = run_newsdex({"batch", "--index", corpus_index(), "--format", "trec", "--run-id", "test"}, input);
    CHECK(trec.exit_code == 0);
    for (const auto& line : text_lines(trec.out)) {
        std::istringstream fields(line);
        std::string qid, q0, doc, run;
        int rank = 0;
        double score = 0;
        REQUIRE(static_cast<bool>(fields >> qid >> q0 >> doc >> rank >> score >> run));
        CHECK(q0 == "Q0");
        CHECK(run == "test");
        CHECK(rank >= 1);
    }
    auto tsv = run_newsdex({"batch", "--index", corpus_index(), "--format", "tsv"}, input);
    CHECK(tsv.exit_code == 0);
    CHECK(tsv.out.find("q2\t1\t") != std::string::npos);
}

TEST_CASE("batch usage and index errors", "[integration]") {
    TempDir dir;
    CHECK(run_newsdex({"batch", "--index", dir / "missing"}, "kerry\n").exit_code == 3);
    CHECK(run_newsdex({"batch", "--index", corpus_index(), "--format", "xml"}, "kerry\n").exit_code == 2);
    CHECK(run_newsdex({"batch", "--index", corpus_index(), "--threads", "0"}, "kerry\n").exit_code == 2);
    CHECK(run_newsdex({"batch", "--index", corpus_index(), dir / "nope.tsv"}).exit_code == 3);
    CHECK(run_newsdex({"batch", "--help"}).exit_code == 0);
}
