// INTERIM until src/webpage lands (issue 18, branch web): no page reader yet, so HTML gives no article.
#include "ingest/page_article.h"

namespace newsdex::ingest {

PageArticle article_from_page(std::string_view, const std::string&, const std::string&) {
    return {std::nullopt, {"HTML page reader not built yet (src/webpage)"}};
}

bool looks_like_html_page(std::string_view head) {
    for (std::string_view tag : {"<!doctype html", "<!DOCTYPE html", "<!DOCTYPE HTML", "<html", "<HTML"}) {
        if (head.find(tag) != std::string_view::npos) return true;
    }
    return false;
}

}  // namespace newsdex::ingest
