// Headline field weight: a plain free-text query's words scored again as headline terms (schema prefix S), on
// their own statistics, so a headline match counts apart from how often the body repeats a word.
#pragma once

#include <xapian.h>

namespace newsdex::search {

// `query` OR-boosted (OP_AND_MAYBE: the match set and counts stay as they are) by the headline copy of each of
// its free-text terms: "word" -> "Sword", stemmed "Zstem" -> "ZSstem" (TermGenerator's spelling of a prefixed
// stem), the copies ORed and scaled by `weight`. Prefixed terms (fields, filters) get no copy. `query` unchanged
// when the weight is 0 or it holds no free-text term.
Xapian::Query with_headline_boost(const Xapian::Query& query, double weight);

}  // namespace newsdex::search
