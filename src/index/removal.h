// Taking articles out of the index: by id (newsdex delete) and those whose input file is gone (ingest --prune).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "index/sharded_writer.h"

namespace newsdex::index {

struct Removed {
    std::size_t articles = 0;          // documents deleted
    std::vector<std::string> missing;  // ids asked for that are not in the index
};

// Deletes the articles with these ids (uncommitted until writer.commit()).
Removed remove_articles(ShardedWriter& writer, const std::vector<std::string>& ids);

// Deletes the articles read from files under `roots` (files or directories; resolved to real paths here)
// whose file no longer exists. Sees what the writer has committed. Returns how many were deleted; `gone`
// receives the vanished files' paths.
std::size_t prune_missing_files(ShardedWriter& writer, const std::vector<std::string>& roots,
                                std::vector<std::string>& gone);

}  // namespace newsdex::index
