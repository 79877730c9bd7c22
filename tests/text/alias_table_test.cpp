// Tests for the alias table: key normalisation, lookups by type, user files and the shipped data file.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <tuple>

#include "core/error.h"
#include "text/alias_table.h"

using newsdex::EntityType;
using newsdex::text::alias_key;
using newsdex::text::AliasTable;

namespace {

const AliasTable& shipped() {
    static const AliasTable table = AliasTable::load_default();
    return table;
}

std::optional<std::string> opt(const std::string& s) {
    return s.empty() ? std::nullopt : std::optional<std::string>(s);
}

}  // namespace

TEST_CASE("alias_key folds case, punctuation, accents and a leading 'the'", "[unit]") {
    auto [name, key] = GENERATE(table<std::string, std::string>({
        {"U.S.", "us"},
        {"US", "us"},
        {"The Guardian", "guardian"},
        {"the  guardian ", "guardian"},
        {"Agence France-Presse", "agence france presse"},
        {"Côte d'Ivoire", "cote divoire"},
        {"Côte d\u2019Ivoire", "cote divoire"},
        {"AT&T", "at and t"},
        {"RFE/RL", "rfe rl"},
        {"ÖSTERREICH", "osterreich"},
        {"Agence France\u2013Presse", "agence france presse"},  // non-ASCII path agrees with the ASCII one
        {"U.S.\u00a0Army", "us army"},
        {"Theater", "theater"},
        {"...", ""},
        {"", ""},
    }));
    CAPTURE(name);
    CHECK(alias_key(name) == key);
}

TEST_CASE("shipped table maps names of places and organisations to one canonical name", "[unit]") {
    auto [name, type, expected] = GENERATE(table<std::string, EntityType, std::string>({
        {"US", EntityType::location, "United States"},
        {"U.S.", EntityType::location, "United States"},
        {"USA", EntityType::location, "United States"},
        {"U.S.A.", EntityType::location, "United States"},
        {"America", EntityType::location, "United States"},
        {"united states", EntityType::location, "United States"},
        {"UK", EntityType::location, "United Kingdom"},
        {"U.K.", EntityType::location, "United Kingdom"},
        {"Britain", EntityType::location, "United Kingdom"},
        {"Great Britain", EntityType::location, "United Kingdom"},
        {"Russian Federation", EntityType::location, "Russia"},
        {"Russia", EntityType::location, "Russia"},
        {"Burma", EntityType::location, "Myanmar"},
        {"Côte d'Ivoire", EntityType::location, "Ivory Coast"},
        {"Kiev", EntityType::location, "Kyiv"},
        {"ISIS", EntityType::org, "ISIS"},
        {"ISIL", EntityType::org, "ISIS"},
        {"Islamic State", EntityType::org, "ISIS"},
        {"UN", EntityType::org, "United Nations"},
        {"U.N.", EntityType::org, "United Nations"},
        {"EU", EntityType::org, "European Union"},
        {"Fed", EntityType::org, "Federal Reserve"},
        {"Federal Reserve Board", EntityType::org, "Federal Reserve"},
        // Agencies by acronym as wire copy writes them, long form spelt out in the story or not (issue 16).
        {"SEC", EntityType::org, "Securities and Exchange Commission"},
        {"U.S. Securities and Exchange Commission", EntityType::org, "Securities and Exchange Commission"},
        {"USDA", EntityType::org, "U.S. Department of Agriculture"},
        {"U.S. Agriculture Department", EntityType::org, "U.S. Department of Agriculture"},
        {"FTC", EntityType::org, "Federal Trade Commission"},
        {"IRS", EntityType::org, "Internal Revenue Service"},
        {"CCC", EntityType::org, "Commodity Credit Corporation"},
        {"GATT", EntityType::org, "General Agreement on Tariffs and Trade"},
        {"OECD", EntityType::org, "Organisation for Economic Co-operation and Development"},
        {"EC Commission", EntityType::org, "European Commission"},
        {"EC", EntityType::org, "European Community"},
        {"MMC", EntityType::org, "Monopolies and Mergers Commission"},
        {"OFT", EntityType::org, "Office of Fair Trading"},
        {"ICC", EntityType::org, "International Criminal Court"},  // not claimed twice
        {"AP", EntityType::org, "Associated Press"},               // agencies tagged ORG find their source entry
        {"Moscow", EntityType::location, "Moscow"},
        {"Smallville", EntityType::location, ""},
        {"US", EntityType::person, ""},
        {"Russia", EntityType::org, ""},
        {"Vladimir Putin", EntityType::person, ""},
    }));
    CAPTURE(name, newsdex::to_string(type));
    CHECK(shipped().canonical(name, type) == opt(expected));
}

TEST_CASE("shipped table maps country adjectives and demonyms to countries", "[unit]") {
    auto [word, country] = GENERATE(table<std::string, std::string>({
        {"Russian", "Russia"},
        {"Russians", "Russia"},
        {"American", "United States"},
        {"British", "United Kingdom"},
        {"Chinese", "China"},
        {"German", "Germany"},
        {"French", "France"},
        {"Japanese", "Japan"},
        {"Dutch", "Netherlands"},
        {"Ukrainian", "Ukraine"},
        {"Syrian", "Syria"},
        {"Martian", ""},
        {"Russia", ""},
    }));
    CAPTURE(word);
    CHECK(shipped().country_for_adjective(word) == opt(country));
}

TEST_CASE("shipped table gives news agencies one recognisable name", "[unit]") {
    auto [name, source] = GENERATE(table<std::string, std::string>({
        {"AP", "Associated Press"},
        {"Associated Press", "Associated Press"},
        {"the Associated Press", "Associated Press"},
        {"Reuters", "Reuters"},
        {"AFP", "Agence France-Presse"},
        {"Agence France Presse", "Agence France-Presse"},
        {"Sputnik", "Sputnik"},
        {"TASS", "TASS"},
        {"Xinhua", "Xinhua"},
        {"BBC", "BBC"},
        {"CNN", "CNN"},
        {"Guardian", "The Guardian"},
        {"the Guardian", "The Guardian"},
        {"NYT", "The New York Times"},
        {"New York Times", "The New York Times"},
        {"Washington Post", "The Washington Post"},
        {"Bloomberg", "Bloomberg"},
        {"Al Jazeera", "Al Jazeera"},
        {"Interfax", "Interfax"},
        {"RIA Novosti", "RIA Novosti"},
        {"Kyodo", "Kyodo"},
        {"Yonhap", "Yonhap"},
        {"dpa", "dpa"},
        {"ANSA", "ANSA"},
        {"EFE", "EFE"},
        {"Fox News", "Fox News"},
        {"NPR", "NPR"},
        {"WSJ", "The Wall Street Journal"},
        {"Financial Times", "Financial Times"},
        {"Moscow", ""},
        {"United Nations", ""},
    }));
    CAPTURE(name);
    CHECK(shipped().news_source(name) == opt(source));
}

TEST_CASE("every alias in the shipped file resolves to its own entry", "[unit]") {
    // Catches an alias claimed by two entries of one type, where the later one would silently win.
    std::ifstream in(std::string(NEWSDEX_SOURCE_DIR) + "/data/aliases.tsv");
    REQUIRE(in);
    const AliasTable& table = shipped();
    std::string line;
    std::size_t checked = 0;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') continue;
        std::istringstream columns(line);
        std::string type, canonical, aliases;
        std::getline(columns, type, '\t');
        std::getline(columns, canonical, '\t');
        std::getline(columns, aliases, '\t');
        // A demonym's canonical is its country, not one of the adjectives.
        std::istringstream names(type == "demonym" ? aliases : canonical + "|" + aliases);
        std::string name;
        while (std::getline(names, name, '|')) {
            if (name.empty()) continue;
            CAPTURE(type, canonical, name);
            std::optional<std::string> found;
            if (type == "location")
                found = table.canonical(name, EntityType::location);
            else if (type == "org")
                found = table.canonical(name, EntityType::org);
            else if (type == "source")
                found = table.news_source(name);
            else if (type == "demonym")
                found = table.country_for_adjective(name);
            else
                continue;
            CHECK(found == canonical);
            ++checked;
        }
    }
    CHECK(checked > 600);
}

TEST_CASE("synonym groups hold canonical names with their aliases as written, without demonyms", "[unit]") {
    const auto groups = shipped().synonym_groups();
    bool found_us = false;
    for (const auto& group : groups) {
        REQUIRE(group.size() >= 2);
        CHECK(std::find(group.begin(), group.end(), "Russian") == group.end());
        if (group.front() == "United States") {
            found_us = true;
            CHECK(std::find(group.begin(), group.end(), "U.S.") != group.end());
            CHECK(std::find(group.begin(), group.end(), "America") != group.end());
        }
    }
    CHECK(found_us);
}

TEST_CASE("user entries extend the table and win over earlier claims", "[unit]") {
    AliasTable table = AliasTable::load_default();
    table.add_text(
        "# mine\n\nlocation\tRussia\tRus|RF\nsource\tMeduza\tmeduza.io\norg\tUnited Nations\t\n"
        "location\tOld Arbat\tArbat\r\nlocation\tGeorgia (US state)\tGeorgia\n",
        "mine.tsv");
    CHECK(table.canonical("RF", EntityType::location) == "Russia");
    CHECK(table.canonical("Russian Federation", EntityType::location) == "Russia");
    CHECK(table.news_source("Meduza") == "Meduza");
    CHECK(table.news_source("meduza.io") == "Meduza");
    CHECK(table.canonical("Arbat", EntityType::location) == "Old Arbat");
    CHECK(table.canonical("Georgia", EntityType::location) == "Georgia (US state)");
    CHECK(table.knows("Meduza"));
    CHECK_FALSE(table.knows("Vladimir Putin"));
}

TEST_CASE("malformed lines are input errors naming file and line", "[unit]") {
    auto [tsv, line, reason] = GENERATE(table<std::string, std::size_t, std::string>({
        {"bogus\tX\tY\n", 1, "unknown type"},
        {"# comment\nlocation\n", 2, "column"},
        {"location\tRussia\tRus\norg\tA\tB\tC\n", 2, "column"},
        {"location\t...\tA\n", 1, "canonical name has no letters"},
        {"org\tUnited Nations\tUN|--\n", 1, "alias '--'"},
    }));
    AliasTable table;
    CAPTURE(tsv);
    try {
        table.add_text(tsv, "user.tsv");
        FAIL("no error thrown");
    } catch (const newsdex::Error& error) {
        CHECK(error.kind() == newsdex::ErrorKind::input);
        CHECK(error.file() == "user.tsv");
        CHECK(error.line() == line);
        CHECK_THAT(error.reason(), Catch::Contains(reason));
    }
}

TEST_CASE("add_file reads a user file and reports a missing one as an I/O error", "[unit]") {
    const auto dir = std::filesystem::temp_directory_path() / "newsdex_alias_table_test";
    std::filesystem::create_directories(dir);
    const auto file = dir / "aliases.tsv";
    {
        std::ofstream out(file);
        out << "person\tVladimir Putin\tV. Putin\nlocation Bad\n";
    }
    AliasTable table;
    try {
        table.add_file(file);
        FAIL("no error thrown");
    } catch (const newsdex::Error& error) {
        CHECK(error.kind() == newsdex::ErrorKind::input);
        CHECK(error.file() == file.string());
        CHECK(error.line() == 2);
    }
    // Entries before the bad line stay added.
    CHECK(table.canonical("V. Putin", EntityType::person) == "Vladimir Putin");
    CHECK_THROWS_MATCHES(
        table.add_file(dir / "missing.tsv"), newsdex::Error,
        Catch::Predicate<newsdex::Error>([](const newsdex::Error& e) { return e.kind() == newsdex::ErrorKind::io; }));
    std::filesystem::remove_all(dir);
}
