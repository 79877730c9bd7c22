// Parses UTF-8 HTML into a Document with libxml2's HTML parser (chosen over gumbo by measurement: README).
#pragma once

#include <string_view>

#include "webpage/internal/dom.h"

namespace newsdex::webpage {

// Never throws for malformed markup: the parser recovers from any input. Comments are
// dropped; elements nested deeper than max_dom_depth become children of their deepest allowed ancestor.
Document parse_html(std::string_view utf8);

}  // namespace newsdex::webpage
