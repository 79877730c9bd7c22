// Resolves the data directory once; the environment wins so installed copies can move.
#include "core/data_dir.h"

#include <cstdlib>

namespace newsdex {

std::filesystem::path data_dir() {
    if (const char* env = std::getenv("NEWSDEX_DATA_DIR"); env != nullptr && *env != '\0') {
        return env;
    }
    return NEWSDEX_SOURCE_DATA_DIR;
}

}  // namespace newsdex
