// End-to-end: web archives, feeds, content detection, every file accounted for, stable ids, delete and
// --prune (issue 18).
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <regex>

#include "support/cli_harness.h"

using newsdex::test::run_newsdex;
using newsdex::test::TempDir;
namespace fs = std::filesystem;

namespace {

// Runs newsdex in another working directory (the child inherits it), then comes back.
newsdex::test::RunResult run_in(const fs::path& cwd, const std::vector<std::string>& args) {
    fs::path here = fs::current_path();
    fs::current_path(cwd);
    auto result = run_newsdex(args);
    fs::current_path(here);
    return result;
}

int documents(const std::string& out) {
    std::smatch m;
    std::regex re("; (\\d+) articles in ");
    REQUIRE(std::regex_search(out, m, re));
    return std::stoi(m[1]);
}

const char* feed = R"(<?xml version="1.0"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Harbour Gazette</title>
<item><title>Grain exports rise</title><link>https://gazette.example/grain</link>
<pubDate>Tue, 15 Dec 2015 10:21:33 +0000</pubDate><dc:creator>Maria Lopez</dc:creator>
<description>Wheat shipments from the harbour grew by a third.</description></item>
<item><title>Ferry timetable changes</title><link>https://gazette.example/ferry</link>
<pubDate>Wed, 16 Dec 2015 08:00:00 GMT</pubDate><description>The winter timetable starts on Monday.</description></item>
</channel></rss>)";

std::string warc(const std::string& uri, const std::string& text) {
    return "WARC/1.0\r\nWARC-Type: resource\r\nWARC-Target-URI: " + uri +
           "\r\nWARC-Date: 2016-01-02T03:04:05Z\r\nContent-Type: text/plain\r\nContent-Length: " +
           std::to_string(text.size()) + "\r\n\r\n" + text + "\r\n\r\n";
}

}  // namespace

TEST_CASE("issue 18: one file ingested three ways is one article and a changed file is updated", "[integration]") {
    TempDir dir;
    fs::create_directory(dir.path() / "mixed");
    std::ofstream(dir / "mixed/story.txt") << "Harbour strike ends\n\nDock workers returned on Monday.";
    std::string index = dir / "ix";
    REQUIRE(run_in(dir.path(), {"ingest", "mixed", "--index", index}).exit_code == 0);
    REQUIRE(run_newsdex({"ingest", dir / "mixed", "--index", index}).exit_code == 0);
    auto third = run_in(dir.path() / "mixed", {"ingest", ".", "--index", index});
    REQUIRE(third.exit_code == 0);
    CHECK(documents(third.out) == 1);
    CHECK(third.out.find("unchanged 1") != std::string::npos);

    std::ofstream(dir / "mixed/story.txt") << "Harbour strike ends\n\nDock workers returned on Tuesday.";
    auto changed = run_newsdex({"ingest", dir / "mixed/story.txt", "--index", index});
    CHECK(changed.out.find("updated 1") != std::string::npos);
    CHECK(documents(changed.out) == 1);
    CHECK(run_newsdex({"query", "--index", index, "tuesday"}).exit_code == 0);
    CHECK(run_newsdex({"query", "--index", index, "monday"}).exit_code == 1);
}

TEST_CASE("every file in a folder is accounted for and formats are found by content", "[integration]") {
    TempDir dir;
    fs::create_directory(dir.path() / "in");
    std::ofstream(dir / "in/notes.csv") << "a,b,c\n";
    std::ofstream(dir / "in/picture.png") << std::string("\x89PNG\r\n\x1a\n\0\0", 10);
    std::ofstream(dir / "in/latest") << feed;  // a feed without an extension
    std::ofstream(dir / "in/crawl.dat") << warc("http://example.com/notes", "Crawled headline\n\nCrawled body.");
    std::string index = dir / "ix";
    auto quiet = run_newsdex({"ingest", dir / "in", "--index", index});
    INFO(quiet.err);
    CHECK(quiet.exit_code == 0);
    CHECK(documents(quiet.out) == 3);
    CHECK(quiet.out.find("no article in: 1 unrecognised file (.csv), 1 unrecognised file (.png)") != std::string::npos);
    CHECK(quiet.out.find("records: 1 resource (1 articles)") != std::string::npos);
    CHECK(quiet.err.find("notes.csv") == std::string::npos);  // one line per file only at -v

    auto verbose = run_newsdex({"ingest", dir / "in", "--index", index, "-v"});
    CHECK(verbose.err.find("notes.csv: unrecognised file (.csv)") != std::string::npos);
    CHECK(verbose.err.find("picture.png: unrecognised file (.png)") != std::string::npos);

    auto grain = run_newsdex({"query", "--index", index, "wheat", "--format", "json"});
    CHECK(grain.exit_code == 0);
    CHECK(grain.out.find("https://gazette.example/grain") != std::string::npos);
    CHECK(grain.out.find("2015-12-15") != std::string::npos);
    CHECK(run_newsdex({"query", "--index", index, "author:lopez"}).exit_code == 0);
    CHECK(run_newsdex({"query", "--index", index, "id:http://example.com/notes"}).exit_code == 0);
}

TEST_CASE("delete by id and by query and --prune deletes the articles of files that are gone", "[integration]") {
    TempDir dir;
    fs::create_directory(dir.path() / "in");
    std::ofstream(dir / "in/a.txt") << "Harbour strike ends\n\nDock workers returned.";
    std::ofstream(dir / "in/b.txt") << "Ferry timetable changes\n\nThe winter timetable starts.";
    std::ofstream(dir / "in/c.txt") << "Council votes on budget\n\nThe budget passed.";
    std::ofstream(dir / "in/feed.rss") << feed;
    std::string index = dir / "ix";
    REQUIRE(run_newsdex({"ingest", dir / "in", "--index", index}).exit_code == 0);

    auto by_id = run_newsdex({"delete", "--index", index, "https://gazette.example/grain"});
    CHECK(by_id.exit_code == 0);
    CHECK(by_id.out.find("deleted 1; 4 articles") != std::string::npos);
    CHECK(run_newsdex({"query", "--index", index, "wheat"}).exit_code == 1);
    auto missing = run_newsdex({"delete", "--index", index, "no-such-id"});
    CHECK(missing.exit_code == 1);
    CHECK(missing.err.find("no article with id 'no-such-id'") != std::string::npos);
    auto by_query = run_newsdex({"delete", "--index", index, "--query", "timetable"});
    CHECK(by_query.out.find("deleted 2; 2 articles") != std::string::npos);  // the feed's ferry item and b.txt
    CHECK(run_newsdex({"delete", "--index", dir / "nowhere", "x"}).exit_code == 3);

    fs::remove(dir.path() / "in/a.txt");
    auto pruned = run_newsdex({"ingest", dir / "in", "--index", index, "--prune", "-v"});
    INFO(pruned.err);
    // The ingest put back what was deleted above (its files are still there); only a.txt's article goes.
    CHECK(pruned.out.find("pruned 1 articles of 1 files gone; 4 articles") != std::string::npos);
    CHECK(pruned.err.find("a.txt: gone") != std::string::npos);
    CHECK(run_newsdex({"query", "--index", index, "budget"}).exit_code == 0);
    CHECK(run_newsdex({"query", "--index", index, "strike"}).exit_code == 1);
}

TEST_CASE("the real Heritrix and wget archives: every file read and records counted by type", "[integration]") {
    fs::path warc = newsdex::test::shared_dir() / "data" / "warc";
    newsdex::test::skip_unless_exists(warc);
    TempDir dir;
    auto r = run_newsdex({"ingest", warc.string(), "--index", dir / "ix"});
    INFO(r.err);
    CHECK(r.err.find("rest of file skipped") == std::string::npos);
    CHECK(r.err.find("skipping to the next record") == std::string::npos);
    std::smatch m;
    REQUIRE(std::regex_search(r.out, m, std::regex("records: 2 filedesc, 14 metadata, 30 request, (\\d+) resource")));
    CHECK(m[1] == "3");
    CHECK(r.out.find("48 response") != std::string::npos);  // 8 + 8 (ARC) + 8 + 8 (WARC) + 16 (wget)
    CHECK(r.out.find("3 warcinfo") != std::string::npos);
}
