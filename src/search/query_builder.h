// Turns a QuerySpec into a Xapian::Query, with a QueryParser configured from schema.h and the index's own
// stemmers (index/stemming.h), so query terms are spelt exactly as the ingester spelt them.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <xapian.h>

#include "index/stemming.h"
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
    // `stemming`: the index's (Stemming::of_index), when the caller has read it already (nullopt: read it here).
    // Not thread-safe (it keeps its QueryParsers): one builder per thread, like the Database it reads.
    QueryBuilder(const Xapian::Database& db, const text::AliasTable* aliases,
                 std::optional<index::Stemming> stemming = std::nullopt);

    // Throws Error(query) with the column of the problem (1-based, 0 when unknown) for malformed queries,
    // impossible dates, unknown facet fields and runaway wildcards.
    BuiltQuery build(const QuerySpec& spec) const;

    // The query text alone (no filters), e.g. for a corrected query. In an index whose articles are stemmed by
    // language, each other language's articles are matched by the text as that language's stemmer parses it:
    // `own AND_NOT (Lde OR Lfr)  OR  (german FILTER Lde)  OR  (french FILTER Lfr)`, a language left out when its
    // parse is the same as the index's own; a branch's term that the own parse spells otherwise is weighted as a
    // synonym of it, so it carries the word's statistics. Articles of the index's language are matched and weighted
    // exactly as in an index of that language alone.
    Xapian::Query parse(const std::string& text, std::string* corrected) const;

private:
    Xapian::Query filters(const QuerySpec& spec) const;
    Xapian::Query parse_text(const std::string& text, std::string* corrected, bool stopwords) const;
    Xapian::Query parse_with(Xapian::QueryParser& parser, const std::string& normalized, bool stopwords) const;
    Xapian::Query in_other_languages(Xapian::Query own, const std::string& normalized, bool stopwords) const;
    std::unique_ptr<Xapian::QueryParser> make_parser(const std::string& stemmer) const;
    Xapian::QueryParser& parser() const;

    Xapian::Database db_;
    const text::AliasTable* aliases_;
    index::Stemming stemming_;
    // The first error a field processor met while parsing (they must not throw; query_builder.cpp).
    std::shared_ptr<std::string> failure_;
    mutable std::unique_ptr<Xapian::QueryParser> parser_;  // built on first use
    // One per stemming_.other_languages(), in its order, built on first use.
    mutable std::vector<std::unique_ptr<Xapian::QueryParser>> language_parsers_;
};

// Filter fields accepted in QuerySpec::filters, comma-separated, for --help and validation.
std::string filter_field_names();

}  // namespace newsdex::search
