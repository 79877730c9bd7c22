// Reading the shared data sets for tests: a file under ../shared/data, gunzipped, split into JSON records.
#include "support/shared_data.h"

#include <zlib.h>

#include <sstream>
#include <stdexcept>

#include "support/cli_harness.h"

namespace newsdex::test {

std::filesystem::path shared_data_file(std::string_view name) {
    auto path = shared_dir() / "data" / name;
    skip_unless_exists(path);
    return path;
}

std::string read_gzip_file(const std::filesystem::path& path) {
    gzFile gz = gzopen(path.c_str(), "rb");
    if (gz == nullptr) throw std::runtime_error("cannot read " + path.string());
    std::string data;
    char buffer[1 << 16];
    int n = 0;
    while ((n = gzread(gz, buffer, sizeof buffer)) > 0) data.append(buffer, static_cast<std::size_t>(n));
    const bool failed = n < 0;
    gzclose(gz);
    if (failed) throw std::runtime_error("cannot decompress " + path.string());
    return data;
}

std::vector<nlohmann::json> read_jsonl_records(const std::filesystem::path& path) {
    std::vector<nlohmann::json> records;
    std::istringstream in(read_gzip_file(path));
    for (std::string line; std::getline(in, line);) {
        if (!line.empty()) records.push_back(nlohmann::json::parse(line));
    }
    return records;
}

}  // namespace newsdex::test
