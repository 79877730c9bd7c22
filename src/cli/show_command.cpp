// `newsdex show ID`: one whole stored article with its metadata, entities and dates (issue 18).
#include <iostream>

#include "cli/commands_internal.h"
#include "cli/common_options.h"
#include "core/error.h"
#include "output/article_printer.h"
#include "search/searcher.h"
#include "search/stored_article.h"

namespace newsdex::cli {
namespace {

constexpr const char* usage =
    "usage: newsdex show ID [--format text|json|html] [--index DIR]\n\n"
    "The whole stored article with this ID (as query shows it): headline, publication date, source, url,\n"
    "authors, category, language, the people, organisations, places and sources found in it, the dates it\n"
    "mentions, and its text. json adds where each name and date stands in the text; html is a page with them\n"
    "highlighted. The same JSON as the web API's /api/article/ID.\n"
    "Exit codes: 0 shown, 1 unknown ID, 2 bad usage, 3 index missing or unreadable.";

}  // namespace

int run_show_command(const std::vector<std::string>& args) {
    std::string id;
    std::vector<std::string> index;
    std::string format = "text";
    po::options_description options("show options");
    add_index_option(options, index);
    options.add_options()("id", po::value(&id), "the article's id")("format,f", po::value(&format),
                                                                    "output: text (default), json or html");
    po::positional_options_description positional;
    positional.add("id", 1);
    auto parsed = parse_command_line(args, options, positional, usage);
    if (auto* code = std::get_if<int>(&parsed)) return *code;
    if (id.empty()) throw Error(ErrorKind::usage, "show needs an article ID (see --help)");
    OutputFormat out_format = parse_output_format(format, {OutputFormat::text, OutputFormat::json, OutputFormat::html});

    Xapian::Database db = search::open_index(resolve_index(index));
    search::StoredArticle article = search::read_stored_article(db, id);
    if (out_format == OutputFormat::json) {
        std::cout << output::article_to_json(article).dump(2, ' ', false, nlohmann::json::error_handler_t::replace)
                  << "\n";
    } else if (out_format == OutputFormat::html) {
        std::cout << output::article_to_html(article);
    } else {
        output::print_article_text(std::cout, article);
    }
    return exit_code::found;
}

}  // namespace newsdex::cli
