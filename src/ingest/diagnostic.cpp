// Formatting of diagnostics for stderr.
#include "ingest/diagnostic.h"

namespace newsdex::ingest {

std::string format_diagnostic(const Diagnostic& d) {
    std::string out = d.file;
    if (d.line > 0) out += ":" + std::to_string(d.line);
    out += ": ";
    out += d.reason;
    return out;
}

}  // namespace newsdex::ingest
