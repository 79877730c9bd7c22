// Viterbi decoding of the best BIO tag sequence from per-token scores and tag transitions.
#pragma once

#include <vector>

#include "extract/ner/internal/ner_model.h"

namespace newsdex::extract::ner {

// The highest-scoring tag sequence that is valid BIO (I-X only after B-X or I-X).
std::vector<Tag> viterbi(const std::vector<TagScores>& emissions, const Transitions& transitions);

}  // namespace newsdex::extract::ner

namespace newsdex::extract::ner {

// Tags featurised sentences with one weight table.
std::vector<std::vector<Tag>> tag_with(const WeightTable& weights,
                                       const std::vector<std::vector<FeatureIds>>& features);

// Tags every sentence of a document with the model (features are per document, see ner_features.h).
// Scores are the model's 16-bit weights (as saved), whatever precision its tables have in memory.
std::vector<std::vector<Tag>> tag_document(const Model& model, const Document& document);
std::vector<std::vector<Tag>> tag_document(const PassScorer& scorer, const FeatureResources& resources,
                                           const Document& document);

}  // namespace newsdex::extract::ner
