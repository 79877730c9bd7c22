// Reads schema.org Article-type objects from a page's <script type="application/ld+json"> blocks.
#pragma once

#include <string>
#include <vector>

#include "webpage/internal/dom.h"

namespace newsdex::webpage {

struct JsonLdArticle {
    std::string name, headline, author, description, publisher, published, modified, language, url, body;
    // schema.org's creator and dateCreated: weaker than author and datePublished (a CMS account, a draft's
    // date), so the page's own metadata outranks them.
    std::string creator, created;
    std::vector<std::string> sections;
};

// The first Article-like object (NewsArticle, BlogPosting, ReportageNewsArticle, ...) found at the top level, in
// an array or in an @graph; nothing when none. Malformed JSON is skipped silently (pages get it wrong often).
bool read_json_ld(const Document& doc, JsonLdArticle& out);

}  // namespace newsdex::webpage
