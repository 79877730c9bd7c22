// Tests for the facet hygiene rules (extract/entities/entity_hygiene.h) through the analyzer, with the shipped
// model and alias table: sign-offs, table rows, dates, headline capitals, acronyms, one reading per name.
#include <catch2/catch.hpp>

#include <set>
#include <string>

#include "extract/article_analyzer.h"
#include "extract/entities/entity_hygiene.h"

using newsdex::EntityType;
using newsdex::extract::AnalyzerOptions;
using newsdex::extract::ArticleAnalyzer;

namespace {

const ArticleAnalyzer& analyzer() {
    static const ArticleAnalyzer instance{AnalyzerOptions{}};
    return instance;
}

std::set<std::string> values(const std::string& text, EntityType type) {
    std::set<std::string> out;
    for (const auto& m : analyzer().analyze_text(text, std::nullopt).entities)
        if (m.type == type) out.insert(m.canonical);
    return out;
}

}  // namespace

TEST_CASE("table and market rows are found, prose and the headline are not", "[unit]") {
    const std::string text =
        "ACME CORP 2ND QTR NET\n\nShr 12 cts vs nine cts\n    Net 1.2 mln vs 900,000\n    Six mths\n"
        "    Revs 40.1 mln vs 33.0 mln\nAcme said sales rose 12 pct in the quarter.\n";
    const auto rows = newsdex::extract::table_lines(text);
    std::set<std::string> lines;
    for (const auto& [start, end] : rows) lines.insert(text.substr(start, end - start));
    CHECK(lines.count("    Six mths") == 1);
    CHECK(lines.count("    Net 1.2 mln vs 900,000") == 1);
    CHECK(lines.count("ACME CORP 2ND QTR NET") == 0);
    CHECK(lines.count("Acme said sales rose 12 pct in the quarter.") == 0);
}

TEST_CASE("a wire sign-off is the source, not an organisation of the story", "[unit]") {
    const std::string text = "OIL PRICES FIRM\n\nOil prices rose in London on Tuesday, traders said.\n Reuter\n";
    const auto analysis = analyzer().analyze_text(text, std::nullopt);
    CHECK(values(text, EntityType::org).count("Reuters") == 0);
    REQUIRE(!analysis.sources.empty());
    CHECK(analysis.sources.back().canonical == "Reuters");
}

TEST_CASE("headline capitals take the text's spelling; words of a date or a headline verb are no names", "[unit]") {
    const std::string text =
        "GOLDSTEIN URGES RATE CUT\n\nTreasury official Henry Goldstein said on Monday that rates should fall. "
        "Goldstein spoke in Chicago.\n";
    const auto people = values(text, EntityType::person);
    CHECK(people.count("Henry Goldstein") == 1);
    CHECK(people.count("GOLDSTEIN") == 0);
    CHECK(people.count("GOLDSTEIN URGES") == 0);
    const std::string months = "WIDGET CO NINE MONTHS LOSS\n\nNine months ended June 30 loss 1.2 mln vs profit.\n";
    CHECK(values(months, EntityType::person).count("Nine") == 0);
}

TEST_CASE("an acronym the article spells out is one name; a legal form or possessive folds", "[unit]") {
    const std::string text =
        "The Securities and Exchange Commission said on Friday it was looking into the trades. The SEC "
        "declined to say more. Moody's Investors Service cut the rating of Acme Corp, and Moody's said Acme "
        "Corp's debt was at risk.\n";
    const auto orgs = values(text, EntityType::org);
    CHECK(orgs.count("Securities and Exchange Commission") == 1);
    CHECK(orgs.count("SEC") == 0);
    CHECK(orgs.count("Moody") == 1);
    CHECK(orgs.count("Moody's Investors Service") == 0);
    CHECK(orgs.count("Acme") == 1);
}

TEST_CASE("a German article gets no entities and says its language", "[unit]") {
    const std::string text =
        "Schäuble legt Haushaltsentwurf vor\n\nBundesfinanzminister Wolfgang Schäuble will auch im kommenden Jahr "
        "ohne neue Schulden auskommen. Das Bundeskabinett soll die Eckwerte für den Haushalt heute beschließen, "
        "wie die Deutsche Presse-Agentur aus Regierungskreisen erfuhr. Die Grünen warfen dem Minister vor, zu "
        "wenig in Schulen und Straßen zu investieren.\n";
    const auto analysis = analyzer().analyze_text(text, std::nullopt);
    CHECK(analysis.language == "de");
    CHECK(analysis.entities.empty());
    CHECK(analysis.places.empty());
}
