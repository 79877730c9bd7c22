// Subcommand dispatch, top-level --help/--version, and the one place errors become exit codes.
#include "cli/commands.h"

#include <algorithm>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "cli/commands_internal.h"
#include "core/error.h"

namespace newsdex::cli {
namespace {

struct Command {
    const char* name;
    const char* summary;
    int (*run)(const std::vector<std::string>&);
};

constexpr Command commands[] = {
    {"ingest", "read articles (txt, md, jsonl, html, rss/atom, warc/arc, gz, stdin) into the index",
     run_ingest_command},
    {"delete", "delete articles by id or by query", run_delete_command},
    {"query", "ranked, faceted search", run_query_command},
    {"analyze", "show the entities, dates and sources extracted from one article", run_analyze_command},
    {"compact", "compact the index (and merge its shards into one database)", run_compact_command},
    {"show", "one whole stored article: metadata, entities, dates, text", run_show_command},
    {"similar", "articles like a given one (more like this)", run_similar_command},
    {"stats", "what an index holds: counts, dates, size, top facet values", run_stats_command},
    {"batch", "run many queries from a file: JSONL, TREC run or TSV out", run_batch_command},
    {"extract", "what would be indexed from a web page: article body and metadata", run_extract_command},
    {"eval", "MAP, nDCG@10, P@10, Recall@100, MRR of a TREC run (as trec_eval)", run_eval_command},
    {"serve", "search and browse the index in a local web page, over a JSON API", run_serve_command},
    {"schema", "the index schema: term prefixes, value slots, metadata keys (--format json for scripts)",
     run_schema_command},
};

void print_help(std::ostream& out) {
    out << "usage: newsdex COMMAND [options]   (newsdex COMMAND --help for details)\n\n"
           "A search engine for news articles, built on Xapian.\n\ncommands:\n";
    std::size_t width = 0;
    for (const auto& c : commands) width = std::max(width, std::string_view(c.name).size());
    for (const auto& c : commands) {
        out << "  " << c.name << std::string(width + 2 - std::string_view(c.name).size(), ' ') << c.summary << "\n";
    }
    out << "\nenvironment: NEWSDEX_INDEX (default index), NEWSDEX_DATA_DIR (model and alias data), NO_COLOR\n";
}

}  // namespace

int run(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty()) {
        print_help(std::cerr);
        return exit_code::usage;
    }
    const std::string& name = args.front();
    if (name == "--help" || name == "-h" || name == "help") {
        print_help(std::cout);
        return exit_code::found;
    }
    if (name == "--version" || name == "-V") {
        std::cout << "newsdex " << NEWSDEX_VERSION << " (Xapian " << Xapian::version_string() << ")\n";
        return exit_code::found;
    }
    for (const auto& command : commands) {
        if (name != command.name) continue;
        std::vector<std::string> rest(args.begin() + 1, args.end());
        try {
            return command.run(rest);
        } catch (const Error& error) {
            std::cerr << "newsdex: " << describe(error) << "\n";
            return error.exit_code();
        } catch (const Xapian::Error& error) {
            std::cerr << "newsdex: " << error.get_description() << "\n";
            return exit_code::failure;
        } catch (const std::bad_alloc&) {
            std::cerr << "newsdex: out of memory\n";
            return exit_code::failure;
        }
    }
    std::cerr << "newsdex: unknown command '" << name << "'\n\n";
    print_help(std::cerr);
    return exit_code::usage;
}

}  // namespace newsdex::cli
