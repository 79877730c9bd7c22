// Name-field groups become one clause per word or phrase; nothing else in the query text changes.
#include <catch2/catch.hpp>

#include "search/name_fields.h"

using newsdex::search::expand_name_groups;

TEST_CASE("name-field groups are expanded into clauses, other text is left alone", "[unit]") {
    auto [query, expected] = GENERATE(table<std::string, std::string>({
        {"person:kerry", "person:kerry"},
        {"org:(nato \"european union\") talks", "(org:nato org:\"european union\") talks"},
        {"person:(kerry OR putin)", "(person:kerry person:putin)"},
        {"-place:(moscow kiev)", "-(place:moscow place:kiev)"},
        {"title:(putin kerry)", "title:(putin kerry)"},  // free-text fields keep their groups
        {"\"person:(kerry)\"", "\"person:(kerry)\""},    // quoted text is text
        {"org:(bank", "(org:bank)"},                     // an unclosed group runs to the end
        {"xperson:(a b)", "xperson:(a b)"},
    }));
    INFO(query);
    CHECK(expand_name_groups(query) == expected);
}
