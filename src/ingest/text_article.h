// Turns the contents of a plain-text or Markdown file into a RawArticle.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "core/article.h"

namespace newsdex::ingest {

// The first paragraph (up to the first blank line) is the headline, the rest is the body; a Markdown
// heading marker ("# ") is dropped. `utf8` must already be valid UTF-8. Returns the reason when there is
// no text at all.
std::variant<RawArticle, std::string> parse_text_article(std::string_view utf8);

// Why the raw bytes of a text file are binary junk rather than an article (issue 17: 100,000 control bytes or
// random bytes were indexed), or nullopt. Control characters other than tab, line breaks and form feed count
// against it: in valid UTF-8 more than a quarter of the bytes; in bytes that are not UTF-8 (they would be decoded
// as windows-1252, where random bytes hold about 11 % controls) more than 5 %. UTF-16 is not judged here.
std::optional<std::string> binary_reason(std::string_view bytes, bool utf16);

}  // namespace newsdex::ingest
