// Runs the real newsdex binary in tests and captures what it prints.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace newsdex::test {

struct RunResult {
    int exit_code = -1;
    std::string out;
    std::string err;
};

// Runs NEWSDEX_BINARY with `args` (no shell involved), feeding `input` on stdin.
RunResult run_newsdex(const std::vector<std::string>& args, const std::string& input = "");

// A fresh temporary directory, removed when the object goes away.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const noexcept { return path_; }
    std::string operator/(const std::string& name) const { return (path_ / name).string(); }

private:
    std::filesystem::path path_;
};

// Repository paths.
std::filesystem::path source_dir();
std::filesystem::path shared_dir();

// Test exit code CTest treats as "skipped" (SKIP_RETURN_CODE): Catch2 v2 has no SKIP.
constexpr int skip_code = 77;
// Prints why and exits with skip_code when `path` is missing.
void skip_unless_exists(const std::filesystem::path& path);

// A temporary index built once per process from corpus/ (the CLI tests share it).
const std::string& corpus_index();

}  // namespace newsdex::test
