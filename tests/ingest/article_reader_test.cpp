// Path walking and format detection over real files in a temporary directory.
#include <catch2/catch.hpp>

#include <zlib.h>
#include <atomic>
#include <filesystem>
#include <fstream>

#include "ingest/article_reader.h"
#include "support/cli_harness.h"

using namespace newsdex;
namespace fs = std::filesystem;

namespace {

struct Collected {
    std::vector<RawArticle> articles;
    std::vector<ingest::Diagnostic> problems;
    ingest::ReadCounts counts;
};

Collected read_all(const std::vector<std::string>& paths) {
    Collected c;
    c.counts = ingest::read_articles(
        paths, {}, [&](RawArticle&& a) { c.articles.push_back(std::move(a)); },
        [&](const ingest::Diagnostic& d) { c.problems.push_back(d); });
    return c;
}

}  // namespace

TEST_CASE("directories are read recursively in name order, by extension", "[unit]") {
    test::TempDir dir;
    fs::create_directories(dir.path() / "b" / "nested");
    std::ofstream(dir / "a.txt") << "Alpha\n\nFirst body.";
    std::ofstream(dir / "b/nested/c.md") << "# Gamma\n\nThird body.";
    std::ofstream(dir / "b/feed.jsonl") << R"({"title":"Beta","body":"Second"})"
                                           "\n\n"
                                        << R"({"id":"j2","title":"Beta two","body":"More"})"
                                           "\n";
    std::ofstream(dir / "notes.csv") << "ignored,because,unknown";
    std::ofstream(dir / ".hidden.txt") << "Hidden\n\nNot read.";
    gzFile gz = gzopen((dir / "z.jsonl.gz").c_str(), "wb");
    std::string line = R"({"id":"z1","title":"Zipped","body":"Compressed text"})"
                       "\n";
    gzwrite(gz, line.data(), static_cast<unsigned>(line.size()));
    gzclose(gz);

    auto c = read_all({dir.path().string()});
    REQUIRE(c.articles.size() == 5);
    // The .csv is no article, and says so (issue 18: never passed over silently); it is not a failure.
    REQUIRE(c.problems.size() == 1);
    CHECK(c.problems[0].passed_over);
    CHECK_FALSE(c.problems[0].skipped);
    CHECK(c.problems[0].reason == "unrecognised file (.csv)");
    CHECK(c.articles[0].title == "Alpha");
    CHECK(c.articles[0].id == (dir.path() / "a.txt").lexically_normal().string());
    CHECK(c.articles[1].title == "Beta");
    CHECK(c.articles[1].id == (dir.path() / "b/feed.jsonl").lexically_normal().string() + "#1");
    CHECK(c.articles[1].line == 1);
    CHECK(c.articles[2].id == "j2");
    CHECK(c.articles[2].line == 3);
    CHECK(c.articles[3].title == "Gamma");
    CHECK(c.articles[4].id == "z1");
}

TEST_CASE("bad files are reported with a reason and the rest is read", "[unit]") {
    test::TempDir dir;
    std::ofstream(dir / "empty.txt") << "";
    std::ofstream(dir / "binary.txt") << std::string("PK\0\0\x03\x04", 6);
    std::ofstream(dir / "latin1.txt") << "Caf\xE9 au lait\n\nS\xE9ville.";
    std::ofstream(dir / "mixed.jsonl") << R"({"title":"Good","body":"One"})"
                                          "\n{broken\n"
                                       << R"({"title":"Also good","body":"Two"})"
                                          "\n";
    fs::create_directory_symlink(dir.path(), dir.path() / "loop");
    auto c = read_all({dir.path().string(), (dir.path() / "missing.txt").string()});
    std::vector<std::string> titles;
    for (const auto& a : c.articles) titles.push_back(a.title);
    CHECK(titles == std::vector<std::string>{"Caf\xC3\xA9 au lait", "Good", "Also good"});
    auto has = [&](const std::string& file_part, const std::string& reason_part) {
        for (const auto& d : c.problems) {
            if (d.file.find(file_part) != std::string::npos && d.reason.find(reason_part) != std::string::npos)
                return true;
        }
        return false;
    };
    CHECK(has("empty.txt", "empty"));
    CHECK(has("binary.txt", "binary"));
    CHECK(has("latin1.txt", "windows-1252"));
    CHECK(has("mixed.jsonl", "invalid JSON"));
    CHECK(has("loop", "loop"));
    CHECK(has("missing.txt", "cannot read"));
}

TEST_CASE("issue 18: .json files: one object, an array of objects, or JSON Lines; bad elements reported", "[unit]") {
    test::TempDir dir;
    std::ofstream(dir / "a-one.json") << "{\n  \"id\": \"one\",\n  \"title\": \"Pretty printed\",\n  \"body\": \"Over "
                                         "several lines.\"\n}\n";
    std::ofstream(dir / "b-array.json") << "[\n  {\"id\": \"arr1\", \"title\": \"First\", \"body\": \"A.\"},\n"
                                           "  {\"title\": \"No id\", \"body\": \"B.\"}\n]\n";
    std::ofstream(dir / "c-lines.json") << "{\"id\":\"l1\",\"title\":\"Line one\",\"body\":\"C.\"}\n"
                                           "{\"id\":\"l2\",\"title\":\"Line two\",\"body\":\"D.\"}\n";
    std::ofstream(dir / "d-bad.json")
        << "[{\"id\":\"ok\",\"title\":\"Kept\",\"body\":\"E.\"},\n 42, {\"id\":\"lost\"}]";
    std::ofstream(dir / "e-empty.json") << "[ ]";
    auto c = read_all({dir.path().string()});
    std::vector<std::string> ids;
    for (const auto& a : c.articles) ids.push_back(a.id);
    REQUIRE(ids.size() == 6);
    CHECK(ids[0] == "one");
    CHECK(c.articles[0].body == "Over several lines.");
    CHECK(ids[1] == "arr1");
    CHECK(ids[2] == fs::canonical(dir / "b-array.json").string() + "#2");  // an element's number names it
    CHECK(c.articles[2].line == 3);
    CHECK((std::vector<std::string>{ids[3], ids[4], ids[5]} == std::vector<std::string>{"l1", "l2", "ok"}));
    auto has = [&](const std::string& file_part, const std::string& reason_part) {
        for (const auto& d : c.problems) {
            if (d.file.find(file_part) != std::string::npos && d.reason.find(reason_part) != std::string::npos) {
                return d.skipped;
            }
        }
        return false;
    };
    CHECK(has("d-bad.json", "array element 2 is not a JSON object"));
    CHECK(has("e-empty.json", "empty JSON array"));
    CHECK(c.counts.passed_over.empty());  // no .json passed over as unrecognised
}

TEST_CASE("a stop ends reading between articles, in a JSONL file, a folder and a WARC, with no exception", "[unit]") {
    test::TempDir dir;
    std::ofstream(dir / "a.jsonl") << R"({"id":"1","title":"One","body":"x"})"
                                      "\n"
                                   << R"({"id":"2","title":"Two","body":"x"})"
                                      "\n"
                                   << R"({"id":"3","title":"Three","body":"x"})"
                                      "\n";
    std::ofstream(dir / "b.txt") << "Bee\n\nNot reached.";
    std::atomic<bool> stop{false};
    ingest::ReadOptions options;
    options.stop = &stop;
    std::vector<std::string> ids;
    auto stop_after_two = [&](RawArticle&& a) {
        ids.push_back(a.id);
        if (ids.size() == 2) stop = true;
    };
    auto counts =
        ingest::read_articles({dir.path().string()}, options, stop_after_two, [](const ingest::Diagnostic&) {});
    CHECK(ids == std::vector<std::string>{"1", "2"});
    CHECK(counts.stopped);

    // The same reader without a stop reads all four articles.
    stop = false;
    ids.clear();
    options.stop = nullptr;
    counts = ingest::read_articles(
        {dir.path().string()}, options, [&](RawArticle&& a) { ids.push_back(a.id); }, [](const ingest::Diagnostic&) {});
    CHECK(ids.size() == 4);
    CHECK_FALSE(counts.stopped);

    // A real web archive: the stop ends the record loop too.
    const fs::path warc = fs::path(NEWSDEX_SHARED_DIR) / "data" / "html" / "readability-pages.warc.gz";
    if (!fs::exists(warc)) {
        WARN("skipped the WARC part: " << warc << " is absent");
        return;
    }
    stop = false;
    ids.clear();
    options.stop = &stop;
    counts = ingest::read_articles({warc.string()}, options, stop_after_two, [](const ingest::Diagnostic&) {});
    CHECK(ids.size() == 2);
    CHECK(counts.stopped);
}
