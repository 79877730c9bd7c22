// JSON lines become articles; field aliases and odd value types are handled; bad lines give reasons.
#include <catch2/catch.hpp>

#include "ingest/json_article.h"

using newsdex::RawArticle;
using newsdex::ingest::JsonArticleParser;

TEST_CASE("JSON fields map to article fields, first alias wins", "[unit]") {
    JsonArticleParser parser;
    auto parsed = parser.parse(R"({"id": 42, "headline": "H", "title": "ignored", "content": "Body.",
        "published": "2015-12-15", "source": {"name": "Reuters"}, "link": "http://x/1",
        "authors": ["A. One", "B. Two"], "section": "world", "lang": "en", "extra": {"deep": [1, 2, {"x": 3}]}})");
    REQUIRE(std::holds_alternative<RawArticle>(parsed));
    const auto& a = std::get<RawArticle>(parsed);
    CHECK(a.id == "42");
    CHECK(a.title == "H");
    CHECK(a.body == "Body.");
    CHECK(a.date == "2015-12-15");
    CHECK(a.source == "Reuters");
    CHECK(a.url == "http://x/1");
    CHECK(a.authors == std::vector<std::string>{"A. One", "B. Two"});
    CHECK(a.category == "world");
    CHECK(a.language == "en");
}

TEST_CASE("escapes and nulls", "[unit]") {
    JsonArticleParser parser;
    auto parsed = parser.parse(R"({"id":"x","title":"Caf\u00e9 \"quoted\"","body":null,"date":null})");
    REQUIRE(std::holds_alternative<RawArticle>(parsed));
    const auto& a = std::get<RawArticle>(parsed);
    CHECK(a.title == "Caf\xC3\xA9 \"quoted\"");
    CHECK(a.body.empty());
    CHECK(a.date.empty());
}

TEST_CASE("lines that are not articles give a reason", "[unit]") {
    auto [line, reason] = GENERATE(table<std::string, std::string>({
        {"{not json}", "invalid JSON"},
        {"[1, 2, 3]", "not a JSON object"},
        {R"({"id": "x", "title": "T", "body": "B")", "invalid JSON"},
        {R"({"url": "http://x", "title": " "})", "no \"title\" or \"body\""},
        {std::string(2000, '[') + std::string(2000, ']'), "JSON"},
    }));
    JsonArticleParser parser;
    auto parsed = parser.parse(line);
    REQUIRE(std::holds_alternative<std::string>(parsed));
    CHECK_THAT(std::get<std::string>(parsed), Catch::Contains(reason));
}

// Issue 15: a teaser before the story made the teaser the body; pubDate and Reuters' topics were dropped.
TEST_CASE("issue 15: the longest text is the body, the teaser a summary, whatever the order", "[unit]") {
    JsonArticleParser parser;
    auto parsed = parser.parse(R"({"id": "a", "title": "T", "description": "A short teaser.",
        "content": "The whole story, with the word zanzibar in it, and more."})");
    REQUIRE(std::holds_alternative<RawArticle>(parsed));
    const auto& a = std::get<RawArticle>(parsed);
    CHECK(a.body == "The whole story, with the word zanzibar in it, and more.");
    CHECK(a.summary == "A short teaser.");
    // A teaser the story repeats is not kept twice; a teaser alone is the body.
    auto repeated = std::get<RawArticle>(parser.parse(R"({"id": "b", "summary": "Story", "text": "Story goes on."})"));
    CHECK(repeated.body == "Story goes on.");
    CHECK(repeated.summary.empty());
    auto alone = std::get<RawArticle>(parser.parse(R"({"id": "c", "description": "Only a teaser."})"));
    CHECK(alone.body == "Only a teaser.");
}

TEST_CASE("issue 15: date keys in any case or spelling", "[unit]") {
    auto key = GENERATE(as<std::string>{}, "pubDate", "published_at", "publishedAt", "datePublished", "publish_date",
                        "publication_date", "PUBDATE", "date");
    JsonArticleParser parser;
    auto parsed = parser.parse(R"({"id": "a", "title": "T", ")" + key + R"(": "2021-02-03"})");
    REQUIRE(std::holds_alternative<RawArticle>(parsed));
    CAPTURE(key);
    CHECK(std::get<RawArticle>(parsed).date == "2021-02-03");
}

TEST_CASE("issue 15: Reuters-21578 topics are categories and its places are kept", "[unit]") {
    JsonArticleParser parser;
    auto parsed = parser.parse(R"({"id": "reuters-5", "title": "T", "body": "B", "topics": ["grain", "wheat"],
        "places": ["usa", "west-germany"], "people": [], "category": "Business"})");
    REQUIRE(std::holds_alternative<RawArticle>(parsed));
    const auto& a = std::get<RawArticle>(parsed);
    CHECK(a.category == "grain; wheat; Business");
    CHECK(a.places == std::vector<std::string>{"usa", "west-germany"});
}

TEST_CASE("issue 15: Reuters-21578 people, orgs and exchanges are kept", "[unit]") {
    JsonArticleParser parser;
    auto parsed = parser.parse(R"({"id": "reuters-12", "title": "T", "body": "B", "people": ["reagan", "james-baker"],
        "orgs": ["opec"], "exchanges": ["nyse", "lse"], "companies": []})");
    REQUIRE(std::holds_alternative<RawArticle>(parsed));
    const auto& a = std::get<RawArticle>(parsed);
    CHECK(a.people == std::vector<std::string>{"reagan", "james-baker"});
    CHECK(a.orgs == std::vector<std::string>{"opec", "nyse", "lse"});
}
