// What the printers say about counts: exact figures, bounds, and sampled facets marked beside each number.
#include <sstream>

#include <catch2/catch.hpp>

#include "output/search_printer.h"

using newsdex::search::SearchResult;

namespace {

SearchResult with_total(std::size_t lower, std::size_t upper) {
    SearchResult result;
    result.total = lower;
    result.total_lower = lower;
    result.total_upper = upper;
    result.total_exact = lower == upper;
    return result;
}

std::string text_of(const SearchResult& result) {
    std::ostringstream out;
    newsdex::output::print_text(out, result, {});
    return out.str();
}

}  // namespace

TEST_CASE("an exact count is printed as it is, a bounded one as its bounds", "[unit]") {
    CHECK(text_of(with_total(64, 64)).rfind("64 matches\n", 0) == 0);
    CHECK(text_of(with_total(1, 1)).rfind("1 match\n", 0) == 0);
    CHECK(text_of(with_total(10000, 21578)).rfind("10,000+ matches (at most 21,578)\n", 0) == 0);
    auto json = newsdex::output::to_json(with_total(10000, 21578));
    CHECK(json["total"] == 10000);
    CHECK(json["total_relation"] == "gte");
    CHECK(json["total_lower"] == 10000);
    CHECK(json["total_upper"] == 21578);
    CHECK(newsdex::output::to_json(with_total(64, 64))["total_relation"] == "eq");
}

TEST_CASE("sampled facet counts carry their mark beside every number", "[unit]") {
    SearchResult result = with_total(30000, 30000);
    result.facets.push_back({"person", {{"James Baker", 216}, {"Corazon Aquino", 34}}});
    result.facet_sample_rate = 64;
    std::string text = text_of(result);
    CHECK(text.find("\u2248   216  James Baker") != std::string::npos);
    CHECK(text.find("\u2248    34  Corazon Aquino") != std::string::npos);
    auto json = newsdex::output::to_json(result);
    for (const auto& v : json["facets"]["person"]) CHECK(v["sampled"] == "1/64");

    result.facet_sample_rate = 1;
    CHECK(text_of(result).find("\u2248") == std::string::npos);
    // Held in a variable: a range-for over a member of a temporary reads freed memory (ASan found it).
    auto exact = newsdex::output::to_json(result);
    for (const auto& v : exact["facets"]["person"]) CHECK_FALSE(v.contains("sampled"));
}

TEST_CASE("did you mean comes right under the count", "[unit]") {
    SearchResult result = with_total(2, 2);
    result.suggestion = "pennzoil texaco";
    CHECK(text_of(result).rfind("2 matches\nDid you mean: pennzoil texaco\n", 0) == 0);
}
