// Recognising newsdex's index folders, the whole-index flock, and removing only what newsdex made.
#include "index/index_folder.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cerrno>
#include <cstring>
#include <regex>
#include <system_error>

#include <xapian.h>

#include "core/error.h"
#include "index/schema.h"
#include "index/shard_router.h"

namespace newsdex::index {
namespace fs = std::filesystem;

namespace {

bool is_part_folder(const std::string& name) {
    static const std::regex part("(shard|seg)[0-9]+");
    return std::regex_match(name, part);
}

// A Xapian database of an older newsdex: its schema version is in the metadata from the first commit on.
bool has_newsdex_metadata(const fs::path& folder) {
    try {
        return !Xapian::Database(folder.string()).get_metadata(std::string(schema::metadata::schema_version)).empty();
    } catch (const Xapian::Error&) {
        return false;
    }
}

bool has_newsdex_stub(const fs::path& folder) {
    try {
        return read_stub(folder).layout != Layout::plain;
    } catch (const Error&) {
        return false;  // a stub, but not of newsdex's parts
    }
}

void sync_directory(const fs::path& folder) {
    int dir = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
}

// Opens and flocks the lock file. Returns the descriptor; sets `created` when this call made the file.
int take_lock(const fs::path& index, bool& created) {
    fs::path path = index / lock_file_name;
    // A compaction swaps the folder under the path: a lock on a file no longer at `path` locks nothing, so retry.
    for (int attempt = 0; attempt < 100; ++attempt) {
        int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
        created = fd >= 0;
        if (fd < 0 && errno == EEXIST) fd = ::open(path.c_str(), O_RDWR | O_CLOEXEC);
        if (fd < 0) throw Error(ErrorKind::io, std::string("cannot open lock file: ") + std::strerror(errno), path);
        if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
            ::close(fd);
            throw Error(ErrorKind::index, "index is locked by another ingest or compact (wait for it to finish)",
                        index.string());
        }
        struct stat held {};
        struct stat named {};
        if (::fstat(fd, &held) == 0 && ::stat(path.c_str(), &named) == 0 && held.st_ino == named.st_ino &&
            held.st_dev == named.st_dev) {
            return fd;
        }
        ::close(fd);
    }
    throw Error(ErrorKind::index, "index folder keeps changing under its lock", index.string());
}

[[noreturn]] void refuse_foreign(const fs::path& index) {
    throw Error(ErrorKind::usage,
                "folder is not empty and not a newsdex index; newsdex creates an index only in an empty or new "
                "folder (it never deletes or overwrites files it did not create): name another --index",
                index.string());
}

}  // namespace

FolderKind inspect_folder(const fs::path& folder) {
    std::error_code ec;
    if (!fs::exists(folder, ec)) return FolderKind::empty;
    if (!fs::is_directory(folder, ec)) return FolderKind::foreign;
    if (fs::exists(folder / marker_file_name, ec)) return FolderKind::newsdex;
    bool empty = true;
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
        if (it->path().filename() != lock_file_name) empty = false;
    }
    if (ec) return FolderKind::foreign;
    if (empty) return FolderKind::empty;
    if (has_newsdex_stub(folder)) return FolderKind::newsdex;
    if (fs::exists(folder / "iamglass", ec) && has_newsdex_metadata(folder)) return FolderKind::newsdex;
    return FolderKind::foreign;
}

bool is_index_entry(const std::string& name) {
    static const std::regex xapian(
        "iamglass|flintlock|v\\.tmp|changes[0-9]+|"
        "(docdata|position|postlist|spelling|synonym|termlist)\\.glass");
    return std::regex_match(name, xapian) || name == stub_file_name || name == std::string(stub_file_name) + ".tmp" ||
           name == marker_file_name || name == lock_file_name || is_part_folder(name);
}

std::vector<fs::path> remove_index_files(const fs::path& folder) {
    std::vector<fs::path> left;
    std::vector<fs::path> entries;
    std::error_code ec;
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) entries.push_back(it->path());
    for (const fs::path& entry : entries) {
        std::string name = entry.filename().string();
        if (!is_index_entry(name) || fs::is_symlink(entry, ec)) {
            left.push_back(entry);
        } else if (is_part_folder(name) && fs::is_directory(entry, ec)) {
            auto inner = remove_index_files(entry);
            left.insert(left.end(), inner.begin(), inner.end());
        } else if (!fs::remove(entry, ec)) {
            left.push_back(entry);
        }
    }
    if (left.empty()) fs::remove(folder, ec);
    return left;
}

void write_marker(const fs::path& folder) {
    fs::path path = folder / marker_file_name;
    static constexpr std::string_view text =
        "This folder is a newsdex index. newsdex removes only the files it made here.\n";
    int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    bool ok = fd >= 0 && ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size()) && ::fsync(fd) == 0;
    if (fd >= 0) ok = (::close(fd) == 0) && ok;
    if (!ok) throw Error(ErrorKind::io, "cannot write the index marker", path.string());
    sync_directory(folder);
}

IndexLock::IndexLock(const fs::path& index, Mode mode) {
    FolderKind kind = inspect_folder(index);
    if (kind == FolderKind::foreign) refuse_foreign(index);
    if (kind == FolderKind::empty && mode == Mode::existing) {
        throw Error(ErrorKind::index, "no index here", index.string());
    }
    std::error_code ec;
    bool made_folder = !fs::exists(index, ec);
    if (made_folder) {
        fs::create_directories(index, ec);
        if (ec) throw Error(ErrorKind::io, "cannot create the index folder: " + ec.message(), index.string());
    }
    bool made_lock = false;
    fd_ = take_lock(index, made_lock);
    // Checked again under the lock: another process may have created the index (or a user a file) meanwhile.
    kind = inspect_folder(index);
    if (kind == FolderKind::foreign) {
        ::close(fd_);
        if (made_lock) fs::remove(index / lock_file_name, ec);
        if (made_folder) fs::remove(index, ec);
        refuse_foreign(index);
    }
    if (kind == FolderKind::empty) write_marker(index);
}

IndexLock::~IndexLock() {
    if (fd_ >= 0) ::close(fd_);
}

}  // namespace newsdex::index
