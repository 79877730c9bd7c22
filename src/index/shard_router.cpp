// Stable routing of articles to shards and the stub file that joins the shards into one Xapian database.
#include "index/shard_router.h"

#include <fstream>

#include <fcntl.h>
#include <unistd.h>

#include "core/error.h"
#include "index/terms.h"

namespace newsdex::index {

unsigned shard_for(std::string_view unique_term, unsigned shards) {
    if (shards <= 1) return 0;
    // FNV-1a: stable across runs, machines and compilers (std::hash is not).
    std::uint64_t h = fnv1a(unique_term);
    return static_cast<unsigned>(h % shards);
}

namespace {

std::string_view part_name(Layout layout) { return layout == Layout::segments ? "seg" : "shard"; }

}  // namespace

std::filesystem::path part_path(const std::filesystem::path& index, Layout layout, unsigned n) {
    return index / (std::string(part_name(layout)) + std::to_string(n));
}

std::filesystem::path shard_path(const std::filesystem::path& index, unsigned n) {
    return part_path(index, Layout::shards, n);
}

StubParts read_stub(const std::filesystem::path& index) {
    std::filesystem::path stub = index / stub_file_name;
    std::ifstream in(stub);
    if (!in) return {};
    StubParts parts;
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') continue;
        if (parts.count == 0) {
            parts.layout = line.rfind("auto seg", 0) == 0 ? Layout::segments : Layout::shards;
        }
        std::string expected = "auto " + std::string(part_name(parts.layout)) + std::to_string(parts.count);
        if (line != expected) {
            throw Error(ErrorKind::index,
                        "stub file line '" + line + "' is not one of newsdex's parts (expected '" + expected +
                            "'); ingest into a newsdex index, not a hand-made stub",
                        stub.string());
        }
        ++parts.count;
    }
    if (parts.count == 0) parts.layout = Layout::plain;
    return parts;
}

unsigned read_shard_count(const std::filesystem::path& index) {
    StubParts parts = read_stub(index);
    return parts.layout == Layout::shards ? parts.count : 0;
}

void write_stub(const std::filesystem::path& index, Layout layout, unsigned count) {
    std::filesystem::path stub = index / stub_file_name;
    std::filesystem::path temp = index / (std::string(stub_file_name) + ".tmp");
    std::string text = layout == Layout::segments
                           ? "# newsdex segmented index: Xapian opens this directory as one database of these "
                             "segments.\n"
                           : "# newsdex sharded index: Xapian opens this directory as one database of these shards.\n";
    for (unsigned n = 0; n < count; ++n) text += "auto " + std::string(part_name(layout)) + std::to_string(n) + "\n";
    // Durable before it is visible: a crash leaves the old stub or the whole new one, never a torn file.
    int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    bool ok = fd >= 0 && ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size()) && ::fsync(fd) == 0;
    if (fd >= 0) ok = (::close(fd) == 0) && ok;
    if (!ok) throw Error(ErrorKind::io, "cannot write stub file", temp.string());
    std::error_code ec;
    std::filesystem::rename(temp, stub, ec);
    if (ec) throw Error(ErrorKind::io, "cannot write stub file: " + ec.message(), stub.string());
    // The rename itself is durable once the directory is synced.
    int dir = ::open(index.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
}

}  // namespace newsdex::index
