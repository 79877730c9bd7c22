// Nested random samples of the collection as boolean terms, so facets over a huge match set can count a
// sample of it (query FILTER XSAMPLE<n>) instead of reading every matching document.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace newsdex::index {

// Sampling rates on offer: a document is in the 1-in-n sample for n = 4, 16, ..., max_sample_rate. The samples
// nest (every member of the 1-in-16 sample is in the 1-in-4 one), and membership depends only on the
// article's id, so it is the same on every shard, after re-ingests and after compaction.
constexpr unsigned first_sample_rate = 4;
constexpr unsigned max_sample_rate = 16384;

// The XSAMPLE<n> term of the 1-in-n sample (n a power of 4 from first_sample_rate to max_sample_rate).
std::string sample_term(unsigned rate);

// The sample terms of the article with this unique (Q) term: none for three articles in four.
std::vector<std::string> sample_terms_for(std::string_view unique_term);

}  // namespace newsdex::index
