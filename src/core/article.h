// Plain structs shared by every stage: an article as read, and what analysis finds in it.
#pragma once

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace newsdex {

// A calendar date with no time zone: publication dates are date-only and never shifted.
using CivilDate = std::chrono::year_month_day;

// An article as a reader produced it, before analysis.
struct RawArticle {
    std::string id;         // JSON "id", canonical URL, WARC target URI, else the file's real path (+ "#line")
    std::string origin;     // file the article came from, as named ("-" for stdin)
    std::string real_path;  // that file's real path (for ingest --prune); "" for stdin
    std::size_t line = 0;   // 1-based line in origin (0 for whole-file articles)
    std::string title;
    std::string body;
    std::string date;    // as written in metadata, unparsed ("" when absent)
    std::string source;  // publisher/agency from metadata
    std::string url;
    std::vector<std::string> authors;
    std::string category;             // one or more categories, "; " between them (JSON topics, tags, ...)
    std::string summary;              // a teaser or description beside the body ("" when it is the only text)
    std::vector<std::string> places;  // places named by metadata (Reuters-21578 "places": "usa", "west-germany")
    std::vector<std::string> people;  // people named by metadata (Reuters-21578 "people": "james-baker")
    std::vector<std::string> orgs;    // organisations by metadata (Reuters-21578 "orgs", "exchanges": "opec", "nyse")
    std::string language;             // ISO 639-1 from metadata, "" if unknown
    std::string crawled;              // when a crawler fetched it (WARC-Date, ISO 8601); not the publication date
    bool title_from_text = false;     // title was the first paragraph of a text file
};

enum class EntityType { person, org, location, misc };

// One entity mention. Offsets are UTF-8 byte offsets into the text that was analysed, end exclusive.
struct EntityMention {
    std::string text;
    EntityType type = EntityType::misc;
    std::string canonical;  // linked/aliased name ("John Kerry" for "Karry"); equals text when unlinked
    std::size_t start = 0;
    std::size_t end = 0;
};

// One temporal expression, TIMEX3 style. Offsets as above.
struct TemporalMention {
    std::string text;
    std::string type;   // DATE, TIME, DURATION or SET
    std::string value;  // normalised TIMEX3 value: 2015-12-18, 2015-12, 2015-W51, P3D, PRESENT_REF...
    std::size_t start = 0;
    std::size_t end = 0;
};

// A news source attribution ("reports AP", "(Reuters)", JSON "source").
struct SourceMention {
    std::string text;
    std::string canonical;
    std::size_t start = 0;  // 0/0 when it came from metadata
    std::size_t end = 0;
};

// An article after analysis: what the index builder needs, nothing else.
struct AnalyzedArticle {
    RawArticle raw;
    std::string title;  // as read (normalised only when indexed)
    std::string body;
    std::optional<CivilDate> published;
    std::vector<EntityMention> entities;  // offsets into title + "\n\n" + body
    std::vector<TemporalMention> dates;   // offsets into title + "\n\n" + body
    std::vector<SourceMention> sources;   // metadata source first, then attributions in the text
    std::vector<std::string> places;      // distinct canonical places for the facet
    std::string language;                 // resolved ISO 639-1 code
    // People and organisations named by metadata (RawArticle::people, orgs): `text` the code as written,
    // `canonical` the name the person or org facet files it under; no offsets (start == end == 0).
    std::vector<EntityMention> listed;
};

const char* to_string(EntityType type) noexcept;  // "PERSON", "ORG", "LOCATION", "MISC"

}  // namespace newsdex
