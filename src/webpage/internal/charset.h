// Finds a page's character encoding (BOM, HTTP header, <meta>) and decodes it to UTF-8.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace newsdex::webpage {

// The charset named in an HTTP Content-Type ("text/html; charset=ISO-8859-1"), lower case; "" when none.
std::string charset_from_content_type(std::string_view content_type);

// The charset a <meta charset> or <meta http-equiv content> in the first 4 KB of the page declares; "" when none.
std::string charset_from_meta(std::string_view head);

// The page as UTF-8. Order: BOM, HTTP header, <meta>; a declared charset ICU does not know, or bytes that are not
// valid in a declared UTF-8, fall back to the text reader's repair (UTF-8 else Windows-1252). Every guess adds a
// warning ("no charset declared; windows-1252 assumed").
std::string decode_page(std::string_view bytes, std::string_view content_type, std::vector<std::string>& warnings);

}  // namespace newsdex::webpage
