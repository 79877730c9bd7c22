// Name-field clauses (person:kerry, org:"bank of england", place:mos*) as queries over the index's names.
#pragma once

#include <memory>
#include <string>

#include <xapian.h>

namespace newsdex::search {

// An article holds one boolean term per distinct name of an entity field: "XPERSON:john kerry" (canonical)
// and "XPERSON:karry" (another written form). A clause's words match the names that contain them as whole
// words, in order, case-folded; a trailing * matches any word starting with what precedes it. The result
// is the OR of those names' terms (a filter: QueryParser weighs boolean fields 0), MatchNothing if none.
// Names are found by reading the field's terms (Database::allterms_begin(prefix)), which works on remote
// shards too; a clause matching more than `max_wildcard_expansion` names records a failure and matches nothing.
class NameFieldProcessor : public Xapian::FieldProcessor {
public:
    // `failure` receives the first error message (a FieldProcessor must not throw: see query_builder.cpp).
    NameFieldProcessor(Xapian::Database db, std::string prefix, std::string field,
                       std::shared_ptr<std::string> failure);

    Xapian::Query operator()(const std::string& text) override;

private:
    Xapian::Database db_;
    std::string prefix_;  // "XPERSON"
    std::string field_;   // "person", for messages
    std::shared_ptr<std::string> failure_;
};

}  // namespace newsdex::search
