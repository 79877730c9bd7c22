// The text of an HTML fragment (a feed item's content:encoded or description), paragraphs kept.
#pragma once

#include <string>
#include <string_view>

namespace newsdex::ingest::internal {

// Parses `html` with libxml2's HTML parser (lenient: any bytes give some text) and returns its text: block
// elements separated by blank lines, whitespace runs folded, script/style/noscript dropped. Plain text
// without markup comes back with whitespace folded.
std::string html_fragment_text(std::string_view html);

}  // namespace newsdex::ingest::internal
