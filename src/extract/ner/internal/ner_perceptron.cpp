// The averaged structured perceptron that learns one weight table from tagged, featurised sentences.
#include "extract/ner/internal/ner_perceptron.h"

#include <algorithm>
#include <random>
#include <unordered_map>

#include "extract/ner/internal/ner_decoder.h"

namespace newsdex::extract::ner {
namespace {

// A sentence with dense feature ids, flattened: token k's features are ids[offsets[k]..offsets[k+1]).
struct TrainingSentence {
    std::vector<std::uint32_t> ids;
    std::vector<std::uint32_t> offsets;
    std::vector<Tag> gold;
};

// Weights with the usual lazy-averaging trick: averaged = w - u / c.
class Perceptron {
public:
    explicit Perceptron(std::size_t features) : w_(features * tag_count), u_(features * tag_count) {}

    void score(const TrainingSentence& s, std::vector<TagScores>& out) const {
        out.assign(s.gold.size(), TagScores{});
        for (std::size_t k = 0; k < s.gold.size(); ++k) {
            for (std::uint32_t j = s.offsets[k]; j < s.offsets[k + 1]; ++j) {
                const float* w = &w_[std::size_t{s.ids[j]} * tag_count];
                for (std::size_t t = 0; t < tag_count; ++t) out[k][t] += w[t];
            }
        }
    }

    void update(const TrainingSentence& s, const std::vector<Tag>& predicted) {
        for (std::size_t k = 0; k < s.gold.size(); ++k) {
            const Tag g = s.gold[k], p = predicted[k];
            if (g != p) {
                for (std::uint32_t j = s.offsets[k]; j < s.offsets[k + 1]; ++j) {
                    const std::size_t base = std::size_t{s.ids[j]} * tag_count;
                    bump(w_[base + g], u_[base + g], 1);
                    bump(w_[base + p], u_[base + p], -1);
                }
            }
            const std::size_t gp = k == 0 ? start_tag : s.gold[k - 1];
            const std::size_t pp = k == 0 ? start_tag : predicted[k - 1];
            if (gp != pp || g != p) {
                bump(trans_[gp][g], trans_u_[gp][g], 1);
                bump(trans_[pp][p], trans_u_[pp][p], -1);
            }
        }
    }

    void tick() { ++c_; }
    const Transitions& transitions() const { return trans_; }

    // Adds the averaged weights, times `share`, to `sum` (tag_count per feature) and `transitions`.
    void add_averaged(double share, std::vector<double>& sum,
                      std::array<std::array<double, tag_count>, tag_count + 1>& transitions) const {
        const auto c = static_cast<double>(c_);
        for (std::size_t i = 0; i < w_.size(); ++i) sum[i] += share * (w_[i] - u_[i] / c);
        for (std::size_t a = 0; a <= tag_count; ++a)
            for (std::size_t b = 0; b < tag_count; ++b)
                transitions[a][b] += share * (trans_[a][b] - trans_u_[a][b] / c);
    }

private:
    void bump(float& w, double& u, float d) {
        w += d;
        u += static_cast<double>(c_) * d;
    }

    std::vector<float> w_;
    std::vector<double> u_;  // double: c * d outgrows float precision
    Transitions trans_{};
    std::array<std::array<double, tag_count>, tag_count + 1> trans_u_{};
    std::uint64_t c_ = 1;
};

using TransitionSums = std::array<std::array<double, tag_count>, tag_count + 1>;

// The feature hashes seen at least min_count times, in hash order (their index is their dense id).
std::vector<std::uint32_t> frequent_features(const std::vector<FeaturisedDocument>& docs, std::uint32_t min_count) {
    std::unordered_map<std::uint32_t, std::uint32_t> counts;
    for (const auto& doc : docs)
        for (const auto& sentence : *doc.features)
            for (const auto& token : sentence)
                for (const auto h : token) ++counts[h];
    std::vector<std::uint32_t> kept;
    for (const auto& [h, n] : counts)
        if (n >= min_count) kept.push_back(h);
    std::sort(kept.begin(), kept.end());
    return kept;
}

// Every training sentence with its features as dense ids (features not kept are dropped).
std::vector<TrainingSentence> dense_sentences(const std::vector<FeaturisedDocument>& docs,
                                              const std::vector<std::uint32_t>& kept) {
    std::unordered_map<std::uint32_t, std::uint32_t> dense;
    dense.reserve(kept.size());
    for (std::size_t i = 0; i < kept.size(); ++i) dense.emplace(kept[i], static_cast<std::uint32_t>(i));
    std::vector<TrainingSentence> sentences;
    for (const auto& doc : docs) {
        for (std::size_t s = 0; s < doc.features->size(); ++s) {
            TrainingSentence ts;
            ts.gold = (*doc.gold)[s];
            ts.offsets.push_back(0);
            for (const auto& token : (*doc.features)[s]) {
                for (const auto h : token) {
                    if (const auto it = dense.find(h); it != dense.end()) ts.ids.push_back(it->second);
                }
                ts.offsets.push_back(static_cast<std::uint32_t>(ts.ids.size()));
            }
            sentences.push_back(std::move(ts));
        }
    }
    return sentences;
}

WeightTable make_table(const std::vector<std::uint32_t>& kept, const std::vector<double>& weights,
                       const TransitionSums& trans) {
    std::vector<std::pair<std::uint32_t, TagScores>> features(kept.size());
    for (std::size_t f = 0; f < kept.size(); ++f) {
        features[f].first = kept[f];
        for (std::size_t t = 0; t < tag_count; ++t)
            features[f].second[t] = static_cast<float>(weights[f * tag_count + t]);
    }
    Transitions averaged{};
    for (std::size_t a = 0; a <= tag_count; ++a)
        for (std::size_t b = 0; b < tag_count; ++b) averaged[a][b] = static_cast<float>(trans[a][b]);
    WeightTable result;
    result.set(features, averaged);
    return result;
}

// One pass over the sentences in the given order, updating on each mistake; returns the number of mistakes.
std::size_t train_epoch(Perceptron& perceptron, const std::vector<TrainingSentence>& sentences,
                        const std::vector<std::size_t>& order, std::vector<TagScores>& emissions) {
    std::size_t errors = 0;
    for (const std::size_t index : order) {
        const auto& sentence = sentences[index];
        perceptron.score(sentence, emissions);
        const auto predicted = viterbi(emissions, perceptron.transitions());
        if (predicted != sentence.gold) {
            perceptron.update(sentence, predicted);
            ++errors;
        }
        perceptron.tick();
    }
    return errors;
}

}  // namespace

WeightTable train_perceptron(const std::vector<FeaturisedDocument>& docs, const PerceptronOptions& options,
                             const EpochCallback& on_epoch) {
    // Count feature hashes, keep the frequent ones, number them densely in hash order.
    const std::vector<std::uint32_t> kept = frequent_features(docs, options.min_count);
    const std::vector<TrainingSentence> sentences = dense_sentences(docs, kept);

    // Several runs with different shuffles, averaged: a linear model still, with less variance.
    const int runs = std::max(options.runs, 1);
    std::vector<double> sum(kept.size() * tag_count, 0.0);
    TransitionSums transitions{};
    std::vector<std::size_t> order(sentences.size());
    std::vector<TagScores> emissions;
    for (int run = 0; run < runs; ++run) {
        Perceptron perceptron(kept.size());
        for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
        std::mt19937 rng(options.seed + static_cast<std::uint32_t>(run));
        for (int epoch = 1; epoch <= options.epochs; ++epoch) {
            // Fisher-Yates by hand: std::shuffle's sequence differs between standard libraries.
            for (std::size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng() % i]);
            const std::size_t errors = train_epoch(perceptron, sentences, order, emissions);
            if (on_epoch && run + 1 == runs) {
                on_epoch(epoch, errors, [&] {
                    auto partial = sum;
                    auto partial_transitions = transitions;
                    perceptron.add_averaged(1.0, partial, partial_transitions);
                    for (auto& w : partial) w /= runs;
                    for (auto& row : partial_transitions)
                        for (auto& w : row) w /= runs;
                    return make_table(kept, partial, partial_transitions);
                });
            }
        }
        perceptron.add_averaged(1.0 / runs, sum, transitions);
    }
    return make_table(kept, sum, transitions);
}

}  // namespace newsdex::extract::ner
