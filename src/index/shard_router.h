// Index layouts: which shard an article lives in, and the Xapian stub file that lists an index's parts.
// A sharded index is a directory holding shard0/ ... shardN-1/ (ordinary Xapian databases) and a stub file
// named XAPIANDB whose lines are "auto shard0" ...; a segmented index holds seg0/ ... segN-1/ (articles in the
// order written, a new segment once the last is full: segmented_writer.h) and lines "auto seg0" .... Xapian
// opens such a directory as one database, so newsdex, xapian-delve and python3-xapian all see a single index
// (Xapian's "stub database" format).
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

namespace newsdex::index {

// Name of the stub file inside a sharded index directory (Xapian looks for exactly this name).
constexpr std::string_view stub_file_name = "XAPIANDB";

// Shard of the article with this unique term, in [0, shards). A pure function of the term (64-bit FNV-1a),
// so a re-ingest routes an article to the shard that already holds it.
unsigned shard_for(std::string_view unique_term, unsigned shards);

// Directory of shard `n` inside `index`: index/shard<n>.
std::filesystem::path shard_path(const std::filesystem::path& index, unsigned n);

enum class Layout {
    plain,     // one Xapian database at the index path (or nothing yet)
    shards,    // shard<n>/, articles routed by shard_for()
    segments,  // seg<n>/, articles in the order written
};

struct StubParts {
    Layout layout = Layout::plain;
    unsigned count = 0;  // parts listed by the stub; 0 for a plain index
};

// What index/XAPIANDB lists: plain/0 when there is no stub file. Throws Error(index) when the stub lists
// something other than newsdex's own lines, in order, all of one kind.
StubParts read_stub(const std::filesystem::path& index);

// Number of shards listed by index/XAPIANDB, or 0 when `index` is not sharded (plain, segmented or nothing).
unsigned read_shard_count(const std::filesystem::path& index);

// Directory of part `n` of a sharded or segmented index: index/shard<n> or index/seg<n>.
std::filesystem::path part_path(const std::filesystem::path& index, Layout layout, unsigned n);

// Writes index/XAPIANDB listing the `count` parts (relative paths, so the index can be moved), replacing any
// previous stub atomically (write to a temporary file, fsync, then rename). Throws Error(io) on failure.
void write_stub(const std::filesystem::path& index, Layout layout, unsigned count);
inline void write_stub(const std::filesystem::path& index, unsigned shards) {
    write_stub(index, Layout::shards, shards);
}

}  // namespace newsdex::index
