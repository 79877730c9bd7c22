// `newsdex similar ID`: articles like one in the index (relevance feedback from its own terms).
#include <iostream>

#include "cli/commands_internal.h"
#include "cli/common_options.h"
#include "core/error.h"
#include "output/search_printer.h"
#include "search/searcher.h"
#include "search/similar.h"

namespace newsdex::cli {
namespace {

constexpr const char* usage =
    "usage: newsdex similar ID [--limit N] [--format json|text] [--collapse] [--index DIR]\n\n"
    "Articles most like the article with this ID (as shown by query; for text files the path given to\n"
    "ingest), from its 40 most telling words. The article itself is not listed.\n"
    "Exit codes: 0 results, 1 no results or unknown ID, 2 bad usage, 3 index missing or unreadable.";

}  // namespace

int run_similar_command(const std::vector<std::string>& args) {
    search::SimilarSpec spec;
    std::vector<std::string> index;
    std::string format = "text";
    po::options_description options("similar options");
    add_index_option(options, index);
    options.add_options()("id", po::value(&spec.id), "the article's id")(
        "limit,n", count_value(spec.limit, "limit"), "articles to show (default 10)")("format,f", po::value(&format),
                                                                                      "output: text (default) or json")(
        "collapse", "one article per near-duplicate cluster, copies of the article left out");
    po::positional_options_description positional;
    positional.add("id", 1);
    auto parsed = parse_command_line(args, options, positional, usage);
    if (auto* code = std::get_if<int>(&parsed)) return *code;
    auto& vm = std::get<po::variables_map>(parsed);
    if (spec.id.empty()) throw Error(ErrorKind::usage, "similar needs an article ID (see --help)");
    spec.collapse = vm.count("collapse") > 0;
    OutputFormat out_format = parse_output_format(format, {OutputFormat::text, OutputFormat::json});

    Xapian::Database db = search::open_index(resolve_index(index));
    search::SearchResult result = search::find_similar(db, spec);
    if (out_format == OutputFormat::json) {
        std::cout << output::to_json(result).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    } else {
        output::print_text(std::cout, result, {resolve_terminal().color});
    }
    return result.hits.empty() ? exit_code::nothing_found : exit_code::found;
}

}  // namespace newsdex::cli
