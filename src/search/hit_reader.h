// Turns an MSet into Hits: ids, stored fields, entity lists and snippets. Shared by search and similar.
#pragma once

#include <cstddef>
#include <vector>

#include <xapian.h>

#include "index/stemming.h"
#include "search/search_result.h"

namespace newsdex::search {

struct HitOptions {
    std::size_t first_rank = 1;  // rank of the MSet's first hit (offset + 1)
    bool ids_only = false;       // only id, rank and score: no document data read (bench and TREC runs)
    bool snippets = true;
    bool collapse = false;  // fill Hit::duplicates from the collapse count
    // The MSet whose query's terms snippets mark, when the hits' own query is not made of them (posting sources,
    // search/dense_lengths.h); null: the hits' MSet.
    const Xapian::MSet* snippet_words = nullptr;
};

// Snippets mark the words of each hit that match the query as its own language's stemmer stems them
// (`stemming`: the index's).
std::vector<Hit> read_hits(const Xapian::MSet& mset, index::Stemming& stemming, const HitOptions& options);

}  // namespace newsdex::search
