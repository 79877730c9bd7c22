// Printers for one stored article (`newsdex show`, /api/article/ID): text, JSON and a standalone HTML page.
#pragma once

#include <ostream>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "search/stored_article.h"

namespace newsdex::output {

// Headline, then "field: value" lines (id, date, source, url, authors, category, language, entities, mentioned
// dates), a blank line and the body.
void print_article_text(std::ostream& out, const search::StoredArticle& article);

// {"id","title","date","source","url","authors","category","language","body","stored_text",
//  "entities":{"person","org","place","source"},"mentions":[...],"marks":[{"field","start","end","kind","value",
//  "query"}]}; "date" is null when unknown. docs/api.md documents it.
nlohmann::json article_to_json(const search::StoredArticle& article);

// A whole HTML document: every field escaped, names and dates as <mark class="KIND"> elements.
std::string article_to_html(const search::StoredArticle& article);

// Text with & < > " ' replaced by character references: safe in element content and quoted attributes.
std::string html_escape(std::string_view text);

}  // namespace newsdex::output
