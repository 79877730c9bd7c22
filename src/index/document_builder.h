// Builds the Xapian document of an analysed article, following schema.h. A pure function of its input,
// so several threads can build documents while one thread owns the WritableDatabase.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include <xapian.h>

#include "core/article.h"
#include "index/stemming.h"
#include "text/alias_table.h"

namespace newsdex::index {

// Bumped when analysis or document layout changes, so a re-ingest updates articles whose text did not change.
// 2: one term per name, NER skips plain text, date rules; 3: datelines, folded categories, summaries (issue 15);
// 4: stemmed by the article's language, language guessed on more evidence (issue 16)
constexpr std::string_view analyzer_version = "4";

// Hash of everything read for an article plus analyzer_version: equal hashes mean "unchanged".
std::string content_hash(const RawArticle& raw);

// What the document data keeps of the article's text (schema::metadata::stored_text). Every term is
// indexed either way; `none` only drops the stored body, which is what snippets are made from.
enum class StoredText { full, none };
std::optional<StoredText> parse_stored_text(std::string_view name);
std::string_view stored_text_name(StoredText stored);

class DocumentBuilder {
public:
    // `stemming`: the index's (ShardedWriter::stemming()): each article's Z terms come from the stemmer it names
    // for the article's language; an index stemmed "none" gets unstemmed terms only.
    DocumentBuilder(Stemming stemming, const text::AliasTable& aliases, StoredText stored = StoredText::full);

    // The document for `article`; `hash` is stored for change detection. Not thread-safe: one builder per
    // thread (it owns a TermGenerator).
    Xapian::Document build(const AnalyzedArticle& article, const std::string& hash);

private:
    void index_categories(Xapian::Document& doc, const std::string& categories);
    void index_entities(Xapian::Document& doc, const AnalyzedArticle& article);
    void index_dates(Xapian::Document& doc, const AnalyzedArticle& article);
    const Xapian::Stem& stemmer_for(std::string_view language);

    Xapian::TermGenerator generator_;
    Stemming stemming_;
    std::map<std::string, Xapian::Stem, std::less<>> remembering_;  // by Snowball name: stemmers that cache
    const text::AliasTable& aliases_;
    StoredText stored_;
};

// The unique-id term ("Q" + id, shortened if needed) that ingest upserts on.
std::string unique_term(const std::string& id);

}  // namespace newsdex::index
