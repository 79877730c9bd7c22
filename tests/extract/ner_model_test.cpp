// Tests for the NER building blocks: tag conversions, Viterbi constraints, model file round trip, features.
#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>

#include "extract/ner/internal/ner_decoder.h"
#include "extract/ner/internal/ner_features.h"
#include "extract/ner/internal/ner_model.h"
#include "extract/ner/internal/ner_scorer.h"
#include "extract/ner/internal/ner_tags.h"

using namespace newsdex::extract::ner;

namespace {
Tag t(const char* name) { return *parse_tag(name); }
}  // namespace

TEST_CASE("IOB1 tags convert to BIO and read back as conlleval chunks", "[unit]") {
    const std::vector<Tag> iob1 = {t("I-PER"), t("I-PER"), t("B-PER"), t("O"), t("I-LOC"), t("I-ORG")};
    const auto bio = iob1_to_bio(iob1);
    CHECK(bio == std::vector<Tag>{t("B-PER"), t("I-PER"), t("B-PER"), t("O"), t("B-LOC"), t("B-ORG")});
    const auto chunks = chunks_of(bio);
    REQUIRE(chunks.size() == 4);
    CHECK(chunks[0].first == 0);
    CHECK(chunks[0].last == 2);
    CHECK(chunks[1].first == 2);
    CHECK(type_names[chunks[3].type] == "ORG");
    CHECK(tag_name(t("I-MISC")) == "I-MISC");
    CHECK_FALSE(parse_tag("B-DATE"));
}

TEST_CASE("viterbi never emits I-X without B-X before it", "[unit]") {
    Transitions transitions{};
    std::vector<TagScores> emissions(2, TagScores{});
    emissions[0][outside] = 1.0f;
    emissions[1][t("I-PER")] = 5.0f;  // best alone, but cannot follow O
    emissions[1][t("B-LOC")] = 1.0f;
    const auto path = viterbi(emissions, transitions);
    CHECK(path == std::vector<Tag>{t("B-PER"), t("I-PER")});
}

TEST_CASE("a model survives save and load", "[unit]") {
    Model model;
    const std::uint32_t feature = hash_feature("test");
    TagScores w{};
    w[t("B-ORG")] = 2.5f;
    w[outside] = -1.0f;
    Transitions transitions{};
    transitions[start_tag][t("B-PER")] = 0.5f;
    WeightTable first, second;
    first.set({{feature, w}}, transitions);
    second.set({{feature, w}, {hash_feature("other"), TagScores{}}}, Transitions{});
    model.passes() = {first, second};
    model.gazetteer().add({"bank", "of", "england"}, 1);
    model.casing().set("putin", 4);

    const auto file = std::filesystem::temp_directory_path() / "newsdex-ner-model-test.gz";
    model.save(file);
    const Model loaded = Model::load(file);
    std::filesystem::remove(file);

    REQUIRE(loaded.passes().size() == 2);
    const auto scores = loaded.passes()[0].score({feature, hash_feature("unknown")});
    CHECK(scores[t("B-ORG")] == Approx(2.5f).epsilon(1e-3));
    CHECK(scores[outside] == Approx(-1.0f).epsilon(1e-3));
    CHECK(loaded.passes()[0].transitions()[start_tag][t("B-PER")] == 0.5f);
    CHECK(loaded.gazetteer().types("bank of england") == 2);
    CHECK(loaded.casing().bucket("putin") == 4);
    CHECK(loaded.feature_count() == 2);  // the all-zero feature is dropped
}

TEST_CASE("the merged scorer gives every pass the weights of its own table", "[unit]") {
    const std::uint32_t shared = hash_feature("shared"), first_only = hash_feature("first"),
                        second_only = hash_feature("second");
    TagScores a{}, b{}, c{};
    a[t("B-PER")] = 2.0f;
    b[t("B-ORG")] = -1.0f;
    c[outside] = 0.5f;
    WeightTable first, second;
    first.set({{shared, a}, {first_only, b}}, Transitions{});
    second.set({{shared, b}, {second_only, c}}, Transitions{});
    const PassScorer scorer({first, second});
    CHECK(scorer.passes() == 2);
    CHECK(scorer.size() == 3);

    PassScorer::Sums sums{};
    scorer.add({shared, first_only, second_only, hash_feature("unknown")}, 0, sums);
    for (std::size_t pass = 0; pass < 2; ++pass) {
        const auto expected = (pass == 0 ? first : second).score({shared, first_only, second_only});
        const auto got = scorer.scores(sums, pass);
        for (std::size_t tag = 0; tag < tag_count; ++tag) CHECK(got[tag] == Approx(expected[tag]).margin(1e-3));
    }
    // Features from `first` on are added: a second pass's own features join the same sums.
    PassScorer::Sums later{};
    scorer.add({first_only, second_only}, 1, later);
    CHECK(scorer.scores(later, 0)[t("B-ORG")] == 0.0f);
    CHECK(scorer.scores(later, 1)[outside] == Approx(0.5f).margin(1e-3));
}

TEST_CASE("second-pass features report the first pass's tags of the same word elsewhere", "[unit]") {
    const Document doc = {{"Putin", "spoke"}, {"Vladimir", "Putin", "left"}};
    const std::vector<std::vector<Tag>> first = {{outside, outside}, {t("B-PER"), t("I-PER"), outside}};
    auto features = extract_features(doc, {});
    const auto before = features[0][0].size();
    add_first_pass_features(doc, first, features);
    // fp=O, fp-1|fp|fp+1=<s>|O|O, nl=PER/all and nl|fp=PER|O were added to the headline "Putin".
    CHECK(features[0][0].size() == before + 4);
}

TEST_CASE("features depend on document context for headline words", "[unit]") {
    // The same headline word gets different features when the body shows it capitalised.
    const Document alone = {{"KERRY", "ARRIVES"}};
    const Document with_body = {{"KERRY", "ARRIVES"}, {"The", "visit", "by", "Kerry", "began", "."}};
    const auto a = extract_features(alone, {});
    const auto b = extract_features(with_body, {});
    CHECK(a[0][0] != b[0][0]);
    CHECK(b.size() == 2);
    CHECK(b[1].size() == 6);
}

TEST_CASE("tagging skips plain words far from any capital, training does not", "[unit]") {
    // "the" .. "said" are within two words of "Kerry" or "Lavrov"; "quietly" and "on" are not.
    const Document doc = {
        {"Kerry", "and", "the", "minister", "met", "quietly", "on", "a", "visit", "to", "Lavrov", "."}};
    const auto tagging = extract_features(doc, {}, nullptr, /*skip_plain=*/true);
    std::vector<std::size_t> skipped;
    for (std::size_t k = 0; k < doc[0].size(); ++k)
        if (tagging[0][k].empty()) skipped.push_back(k);
    CHECK(skipped == std::vector<std::size_t>{3, 4, 5, 6, 7});
    const auto training = extract_features(doc, {});
    for (const auto& token : training[0]) CHECK_FALSE(token.empty());
    // Kept tokens get the same features either way: skipping changes no neighbour's features.
    CHECK(tagging[0][0] == training[0][0]);
    CHECK(tagging[0][8] == training[0][8]);
    // Second-pass features leave skipped tokens empty.
    std::vector<std::vector<Tag>> first(1, std::vector<Tag>(doc[0].size(), outside));
    auto with_second = tagging;
    add_first_pass_features(doc, first, with_second);
    CHECK(with_second[0][5].empty());
    CHECK(with_second[0][0].size() > tagging[0][0].size());
}
