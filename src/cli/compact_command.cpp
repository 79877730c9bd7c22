// `newsdex compact [--index DIR] [--output DIR]`: compacts an index, merging shards into one database.
#include <iostream>

#include <fmt/format.h>

#include "cli/commands_internal.h"
#include "cli/common_options.h"
#include "core/error.h"
#include "index/compaction.h"

namespace newsdex::cli {
namespace {

constexpr const char* usage =
    "usage: newsdex compact [--index DIR] [--output DIR]\n\n"
    "Rewrites the index as one compact Xapian database (Xapian::Database::compact), merging the shards of a\n"
    "sharded index into one. Without --output the index is replaced in place: compacted into DIR.compacting,\n"
    "then swapped in atomically. Run it when no ingest is running (it waits for none: a locked index fails).";

}  // namespace

int run_compact_command(const std::vector<std::string>& args) {
    std::vector<std::string> index;
    std::string output;
    po::options_description options("compact options");
    add_index_option(options, index);
    options.add_options()("output,o", po::value(&output), "write the compacted index here (a new directory)")(
        "quiet,q", "no summary line");
    po::positional_options_description positional;
    auto parsed = parse_command_line(args, options, positional, usage);
    if (auto* code = std::get_if<int>(&parsed)) return *code;
    auto& vm = std::get<po::variables_map>(parsed);
    auto locations = resolve_index(index);
    if (locations.size() != 1) throw Error(ErrorKind::usage, "compact reads one --index (a stub merges its shards)");
    index::CompactSizes sizes;
    std::string where = locations.front();
    if (output.empty()) {
        sizes = index::compact_in_place(locations.front());
    } else {
        sizes.before = index::directory_bytes(locations.front());
        index::compact_index(locations.front(), output);
        sizes.after = index::directory_bytes(output);
        where = output;
    }
    for (const auto& kept : sizes.kept) {
        std::cerr << "newsdex: " << kept.string() << ": not made by newsdex, so left where the old index was\n";
    }
    if (vm.count("quiet") == 0) {
        std::cout << fmt::format("compacted {}: {:.1f} MB -> {:.1f} MB\n", where, sizes.before / 1e6,
                                 sizes.after / 1e6);
    }
    return exit_code::found;
}

}  // namespace newsdex::cli
