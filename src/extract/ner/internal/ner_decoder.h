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
// How firmly `path` (the viterbi() result) reads each token: the score of the best tag sequence minus the
// best score of any valid sequence that gives the token another entity type (O counts as one), from forward
// and backward max-marginals. Tokens no other reading can reach (skipped plain text) get no_rival_margin.
inline constexpr float no_rival_margin = 1e9f;
std::vector<float> token_margins(const std::vector<TagScores>& emissions, const Transitions& transitions,
                                 const std::vector<Tag>& path);

void keep_confident_changes(const std::vector<Tag>& before, std::vector<Tag>& after,
                            const std::vector<TagScores>& emissions, const Transitions& transitions, float margin);

}  // namespace newsdex::extract::ner

namespace newsdex::extract::ner {

// Tags featurised sentences with one weight table; fills `margins` (token_margins per sentence) if given.
std::vector<std::vector<Tag>> tag_with(const WeightTable& weights, const std::vector<std::vector<FeatureIds>>& features,
                                       std::vector<std::vector<float>>* margins = nullptr);

// What the first pass of tag_document said: its tags and token_margins, per sentence.
struct FirstPassTrace {
    std::vector<std::vector<Tag>> tags;
    std::vector<std::vector<float>> margins;
};

// Tags every sentence of a document with the model (features are per document, see ner_features.h).
// Scores are the model's 16-bit weights (as saved), whatever precision its tables have in memory. A later
// pass changes an earlier pass's tags only by `pass2_margin` or more (keep_confident_changes).
std::vector<std::vector<Tag>> tag_document(const Model& model, const Document& document);
// In the second pass only first-pass readings with a margin of at least `vote_margin` vote (Model::vote_margin).
std::vector<std::vector<Tag>> tag_document(const PassScorer& scorer, const FeatureResources& resources,
                                           const Document& document, float pass2_margin = 0, float vote_margin = 0,
                                           FirstPassTrace* trace = nullptr);

}  // namespace newsdex::extract::ner
