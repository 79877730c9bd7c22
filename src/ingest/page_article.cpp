// An HTML page as an article: the page reader (src/webpage) does the work; this maps its WebPage onto RawArticle.
#include "ingest/page_article.h"

#include <cctype>

#include "webpage/web_page.h"

namespace newsdex::ingest {
namespace {

// "en-US" -> "en": RawArticle holds the ISO 639 code.
std::string language_code(const std::string& tag) {
    std::string code;
    for (char c : tag) {
        if (c == '-' || c == '_') break;
        code += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return code.size() == 2 || code.size() == 3 ? code : std::string();
}

bool is_url(const std::string& s) { return s.find("://") != std::string::npos; }

// id = canonical URL, else `url` (a WARC target URI; empty for a file, which the caller names).
RawArticle article_of(webpage::WebPage&& page, const std::string& url) {
    webpage::PageMetadata& meta = page.metadata;
    RawArticle article;
    article.id = !meta.canonical_url.empty() ? meta.canonical_url : url;
    article.url = !meta.canonical_url.empty() ? meta.canonical_url : (is_url(url) ? url : "");
    article.title = std::move(meta.title);
    article.body = std::move(page.body);
    article.date = std::move(meta.published);
    if (!meta.byline.empty()) article.authors.push_back(std::move(meta.byline));
    article.source = std::move(meta.site_name);
    article.language = language_code(meta.language);
    if (!meta.categories.empty()) article.category = std::move(meta.categories.front());
    return article;
}

}  // namespace

PageArticle article_from_page(std::string_view bytes, const std::string& url, const std::string& content_type) {
    PageArticle out;
    webpage::WebPage page = webpage::read_web_page({bytes, url, content_type});
    out.warnings = page.warnings;
    if (page.body.find_first_not_of(" \t\r\n") == std::string::npos) return out;
    out.article = article_of(std::move(page), url);
    return out;
}

bool looks_like_html_page(std::string_view head) { return webpage::looks_like_html(head); }

}  // namespace newsdex::ingest
