// RSS 2.0, RSS 1.0 (RDF) and Atom feeds: one article per item or entry, parsed with libxml2.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/article.h"

namespace newsdex::ingest {

struct FeedItems {
    std::vector<RawArticle> articles;   // in document order; id = link, else guid/atom:id, else empty
    std::vector<std::string> warnings;  // "not well-formed XML (line 12: ...); read what could be recovered"
    std::string error;                  // set when the bytes are not a feed at all (nothing was read)
};

// Reads a whole feed document (UTF-8 or with an XML encoding declaration). Items give title, link, guid,
// pubDate/published/updated/dc:date (as written), author/dc:creator/atom:author, the first category, and
// the body from content:encoded or atom:content, else description/summary (HTML through the page reader's
// main-content extraction, webpage::fragment_body). The channel's title is each item's source, its language
// the items'. Never throws for malformed input.
FeedItems read_feed(std::string_view bytes);

// Content sniffing: the first bytes open an <rss>, <feed> or <rdf:RDF> document.
bool looks_like_feed(std::string_view head);

}  // namespace newsdex::ingest
