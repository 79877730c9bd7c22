// Stable routing of articles to shards and the stub file that joins the shards into one Xapian database.
#include "index/shard_router.h"

#include <fstream>

#include "core/error.h"
#include "index/terms.h"

namespace newsdex::index {

unsigned shard_for(std::string_view unique_term, unsigned shards) {
    if (shards <= 1) return 0;
    // FNV-1a: stable across runs, machines and compilers (std::hash is not).
    std::uint64_t h = fnv1a(unique_term);
    return static_cast<unsigned>(h % shards);
}

std::filesystem::path shard_path(const std::filesystem::path& index, unsigned n) {
    return index / ("shard" + std::to_string(n));
}

unsigned read_shard_count(const std::filesystem::path& index) {
    std::filesystem::path stub = index / stub_file_name;
    std::ifstream in(stub);
    if (!in) return 0;
    unsigned count = 0;
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') continue;
        if (line != "auto shard" + std::to_string(count)) {
            throw Error(ErrorKind::index,
                        "stub file line '" + line + "' is not one of newsdex's shards (expected 'auto shard" +
                            std::to_string(count) + "'); ingest into a newsdex index, not a hand-made stub",
                        stub.string());
        }
        ++count;
    }
    return count;
}

void write_stub(const std::filesystem::path& index, unsigned shards) {
    std::filesystem::path stub = index / stub_file_name;
    std::filesystem::path temp = index / (std::string(stub_file_name) + ".tmp");
    {
        std::ofstream out(temp, std::ios::trunc);
        out << "# newsdex sharded index: Xapian opens this directory as one database of these shards.\n";
        for (unsigned n = 0; n < shards; ++n) out << "auto shard" << n << "\n";
        out.flush();
        if (!out) throw Error(ErrorKind::io, "cannot write stub file", temp.string());
    }
    std::error_code ec;
    std::filesystem::rename(temp, stub, ec);
    if (ec) throw Error(ErrorKind::io, "cannot write stub file: " + ec.message(), stub.string());
}

}  // namespace newsdex::index
