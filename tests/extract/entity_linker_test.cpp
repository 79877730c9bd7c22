// Tests for in-article entity linking: short names, misspellings, surnames, aliases, and the reference article.
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "extract/entities/entity_linker.h"
#include "text/alias_table.h"

using newsdex::EntityMention;
using newsdex::EntityType;
using newsdex::extract::edit_distance;
using newsdex::extract::facet_places;
using newsdex::extract::link_entities;
using newsdex::text::AliasTable;

namespace {

const AliasTable& shipped() {
    static const AliasTable table = AliasTable::load_default();
    return table;
}

bool word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '.'; }

// Hand-built recogniser output: every whole-word occurrence of each (name, type), longest names placed first
// and never overlapping, as a CoNLL-style tagger would give them.
std::vector<EntityMention> tag(const std::string& text, std::vector<std::pair<std::string, EntityType>> names) {
    std::stable_sort(names.begin(), names.end(),
                     [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
    std::vector<EntityMention> mentions;
    for (const auto& [name, type] : names) {
        for (std::size_t at = text.find(name); at != std::string::npos; at = text.find(name, at + 1)) {
            const std::size_t end = at + name.size();
            const bool boundary_before = at == 0 || !std::isalnum(static_cast<unsigned char>(text[at - 1]));
            const bool boundary_after =
                end == text.size() || !word_char(text[end]) || (text[end] == '.' && name.back() != '.');
            if (!boundary_before || !boundary_after) continue;
            const bool overlaps = std::any_of(mentions.begin(), mentions.end(),
                                              [&](const EntityMention& m) { return at < m.end && m.start < end; });
            if (!overlaps) mentions.push_back(EntityMention{name, type, name, at, end});
        }
    }
    std::sort(mentions.begin(), mentions.end(),
              [](const EntityMention& a, const EntityMention& b) { return a.start < b.start; });
    return mentions;
}

const EntityMention* find_text(const std::vector<EntityMention>& mentions, const std::string& text,
                               std::size_t nth = 0) {
    for (const EntityMention& m : mentions) {
        if (m.text == text && nth-- == 0) return &m;
    }
    return nullptr;
}

void check_sorted_without_overlaps(const std::string& text, const std::vector<EntityMention>& mentions) {
    for (std::size_t i = 0; i < mentions.size(); ++i) {
        CHECK(text.substr(mentions[i].start, mentions[i].end - mentions[i].start) == mentions[i].text);
        if (i > 0) CHECK(mentions[i - 1].end <= mentions[i].start);
    }
}

}  // namespace

TEST_CASE("edit_distance counts one transposition as one edit", "[unit]") {
    auto [a, b, distance] = GENERATE(table<std::u32string, std::u32string, std::size_t>({
        {U"kerry", U"karry", 1},
        {U"kerry", U"kerry", 0},
        {U"kerry", U"kery", 1},
        {U"kerry", U"kerrey", 1},
        {U"kerry", U"ekrry", 1},
        {U"kitten", U"sitting", 3},
        {U"", U"abc", 3},
        {U"lavrov", U"lavrow", 1},
    }));
    CHECK(edit_distance(a, b) == distance);
}

TEST_CASE("short person mentions link to the longest name of the article that contains them", "[unit]") {
    auto [text, names, probe, nth, expected] = GENERATE(
        table<std::string, std::vector<std::pair<std::string, EntityType>>, std::string, std::size_t, std::string>({
            {"Vladimir Putin met Kerry. Putin said so.",
             {{"Vladimir Putin", EntityType::person}, {"Putin", EntityType::person}},
             "Putin",
             0,
             "Vladimir Putin"},
            {"Vladimir Putin spoke. Later President Putin left.",
             {{"Vladimir Putin", EntityType::person}, {"President Putin", EntityType::person}},
             "President Putin",
             0,
             "Vladimir Putin"},
            {"Kerry's plane landed. John Kerry said.",
             {{"John Kerry", EntityType::person}, {"Kerry's", EntityType::person}},
             "Kerry's",
             0,
             "John Kerry"},
            {"Minister Lavrov and Sergei Lavrov",
             {{"Minister Lavrov", EntityType::person}, {"Sergei Lavrov", EntityType::person}},
             "Minister Lavrov",
             0,
             "Sergei Lavrov"},
            {"John F. Kennedy spoke. John Kennedy and Kennedy.",
             {{"John F. Kennedy", EntityType::person},
              {"John Kennedy", EntityType::person},
              {"Kennedy", EntityType::person}},
             "John Kennedy",
             0,
             "John F. Kennedy"},
            {"Bill Clinton spoke. Clinton left. Hillary Clinton came. Clinton smiled.",
             {{"Bill Clinton", EntityType::person},
              {"Hillary Clinton", EntityType::person},
              {"Clinton", EntityType::person}},
             "Clinton",
             0,
             "Bill Clinton"},
            {"Bill Clinton spoke. Clinton left. Hillary Clinton came. Clinton smiled.",
             {{"Bill Clinton", EntityType::person},
              {"Hillary Clinton", EntityType::person},
              {"Clinton", EntityType::person}},
             "Clinton",
             1,
             "Hillary Clinton"},
            {"President Obama said.", {{"President Obama", EntityType::person}}, "President Obama", 0, "Obama"},
            {"Bashar al-Assad spoke. Assad left.",
             {{"Bashar al-Assad", EntityType::person}, {"Assad", EntityType::person}},
             "Assad",
             0,
             "Bashar al-Assad"},
            {"Myriam El\u00a0Khomri spoke.",
             {{"Myriam El\u00a0Khomri", EntityType::person}},
             "Myriam El\u00a0Khomri",
             0,
             "Myriam El Khomri"},
            {"Secretary of State John Kerry said.",
             {{"Secretary of State John Kerry", EntityType::person}},
             "Secretary of State John Kerry",
             0,
             "John Kerry"},
            {"He starred in The Aviator.", {{"The Aviator", EntityType::person}}, "The Aviator", 0, "The Aviator"},
            {"Putin is unmatched.", {{"Putin", EntityType::person}}, "Putin", 0, "Putin"},
        }));
    std::vector<EntityMention> mentions = tag(text, names);
    link_entities(text, mentions, shipped());
    CAPTURE(text, probe, nth);
    const EntityMention* m = find_text(mentions, probe, nth);
    REQUIRE(m != nullptr);
    CHECK(m->type == EntityType::person);
    CHECK(m->canonical == expected);
    check_sorted_without_overlaps(text, mentions);
}

TEST_CASE("a capitalised word one edit from a person of the article becomes that person", "[unit]") {
    const std::string text = "John Kerry spoke. \"Yes,\" said Karry. Kerry left.";
    SECTION("missed by the recogniser: added with its own text and span") {
        std::vector<EntityMention> mentions =
            tag(text, {{"John Kerry", EntityType::person}, {"Kerry", EntityType::person}});
        link_entities(text, mentions, shipped());
        REQUIRE(mentions.size() == 3);
        CHECK(mentions[1].text == "Karry");
        CHECK(mentions[1].type == EntityType::person);
        CHECK(mentions[1].canonical == "John Kerry");
        CHECK(mentions[1].start == text.find("Karry"));
        CHECK(mentions[1].end == text.find("Karry") + 5);
        check_sorted_without_overlaps(text, mentions);
    }
    SECTION("tagged ORG or MISC, or as a person linked to nobody: retyped and linked") {
        const EntityType type = GENERATE(EntityType::org, EntityType::misc, EntityType::person);
        CAPTURE(newsdex::to_string(type));
        std::vector<EntityMention> mentions = tag(text, {{"John Kerry", EntityType::person}, {"Karry", type}});
        link_entities(text, mentions, shipped());
        const EntityMention* karry = find_text(mentions, "Karry");
        REQUIRE(karry != nullptr);
        CHECK(karry->type == EntityType::person);
        CHECK(karry->canonical == "John Kerry");
    }
}

TEST_CASE("one-edit misspellings found in real news are linked", "[unit]") {
    auto [text, name, word] = GENERATE(table<std::string, std::string, std::string>({
        {"Lindsay Davenport won. Daveport said so.", "Lindsay Davenport", "Daveport"},
        {"Frank Sheehan spoke. Sheahan left.", "Frank Sheehan", "Sheahan"},
        {"Susan Illston ruled. Judge Ilston said.", "Susan Illston", "Ilston"},
        {"John Kerry spoke. Ekrry left.", "John Kerry", "Ekrry"},
    }));
    std::vector<EntityMention> mentions = tag(text, {{name, EntityType::person}});
    link_entities(text, mentions, shipped());
    CAPTURE(text);
    const EntityMention* m = find_text(mentions, word);
    REQUIRE(m != nullptr);
    CHECK(m->type == EntityType::person);
    CHECK(m->canonical == name);
}

TEST_CASE("the one-edit rule leaves other words alone", "[unit]") {
    auto [text, names, word] =
        GENERATE(table<std::string, std::vector<std::pair<std::string, EntityType>>, std::string>({
            // Another person's own token, one edit away.
            {"Karen Smith met Karel Jones. Karel spoke.",
             {{"Karen Smith", EntityType::person}, {"Karel Jones", EntityType::person}},
             "Karel"},
            // A calendar word.
            {"Jane Doe arrives in June.", {{"Jane Doe", EntityType::person}}, "June"},
            // The same word is used in lower case in the article: a dictionary word.
            {"Mark Tully wrote. Tulle is a fabric; tulle is light.", {{"Mark Tully", EntityType::person}}, "Tulle"},
            // Too short.
            {"Jon Kim met. Tim left.", {{"Jon Kim", EntityType::person}}, "Tim"},
            // Ambiguous between two people.
            {"John Kerry and Tom Berry met. Jerry spoke.",
             {{"John Kerry", EntityType::person}, {"Tom Berry", EntityType::person}},
             "Jerry"},
            // Part of an unknown multi-word name.
            {"John Kerry walked down Karry Street.", {{"John Kerry", EntityType::person}}, "Karry"},
            // A name the alias table knows.
            {"Mr Ivan Iran met. Iraq spoke.", {{"Ivan Iran", EntityType::person}}, "Iraq"},
            // Written the same way twice: a different name, not a typo.
            {"John Kerry met Karry. Karry left.", {{"John Kerry", EntityType::person}}, "Karry"},
            {"John Kerry met Karry. Karry left.",
             {{"John Kerry", EntityType::person}, {"Karry", EntityType::person}},
             "Karry"},
            // Four letters: too often another word ("Tory" / "Tony").
            {"Tony Blair spoke. A Tory said no.", {{"Tony Blair", EntityType::person}}, "Tory"},
            // A plural of a name token.
            {"Olympic Smith won. Olympics fans cheered.", {{"Olympic Smith", EntityType::person}}, "Olympics"},
            // Same length but another first letter: another name far more often than a typo.
            {"Chris Sutton scored. Then Hutton left.", {{"Chris Sutton", EntityType::person}}, "Hutton"},
            // Different first letter and different length.
            {"John Kerry met. Kerry and Erry.", {{"John Kerry", EntityType::person}}, "Erry"},
        }));
    std::vector<EntityMention> mentions = tag(text, names);
    link_entities(text, mentions, shipped());
    CAPTURE(text, word);
    for (const EntityMention& m : mentions) {
        if (m.text == word) CHECK(m.canonical == word);
    }
    CHECK(std::none_of(mentions.begin(), mentions.end(), [&](const EntityMention& m) {
        return m.text == word && names.end() == std::find_if(names.begin(), names.end(), [&](const auto& n) {
                                     return n.first.find(word) != std::string::npos;
                                 });
    }));
}

TEST_CASE("places and organisations get the alias table's canonical name", "[unit]") {
    auto [name, type, expected] = GENERATE(table<std::string, EntityType, std::string>({
        {"US", EntityType::location, "United States"},
        {"U.S.", EntityType::location, "United States"},
        {"America", EntityType::location, "United States"},
        {"Russia's", EntityType::location, "Russia"},
        {"Moscow", EntityType::location, "Moscow"},
        {"Old Arbat", EntityType::location, "Old Arbat"},
        {"ISIS", EntityType::org, "ISIS"},
        {"ISIL", EntityType::org, "ISIS"},
        {"Russian", EntityType::misc, "Russian"},
        {"Guardian", EntityType::org, "The Guardian"},
    }));
    const std::string text = "In " + name + " today.";
    std::vector<EntityMention> mentions{{name, type, name, 3, 3 + name.size()}};
    link_entities(text, mentions, shipped());
    REQUIRE(mentions.size() == 1);
    CHECK(mentions[0].type == type);
    CHECK(mentions[0].canonical == expected);
}

TEST_CASE("known organisations, outlets and places mistagged by the recogniser are retyped", "[unit]") {
    auto [name, type, expected_type, expected] = GENERATE(table<std::string, EntityType, EntityType, std::string>({
        {"Guardian", EntityType::misc, EntityType::org, "The Guardian"},
        {"ISIS", EntityType::misc, EntityType::org, "ISIS"},
        {"U.S.", EntityType::misc, EntityType::location, "United States"},
        {"Sputnik", EntityType::person, EntityType::org, "Sputnik"},
        {"NATO", EntityType::person, EntityType::org, "NATO"},
        {"Chad", EntityType::person, EntityType::person, "Chad"},
        {"Russian", EntityType::misc, EntityType::misc, "Russian"},
        // Reuters-21578 ends every story with the wire's "Reuter" sign-off, often in capitals.
        {"Reuter", EntityType::person, EntityType::org, "Reuters"},
        {"REUTER", EntityType::person, EntityType::org, "Reuters"},
        // "Kuwaiti oil minister Ali Khalifa al-Sabah": a nationality is no person.
        {"Kuwaiti", EntityType::person, EntityType::misc, "Kuwaiti"},
    }));
    const std::string text = "Says " + name + " today.";
    std::vector<EntityMention> mentions = tag(text, {{name, type}});
    link_entities(text, mentions, shipped());
    CAPTURE(name);
    REQUIRE(mentions.size() == 1);
    CHECK(mentions[0].type == expected_type);
    CHECK(mentions[0].canonical == expected);
}

TEST_CASE("a surname tagged as a place becomes the person unless it is a known place", "[unit]") {
    const std::string text = "John Kerry met Michael Jordan and Daniel Day-Lewis. Kerry, Day-Lewis and Jordan spoke.";
    std::vector<EntityMention> mentions = tag(text, {{"John Kerry", EntityType::person},
                                                     {"Michael Jordan", EntityType::person},
                                                     {"Daniel Day-Lewis", EntityType::person},
                                                     {"Kerry", EntityType::location},
                                                     {"Day-Lewis", EntityType::misc},
                                                     {"Jordan", EntityType::location}});
    link_entities(text, mentions, shipped());
    const EntityMention* day_lewis = find_text(mentions, "Day-Lewis");
    REQUIRE(day_lewis != nullptr);
    CHECK(day_lewis->type == EntityType::person);
    CHECK(day_lewis->canonical == "Daniel Day-Lewis");
    const EntityMention* kerry = find_text(mentions, "Kerry");
    const EntityMention* jordan = find_text(mentions, "Jordan");
    REQUIRE(kerry != nullptr);
    REQUIRE(jordan != nullptr);
    CHECK(kerry->type == EntityType::person);
    CHECK(kerry->canonical == "John Kerry");
    CHECK(jordan->type == EntityType::location);
    CHECK(jordan->canonical == "Jordan");
}

TEST_CASE("acronyms and two-letter words are never taken for surnames", "[unit]") {
    const std::string text = "Harry Potter DVD sales rose. The DVD sold at Munich Re and Re said so.";
    std::vector<EntityMention> mentions = tag(text, {{"Harry Potter DVD", EntityType::person},
                                                     {"Munich Re", EntityType::person},
                                                     {"DVD", EntityType::org},
                                                     {"Re", EntityType::org}});
    link_entities(text, mentions, shipped());
    for (const EntityMention& m : mentions) {
        if (m.text == "DVD" || m.text == "Re") CHECK(m.type == EntityType::org);
    }
}

TEST_CASE("overlapping mentions are resolved in favour of the longer one", "[unit]") {
    const std::string text = "The Bank of England raised rates.";
    std::vector<EntityMention> mentions{{"England", EntityType::location, "England", 12, 19},
                                        {"Bank of England", EntityType::org, "Bank of England", 4, 19},
                                        {"Bank", EntityType::org, "Bank", 4, 8}};
    link_entities(text, mentions, shipped());
    REQUIRE(mentions.size() == 1);
    CHECK(mentions[0].text == "Bank of England");
    CHECK(mentions[0].canonical == "Bank of England");
}

TEST_CASE("facet_places lists places and the countries of demonyms once each", "[unit]") {
    const std::string text = "US and U.S. and Russian and Moscow and Russia";
    std::vector<EntityMention> mentions = tag(text, {{"US", EntityType::location},
                                                     {"U.S.", EntityType::location},
                                                     {"Russian", EntityType::misc},
                                                     {"Moscow", EntityType::location},
                                                     {"Russia", EntityType::location}});
    link_entities(text, mentions, shipped());
    CHECK(facet_places(mentions, shipped()) == std::vector<std::string>{"United States", "Moscow", "Russia"});
}

TEST_CASE("reference article: people, places and organisations after linking", "[integration]") {
    std::ifstream in(std::string(NEWSDEX_SOURCE_DIR) + "/corpus/2015-12-15-putin-kerry-moscow.txt");
    REQUIRE(in);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    const std::string text = buffer.str();
    // What a CoNLL-style recogniser gives: "Karry" missed or tagged PERSON, "Guardian" tagged ORG or MISC
    // (the shipped model tags PERSON and MISC).
    const bool karry_tagged = GENERATE(false, true);
    CAPTURE(karry_tagged);
    std::vector<std::pair<std::string, EntityType>> names{{"Vladimir Putin", EntityType::person},
                                                          {"Putin", EntityType::person},
                                                          {"John Kerry", EntityType::person},
                                                          {"Kerry", EntityType::person},
                                                          {"Sergei Lavrov", EntityType::person},
                                                          {"Lavrov", EntityType::person},
                                                          {"Russian", EntityType::misc},
                                                          {"US", EntityType::location},
                                                          {"U.S.", EntityType::location},
                                                          {"America", EntityType::location},
                                                          {"United States", EntityType::location},
                                                          {"Russia", EntityType::location},
                                                          {"Moscow", EntityType::location},
                                                          {"Kremlin", EntityType::location},
                                                          {"Syria", EntityType::location},
                                                          {"Ukraine", EntityType::location},
                                                          {"New York", EntityType::location},
                                                          {"Old Arbat", EntityType::location},
                                                          {"ISIS", EntityType::org},
                                                          {"AP", EntityType::org},
                                                          {"Sputnik", EntityType::org},
                                                          {"Guardian", EntityType::org}};
    if (karry_tagged) {  // as the shipped model has tagged it at times
        for (auto& [name, type] : names) {
            if (name == "Guardian" || name == "ISIS") type = EntityType::misc;
            if (name == "Sputnik") type = EntityType::person;
        }
        names.emplace_back("Karry", EntityType::person);
    }
    std::vector<EntityMention> mentions = tag(text, names);
    link_entities(text, mentions, shipped());
    check_sorted_without_overlaps(text, mentions);

    std::set<std::string> people;
    std::set<std::string> orgs;
    for (const EntityMention& m : mentions) {
        if (m.type == EntityType::person) people.insert(m.canonical);
        if (m.type == EntityType::org) orgs.insert(m.canonical);
    }
    CHECK(people == std::set<std::string>{"Vladimir Putin", "John Kerry", "Sergei Lavrov"});
    CHECK(orgs == std::set<std::string>{"ISIS", "Associated Press", "Sputnik", "The Guardian"});

    const EntityMention* karry = find_text(mentions, "Karry");
    REQUIRE(karry != nullptr);
    CHECK(karry->type == EntityType::person);
    CHECK(karry->canonical == "John Kerry");
    CHECK(text.substr(karry->start, karry->end - karry->start) == "Karry");

    const std::vector<std::string> places = facet_places(mentions, shipped());
    for (const char* place : {"Russia", "United States", "Moscow", "Syria", "Ukraine", "New York", "Old Arbat"}) {
        CAPTURE(place);
        CHECK(std::find(places.begin(), places.end(), place) != places.end());
    }
    CHECK(std::find(places.begin(), places.end(), "US") == places.end());
    CHECK(std::find(places.begin(), places.end(), "America") == places.end());
}
