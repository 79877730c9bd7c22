// Compacting with Xapian::Database::compact under the index's lock, and swapping the result into place.
#include "index/compaction.h"

#include <fcntl.h>
#include <cstdio>
#include <memory>
#include <vector>

#include <xapian.h>

#include "core/error.h"
#include "index/index_folder.h"
#include "index/shard_router.h"

namespace newsdex::index {
namespace fs = std::filesystem;
namespace {

// Paths of the databases making up the index: its shards or segments, or the index itself.
std::vector<fs::path> parts_of(const fs::path& index) {
    StubParts stub = read_stub(index);
    if (stub.layout == Layout::plain) return {index};
    std::vector<fs::path> parts;
    for (unsigned n = 0; n < stub.count; ++n) parts.push_back(part_path(index, stub.layout, n));
    return parts;
}

// Compacts the parts of `source` into the new database `destination` (the caller holds the index lock).
void compact_parts(const fs::path& source, const fs::path& destination) {
    try {
        // Opening each part for writing takes Xapian's own lock too: an older newsdex cannot commit meanwhile.
        std::vector<Xapian::WritableDatabase> locks;
        Xapian::Database all;
        for (const auto& part : parts_of(source)) {
            locks.emplace_back(part.string(), Xapian::DB_OPEN);
            all.add_database(Xapian::Database(part.string()));
        }
        all.compact(destination.string(), Xapian::DBCOMPACT_MULTIPASS);
    } catch (const Xapian::DatabaseLockError&) {
        throw Error(ErrorKind::index, "index is locked by an ingest (wait for it to finish)", source.string());
    } catch (const Xapian::DatabaseNotFoundError&) {
        throw Error(ErrorKind::index, "no index here", source.string());
    } catch (const Xapian::Error& error) {
        remove_index_files(destination);  // made by this run; only Xapian's files are removed, never others
        throw Error(ErrorKind::index, "compaction failed: " + error.get_description(), source.string());
    }
}

// A sibling left by an interrupted compaction: removed when it holds only what newsdex makes, else refused.
void clear_leftover(const fs::path& path) {
    std::error_code ec;
    if (!fs::exists(fs::symlink_status(path, ec))) return;
    if (fs::is_directory(fs::symlink_status(path, ec)) && remove_index_files(path).empty()) return;
    throw Error(ErrorKind::io,
                "exists and holds files newsdex did not create; move it away before compacting (newsdex never "
                "deletes them)",
                path.string());
}

// Moves the entries of `from` that newsdex did not create into `to`, so the swap keeps them at their paths.
void carry_foreign_entries(const fs::path& from, const fs::path& to) {
    std::error_code ec;
    std::vector<fs::path> foreign;
    for (fs::directory_iterator it(from, ec), end; !ec && it != end; it.increment(ec)) {
        if (!is_index_entry(it->path().filename().string())) foreign.push_back(it->path());
    }
    for (const fs::path& entry : foreign) {
        fs::rename(entry, to / entry.filename(), ec);
        if (ec) throw Error(ErrorKind::io, "cannot carry over to the compacted index: " + ec.message(), entry.string());
    }
}

// Swaps `temp` into `target` and returns where the old index now is.
fs::path swap_in(const fs::path& temp, const fs::path& target) {
    if (renameat2(AT_FDCWD, temp.c_str(), AT_FDCWD, target.c_str(), RENAME_EXCHANGE) == 0) return temp;
    // Filesystems without RENAME_EXCHANGE: two renames, with a short window where `index` is missing.
    fs::path old = target;
    old += ".old";
    clear_leftover(old);
    std::error_code ec;
    fs::rename(target, old, ec);
    if (!ec) fs::rename(temp, target, ec);
    if (ec) throw Error(ErrorKind::io, "cannot swap in the compacted index: " + ec.message(), target.string());
    return old;
}

}  // namespace

std::uintmax_t directory_bytes(const fs::path& path) {
    std::uintmax_t total = 0;
    std::error_code ec;
    for (auto it = fs::recursive_directory_iterator(path, ec); !ec && it != fs::recursive_directory_iterator();
         it.increment(ec)) {
        if (it->is_regular_file(ec)) total += it->file_size(ec);
    }
    return total;
}

void compact_index(const fs::path& source, const fs::path& destination) {
    if (fs::exists(destination)) {
        throw Error(ErrorKind::usage, "compaction output exists already; name a new directory", destination.string());
    }
    IndexLock lock(source, IndexLock::Mode::existing);
    compact_parts(source, destination);
    write_marker(destination);
}

CompactSizes compact_in_place(const fs::path& index) {
    fs::path target = fs::absolute(index).lexically_normal();
    if (target.has_filename() == false) target = target.parent_path();
    IndexLock lock(target, IndexLock::Mode::existing);
    fs::path temp = target;
    temp += ".compacting";
    clear_leftover(temp);
    CompactSizes sizes;
    sizes.before = directory_bytes(target);
    if (read_stub(target).layout == Layout::segments) {
        // A segmented index stays segmented, as one full segment: later ingests add segments after it rather
        // than commit into one ever larger database (sharded_writer.h).
        std::error_code ec;
        fs::create_directories(temp, ec);
        compact_parts(target, part_path(temp, Layout::segments, 0));
        write_stub(temp, Layout::segments, 1);
    } else {
        compact_parts(target, temp);
    }
    write_marker(temp);
    carry_foreign_entries(target, temp);
    fs::path old = swap_in(temp, target);
    sizes.kept = remove_index_files(old);
    sizes.after = directory_bytes(target);
    return sizes;
}

}  // namespace newsdex::index
