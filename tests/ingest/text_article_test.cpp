// The first paragraph of a text file is its headline.
#include <catch2/catch.hpp>

#include "ingest/text_article.h"

using newsdex::RawArticle;

TEST_CASE("headline is the first paragraph, body the rest", "[unit]") {
    auto [input, title, body] = GENERATE(table<std::string, std::string, std::string>({
        {"Headline here\n\nBody one.\n\nBody two.\n", "Headline here", "Body one.\n\nBody two."},
        {"\n\n  Wrapped\nheadline  \n\nBody.", "Wrapped headline", "Body."},
        {"# Markdown title\n\nText.", "Markdown title", "Text."},
        {"Only a headline", "Only a headline", ""},
        {"Title\r\n\r\nWindows body.\r\n", "Title", "Windows body."},
    }));
    auto parsed = newsdex::ingest::parse_text_article(input);
    REQUIRE(std::holds_alternative<RawArticle>(parsed));
    CHECK(std::get<RawArticle>(parsed).title == title);
    CHECK(std::get<RawArticle>(parsed).body == body);
}

TEST_CASE("blank text is not an article", "[unit]") {
    auto parsed = newsdex::ingest::parse_text_article(" \n\n \t\n");
    CHECK(std::holds_alternative<std::string>(parsed));
}
