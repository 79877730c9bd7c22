// An HTML page as an article: the page reader's body and metadata in RawArticle's fields.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/article.h"

namespace newsdex::ingest {

struct PageArticle {
    std::optional<RawArticle> article;  // unset when the page has no text at all
    std::vector<std::string> warnings;  // the page reader's (charset guessed, page cut, ...)
};

// Reads `bytes` as an HTML page fetched from `url` (may be empty) with HTTP `content_type` (may be empty).
// The id is the page's canonical URL when it has one, else empty (the caller names it). Never throws for
// malformed HTML.
PageArticle article_from_page(std::string_view bytes, const std::string& url, const std::string& content_type);

// Content sniffing: the first bytes look like an HTML page.
bool looks_like_html_page(std::string_view head);

}  // namespace newsdex::ingest
