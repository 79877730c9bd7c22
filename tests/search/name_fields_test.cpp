// Words of the unstemmed name fields are capitalised before QueryParser sees them; nothing else changes.
#include <catch2/catch.hpp>

#include "search/name_fields.h"

using newsdex::search::capitalise_name_fields;

TEST_CASE("name-field words are capitalised, other text is left alone", "[unit]") {
    auto [query, expected] = GENERATE(table<std::string, std::string>({
        {"person:kerry", "person:Kerry"},
        {"person:kerry talks", "person:Kerry talks"},
        {"org:(bank of england) rates", "org:(Bank Of England) rates"},
        {"org:(bank (of england)) rates", "org:(Bank (Of England)) rates"},
        {"place:\u00e9vian", "place:\u00c9vian"},                     // the first letter, as UTF-8
        {"person:\"john kerry\" moscow", "person:\"john kerry\" moscow"},  // phrases are never stemmed
        {"-source:reuters", "-source:Reuters"},
        {"title:putin author:smith", "title:putin author:smith"},     // stemmed fields stay as written
        {"the person: said", "the person: said"},
        {"xperson:kerry", "xperson:kerry"},
        {"\"person:kerry\"", "\"person:kerry\""},
        {"person:kerry's", "person:Kerry's"},
        {"person:(kerry title:talks)", "person:(Kerry title:Talks)"},  // field names are never capitalised
    }));
    INFO(query);
    CHECK(capitalise_name_fields(query) == expected);
}
