// Tests for the headline rule (issue 16): an ALL CAPS headline reads a run of name words as the body does.
#include <catch2/catch.hpp>

#include "extract/ner/internal/ner_features.h"
#include "extract/ner/internal/ner_headline.h"
#include "extract/ner/ner_training.h"

using namespace newsdex::extract::ner;

namespace {
Tag t(const char* name) { return *parse_tag(name); }

struct Tagged {
    Document document;
    DocumentWords words;
    std::vector<std::vector<Tag>> tags;
};

// The document of `text` (split as the trainer's --trace splits raw text), every token O.
Tagged tagged(const std::string& text) {
    Tagged out;
    out.document = split_text(text);
    extract_features(out.document, {}, &out.words);
    for (const auto& sentence : out.document) out.tags.emplace_back(sentence.size(), outside);
    return out;
}

void set(Tagged& doc, std::size_t s, std::size_t first, const std::vector<const char*>& tags) {
    for (std::size_t i = 0; i < tags.size(); ++i) doc.tags[s][first + i] = t(tags[i]);
}
}  // namespace

// Reuters-21578 (reuters-19888): the vote-margin model read the headline as the bank "BANK OF" and the place
// "NEW YORK"; the body reads "Bank of New York" as one organisation.
TEST_CASE("a headline run of names the body writes as one organisation becomes that organisation", "[unit]") {
    Tagged doc = tagged(
        "BANK OF NEW YORK <BK> DEBT AFFIRMED\n\nThe ratings on certificates of deposit of Bank\nof New York and "
        "Bank of New York (Delaware) were affirmed.\n");
    REQUIRE(doc.document.size() == 2);
    REQUIRE(doc.document[0][3] == "YORK");
    REQUIRE(doc.document[1][7] == "Bank");
    set(doc, 0, 0, {"B-ORG", "I-ORG", "B-LOC", "I-LOC"});
    set(doc, 1, 7, {"B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG"});
    set(doc, 1, 17, {"B-LOC"});
    follow_body_in_headline(doc.words, doc.tags);
    CHECK(doc.tags[0] == std::vector<Tag>{t("B-ORG"), t("I-ORG"), t("I-ORG"), t("I-ORG"), outside, outside, outside,
                                          outside, outside});
}

TEST_CASE("the headline rule leaves single names, runs the body reads two ways, and datelines", "[unit]") {
    Tagged doc = tagged(
        "NEW YORK YANKEES BEAT BOSTON\n\nNEW YORK 1996-08-22\n\nNew York Yankees beat Boston 6-4 in New York on "
        "Friday. The New York Yankees fan club met the Bank of Boston.\n");
    REQUIRE(doc.document.size() == 4);
    REQUIRE(doc.document[3][1] == "New");
    set(doc, 0, 0, {"B-LOC", "I-LOC", "B-ORG"});  // two names, "New York Yankees" in the body
    set(doc, 0, 4, {"B-LOC"});                    // one name, the body's team
    set(doc, 1, 0, {"B-LOC", "I-LOC"});           // a dateline: ALL CAPS, not the body
    set(doc, 2, 0, {"B-ORG", "I-ORG", "I-ORG"});
    set(doc, 2, 3, {"B-ORG"});
    set(doc, 2, 6, {"B-LOC", "I-LOC"});
    set(doc, 3, 1, {"B-MISC", "I-MISC", "I-MISC"});
    set(doc, 3, 8, {"B-ORG", "I-ORG", "I-ORG"});  // "Bank of Boston"
    const auto before = doc.tags;
    follow_body_in_headline(doc.words, doc.tags);
    CHECK(doc.tags == before);
    doc.tags[3][1] = t("B-ORG");  // now one reading in the body
    doc.tags[3][2] = doc.tags[3][3] = t("I-ORG");
    follow_body_in_headline(doc.words, doc.tags);
    CHECK(doc.tags[0] == std::vector<Tag>{t("B-ORG"), t("I-ORG"), t("I-ORG"), outside, t("B-LOC")});
}

TEST_CASE("a headline in mixed case is left as tagged", "[unit]") {
    Tagged doc = tagged("Bank of New York debt affirmed\n\nThe Bank of New York said so.\n");
    set(doc, 0, 0, {"B-ORG", "I-ORG", "B-LOC", "I-LOC"});
    set(doc, 1, 1, {"B-ORG", "I-ORG", "I-ORG", "I-ORG"});
    const auto before = doc.tags;
    follow_body_in_headline(doc.words, doc.tags);
    CHECK(doc.tags == before);
}
