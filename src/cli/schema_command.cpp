// `newsdex schema`: the prefixes, value slots and metadata keys of index/schema.h, for tools outside the binary.
#include <iostream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cli/commands_internal.h"
#include "cli/common_options.h"
#include "core/error.h"
#include "index/schema.h"

namespace newsdex::cli {
namespace {

constexpr const char* usage =
    "usage: newsdex schema [--format text|json]\n\n"
    "The index schema this newsdex writes and reads (src/index/schema.h, docs/schema.md): its version, every\n"
    "term prefix, value slot and metadata key by name. No index is opened. Scripts that read an index from\n"
    "outside take the numbers from here (scripts/dump-index uses --format json).\n"
    "Exit codes: 0 done, 2 bad usage.";

nlohmann::json schema_json() {
    nlohmann::json prefixes = nlohmann::json::object();
    for (const auto& [name, value] : schema::prefixes) prefixes[std::string(name)] = std::string(value);
    nlohmann::json slots = nlohmann::json::object();
    for (const auto& [name, value] : schema::slots) slots[std::string(name)] = value;
    nlohmann::json metadata = nlohmann::json::object();
    for (const auto& [name, value] : schema::metadata_keys) metadata[std::string(name)] = std::string(value);
    return {{"version", schema::version},
            {"version_one_stemmer", schema::version_one_stemmer},
            {"prefixes", std::move(prefixes)},
            {"slots", std::move(slots)},
            {"metadata", std::move(metadata)},
            {"canonical_separator", std::string(schema::prefix::canonical_separator)},
            {"value_separator", std::string(1, schema::value_separator)}};
}

void print_schema_text(std::ostream& out) {
    out << fmt::format("schema version {} (ingest also writes into version {} indexes: one stemmer)\n", schema::version,
                       schema::version_one_stemmer);
    out << "\nprefixes:\n";
    for (const auto& [name, value] : schema::prefixes) out << fmt::format("  {:<18}{}\n", name, value);
    out << "\nvalue slots:\n";
    for (const auto& [name, value] : schema::slots) out << fmt::format("  {:<18}{}\n", name, value);
    out << "\nmetadata keys:\n";
    for (const auto& [name, value] : schema::metadata_keys) out << fmt::format("  {:<18}{}\n", name, value);
}

}  // namespace

int run_schema_command(const std::vector<std::string>& args) {
    std::string format = "text";
    po::options_description options("schema options");
    options.add_options()("format,f", po::value(&format), "output: text (default) or json");
    auto parsed = parse_command_line(args, options, po::positional_options_description(), usage);
    if (auto* code = std::get_if<int>(&parsed)) return *code;
    if (parse_output_format(format, {OutputFormat::text, OutputFormat::json}) == OutputFormat::json) {
        std::cout << schema_json().dump(2) << "\n";
    } else {
        print_schema_text(std::cout);
    }
    return exit_code::found;
}

}  // namespace newsdex::cli
