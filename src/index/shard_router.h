// Sharded indexes: which shard an article lives in, and the Xapian stub file that lists the shards.
// A sharded index is a directory holding shard0/ ... shardN-1/ (ordinary Xapian databases) and a stub file
// named XAPIANDB whose lines are "auto shard0" ...; Xapian opens such a directory as one database, so
// newsdex, xapian-delve and python3-xapian all see a single index (Xapian's "stub database" format).
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

// Number of shards listed by index/XAPIANDB, or 0 when `index` has no stub file (a plain database or
// nothing yet). Throws Error(index) when the stub lists something other than newsdex's own shard lines.
unsigned read_shard_count(const std::filesystem::path& index);

// Writes index/XAPIANDB listing shard0..shards-1 (relative paths, so the index can be moved), replacing
// any previous stub atomically (write to a temporary file, then rename). Throws Error(io) on failure.
void write_stub(const std::filesystem::path& index, unsigned shards);

}  // namespace newsdex::index
