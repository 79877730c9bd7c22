// The entity recognizer's trained model: feature weights per tag, tag transitions and lexical resources,
// with its compressed file format.
#pragma once

#include <array>
#include <cstdint>
#include <filesystem>
#include <vector>

#include "extract/ner_features.h"
#include "extract/ner_lexicon.h"
#include "extract/ner_tags.h"

namespace newsdex::extract::ner {

using TagScores = std::array<float, tag_count>;
// transitions[prev][next], prev in 0..tag_count (tag_count = sentence start).
using Transitions = std::array<std::array<float, tag_count>, tag_count + 1>;

class Model {
public:
    // Reads a gzip-compressed model; throws newsdex::Error(io) naming the path if it is missing or malformed.
    static Model load(const std::filesystem::path& file);
    // Writes the model gzip-compressed. Weights are quantised to 16 bits; features whose weights all
    // round to zero are dropped. The bytes depend only on the model, so training is reproducible.
    void save(const std::filesystem::path& file) const;

    // Replaces the weights (features in any order; duplicates are summed).
    void set_weights(const std::vector<std::pair<std::uint32_t, TagScores>>& features, const Transitions& transitions);

    CasingTable& casing() { return casing_; }
    const CasingTable& casing() const { return casing_; }
    Gazetteer& gazetteer() { return gazetteer_; }
    const Gazetteer& gazetteer() const { return gazetteer_; }
    FeatureResources resources() const { return {&casing_, &gazetteer_}; }

    const Transitions& transitions() const { return transitions_; }
    // Sum of the weights of `features` per tag (unknown features weigh nothing).
    TagScores score(const FeatureIds& features) const;
    std::size_t feature_count() const { return keys_.size(); }

private:
    void build_index();

    std::vector<std::uint32_t> keys_;   // sorted feature hashes
    std::vector<float> weights_;        // tag_count per key
    std::vector<std::uint32_t> index_;  // first key position per top-16-bit value; 65537 entries
    Transitions transitions_{};
    CasingTable casing_;
    Gazetteer gazetteer_;
};

}  // namespace newsdex::extract::ner
