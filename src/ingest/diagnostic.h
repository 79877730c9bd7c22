// A problem with one input item: reported, counted, and the run goes on.
#pragma once

#include <cstddef>
#include <functional>
#include <string>

namespace newsdex::ingest {

struct Diagnostic {
    std::string file;
    std::size_t line = 0;  // 0 when the problem concerns the whole file
    std::string reason;    // what is wrong and what was done ("skipped", "repaired as windows-1252")
    bool skipped = true;   // false for repairs: the article was still indexed
    // An input that holds no article (an image in a folder, a WARC request record): not a failure; shown at
    // -v, counted by reason in the summary. `skipped` is false for these.
    bool passed_over = false;
};

// Receives diagnostics; must not throw.
using Reporter = std::function<void(const Diagnostic&)>;

// "file:line: reason"
std::string format_diagnostic(const Diagnostic& diagnostic);

}  // namespace newsdex::ingest
