// Compaction: rewrites an index (plain, sharded or segmented) as one compact Xapian database, through Xapian's
// own Database::compact, which also merges shards and segments into one.
#pragma once

#include <cstdint>
#include <filesystem>
#include <vector>

namespace newsdex::index {

// Compacts the index at `source` (a database directory, or a sharded or segmented index with its stub file) into
// a new database at `destination`, which must not exist yet. Shards and segments are merged into one database. Holds the
// index's lock (index_folder.h) meanwhile, so no ingest changes the source under it. Throws Error(index/io/usage).
void compact_index(const std::filesystem::path& source, const std::filesystem::path& destination);

// Compacts `index` in place: into a temporary sibling directory, then swaps the two directories atomically
// (renameat2 RENAME_EXCHANGE), so a reader sees either the old or the new index, never a mix; readers that
// had the old one open keep reading it until they reopen. A segmented index becomes one segment (seg0 and its
// stub), a sharded one a plain database. Returns the size in bytes before and after. Files in the index folder that
// newsdex did not create move with it into the compacted folder; nothing but newsdex's and Xapian's own files is
// ever removed (issue 17): what is left of the old folder (files newsdex did not make inside a shard or segment
// folder) stays at DIR.compacting and is listed in `kept`.
struct CompactSizes {
    std::uintmax_t before = 0;
    std::uintmax_t after = 0;
    std::vector<std::filesystem::path> kept;
};
CompactSizes compact_in_place(const std::filesystem::path& index);

// Bytes of the files under `path`.
std::uintmax_t directory_bytes(const std::filesystem::path& path);

}  // namespace newsdex::index
