// The learned named-entity recognizer: people, organisations, places and other names in news text.
#pragma once

#include <filesystem>
#include <istream>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "core/article.h"

namespace newsdex::extract {

namespace ner {
class Model;
}

// How news text usually writes a word in mid-sentence, from the casing table the model was trained with.
enum class WordCase { unknown, lower, mostly_lower, mixed, capitalised, acronym };

// An averaged-perceptron sequence tagger over BIO tags (see ner_training.h), loaded from a model file.
// Immutable once loaded: every method is const and safe to call from several threads at once.
class EntityRecognizer {
public:
    // Loads a model written by the trainer; throws newsdex::Error(ErrorKind::io, ...) with the path on failure.
    static std::shared_ptr<const EntityRecognizer> load(const std::filesystem::path& model_file);
    // data_dir() / "models/ner.model.gz" (core/data_dir.h).
    static std::shared_ptr<const EntityRecognizer> load_default();

    // Entities in raw UTF-8 text; offsets are byte offsets into `text`, end exclusive; canonical = text.
    // Titles and roles before a person's name ("President", "Secretary of State") are left out of the
    // mention; a possessive 's is never part of it.
    std::vector<EntityMention> recognize(std::string_view text) const;

    // One sentence of already-tokenised words -> BIO tags "B-PER","I-ORG","O" (types PER ORG LOC MISC).
    std::vector<std::string> tag(const std::vector<std::string>& tokens) const;

    // Several sentences of one document at once: words seen in other sentences of the document (for
    // instance in mixed case below an ALL CAPS headline) inform each other, which tag() cannot do.
    std::vector<std::vector<std::string>> tag_document(const std::vector<std::vector<std::string>>& sentences) const;

    // The usual casing of `word` (any case in): lower (capitalised in under 5% of its mid-sentence uses),
    // mostly_lower (under 30%), mixed, capitalised (95% and over), acronym (mostly in capitals), or unknown
    // (too rare to say).
    WordCase usual_case(std::string_view word) const;

    // True if the model's training text names `name` (any case; words separated by single spaces) as a person and
    // never as anything else ("Reagan", "Johnson"); false for other names and for names it never saw.
    bool trained_person(std::string_view name) const;

    ~EntityRecognizer();
    EntityRecognizer(const EntityRecognizer&) = delete;
    EntityRecognizer& operator=(const EntityRecognizer&) = delete;

private:
    explicit EntityRecognizer(std::unique_ptr<ner::Model> model);
    std::unique_ptr<ner::Model> model_;
};

// Reads CoNLL token lines (first column token, blank line between sentences, -DOCSTART- lines passed
// through), writes each line back with the predicted tag appended as a last column ("O" on -DOCSTART-
// lines, so every non-blank line has the same number of columns). Tags are BIO (IOB2); sentences are
// tagged a document (-DOCSTART- to -DOCSTART-) at a time.
void tag_conll(std::istream& in, std::ostream& out, const EntityRecognizer& recognizer);

}  // namespace newsdex::extract
