// The entity recognizer's trained model: weight tables of its one or two tagging passes and its lexical
// resources, with its compressed file format.
#pragma once

#include <filesystem>
#include <memory>
#include <vector>

#include "extract/ner/internal/ner_clusters.h"
#include "extract/ner/internal/ner_features.h"
#include "extract/ner/internal/ner_lexicon.h"
#include "extract/ner/internal/ner_scorer.h"
#include "extract/ner/internal/ner_weights.h"

namespace newsdex::extract::ner {

// Pass 0 tags from local features; pass 1 (optional) adds what pass 0 said about the same words elsewhere
// in the document (see ner_features.h).
class Model {
public:
    // Reads a gzip-compressed model; throws newsdex::Error(io) naming the path if it is missing or malformed.
    static Model load(const std::filesystem::path& file);
    // Writes the model gzip-compressed. The bytes depend only on the model, so training is reproducible.
    void save(const std::filesystem::path& file) const;

    // Changing the passes drops the merged scorer; prepare() builds it again.
    std::vector<WeightTable>& passes() {
        scorer_.reset();
        return passes_;
    }
    const std::vector<WeightTable>& passes() const { return passes_; }

    // The passes merged for fast tagging (ner_scorer.h): built by load() and prepare(), null otherwise.
    const PassScorer* scorer() const { return scorer_.get(); }
    void prepare() { scorer_ = std::make_shared<const PassScorer>(passes_); }

    CasingTable& casing() { return casing_; }
    const CasingTable& casing() const { return casing_; }
    Gazetteer& gazetteer() { return gazetteer_; }
    const Gazetteer& gazetteer() const { return gazetteer_; }
    WordClusters& clusters() { return clusters_; }
    const WordClusters& clusters() const { return clusters_; }
    FeatureResources resources() const {
        return {&casing_, &gazetteer_, clusters_.empty() ? nullptr : &clusters_, switched_off_, switched_on_};
    }
    // feature_off bits (ner_features.h) of the feature groups this model was trained without.
    std::uint8_t switched_off() const { return switched_off_; }
    void set_switched_off(std::uint8_t bits) { switched_off_ = bits; }
    // feature_on bits (ner_features.h) of the optional feature groups this model was trained with.
    std::uint8_t switched_on() const { return switched_on_; }
    void set_switched_on(std::uint8_t bits) { switched_on_ = bits; }

    // The least score margin by which the second pass may change the first pass's tags of a stretch of
    // words (ner_decoder.h); 0: pass 2 always wins.
    float pass2_margin() const { return pass2_margin_; }
    void set_pass2_margin(float margin) { pass2_margin_ = margin; }
    // The least first-pass margin (token_margins, ner_decoder.h) with which a reading votes in the second
    // pass's document-level features (ner_features.h); 0: every reading votes.
    float vote_margin() const { return vote_margin_; }
    void set_vote_margin(float margin) { vote_margin_ = margin; }

    std::size_t feature_count() const;

private:
    std::vector<WeightTable> passes_;
    std::shared_ptr<const PassScorer> scorer_;  // shared by copies: it is immutable
    CasingTable casing_;
    Gazetteer gazetteer_;
    WordClusters clusters_;
    float pass2_margin_ = 0;
    float vote_margin_ = 0;
    std::uint8_t switched_off_ = 0;
    std::uint8_t switched_on_ = 0;
};

}  // namespace newsdex::extract::ner
