// Turns an extracted web page into the ingester's RawArticle (shared by the HTML, WARC and feed readers).
#pragma once

#include <string>

#include "core/article.h"
#include "webpage/web_page.h"

namespace newsdex::ingest {

// id = the page's canonical URL, else `location` (the URL or path the page came from); url = canonical URL, else
// `location` when it is a URL; title, body, date (= published, as found), author (byline), source (site name),
// language, category (the first). `origin` is the file the page was read from.
RawArticle web_page_article(webpage::WebPage&& page, const std::string& location, const std::string& origin);

}  // namespace newsdex::ingest
