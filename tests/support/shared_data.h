// The shared data sets read straight from their files (zlib and nlohmann::json, not newsdex), so a test's expected
// figures never come from the code under test.
#pragma once

#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace newsdex::test {

// ../shared/data/NAME; the test is skipped (with a message) when the file is absent.
std::filesystem::path shared_data_file(std::string_view name);

// The whole file, decompressed when gzipped (zlib reads plain files as they are); throws when unreadable.
std::string read_gzip_file(const std::filesystem::path& path);

// Every non-empty line of a JSON Lines file (gzipped or not), parsed.
std::vector<nlohmann::json> read_jsonl_records(const std::filesystem::path& path);

}  // namespace newsdex::test
