// The learned named-entity recognizer: people, organisations, places and other names in news text.
#include "extract/ner/entity_recognizer.h"

#include <algorithm>

#include "core/data_dir.h"
#include "core/error.h"
#include "extract/ner/internal/ner_decoder.h"
#include "extract/ner/internal/ner_lexicon.h"
#include "extract/ner/internal/ner_model.h"
#include "extract/ner/internal/ner_spans.h"
#include "text/word_tokenizer.h"

namespace newsdex::extract {
namespace {

// Sentences tagged together as one document by recognize().
constexpr std::size_t max_document_sentences = 1000;

std::vector<std::string> tag_names(const std::vector<ner::Tag>& tags) {
    std::vector<std::string> out;
    out.reserve(tags.size());
    for (const auto t : tags) out.push_back(ner::tag_name(t));
    return out;
}

}  // namespace

EntityRecognizer::EntityRecognizer(std::unique_ptr<ner::Model> model) : model_(std::move(model)) {}
EntityRecognizer::~EntityRecognizer() = default;

std::shared_ptr<const EntityRecognizer> EntityRecognizer::load(const std::filesystem::path& model_file) {
    auto model = std::make_unique<ner::Model>(ner::Model::load(model_file));
    return std::shared_ptr<const EntityRecognizer>(new EntityRecognizer(std::move(model)));
}

std::shared_ptr<const EntityRecognizer> EntityRecognizer::load_default() {
    return load(data_dir() / "models" / "ner.model.gz");
}

bool EntityRecognizer::trained_person(std::string_view name) const {
    const std::uint8_t types = model_->gazetteer().types(ner::lower_word(ner::normalise_word(name)));
    return types == 1u << 0;  // PER only (ner_tags.h: type_names)
}

WordCase EntityRecognizer::usual_case(std::string_view word) const {
    const std::uint8_t bucket = model_->casing().bucket(ner::lower_word(ner::normalise_word(word)));
    switch (bucket) {
        case 0: return WordCase::lower;
        case 1: return WordCase::mostly_lower;
        case 2:
        case 3: return WordCase::mixed;
        case 4: return WordCase::capitalised;
        case ner::CasingTable::acronym: return WordCase::acronym;
        default: return WordCase::unknown;
    }
}

std::vector<std::string> EntityRecognizer::tag(const std::vector<std::string>& tokens) const {
    if (tokens.empty()) return {};
    return tag_names(ner::tag_document(*model_, {tokens}).front());
}

std::vector<std::vector<std::string>> EntityRecognizer::tag_document(
    const std::vector<std::vector<std::string>>& sentences) const {
    std::vector<std::vector<std::string>> out;
    for (const auto& tags : ner::tag_document(*model_, sentences)) out.push_back(tag_names(tags));
    return out;
}

std::vector<EntityMention> EntityRecognizer::recognize(std::string_view text) const {
    const auto tokens = text::tokenize_words(text);
    const auto ranges = text::split_sentences(text, tokens);
    ner::Document document;
    document.reserve(ranges.size());
    for (const auto& [first, last] : ranges) {
        ner::Sentence sentence;
        for (std::size_t i = first; i < last; ++i) sentence.emplace_back(tokens[i].text);
        document.push_back(std::move(sentence));
    }
    // Tag in blocks so a huge input (a whole corpus piped in) does not hold every feature at once;
    // articles are far shorter than one block, so their document context is whole.
    std::vector<std::vector<ner::Tag>> tags;
    if (document.size() <= max_document_sentences) {
        tags = ner::tag_document(*model_, document);  // the usual case: no copy of the words
    } else {
        for (std::size_t first = 0; first < document.size(); first += max_document_sentences) {
            const std::size_t last = std::min(document.size(), first + max_document_sentences);
            const ner::Document block(document.begin() + static_cast<std::ptrdiff_t>(first),
                                      document.begin() + static_cast<std::ptrdiff_t>(last));
            for (auto& sentence_tags : ner::tag_document(*model_, block)) tags.push_back(std::move(sentence_tags));
        }
    }

    std::vector<std::vector<std::string_view>> words(ranges.size());
    for (std::size_t s = 0; s < ranges.size(); ++s) {
        for (std::size_t i = ranges[s].first; i < ranges[s].second; ++i) words[s].push_back(tokens[i].text);
    }
    const auto chunks = ner::tidy_chunks(tags, words);

    std::vector<EntityMention> mentions;
    for (std::size_t s = 0; s < ranges.size(); ++s) {
        const std::size_t base = ranges[s].first;
        for (const auto& chunk : chunks[s]) {
            const std::size_t start = tokens[base + chunk.first].start;
            const std::size_t end = tokens[base + chunk.last - 1].end;
            EntityMention mention;
            mention.text = std::string(text.substr(start, end - start));
            mention.type = ner::entity_types[chunk.type];
            mention.canonical = mention.text;
            mention.start = start;
            mention.end = end;
            mentions.push_back(std::move(mention));
        }
    }
    return mentions;
}

void tag_conll(std::istream& in, std::ostream& out, const EntityRecognizer& recognizer) {
    // One document is buffered at a time: its lines, and its sentences of first-column tokens.
    std::vector<std::string> lines;
    std::vector<std::vector<std::string>> sentences(1);
    auto flush = [&] {
        if (!sentences.back().empty()) sentences.emplace_back();
        sentences.pop_back();
        const auto tags = recognizer.tag_document(sentences);
        std::size_t s = 0, k = 0;
        bool in_sentence = false;
        for (const auto& line : lines) {
            const bool blank = line.find_first_not_of(" \t\r") == std::string::npos;
            if (blank) {
                out << line << '\n';
                if (in_sentence) {
                    ++s;
                    k = 0;
                    in_sentence = false;
                }
                continue;
            }
            const std::string_view body =
                !line.empty() && line.back() == '\r' ? std::string_view(line).substr(0, line.size() - 1) : line;
            if (body.substr(0, body.find_first_of(" \t")) == "-DOCSTART-") {
                out << body << " O\n";
                continue;
            }
            out << body << ' ' << tags[s][k++] << '\n';
            in_sentence = true;
        }
        lines.clear();
        sentences.assign(1, {});
    };
    std::string line;
    while (std::getline(in, line)) {
        const bool blank = line.find_first_not_of(" \t\r") == std::string::npos;
        std::string_view body = line;
        if (!body.empty() && body.back() == '\r') body.remove_suffix(1);
        const std::string token(body.substr(0, body.find_first_of(" \t")));
        if (!blank && token == "-DOCSTART-") {
            if (!lines.empty()) flush();
        }
        lines.push_back(line);
        if (blank) {
            if (!sentences.back().empty()) sentences.emplace_back();
        } else if (token != "-DOCSTART-") {
            sentences.back().push_back(token);
        }
    }
    flush();
    out.flush();
}

}  // namespace newsdex::extract
