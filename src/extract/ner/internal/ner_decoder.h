// Viterbi decoding of the best BIO tag sequence from per-token scores and tag transitions.
#pragma once

#include <vector>

#include "extract/ner/internal/ner_model.h"

namespace newsdex::extract::ner {

// The highest-scoring tag sequence that is valid BIO (I-X only after B-X or I-X).
std::vector<Tag> viterbi(const std::vector<TagScores>& emissions, const Transitions& transitions);

// Where a later pass re-tagged a sentence as `after` and an earlier pass said `before`: each maximal run of
// tokens where they differ goes back to `before` unless `after` scores at least `margin` higher over that run
// (its emissions and transitions, including the one out of the run). The result stays valid BIO, since the
// tags around a run are the same in both. Keeps one weak second-pass reading from overruling the first pass.
void keep_confident_changes(const std::vector<Tag>& before, std::vector<Tag>& after,
                            const std::vector<TagScores>& emissions, const Transitions& transitions, float margin);

}  // namespace newsdex::extract::ner

namespace newsdex::extract::ner {

// Tags featurised sentences with one weight table.
std::vector<std::vector<Tag>> tag_with(const WeightTable& weights,
                                       const std::vector<std::vector<FeatureIds>>& features);

// Tags every sentence of a document with the model (features are per document, see ner_features.h).
// Scores are the model's 16-bit weights (as saved), whatever precision its tables have in memory. A later
// pass changes an earlier pass's tags only by `pass2_margin` or more (keep_confident_changes).
std::vector<std::vector<Tag>> tag_document(const Model& model, const Document& document);
std::vector<std::vector<Tag>> tag_document(const PassScorer& scorer, const FeatureResources& resources,
                                           const Document& document, float pass2_margin = 0);

}  // namespace newsdex::extract::ner
