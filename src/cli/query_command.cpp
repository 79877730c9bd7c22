// The query subcommand: options -> QuerySpec -> Searcher -> printer.
#include "cli/query_command.h"

#include <iostream>

#include "cli/commands_internal.h"
#include "cli/search_options.h"
#include "core/error.h"
#include "output/search_printer.h"
#include "search/facet_counting.h"
#include "search/facets.h"
#include "search/search_params.h"
#include "search/searcher.h"
#include "text/alias_table.h"

namespace newsdex::cli {
namespace {

constexpr const char* usage =
    "usage: newsdex query 'QUERY' [--index DIR] [options]\n\n"
    "Ranked search. QUERY uses Xapian's syntax: AND, OR, NOT, \"phrases\", NEAR, +must, -mustnot, word*,\n"
    "fields title: person: org: place: source: author: category: lang: id:, dates date:2015-12,\n"
    "date:2015-12-01..2015-12-31, date:..2015-12-31 and mentions:2015-12-18 (a date the text talks about).\n"
    "Exit codes: 0 results, 1 no results, 2 bad usage or query, 3 index missing or unreadable.";

}  // namespace

std::variant<QuerySettings, int> parse_query(const std::vector<std::string>& args) {
    QuerySettings settings;
    std::vector<std::string> words;
    std::string format = "text";
    SearchOptionValues search_values;
    po::options_description options("query options");
    add_index_option(options, settings.index);
    options.add_options()("query", po::value(&words)->composing(),
                          "the query (several arguments are joined with spaces)")(
        "limit,n", count_value(settings.spec.limit, "limit"), "hits to show (default 10)")(
        "offset", count_value(settings.spec.offset, "offset"), "hits to skip first (paging)")(
        "format,f", po::value(&format), "output: text (default) or json")(
        "facet-limit", count_value(settings.spec.facet_limit, "facet-limit"), "values per facet (default 10; 0 = all)")(
        "auto-correct", "run the spelling suggestion when the query finds nothing")(
        "collapse", "one article per near-duplicate cluster")("aliases", po::value(&settings.alias_files)->composing(),
                                                              "extra alias table for filter values");
    add_search_options(options, search_values);
    po::positional_options_description positional;
    positional.add("query", -1);
    auto parsed = parse_command_line(args, options, positional, usage);
    if (auto* code = std::get_if<int>(&parsed)) return *code;
    auto& vm = std::get<po::variables_map>(parsed);
    for (const auto& w : words) {
        if (!settings.spec.query.empty()) settings.spec.query += ' ';
        settings.spec.query += w;
    }
    if (settings.spec.query.find('\0') != std::string::npos) throw Error(ErrorKind::query, "query contains a NUL byte");
    settings.format = parse_output_format(format, {OutputFormat::text, OutputFormat::json});
    settings.spec.auto_correct = vm.count("auto-correct") > 0;
    settings.spec.collapse = vm.count("collapse") > 0;
    apply_search_options(search_values, settings.spec);
    settings.index = resolve_index(settings.index);
    return settings;
}

int run_query_command(const std::vector<std::string>& args) {
    auto parsed = parse_query(args);
    if (auto* code = std::get_if<int>(&parsed)) return *code;
    QuerySettings& settings = std::get<QuerySettings>(parsed);
    Xapian::Database db = search::open_index(settings.index);
    // The alias table is a small TSV; the NER model is never loaded here.
    text::AliasTable aliases = text::AliasTable::load_default();
    for (const auto& file : settings.alias_files) aliases.add_file(file);
    search::Searcher searcher(db, &aliases);
    search::SearchResult result;
    try {
        result = searcher.search(settings.spec);
    } catch (const Error& error) {
        if (error.kind() == ErrorKind::query) {
            report_query_error(settings.spec.query, error);
            return exit_code::usage;
        }
        throw;
    }
    if (settings.format == OutputFormat::json) {
        std::cout << output::to_json(result).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    } else {
        output::print_text(std::cout, result, {resolve_terminal().color});
    }
    // Something matched (-n 0 shows no hits but still found them): exit 0.
    return result.total_lower > 0 || !result.hits.empty() ? exit_code::found : exit_code::nothing_found;
}

}  // namespace newsdex::cli
