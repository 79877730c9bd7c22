// WebPage -> RawArticle: the one mapping every web-page reader uses, so ids and fields agree across formats.
#include "ingest/web_article.h"

#include <cctype>

namespace newsdex::ingest {
namespace {

bool is_url(const std::string& s) { return s.find("://") != std::string::npos; }

// "en-US" -> "en": RawArticle holds the ISO 639-1 code.
std::string language_code(const std::string& tag) {
    std::string code;
    for (char c : tag) {
        if (c == '-' || c == '_') break;
        code += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return code.size() == 2 || code.size() == 3 ? code : std::string();
}

}  // namespace

RawArticle web_page_article(webpage::WebPage&& page, const std::string& location, const std::string& origin) {
    webpage::PageMetadata& meta = page.metadata;
    RawArticle article;
    article.id = !meta.canonical_url.empty() ? meta.canonical_url : location;
    article.url = !meta.canonical_url.empty() ? meta.canonical_url : (is_url(location) ? location : "");
    article.origin = origin;
    article.title = std::move(meta.title);
    article.body = std::move(page.body);
    article.date = std::move(meta.published);
    if (!meta.byline.empty()) article.authors.push_back(std::move(meta.byline));
    article.source = std::move(meta.site_name);
    article.language = language_code(meta.language);
    if (!meta.categories.empty()) article.category = std::move(meta.categories.front());
    return article;
}

}  // namespace newsdex::ingest
