// Hostile queries (issue 7): malformed, huge, runaway or impossible queries get a clear message and exit 2
// (or, where Xapian's parser repairs them, a normal answer), never a crash, a hang or an index error.
#include <catch2/catch.hpp>

#include <fstream>

#include "cli/query_command.h"
#include "core/error.h"
#include "support/cli_harness.h"
#include "support/process.h"
#include "support/synthetic_corpus.h"

using newsdex::test::run_newsdex;
using newsdex::test::TempDir;

namespace {

constexpr int answered = -1;  // exit 0 or 1: a normal answer, with or without hits

// 300 synthetic articles plus one whose body holds 1,500 distinct words starting with "a", so "a*" is a
// wildcard explosion (QueryBuilder refuses expansions over max_wildcard_expansion = 1000 terms).
const std::string& hostile_query_index() {
    static TempDir dir;
    static std::string index = [] {
        std::string corpus = dir / "wire.jsonl";
        newsdex::test::write_synthetic_corpus(corpus, 300, "hq");
        std::ofstream out(corpus, std::ios::app);
        out << R"({"id":"many-a","title":"Alphabet soup","date":"2016-02-02","body":")";
        for (int i = 0; i < 1500; ++i) out << "a" << i << "x ";
        out << "\"}\n";
        out.close();
        std::string path = dir / "ix";
        auto r = run_newsdex({"ingest", corpus, "--index", path, "--no-entities"});
        if (r.exit_code != 0) throw std::runtime_error("fixture ingest failed: " + r.err);
        return path;
    }();
    return index;
}

std::string repeated(const std::string& piece, std::size_t bytes) {
    std::string out;
    while (out.size() < bytes) out += piece;
    return out;
}

}  // namespace

TEST_CASE("hostile queries get a clear message and exit 2 or an answer, never a crash or a hang (issue 7)",
          "[integration]") {
    auto [name, query, expected_code, message] = GENERATE(table<std::string, std::string, int, std::string>({
        // Xapian's parser repairs unbalanced quotes and brackets (query_test relies on "\"common ground"):
        // they are answered, not refused.
        {"unbalanced quote", "\"central bank", answered, ""},
        {"lone quote", "\"", answered, ""},
        {"unbalanced open bracket", "(market OR oil", answered, ""},
        {"unbalanced close bracket", "market OR oil))", answered, ""},
        {"deep brackets", repeated("(", 5000) + "market" + repeated(")", 4000), answered, ""},
        {"operators only", "AND OR NOT NEAR", 2, "Syntax"},
        {"a 100 KB query", repeated("market treaty ", 100 * 1024), 2, "the limit is 16 KB"},
        {"a 16 KB query is still fine", repeated("oil ", 16 * 1024 / 4 - 1), answered, ""},
        {"a 10,000-character word", std::string(10000, 'q'), answered, ""},
        {"wildcard explosion", "a*", 2, "wildcard matches more than 1000 terms"},
        {"wildcard explosion in a field", "market OR a*", 2, "wildcard matches more than"},
        {"bounded wildcard", "a14*", answered, ""},
        {"impossible month", "date:2015-13-01", 2, "date:"},
        {"impossible day", "date:2016-02-30", 2, "date:"},
        {"impossible mentioned date", "mentions:2016-02-31", 2, "mentions:"},
        {"not a date", "date:yesterday", 2, "date:"},
        {"unknown field", "foo:bar", 2, "unknown field 'foo:'"},
        {"unknown field after words", "market titel:oil", 2, "unknown field 'titel:'"},
        {"quoted unknown field is text", "\"foo:bar\"", answered, ""},
        {"known field", "title:moscow", answered, ""},
        {"url-like text is not a field", "http://example.com/market", answered, ""},
        {"empty query", "", 2, "empty query"},
        {"blank query", "   \t ", 2, "empty query"},
        {"invalid UTF-8", "caf\xe9 \xff\xfe market", answered, ""},
        {"control characters", "market\x01\x07\x1b[31m oil", answered, ""},
        {"lone wildcard", "*", answered, ""},
    }));
    INFO(name);
    bool timed_out = false;
    auto r = newsdex::test::run_newsdex_bounded({"query", "--index", hostile_query_index(), query},
                                                std::chrono::seconds(30), timed_out);
    INFO("exit " << r.exit_code << ", stderr: " << r.err.substr(0, 2000));
    REQUIRE_FALSE(timed_out);
    if (expected_code == answered) {
        CHECK((r.exit_code == 0 || r.exit_code == 1));
    } else {
        CHECK(r.exit_code == expected_code);
        CHECK(r.err.find(message) != std::string::npos);
        CHECK(r.err.rfind("newsdex: ", 0) == 0);  // one clear message, not a stack trace
    }
}

TEST_CASE("a query with a NUL byte is refused with a clear message (issue 7)", "[integration]") {
    // argv cannot carry a NUL, so the query goes straight to the command's parser, which refuses it.
    std::string query("market\0oil", 10);
    try {
        newsdex::cli::parse_query({"--index", hostile_query_index(), query});
        FAIL("a NUL byte was accepted");
    } catch (const newsdex::Error& error) {
        CHECK(error.kind() == newsdex::ErrorKind::query);
        CHECK(error.exit_code() == 2);
        CHECK(std::string(error.reason()).find("NUL") != std::string::npos);
    }
}
