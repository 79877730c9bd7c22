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
