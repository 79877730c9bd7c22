// Training the entity recognizer: an averaged structured perceptron over BIO tags, and its evaluation.
#pragma once

#include <array>
#include <cstdint>
#include <ostream>
#include <string_view>
#include <vector>

#include "extract/ner_conll.h"
#include "extract/ner_model.h"

namespace newsdex::extract::ner {

struct TrainingOptions {
    int epochs = 12;
    std::uint32_t seed = 20151215;  // sentence shuffling
    std::uint32_t min_count = 2;    // features seen in fewer training tokens are dropped
    // Gazetteer features are computed for each fold of the training documents from the names of the other
    // folds, so the model does not learn to trust a gazetteer that always contains the answer.
    std::size_t folds = 4;
    std::ostream* log = nullptr;                       // progress lines, if set
    const std::vector<LabeledDocument>* dev = nullptr; // scored after each epoch, if set
};

// Trains a model. `casing` (from unlabeled news and the training words) becomes part of the model;
// the gazetteer is built from the training entities. Deterministic for given inputs and options.
Model train_model(const std::vector<LabeledDocument>& train, CasingTable casing, const TrainingOptions& options);

// Counts mid-sentence capitalisation of words in ordinary sentences (not headlines) into `table`.
void count_casing(const Document& document, CasingTable& table);
// The same for raw text (tokenised and split into sentences here).
void count_casing_text(std::string_view text, CasingTable& table);

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
