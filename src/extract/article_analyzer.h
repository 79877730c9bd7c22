// Runs every extractor over an article: publication date, temporal expressions, entities, sources.
#pragma once

#include <filesystem>
#include <future>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include "core/article.h"
#include "text/alias_table.h"

namespace newsdex::extract {

class EntityRecognizer;

struct AnalyzerOptions {
    std::optional<CivilDate> default_date;           // for articles with no date of their own
    std::vector<std::filesystem::path> alias_files;  // --aliases, added after the shipped table
    bool entities = true;                            // false skips loading the NER model
    // Load the NER model on a thread of its own while the caller does other work (the ingest opens its index);
    // the caller then calls finish_loading() before analysing.
    bool load_in_background = false;
};

// What analysis finds in one piece of text; offsets are UTF-8 byte offsets into that text.
struct TextAnalysis {
    std::optional<CivilDate> published;  // the anchor that was used (given, or from a dateline)
    std::vector<EntityMention> entities;
    std::vector<TemporalMention> dates;
    std::vector<SourceMention> sources;
    std::vector<std::string> places;  // distinct places for the facet (countries from adjectives too)
    std::string language;             // ISO 639-1 guess (text/language.h), "" when too short to tell
};

// The recognizer is trained on English news (CoNLL-2003) only: entities are extracted from English articles
// and from those too short for a language guess (""), never from others, where it finds junk (a German
// article's nouns are all capitalised).
bool entity_language(std::string_view language);

// Loads the model and alias table once; analysis is const and thread-safe afterwards.
class ArticleAnalyzer {
public:
    explicit ArticleAnalyzer(const AnalyzerOptions& options);  // throws Error(io/input) on bad data files
    ~ArticleAnalyzer();

    // Analysis of free text, for `newsdex analyze`: offsets point into `text` as given. Without `published`,
    // a dateline in the text supplies the anchor.
    TextAnalysis analyze_text(std::string_view text, std::optional<CivilDate> published) const;

    // Analysis of an article for indexing; offsets point into title + "\n\n" + body.
    AnalyzedArticle analyze(RawArticle raw) const;

    const text::AliasTable& aliases() const noexcept { return aliases_; }

    // Waits for a model loading in the background (AnalyzerOptions::load_in_background) and throws its error, if
    // any (Error(io/input)); does nothing otherwise. Not thread-safe: call it before analysing.
    void finish_loading();

private:
    AnalyzerOptions options_;
    text::AliasTable aliases_;
    text::AliasTable codes_;  // data/reuters-codes.tsv: names of Reuters-21578's org and exchange codes
    std::shared_ptr<const EntityRecognizer> recognizer_;
    std::future<std::shared_ptr<const EntityRecognizer>> loading_;  // the model, while it loads in the background
};

// The text analysed for an article: its headline and body separated by a blank line.
std::string article_text(const RawArticle& raw);

}  // namespace newsdex::extract
