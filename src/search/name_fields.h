// Query text for the unstemmed name fields (person:, org:, place:, source:).
#pragma once

#include <string>

namespace newsdex::search {

// Returns `text` with the first letter of every word searched in an unstemmed field upper-cased:
// "person:kerry" -> "person:Kerry", "org:(bank england)" -> "org:(Bank England)". QueryParser's STEM_SOME
// leaves a word that starts with a capital unstemmed (and lower-cases it), so the query looks up the
// XPERSONkerry the index holds rather than a stemmed ZXPERSONkerri it does not. Phrases ("...") are never
// stemmed and are left alone, as is everything outside those fields.
std::string capitalise_name_fields(const std::string& text);

}  // namespace newsdex::search
