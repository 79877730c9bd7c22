// Issue 17, limits and hygiene: count options that wrapped round, facets that named nothing, NUL in batch JSON,
// no advice to ingest into a file that is not an index, and escaped file names in diagnostics.
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>

#include "support/cli_harness.h"

using newsdex::test::corpus_index;
using newsdex::test::run_newsdex;
using newsdex::test::TempDir;

TEST_CASE("issue 17: negative, huge and empty counts exit 2 with a message", "[integration]") {
    using Row = std::tuple<std::string, std::string, std::string>;
    auto [command, option, value] = GENERATE(table<std::string, std::string, std::string>({
        Row{"query", "--limit", "-1"},
        Row{"query", "--limit", "10000000000000000000"},
        Row{"query", "--offset", "-5"},
        Row{"query", "--facet-limit", "-1"},
        Row{"query", "--limit", "1e3"},
        Row{"batch", "--limit", "-1"},
        Row{"batch", "--offset", "-5"},
        Row{"similar", "--limit", "-1"},
        Row{"stats", "--facet-limit", "-1"},
    }));
    std::vector<std::string> args{command, "--index", corpus_index(), option, value};
    if (command == "query") args.push_back("market");
    if (command == "similar") args.push_back("some-id");
    auto r = run_newsdex(args, command == "batch" ? "market\n" : "");
    INFO(command << " " << option << " " << value << ": " << r.err);
    CHECK(r.exit_code == 2);
    CHECK(r.err.find(option + " '" + value + "' is not a whole number") != std::string::npos);
}

TEST_CASE("issue 17: counts in range still work", "[integration]") {
    auto r = run_newsdex({"query", "--index", corpus_index(), "--limit", "1000000000", "--offset", "0", "market"});
    INFO(r.err);
    CHECK(r.exit_code <= 1);
}

TEST_CASE("issue 17: --facet with only commas exits 2", "[integration]") {
    auto r = run_newsdex({"query", "--index", corpus_index(), "--facet", ",", "market"});
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("names no facet") != std::string::npos);
}

TEST_CASE("issue 17: batch refuses a NUL escaped in JSON as query does", "[integration]") {
    auto r = run_newsdex({"batch", "--index", corpus_index()}, "{\"id\":\"q\",\"query\":\"market\\u0000x\"}\n");
    CHECK(r.exit_code == 1);
    CHECK(r.out.find("query contains a NUL byte") != std::string::npos);
}

TEST_CASE("issue 17: query --index on a file does not suggest ingesting into it", "[integration]") {
    TempDir dir;
    std::ofstream(dir / "passwd") << "root:x:0:0:root:/root:/bin/bash\n";
    auto r = run_newsdex({"query", "--index", dir / "passwd", "market"});
    CHECK(r.exit_code == 3);
    CHECK(r.err.find("not a newsdex index") != std::string::npos);
    CHECK(r.err.find("newsdex ingest") == std::string::npos);
}

TEST_CASE("issue 17: file names in diagnostics are escaped", "[integration]") {
    TempDir dir;
    std::string name = "evil\nname\x1b[31m.txt";
    std::ofstream(dir / name) << "";
    auto r = run_newsdex({"ingest", dir / name, "--index", dir / "ix"});
    INFO(r.err);
    CHECK(r.err.find("evil\\nname\\x1b[31m.txt: empty file; skipped") != std::string::npos);
    CHECK(r.err.find('\x1b') == std::string::npos);
    // One line per diagnostic: the name did not split it.
    CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
}
