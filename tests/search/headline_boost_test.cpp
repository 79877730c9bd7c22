// The headline field weight: which terms get a headline copy, and that it only reorders.
#include <catch2/catch.hpp>

#include "search/headline_boost.h"

using newsdex::search::with_headline_boost;

TEST_CASE("free-text terms get their headline copies, scaled, beside the query", "[unit]") {
    Xapian::Query words(Xapian::Query::OP_OR, Xapian::Query("Zoil"), Xapian::Query("opec"));
    CHECK(with_headline_boost(words, 0.5).get_description() ==
          "Query(((Zoil OR opec) AND_MAYBE 0.5 * (Sopec OR ZSoil)))");
}

TEST_CASE("fields and filters get no headline copy", "[unit]") {
    Xapian::Query filtered(Xapian::Query::OP_FILTER, Xapian::Query("Zoil"), Xapian::Query("Len"));
    CHECK(with_headline_boost(filtered, 1).get_description() == "Query(((Zoil FILTER Len) AND_MAYBE 1 * ZSoil))");
    Xapian::Query fields(Xapian::Query::OP_OR, Xapian::Query("Soil"), Xapian::Query("XPERSON:john kerry"));
    CHECK(with_headline_boost(fields, 1).get_description() == fields.get_description());
}

TEST_CASE("a weight of 0 or an empty query is left alone", "[unit]") {
    Xapian::Query word("Zoil");
    CHECK(with_headline_boost(word, 0).get_description() == word.get_description());
    CHECK(with_headline_boost(Xapian::Query(), 1).empty());
}
