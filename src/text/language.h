// Guesses an article's language from its commonest function words.
#pragma once

#include <string>
#include <string_view>

namespace newsdex::text {

// ISO 639-1 code of the likeliest language among those Snowball stems (en, de, fr, es, it, nl, pt, sv,
// da, no, fi, ru), or "" when the text is too short to tell. Only the first few kilobytes are read.
std::string detect_language(std::string_view utf8);

// Snowball stemmer name for an ISO 639-1 code ("en" -> "english"), or "" when Xapian has none.
std::string stemmer_for_language(std::string_view code);

// The codes stemmer_for_language knows, comma-separated ("en, de, ..."), for --help and error messages.
std::string stemming_language_codes();

}  // namespace newsdex::text
