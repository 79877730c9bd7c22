// Proximity boost for plain multi-word queries: documents where neighbouring query words stand close together
// rank above documents that only hold them far apart. The match set never changes.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

namespace newsdex::search {

// How strongly, and within how many words, neighbouring query words are rewarded for standing together.
struct ProximitySettings {
    double weight = 0;           // scale of the pair's weight (0: off)
    Xapian::termpos window = 0;  // the two words within this many positions of each other, either order
};

// The lower-cased words of `text` when it is plain free text (words only: no quotes, fields, brackets,
// +/- signs, wildcards or upper-case operators), else none: anything else asked for structure already.
std::vector<std::string> plain_query_words(std::string_view normalized_text);

// `query` OR-boosted (OP_AND_MAYBE, so matches and counts stay as they are) by each pair of neighbouring
// non-stop words of `words` found within `settings.window` positions, the pair scored by its words' weights (the
// search's weighting scheme) times `settings.weight`. Terms are the unstemmed words, which are the positional ones
// in the index (STEM_SOME: stemmed Z terms carry no positions). `query` unchanged when there is no pair or the
// weight is 0.
Xapian::Query with_proximity(const Xapian::Query& query, const std::vector<std::string>& words,
                             const Xapian::Stopper* stopper, const ProximitySettings& settings);

}  // namespace newsdex::search
