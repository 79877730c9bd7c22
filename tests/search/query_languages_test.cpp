// Queries over an index stemmed by article language (issue 16): each other language's articles get the query as
// that language's stemmer parses it; the index's own language is parsed and weighted as before.
#include <catch2/catch.hpp>

#include "index/schema.h"
#include "search/query_builder.h"

using namespace newsdex;

namespace {

// An empty index whose metadata says how its articles were stemmed ("" : an index from before, no key).
Xapian::Database index_stemmed(const std::string& stemmers) {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    db.set_metadata(std::string(schema::metadata::stemmer), "english");
    if (!stemmers.empty()) db.set_metadata(std::string(schema::metadata::stemmers), stemmers);
    return db;
}

std::string describe(const std::string& stemmers, const std::string& text) {
    search::QueryBuilder builder(index_stemmed(stemmers), nullptr);
    search::QuerySpec spec;
    spec.query = text;
    return builder.build(spec).query.get_description();
}

}  // namespace

TEST_CASE("a query is parsed again for each other language the index stems", "[unit]") {
    auto [stemmers, query, expected] = GENERATE(table<std::string, std::string, std::string>({
        // An index from before (no key) and an English-only one: the English parse alone, as it always was.
        {"", "flüchtling", "Query(Zflüchtling@1)"},
        {"english", "flüchtling", "Query(Zflüchtling@1)"},
        {"english", "Merkel", "Query(merkel@1)"},
        // German articles: the German parse restricted to them, the English one to the rest. A term the two spell
        // otherwise is weighted with the English one's statistics too (a synonym that adds no match among
        // German articles): a stem few articles have does not get the idf of a rare word (issue 15).
        {"english,german", "flüchtling",
         "Query(((Zflüchtling@1 AND_NOT Lde) OR ((Zfluchtling@1 SYNONYM (Zflüchtling@1 AND_NOT Lde)) FILTER Lde)))"},
        // German nouns are capitalised: its parse stems capitalised words too (index/stemming.h), but not words in
        // capitals, phrases or a field's value.
        {"english,german", "Flüchtlinge",
         "Query(((flüchtlinge@1 AND_NOT Lde) OR ((Zfluchtling@1 SYNONYM (flüchtlinge@1 AND_NOT Lde)) FILTER Lde)))"},
        {"english,german", "Schulden AND \"neue Schulden\" AND NATO",
         "Query((((schulden@1 AND (neue@2 PHRASE 2 schulden@3) AND nato@4) AND_NOT Lde) OR (((Zschuld@1 SYNONYM "
         "(schulden@1 AND_NOT Lde)) AND (neue@2 PHRASE 2 schulden@3) AND nato@4) FILTER Lde)))"},
        {"english,german", "title:Schulden", "Query(Sschulden@1)"},
        // German and French stem "refugees" as English does: no branch, their articles searched as the rest.
        {"english,german,french", "refugees", "Query(Zrefuge@1)"},
        {"english,german,french", "kerry",
         "Query(((Zkerri@1 AND_NOT (Lde OR Lfr)) OR ((Zkerry@1 SYNONYM (Zkerri@1 AND_NOT Lde)) FILTER Lde) OR "
         "((Zkerry@1 SYNONYM (Zkerri@1 AND_NOT Lfr)) FILTER Lfr)))"},
        // Boolean filters parse alike in every language.
        {"english,german", "lang:de", "Query(0 * Lde)"},
    }));
    INFO(stemmers << " | " << query);
    CHECK(describe(stemmers, query) == expected);
}
