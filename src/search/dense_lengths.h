// IneB2 weighed from document lengths held in memory (issue 15, docs/performance.md "Document lengths in memory").
// Xapian 1.4 reads a candidate's length from glass's length list, stored in chunks of several hundred documents
// that are decoded from their start up to the document: about 3,000 instructions per candidate when the matches
// are sparse, most of a ranked pass on a big index. A long-lived Searcher keeps each database's lengths in an
// array instead and weighs terms through a posting source that does what Xapian's IneB2Weight does, operation for
// operation, so scores, order and counts stay the same to the last bit.
#pragma once

#include <map>
#include <string>
#include <vector>

#include <xapian.h>

namespace newsdex::search {

// Every document's length of each database a query runs on (each segment of a segmented index), by UUID, read in
// one sequential pass on first use: 4 bytes per document.
class DocLengthCache {
public:
    const std::vector<Xapian::termcount>& lengths(const Xapian::Database& db);
    void clear() { by_uuid_.clear(); }

private:
    std::map<std::string, std::vector<Xapian::termcount>> by_uuid_;
};

// `query` with each weighted term (wqf 1, outside phrases and scaled weights) replaced by a posting source that
// weighs it by IneB2 with parameter `c` on `db`, as Xapian's IneB2Weight(c) would; what it cannot replace exactly
// stays as it is (Xapian weighs it the same). Boolean parts (filters, AND_NOT's right side) are left alone.
// `cache` must outlive every search of the returned query.
Xapian::Query with_dense_lengths(const Xapian::Query& query, const Xapian::Database& db, double c,
                                 DocLengthCache& cache);

}  // namespace newsdex::search
