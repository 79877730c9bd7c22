// Training the entity recognizer: an averaged structured perceptron over BIO tags, and its evaluation.
#include "extract/ner_training.h"

#include <algorithm>
#include <chrono>
#include <random>
#include <set>
#include <tuple>
#include <unordered_map>

#include "extract/ner_decoder.h"
#include "text/word_tokenizer.h"

namespace newsdex::extract::ner {
namespace {

// A training sentence with dense feature ids, flattened: token k's features are ids[offsets[k]..offsets[k+1]).
struct TrainingSentence {
    std::vector<std::uint32_t> ids;
    std::vector<std::uint32_t> offsets;
    std::vector<Tag> gold;
};

void add_names(const LabeledDocument& doc, Gazetteer& gazetteer) {
    for (std::size_t s = 0; s < doc.words.size(); ++s) {
        for (const auto& chunk : chunks_of(doc.tags[s])) {
            std::vector<std::string> words;
            for (std::size_t i = chunk.first; i < chunk.last; ++i) words.push_back(lower_word(normalise_word(doc.words[s][i])));
            gazetteer.add(words, chunk.type);
        }
    }
}

// Averaged perceptron weights with the usual lazy-averaging trick: avg = w - u / c.
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

    float averaged(std::size_t i) const { return static_cast<float>(w_[i] - u_[i] / static_cast<double>(c_)); }
    Transitions averaged_transitions() const {
        Transitions t{};
        for (std::size_t a = 0; a <= tag_count; ++a)
            for (std::size_t b = 0; b < tag_count; ++b) t[a][b] = static_cast<float>(trans_[a][b] - trans_u_[a][b] / static_cast<double>(c_));
        return t;
    }

private:
    void bump(float& w, double& u, float d) {
        w += d;
        u += static_cast<double>(c_) * d;
    }

    std::vector<float> w_;
    std::vector<double> u_;  // double: c * d grows past float precision
    Transitions trans_{};
    std::array<std::array<double, tag_count>, tag_count + 1> trans_u_{};
    std::uint64_t c_ = 1;
};

void set_averaged(Model& model, const Perceptron& p, const std::vector<std::uint32_t>& hashes) {
    std::vector<std::pair<std::uint32_t, TagScores>> features;
    features.reserve(hashes.size());
    for (std::size_t f = 0; f < hashes.size(); ++f) {
        TagScores w;
        for (std::size_t t = 0; t < tag_count; ++t) w[t] = p.averaged(f * tag_count + t);
        features.emplace_back(hashes[f], w);
    }
    model.set_weights(features, p.averaged_transitions());
}

bool is_headline(const Sentence& sentence) {
    std::size_t letters = 0, upper = 0;
    for (const auto& w : sentence) {
        if (!has_letter(w)) continue;
        ++letters;
        upper += is_all_upper(w) ? 1 : 0;
    }
    return letters > 0 && upper * 10 >= letters * 8;
}

}  // namespace

void count_casing(const Document& document, CasingTable& table) {
    for (const auto& sentence : document) {
        if (is_headline(sentence)) continue;
        for (std::size_t i = 1; i < sentence.size(); ++i) {
            const auto& prev = sentence[i - 1];
            if (prev == "\"" || prev == ":" || prev == "-" || prev == "(" || prev == "``") continue;
            const std::string norm = normalise_word(sentence[i]);
            if (!has_letter(norm)) continue;
            table.count(lower_word(norm), starts_upper(norm));
        }
    }
}

void count_casing_text(std::string_view text, CasingTable& table) {
    const auto tokens = text::tokenize_words(text);
    Document doc;
    for (const auto& [first, last] : text::split_sentences(text, tokens)) {
        Sentence s;
        for (std::size_t i = first; i < last; ++i) s.emplace_back(tokens[i].text);
        doc.push_back(std::move(s));
    }
    count_casing(doc, table);
}

Model train_model(const std::vector<LabeledDocument>& train, CasingTable casing, const TrainingOptions& options) {
    using clock = std::chrono::steady_clock;
    const auto started = clock::now();
    auto log = [&](const std::string& line) {
        if (!options.log) return;
        const double seconds = std::chrono::duration<double>(clock::now() - started).count();
        *options.log << "[" << static_cast<int>(seconds) << "s] " << line << std::endl;
    };

    Model model;
    model.casing() = std::move(casing);
    for (const auto& doc : train) add_names(doc, model.gazetteer());

    const std::size_t folds = std::max<std::size_t>(options.folds, 1);
    std::vector<Gazetteer> fold_gazetteers(folds);
    for (std::size_t d = 0; d < train.size(); ++d) {
        for (std::size_t f = 0; f < folds; ++f) if (folds == 1 || d % folds != f) add_names(train[d], fold_gazetteers[f]);
    }

    // Features, hashed, then counted and mapped to dense ids.
    std::vector<std::vector<std::vector<FeatureIds>>> hashed(train.size());
    std::unordered_map<std::uint32_t, std::uint32_t> counts;
    for (std::size_t d = 0; d < train.size(); ++d) {
        hashed[d] = extract_features(train[d].words, {&model.casing(), &fold_gazetteers[d % folds]});
        for (const auto& sentence : hashed[d]) for (const auto& token : sentence) for (const auto h : token) ++counts[h];
    }
    std::vector<std::uint32_t> kept;
    for (const auto& [h, n] : counts) if (n >= options.min_count) kept.push_back(h);
    std::sort(kept.begin(), kept.end());
    std::unordered_map<std::uint32_t, std::uint32_t> dense;
    dense.reserve(kept.size());
    for (std::size_t i = 0; i < kept.size(); ++i) dense.emplace(kept[i], static_cast<std::uint32_t>(i));
    counts.clear();

    std::vector<TrainingSentence> sentences;
    for (std::size_t d = 0; d < train.size(); ++d) {
        for (std::size_t s = 0; s < hashed[d].size(); ++s) {
            TrainingSentence ts;
            ts.gold = train[d].tags[s];
            ts.offsets.push_back(0);
            for (const auto& token : hashed[d][s]) {
                for (const auto h : token) {
                    const auto it = dense.find(h);
                    if (it != dense.end()) ts.ids.push_back(it->second);
                }
                ts.offsets.push_back(static_cast<std::uint32_t>(ts.ids.size()));
            }
            sentences.push_back(std::move(ts));
        }
        hashed[d].clear();
        hashed[d].shrink_to_fit();
    }
    log(std::to_string(sentences.size()) + " sentences, " + std::to_string(kept.size()) + " features");

    Perceptron perceptron(kept.size());
    std::vector<std::size_t> order(sentences.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::mt19937 rng(options.seed);
    std::vector<TagScores> emissions;
    for (int epoch = 1; epoch <= options.epochs; ++epoch) {
        // Fisher-Yates by hand: std::shuffle's sequence differs between standard libraries.
        for (std::size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng() % i]);
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
        std::string line = "epoch " + std::to_string(epoch) + ": " + std::to_string(errors) + " sentences wrong";
        if (options.dev) {
            set_averaged(model, perceptron, kept);
            const auto counts_dev = evaluate(model, *options.dev);
            line += ", dev F1 " + std::to_string(counts_dev.overall_f1());
        }
        log(line);
    }
    set_averaged(model, perceptron, kept);
    return model;
}

void count_entities(const std::vector<Tag>& gold, const std::vector<Tag>& predicted, EntityCounts& counts) {
    std::set<std::tuple<std::size_t, std::size_t, std::size_t>> expected;
    for (const auto& c : chunks_of(gold)) {
        expected.emplace(c.first, c.last, c.type);
        ++counts.gold[c.type];
    }
    for (const auto& c : chunks_of(predicted)) {
        ++counts.predicted[c.type];
        if (expected.count({c.first, c.last, c.type})) ++counts.correct[c.type];
    }
}

EntityCounts evaluate(const Model& model, const std::vector<LabeledDocument>& docs) {
    EntityCounts counts;
    for (const auto& doc : docs) {
        const auto predicted = tag_document(model, doc.words);
        for (std::size_t s = 0; s < doc.words.size(); ++s) count_entities(doc.tags[s], predicted[s], counts);
    }
    return counts;
}

namespace {
double ratio(std::size_t a, std::size_t b) { return b == 0 ? 0.0 : static_cast<double>(a) / static_cast<double>(b); }
double harmonic(double p, double r) { return p + r == 0 ? 0.0 : 2 * p * r / (p + r); }
std::size_t sum(const std::array<std::size_t, type_count>& a) { std::size_t s = 0; for (auto v : a) s += v; return s; }
}  // namespace

double EntityCounts::precision(std::size_t type) const { return ratio(correct[type], predicted[type]); }
double EntityCounts::recall(std::size_t type) const { return ratio(correct[type], gold[type]); }
double EntityCounts::f1(std::size_t type) const { return harmonic(precision(type), recall(type)); }
double EntityCounts::overall_f1() const {
    return harmonic(ratio(sum(correct), sum(predicted)), ratio(sum(correct), sum(gold)));
}

}  // namespace newsdex::extract::ner
