// The averaged structured perceptron that learns one weight table from tagged, featurised sentences.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "extract/ner/internal/ner_features.h"
#include "extract/ner/internal/ner_weights.h"

namespace newsdex::extract::ner {

// One training document: features per sentence and token, and the gold BIO tags. Not owned.
struct FeaturisedDocument {
    const std::vector<std::vector<FeatureIds>>* features = nullptr;
    const std::vector<std::vector<Tag>>* gold = nullptr;
};

struct PerceptronOptions {
    int epochs = 8;
    std::uint32_t seed = 20151215;
    std::uint32_t min_count = 3;  // features seen in fewer training tokens are dropped
    int runs = 3;                 // runs with seeds seed, seed+1, ... whose weights are averaged
};

// Called after each epoch with the epoch number, the sentences decoded wrongly in it and a way to get
// the averaged weights so far (costly: call it only when needed).
using EpochCallback = std::function<void(int epoch, std::size_t errors, const std::function<WeightTable()>& averaged)>;

// Trains on the documents in order (sentences shuffled each epoch with `seed`); returns averaged weights.
WeightTable train_perceptron(const std::vector<FeaturisedDocument>& docs, const PerceptronOptions& options,
                             const EpochCallback& on_epoch = {});

}  // namespace newsdex::extract::ner
