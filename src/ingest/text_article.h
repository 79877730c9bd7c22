// Turns the contents of a plain-text or Markdown file into a RawArticle.
#pragma once

#include <string>
#include <string_view>
#include <variant>

#include "core/article.h"

namespace newsdex::ingest {

// The first paragraph (up to the first blank line) is the headline, the rest is the body; a Markdown
// heading marker ("# ") is dropped. `utf8` must already be valid UTF-8. Returns the reason when there is
// no text at all.
std::variant<RawArticle, std::string> parse_text_article(std::string_view utf8);

}  // namespace newsdex::ingest
