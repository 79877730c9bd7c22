// Compacting with Xapian::Database::compact under the writers' locks, and swapping the result into place.
#include "index/compaction.h"

#include <fcntl.h>
#include <cstdio>
#include <memory>
#include <vector>

#include <xapian.h>

#include "core/error.h"
#include "index/shard_router.h"

namespace newsdex::index {
namespace {

// Paths of the databases making up the index: its shards or segments, or the index itself.
std::vector<std::filesystem::path> parts_of(const std::filesystem::path& index) {
    StubParts stub = read_stub(index);
    if (stub.layout == Layout::plain) return {index};
    std::vector<std::filesystem::path> parts;
    for (unsigned n = 0; n < stub.count; ++n) parts.push_back(part_path(index, stub.layout, n));
    return parts;
}

}  // namespace

std::uintmax_t directory_bytes(const std::filesystem::path& path) {
    std::uintmax_t total = 0;
    std::error_code ec;
    for (auto it = std::filesystem::recursive_directory_iterator(path, ec);
         !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
        if (it->is_regular_file(ec)) total += it->file_size(ec);
    }
    return total;
}

void compact_index(const std::filesystem::path& source, const std::filesystem::path& destination) {
    if (std::filesystem::exists(destination)) {
        throw Error(ErrorKind::usage, "compaction output exists already; name a new directory", destination.string());
    }
    try {
        // Opening each part for writing takes its lock: an ingest cannot commit while we copy.
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
        std::error_code ec;
        std::filesystem::remove_all(destination, ec);
        throw Error(ErrorKind::index, "compaction failed: " + error.get_description(), source.string());
    }
}

CompactSizes compact_in_place(const std::filesystem::path& index) {
    std::filesystem::path target = std::filesystem::absolute(index).lexically_normal();
    if (target.has_filename() == false) target = target.parent_path();
    std::filesystem::path temp = target;
    temp += ".compacting";
    std::error_code ec;
    std::filesystem::remove_all(temp, ec);  // left by an interrupted run
    CompactSizes sizes;
    sizes.before = directory_bytes(target);
    if (read_stub(target).layout == Layout::segments) {
        // A segmented index stays segmented, as one full segment: later ingests add segments after it rather
        // than commit into one ever larger database (sharded_writer.h).
        std::filesystem::create_directories(temp, ec);
        compact_index(target, part_path(temp, Layout::segments, 0));
        write_stub(temp, Layout::segments, 1);
    } else {
        compact_index(target, temp);
    }
    if (renameat2(AT_FDCWD, temp.c_str(), AT_FDCWD, target.c_str(), RENAME_EXCHANGE) != 0) {
        // Filesystems without RENAME_EXCHANGE: two renames, with a short window where `index` is missing.
        std::filesystem::path old = target;
        old += ".old";
        std::filesystem::remove_all(old, ec);
        std::filesystem::rename(target, old, ec);
        if (!ec) std::filesystem::rename(temp, target, ec);
        if (ec) throw Error(ErrorKind::io, "cannot swap in the compacted index: " + ec.message(), target.string());
        temp = old;
    }
    std::filesystem::remove_all(temp, ec);  // now the old index
    sizes.after = directory_bytes(target);
    return sizes;
}

}  // namespace newsdex::index
