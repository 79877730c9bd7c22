// The entity recognizer's trained model: weight tables of its one or two tagging passes and its lexical
// resources, with its compressed file format.
#pragma once

#include <filesystem>
#include <memory>
#include <vector>

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
    FeatureResources resources() const { return {&casing_, &gazetteer_}; }

    std::size_t feature_count() const;

private:
    std::vector<WeightTable> passes_;
    std::shared_ptr<const PassScorer> scorer_;  // shared by copies: it is immutable
    CasingTable casing_;
    Gazetteer gazetteer_;
};

}  // namespace newsdex::extract::ner
