// An organisation's canonical name drops its legal form, so "Chrysler Corp" and "Chrysler" are one facet value.
#include <catch2/catch.hpp>

#include "extract/entities/entity_linker.h"
#include "extract/entities/internal/organisation_names.h"
#include "text/alias_table.h"

using newsdex::EntityMention;
using newsdex::EntityType;
using newsdex::extract::without_legal_form;

TEST_CASE("legal forms are dropped from the end of an organisation name", "[unit]") {
    auto [name, expected] = GENERATE(table<std::string, std::string>({
        {"Chrysler Corp", "Chrysler"},
        {"Chrysler Corp.", "Chrysler"},
        {"American Express Co", "American Express"},
        {"Merrill Lynch & Co Inc", "Merrill Lynch"},
        {"Rollins, Inc.", "Rollins"},
        {"Royal Dutch Shell PLC", "Royal Dutch Shell"},
        {"Philips N.V.", "Philips"},
        {"Siemens AG", "Siemens"},
        {"Chrysler", "Chrysler"},
        {"Co", "Co"},  // nothing before the legal form: kept
        {"Bank of England", "Bank of England"},
        {"Coca-Cola Co", "Coca-Cola"},
        {"Inc Magazine", "Inc Magazine"},              // only the end counts
        {"Procter and Gamble", "Procter and Gamble"},  // "and" goes only with a legal form after it
    }));
    INFO(name);
    CHECK(without_legal_form(name) == expected);
}

TEST_CASE("organisation mentions with and without a legal form share one canonical name", "[unit]") {
    const auto aliases = newsdex::text::AliasTable::load_default();
    const std::string text = "Chrysler Corp said on Monday that Chrysler would cut jobs.";
    std::vector<EntityMention> mentions = {{"Chrysler Corp", EntityType::org, "", 0, 13},
                                           {"Chrysler", EntityType::org, "", 34, 42}};
    newsdex::extract::link_entities(text, mentions, aliases);
    REQUIRE(mentions.size() == 2);
    CHECK(mentions[0].canonical == "Chrysler");
    CHECK(mentions[1].canonical == "Chrysler");
    CHECK(mentions[0].text == "Chrysler Corp");  // the mention keeps its own text
}
