// An index folder as newsdex owns it: the marker that says it is newsdex's, the one write lock of the whole index,
// and which files in it newsdex may remove (those newsdex or Xapian made there, never anything else). Issue 17.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace newsdex::index {

// Written first into every index folder newsdex creates (and into every compacted copy). Folders made by older
// versions lack it; they are still recognised as newsdex's by their stub or their Xapian metadata.
constexpr std::string_view marker_file_name = "NEWSDEX-INDEX";

// The lock of the whole index, whatever its layout: every ingest and compact holds it (flock) before it creates
// or changes anything, so two writers of different kinds (plain, --shards, compact) never interleave.
constexpr std::string_view lock_file_name = "newsdex.lock";

enum class FolderKind {
    empty,    // missing, or empty but for newsdex's lock file
    newsdex,  // the marker, a stub of newsdex's parts, or a Xapian database with newsdex's schema metadata
    foreign,  // anything else: newsdex creates no index here
};

FolderKind inspect_folder(const std::filesystem::path& folder);

// True for an entry of an index folder (or of one of its shard/segment folders) that newsdex or Xapian creates:
// Xapian's glass tables, version and lock files, the stub, the marker, the lock file, shard<n>/ and seg<n>/.
bool is_index_entry(const std::string& name);

// Removes from `folder` what newsdex or Xapian made there (recursing into shard<n>/ and seg<n>/), then the folder
// itself when that left it empty. Returns the entries left: those newsdex did not create.
std::vector<std::filesystem::path> remove_index_files(const std::filesystem::path& folder);

// Writes the marker into `folder` (durably: a crash after this leaves a folder newsdex recognises).
// Throws Error(io).
void write_marker(const std::filesystem::path& folder);

// Holds the index's lock for its lifetime. Throws Error(index) when another ingest or compact holds it.
class IndexLock {
public:
    enum class Mode {
        create,    // ingest: an empty or missing folder becomes a new index (marker first); a foreign one is refused
        existing,  // compact: the folder must already be a newsdex index
    };
    // Throws Error(usage) for a foreign folder (nothing is created in it), Error(index) when there is no index
    // (Mode::existing) or it is locked, Error(io) when the folder or lock file cannot be made.
    IndexLock(const std::filesystem::path& index, Mode mode);
    ~IndexLock();
    IndexLock(const IndexLock&) = delete;
    IndexLock& operator=(const IndexLock&) = delete;

private:
    int fd_ = -1;
};

}  // namespace newsdex::index
