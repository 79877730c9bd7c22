// Scores tokens for every tagging pass of a model with one table lookup per feature (the tagging hot path).
#pragma once

#include <array>
#include <cstdint>
#include <vector>

#include "extract/ner/internal/ner_features.h"
#include "extract/ner/internal/ner_weights.h"

namespace newsdex::extract::ner {

// The weight tables of all passes merged into one table keyed by feature hash, each key's row holding its
// 16-bit weights for every pass and tag. Pass 2 repeats all of pass 1's features, so one lookup serves
// both passes, and integer sums do not depend on the order features are added in. Rows are the weights
// the model file stores (WeightTable::quantised), so a loaded model scores as it was saved.
//
// Immutable after construction; safe to share between threads.
class PassScorer {
public:
    static constexpr std::size_t max_passes = 4;
    // Integer score sums of one token: sums[pass * tag_count + tag].
    using Sums = std::array<std::int32_t, max_passes * tag_count>;

    explicit PassScorer(const std::vector<WeightTable>& passes);

    std::size_t passes() const { return scales_.size(); }
    std::size_t size() const { return keys_; }

    // Adds the weights of features[first..] in every pass to `sums`.
    void add(const FeatureIds& features, std::size_t first, Sums& sums) const;
    // The same for every token of a document: token t (counted across sentences) adds its features from
    // first[t] on (all of them if `first` is empty) to sums[t]; `sums` is resized to the token count.
    void add(const std::vector<std::vector<FeatureIds>>& features, const std::vector<std::uint32_t>& first,
             std::vector<Sums>& sums) const;
    // A pass's scores from sums, as floats for the decoder.
    TagScores scores(const Sums& sums, std::size_t pass) const;
    const Transitions& transitions(std::size_t pass) const { return transitions_[pass]; }

private:
    const std::int16_t* find(std::uint32_t feature) const;
    // Adds the rows of token t's keys, keys[ends[t - 1] .. ends[t]) (from 0 for t = 0), to sums[t].
    void add_keys(const std::uint32_t* keys, const std::uint32_t* ends, std::size_t tokens, Sums* sums) const;
    template <std::size_t Passes>
    void add_keys(const std::uint32_t* keys, const std::uint32_t* ends, std::size_t tokens, Sums* sums) const;
    std::size_t home(std::uint32_t feature) const { return (feature * 0x9E3779B1u) >> shift_; }

    // Open addressing, linear probing at load <= 1/2. A slot is key << 32 | (row + 1); 0 is empty, so
    // key 0 is a valid feature. Rows are in a separate dense array: a miss (most features: unseen words,
    // rare bigrams) reads one slot line, a hit one more line of weights.
    std::vector<std::uint64_t> slots_;
    std::vector<std::int16_t> rows_;  // stride_ per row
    std::size_t stride_ = 0;          // passes * tag_count
    std::size_t keys_ = 0;
    std::uint32_t shift_ = 32;
    std::size_t mask_ = 0;
    std::vector<float> scales_;  // per pass: float weight = 16-bit weight * scale
    std::vector<Transitions> transitions_;
};

}  // namespace newsdex::extract::ner
