// The extraction pipeline for one article; each step lives in its own file, this one only orders them.
#include "extract/article_analyzer.h"

#include <algorithm>
#include <stdexcept>

#include "core/data_dir.h"
#include "core/date.h"
#include "extract/entities/entity_hygiene.h"
#include "extract/entities/entity_linker.h"
#include "extract/entities/source_attribution.h"
#include "extract/ner/entity_recognizer.h"
#include "extract/timex/publication_date.h"
#include "extract/timex/temporal_tagger.h"
#include "text/language.h"

namespace newsdex::extract {

ArticleAnalyzer::ArticleAnalyzer(const AnalyzerOptions& options) : options_(options) {
    if (options.entities && options.load_in_background)
        loading_ = std::async(std::launch::async, [] { return EntityRecognizer::load_default(); });
    aliases_ = text::AliasTable::load_default();
    codes_.add_file(data_dir() / "reuters-codes.tsv");
    for (const auto& file : options.alias_files) aliases_.add_file(file);
    if (options.entities && !options.load_in_background) recognizer_ = EntityRecognizer::load_default();
}

void ArticleAnalyzer::finish_loading() {
    if (loading_.valid()) recognizer_ = loading_.get();
}

ArticleAnalyzer::~ArticleAnalyzer() = default;

bool entity_language(std::string_view language) { return language.empty() || language == "en"; }

namespace {

// A code as words: "west-germany" is West Germany, "james-baker" James Baker.
std::string code_in_words(const std::string& code) {
    std::string words = code;
    bool start = true;
    for (char& c : words) {
        if (c == '-' || c == '_') c = ' ';
        if (start && c >= 'a' && c <= 'z') c = char(c - 'a' + 'A');
        start = c == ' ';
    }
    return words;
}

std::string ascii_folded(std::string text) {
    for (char& c : text) c = (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
    return text;
}

// A place named by metadata, as the place facet names it: the alias table's name ("usa" is United States), else
// the code in words ("west-germany" is West Germany). Kept once.
void add_metadata_place(std::vector<std::string>& places, const std::string& code, const text::AliasTable& aliases) {
    std::string words = code_in_words(code);
    std::string name = aliases.canonical(code, EntityType::location)
                           .value_or(aliases.canonical(words, EntityType::location).value_or(words));
    if (name.empty() || std::find(places.begin(), places.end(), name) != places.end()) return;
    places.push_back(std::move(name));
}

// A person named by metadata ("james-baker"): the alias table's name, else the code in words (James Baker). When
// the article's text names no one by exactly that name but names exactly one person whose name ends with it
// ("Paul Volcker" for "volcker"), that person's name, so one person is not counted twice in one article.
std::string listed_person(const std::string& code, const std::vector<EntityMention>& entities,
                          const text::AliasTable& aliases) {
    std::string words = code_in_words(code);
    std::string name = aliases.canonical(code, EntityType::person)
                           .value_or(aliases.canonical(words, EntityType::person).value_or(words));
    const std::string folded = ascii_folded(name);
    const std::string tail = " " + folded;
    std::vector<std::string> longer;
    for (const auto& mention : entities) {
        if (mention.type != EntityType::person) continue;
        const std::string candidate = ascii_folded(mention.canonical.empty() ? mention.text : mention.canonical);
        if (candidate == folded) return name;
        if (candidate.size() > tail.size() && candidate.ends_with(tail) &&
            std::find(longer.begin(), longer.end(), candidate) == longer.end()) {
            longer.push_back(candidate);
        }
    }
    if (longer.size() != 1) return name;
    for (const auto& mention : entities) {
        const std::string& shown = mention.canonical.empty() ? mention.text : mention.canonical;
        if (mention.type == EntityType::person && ascii_folded(shown) == longer.front()) return shown;
    }
    return name;
}

// An organisation or exchange named by metadata ("opec", "nyse"): the code table's name (data/reuters-codes.tsv:
// New York Stock Exchange), then the alias table's for that name; a code neither table knows is filed in capitals
// ("xyz" is XYZ), a value with capitals or spaces in it as written (it is a name already).
std::string listed_org(const std::string& code, const text::AliasTable& codes, const text::AliasTable& aliases) {
    std::string name = codes.canonical(code, EntityType::org).value_or(code);
    if (name == code &&
        std::none_of(code.begin(), code.end(), [](char c) { return c == ' ' || (c >= 'A' && c <= 'Z'); })) {
        for (char& c : name) c = (c >= 'a' && c <= 'z') ? char(c - 'a' + 'A') : c;
    }
    return aliases.canonical(name, EntityType::org).value_or(name);
}

EntityMention listed_mention(const std::string& code, EntityType type, std::string name) {
    EntityMention mention;
    mention.text = code;
    mention.type = type;
    mention.canonical = std::move(name);
    return mention;
}

}  // namespace

std::string article_text(const RawArticle& raw) {
    if (raw.body.empty()) return raw.title;
    if (raw.title.empty()) return raw.body;
    return raw.title + "\n\n" + raw.body;
}

TextAnalysis ArticleAnalyzer::analyze_text(std::string_view text, std::optional<CivilDate> published) const {
    if (loading_.valid()) throw std::logic_error("ArticleAnalyzer: analysing before finish_loading()");
    TextAnalysis result;
    result.published = published;
    if (!result.published) {
        if (auto dateline = find_dateline(text)) result.published = dateline->date;
    }
    result.dates = find_temporal_expressions(text, result.published);
    result.sources = find_sources(text, aliases_);
    result.language = text::detect_language(text);
    if (recognizer_ && entity_language(result.language)) {
        result.entities = recognizer_->recognize(text);
        link_entities(text, result.entities, aliases_);
        const auto usual = [this](std::string_view word) { return recognizer_->usual_case(word); };
        const auto trained_person = [this](std::string_view name) { return recognizer_->trained_person(name); };
        tidy_entities(text, result.entities, {result.sources, result.dates, trained_person}, aliases_, usual);
        result.places = facet_places(result.entities, aliases_);
    }
    return result;
}

AnalyzedArticle ArticleAnalyzer::analyze(RawArticle raw) const {
    AnalyzedArticle article;
    std::optional<CivilDate> published;
    if (!raw.date.empty()) published = parse_date_value(raw.date);
    std::string text = article_text(raw);
    TextAnalysis analysis = analyze_text(text, published);
    article.published = analysis.published ? analysis.published : options_.default_date;
    article.entities = std::move(analysis.entities);
    article.dates = std::move(analysis.dates);
    article.sources = std::move(analysis.sources);
    article.places = std::move(analysis.places);
    for (const auto& place : raw.places) add_metadata_place(article.places, place, aliases_);
    for (const auto& code : raw.people) {
        article.listed.push_back(
            listed_mention(code, EntityType::person, listed_person(code, article.entities, aliases_)));
    }
    for (const auto& code : raw.orgs) {
        article.listed.push_back(listed_mention(code, EntityType::org, listed_org(code, codes_, aliases_)));
    }
    if (!raw.source.empty()) {
        SourceMention from_metadata;
        from_metadata.text = raw.source;
        from_metadata.canonical = canonical_source(raw.source, aliases_);
        article.sources.insert(article.sources.begin(), std::move(from_metadata));
    }
    article.language = !raw.language.empty() ? raw.language : analysis.language;
    article.title = raw.title;
    article.body = raw.body;
    article.raw = std::move(raw);
    return article;
}

}  // namespace newsdex::extract
