// Turns a QuerySpec into a Xapian::Query, with a QueryParser configured from schema.h and the index's own
// stemmer, so query terms are spelt exactly as the ingester spelt them.
#pragma once

#include <memory>
#include <string>

#include <xapian.h>

#include "search/query_spec.h"
#include "text/alias_table.h"

namespace newsdex::search {

// Wildcards expanding to more terms than this are refused with a clear message rather than run slowly.
constexpr Xapian::termcount max_wildcard_expansion = 1000;

struct BuiltQuery {
    Xapian::Query query;
    std::string corrected;  // spelling suggestion for the query text ("" when none)
};

class QueryBuilder {
public:
    // `aliases` maps filter values to canonical names (--place US -> United States); may be null.
    // `stemmer`: the index's Snowball language, when the caller has read it already ("": read it here).
    // Not thread-safe (it keeps one QueryParser): one builder per thread, like the Database it reads.
    QueryBuilder(const Xapian::Database& db, const text::AliasTable* aliases, std::string stemmer = "");

    // Throws Error(query) with the column of the problem (1-based, 0 when unknown) for malformed queries,
    // impossible dates, unknown facet fields and runaway wildcards.
    BuiltQuery build(const QuerySpec& spec) const;

    // The query text alone (no filters), e.g. for a corrected query.
    Xapian::Query parse(const std::string& text, std::string* corrected) const;

private:
    Xapian::Query filters(const QuerySpec& spec) const;
    Xapian::Query parse_text(const std::string& text, std::string* corrected, bool stopwords) const;
    Xapian::QueryParser& parser() const;

    Xapian::Database db_;
    const text::AliasTable* aliases_;
    std::string stemmer_;
    // The first error a field processor met while parsing (they must not throw; query_builder.cpp).
    std::shared_ptr<std::string> failure_;
    mutable std::unique_ptr<Xapian::QueryParser> parser_;  // built on first use
};

// Filter fields accepted in QuerySpec::filters, comma-separated, for --help and validation.
std::string filter_field_names();

}  // namespace newsdex::search
