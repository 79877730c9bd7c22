// Which stemmer makes an article's Z terms, and how the index records it (issue 16).
#include <catch2/catch.hpp>

#include <filesystem>

#include "index/document_builder.h"
#include "index/schema.h"
#include "index/sharded_writer.h"
#include "index/stemming.h"
#include "support/cli_harness.h"

using namespace newsdex;

namespace {

AnalyzedArticle article(const std::string& id, const std::string& language, const std::string& body) {
    AnalyzedArticle a;
    a.raw.id = id;
    a.body = body;
    a.language = language;
    return a;
}

bool has_term(const Xapian::Document& doc, const std::string& term) {
    auto it = doc.termlist_begin();
    it.skip_to(term);
    return it != doc.termlist_end() && *it == term;
}

}  // namespace

TEST_CASE("each article is stemmed by its language's stemmer, else the index's", "[unit]") {
    auto [by_language, language, stemmed] = GENERATE(table<bool, std::string, std::string>({
        {true, "de", "Zfluchtling"},     // German
        {true, "en", "Zflüchtlingen"},   // the index's own
        {true, "", "Zflüchtlingen"},     // no language guessed: the index's
        {true, "xx", "Zflüchtlingen"},   // no stemmer for it: the index's
        {false, "de", "Zflüchtlingen"},  // an index stemmed one way (schema version 4)
    }));
    text::AliasTable aliases;
    index::DocumentBuilder builder(index::Stemming("english", by_language), aliases);
    Xapian::Document doc = builder.build(article("a", language, "Integration von Flüchtlingen"), "h");
    INFO(language << (by_language ? " by language" : " one stemmer"));
    CHECK(has_term(doc, stemmed));
    CHECK(has_term(doc, "flüchtlingen"));  // unstemmed words are the same whatever the language
}

TEST_CASE("the index records the stemmers it used in every part, and an old index stays one-stemmer", "[unit]") {
    newsdex::test::TempDir dir;
    text::AliasTable aliases;
    {
        index::ShardedWriter writer(dir / "ix", "english", 2);
        CHECK(writer.stemming().by_language());
        index::DocumentBuilder builder(writer.stemming(), aliases);
        for (const auto& [id, language] : {std::pair{"a", "en"}, {"b", "de"}, {"c", "fr"}, {"d", "de"}}) {
            writer.write(index::unique_term(id), builder.build(article(id, language, "text"), "h"), false);
        }
        writer.commit();
    }
    for (const char* shard : {"shard0", "shard1"}) {
        Xapian::Database part((std::filesystem::path(dir / "ix") / shard).string());
        INFO(shard);
        CHECK(part.get_metadata(std::string(schema::metadata::stemmers)) == "english,german,french");
        CHECK(part.get_metadata(std::string(schema::metadata::schema_version)) == std::to_string(schema::version));
    }
    index::ShardedWriter reopened(dir / "ix", "english", 0);
    CHECK(reopened.stemming().other_languages() == std::vector<std::string>{"de", "fr"});

    // An index of schema version 4: no key, so every article is stemmed with the index's stemmer.
    {
        Xapian::WritableDatabase old(dir / "old", Xapian::DB_CREATE);
        old.set_metadata(std::string(schema::metadata::stemmer), "english");
        old.set_metadata(std::string(schema::metadata::schema_version), "4");
        old.commit();
    }
    index::ShardedWriter into_old(dir / "old", "english", 0);
    CHECK_FALSE(into_old.stemming().by_language());
    CHECK(into_old.stemming().stemmer_for("de") == "english");
}
