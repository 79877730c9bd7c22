// The synonym table made from alias groups: keys as QueryParser looks them up, values it can match.
#include <catch2/catch.hpp>

#include "index/synonyms.h"
#include "support/cli_harness.h"
#include "text/alias_table.h"

using namespace newsdex;

TEST_CASE("alias groups become synonym keys and values", "[unit]") {
    text::AliasTable aliases;
    aliases.add_text(
        "location\tUnited States\tU.S.|US|USA|America|United States of America\n"
        "person\tVladimir Putin\tPutin\n",
        "test");
    index::SynonymTable table = index::synonym_table(aliases);
    REQUIRE(table.count("usa"));
    CHECK(table["usa"].count("america"));
    CHECK(table["usa"].count("XPLACE:united states"));
    CHECK_FALSE(table["usa"].count("united states"));  // Xapian 1.4 values are single terms
    REQUIRE(table.count("united states"));             // multi-word key, words joined by a space
    CHECK(table["united states"].count("usa"));
    CHECK(table.count("united states of america"));
    // "U.S." indexes as "us", also a pronoun: a key (written as an acronym), never a value.
    REQUIRE(table.count("us"));
    CHECK(table["us"].count("XPLACE:united states"));
    CHECK_FALSE(table["america"].count("us"));
    REQUIRE(table.count("putin"));
    CHECK(table["putin"].count("XPERSON:vladimir putin"));
}

TEST_CASE("synonyms are written once and rewritten when the aliases change", "[unit]") {
    newsdex::test::TempDir dir;  // the in-memory backend has no synonym table
    Xapian::WritableDatabase db(dir / "db", Xapian::DB_CREATE);
    text::AliasTable aliases;
    aliases.add_text("location\tUnited States\tUSA|America\n", "test");
    CHECK(index::update_synonyms(db, aliases));
    CHECK_FALSE(index::update_synonyms(db, aliases));
    std::vector<std::string> values(db.synonyms_begin("usa"), db.synonyms_end("usa"));
    CHECK(std::find(values.begin(), values.end(), "america") != values.end());

    aliases.add_text("location\tUnited Kingdom\tUK|Britain\n", "more");
    CHECK(index::update_synonyms(db, aliases));
    CHECK(db.synonyms_begin("britain") != db.synonyms_end("britain"));
    CHECK(db.synonyms_begin("usa") != db.synonyms_end("usa"));
}
