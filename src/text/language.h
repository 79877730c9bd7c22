// Guesses an article's language from its commonest function words.
#pragma once

#include <string>
#include <string_view>

namespace newsdex::text {

// ISO 639-1 code of the likeliest language among those Snowball stems (en, de, fr, es, it, nl, pt, sv,
// da, no, fi, ru), or "" when the text holds too few of any language's commonest words to tell (fewer than
// 3 different ones; words in capitals, as in headlines, are not counted). Only the first few kilobytes are read.
std::string detect_language(std::string_view utf8);

// Snowball stemmer name for an ISO 639-1 code ("en" -> "english"), or "" when Xapian has none.
std::string stemmer_for_language(std::string_view code);

// The ISO 639-1 code whose stemmer this is ("german" -> "de"), or "" when no language here has it.
std::string language_for_stemmer(std::string_view stemmer);

// Whether the language writes every noun with a capital (German; index/stemming.h says what follows).
bool capitalises_nouns(std::string_view code);

// The codes stemmer_for_language knows, comma-separated ("en, de, ..."), for --help and error messages.
std::string stemming_language_codes();

}  // namespace newsdex::text
