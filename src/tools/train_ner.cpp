// newsdex-train-ner: trains the entity recognizer's model from CoNLL-2003 data, or tags CoNLL text with one.
#include <boost/program_options.hpp>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <iterator>
#include <optional>
#include <sstream>

#include "core/data_dir.h"
#include "core/error.h"
#include "extract/ner/entity_recognizer.h"
#include "extract/ner/ner_conll.h"
#include "extract/ner/ner_training.h"

namespace po = boost::program_options;
using namespace newsdex;
using namespace newsdex::extract;

namespace {

// The value of a top-level string field in one JSON line ("" if absent). Enough for the unlabeled news
// files, whose lines are flat objects; \uXXXX escapes outside ASCII become '?', which only blurs a few words.
std::string json_string_field(std::string_view line, std::string_view key) {
    const std::string pattern = "\"" + std::string(key) + "\":";
    auto pos = line.find(pattern);
    if (pos == std::string_view::npos) return {};
    pos = line.find('"', pos + pattern.size());
    if (pos == std::string_view::npos) return {};
    std::string out;
    for (std::size_t i = pos + 1; i < line.size(); ++i) {
        const char ch = line[i];
        if (ch == '"') break;
        if (ch != '\\' || i + 1 >= line.size()) {
            out += ch;
            continue;
        }
        const char e = line[++i];
        switch (e) {
            case 'n': out += '\n'; break;
            case 't': out += '\t'; break;
            case 'r': break;
            case 'u': {
                const unsigned code =
                    i + 4 < line.size() ? std::stoul(std::string(line.substr(i + 1, 4)), nullptr, 16) : '?';
                out += code < 0x80 ? static_cast<char>(code) : '?';
                i += 4;
                break;
            }
            default: out += e;
        }
    }
    return out;
}

void print_scores(const ner::EntityCounts& counts) {
    std::size_t correct = 0, predicted = 0, gold = 0;
    for (std::size_t t = 0; t < ner::type_count; ++t) {
        std::cerr << std::setw(5) << ner::type_names[t] << std::fixed << std::setprecision(4) << "  P "
                  << counts.precision(t) << "  R " << counts.recall(t) << "  F1 " << counts.f1(t) << '\n';
        correct += counts.correct[t];
        predicted += counts.predicted[t];
        gold += counts.gold[t];
    }
    std::cerr << "  all  P " << static_cast<double>(correct) / predicted << "  R "
              << static_cast<double>(correct) / gold << "  F1 " << counts.overall_f1() << '\n';
}

// The casing table of a training set: its own words plus the counts of unlabeled news.
ner::CasingTable casing_for(const std::vector<ner::LabeledDocument>& train, const ner::CasingTable& unlabeled) {
    ner::CasingTable casing = unlabeled;
    for (const auto& doc : train) ner::count_casing(doc.words, casing);
    casing.finish(3);
    return casing;
}

struct CrossValidation {
    ner::EntityCounts pooled;     // every held-out fold's entities counted together
    std::vector<double> fold_f1;  // each fold's own F1
    double seconds = 0;
    // --cv-margins: the same fold models tagging with each second-pass margin, pooled.
    std::vector<std::pair<float, ner::EntityCounts>> by_margin;
    // --cv-vote-margins: each vote margin's models (one first pass per fold, a second pass per margin), pooled.
    std::vector<std::pair<float, ner::EntityCounts>> by_vote_margin;
    std::vector<std::vector<double>> vote_margin_folds;  // [margin][fold]: each fold's F1
    // --cv-headline: the same fold models with the headline rule (feature_on::headline_follows_body) flipped.
    std::optional<ner::EntityCounts> headline_flipped;
    std::vector<double> headline_flipped_folds;
};

void add_counts(const ner::EntityCounts& counts, ner::EntityCounts& total) {
    for (std::size_t t = 0; t < ner::type_count; ++t) {
        total.correct[t] += counts.correct[t];
        total.predicted[t] += counts.predicted[t];
        total.gold[t] += counts.gold[t];
    }
}

// k-fold cross-validation over the training documents only (document d is in fold d % k): for each fold a model
// is trained on the others, with the gazetteer and casing table the other folds give, and tags the held-out fold.
// Dev data is never looked at, so features and settings can be chosen on this figure.
// With `margins`, each fold's model also tags its held-out fold with each second-pass margin (training does not
// depend on the margin, so one run compares them all).
struct CrossValidationOptions {
    std::size_t folds = 5;
    std::vector<float> margins;       // --cv-margins
    std::vector<float> vote_margins;  // --cv-vote-margins (the first is the one reported as "f1")
    std::string dump;                 // --cv-dump
    bool headline = false;            // --cv-headline
};

// k-fold cross-validation over the training documents only (document d is in fold d % k): for each fold a model
// is trained on the others, with the gazetteer and casing table the other folds give, and tags the held-out fold.
// Dev data is never looked at, so features and settings can be chosen on this figure.
// With `margins`, each fold's model also tags its held-out fold with each second-pass margin (training does not
// depend on the margin, so one run compares them all); with vote margins, one model per vote margin.
CrossValidation cross_validate(const std::vector<ner::LabeledDocument>& train, const ner::CasingTable& unlabeled,
                               const ner::TrainingOptions& options, const CrossValidationOptions& cv) {
    const std::size_t k = cv.folds;
    if (k < 2 || k > train.size())
        throw Error(ErrorKind::usage, "--cv wants 2 or more folds, at most one per document");
    const auto started = std::chrono::steady_clock::now();
    CrossValidation result;
    for (const float margin : cv.margins) result.by_margin.emplace_back(margin, ner::EntityCounts{});
    for (const float margin : cv.vote_margins) result.by_vote_margin.emplace_back(margin, ner::EntityCounts{});
    std::ofstream dump;
    if (!cv.dump.empty()) dump.open(cv.dump);
    for (std::size_t fold = 0; fold < k; ++fold) {
        std::vector<ner::LabeledDocument> rest, held_out;
        for (std::size_t d = 0; d < train.size(); ++d) (d % k == fold ? held_out : rest).push_back(train[d]);
        auto models =
            ner::train_models(rest, casing_for(rest, unlabeled), options,
                              cv.vote_margins.empty() ? std::vector<float>{options.vote_margin} : cv.vote_margins);
        for (auto& model : models) model.prepare();
        auto& model = models.front();
        const auto counts = ner::evaluate(model, held_out);
        add_counts(counts, result.pooled);
        result.vote_margin_folds.resize(result.by_vote_margin.size());
        for (std::size_t m = 0; m < result.by_vote_margin.size(); ++m) {
            const auto margin_counts = m == 0 ? counts : ner::evaluate(models[m], held_out);
            add_counts(margin_counts, result.by_vote_margin[m].second);
            result.vote_margin_folds[m].push_back(margin_counts.overall_f1());
        }
        if (dump.is_open()) ner::write_passes(dump, model, held_out);
        if (cv.headline) {
            model.set_switched_on(model.switched_on() ^ ner::feature_on::headline_follows_body);
            const auto flipped = ner::evaluate(model, held_out);
            model.set_switched_on(model.switched_on() ^ ner::feature_on::headline_follows_body);
            if (!result.headline_flipped) result.headline_flipped.emplace();
            add_counts(flipped, *result.headline_flipped);
            result.headline_flipped_folds.push_back(flipped.overall_f1());
        }
        for (auto& [margin, pooled] : result.by_margin) {
            model.set_pass2_margin(margin);
            add_counts(ner::evaluate(model, held_out), pooled);
        }
        result.fold_f1.push_back(counts.overall_f1());
        std::cerr << "cv fold " << fold + 1 << " of " << k << ": F1 " << counts.overall_f1() << '\n';
    }
    result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return result;
}

// One JSON object on stdout: pooled precision, recall and F1 overall and per type, each fold's F1, seconds.
void print_cross_validation(const CrossValidation& cv) {
    std::size_t correct = 0, predicted = 0, gold = 0;
    std::ostringstream types;
    for (std::size_t t = 0; t < ner::type_count; ++t) {
        correct += cv.pooled.correct[t];
        predicted += cv.pooled.predicted[t];
        gold += cv.pooled.gold[t];
        types << (t ? ", " : "") << '"' << ner::type_names[t] << "\": {\"precision\": " << cv.pooled.precision(t)
              << ", \"recall\": " << cv.pooled.recall(t) << ", \"f1\": " << cv.pooled.f1(t)
              << ", \"gold\": " << cv.pooled.gold[t] << '}';
    }
    std::ostringstream folds, margins, vote_margins, headline;
    for (std::size_t f = 0; f < cv.fold_f1.size(); ++f) folds << (f ? ", " : "") << cv.fold_f1[f];
    if (cv.headline_flipped) {
        headline << ", \"headline_flipped_f1\": {\"f1\": " << cv.headline_flipped->overall_f1() << ", \"fold_f1\": [";
        for (std::size_t f = 0; f < cv.headline_flipped_folds.size(); ++f)
            headline << (f ? ", " : "") << cv.headline_flipped_folds[f];
        headline << "]}";
    }
    for (std::size_t m = 0; m < cv.by_margin.size(); ++m)
        margins << (m ? ", " : "") << "\"" << cv.by_margin[m].first << "\": " << cv.by_margin[m].second.overall_f1();
    for (std::size_t m = 0; m < cv.by_vote_margin.size(); ++m) {
        vote_margins << (m ? ", " : "") << "\"" << cv.by_vote_margin[m].first
                     << "\": {\"f1\": " << cv.by_vote_margin[m].second.overall_f1() << ", \"fold_f1\": [";
        for (std::size_t f = 0; f < cv.vote_margin_folds[m].size(); ++f)
            vote_margins << (f ? ", " : "") << cv.vote_margin_folds[m][f];
        vote_margins << "]}";
    }
    std::cout << std::setprecision(4) << std::fixed << "{\"folds\": " << cv.fold_f1.size()
              << ", \"precision\": " << static_cast<double>(correct) / static_cast<double>(predicted)
              << ", \"recall\": " << static_cast<double>(correct) / static_cast<double>(gold)
              << ", \"f1\": " << cv.pooled.overall_f1() << ", \"gold\": " << gold << ", \"types\": {" << types.str()
              << "}, \"fold_f1\": [" << folds.str() << "], \"margin_f1\": {" << margins.str()
              << "}, \"vote_margin_f1\": {" << vote_margins.str() << "}" << headline.str()
              << ", \"seconds\": " << std::setprecision(1) << cv.seconds << "}" << std::endl;
}

po::options_description trainer_options() {
    po::options_description options("newsdex-train-ner options");
    options.add_options()("help,h", "show this help")("train", po::value<std::string>(),
                                                      "CoNLL training file (gzip ok)")("out", po::value<std::string>(),
                                                                                       "model file to write (gzip)")(
        "unlabeled", po::value<std::vector<std::string>>()->composing(),
        "JSONL news (gzip ok) whose \"body\" casing statistics become features; repeatable")(
        "dev", po::value<std::string>(), "CoNLL file to score after each epoch and at the end")(
        "epochs", po::value<int>()->default_value(10), "epochs per perceptron run")(
        "seed", po::value<std::uint32_t>()->default_value(20151215), "shuffling seed")(
        "min-count", po::value<std::uint32_t>()->default_value(3), "drop features seen in fewer tokens")(
        "passes", po::value<int>()->default_value(2), "1: local features only; 2: add a document-level second pass")(
        "runs", po::value<int>()->default_value(3), "perceptron runs with different shuffles, averaged")(
        "known-names", po::value<int>()->default_value(1), "1: curated modern organisation names join the gazetteer")(
        "clusters", po::value<std::string>(),
        "word clusters TSV (scripts/make-word-clusters) whose ids become features and part of the model")(
        "pass2-margin", po::value<float>()->default_value(0),
        "least score margin by which the second pass changes the first pass's tags (0: always)")(
        "section-word", po::value<int>()->default_value(1),
        "1: the section word opening a story (\"SOCCER - ...\") is a feature of capitalised words")(
        "headline-truecasing", po::value<int>()->default_value(1),
        "1: ALL CAPS and Title Case lines take their words' usual casing before featurising")(
        "all-caps-truecasing", po::value<int>()->default_value(1),
        "1: ALL CAPS lines are truecased too (0: only Title Case lines are)")(
        "title-words", po::value<int>()->default_value(0),
        "1: whether the word or the one before it is a person title (\"Senator\") is a first-pass feature")(
        "neighbour-votes", po::value<int>()->default_value(0),
        "1: the second pass sees the majority readings elsewhere of the words either side, with the word")(
        "headline-follows-body", po::value<int>()->default_value(1),
        "1: after tagging, an ALL CAPS headline reads a run of name words as the article's body reads them")(
        "print-sentences",
        "print the --unlabeled bodies and --train documents as lower-cased, normalised words, one sentence a "
        "line (the text scripts/make-word-clusters learns from; no training)")(
        "vote-margin", po::value<float>()->default_value(30),
        "least first-pass margin with which a reading votes in the second pass's document features (0: all)")(
        "cv-vote-margins", po::value<std::string>(),
        "with --cv: train one second pass per vote margin on the same first pass (comma-separated); the first is "
        "reported as f1")("cv-dump", po::value<std::string>(),
                          "with --cv: write each held-out token's word, gold, first-pass tag and margin, final tag")(
        "cv-headline",
        "with --cv: also score each fold's model with the headline rule (--headline-follows-body) flipped")(
        "cv-margins", po::value<std::string>(),
        "with --cv: also score each fold's model with each of these second-pass margins (comma-separated)")(
        "cv", po::value<std::size_t>(),
        "k-fold cross-validation on --train only (no model written): train on k-1 folds of its documents, score "
        "the held-out fold; prints the pooled scores as JSON")(
        "tag", "tag CoNLL lines from stdin to stdout with --model (no training)")(
        "trace", "print raw text from stdin as --cv-dump does (gold column O), tagged with --model or the shipped one")(
        "recognize",
        "print the entities of raw text from stdin with --model, one per line: start end TYPE text (documents "
        "separated by form feeds one at a time, a form feed line between them)")(
        "model", po::value<std::string>(), "model for --tag/--recognize (default: the shipped one)");
    return options;
}

// --tag and --recognize: runs a trained model over stdin.
int run_tagger(const po::variables_map& vm) {
    const auto recognizer =
        vm.count("model") ? EntityRecognizer::load(vm["model"].as<std::string>()) : EntityRecognizer::load_default();
    std::ios::sync_with_stdio(false);
    if (vm.count("tag")) {
        tag_conll(std::cin, std::cout, *recognizer);
        return 0;
    }
    const std::string input((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
    // Documents separated by form feeds are recognised one at a time (offsets within each), a form feed
    // line between their entities, so articles can be compared one by one.
    for (std::size_t first = 0; first <= input.size();) {
        const std::size_t last = std::min(input.find('\f', first), input.size());
        if (first > 0) std::cout << "\f\n";
        for (const auto& m : recognizer->recognize(std::string_view(input).substr(first, last - first)))
            std::cout << m.start << '\t' << m.end << '\t' << to_string(m.type) << '\t' << m.text << '\n';
        first = last + 1;
    }
    return 0;
}

std::vector<ner::LabeledDocument> read_conll_file(const std::string& path) {
    std::istringstream text(ner::read_maybe_gzip(path));
    return ner::read_conll(text, path);
}

// The casing statistics of the --unlabeled news bodies.
ner::CasingTable unlabeled_casing_of(const po::variables_map& vm) {
    ner::CasingTable casing;
    if (!vm.count("unlabeled")) return casing;
    for (const auto& file : vm["unlabeled"].as<std::vector<std::string>>()) {
        std::istringstream lines(ner::read_maybe_gzip(file));
        std::string line;
        while (std::getline(lines, line)) ner::count_casing_text(json_string_field(line, "body"), casing);
    }
    return casing;
}

// --print-sentences: the words the model's features look clusters up by (lower_word of normalise_word), one
// sentence per line, first the unlabeled news bodies, then the training documents (tags ignored).
void print_sentences(const po::variables_map& vm) {
    std::ios::sync_with_stdio(false);
    auto print = [](const std::vector<std::string>& words) {
        for (std::size_t i = 0; i < words.size(); ++i)
            std::cout << (i ? " " : "") << ner::lower_word(ner::normalise_word(words[i]));
        std::cout << '\n';
    };
    for (const auto& file :
         vm.count("unlabeled") ? vm["unlabeled"].as<std::vector<std::string>>() : std::vector<std::string>{}) {
        std::istringstream lines(ner::read_maybe_gzip(file));
        std::string line;
        while (std::getline(lines, line)) {
            for (const auto& sentence : ner::split_text(json_string_field(line, "body"))) print(sentence);
        }
    }
    if (vm.count("train")) {
        for (const auto& doc : read_conll_file(vm["train"].as<std::string>()))
            for (const auto& sentence : doc.words) print(sentence);
    }
}

ner::TrainingOptions training_options_of(const po::variables_map& vm) {
    ner::TrainingOptions training;
    training.epochs = vm["epochs"].as<int>();
    training.seed = vm["seed"].as<std::uint32_t>();
    training.min_count = vm["min-count"].as<std::uint32_t>();
    training.passes = vm["passes"].as<int>();
    training.runs = vm["runs"].as<int>();
    training.known_names = vm["known-names"].as<int>() != 0;
    training.pass2_margin = vm["pass2-margin"].as<float>();
    training.vote_margin = vm["vote-margin"].as<float>();
    if (vm["section-word"].as<int>() == 0) training.switched_off |= ner::feature_off::section_word;
    if (vm["headline-truecasing"].as<int>() == 0) training.switched_off |= ner::feature_off::headline_truecasing;
    if (vm["all-caps-truecasing"].as<int>() == 0) training.switched_off |= ner::feature_off::all_caps_truecasing;
    if (vm["title-words"].as<int>() != 0) training.switched_on |= ner::feature_on::title_words;
    if (vm["neighbour-votes"].as<int>() != 0) training.switched_on |= ner::feature_on::neighbour_votes;
    if (vm["headline-follows-body"].as<int>() != 0) training.switched_on |= ner::feature_on::headline_follows_body;
    return training;
}

// Trains on --train, writes --out, and scores the saved model on --dev when given.
void train_and_save(const po::variables_map& vm, const std::vector<ner::LabeledDocument>& train,
                    const ner::CasingTable& unlabeled_casing, ner::TrainingOptions training) {
    const auto started = std::chrono::steady_clock::now();
    const std::vector<ner::LabeledDocument> dev =
        vm.count("dev") ? read_conll_file(vm["dev"].as<std::string>()) : std::vector<ner::LabeledDocument>{};
    ner::CasingTable casing = casing_for(train, unlabeled_casing);
    std::cerr << train.size() << " training documents, " << casing.size() << " words in the casing table\n";
    training.log = &std::cerr;
    training.dev = dev.empty() ? nullptr : &dev;
    const auto model = ner::train_model(train, std::move(casing), training);
    model.save(vm["out"].as<std::string>());
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    std::cerr << "wrote " << vm["out"].as<std::string>() << " (" << model.feature_count() << " features) in "
              << std::fixed << std::setprecision(1) << seconds << " s\n";

    if (!dev.empty()) {
        const auto reloaded = ner::Model::load(vm["out"].as<std::string>());
        std::cerr << "dev scores of the saved model:\n";
        print_scores(ner::evaluate(reloaded, dev));
    }
}

int run(int argc, char** argv) {
    const po::options_description options = trainer_options();
    po::variables_map vm;
    try {
        po::store(po::parse_command_line(argc, argv, options), vm);
        po::notify(vm);
    } catch (const po::error& e) {
        throw Error(ErrorKind::usage, e.what());
    }
    if (vm.count("help")) {
        std::cout << options << '\n';
        return 0;
    }
    if (vm.count("tag") || vm.count("recognize")) return run_tagger(vm);
    if (vm.count("trace")) {
        const std::string text((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
        ner::LabeledDocument doc;
        doc.words = ner::split_text(text);
        for (const auto& sentence : doc.words) doc.tags.emplace_back(sentence.size(), ner::outside);
        auto model = ner::Model::load(vm.count("model") ? vm["model"].as<std::string>()
                                                        : (data_dir() / "models" / "ner.model.gz").string());
        if (!vm["pass2-margin"].defaulted()) model.set_pass2_margin(vm["pass2-margin"].as<float>());
        if (!vm["headline-follows-body"].defaulted()) {
            const std::uint8_t bit = ner::feature_on::headline_follows_body;
            model.set_switched_on(vm["headline-follows-body"].as<int>() != 0 ? model.switched_on() | bit
                                                                             : model.switched_on() & ~bit);
        }
        ner::write_passes(std::cout, model, {doc});
        return 0;
    }
    if (vm.count("print-sentences")) {
        print_sentences(vm);
        return 0;
    }
    if (!vm.count("train")) throw Error(ErrorKind::usage, "--train is required");

    const auto train = read_conll_file(vm["train"].as<std::string>());
    const ner::CasingTable unlabeled_casing = unlabeled_casing_of(vm);
    ner::TrainingOptions training = training_options_of(vm);
    const ner::WordClusters clusters =
        vm.count("clusters") ? ner::WordClusters::read_tsv(vm["clusters"].as<std::string>()) : ner::WordClusters{};
    if (!clusters.empty()) training.clusters = &clusters;
    if (vm.count("cv")) {
        CrossValidationOptions cv;
        cv.folds = vm["cv"].as<std::size_t>();
        auto floats = [&](const char* option) {
            std::vector<float> out;
            if (!vm.count(option)) return out;
            std::istringstream list(vm[option].as<std::string>());
            for (std::string item; std::getline(list, item, ',');) out.push_back(std::stof(item));
            return out;
        };
        cv.margins = floats("cv-margins");
        cv.vote_margins = floats("cv-vote-margins");
        if (vm.count("cv-dump")) cv.dump = vm["cv-dump"].as<std::string>();
        cv.headline = vm.count("cv-headline") > 0;
        print_cross_validation(cross_validate(train, unlabeled_casing, training, cv));
        return 0;
    }
    if (!vm.count("out")) throw Error(ErrorKind::usage, "--out is required");
    train_and_save(vm, train, unlabeled_casing, training);
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    try {
        return run(argc, argv);
    } catch (const Error& e) {
        std::cerr << "newsdex-train-ner: " << describe(e) << '\n';
        return e.exit_code();
    } catch (const std::exception& e) {
        std::cerr << "newsdex-train-ner: " << e.what() << '\n';
        return exit_code::failure;
    }
}
