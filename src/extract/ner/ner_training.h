// Training the entity recognizer: an averaged structured perceptron over BIO tags, and its evaluation.
#pragma once

#include <array>
#include <cstdint>
#include <ostream>
#include <string_view>
#include <vector>

#include "extract/ner/internal/ner_model.h"
#include "extract/ner/ner_conll.h"

namespace newsdex::extract::ner {

struct TrainingOptions {
    int epochs = 8;
    std::uint32_t seed = 20151215;  // sentence shuffling
    std::uint32_t min_count = 3;    // features seen in fewer training tokens are dropped
    int runs = 3;                   // perceptron runs (different shuffles) averaged into one model
    bool known_names = true;        // add ner_known_names.h to the gazetteer
    // 2: a second pass that sees the first pass's tags of the same words elsewhere in the document. Its
    // training input comes from first-pass models trained on the other folds (stacking).
    int passes = 2;
    // Gazetteer features are computed for each fold of the training documents from the names of the other
    // folds, so the model does not learn to trust a gazetteer that always contains the answer; the same
    // folds serve the second pass.
    std::size_t folds = 4;
    // Word clusters the model copies and uses as features (ner_clusters.h); none if null. Not owned.
    const WordClusters* clusters = nullptr;
    // The least margin by which pass 2 overrules pass 1 when tagging (Model::pass2_margin); 0: always.
    float pass2_margin = 0;
    // The least first-pass margin with which a reading votes in the second pass (Model::vote_margin); 0: all.
    float vote_margin = 0;
    std::uint8_t switched_off = 0;  // feature_off bits (ner_features.h): groups left out, saved in the model
    std::uint8_t switched_on = 0;   // feature_on bits (ner_features.h): optional groups used, saved in the model
    std::ostream* log = nullptr;    // progress lines, if set
    const std::vector<LabeledDocument>* dev = nullptr;  // scored after each epoch, if set
};

// Trains a model. `casing` (from unlabeled news and the training words) becomes part of the model;
// the gazetteer is built from the training entities. Deterministic for given inputs and options.
Model train_model(const std::vector<LabeledDocument>& train, CasingTable casing, const TrainingOptions& options);
// The same with one model per vote margin (options.vote_margin ignored): the first pass is trained once and
// each model's second pass on its own votes. With passes = 1, one model.
std::vector<Model> train_models(const std::vector<LabeledDocument>& train, CasingTable casing,
                                const TrainingOptions& options, const std::vector<float>& vote_margins);

// Counts mid-sentence capitalisation of words in ordinary sentences (not headlines) into `table`.
void count_casing(const Document& document, CasingTable& table);
// The same for raw text (tokenised and split into sentences here).
void count_casing_text(std::string_view text, CasingTable& table);
// Raw text as the recognizer's sentences of words (text/word_tokenizer's tokens and sentence splits).
Document split_text(std::string_view text);

// Each token of `docs` as "word gold first-pass margin final" (tags as names; the first pass's token margin,
// ner_decoder.h), a blank line between sentences and "-DOCSTART-" before each document: for error analysis
// of the second pass. The model must be prepared (Model::prepare).
void write_passes(std::ostream& out, const Model& model, const std::vector<LabeledDocument>& docs);

// Exact-span entity counts the conlleval way.
struct EntityCounts {
    std::array<std::size_t, type_count> correct{}, predicted{}, gold{};
    double precision(std::size_t type) const;
    double recall(std::size_t type) const;
    double f1(std::size_t type) const;
    double overall_f1() const;
};
EntityCounts evaluate(const Model& model, const std::vector<LabeledDocument>& docs);
void count_entities(const std::vector<Tag>& gold, const std::vector<Tag>& predicted, EntityCounts& counts);

}  // namespace newsdex::extract::ner
