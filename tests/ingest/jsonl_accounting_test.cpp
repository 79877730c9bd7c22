// Issue 17, cases 3-6: every JSONL line is read or reported (byte-order marks, UTF-16, several objects on a line,
// junk after an object, values with no text where text belongs, empty files).
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "ingest/article_reader.h"
#include "support/cli_harness.h"

using namespace newsdex;

namespace {

struct Collected {
    std::vector<RawArticle> articles;
    std::vector<ingest::Diagnostic> problems;
    ingest::ReadCounts counts;
};

Collected read_bytes(const test::TempDir& dir, const std::string& name, const std::string& bytes) {
    std::string path = dir / name;
    std::ofstream(path, std::ios::binary) << bytes;
    Collected c;
    c.counts = ingest::read_articles(
        {path}, {}, [&](RawArticle&& a) { c.articles.push_back(std::move(a)); },
        [&](const ingest::Diagnostic& d) { c.problems.push_back(d); });
    return c;
}

std::string utf16(const std::string& ascii, bool big_endian) {
    std::string out = big_endian ? "\xFE\xFF" : "\xFF\xFE";
    for (char c : ascii) {
        if (big_endian) out += '\0';
        out += c;
        if (!big_endian) out += '\0';
    }
    return out;
}

const std::string two_lines = R"({"id":"one","title":"Grain deal","body":"Ships sail."})"
                              "\n"
                              R"({"id":"two","title":"Port reopens","body":"Cranes move."})"
                              "\n";

bool reported(const Collected& c, std::size_t line, const std::string& text, bool skipped) {
    for (const auto& d : c.problems) {
        if (d.line == line && d.reason.find(text) != std::string::npos && d.skipped == skipped) return true;
    }
    return false;
}

}  // namespace

TEST_CASE("issue 17 case 3: a JSONL file starting with a UTF-8 BOM keeps its first article", "[unit]") {
    test::TempDir dir;
    auto c = read_bytes(dir, "bom.jsonl", "\xEF\xBB\xBF" + two_lines);
    REQUIRE(c.articles.size() == 2);
    CHECK(c.articles[0].id == "one");
    CHECK(c.articles[0].title == "Grain deal");
    CHECK(c.problems.empty());
}

TEST_CASE("issue 17 case 5: UTF-16 JSONL with a BOM keeps every article, either byte order", "[unit]") {
    test::TempDir dir;
    bool big_endian = GENERATE(false, true);
    // Non-ASCII text too: "Zürich" and an emoji (a surrogate pair) survive the decoding.
    std::string text = two_lines;
    auto c = read_bytes(dir, "wide.jsonl", utf16(text, big_endian));
    REQUIRE(c.articles.size() == 2);
    CHECK(c.articles[0].id == "one");
    CHECK(c.articles[1].id == "two");
    CHECK(c.articles[1].line == 2);
    CHECK(reported(c, 0, big_endian ? "decoded as UTF-16BE" : "decoded as UTF-16LE", false));
}

TEST_CASE("UTF-16 decoding keeps characters outside ASCII and surrogate pairs", "[unit]") {
    test::TempDir dir;
    // {"id":"z","title":"Zürich 😀"} in UTF-16LE, written unit by unit.
    std::u16string units = u"{\"id\":\"z\",\"title\":\"Z\u00fcrich \U0001F600\"}\n";
    std::string bytes = "\xFF\xFE";
    for (char16_t u : units) {
        bytes += static_cast<char>(u & 0xFF);
        bytes += static_cast<char>(u >> 8);
    }
    auto c = read_bytes(dir, "wide.jsonl", bytes);
    REQUIRE(c.articles.size() == 1);
    CHECK(c.articles[0].title == "Z\xC3\xBCrich \xF0\x9F\x98\x80");
}

TEST_CASE("issue 17 case 4: two objects on one line are both read", "[unit]") {
    test::TempDir dir;
    std::string separator = GENERATE(std::string(""), std::string(" "), std::string("\t "));
    auto c = read_bytes(dir, "two.jsonl",
                        R"({"title":"First","body":"One."})" + separator + R"({"title":"Second","body":"Two."})" +
                            "\n" + R"({"id":"x","title":"Third","body":"Three."})" + "\n");
    REQUIRE(c.articles.size() == 3);
    CHECK(c.articles[0].title == "First");
    CHECK(c.articles[1].title == "Second");
    CHECK(c.articles[1].line == 1);
    // Without ids the two need ids of their own, or the second would replace the first.
    CHECK(c.articles[0].id != c.articles[1].id);
    CHECK(reported(c, 1, "more than one JSON value", false));
    CHECK(c.counts.skipped == 0);
}

TEST_CASE("issue 17 case 4: junk after a closing brace is reported with its column", "[unit]") {
    test::TempDir dir;
    std::string junk = GENERATE(std::string("}"), std::string(", 1"), std::string(" 42"), std::string("]"));
    auto c = read_bytes(dir, "junk.jsonl", R"({"id":"a","title":"Kept","body":"B."})" + junk + "\n" + two_lines);
    INFO("junk: " << junk);
    CHECK(c.articles.size() == 3);
    CHECK(reported(c, 1, "text after the JSON object (column " + std::to_string(junk[0] == ' ' ? 39 : 38) + ")", true));
    CHECK(c.counts.skipped == 1);
}

TEST_CASE("issue 17 case 6: a text field holding no text, and an object id, are reported", "[unit]") {
    test::TempDir dir;
    std::string deep;
    for (int i = 0; i < 100000; ++i) deep += R"({"a":)";
    deep += "1";
    deep += std::string(100000, '}');
    auto c = read_bytes(dir, "odd.jsonl",
                        R"({"id":"deep","title":)" + deep + R"(,"body":"Body text."})" + "\n" +
                            R"({"id":{"x":1},"title":"Object id","body":"Body."})" + "\n");
    REQUIRE(c.articles.size() == 2);
    CHECK(c.articles[0].title.empty());
    CHECK(reported(c, 1, "\"title\" is a JSON object or array with no text in it", false));
    CHECK(reported(c, 2, "\"id\" is a JSON object or array with no text in it", false));
}

TEST_CASE("issue 17 case 6: an empty .jsonl is reported like an empty .txt", "[unit]") {
    test::TempDir dir;
    std::string bytes = GENERATE(std::string(""), std::string("\n  \n\r\n"), std::string("\xEF\xBB\xBF"));
    auto c = read_bytes(dir, "empty.jsonl", bytes);
    CHECK(c.articles.empty());
    CHECK(reported(c, 0, "empty file; skipped", true));
    CHECK(c.counts.skipped == 1);
}
