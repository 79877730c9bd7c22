// `newsdex schema`: the one listing of prefixes, slots and metadata keys that scripts read (scripts/dump-index).
#include <xapian.h>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <set>

#include "index/schema.h"
#include "support/cli_harness.h"

using newsdex::test::corpus_index;
using newsdex::test::run_newsdex;

namespace {

nlohmann::json schema_json() {
    auto r = run_newsdex({"schema", "--format", "json"});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    return nlohmann::json::parse(r.out);
}

}  // namespace

TEST_CASE("schema --format json lists what scripts/dump-index reads", "[integration]") {
    auto schema = schema_json();
    CHECK(schema["version"] == newsdex::schema::version);
    CHECK(schema["prefixes"]["sample"] == "XSAMPLE");
    CHECK(schema["prefixes"]["unique_id"] == "Q");
    CHECK(schema["slots"]["content_hash"] == 8);
    CHECK(schema["metadata"]["stemmers"] == "newsdex.stemmers");
    auto text = run_newsdex({"schema"});
    CHECK(text.exit_code == 0);
    CHECK(text.out.find("content_hash      8") != std::string::npos);
    auto help = run_newsdex({"schema", "--help"});
    CHECK(help.exit_code == 0);
    CHECK(help.out.find("usage: newsdex schema") != std::string::npos);
    CHECK(run_newsdex({"--help"}).out.find("schema") != std::string::npos);
    CHECK(run_newsdex({"schema", "--format", "tsv"}).exit_code == 2);
}

TEST_CASE("every term prefix, value slot and metadata key of the corpus index is in the schema", "[integration]") {
    auto schema = schema_json();
    std::vector<std::string> prefixes;
    for (const auto& [name, prefix] : schema["prefixes"].items()) prefixes.push_back(prefix.get<std::string>());
    std::set<Xapian::valueno> slots;
    for (const auto& [name, slot] : schema["slots"].items()) slots.insert(slot.get<Xapian::valueno>());
    std::set<std::string> keys;
    for (const auto& [name, key] : schema["metadata"].items()) keys.insert(key.get<std::string>());

    Xapian::Database db(corpus_index());
    REQUIRE(db.get_doccount() > 0);
    std::size_t prefixed = 0;
    for (auto it = db.allterms_begin(); it != db.allterms_end(); ++it) {
        const std::string term = *it;
        if (term.empty() || term[0] < 'A' || term[0] > 'Z') continue;  // unprefixed words start lower-case or digit
        ++prefixed;
        bool listed = false;
        for (const auto& prefix : prefixes) listed = listed || term.starts_with(prefix);
        INFO(term);
        CHECK(listed);
    }
    CHECK(prefixed > 1000);
    std::set<Xapian::valueno> used;
    for (auto doc = db.postlist_begin(""); doc != db.postlist_end(""); ++doc) {
        Xapian::Document document = db.get_document(*doc);
        for (auto value = document.values_begin(); value != document.values_end(); ++value) {
            used.insert(value.get_valueno());
        }
    }
    for (Xapian::valueno slot : used) {
        INFO(slot);
        CHECK(slots.count(slot) == 1);
    }
    std::size_t metadata = 0;
    for (auto key = db.metadata_keys_begin(); key != db.metadata_keys_end(); ++key) {
        ++metadata;
        INFO(*key);
        CHECK(keys.count(*key) == 1);
    }
    CHECK(metadata >= 4);
}
