// One whole article read back from the index: stored fields, entity names, mentioned dates, and where in its
// text those names and dates stand (for `newsdex show` and the web page's article view).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include <xapian.h>

namespace newsdex::search {

// A name or date found in the article's text. Offsets are UTF-8 byte offsets into StoredArticle::title or
// ::body (as `field` says), end exclusive.
struct TextMark {
    std::string field;  // "title" or "body"
    std::size_t start = 0;
    std::size_t end = 0;
    std::string kind;   // person, org, place, source or date
    std::string value;  // the name as indexed (lower-cased) or the date (YYYY, YYYY-MM or YYYY-MM-DD)
    std::string query;  // a query that finds the articles with it: person:"john kerry", mentions:2015-12-18
};

struct StoredArticle {
    std::string id;
    std::string title;
    std::string date;  // publication date YYYY-MM-DD, "" when unknown
    std::string source;
    std::string url;
    std::string category;
    std::string language;
    std::vector<std::string> authors;
    std::string body;                                         // "" when the index keeps no text (ingest --store none)
    bool has_body = false;                                    // false for --store none indexes
    std::vector<std::string> persons, orgs, places, sources;  // canonical names, as displayed
    std::vector<std::string> mentions;                        // mentioned dates (XMENTION values), sorted
    std::vector<TextMark> marks;                              // in text order, not overlapping
};

// The article with this id. Names are found in the text by the forms the ingester indexed (canonical and as
// written), dates by the date tagger, kept only when the index holds that date for the article. Throws
// Error(input) when no article has that id and Error(index) on Xapian failures.
StoredArticle read_stored_article(const Xapian::Database& db, const std::string& id);

}  // namespace newsdex::search
