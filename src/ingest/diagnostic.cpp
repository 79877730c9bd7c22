// Formatting of diagnostics for stderr.
#include "ingest/diagnostic.h"

#include "core/error.h"

namespace newsdex::ingest {

std::string format_diagnostic(const Diagnostic& d) {
    std::string out = escape_file_name(d.file);
    if (d.line > 0) out.append(":").append(std::to_string(d.line));
    out += ": ";
    out += d.reason;
    return out;
}

}  // namespace newsdex::ingest
