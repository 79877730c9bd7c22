// Synthetic but varied JSONL articles for the reliability tests (issue 7), so they need nothing from ../shared.
#pragma once

#include <string>

namespace newsdex::test {

// "<prefix>-00042": the id of article 42 (ids sort in input order).
std::string synthetic_id(int i, const std::string& prefix = "crash");

// Writes `count` articles to `path` as JSONL (one per line, ids in order, all with title, body and date);
// the same seed gives the same file.
void write_synthetic_corpus(const std::string& path, int count, const std::string& prefix = "crash",
                            unsigned seed = 20151215);

}  // namespace newsdex::test
