// Facets pick their values by count, dates included; --facet-sort only orders what is shown (issue 15).
#include <catch2/catch.hpp>

#include "search/facet_layout.h"

using newsdex::search::facet_layout;
using newsdex::search::FacetSort;
using newsdex::search::ranked_facet;

namespace {

std::vector<std::string> values(const newsdex::search::Facet& facet) {
    std::vector<std::string> out;
    for (const auto& v : facet.values) out.push_back(v.value);
    return out;
}

}  // namespace

TEST_CASE("a month facet with a limit keeps the biggest months, in calendar order", "[unit]") {
    // The shape of 'opec meeting' on Reuters: one big early month, small later ones.
    std::vector<std::pair<std::string_view, Xapian::doccount>> counts = {
        {"198703", 1071}, {"198704", 300}, {"198706", 250}, {"198710", 12}, {"198702", 40}};
    auto facet = ranked_facet(facet_layout("month"), counts, 3);
    CHECK(values(facet) == std::vector<std::string>{"1987-03", "1987-04", "1987-06"});
    newsdex::search::order_facet(facet, FacetSort::count);
    CHECK(values(facet) == std::vector<std::string>{"1987-03", "1987-04", "1987-06"});
    CHECK(facet.values[0].count == 1071);
}

TEST_CASE("mentions.month keeps its largest values, not its latest", "[unit]") {
    std::vector<std::pair<std::string_view, Xapian::doccount>> counts = {
        {"198703", 713}, {"199409", 1}, {"200703", 2}, {"198704", 90}};
    auto facet = ranked_facet(facet_layout("mentions.month"), counts, 2);
    CHECK(values(facet) == std::vector<std::string>{"198703", "198704"});
}

TEST_CASE("facet-sort value orders an entity facet by name, count by count", "[unit]") {
    std::vector<std::pair<std::string_view, Xapian::doccount>> counts = {
        {"Zed", 5}, {"Anna", 3}, {"Mia", 9}, {"Bob", 1}};
    auto facet = ranked_facet(facet_layout("person"), counts, 3);
    CHECK(values(facet) == std::vector<std::string>{"Mia", "Zed", "Anna"});
    newsdex::search::order_facet(facet, FacetSort::value);
    CHECK(values(facet) == std::vector<std::string>{"Anna", "Mia", "Zed"});
    auto all = ranked_facet(facet_layout("person"), counts, 0);
    CHECK(all.values.size() == 4);
}
