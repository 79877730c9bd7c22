// Maps the page reader's WebPage onto RawArticle, through the one mapping every web-page reader uses.
#include "ingest/page_article.h"

#include "ingest/web_article.h"
#include "webpage/web_page.h"

namespace newsdex::ingest {

PageArticle article_from_page(std::string_view bytes, const std::string& url, const std::string& content_type) {
    PageArticle out;
    webpage::WebPage page = webpage::read_web_page({bytes, url, content_type});
    out.warnings = page.warnings;
    if (page.body.find_first_not_of(" \t\r\n") == std::string::npos) return out;
    // An empty location leaves the id empty without a canonical URL: the caller names the page then.
    out.article = web_page_article(std::move(page), url, "");
    return out;
}

bool looks_like_html_page(std::string_view head) { return webpage::looks_like_html(head); }

}  // namespace newsdex::ingest
