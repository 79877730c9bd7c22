// Tests for news-source attribution: cue phrases, brackets and datelines, false friends, the JSON source field.
#include <catch2/catch.hpp>

#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "extract/entities/source_attribution.h"
#include "text/alias_table.h"

using newsdex::SourceMention;
using newsdex::extract::canonical_source;
using newsdex::extract::find_sources;
using newsdex::text::AliasTable;

namespace {

const AliasTable& shipped() {
    static const AliasTable table = AliasTable::load_default();
    return table;
}

}  // namespace

TEST_CASE("attributions name one source with its span and canonical name", "[unit]") {
    auto [text, name, canonical] = GENERATE(table<std::string, std::string, std::string>({
        {"Kerry met Putin on Tuesday, reports AP.", "AP", "Associated Press"},
        {"He bought dolls in the Old Arbat, reported Sputnik.", "Sputnik", "Sputnik"},
        {"\u201cgood terrorists\u201d and \u201cbad terrorists,\u201d reports Guardian.", "Guardian", "The Guardian"},
        {"MOSCOW (AP) \u2014 Kerry arrived in Moscow.", "AP", "Associated Press"},
        {"LONDON, Dec 15 (Reuters) - Shares fell.", "Reuters", "Reuters"},
        {"Shares fell sharply on Monday (Reuters).", "Reuters", "Reuters"},
        {"AP - A company founded by a chemistry researcher won a grant.", "AP", "Associated Press"},
        {"Wall St. Bears Claw Back\n\nReuters - Short-sellers are seeing green again.", "Reuters", "Reuters"},
        {"Talks stalled, according to the Guardian.", "Guardian", "The Guardian"},
        {"Talks stalled, according to Agence France-Presse.", "Agence France-Presse", "Agence France-Presse"},
        {"\"We will win,\" he told CNN on Tuesday.", "CNN", "CNN"},
        {"He said in an interview with the BBC that talks failed.", "BBC", "BBC"},
        {"Prices rose, AFP reported.", "AFP", "Agence France-Presse"},
        {"Reuters reported on Monday that prices rose.", "Reuters", "Reuters"},
        {"Officials met, the New York Times reported.", "New York Times", "The New York Times"},
        {"The New York Times reported the deal.", "The New York Times", "The New York Times"},
        {"Interfax has reported a blast.", "Interfax", "Interfax"},
        {"The figures were quoted by Xinhua.", "Xinhua", "Xinhua"},
        {"Talks stalled, the U.S. official told Fox News.", "Fox News", "Fox News"},
        // Unknown outlets: a media word, a media noun, a dateline bracket, or the end of a clause.
        {"Talks stalled, according to the Kyiv Post.", "Kyiv Post", "Kyiv Post"},
        {"Talks stalled, according to the Vedomosti newspaper.", "Vedomosti", "Vedomosti"},
        {"Talks stalled, according to news agency Ukrinform.", "Ukrinform", "Ukrinform"},
        {"The plan leaked, reports Meduza.", "Meduza", "Meduza"},
        {"KIEV (Interfax-Ukraine) - Talks stalled.", "Interfax-Ukraine", "Interfax-Ukraine"},
        // AG News: a dateline's place in mixed case, opening the body after the headline's blank line.
        {"Olympic preview\n\nAthens, Greece (Sports Network) - Hamm won gold.", "Sports Network", "Sports Network"},
        {"Expos win\n\n(Sports Network) - The Montreal Expos won.", "Sports Network", "Sports Network"},
        {"The Moscow Times reported the sale.", "The Moscow Times", "The Moscow Times"},
        {"Talks stalled, according to the Times of India.", "Times of India", "Times of India"},
        {"\"No,\" he told the Times Tuesday.", "Times", "The Times"},
        {"Talks stalled, Kommersant reported.", "Kommersant", "Kommersant"},
        {"According to Reuters, talks stalled.", "Reuters", "Reuters"},
        {"He told the Radio del Plata in an interview.", "Radio del Plata", "Radio del Plata"},
        {"Prices fell, the official Notimex news agency said.", "Notimex", "Notimex"},
        {"The Financial Times has reported a loss.", "The Financial Times", "Financial Times"},
        {"Talks stalled, the Vedomosti daily reported.", "Vedomosti", "Vedomosti"},
        {"\"No,\" he told BBC's Today programme.", "BBC", "BBC"},
        {"\"No,\" he told the News of the World.", "News of the World", "News of the World"},
        {"It won, according to Hollywood newspaper Daily Variety.", "Daily Variety", "Daily Variety"},
    }));
    CAPTURE(text);
    const std::vector<SourceMention> sources = find_sources(text, shipped());
    REQUIRE(sources.size() == 1);
    CHECK(sources[0].text == name);
    CHECK(sources[0].canonical == canonical);
    CHECK(text.substr(sources[0].start, sources[0].end - sources[0].start) == name);
}

TEST_CASE("an outlet opening a line needs the dash; one inside a line does not open it", "[unit]") {
    CHECK(find_sources("Reuters expanded its Tokyo bureau.", shipped()).empty());
    CHECK(find_sources("Shares rose.\nAP-Dow Jones said the index fell.", shipped()).empty());
    CHECK(find_sources("Shares rose, AP - the agency - said.", shipped()).empty());
    // A bracket inside a paragraph, or after words in lower case, is no dateline.
    CHECK(find_sources("Deal\n\nShares of Acme Corp (Acme Holdings) - the parent - rose.", shipped()).empty());
    CHECK(find_sources("Deal\n\nThe company said Acme Corp (Acme Holdings) - rose.", shipped()).empty());
    CHECK(find_sources("3G\n\n\"High-Speed Downlink Packet Access (HSDPA) - sometimes called Super 3G - will be vital",
                       shipped())
              .empty());
}

TEST_CASE("words after cues that are not outlets are not sources", "[unit]") {
    auto text = GENERATE(
        as<std::string>{}, "Talks stalled, according to officials.",
        "\"Well, I need to meet with the president,\" he told reporters in Moscow.",
        "Talks went well, according to Lavrov.", "Putin said to Kerry who came to Moscow on Tuesday.",
        "The meeting was reported Tuesday.", "He told Russia it must stop.", "He told President Putin the news.",
        "Kerry reported progress to the president.", "There were reports from Syria.", "Moscow (Russia) is cold.",
        "A spokesman for the UN said the talks failed.", "Ministers met (UN) - talks failed.",
        "In an interview with Kerry, Lavrov spoke.", "Lavrov said talks went well, reports suggest.",
        "( \u2014 December 15, 2015) \u2014 The US and Russia need to find common ground.",
        // Regressions found on BBC news.
        "Tory co-chairman Liam Fox said the plan would fail.", "He was manoeuvring against him, writes Mr Peston.",
        "Standard Chartered said it would spend $3.3bn.", "Royal Mail says it is investigating.",
        "Press reports suggest that a deal is near.", "The paper said the talks failed.",
        "She told the Today programme that it was wrong.", "His mother told US TV that it was false.",
        "The head of Korean Development Bank (KDB) - one of the lenders - quit.",
        "American Express said no decision had been reached.",
        "In its weekly report, the Energy Department agency said stocks fell.",
        "CHANNEL FERRY REPORTED SINKING OFF BELGIUM  The channel ferry sank.");
    CAPTURE(text);
    CHECK(find_sources(text, shipped()).empty());
}

TEST_CASE("reference article: AP, Sputnik and the Guardian", "[integration]") {
    std::ifstream in(std::string(NEWSDEX_SOURCE_DIR) + "/corpus/2015-12-15-putin-kerry-moscow.txt");
    REQUIRE(in);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    const std::string text = buffer.str();
    const std::vector<SourceMention> sources = find_sources(text, shipped());
    std::vector<std::string> names;
    std::set<std::string> canonical;
    for (const SourceMention& s : sources) {
        names.push_back(s.text);
        canonical.insert(s.canonical);
        CHECK(text.substr(s.start, s.end - s.start) == s.text);
    }
    CHECK(names == std::vector<std::string>{"AP", "Sputnik", "Guardian", "Sputnik"});
    CHECK(canonical == std::set<std::string>{"Associated Press", "Sputnik", "The Guardian"});
}

TEST_CASE("the JSON source field gets the table's name or stays as written", "[unit]") {
    auto [value, expected] = GENERATE(table<std::string, std::string>({
        {"AP", "Associated Press"},
        {"The Associated Press", "Associated Press"},
        {" Reuters ", "Reuters"},
        {"https://www.reuters.com/world/europe/", "Reuters"},
        {"theguardian.com", "The Guardian"},
        {"www.bbc.co.uk", "BBC"},
        {"Kyiv   Post", "Kyiv Post"},
        {"example.org", "example.org"},
        {"", ""},
    }));
    CAPTURE(value);
    CHECK(canonical_source(value, shipped()) == expected);
}

TEST_CASE("a wire story's sign-off on its own last line names its source", "[unit]") {
    // Reuters-21578 ends every story so: "... on February 27.\n Reuter".
    auto found = find_sources("Wheat exports rose, the ministry said.\n Reuter\n", shipped());
    REQUIRE(found.size() == 1);
    CHECK(found[0].canonical == "Reuters");
    CHECK(found[0].text == "Reuter");
    CHECK(found[0].start == 40);
    CHECK(found[0].end == 46);
    CHECK(find_sources("Markets were calm.\n\nAP\n", shipped()).at(0).canonical == "Associated Press");
}

// Reuters-21578 also ends stories with editing marks after the name, a desk code, or the name after the last
// sentence on its line; each was an organisation "Reuters" in the facet.
TEST_CASE("a sign-off followed by editing marks or a desk code, or ending the last sentence's line", "[unit]") {
    auto [text, name] = GENERATE(table<std::string, std::string>({
        {"Rates fell.\nNo second request was made.\n   \nREUTER...^M\n", "REUTER"},
        {"Rates fell.\nsaid Jeffrey Leeds of Chemical Bank.\n REUTER^M\n", "REUTER"},
        {"Rates fell.\nthe percentage of branches open today.\n REUTER E\n", "REUTER"},
        {"Rates fell.\nbooks close August 3 to 10.\n REUTER TAW\n", "REUTER"},
        {"Rates fell.\na quarter ounce and a tenth of an ounce. REUTER\n", "REUTER"},
        {"Prices.\n    COWS FOR CANNING        0.56(0.361) 0.56 (0.361) REUTER", "REUTER"},
        {"Rates fell.\nthe satellite firm. \n \nReuter...^M", "Reuter"},
    }));
    CAPTURE(text);
    const auto found = find_sources(text, shipped());
    REQUIRE(found.size() == 1);
    CHECK(found[0].text == name);
    CHECK(found[0].canonical == "Reuters");
}

TEST_CASE("a last line that is no outlet, or no line of its own, is no sign-off", "[unit]") {
    CHECK(find_sources("Exports rose.\n Moscow", shipped()).empty());                   // a place, not an outlet
    CHECK(find_sources("Reuter", shipped()).empty());                                   // the whole story
    CHECK(find_sources("Exports rose, Reuter", shipped()).empty());                     // not on its own line
    CHECK(find_sources("Rates fell.\nExports went to REUTER", shipped()).empty());      // after a word
    CHECK(find_sources("Rates fell.\nExports rose, REUTER", shipped()).empty());        // not after a full stop
    CHECK(find_sources("Rates fell.\nExports rose. Reuter", shipped()).empty());        // not in capitals
    CHECK(find_sources("Rates fell.\nExports rose.\n REUTER Eat", shipped()).empty());  // no desk code
    CHECK(find_sources("Exports rose.\nThe Guardian and the BBC and many more outlets said so today.",
                       shipped())
              .empty());  // a sentence
}
