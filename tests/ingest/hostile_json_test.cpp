// Regressions from hostile input and fuzzing (issue 7): each feeds the input that broke a parser through the
// same entry point the ingest (and the fuzz target) uses.
#include <catch2/catch.hpp>

#include "ingest/json_article.h"
#include "ingest/text_article.h"
#include "text/normalize.h"

using newsdex::RawArticle;
using newsdex::ingest::JsonArticleParser;

namespace {

std::string nested(const std::string& open, const std::string& inner, const std::string& close, int depth) {
    std::string out;
    for (int i = 0; i < depth; ++i) out += open;
    out += inner;
    for (int i = 0; i < depth; ++i) out += close;
    return out;
}

}  // namespace

TEST_CASE("issue 7: a 100,000-deep value in a field that is read is refused, not a stack overflow", "[unit]") {
    JsonArticleParser parser;
    auto [field, open, close] = GENERATE(table<std::string, std::string, std::string>({
        {"title", "[", "]"},
        {"authors", "[", "]"},
        {"source", R"({"name":)", "}"},
        {"category", R"({"title":)", "}"},
    }));
    INFO(field);
    std::string json = R"({"id":"d","body":"text",")" + field + "\":" + nested(open, "\"x\"", close, 100000) + "}";
    auto parsed = parser.parse(json);
    REQUIRE(std::holds_alternative<std::string>(parsed));
    CHECK(std::get<std::string>(parsed).find("invalid JSON") == 0);
    // The parser is still usable afterwards.
    CHECK(std::holds_alternative<RawArticle>(parser.parse(R"({"title":"Fine","body":"b"})")));
}

TEST_CASE("issue 7: modest nesting in metadata is still read", "[unit]") {
    JsonArticleParser parser;
    auto parsed = parser.parse(R"({"title":"T","source":{"name":{"name":"Reuters"}},"authors":[["A"],["B"]]})");
    REQUIRE(std::holds_alternative<RawArticle>(parsed));
    const auto& article = std::get<RawArticle>(parsed);
    CHECK(article.source == "Reuters");
    CHECK(article.authors == std::vector<std::string>{"A", "B"});
}

TEST_CASE("issue 7: deep nesting under an ignored key does not stop the article", "[unit]") {
    JsonArticleParser parser;
    auto parsed = parser.parse(R"({"title":"Kept","extra":)" + nested("[", "1", "]", 100000) + R"(,"body":"b"})");
    REQUIRE(std::holds_alternative<RawArticle>(parsed));
    CHECK(std::get<RawArticle>(parsed).body == "b");
}

TEST_CASE("issue 7: whitespace-only title and body are no text", "[unit]") {
    JsonArticleParser parser;
    auto parsed = parser.parse(R"({"title":"   ","body":"\n\t "})");
    REQUIRE(std::holds_alternative<std::string>(parsed));
    CHECK(std::get<std::string>(parsed) == "no \"title\" or \"body\" text");
    // With an id the record is kept (the reader reports it): Reuters-21578 has such a wire item.
    CHECK(std::holds_alternative<newsdex::RawArticle>(parser.parse(R"({"id":"blank","title":"   ","body":"\n\t "})")));
}

TEST_CASE("issue 7: encoding repair always yields valid UTF-8", "[unit]") {
    auto bytes = GENERATE(as<std::string>{}, "\xff\xfe", "\xfe\xff\x00", "\xff\xfe\xd8\x00", "caf\xe9 \x81\x8d\x8f",
                          std::string("\xef\xbb\xbf\xff", 4), std::string("\0\0\0", 3));
    std::string repaired = newsdex::text::repair_utf8(bytes);
    CHECK(newsdex::text::is_valid_utf8(repaired));
    (void)newsdex::ingest::parse_text_article(repaired);
}
