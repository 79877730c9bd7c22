// `newsdex ingest PATH...`: parse options, run the ingest pipeline, print the summary.
#pragma once

#include <string>
#include <variant>
#include <vector>

#include "pipeline/ingest_pipeline.h"

namespace newsdex::cli {

struct IngestSettings {
    pipeline::IngestOptions options;
    bool quiet = false;
    bool compact = false;  // --compact: compact in place after the ingest
    bool verbose = false;  // -v: one line per input that holds no article (else a count per reason)
    bool prune = false;    // --prune: delete articles whose file is gone under the inputs
};

std::variant<IngestSettings, int> parse_ingest(const std::vector<std::string>& args);

}  // namespace newsdex::cli
