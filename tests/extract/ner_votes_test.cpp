// Tests for the second pass's votes (issue 16): first-pass token margins, votes by confident readings only,
// the optional title and neighbour-vote features, and their place in the model file.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>

#include "extract/ner/internal/ner_decoder.h"
#include "extract/ner/internal/ner_features.h"
#include "extract/ner/internal/ner_model.h"
#include "extract/ner/ner_conll.h"

using namespace newsdex::extract::ner;

namespace {
Tag t(const char* name) { return *parse_tag(name); }

// The features add_first_pass_features appends to token (s, k).
FeatureIds second_pass_features(const Document& doc, const std::vector<std::vector<Tag>>& first,
                                const FirstPassVotes& votes, std::size_t s, std::size_t k) {
    auto features = extract_features(doc, {});
    const auto before = features[s][k].size();
    add_first_pass_features(doc, first, features, nullptr, votes);
    return FeatureIds(features[s][k].begin() + static_cast<std::ptrdiff_t>(before), features[s][k].end());
}
}  // namespace

TEST_CASE("a token's margin is what the best path loses by reading it as another type", "[unit]") {
    std::vector<TagScores> emissions(2, TagScores{});
    emissions[0][t("B-PER")] = 5.0f;
    emissions[0][t("B-ORG")] = 3.0f;  // ORG alone would cost 2
    emissions[1][outside] = 4.0f;
    emissions[1][t("I-PER")] = 3.5f;  // same type as B-PER: not a rival reading of token 0
    const auto path = viterbi(emissions, Transitions{});
    REQUIRE(path == std::vector<Tag>{t("B-PER"), outside});
    const auto margins = token_margins(emissions, Transitions{}, path);
    CHECK(margins[0] == Approx(2.0f));
    CHECK(margins[1] == Approx(0.5f));  // B-PER I-PER scores 8.5 against 9
}

TEST_CASE("a token no other reading can reach has no rival", "[unit]") {
    TagScores forced;
    forced.fill(-std::numeric_limits<float>::infinity());
    forced[outside] = 0;
    const std::vector<TagScores> emissions = {forced};
    const auto path = viterbi(emissions, Transitions{});
    CHECK(token_margins(emissions, Transitions{}, path)[0] == no_rival_margin);
}

TEST_CASE("only first-pass readings above the vote margin count elsewhere in the document", "[unit]") {
    // "Lavrov" is read ORG weakly in the headline and PER firmly in the text; "Kerry" is asked about.
    const Document doc = {{"Lavrov", "meets", "Kerry"}, {"Lavrov", "said", "."}, {"Kerry", "spoke", "."}};
    const std::vector<std::vector<Tag>> first = {
        {t("B-ORG"), outside, t("B-PER")}, {t("B-PER"), outside, outside}, {t("B-ORG"), outside, outside}};
    const std::vector<std::vector<float>> margins = {{3, 90, 80}, {60, 90, 9999}, {4, 90, 9999}};
    // Every vote: the text's "Lavrov" sees the headline's ORG, the text's "Kerry" the headline's PER.
    const auto all = second_pass_features(doc, first, {}, 1, 0);
    const auto firm = second_pass_features(doc, first, {&margins, 10.0f}, 1, 0);
    CHECK(all.size() == firm.size() + 2);  // without the weak vote, nothing is said of "Lavrov" elsewhere
    // A weak reading is still told what firm readings elsewhere say ("Kerry" of the last line: PER above).
    CHECK(second_pass_features(doc, first, {&margins, 10.0f}, 2, 0).size() == 4);
    // Vote margin 0 with margins given is every vote.
    CHECK(second_pass_features(doc, first, {&margins, 0.0f}, 1, 0) == all);
}

TEST_CASE("neighbour votes tell a conjunction between two names read apart elsewhere", "[unit]") {
    const Document doc = {{"Lavrov", "and", "Kerry", "talk"}, {"Lavrov", "met", "Kerry", "."}};
    const std::vector<std::vector<Tag>> first = {{t("B-ORG"), t("I-ORG"), t("I-ORG"), outside},
                                                 {t("B-PER"), outside, t("B-PER"), outside}};
    const auto plain = second_pass_features(doc, first, {}, 0, 1);
    FirstPassVotes neighbours;
    neighbours.neighbours = true;
    const auto with = second_pass_features(doc, first, neighbours, 0, 1);
    CHECK(with.size() == plain.size() + 1);
    // The same words with other readings either side give another feature.
    const std::vector<std::vector<Tag>> apart = {{t("B-ORG"), t("I-ORG"), t("I-ORG"), outside},
                                                 {t("B-LOC"), outside, t("B-PER"), outside}};
    CHECK(second_pass_features(doc, apart, neighbours, 0, 1) != with);
}

TEST_CASE("title features mark a person title and the word after it, only when switched on", "[unit]") {
    const Document doc = {{"Senator", "Ted", "Cruz", "won"}};
    FeatureResources on;
    on.switched_on = feature_on::title_words;
    const auto plain = extract_features(doc, {});
    const auto titled = extract_features(doc, on);
    CHECK(titled[0][0].size() == plain[0][0].size() + 1);  // "Senator" is a title
    CHECK(titled[0][1].size() == plain[0][1].size() + 1);  // "Ted" follows one
    CHECK(titled[0][2] == plain[0][2]);
}

TEST_CASE("a model keeps its vote margin and switched-on features through save and load", "[unit]") {
    Model model;
    WeightTable pass;
    pass.set({{hash_feature("x"), TagScores{1.0f}}}, Transitions{});
    model.passes() = {pass};
    model.set_vote_margin(20.0f);
    model.set_switched_on(feature_on::title_words | feature_on::neighbour_votes);
    const auto file = std::filesystem::temp_directory_path() / "newsdex-ner-votes-model.gz";
    model.save(file);
    const Model loaded = Model::load(file);
    std::filesystem::remove(file);
    CHECK(loaded.vote_margin() == 20.0f);
    CHECK(loaded.resources().switched_on == (feature_on::title_words | feature_on::neighbour_votes));
}

TEST_CASE("a model without vote margin or optional features is written in the older format", "[unit]") {
    // So training without them still gives the shipped model's bytes.
    Model model;
    WeightTable pass;
    pass.set({{hash_feature("x"), TagScores{1.0f}}}, Transitions{});
    model.passes() = {pass};
    const auto file = std::filesystem::temp_directory_path() / "newsdex-ner-v3-model.gz";
    model.save(file);
    const std::string bytes = read_maybe_gzip(file);
    model.set_vote_margin(5.0f);
    model.save(file);
    const std::string v4 = read_maybe_gzip(file);
    std::filesystem::remove(file);
    CHECK(bytes.rfind("NDXNER3\n", 0) == 0);
    CHECK(v4.rfind("NDXNER4\n", 0) == 0);
    CHECK(v4.size() == bytes.size() + 5);
}
