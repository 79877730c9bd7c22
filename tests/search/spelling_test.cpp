// "Did you mean" from the index's own words: which word wins, and which query words are left alone.
#include <catch2/catch.hpp>

#include "search/spelling.h"

using namespace newsdex;

namespace {

// Each word is indexed in `documents` documents.
Xapian::Database index_of(std::initializer_list<std::pair<const char*, int>> words) {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    for (const auto& [word, documents] : words) {
        for (int n = 0; n < documents; ++n) {
            Xapian::Document doc;
            doc.add_term(word);
            doc.add_term("XPERSON:" + std::string(word));  // prefixed terms are never suggested
            db.add_document(doc);
        }
    }
    return db;
}

}  // namespace

TEST_CASE("the closest indexed word wins, then the most frequent", "[unit]") {
    auto db = index_of({{"moscow", 3}, {"moscoe", 1}, {"kerry", 5}, {"karry", 1}, {"merry", 9}, {"putin", 2}});
    CHECK(search::closest_indexed_word(db, "moskow") == "moscow");  // one substitution
    CHECK(search::closest_indexed_word(db, "mocsow") == "moscow");  // a transposition is one edit
    CHECK(search::closest_indexed_word(db, "kery") == "kerry");     // short words: one edit at most
    CHECK(search::closest_indexed_word(db, "kerrry") == "kerry");   // same first letter only: not "merry"
    CHECK(search::closest_indexed_word(db, "ptn") == "");           // two edits are too many for 3 letters
    CHECK(search::closest_indexed_word(db, "putin") == "");         // the word itself is no suggestion
    CHECK(search::closest_indexed_word(db, "zzzzzz") == "");
}

TEST_CASE("only words with no postings are corrected; syntax is left alone", "[unit]") {
    auto db = index_of({{"moscow", 3}, {"kerry", 5}, {"karry", 1}, {"talks", 2}});
    CHECK(search::suggest_spelling(db, "kerry moskow") == "kerry moscow");
    CHECK(search::suggest_spelling(db, "karry talks") == "");  // "karry" is indexed: not "corrected"
    CHECK(search::suggest_spelling(db, "kery AND talkss") == "kerry AND talks");
    CHECK(search::suggest_spelling(db, "person:kery") == "person:kerry");
    CHECK(search::suggest_spelling(db, "moskow*") == "");     // wildcards are left alone
    CHECK(search::suggest_spelling(db, "moskow2015") == "");  // words with digits too
}
