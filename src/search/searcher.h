// Runs QuerySpecs against an open index. One Searcher per thread: Xapian::Database is not thread-safe.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <xapian.h>

#include "search/dense_lengths.h"
#include "search/facet_columns.h"
#include "search/query_builder.h"
#include "search/query_spec.h"
#include "search/search_result.h"
#include "text/alias_table.h"

namespace newsdex::search {

// Opens the index (a database directory or a Xapian stub file). Throws Error(index) saying how to create
// one when it is missing or unreadable.
Xapian::Database open_index(const std::vector<std::string>& locations);

// True for tcp://HOST:PORT, a shard served by xapian-tcpsrv (Xapian's remote backend).
bool is_remote_location(const std::string& location);

class Searcher {
public:
    // `aliases` may be null (filters then match canonical names as typed).
    Searcher(Xapian::Database db, const text::AliasTable* aliases);
    ~Searcher();
    Searcher(Searcher&&) = default;

    // Throws Error(query) for malformed queries and Error(usage) for unknown facets.
    SearchResult search(const QuerySpec& spec);

    // Reopens the database after a concurrent commit (Xapian's DatabaseModifiedError).
    void reopen();

    // Count facets through in-memory columns (facet_columns.h) and weigh from document lengths in memory
    // (dense_lengths.h), both loaded on first use: for processes that run many queries on local databases, such
    // as `newsdex batch` and `serve` (a posting source cannot go to a remote shard).
    void keep_columns() {
        keep_columns_ = true;
        if (!lengths_) lengths_ = std::make_unique<DocLengthCache>();
    }

    const Xapian::Database& database() const noexcept { return db_; }

private:
    SearchResult run(const QuerySpec& spec);
    // With keep_columns() and the default IneB2, sets `enquire`'s query to the same query weighed from document
    // lengths in memory (dense_lengths.h: the same scores) and, when hits carry snippets, returns an MSet of the
    // terms themselves (no hits) for the snippets to mark. Otherwise leaves `enquire` alone and returns nothing.
    std::optional<Xapian::MSet> weigh_from_memory(Xapian::Enquire& enquire, const Xapian::Weight& weighting,
                                                  const QuerySpec& spec);
    // Whether the spelling-corrected query matches at least twice as many articles as `matches_at_most`
    // (the query as typed), so "did you mean" is worth showing.
    bool suggestion_matches_much_more(const Xapian::Query& corrected, std::size_t count_bound,
                                      std::size_t matches_at_most) const;

    Xapian::Database db_;
    const text::AliasTable* aliases_;
    index::Stemming stemming_{"english"};    // the index's: for queries and snippets
    std::unique_ptr<QueryBuilder> builder_;  // made on first use, remade after reopen()
    bool keep_columns_ = false;
    FacetColumnCache facet_columns_;
    std::unique_ptr<DocLengthCache> lengths_;  // set by keep_columns()
};

}  // namespace newsdex::search
