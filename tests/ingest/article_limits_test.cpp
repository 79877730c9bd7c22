// Issue 17: one maximum article size for every format, and binary junk is not an article.
#include <catch2/catch.hpp>

#include <fstream>
#include <random>

#include "ingest/article_reader.h"
#include "ingest/line_reader.h"
#include "support/cli_harness.h"

using namespace newsdex;

namespace {

struct Collected {
    std::vector<RawArticle> articles;
    std::vector<ingest::Diagnostic> problems;
};

Collected read_bytes(const test::TempDir& dir, const std::string& name, const std::string& bytes) {
    std::string path = dir / name;
    std::ofstream(path, std::ios::binary) << bytes;
    Collected c;
    ingest::read_articles(
        {path}, {}, [&](RawArticle&& a) { c.articles.push_back(std::move(a)); },
        [&](const ingest::Diagnostic& d) { c.problems.push_back(d); });
    return c;
}

bool said(const Collected& c, const std::string& text) {
    for (const auto& d : c.problems) {
        if (d.reason.find(text) != std::string::npos && d.skipped) return true;
    }
    return false;
}

}  // namespace

TEST_CASE("issue 17: an article over the maximum size is skipped the same way in every format", "[unit]") {
    test::TempDir dir;
    std::string words;
    while (words.size() <= ingest::max_article_bytes) words += "grain exports rise again ";
    auto text = read_bytes(dir, "big.txt", "Headline\n\n" + words);
    CHECK(text.articles.empty());
    CHECK(said(text, "larger than 1 MB; skipped"));
    auto jsonl = read_bytes(dir, "big.jsonl",
                            R"({"id":"a","title":"A","body":"kept"})"
                            "\n"
                            R"({"id":"big","title":"B","body":")" +
                                words + "\"}\n" + R"({"id":"c","title":"C","body":"kept"})" + "\n");
    REQUIRE(jsonl.articles.size() == 2);
    CHECK(jsonl.articles[1].id == "c");
    CHECK(said(jsonl, "article larger than 1 MB; skipped"));
    CHECK(said(text, "article larger than 1 MB; skipped"));
    // Just under the limit is an article.
    auto fits = read_bytes(dir, "fits.txt", "Headline\n\n" + words.substr(0, ingest::max_article_bytes - 100));
    CHECK(fits.articles.size() == 1);
}

TEST_CASE("issue 18: an extracted page or feed item over the maximum size is skipped like any article", "[unit]") {
    test::TempDir dir;
    std::string paragraphs;  // over the maximum of article text (markup is a tenth of it), under the 16 MB page cut
    while (paragraphs.size() <= ingest::max_article_bytes * 5 / 4) {
        paragraphs += "<p>Grain exports rise again, the harbour council said, and ferries run late again.</p>\n";
    }
    auto page = read_bytes(dir, "big.html",
                           "<!DOCTYPE html><html><head><title>Big</title></head><body><article>" + paragraphs +
                               "</article></body></html>");
    CHECK(page.articles.empty());
    CHECK(said(page, "article larger than 1 MB; skipped"));
    std::string item =
        "<item><title>Small</title><link>https://feed.example/small</link><description>Kept "
        "text.</description></item>";
    auto feed = read_bytes(dir, "big.rss",
                           "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>F</title>" + item +
                               "<item><title>Big</title><link>https://feed.example/big</link><description><![CDATA[" +
                               paragraphs + "]]></description></item>" + item + "</channel></rss>");
    CHECK(feed.articles.size() == 2);
    CHECK(said(feed, "https://feed.example/big: article larger than 1 MB; skipped"));
}

TEST_CASE("issue 17: control bytes and random bytes are not indexed as an article", "[unit]") {
    test::TempDir dir;
    auto controls = read_bytes(dir, "controls.txt", std::string(100000, '\x01'));
    CHECK(controls.articles.empty());
    CHECK(said(controls, "binary file"));
    std::mt19937 rng(17);
    std::string random;
    while (random.size() < 100000) {
        char c = static_cast<char>(rng() % 256);
        if (c != '\0') random += c;  // without NULs, which were caught before
    }
    auto junk = read_bytes(dir, "random.txt", random);
    CHECK(junk.articles.empty());
    CHECK(said(junk, "binary file"));
    // In JSON the control characters are escaped, so the file is text, but the article is still junk.
    std::string escaped;
    for (int i = 0; i < 100000; ++i) escaped += "\\u00" + std::string(i % 2 ? "0" : "1") + "123456789abcdef"[i % 15];
    auto json = read_bytes(dir, "controls.jsonl",
                           R"({"id":"junk","title":"Junk","body":")" + escaped + "\"}\n" +
                               R"({"id":"kept","title":"Kept","body":"A real article \u0007 with a bell."})" + "\n");
    REQUIRE(json.articles.size() == 1);
    CHECK(json.articles[0].id == "kept");
    CHECK(said(json, "binary content ("));
    // A real text with a few control characters (terminal escapes, a bell) is still an article.
    auto text =
        read_bytes(dir, "control.txt", "Control \x01\x02 characters \x1b[1m bold\n\nBody \x07 with \x08 backspaces.\n");
    CHECK(text.articles.size() == 1);
}
