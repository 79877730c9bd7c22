// Tests for the entity recognizer with the shipped model: the reference article, titles, possessives, CoNLL I/O.
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <set>
#include <sstream>
#include <string>

#include "core/error.h"
#include "extract/ner/entity_recognizer.h"

using newsdex::EntityMention;
using newsdex::EntityType;
using newsdex::extract::EntityRecognizer;

namespace {

const EntityRecognizer& shipped() {
    static const auto recognizer =
        EntityRecognizer::load(std::string(NEWSDEX_SOURCE_DIR) + "/data/models/ner.model.gz");
    return *recognizer;
}

std::string corpus_article(const std::string& name) {
    std::ifstream in(std::string(NEWSDEX_SOURCE_DIR) + "/corpus/" + name);
    REQUIRE(in);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// Title and body of the JSONL article `id` in corpus/`file` (its strings escape only quotes, backslashes and
// line breaks), joined as ingest joins them.
std::string corpus_jsonl_article(const std::string& file, const std::string& id) {
    std::istringstream lines(corpus_article(file));
    auto field = [](const std::string& line, const std::string& key) {
        std::string out;
        for (std::size_t i = line.find("\"" + key + "\": \"") + key.size() + 5; i < line.size() && line[i] != '"';
             ++i) {
            if (line[i] == '\\' && ++i < line.size()) {
                out += line[i] == 'n' ? '\n' : line[i];
            } else {
                out += line[i];
            }
        }
        return out;
    };
    for (std::string line; std::getline(lines, line);) {
        if (line.find("\"id\": \"" + id + "\"") != std::string::npos)
            return field(line, "title") + "\n\n" + field(line, "body");
    }
    FAIL("no article " << id << " in corpus/" << file);
    return {};
}

std::set<std::string> texts_of(const std::vector<EntityMention>& mentions, EntityType type) {
    std::set<std::string> out;
    for (const auto& m : mentions)
        if (m.type == type) out.insert(m.text);
    return out;
}

}  // namespace

TEST_CASE("the shipped model finds the reference article's people, places and ISIS", "[unit]") {
    const std::string text = corpus_article("2015-12-15-putin-kerry-moscow.txt");
    const auto mentions = shipped().recognize(text);
    for (const auto& m : mentions) {
        REQUIRE(m.end <= text.size());
        CHECK(text.substr(m.start, m.end - m.start) == m.text);
        CHECK(m.canonical == m.text);
    }
    const auto people = texts_of(mentions, EntityType::person);
    for (const char* name : {"Vladimir Putin", "John Kerry", "Sergei Lavrov", "Putin", "Kerry", "Lavrov"}) {
        CHECK(people.count(name) == 1);
    }
    for (const auto& person : people) {  // no titles or roles inside a name
        CHECK(person.find("President") == std::string::npos);
        CHECK(person.find("Secretary") == std::string::npos);
        CHECK(person.find("Minister") == std::string::npos);
    }
    const auto places = texts_of(mentions, EntityType::location);
    for (const char* place : {"Moscow", "Russia", "Syria", "Ukraine", "New York", "Old Arbat"}) {
        CHECK(places.count(place) == 1);
    }
    CHECK(texts_of(mentions, EntityType::org).count("ISIS") == 1);
}

TEST_CASE("a multiword name keeps one reading throughout an article; 'Former' is not part of a name", "[unit]") {
    const std::string text = corpus_article("2016-05-23-austria-van-der-bellen-election.txt");
    const auto mentions = shipped().recognize(text);
    const auto people = texts_of(mentions, EntityType::person);
    CHECK(people.count("Van der Bellen") == 1);  // the headline, as "van der Bellen" in the text
    CHECK(people.count("Alexander van der Bellen") == 1);
    CHECK(texts_of(mentions, EntityType::org).count("Green Party") == 1);
    for (const auto& m : mentions) CHECK(m.text.rfind("Former ", 0) == std::string::npos);
}

TEST_CASE("recognize leaves titles and possessives out of names", "[unit]") {
    using Row = std::tuple<std::string, std::string, EntityType>;
    auto [text, expected, type] = GENERATE(table<std::string, std::string, EntityType>({
        Row{"President Vladimir Putin met reporters on Monday.", "Vladimir Putin", EntityType::person},
        Row{"The talks were led by US Secretary of State John Kerry.", "John Kerry", EntityType::person},
        Row{"Critics attacked Kerry's plan for the region.", "Kerry", EntityType::person},
        Row{"Rebels fighting Bashar al-Assad took the town.", "Bashar al-Assad", EntityType::person},
        Row{"The Bank of England raised interest rates on Thursday.", "Bank of England", EntityType::org},
        Row{"NATO said the exercise would continue.", "NATO", EntityType::org},
        Row{"Apple CEO Tim Cook unveiled the phone in California.", "Tim Cook", EntityType::person},
        Row{"Bank of England Governor Mark Carney spoke in London.", "Mark Carney", EntityType::person},
        Row{"Austrian President Alexander van der Bellen visited Vienna.", "Alexander van der Bellen",
            EntityType::person},
    }));
    const auto mentions = shipped().recognize(text);
    const auto found = texts_of(mentions, type);
    INFO(text);
    CHECK(found.count(expected) == 1);
}

// corpus/wire-2016.jsonl: the model reads "Senator Ted Cruz" as one organisation (a rare title in CoNLL-2003
// train), as BBC News's "Mr Cable" and "Ms Sanders"; an honorific only people take makes the span the person's.
TEST_CASE("a span opened by an honorific is the person after it, whatever type the model read", "[unit]") {
    const auto mentions = shipped().recognize(corpus_jsonl_article("wire-2016.jsonl", "wire-2016-001"));
    CHECK(texts_of(mentions, EntityType::person).count("Ted Cruz") == 1);
    CHECK(texts_of(mentions, EntityType::org).count("Senator Ted Cruz") == 0);
    CHECK(texts_of(mentions, EntityType::person).count("Marco Rubio") == 1);
}

TEST_CASE("two people a headline coordinates are read apart, as the article names them (issue 16)", "[unit]") {
    // The first pass reads the headline's "Lavrov and Kerry" as one organisation with a small margin; the second
    // pass reads each as the person the text names, once only firm first-pass readings vote.
    const std::string text = corpus_article("2015-12-22-lavrov-kerry-ceasefire-call.txt");
    const std::string headline = text.substr(0, text.find('\n'));
    REQUIRE(headline.rfind("Lavrov and Kerry discuss", 0) == 0);
    std::set<std::string> in_headline;
    for (const auto& m : shipped().recognize(text)) {
        if (m.end <= headline.size()) in_headline.insert(std::string(to_string(m.type)) + " " + m.text);
    }
    CHECK(in_headline.count("PERSON Lavrov") == 1);
    CHECK(in_headline.count("PERSON Kerry") == 1);
    CHECK(in_headline.count("ORG Lavrov and Kerry") == 0);
}

TEST_CASE("a second pass with nothing to go on keeps the first pass's organisation (issue 16)", "[unit]") {
    // "Hofer conceded defeat on Facebook": the first pass reads ORG with a small margin, and with every reading
    // voting the second pass turned it into a place.
    const auto mentions = shipped().recognize(corpus_article("2016-05-23-austria-van-der-bellen-election.txt"));
    CHECK(texts_of(mentions, EntityType::org).count("Facebook") == 1);
    CHECK(texts_of(mentions, EntityType::location).count("Facebook") == 0);
}

TEST_CASE("headlines in capitals or Title Case borrow casing from the article body", "[unit]") {
    const std::string body =
        "\n\nRussian President Vladimir Putin met US Secretary of State John Kerry in Moscow on Tuesday to "
        "discuss the war in Syria. Putin said the talks would go on.";
    for (const std::string headline :
         {"PUTIN AND KERRY MEET IN MOSCOW TO DISCUSS SYRIA", "Putin And Kerry Meet In Moscow To Discuss Syria"}) {
        const auto mentions = shipped().recognize(headline + body);
        std::vector<std::string> in_headline;
        for (const auto& m : mentions) {
            if (m.end <= headline.size()) in_headline.push_back(std::string(to_string(m.type)) + " " + m.text);
        }
        INFO(headline);
        CHECK(std::count(in_headline.begin(), in_headline.end(), "PERSON " + headline.substr(10, 5)) == 1);
        CHECK(std::count(in_headline.begin(), in_headline.end(), "LOCATION " + headline.substr(24, 6)) == 1);
        // No headline word that is ordinary in lower case ("And", "Meet") is part of a name.
        for (const auto& m : in_headline) CHECK(m.find(headline.substr(6, 3)) == std::string::npos);
    }
}

TEST_CASE("recognize offsets are UTF-8 byte offsets past curly quotes and dashes", "[unit]") {
    const std::string text = "\xE2\x80\x9CWe agree\xE2\x80\x9D \xE2\x80\x94 said John Kerry in Moscow.";
    const auto mentions = shipped().recognize(text);
    REQUIRE(mentions.size() == 2);
    CHECK(mentions[0].text == "John Kerry");
    CHECK(mentions[0].type == EntityType::person);
    CHECK(mentions[0].start == text.find("John"));
    CHECK(mentions[1].text == "Moscow");
    CHECK(mentions[1].end == text.size() - 1);
}

TEST_CASE("tag returns BIO tags for a tokenised sentence", "[unit]") {
    const auto tags = shipped().tag({"Sergei", "Lavrov", "met", "John", "Kerry", "in", "Moscow", "."});
    CHECK(tags == std::vector<std::string>{"B-PER", "I-PER", "O", "B-PER", "I-PER", "O", "B-LOC", "O"});
    CHECK(shipped().tag({}).empty());
}

TEST_CASE("tag_conll appends a tag column and passes -DOCSTART- and blank lines through", "[unit]") {
    std::istringstream in(
        "-DOCSTART- -X- -X- O\n\nVladimir NNP I-NP I-PER\nPutin NNP I-NP I-PER\nspoke VBD I-VP O\n\nMoscow\n");
    std::ostringstream out;
    newsdex::extract::tag_conll(in, out, shipped());
    CHECK(out.str() ==
          "-DOCSTART- -X- -X- O O\n\nVladimir NNP I-NP I-PER B-PER\nPutin NNP I-NP I-PER I-PER\nspoke VBD I-VP O "
          "O\n\nMoscow B-LOC\n");
}

TEST_CASE("load reports a missing or malformed model with its path", "[unit]") {
    try {
        EntityRecognizer::load("/nonexistent/ner.model.gz");
        FAIL("no exception");
    } catch (const newsdex::Error& e) {
        CHECK(e.kind() == newsdex::ErrorKind::io);
        CHECK(e.file() == "/nonexistent/ner.model.gz");
    }
    CHECK_THROWS_AS(EntityRecognizer::load(std::string(NEWSDEX_SOURCE_DIR) + "/CMakeLists.txt"), newsdex::Error);
}
