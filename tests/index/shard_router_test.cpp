// Stub files: what write_stub writes, read_stub reads back, and hand-made stubs are refused with a reason.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <random>

#include "core/error.h"
#include "index/shard_router.h"

using namespace newsdex;
using namespace newsdex::index;

namespace {

struct TempIndexDir {
    std::filesystem::path path;
    TempIndexDir() {
        path = std::filesystem::temp_directory_path() / ("newsdex-stub-" + std::to_string(std::random_device{}()));
        std::filesystem::create_directories(path);
    }
    ~TempIndexDir() {
        std::error_code ec;
        std::filesystem::remove_all(path, ec);
    }
};

void write_text(const std::filesystem::path& file, const std::string& text) { std::ofstream(file) << text; }

}  // namespace

TEST_CASE("stub files round-trip for segments and shards; no stub is a plain index", "[unit]") {
    TempIndexDir dir;
    CHECK(read_stub(dir.path).layout == Layout::plain);
    CHECK(read_stub(dir.path).count == 0);
    write_stub(dir.path, Layout::segments, 3);
    CHECK(read_stub(dir.path).layout == Layout::segments);
    CHECK(read_stub(dir.path).count == 3);
    CHECK(read_shard_count(dir.path) == 0);  // segments are not shards
    CHECK_FALSE(std::filesystem::exists(dir.path / "XAPIANDB.tmp"));
    write_stub(dir.path, Layout::shards, 2);  // replaces the stub
    CHECK(read_stub(dir.path).layout == Layout::shards);
    CHECK(read_shard_count(dir.path) == 2);
    CHECK(part_path(dir.path, Layout::segments, 4) == dir.path / "seg4");
    CHECK(part_path(dir.path, Layout::shards, 1) == dir.path / "shard1");
}

TEST_CASE("a stub that is not newsdex's own is refused", "[unit]") {
    TempIndexDir dir;
    auto stub = dir.path / "XAPIANDB";
    auto [text, why] = GENERATE(table<std::string, std::string>({
        {"auto seg0\nauto shard1\n", "mixed kinds"},
        {"auto seg1\n", "out of order"},
        {"remote host:3333\n", "not a local part"},
    }));
    INFO(why);
    write_text(stub, text);
    CHECK_THROWS_AS(read_stub(dir.path), Error);
}
