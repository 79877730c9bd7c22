// The learned named-entity recognizer: people, organisations, places and other names in news text.
#include "extract/entity_recognizer.h"

#include <algorithm>
#include <array>

#include "core/data_dir.h"
#include "core/error.h"
#include "extract/ner_decoder.h"
#include "extract/ner_lexicon.h"
#include "extract/ner_model.h"
#include "text/word_tokenizer.h"

namespace newsdex::extract {
namespace {

// Words that may start a predicted person span but are titles or roles, not part of the name
// ("President Vladimir Putin" -> "Vladimir Putin"). Compared case-insensitively.
constexpr std::array<std::string_view, 40> person_titles = {
    "president", "minister", "secretary", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof.",
    "senator", "sen.", "gen.", "general", "king", "queen", "prince", "princess", "pope", "chancellor",
    "premier", "governor", "gov.", "mayor", "judge", "coach", "captain", "sir", "lord", "lady", "rep.",
    "ambassador", "prime", "foreign", "state", "vice", "deputy", "chairman"};

// Sentences tagged together as one document by recognize().
constexpr std::size_t max_document_sentences = 1000;

bool is_title(std::string_view word) {
    std::string lower(word);
    for (auto& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return std::find(person_titles.begin(), person_titles.end(), lower) != person_titles.end();
}

// Roles that, inside a predicted organisation or place span, separate it from a following person's name:
// "Apple CEO Tim Cook", "Bank of England Governor Mark Carney".
constexpr std::array<std::string_view, 14> inner_roles = {
    "ceo", "chairman", "chairwoman", "president", "governor", "minister", "secretary", "chancellor",
    "senator", "spokesman", "spokeswoman", "chief", "founder", "director"};

bool is_inner_role(std::string_view word) {
    std::string lower(word);
    for (auto& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return std::find(inner_roles.begin(), inner_roles.end(), lower) != inner_roles.end();
}

// Splits "ORG role Firstname Lastname" into the ORG part and a person; other chunks pass unchanged.
// Only when at least two capitalised, non-title words end the span, so "Secretary of State" stays whole.
std::vector<ner::Chunk> split_inner_role(const ner::Chunk& chunk, const std::vector<text::Token>& tokens,
                                         std::size_t base) {
    if (ner::entity_types[chunk.type] == EntityType::person || chunk.last - chunk.first < 4) return {chunk};
    for (std::size_t r = chunk.first + 1; r + 2 < chunk.last; ++r) {
        if (!is_inner_role(tokens[base + r].text)) continue;
        std::size_t person = chunk.last;
        while (person > r + 1) {
            const auto word = tokens[base + person - 1].text;
            if (is_title(word) || !ner::starts_upper(word)) break;
            --person;
        }
        if (chunk.last - person < 2) return {chunk};
        return {{chunk.first, r, chunk.type}, {person, chunk.last, 0}};
    }
    return {chunk};
}

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
    for (std::size_t first = 0; first < document.size(); first += max_document_sentences) {
        const std::size_t last = std::min(document.size(), first + max_document_sentences);
        const ner::Document block(document.begin() + static_cast<std::ptrdiff_t>(first),
                                  document.begin() + static_cast<std::ptrdiff_t>(last));
        for (auto& sentence_tags : ner::tag_document(*model_, block)) tags.push_back(std::move(sentence_tags));
    }

    std::vector<EntityMention> mentions;
    for (std::size_t s = 0; s < ranges.size(); ++s) {
        const std::size_t base = ranges[s].first;
        std::vector<ner::Chunk> chunks;
        for (const auto& chunk : ner::chunks_of(tags[s])) {
            for (const auto& part : split_inner_role(chunk, tokens, base)) chunks.push_back(part);
        }
        for (auto chunk : chunks) {
            if (ner::entity_types[chunk.type] == EntityType::person) {
                while (chunk.last - chunk.first > 1 && is_title(tokens[base + chunk.first].text)) ++chunk.first;
            }
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
                if (in_sentence) { ++s; k = 0; in_sentence = false; }
                continue;
            }
            const std::string_view body = !line.empty() && line.back() == '\r' ? std::string_view(line).substr(0, line.size() - 1) : line;
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
