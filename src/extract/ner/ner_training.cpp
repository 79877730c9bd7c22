// Training the entity recognizer: an averaged structured perceptron over BIO tags, and its evaluation.
#include "extract/ner/ner_training.h"

#include <algorithm>
#include <chrono>
#include <functional>
#include <optional>
#include <set>
#include <tuple>

#include "extract/ner/internal/ner_decoder.h"
#include "extract/ner/internal/ner_known_names.h"
#include "extract/ner/internal/ner_perceptron.h"
#include "text/word_tokenizer.h"

namespace newsdex::extract::ner {
namespace {

void add_names(const LabeledDocument& doc, Gazetteer& gazetteer) {
    for (std::size_t s = 0; s < doc.words.size(); ++s) {
        for (const auto& chunk : chunks_of(doc.tags[s])) {
            std::vector<std::string> words;
            for (std::size_t i = chunk.first; i < chunk.last; ++i)
                words.push_back(lower_word(normalise_word(doc.words[s][i])));
            gazetteer.add(words, chunk.type);
        }
    }
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
            table.count(lower_word(norm), starts_upper(norm), is_all_upper(norm) && norm.size() > 1);
        }
    }
}

Document split_text(std::string_view text) {
    const auto tokens = text::tokenize_words(text);
    Document doc;
    for (const auto& [first, last] : text::split_sentences(text, tokens)) {
        Sentence s;
        for (std::size_t i = first; i < last; ++i) s.emplace_back(tokens[i].text);
        doc.push_back(std::move(s));
    }
    return doc;
}

void count_casing_text(std::string_view text, CasingTable& table) { count_casing(split_text(text), table); }

namespace {

// Training state shared by the passes: the model so far, and every training document's features, computed
// with the gazetteer of the other folds.
struct PassTraining {
    Model model;
    std::vector<std::vector<std::vector<FeatureIds>>> features;
    std::function<void(const std::string&)> log;
};

PassTraining featurise(const std::vector<LabeledDocument>& train, CasingTable casing, const TrainingOptions& options,
                       std::size_t folds) {
    PassTraining state;
    Model& model = state.model;
    model.casing() = std::move(casing);
    if (options.clusters) model.clusters() = *options.clusters;
    model.set_pass2_margin(options.pass2_margin);
    model.set_vote_margin(options.vote_margin);
    model.set_switched_off(options.switched_off);
    model.set_switched_on(options.switched_on);
    for (const auto& doc : train) add_names(doc, model.gazetteer());

    std::vector<Gazetteer> fold_gazetteers(folds);
    if (options.known_names) {
        // Curated names are in every fold's gazetteer: they are not training answers, so nothing leaks.
        for (const auto& [name, type] : known_names()) {
            std::vector<std::string> words;
            for (const auto& token : text::tokenize_words(name))
                words.push_back(lower_word(normalise_word(token.text)));
            model.gazetteer().add(words, type);
            for (auto& gazetteer : fold_gazetteers) gazetteer.add(words, type);
        }
    }
    for (std::size_t d = 0; d < train.size(); ++d) {
        for (std::size_t f = 0; f < folds; ++f)
            if (d % folds != f) add_names(train[d], fold_gazetteers[f]);
    }
    state.features.resize(train.size());
    for (std::size_t d = 0; d < train.size(); ++d) {
        FeatureResources resources = model.resources();
        resources.gazetteer = &fold_gazetteers[d % folds];
        state.features[d] = extract_features(train[d].words, resources);
    }
    return state;
}

std::vector<FeaturisedDocument> documents_of(const std::vector<LabeledDocument>& train,
                                             const std::vector<std::vector<std::vector<FeatureIds>>>& features,
                                             const std::function<bool(std::size_t)>& keep) {
    std::vector<FeaturisedDocument> docs;
    for (std::size_t d = 0; d < train.size(); ++d)
        if (keep(d)) docs.push_back({&features[d], &train[d].tags});
    return docs;
}

}  // namespace

std::vector<Model> train_models(const std::vector<LabeledDocument>& train, CasingTable casing,
                                const TrainingOptions& options, const std::vector<float>& vote_margins) {
    using clock = std::chrono::steady_clock;
    const auto started = clock::now();
    auto log = [&](const std::string& line) {
        if (!options.log) return;
        const double seconds = std::chrono::duration<double>(clock::now() - started).count();
        *options.log << "[" << static_cast<int>(seconds) << "s] " << line << std::endl;
    };
    const std::size_t folds = std::max<std::size_t>(options.folds, 2);
    PassTraining state = featurise(train, std::move(casing), options, folds);
    Model& model = state.model;
    const PerceptronOptions perceptron{options.epochs, options.seed, options.min_count, options.runs};
    auto progress = [&](const std::string& what, bool last_pass) -> EpochCallback {
        return [&, what, last_pass](int epoch, std::size_t errors, const std::function<WeightTable()>& averaged) {
            std::string line =
                what + " epoch " + std::to_string(epoch) + ": " + std::to_string(errors) + " sentences wrong";
            if (options.dev && last_pass) {
                model.passes().push_back(averaged());
                line += ", dev F1 " + std::to_string(evaluate(model, *options.dev).overall_f1());
                model.passes().pop_back();
            }
            log(line);
        };
    };

    const int passes = std::clamp(options.passes, 1, 2);
    model.passes().push_back(train_perceptron(documents_of(train, state.features, [](std::size_t) { return true; }),
                                              perceptron, progress("pass 1", passes == 1)));
    log("pass 1: " + std::to_string(model.passes().back().size()) + " features");
    if (passes == 1) return {model};
    // Out-of-fold first-pass tags and margins for every training document, then the second pass on top.
    std::vector<std::vector<std::vector<Tag>>> first(train.size());
    std::vector<std::vector<std::vector<float>>> margins(train.size());
    for (std::size_t f = 0; f < folds; ++f) {
        const auto weights = train_perceptron(
            documents_of(train, state.features, [&](std::size_t d) { return d % folds != f; }), perceptron);
        for (std::size_t d = f; d < train.size(); d += folds)
            first[d] = tag_with(weights, state.features[d], &margins[d]);
        log("pass 1 fold " + std::to_string(f + 1) + " of " + std::to_string(folds));
    }
    std::vector<Model> models;
    for (const float vote_margin : vote_margins) {
        auto features = state.features;
        for (std::size_t d = 0; d < train.size(); ++d)
            add_first_pass_features(train[d].words, first[d], features[d], nullptr,
                                    {vote_margin > 0 ? &margins[d] : nullptr, vote_margin,
                                     (options.switched_on & feature_on::neighbour_votes) != 0});
        model.set_vote_margin(vote_margin);
        model.passes().resize(1);
        model.passes().push_back(train_perceptron(documents_of(train, features, [](std::size_t) { return true; }),
                                                  perceptron, progress("pass 2", true)));
        log("pass 2 (vote margin " + std::to_string(vote_margin) +
            "): " + std::to_string(model.passes().back().size()) + " features");
        models.push_back(model);
    }
    return models;
}

Model train_model(const std::vector<LabeledDocument>& train, CasingTable casing, const TrainingOptions& options) {
    return std::move(train_models(train, std::move(casing), options, {options.vote_margin}).front());
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
    std::optional<PassScorer> own;  // a model being trained has none yet: one for all documents
    if (!model.scorer()) own.emplace(model.passes());
    const PassScorer& scorer = own ? *own : *model.scorer();
    for (const auto& doc : docs) {
        const auto predicted =
            tag_document(scorer, model.resources(), doc.words, model.pass2_margin(), model.vote_margin());
        for (std::size_t s = 0; s < doc.words.size(); ++s) count_entities(doc.tags[s], predicted[s], counts);
    }
    return counts;
}

void write_passes(std::ostream& out, const Model& model, const std::vector<LabeledDocument>& docs) {
    for (const auto& doc : docs) {
        FirstPassTrace trace;
        const auto tags = tag_document(*model.scorer(), model.resources(), doc.words, model.pass2_margin(),
                                       model.vote_margin(), &trace);
        out << "-DOCSTART-\n\n";
        for (std::size_t s = 0; s < doc.words.size(); ++s) {
            for (std::size_t k = 0; k < doc.words[s].size(); ++k) {
                out << doc.words[s][k] << ' ' << tag_name(doc.tags[s][k]) << ' ' << tag_name(trace.tags[s][k]) << ' '
                    << std::min(trace.margins[s][k], 9999.0f) << ' ' << tag_name(tags[s][k]) << '\n';
            }
            out << '\n';
        }
    }
}

namespace {
double ratio(std::size_t a, std::size_t b) { return b == 0 ? 0.0 : static_cast<double>(a) / static_cast<double>(b); }
double harmonic(double p, double r) { return p + r == 0 ? 0.0 : 2 * p * r / (p + r); }
std::size_t sum(const std::array<std::size_t, type_count>& a) {
    std::size_t s = 0;
    for (auto v : a) s += v;
    return s;
}
}  // namespace

double EntityCounts::precision(std::size_t type) const { return ratio(correct[type], predicted[type]); }
double EntityCounts::recall(std::size_t type) const { return ratio(correct[type], gold[type]); }
double EntityCounts::f1(std::size_t type) const { return harmonic(precision(type), recall(type)); }
double EntityCounts::overall_f1() const {
    return harmonic(ratio(sum(correct), sum(predicted)), ratio(sum(correct), sum(gold)));
}

}  // namespace newsdex::extract::ner
