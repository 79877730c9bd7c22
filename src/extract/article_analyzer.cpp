// The extraction pipeline for one article; each step lives in its own file, this one only orders them.
#include "extract/article_analyzer.h"

#include <algorithm>

#include "core/date.h"
#include "extract/entities/entity_hygiene.h"
#include "extract/entities/entity_linker.h"
#include "extract/entities/source_attribution.h"
#include "extract/ner/entity_recognizer.h"
#include "extract/timex/publication_date.h"
#include "extract/timex/temporal_tagger.h"
#include "text/language.h"

namespace newsdex::extract {

ArticleAnalyzer::ArticleAnalyzer(const AnalyzerOptions& options)
    : options_(options), aliases_(text::AliasTable::load_default()) {
    for (const auto& file : options.alias_files) aliases_.add_file(file);
    if (options.entities) recognizer_ = EntityRecognizer::load_default();
}

ArticleAnalyzer::~ArticleAnalyzer() = default;

bool entity_language(std::string_view language) { return language.empty() || language == "en"; }

namespace {

// A place named by metadata, as the place facet names it: the alias table's name ("usa" is United States), else
// the code in words ("west-germany" is West Germany). Kept once.
void add_metadata_place(std::vector<std::string>& places, const std::string& code, const text::AliasTable& aliases) {
    std::string words = code;
    bool start = true;
    for (char& c : words) {
        if (c == '-' || c == '_') c = ' ';
        if (start && c >= 'a' && c <= 'z') c = char(c - 'a' + 'A');
        start = c == ' ';
    }
    std::string name = aliases.canonical(code, EntityType::location)
                           .value_or(aliases.canonical(words, EntityType::location).value_or(words));
    if (name.empty() || std::find(places.begin(), places.end(), name) != places.end()) return;
    places.push_back(std::move(name));
}

}  // namespace

std::string article_text(const RawArticle& raw) {
    if (raw.body.empty()) return raw.title;
    if (raw.title.empty()) return raw.body;
    return raw.title + "\n\n" + raw.body;
}

TextAnalysis ArticleAnalyzer::analyze_text(std::string_view text, std::optional<CivilDate> published) const {
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
