// The proximity boost: which query texts get one, which word pairs it holds, and that it only reorders.
#include <catch2/catch.hpp>

#include "search/proximity.h"
#include "search/stopwords.h"

using namespace newsdex::search;

TEST_CASE("only plain free text yields words for the proximity boost", "[unit]") {
    auto [text, words] = GENERATE(table<std::string, std::vector<std::string>>({
        {"oil prices", {"oil", "prices"}},
        {"Bank of Japan", {"bank", "of", "japan"}},
        {"  opec, saudi output? ", {"opec", "saudi", "output"}},
        {"Zürich bank", {"zürich", "bank"}},
        {"volcker", {"volcker"}},
        {"\"oil prices\"", {}},   // a phrase already says how close
        {"grain AND wheat", {}},  // operators: structure was asked for
        {"grain OR wheat", {}},
        {"opec NEAR saudi", {}},
        {"title:oil prices", {}},  // a field
        {"oil -prices", {}},       // a sign
        {"oil pri*", {}},          // a wildcard
        {"(oil prices)", {}},
        {"and or not", {"and", "or", "not"}},  // lower-case: words, not operators
    }));
    INFO(text);
    CHECK(plain_query_words(text) == words);
}

TEST_CASE("neighbouring non-stop words become NEAR pairs beside the query", "[unit]") {
    Xapian::Query base(Xapian::Query::OP_OR, Xapian::Query("Zbank"), Xapian::Query("Zjapan"));
    ProximitySettings on{0.5, 8};
    auto [words, description] = GENERATE(table<std::vector<std::string>, std::string>({
        {{"bank", "of", "japan"}, "Query(((Zbank OR Zjapan) AND_MAYBE 0.5 * (bank NEAR 8 japan)))"},
        {{"oil", "prices", "rise"},
         "Query(((Zbank OR Zjapan) AND_MAYBE 0.5 * ((oil NEAR 8 prices) OR (prices NEAR 8 rise))))"},
        {{"oil", "oil"}, "Query((Zbank OR Zjapan))"},  // one word twice is no pair
        {{"japan"}, "Query((Zbank OR Zjapan))"},
        {std::vector<std::string>{}, "Query((Zbank OR Zjapan))"},
    }));
    CHECK(with_proximity(base, words, &english_stopper(), on).get_description() == description);
}

TEST_CASE("a weight of 0 or a window under 2 leaves the query alone", "[unit]") {
    Xapian::Query base("Zoil");
    std::vector<std::string> words = {"oil", "prices"};
    CHECK(with_proximity(base, words, nullptr, {0, 8}).get_description() == base.get_description());
    CHECK(with_proximity(base, words, nullptr, {0.5, 1}).get_description() == base.get_description());
    CHECK(with_proximity(base, words, nullptr, {0.5, 2}).get_description() ==
          "Query((Zoil AND_MAYBE 0.5 * (oil NEAR 2 prices)))");
}
