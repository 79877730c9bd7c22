// Tests for the facet hygiene rules (extract/entities/entity_hygiene.h) through the analyzer, with the shipped
// model and alias table: sign-offs, table rows, dates, headline capitals, acronyms, one reading per name.
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>
#include <string>
#include <tuple>

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

// Reuters-21578: untitled price tables gave the source "YEN PER KILO" on 7 articles (a dateline's bracket).
TEST_CASE("a table's caption with a unit in brackets names no source", "[unit]") {
    const std::string text =
        "TOKYO RUBBER (YEN PER KILO) - APRIL 07\n          PREV     OPG    1045    CLSG\nOPN/INT\n"
        " APR     123.5   122.9   122.9   122.2\n1,668\n MAY     124.8   124.5   124.0   123.5\n3,839\n"
        " T/O     1,219     338     250\n";
    CHECK(analyzer().analyze_text(text, std::nullopt).sources.empty());
}

TEST_CASE("a wire sign-off is the source, not an organisation of the story", "[unit]") {
    const std::string text = "OIL PRICES FIRM\n\nOil prices rose in London on Tuesday, traders said.\n Reuter\n";
    const auto analysis = analyzer().analyze_text(text, std::nullopt);
    CHECK(values(text, EntityType::org).count("Reuters") == 0);
    REQUIRE(!analysis.sources.empty());
    CHECK(analysis.sources.back().canonical == "Reuters");
}

// Reuters-21578 named the agency 225 times as an organisation where it was at work in its own story.
TEST_CASE("the article's own agency at work in its story is its source, not an organisation", "[unit]") {
    auto text =
        GENERATE(as<std::string>{}, "TIN TALKS\n\nThe price would rise, a council official told\nReuters.\n Reuter\n",
                 "M-1 RISES\n\nEconomists polled by Reuters had forecast a fall in M-1.\n Reuter\n",
                 "OPEC OUTPUT\n\nA Reuter survey found OPEC output in March was 15 mln bpd.\n Reuter\n",
                 "REUTER MONEY NEWS HIGHLIGHTS 0530 GMT\n\nThe Bank of Japan bought dollars.\n Reuter\n");
    CAPTURE(text);
    const auto orgs = values(text, EntityType::org);
    CHECK(orgs.count("Reuters") == 0);
    CHECK(orgs.count("Reuter") == 0);
}

TEST_CASE("a story about the agency as a company keeps it as an organisation", "[unit]") {
    const std::string text =
        "REUTERS <RTRSY> IN PROPERTY VENTURE\n\nReuters Holdings PLC said it formed a venture with a bank. "
        "Reuters will provide systems software.\n Reuter\n";
    const auto orgs = values(text, EntityType::org);
    CHECK((orgs.count("Reuters") + orgs.count("Reuters Holdings")) > 0);
}

// Reuters-21578: "Bank" on 26 articles, "Commission" on 40, "Federal" on 22, none of them one organisation.
TEST_CASE("one generic word of an institution's name, alone, is no organisation", "[unit]") {
    auto text =
        GENERATE(as<std::string>{}, "FRENCH BONDS\n\nThe Bank also sold 1.8 billion francs of bonds, the Bank said.\n",
                 "DAIRY TALKS\n\nThe Commission will be able to proceed with a 3.2 billion plan.\n",
                 "RATES\n\nThe Federal funds rate average edged up to 6.14 pct from 6.08.\n");
    CAPTURE(text);
    const auto orgs = values(text, EntityType::org);
    for (const char* word : {"Bank", "Commission", "Federal"}) CHECK(orgs.count(word) == 0);
}

// Reuters-21578: Texaco, Pennzoil and Chrysler as places, from headlines and lists; Smith Barney as a place.
TEST_CASE("a place the alias table does not know, read only in a headline's capitals, is no place", "[unit]") {
    const std::string text = "HEAD\n\nTEXACO HAS NO COMMENT ON PENNZOIL SETTLEMENT STATEMENT\n";
    CHECK(analyzer().analyze_text(text, std::nullopt).places.empty());
    const auto known = analyzer().analyze_text("OIL\n\nTEXACO SAYS TEXAS APPEALS COURT RULED\n", std::nullopt);
    CHECK(std::set<std::string>(known.places.begin(), known.places.end()).count("Texas") == 1);
}

TEST_CASE("a name listed with companies, or where a named analyst works, is a company", "[unit]") {
    CHECK(values("HEAD\n\nResults were disappointing, said analyst George Baker at Smith Barney. He said "
                 "rumors had been around.\n",
                 EntityType::org)
              .count("Smith Barney") == 1);
    CHECK(values("HEAD\n\nThe court award was for interfering with Pennzoil's proposed purchase of Getty Oil.\n",
                 EntityType::org)
              .count("Pennzoil") == 1);
    const auto firms = values(
        "HEAD\n\nThe notes are rated B-2 by Moody's. Kidder Peabody, Merrill Lynch and Smith "
        "Barney\nco-managed the issues.\n",
        EntityType::org);
    CHECK(firms.count("Smith Barney") == 1);
    CHECK(firms.count("Kidder Peabody") == 1);
    const auto listed = analyzer().analyze_text(
        "HEAD\n\nThe pattern matched the one reached earlier at Chrysler and Ford in Canada.\n", std::nullopt);
    CHECK(std::set<std::string>(listed.places.begin(), listed.places.end()) == std::set<std::string>{"Canada"});
}

TEST_CASE("a company named by an ordinary word and a legal form keeps the legal form", "[unit]") {
    const auto orgs =
        values("FEDERAL CO <FFF> PREDICTS RECORD EARNINGS\n\nFederal Co said its fiscal year will be a record.\n",
               EntityType::org);
    CHECK(orgs.count("Federal Co") == 1);
    CHECK(orgs.count("Federal") == 0);
}

// Reuters-21578: "Getty Oil Co. Texaco" and "Drexel Burnham Lambert Inc. Pennzoil" were organisations, and every
// "Texaco" of their articles was linked to them.
TEST_CASE("a name does not run over a paragraph break; a ticker is no name", "[unit]") {
    const std::string text =
        "TEXACO <TX> FILES\n\nTexaco Inc <TX> said it filed for protection from Pennzoil Co <PZL> after the "
        "takeover of Getty Oil Co.\n    Texaco said the filing was needed.\n Reuter\n";
    const auto orgs = values(text, EntityType::org);
    CHECK(orgs.count("Texaco") == 1);
    CHECK(orgs.count("Getty Oil") == 1);
    CHECK(orgs.count("Getty Oil Co. Texaco") == 0);
    CHECK(orgs.count("TX") == 0);
    CHECK(orgs.count("PZL") == 0);
}

// AG News: Reuters web items link each company's quote, "(JNJ.N: Quote, Profile, Research)", and the model read
// "Quote, Profile" as an organisation on 53 items.
TEST_CASE("the quote links after a ticker in round brackets are no names", "[unit]") {
    const auto orgs = values(
        "J&J in talks\n\nHealth care maker Johnson & Johnson (JNJ.N: Quote, Profile, Research) is "
        "in talks to buy Guidant Corp.\n",
        EntityType::org);
    CHECK(orgs.count("Quote, Profile") == 0);
    CHECK(orgs.count("Quote") == 0);
    CHECK(orgs.count("Guidant") == 1);
    const auto share_class =
        values("Rogers\n\nRogers Communications Inc. (RCIb.TO: Quote, Profile, Research) confirmed the deal.\n",
               EntityType::org);
    CHECK(share_class.count("Quote, Profile") == 0);
    const auto font = values(
        "Phone bills\n\nMillions of consumers would pay more. <FONT face=\"verdana,MS Sans Serif,"
        "arial,helvetica\" size=\"-2\" color=\"#666666\"><B>-The Washington Post</B></FONT>\n",
        EntityType::org);
    CHECK(font.count("Sans Serif") == 0);
    CHECK(font.count("MS Sans Serif") == 0);
}

// Reuters-21578: "COMINCO <" (9 articles), "Wells Fargo and" (6), "Telephone and\nNew York Telephone".
TEST_CASE("a name ends at a word: no bracket before a ticker, no 'and' left by a legal form", "[unit]") {
    const auto headline = values("COMINCO <CLT> SELLS STAKE IN CANADA METAL\n\nThe sale closed.\n", EntityType::org);
    CHECK(headline.count("Cominco <") == 0);
    CHECK(headline.count("COMINCO <") == 0);
    const auto wells = values("WELLS FARGO AND CO 1ST QTR NET\n\nShr 1.36 dlrs vs 1.13 dlrs\n", EntityType::org);
    CHECK(wells.count("Wells Fargo and") == 0);
    CHECK(wells.count("Wells Fargo") == 1);
    const auto two = values(
        "OPEC PACT\n\nSaudi Oil Minister Hisham Nazer, in an interview with Reuters and the "
        "television news\nagency Visnews, said OPEC output was low.\n    King Fahd of Saudi Arabia, "
        "in an interview with Reuters and\nVisnews on March 11, said the kingdom wanted stable "
        "prices.\n REUTER\n",
        EntityType::org);
    CHECK(two.count("Visnews") == 1);
    CHECK(two.count("Reuters and Visnews") == 0);
    CHECK(two.count("Reuters and\nVisnews") == 0);
}

// Reuters-21578: "Texaco and Pennzoil" one organisation, every "Pennzoil" linked to it, one read as a place.
TEST_CASE("two companies read as one, each also named alone, are two", "[unit]") {
    const auto orgs = values(
        "PENNZOIL ADVISED OF SEC BRIEF\n\nPennzoil Co said the court will hear the Pennzoil/Texaco Inc litigation. "
        "Texaco said its lawyers told Texaco and Pennzoil that the court will rule.\n",
        EntityType::org);
    CHECK(orgs.count("Pennzoil") == 1);
    CHECK(orgs.count("Texaco") == 1);
    CHECK(orgs.count("Texaco and Pennzoil") == 0);
    CHECK(values("RATING\n\nStandard and Poor's Corp cut the rating.\n", EntityType::org).count("Standard") == 0);
}

// Reuters-21578 (reuters-19888): the split took each part's reading from the headline's mention after that mention
// had been moved on, so both parts got an empty name, and the article an org "Bank" in its facets.
TEST_CASE("two names read as one, each also named before, take the earlier mention's name", "[unit]") {
    const std::string text =
        "BANK OF NEW YORK <BK> DEBT AFFIRMED\n\nThe ratings on certificates of deposit of Bank\nof New York and "
        "Bank of New York (Delaware) were affirmed.\n";
    for (const auto& m : analyzer().analyze_text(text, std::nullopt).entities) {
        CAPTURE(m.text);
        CHECK(!m.canonical.empty());
    }
    const auto orgs = values(text, EntityType::org);
    CHECK(orgs.count("Bank of New York") == 1);
    CHECK(orgs.count("Bank") == 0);
}

TEST_CASE("the tail of a name the alias table knows is that name", "[unit]") {
    const auto orgs =
        values("TRADE\n\nTalks under the auspices of the General\nAgreement on Tariffs and Trade (GATT) resumed.\n",
               EntityType::org);
    CHECK(orgs.count("Tariffs and Trade") == 0);
    CHECK(orgs.count("General Agreement on Tariffs and Trade") == 1);
}

// AG News and BBC: the Red Sox as "Boston", Leicester's club as "Leicester", read as places.
TEST_CASE("a city the words around read as a sports team is no place; a country stays one", "[unit]") {
    auto [text, name] = GENERATE(table<std::string, std::string>({
        {"MLB\n\nThe New York Yankees increased their lead with a 6-4 win over Boston on Friday.\n", "Boston"},
        {"MLB: New York Yankees 6, Boston 4\n\nHideki Matsui homered twice.\n", "Boston"},
        {"RUGBY\n\nLeicester beat Bath 24-10 at Welford Road on Saturday.\n", "Leicester"},
        {"RUGBY\n\nIn-form Leicester flanker Lewis Moody is back in the side.\n", "Leicester"},
        {"SQUAD\n\nG Rowntree (Leicester), S Thompson (Northampton), J White (Leicester), D Grewcock (Bath).\n",
         "Leicester"},
        {"FOOTBALL\n\nBarcelona coach Frank Rijkaard said his side would attack.\n", "Barcelona"},
        {"FOOTBALL\n\nChelsea meet Barcelona in the Champions League on Wednesday.\n", "Barcelona"},
        {"FOOTBALL\n\nDuff is out of the Champions League clash with Barcelona at the Nou Camp.\n", "Barcelona"},
    }));
    CAPTURE(text);
    const auto a = analyzer().analyze_text(text, std::nullopt);
    CHECK(std::set<std::string>(a.places.begin(), a.places.end()).count(name) == 0);
    const auto country = analyzer().analyze_text("FOOTBALL\n\nEngland beat France 2-1 in Lisbon.\n", std::nullopt);
    CHECK(std::set<std::string>(country.places.begin(), country.places.end()).count("France") == 1);
    const auto city =
        analyzer().analyze_text("COUNCIL\n\nLeicester mayor Peter Soulsby opened the museum.\n", std::nullopt);
    CHECK(std::set<std::string>(city.places.begin(), city.places.end()).count("Leicester") == 1);
    // Outside a sports story "against" a city is against its government or people.
    const auto politics =
        analyzer().analyze_text("BUDGET\n\nFarmers protested against Brussels over the quotas.\n", std::nullopt);
    CHECK(std::set<std::string>(politics.places.begin(), politics.places.end()).count("Brussels") == 1);
}

// Reuters-21578: "Bank of Japan INTERVENES" an org value on 13 articles.
TEST_CASE("a headline name running past a name the text spells is that name", "[unit]") {
    const auto orgs = values(
        "BANK OF JAPAN INTERVENES TO STEM DOLLAR FALL\n\nThe Bank of Japan intervened in "
        "Tokyo to stem the dollar's fall, dealers said.\n",
        EntityType::org);
    CHECK(orgs.count("Bank of Japan") == 1);
    CHECK(orgs.count("Bank of Japan INTERVENES") == 0);
    CHECK(orgs.count("Bank Of Japan INTERVENES") == 0);
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

// Reuters-21578 (reuters-1118 and others): the model does not tag the headline's "SEC".
TEST_CASE("an acronym the model did not tag is a mention of the long name it stands for", "[unit]") {
    const std::string text =
        "PENNZOIL (PZL) ADVISED OF SEC BRIEF\n\nPennzoil Co said it was advised by the\nSecurities and Exchange "
        "Commission that that commission will file a brief in the Texas Supreme Court.\n Reuter\n";
    const auto analysis = analyzer().analyze_text(text, std::nullopt);
    auto mention_of = [&](std::string_view written) {
        return std::find_if(analysis.entities.begin(), analysis.entities.end(),
                            [&](const auto& m) { return m.text == written; });
    };
    const auto sec = mention_of("SEC");
    REQUIRE(sec != analysis.entities.end());
    CHECK(sec->canonical == "Securities and Exchange Commission");
    CHECK(sec->type == EntityType::org);
    CHECK(text.substr(sec->start, sec->end - sec->start) == "SEC");
    // A headline's capitals are not read through the alias table alone: "SEC" is not named in this story.
    const auto other = analyzer().analyze_text("ACME SEES SEC REVIEW\n\nAcme Corp said sales rose.\n", std::nullopt);
    for (const auto& m : other.entities) CHECK(m.text != "SEC");
    // A news agency's initials are its source, never an organisation.
    for (const auto& m : analyzer().analyze_text("Talks\n\nOfficials met in Paris, AFP said.\n", std::nullopt).entities)
        CHECK(m.text != "AFP");
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

TEST_CASE("a name the words around it mark as a company is no person", "[unit]") {
    using Row = std::tuple<std::string, std::string>;
    auto [text, name] = GENERATE(table<std::string, std::string>({
        Row{"The notes were priced by sole manager Hartley Quinn Pemberton Inc on Tuesday.", "Hartley Quinn Pemberton"},
        Row{"\"Rates will fall,\" said Ann Lowe, economist at brokers Gresham Tate and Co.", "Gresham Tate"},
        Row{"The offering is underwritten by Fenwick Hale, Marston Upton and Co, the company said.", "Fenwick Hale"},
        Row{"Shares of Cantwell and Cantwell rose 2 dlrs after the ruling, Cantwell and Cantwell said.", "Cantwell"},
        Row{"Prescott <PRSC.N> said it would cut 300 jobs. Prescott said sales fell.", "Prescott"},
    }));
    INFO(text);
    CHECK(values(text, EntityType::person).count(name) == 0);
    CHECK(values(text, EntityType::org).count(name) == 1);
}

TEST_CASE("a name a company context marks is no person, whatever else the model reads it as", "[unit]") {
    // The word-cluster model (issue 16) reads the first "Mabbutt" here as a place, the one before it as a
    // person; the company context still keeps it out of the person facet. Which other facet it lands in
    // follows the model's reading of these invented names, so it is not asserted.
    const std::string text =
        "Lowe of Pryor and Mabbutt said rates would fall, said Ann Lowe, analyst at stockbrokers Pryor and Mabbutt.";
    CHECK(values(text, EntityType::person).count("Mabbutt") == 0);
}

TEST_CASE("a person beside a company or after 'and' stays a person", "[unit]") {
    const std::string text =
        "Lee Thornbury, Acme Corp chairman, said sales rose. The deal between Thornbury and General Motors Corp "
        "was signed in Detroit, Thornbury said. Mary Okafor, Widget Holdings Inc, said prices fell.\n";
    CHECK(values(text, EntityType::person).count("Lee Thornbury") == 1);
    CHECK(values(text, EntityType::org).count("Lee Thornbury") == 0);
    CHECK(values(text, EntityType::org).count("Thornbury") == 0);
    CHECK(values(text, EntityType::person).count("Mary Okafor") == 1);
}

TEST_CASE("a place the model reads as a person is a place; a number word is no name", "[unit]") {
    const std::string text =
        "MILLWOOD SEES OUTPUT UP IN MANITOBA\n\nMillwood Resources Inc said its mine at Flin Flon, Manitoba would "
        "produce more gold. Nine pct of the stock is held by Nine U.S. funds, it said. Offices in Denver and "
        "Calgary will close.\n";
    const auto places = values(text, EntityType::location);
    CHECK(places.count("Manitoba") == 1);
    CHECK(values(text, EntityType::person).count("Manitoba") == 0);
    CHECK(values(text, EntityType::person).count("Nine") == 0);
    CHECK(values(text, EntityType::person).count("Denver") == 0);
    CHECK(values(text, EntityType::person).count("Calgary") == 0);
}

TEST_CASE("a name is not joined across the end of a headline in capitals", "[unit]") {
    const std::string text =
        "GRAYSTONE <GRY> DENIES RUMORS OF DEBT WRITEDOWN\nGraystone said it made no writedown of its loans. A "
        "Graystone spokesman said the rumors were unfounded.\n";
    for (auto type : {EntityType::person, EntityType::org, EntityType::location, EntityType::misc}) {
        for (const auto& v : values(text, type)) {
            INFO(v);
            CHECK(v.find("WRITEDOWN") == std::string::npos);
            CHECK(v.find("Writedown") == std::string::npos);
        }
    }
}

TEST_CASE("two names always joined by 'and' are one firm; people who also appear alone stay people", "[unit]") {
    const std::string text =
        "Last fall Acme Industries Inc and Hoffman and Stein offered to buy the company. A partnership of Hoffman "
        "and Stein made the bid. Reagan and Gorbachev met in Geneva. Reagan and Gorbachev spoke for an hour, "
        "and Reagan said the talks went well, as did Mr Gorbachev.\n";
    const auto people = values(text, EntityType::person);
    CHECK(people.count("Hoffman") == 0);
    CHECK(people.count("Stein") == 0);
    CHECK(people.count("Reagan") == 1);
    CHECK(people.count("Gorbachev") == 1);
}

TEST_CASE("describing words, parties, plurals and bare words settle what a name is", "[unit]") {
    using Row = std::tuple<std::string, std::string, std::string>;
    auto [text, name, type] = GENERATE(table<std::string, std::string, std::string>({
        // A describing noun before one mention types the name in the whole article.
        Row{"Russian oil giant Vostrak said it would appeal. Vostrak filed for bankruptcy.", "Vostrak", "org"},
        Row{"Merck withdrew the drug Zelnora after trials. Zelnora sales had doubled.", "Zelnora", "none"},
        Row{"Hurricane Ivan hit Florida on Thursday. Ivan killed 20 people.", "Ivan", "none"},
        // A party's short name is the party; a plural acronym is no name.
        Row{"The Tory leader spoke in Leeds. The Tories said taxes would fall.", "Conservative Party", "org"},
        Row{"Labour MPs voted against the bill on Tuesday.", "Labour Party", "org"},
        Row{"Sales of PCs rose while the PC market grew, the report said.", "PC", "none"},
        // A person named only as a modifier ("the Zanotti films") or by one bare word is no person of the story.
        Row{"The Harriet Vane films made 900m dollars. Fans queued for the Harriet Vane premiere.", "Harriet Vane",
            "none"},
        Row{"Dellacorp shares rose 3%. Dellacorp said profits would grow.", "Dellacorp", "none"},
        // ... but a title, a first name or the training text's people keep it.
        Row{"Mr Okonkwo said taxes would fall. Okonkwo spoke in Leeds.", "Okonkwo", "person"},
        Row{"Reagan said taxes would fall.", "Reagan", "person"},
        Row{"The Reagan administration said taxes would fall.", "Reagan", "person"},
    }));
    INFO(text);
    const auto people = values(text, EntityType::person);
    const auto orgs = values(text, EntityType::org);
    const auto misc_or_gone =
        people.count(name) == 0 && orgs.count(name) == 0 && values(text, EntityType::location).count(name) == 0;
    if (type == "person") CHECK(people.count(name) == 1);
    if (type == "org") CHECK(orgs.count(name) == 1);
    if (type == "none") CHECK(misc_or_gone);
}

TEST_CASE("awards, works, events, products and streets are not people or organisations", "[unit]") {
    using Row = std::tuple<std::string, std::string, std::string>;
    auto [text, name, type] = GENERATE(table<std::string, std::string, std::string>({
        // The plural or an award's noun beside the name: an award.
        Row{"Swank won the Oscar. The Oscars were held in Los Angeles.", "Oscar", "none"},
        Row{"Swank earned an Oscar nomination on Tuesday. Oscar voters meet in March.", "Oscar", "none"},
        // A person's possessive, a capital "The" inside a sentence: a work.
        Row{"Mike Leigh's Vera Holloway won the prize. Vera Holloway is about a nurse.", "Vera Holloway", "none"},
        Row{"Critics still favour The Aviator for best film, and The Aviator leads the list.", "The Aviator", "none"},
        Row{"Critics favour The Gambler for best film.", "Gambler", "none"},
        // A model number: a product.
        Row{"Sales of the GameCube 2 console rose, and the GameCube 2 game list grew.", "GameCube", "none"},
        // An event's last word or a number word first: an event.
        Row{"The Westfield Electronics Show opens on Monday in Las Vegas.", "Westfield Electronics Show", "none"},
        Row{"Wales won the Five Nations title in Cardiff.", "Five Nations", "none"},
        // A street's last word: a place.
        Row{"Mr Blair spoke at Kensington Street on Monday, his office said.", "Kensington Street", "place"},
    }));
    INFO(text);
    const bool person_or_org =
        values(text, EntityType::person).count(name) == 1 || values(text, EntityType::org).count(name) == 1;
    if (type == "none") CHECK_FALSE(person_or_org);
    if (type == "place") CHECK(values(text, EntityType::location).count(name) == 1);
}

// AG News test (agnews-test-02309, -02601): "Fannie Mae", a given name's shape, read as a person; the alias table
// says what the mortgage agencies are, and a name it gives one type takes that type.
TEST_CASE("the mortgage agencies the alias table lists are organisations, not people", "[unit]") {
    auto [text, name] = GENERATE(table<std::string, std::string>({
        {"Fannie Mae Used Improper Accounting-Probe\n\nWASHINGTON (Reuters) - Fannie Mae used improper accounting "
         "to manipulate its quarterly earnings reports, regulators said, touching off the mortgage finance "
         "industry's second such controversy in less than 18 months.",
         "Fannie Mae"},
        {"Fannie Mae agrees to accounting changes\n\nFannie Mae, facing questions about its accounting similar to "
         "those that shook up Freddie Mac last year, has agreed to changes that will bring it in compliance with "
         "accounting standards.",
         "Freddie Mac"},
    }));
    INFO(text);
    CHECK(values(text, EntityType::person).count(name) == 0);
    CHECK(values(text, EntityType::person).count("Fannie Mae") == 0);
    CHECK(values(text, EntityType::org).count(name) == 1);
}

// Reuters-21578 (reuters-482, reuters-12987): "Savannah, Ga." and "Wenatchee, Wash." gave the place facet "Ga" and
// "Wash", abbreviations the alias table cannot list (they are words or other names elsewhere).
TEST_CASE("a state abbreviation after a town and a comma is the state", "[unit]") {
    auto [text, state, abbreviation] = GENERATE(table<std::string, std::string, std::string>({
        {"PRESIDENTIAL AIR <PAIR> TO START NEW SERVICE\n\nPresidential will serve Albany, N.Y., Birmingham and "
         "Huntsville in Alabama,\nColumbus, Ohio, Daytona Beach, Melbourne and Sarasota, all in\nFlorida, "
         "Indianapolis, New York's Kennedy Airport,\nPhiladelphia, Portland, Me., and Savannah, Ga.\n    Under the "
         "agreement, Presidential will continue as a\nseparate company.\n",
         "Georgia", "Ga"},
        {"ASAMERA <ASM> TO FORM NEW MINING UNIT\n\nThe mineral interests will include Asamera's 51 pct\ninterest in "
         "the Cannon gold mine in Wenatchee, Wash. Asamera\nsaid the mine produced 116,514 ounces of gold in 1986.\n",
         "Washington State", "Wash"},
    }));
    INFO(text);
    const auto places = values(text, EntityType::location);
    CHECK(places.count(state) == 1);
    CHECK(places.count(abbreviation) == 0);
    CHECK(values(text, EntityType::person).count(abbreviation) == 0);
}

// Reuters-21578 (reuters-559, reuters-679): "Alex. Brown and Sons Inc" read as the organisation "Alex", the person
// "Brown" and the organisation "Sons Inc"; Brown was a person value of 21 Reuters articles.
TEST_CASE("a family firm's name takes the surname before 'and Sons' and a first name's abbreviation", "[unit]") {
    const std::string text = GENERATE(
        std::string("AMERICUS TRUST <HPU> EXTENDS DEADLINE\n\nThe trust, which will accept up to 7.5 mln shares of\n"
                    "American Home Products <AHP>, said it has already received\ntenders for about four mln "
                    "shares.\n    The trust is managed by Alex. Brown and Sons Inc <ABSB> and\nwas formed "
                    "November 26, 1986.\n Reuter\n"),
        std::string("<PANTRY INC> INB TALKS ON BEING ACQUIRED\n\nPrivately-held Pantry Inc, which\noperates 477 "
                    "convenience stores in five Southeastern states,\nsaid it has engaged Alex. Brown and Sons Inc "
                    "<ABSB> to explore\na possbile sale of the company.\n Reuter\n"));
    INFO(text);
    const auto people = values(text, EntityType::person);
    const auto orgs = values(text, EntityType::org);
    CHECK(people.count("Brown") == 0);
    CHECK(orgs.count("Sons") == 0);
    CHECK(orgs.count("Alex") == 0);
    CHECK(orgs.count("Alex. Brown and Sons") == 1);
}

// Reuters-21578 (reuters-14748, reuters-6665): the Wagner and Brown partnership, named once per article beside
// AFG Industries, gave the person facet "Brown" (21 articles) and the place facet "Wagner".
TEST_CASE("two one-word names joined by 'and' and listed with a company by a second 'and' are a firm", "[unit]") {
    const std::string text = GENERATE(
        std::string("REUTER BUSINESS NEWS HIGHLIGHTS\n\n    NEW YORK - AFG Industries Inc and Wagner and Brown ended\n"
                    "their hostile bid to acquire GenCorp Inc after GenCorp said it would buy back shares.\n"),
        std::string("TALKING POINT/GENCORP INC <GY>\n\n    General Partners is equally owned by investors Wagner "
                    "and\nBrown and glass-maker AFG Industries Inc.\n"));
    INFO(text);
    CHECK(values(text, EntityType::person).count("Brown") == 0);
    CHECK(values(text, EntityType::location).count("Wagner") == 0);
    CHECK(values(text, EntityType::person).count("Wagner") == 0);
}
