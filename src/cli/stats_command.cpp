// `newsdex stats`: what an index holds (documents, words, dates, size, schema, top facet values).
#include <iostream>

#include "cli/commands_internal.h"
#include "cli/common_options.h"
#include "core/error.h"
#include "output/stats_printer.h"
#include "search/index_stats.h"
#include "search/searcher.h"

namespace newsdex::cli {
namespace {

constexpr const char* usage =
    "usage: newsdex stats [--index DIR] [--format json|text] [--facet-limit N]\n\n"
    "Documents, distinct words (unprefixed terms) and terms (all), first and last publication date, undated\n"
    "articles, near-duplicate clusters, size on disk, schema version, stemmer, the stemmers of the articles\n"
    "(each article's language's, or one for all), and the top values of the person, org, place, source,\n"
    "category, language and year facets.\n"
    "Exit codes: 0 done, 2 bad usage, 3 index missing or unreadable.";

}  // namespace

int run_stats_command(const std::vector<std::string>& args) {
    std::vector<std::string> index;
    std::string format = "text";
    std::size_t facet_limit = 10;
    po::options_description options("stats options");
    add_index_option(options, index);
    options.add_options()("format,f", po::value(&format), "output: text (default) or json")(
        "facet-limit", count_value(facet_limit, "facet-limit"), "values per facet (default 10; 0 = all)");
    auto parsed = parse_command_line(args, options, po::positional_options_description(), usage);
    if (auto* code = std::get_if<int>(&parsed)) return *code;
    OutputFormat out_format = parse_output_format(format, {OutputFormat::text, OutputFormat::json});
    std::vector<std::string> locations = resolve_index(index);
    Xapian::Database db = search::open_index(locations);
    search::IndexStats stats = search::collect_stats(db, locations, facet_limit);
    if (out_format == OutputFormat::json) {
        std::cout << output::stats_to_json(stats).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    } else {
        output::print_stats_text(std::cout, stats);
    }
    return exit_code::found;
}

}  // namespace newsdex::cli
