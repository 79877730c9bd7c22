// The document of an analysed article carries the schema's terms and values.
#include <catch2/catch.hpp>

#include <algorithm>

#include "index/document_builder.h"
#include "index/schema.h"
#include "text/alias_table.h"

using namespace newsdex;
using namespace std::chrono;

namespace {

bool has_term(const Xapian::Document& doc, const std::string& term) {
    auto it = doc.termlist_begin();
    it.skip_to(term);
    return it != doc.termlist_end() && *it == term;
}

AnalyzedArticle sample() {
    AnalyzedArticle a;
    a.raw.id = "wire-1";
    a.raw.url = "http://example.org/1";
    a.raw.category = "World";
    a.title = "Kerry meets Putin";
    a.body = "Kerry said the U.S. and Russia\u2019s talks would go on next Friday.";
    a.published = year_month_day(year(2015), December, day(15));
    a.entities = {{"Kerry", EntityType::person, "John Kerry", 0, 5},
                  {"Putin", EntityType::person, "Vladimir Putin", 12, 17},
                  {"U.S.", EntityType::location, "United States", 34, 38}};
    a.places = {"United States", "Russia"};
    a.dates = {{"next Friday", "DATE", "2015-12-18", 60, 71}, {"2015-W51", "DATE", "2015-W51", 0, 0}};
    a.sources = {{"AP", "Associated Press", 0, 0}};
    a.language = "en";
    return a;
}

}  // namespace

TEST_CASE("terms and values follow the schema", "[unit]") {
    auto aliases = text::AliasTable::load_default();
    index::DocumentBuilder builder(index::Stemming("english"), aliases);
    Xapian::Document doc = builder.build(sample(), "0123456789abcdef");

    for (const char* term : {"Qwire-1",
                             "Uhttp://example.org/1",
                             "Kworld",
                             "Len",
                             "D20151215",
                             "M201512",
                             "Y2015",
                             "XMENTION2015-12-18",
                             "XMENTION2015-12",
                             "XMENTION2015",
                             "XPERSON:john kerry",
                             "XPERSON:vladimir putin",
                             "XPLACE:united states",
                             "XPLACE:russia",
                             "XSOURCE:associated press",
                             "Skerry",
                             "kerry",
                             "Zkerri",
                             "russia's",
                             "us",
                             "XPERSON:kerry",
                             "XPLACE:u.s.",
                             "XSOURCE:ap"}) {  // written forms of the names
        INFO(term);
        CHECK(has_term(doc, term));
    }
    CHECK_FALSE(has_term(doc, "XPERSONkerry"));  // no term per name word (schema::name_fields)
    CHECK_FALSE(has_term(doc, "XMENTION2015-W51"));
    CHECK_FALSE(has_term(doc, "XNODATE"));
    CHECK(doc.get_value(schema::slot::date) == "20151215");
    CHECK(doc.get_value(schema::slot::persons) == std::string("John Kerry\x1fVladimir Putin"));
    CHECK(doc.get_value(schema::slot::places) == std::string("United States\x1fRussia"));
    CHECK(doc.get_value(schema::slot::mentioned_months) == "2015-12");
    CHECK(doc.get_value(schema::slot::content_hash) == "0123456789abcdef");
}

TEST_CASE("headline words weigh more than body words", "[unit]") {
    auto aliases = text::AliasTable::load_default();
    index::DocumentBuilder builder(index::Stemming("english"), aliases);
    AnalyzedArticle a = sample();
    a.title = "Grain";
    a.body = "Grain.";
    Xapian::Document doc = builder.build(a, "h");
    auto it = doc.termlist_begin();
    it.skip_to("grain");
    REQUIRE(*it == "grain");
    CHECK(it.get_wdf() == schema::title_weight + 1);
}

TEST_CASE("an undated article is marked", "[unit]") {
    auto aliases = text::AliasTable::load_default();
    index::DocumentBuilder builder(index::Stemming("english"), aliases);
    AnalyzedArticle a = sample();
    a.published.reset();
    Xapian::Document doc = builder.build(a, "h");
    CHECK(has_term(doc, "XNODATE"));
    CHECK(doc.get_value(schema::slot::date).empty());
}

TEST_CASE("content hash changes with any field and is stable", "[unit]") {
    RawArticle a;
    a.id = "x";
    a.title = "T";
    a.body = "B";
    std::string h = index::content_hash(a);
    CHECK(h.size() == 16);
    CHECK(index::content_hash(a) == h);
    RawArticle b = a;
    b.body = "B!";
    CHECK(index::content_hash(b) != h);
    b = a;
    b.authors = {"Someone"};
    CHECK(index::content_hash(b) != h);
}

TEST_CASE("very long ids become valid terms", "[unit]") {
    std::string id(1000, 'x');
    std::string term = index::unique_term(id);
    CHECK(term.size() <= 245);
    CHECK(term != index::unique_term(std::string(999, 'x') + "y"));
}

TEST_CASE("a name in capitals gives way to its lower-case form in the facet value", "[unit]") {
    auto aliases = text::AliasTable::load_default();
    index::DocumentBuilder builder(index::Stemming("english"), aliases);
    AnalyzedArticle a = sample();
    a.title = "CHRYSLER CUTS JOBS";
    a.body = "Chrysler said on Monday it would cut jobs; Ford did not.";
    a.entities = {{"CHRYSLER", EntityType::org, "CHRYSLER", 0, 8},
                  {"Chrysler", EntityType::org, "Chrysler", 19, 27},
                  {"Ford", EntityType::org, "Ford", 62, 66}};
    Xapian::Document doc = builder.build(a, "h");
    CHECK(doc.get_value(schema::slot::orgs) == std::string("Chrysler\x1f"
                                                           "Ford"));
    CHECK(has_term(doc, "XORG:chrysler"));
}

TEST_CASE("a name broken over lines makes the same term as the name on one line", "[unit]") {
    auto aliases = text::AliasTable::load_default();
    index::DocumentBuilder builder(index::Stemming("english"), aliases);
    AnalyzedArticle a = sample();
    // Wire copy wraps lines and indents tables: the written form spans a newline and spaces (Reuters-21578 has
    // 7,675 such name terms among 55,216 before this was fixed).
    a.entities = {{"Bank\n    of Spain", EntityType::org, "Bank of Spain", 0, 17},
                  {"Chrysler\tCorp", EntityType::org, "Chrysler", 20, 33}};
    Xapian::Document doc = builder.build(a, "h");
    CHECK(has_term(doc, "XORG:bank of spain"));
    CHECK(has_term(doc, "XORG:chrysler corp"));
    for (auto it = doc.termlist_begin(); it != doc.termlist_end(); ++it) {
        INFO(*it);
        CHECK((*it).find_first_of("\n\t") == std::string::npos);
        CHECK((*it).find("  ") == std::string::npos);
    }
}
