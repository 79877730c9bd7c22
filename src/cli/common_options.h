// Option groups shared by several subcommands, defined once, and the "auto" settings resolved in one place.
#pragma once

#include <cstddef>
#include <string>
#include <variant>
#include <vector>

#include <boost/program_options.hpp>

namespace newsdex::cli {

namespace po = boost::program_options;

// --index DIR (repeatable for shards): default $NEWSDEX_INDEX, else "index".
void add_index_option(po::options_description& options, std::vector<std::string>& target);
std::vector<std::string> resolve_index(const std::vector<std::string>& given);

// The largest count option accepted (--limit, --offset, --facet-limit...): more than any index holds (Xapian counts
// documents in 32 bits), and small enough that offset + limit cannot overflow.
constexpr std::size_t max_count_option = 1'000'000'000;

// A whole number option into `target`: program_options alone would read "-1" as 18446744073709551615 (issue 17),
// so "-1", "1e3", "" and numbers above max_count_option are refused as usage errors naming the option.
po::typed_value<std::string>* count_value(std::size_t& target, const char* option);
po::typed_value<std::string>* count_value(unsigned& target, const char* option);

// Output format with its valid choices; throws Error(usage) for others.
enum class OutputFormat { text, json, jsonl, tsv, trec, conll, html };
OutputFormat parse_output_format(const std::string& name, const std::vector<OutputFormat>& allowed);
std::string format_choices(const std::vector<OutputFormat>& allowed);

// Terminal-dependent behaviour: colour only when stdout is a TTY and NO_COLOR is unset; progress only when
// stderr is a TTY.
struct Terminal {
    bool color = false;
    bool progress = false;
};
Terminal resolve_terminal();

// Parses `args` (without the subcommand name) against `options` and `positional`. Prints help and returns
// exit code 0 for --help; throws Error(usage) for bad options.
std::variant<po::variables_map, int> parse_command_line(const std::vector<std::string>& args,
                                                        const po::options_description& options,
                                                        const po::positional_options_description& positional,
                                                        const std::string& usage);

}  // namespace newsdex::cli
