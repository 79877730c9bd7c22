// Tests for the NER's word clusters, the second pass's margin, the feature switches and the company-name span
// rule (issue 16).
#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "core/error.h"
#include "extract/ner/internal/ner_clusters.h"
#include "extract/ner/internal/ner_decoder.h"
#include "extract/ner/internal/ner_features.h"
#include "extract/ner/internal/ner_model.h"
#include "extract/ner/internal/ner_spans.h"

using namespace newsdex::extract::ner;

namespace {
Tag t(const char* name) { return *parse_tag(name); }

std::filesystem::path write_temp(const std::string& name, const std::string& text) {
    const auto file = std::filesystem::temp_directory_path() / name;
    std::ofstream(file) << text;
    return file;
}

// The features of the last word of a one-sentence document that the other document does not have.
std::size_t extra_features(const FeatureIds& with, const FeatureIds& without) {
    std::size_t extra = 0;
    for (const auto id : with) extra += std::find(without.begin(), without.end(), id) == without.end() ? 1 : 0;
    return extra;
}
}  // namespace

TEST_CASE("word clusters are read from their TSV and looked up by lower-cased word", "[unit]") {
    const auto file = write_temp("newsdex-clusters-test.tsv", "# comment\nparis\t3\t17\nlondon\t3\t18\n");
    const auto clusters = WordClusters::read_tsv(file);
    std::filesystem::remove(file);
    REQUIRE(clusters.levels() == 2);
    CHECK(clusters.size() == 2);
    const std::uint16_t* london = clusters.find("london");
    REQUIRE(london);
    CHECK(london[0] == 3);
    CHECK(london[1] == 18);
    CHECK_FALSE(clusters.find("London"));  // keys are lower case, as the features look them up
    CHECK_FALSE(clusters.find("rome"));

    const auto bad = write_temp("newsdex-clusters-bad.tsv", "paris\t3\t17\nlondon\t3\n");
    CHECK_THROWS_AS(WordClusters::read_tsv(bad), newsdex::Error);
    std::filesystem::remove(bad);
}

TEST_CASE("words of one cluster share cluster features, also with their neighbours", "[unit]") {
    WordClusters clusters;
    clusters.add("paris", {3, 17});
    clusters.add("rome", {3, 18});
    clusters.add("said", {5, 40});
    FeatureResources resources;
    resources.clusters = &clusters;
    const auto paris = extract_features({{"Visit", "Paris"}}, resources);
    const auto rome = extract_features({{"Visit", "Rome"}}, resources);
    const auto plain = extract_features({{"Visit", "Rome"}}, {});
    // Rome gets c0 at both levels and "Visit" c+1 at both; Rome shares the coarse ones with Paris only.
    CHECK(extra_features(rome[0][1], plain[0][1]) == 2);
    CHECK(extra_features(rome[0][0], plain[0][0]) == 2);
    CHECK(extra_features(rome[0][1], paris[0][1]) == extra_features(plain[0][1], paris[0][1]) + 1);
}

TEST_CASE("a weak second-pass change is undone, a strong one kept", "[unit]") {
    // Pass 1 read "Jordan" as LOC; pass 2 prefers PER by 1.5 over the one-token run.
    const std::vector<Tag> before = {outside, t("B-LOC"), outside};
    std::vector<TagScores> emissions(3, TagScores{});
    emissions[1][t("B-PER")] = 2.0f;
    emissions[1][t("B-LOC")] = 0.5f;
    const Transitions transitions{};
    const std::vector<Tag> after = {outside, t("B-PER"), outside};
    auto kept = after;
    keep_confident_changes(before, kept, emissions, transitions, 1.0f);
    CHECK(kept == after);
    auto undone = after;
    keep_confident_changes(before, undone, emissions, transitions, 2.0f);
    CHECK(undone == before);
}

TEST_CASE("each differing run is judged alone and the result stays valid BIO", "[unit]") {
    const std::vector<Tag> before = {t("B-ORG"), t("I-ORG"), outside, t("B-LOC")};
    const std::vector<Tag> after = {t("B-PER"), t("I-PER"), outside, t("B-PER")};
    std::vector<TagScores> emissions(4, TagScores{});
    emissions[0][t("B-PER")] = 3.0f;  // run 0..1 wins by 3 + 1
    emissions[1][t("I-PER")] = 1.0f;
    emissions[3][t("B-PER")] = 0.5f;  // run 3 wins by 0.5 only
    auto tags = after;
    keep_confident_changes(before, tags, emissions, Transitions{}, 1.0f);
    CHECK(tags == std::vector<Tag>{t("B-PER"), t("I-PER"), outside, t("B-LOC")});
    for (std::size_t i = 1; i < tags.size(); ++i) CHECK(allowed(tags[i - 1], tags[i]));
}

TEST_CASE("a model keeps its clusters, margin and switched-off features through save and load", "[unit]") {
    Model model;
    WeightTable pass;
    pass.set({{hash_feature("x"), TagScores{1.0f}}}, Transitions{});
    model.passes() = {pass};
    model.clusters().add("paris", {3, 17});
    model.set_pass2_margin(2.5f);
    model.set_switched_off(feature_off::section_word);
    const auto file = std::filesystem::temp_directory_path() / "newsdex-ner-clusters-model.gz";
    model.save(file);
    const Model loaded = Model::load(file);
    std::filesystem::remove(file);
    REQUIRE(loaded.clusters().levels() == 2);
    CHECK(loaded.clusters().find("paris")[1] == 17);
    CHECK(loaded.pass2_margin() == 2.5f);
    CHECK(loaded.resources().switched_off == feature_off::section_word);
    CHECK(loaded.resources().clusters == &loaded.clusters());
}

TEST_CASE("without the section-word feature a sports story's team names lose topic features", "[unit]") {
    const Document doc = {{"SOCCER", "-", "ARSENAL", "WIN"}, {"Arsenal", "beat", "Leeds", "."}};
    FeatureResources off;
    off.switched_off = feature_off::section_word;
    const auto with = extract_features(doc, {});
    const auto without = extract_features(doc, off);
    CHECK(with[1][0].size() == without[1][0].size() + 1);  // topic|ss0 on the capitalised word
    CHECK(with[1][1] == without[1][1]);                    // "beat" is not capitalised: unchanged
}

TEST_CASE("a person's name right before an organisation with a legal form is part of the company", "[unit]") {
    const std::vector<std::string_view> words = {"by", "manager", "Hartley", "Quinn", "Pemberton", "Inc", "said"};
    const std::vector<Tag> tags = {outside, outside, t("B-PER"), t("I-PER"), t("B-ORG"), t("I-ORG"), outside};
    const auto chunks = tidy_chunks({tags}, {words});
    REQUIRE(chunks[0].size() == 1);
    CHECK(chunks[0][0].first == 2);
    CHECK(chunks[0][0].last == 6);
    CHECK(type_names[chunks[0][0].type] == "ORG");

    // Without a legal form the two names stay apart ("Tim Cook Apple" is no company name).
    const std::vector<std::string_view> other = {"Tim", "Cook", "Apple", "Music", "said"};
    const auto apart = tidy_chunks({{t("B-PER"), t("I-PER"), t("B-ORG"), t("I-ORG"), outside}}, {other});
    CHECK(apart[0].size() == 2);
}
