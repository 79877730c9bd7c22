// The English stop word list applied to free-text queries (never at index time, so phrases still match).
#pragma once

#include <xapian.h>

namespace newsdex::search {

// A stopper holding a standard English list (the SMART-derived list Xapian's and Lucene's analyzers
// start from, trimmed to function words). Stop words are dropped from OR-style queries only: QueryParser
// keeps them inside phrases and where the query would otherwise be empty ("the who").
const Xapian::Stopper& english_stopper();

}  // namespace newsdex::search
