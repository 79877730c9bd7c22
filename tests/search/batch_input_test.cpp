// Batch lines -> QuerySpecs: plain, TSV and JSON forms, and the errors that stay on their own line.
#include <sstream>

#include <catch2/catch.hpp>

#include "search/batch_input.h"

using namespace newsdex::search;

TEST_CASE("the three line forms", "[unit]") {
    auto [line, id, query] = GENERATE(table<std::string, std::string, std::string>({
        {"oil prices", "7", "oil prices"},
        {"0042-and2\tgrain AND wheat", "0042-and2", "grain AND wheat"},
        {R"({"id": "q7", "query": "kerry moscow"})", "q7", "kerry moscow"},
        {R"({"id": 12, "query": "x"})", "12", "x"},
        {R"(  {"query": "no id"})", "7", "no id"},
    }));
    INFO(line);
    BatchQuery q = parse_batch_line(line, 7, QuerySpec{});
    CHECK(q.ok());
    CHECK(q.error == "");
    CHECK(q.line == 7);
    CHECK(q.spec.id == id);
    CHECK(q.spec.query == query);
}

TEST_CASE("JSON lines set every search option", "[unit]") {
    QuerySpec defaults;
    defaults.limit = 5;
    defaults.snippets = false;
    BatchQuery q = parse_batch_line(
        R"({"id": "q1", "query": "kerry", "limit": 20, "offset": 10, "facets": ["person", "place"],)"
        R"( "facet_limit": 3, "from": "2015-01-01", "to": "2015-12", "mentions": "2015-12-18",)"
        R"( "person": ["John Kerry"], "place": "Moscow", "source": ["AP", "Reuters"], "sort": "-date"})",
        1, defaults);
    REQUIRE(q.ok());
    CHECK(q.spec.limit == 20);
    CHECK(q.spec.offset == 10);
    CHECK(q.spec.facets == std::vector<std::string>{"person", "place"});
    CHECK(q.spec.facet_limit == 3);
    CHECK(q.spec.from == "2015-01-01");
    CHECK(q.spec.to == "2015-12");
    CHECK(q.spec.mentions == "2015-12-18");
    CHECK(q.spec.filters.at("person") == std::vector<std::string>{"John Kerry"});
    CHECK(q.spec.filters.at("place") == std::vector<std::string>{"Moscow"});
    CHECK(q.spec.filters.at("source") == std::vector<std::string>{"AP", "Reuters"});
    CHECK(q.spec.sort == SortOrder::date_descending);
    CHECK_FALSE(q.spec.snippets);  // from the defaults
}

TEST_CASE("bad lines become errors that keep their id", "[unit]") {
    auto [line, id, why] = GENERATE(table<std::string, std::string, std::string>({
        {R"({"id": "q1", "query": "x")", "3", "malformed JSON"},
        {R"({"id": "q2", "query": 5})", "q2", "\"query\" must be a string"},
        {R"({"id": "q3", "query": "x", "limit": -1})", "q3", "non-negative"},
        {R"({"id": "q4", "query": "x", "colour": "red"})", "q4", "unknown key \"colour\""},
        {R"({"id": "q5", "query": "x", "facets": ["colour"]})", "q5", "unknown facet"},
        {R"({"id": "q6", "query": "x", "sort": "sideways"})", "q6", "unknown sort"},
        {R"({"id": "q7"})", "q7", "no \"query\""},
    }));
    INFO(line);
    BatchQuery q = parse_batch_line(line, 3, QuerySpec{});
    CHECK_FALSE(q.ok());
    CHECK(q.spec.id == id);
    CHECK(q.error.find(why) != std::string::npos);
}

TEST_CASE("read_batch skips blank lines, keeps line numbers and drops CR", "[unit]") {
    std::istringstream in("alpha\r\n\n   \nq2\tbeta\r\n{\"query\": \"gamma\"}\n");
    auto queries = read_batch(in, QuerySpec{});
    REQUIRE(queries.size() == 3);
    CHECK(queries[0].spec.query == "alpha");
    CHECK(queries[0].line == 1);
    CHECK(queries[1].spec.id == "q2");
    CHECK(queries[1].spec.query == "beta");
    CHECK(queries[1].line == 4);
    CHECK(queries[2].line == 5);
}
