// The index schema: every term prefix, value slot and metadata key, for the ingester and the query tool.
// Prefixes follow Omega's conventions (docs/termprefixes.rst in Xapian) where one exists, so xapian-delve,
// quest and python3-xapian read the index; newsdex's own fields use X prefixes. docs/schema.md mirrors this.
#pragma once

#include <string_view>

#include <xapian.h>

namespace newsdex::schema {

// Schema version stored in metadata; bump with a dated entry in the changes list below.
//   1 (2026-11-25): first schema (slot 11, the id, added the same day before any release).
//   2 (2026-11-25): XSAMPLE<n> sample terms for sampled facet counts; no Xapian spelling table.
//   3 (2026-12-02): no XSH<band> fingerprint band terms (the band index lives in the ingester's memory).
//   4 (2026-12-05): XFILE<real path> of the file an article came from (ingest --prune), slot 12 the crawl date
//                   (WARC-Date), document data "crawled" and "file"; text files are named by their real path.
//   5 (2026-12-06): each article's stemmed (Z) terms from the Snowball stemmer of its language (slot 7), else
//                   the index's; metadata::stemmers records which (issue 16). Ingest still writes into a version
//                   4 index, stemming it one way as before (index/stemming.h).
constexpr int version = 5;
// The older version ingest still writes into, as it was: one stemmer for every article.
constexpr int version_one_stemmer = 4;

namespace prefix {
// Free-text terms (made by Xapian::TermGenerator, lower-cased, stemmed copies get a Z in front; the stemmer is
// the article's language's, metadata::stemmers).
constexpr std::string_view title = "S";        // headline words (also indexed unprefixed)
constexpr std::string_view author_text = "A";  // author names (Omega: A = author)
// Entity names, as boolean terms "<prefix>:<name>" (below): person:kerry, org:nato, place:moscow, source:ap.
constexpr std::string_view person_text = "XPERSON";
constexpr std::string_view org_text = "XORG";
constexpr std::string_view place_text = "XPLACE";
constexpr std::string_view source_text = "XSOURCE";

// Boolean terms (filters; never weighted). Values that are names are stored lower-cased after a ':' so
// they cannot collide with the free-text terms of the same prefix (Xapian's convention for values that
// could start with a capital): "XPERSON:john kerry".
constexpr std::string_view unique_id = "Q";         // Q<id>: one per article, the upsert key
constexpr std::string_view url = "U";               // U<url>
constexpr std::string_view language = "L";          // L<iso 639-1>, e.g. Len
constexpr std::string_view category = "K";          // K<category, lower-cased>
constexpr std::string_view day = "D";               // D20151215  publication day   (Omega)
constexpr std::string_view month = "M";             // M201512    publication month (Omega)
constexpr std::string_view year = "Y";              // Y2015      publication year  (Omega)
constexpr std::string_view mentioned = "XMENTION";  // XMENTION2015-12-18 / XMENTION2015-12 / XMENTION2015
constexpr std::string_view no_date = "XNODATE";     // present when no publication date was found
constexpr std::string_view sample = "XSAMPLE";      // XSAMPLE4, XSAMPLE16 ...: nested 1-in-n samples (sample_terms.h)
// XFILE/abs/real/path.warc.gz: the file an article was read from (absent for stdin). A path too long for a term
// is cut with a hash suffix (terms.h); document data "file" keeps it whole.
constexpr std::string_view file = "XFILE";
// Canonical entity filter terms: <text prefix> ":" <canonical, lower-cased>.
constexpr std::string_view canonical_separator = ":";
// Stemmed copies of free-text terms: Z<stem> for unprefixed words, Z<prefix><stem> for S and A (Xapian's
// TermGenerator writes them; named here so the schema lists every prefix an index holds).
constexpr std::string_view stemmed = "Z";
}  // namespace prefix

namespace slot {
// Values. Multi-valued slots hold the values joined by value_separator, each value once.
constexpr Xapian::valueno date = 0;              // publication date "YYYYMMDD" (sorts as a string; empty if unknown)
constexpr Xapian::valueno persons = 1;           // canonical person names, as displayed
constexpr Xapian::valueno orgs = 2;              // canonical organisation names
constexpr Xapian::valueno places = 3;            // canonical place names (countries from adjectives too)
constexpr Xapian::valueno sources = 4;           // canonical news-source names
constexpr Xapian::valueno mentioned_months = 5;  // "YYYY-MM" of every day/month date the text mentions
constexpr Xapian::valueno category = 6;          // categories, case-folded, value_separator between (issue 15)
constexpr Xapian::valueno language = 7;          // ISO 639-1 code
constexpr Xapian::valueno content_hash = 8;      // 16 hex digits: hash of the article as read + analyzer version
constexpr Xapian::valueno fingerprint = 9;       // 64-bit simhash of word 3-shingles, 16 hex digits
constexpr Xapian::valueno cluster = 10;          // near-duplicate cluster key (collapse key)
constexpr Xapian::valueno id = 11;               // the article's id as given, so result lists need not read the data
constexpr Xapian::valueno crawled = 12;          // crawl date as the archive wrote it (WARC-Date, ISO 8601, UTC)
}  // namespace slot

constexpr char value_separator = '\x1f';  // ASCII unit separator: never part of a name

namespace metadata {
constexpr std::string_view schema_version = "newsdex.schema_version";
constexpr std::string_view stemmer =
    "newsdex.stemmer";  // the index's Snowball language (articles of no known language)
// Snowball stemmers the articles' Z terms were made with, comma-separated: the index's own (stemmer, above) first,
// then each other language's in the order first met ("english,german"), each used for the articles whose
// language (slot::language, prefix::language) has it. Written when the index is created, grown at each commit.
// Absent in an index made before version 5: every article there is stemmed with `stemmer`.
constexpr std::string_view stemmers = "newsdex.stemmers";
constexpr std::string_view synonyms_hash = "newsdex.synonyms_hash";  // hash of the alias table last written
// What document data keeps of each article's text: "full" (the body, for query-biased snippets) or "none"
// (headline and metadata only). Fixed when the index is created; absent in indexes made before it: full.
constexpr std::string_view stored_text = "newsdex.stored_text";
}  // namespace metadata

// Weight of a headline relative to body text: TermGenerator's wdf increment for headline words. The
// headline is indexed both with S and unprefixed, so plain queries see this boost.
constexpr Xapian::termcount title_weight = 3;

// Field names in query syntax and the prefixes they map to (QueryParser::add_prefix).
struct FieldPrefix {
    std::string_view field;
    std::string_view prefix;
};
constexpr FieldPrefix free_text_fields[] = {
    {"title", prefix::title},
    {"author", prefix::author_text},
};
// Name fields search the names of an article's entities, whole words in order: person:kerry,
// org:"bank of england", place:mos*. Each distinct name is one filter term, its canonical form
// ("XPERSON:john kerry") and any other written form ("XPERSON:karry"); the query builder expands a clause
// to the names that contain its words (search/name_query.h). A term per name word was dropped: those terms
// were most of what entities cost ingest (issue 3).
constexpr FieldPrefix name_fields[] = {
    {"person", prefix::person_text},
    {"org", prefix::org_text},
    {"place", prefix::place_text},
    {"source", prefix::source_text},
};
constexpr FieldPrefix boolean_fields[] = {
    {"id", prefix::unique_id},
    {"url", prefix::url},
    {"lang", prefix::language},
    {"category", prefix::category},
};
// "date:" (publication date or range) and "mentions:" (mentioned date or range) have field processors.

// Document data: a JSON object {"id","title","date","source","url","authors","category","body"} so other
// Xapian tools can show it, with "crawled" (WARC-Date) and "file" (real path of the input) when known; an index made with --store none leaves "body" out (metadata::stored_text).

// Every prefix, value slot and metadata key above by its name in this header, for `newsdex schema` and the
// tools that read an index from outside (scripts/dump-index reads `newsdex schema --format json`, so the numbers
// are written here only). A name added above is added here too; tests/cli/schema_test.cpp checks that every term
// prefix, slot and metadata key of a real index is listed.
template <typename Value>
struct Named {
    std::string_view name;
    Value value;
};
constexpr Named<std::string_view> prefixes[] = {
    {"title", prefix::title},
    {"author_text", prefix::author_text},
    {"person_text", prefix::person_text},
    {"org_text", prefix::org_text},
    {"place_text", prefix::place_text},
    {"source_text", prefix::source_text},
    {"unique_id", prefix::unique_id},
    {"url", prefix::url},
    {"language", prefix::language},
    {"category", prefix::category},
    {"day", prefix::day},
    {"month", prefix::month},
    {"year", prefix::year},
    {"mentioned", prefix::mentioned},
    {"no_date", prefix::no_date},
    {"sample", prefix::sample},
    {"file", prefix::file},
    {"stemmed", prefix::stemmed},
};
constexpr Named<Xapian::valueno> slots[] = {
    {"date", slot::date},
    {"persons", slot::persons},
    {"orgs", slot::orgs},
    {"places", slot::places},
    {"sources", slot::sources},
    {"mentioned_months", slot::mentioned_months},
    {"category", slot::category},
    {"language", slot::language},
    {"content_hash", slot::content_hash},
    {"fingerprint", slot::fingerprint},
    {"cluster", slot::cluster},
    {"id", slot::id},
    {"crawled", slot::crawled},
};
constexpr Named<std::string_view> metadata_keys[] = {
    {"schema_version", metadata::schema_version},
    {"stemmer", metadata::stemmer},
    {"stemmers", metadata::stemmers},
    {"synonyms_hash", metadata::synonyms_hash},
    {"stored_text", metadata::stored_text},
};

}  // namespace newsdex::schema
