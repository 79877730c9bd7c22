// `newsdex analyze FILE|-`: shows what the ingester extracts from one article (entities, dates, sources),
// or tags CoNLL token lines for evaluation.
#include <fstream>
#include <iostream>
#include <iterator>

#include "cli/commands_internal.h"
#include "cli/common_options.h"
#include "core/date.h"
#include "core/error.h"
#include "extract/article_analyzer.h"
#include "extract/ner/entity_recognizer.h"
#include "ingest/text_article.h"
#include "output/analysis_printer.h"
#include "text/normalize.h"

namespace newsdex::cli {
namespace {

constexpr const char* usage =
    "usage: newsdex analyze FILE|- [--date YYYY-MM-DD] [--format json|text|conll]\n\n"
    "Shows what ingest extracts from one article: headline, publication date, entities (with canonical\n"
    "names), places, temporal expressions (TIMEX3 values) and news sources. Offsets are UTF-8 byte offsets\n"
    "into the input as given. --format conll reads CoNLL token lines and appends a predicted BIO column.";

}  // namespace

int run_analyze_command(const std::vector<std::string>& args) {
    std::string file;
    std::string date;
    std::string format = "text";
    std::vector<std::string> aliases;
    po::options_description options("analyze options");
    options.add_options()("file", po::value(&file), "article file, or - for stdin")(
        "date", po::value(&date), "publication date to resolve relative dates against (default: dateline)")(
        "format,f", po::value(&format), "output: text (default), json, conll")(
        "aliases", po::value(&aliases)->composing(), "extra alias table (TSV)");
    po::positional_options_description positional;
    positional.add("file", 1);
    auto parsed = parse_command_line(args, options, positional, usage);
    if (auto* code = std::get_if<int>(&parsed)) return *code;
    if (file.empty()) throw Error(ErrorKind::usage, "analyze needs a FILE or - (see --help)");
    OutputFormat out_format =
        parse_output_format(format, {OutputFormat::text, OutputFormat::json, OutputFormat::conll});
    std::optional<CivilDate> published;
    if (!date.empty()) {
        published = newsdex::parse_date_value(date);
        if (!published) throw Error(ErrorKind::usage, "--date '" + date + "' is not a date (use YYYY-MM-DD)");
    }

    std::ifstream in_file;
    std::istream* in = &std::cin;
    if (file != "-") {
        in_file.open(file, std::ios::binary);
        if (!in_file) throw Error(ErrorKind::io, "cannot open", file);
        in = &in_file;
    }
    if (out_format == OutputFormat::conll) {
        auto recognizer = extract::EntityRecognizer::load_default();
        extract::tag_conll(*in, std::cout, *recognizer);
        return exit_code::found;
    }
    std::string bytes((std::istreambuf_iterator<char>(*in)), std::istreambuf_iterator<char>());
    std::string text = text::repair_utf8(bytes);
    extract::AnalyzerOptions analyzer_options;
    for (const auto& a : aliases) analyzer_options.alias_files.emplace_back(a);
    extract::ArticleAnalyzer analyzer(analyzer_options);
    output::AnalysisReport report;
    report.file = file;
    auto article = ingest::parse_text_article(text);
    if (auto* raw = std::get_if<RawArticle>(&article)) report.headline = raw->title;
    report.analysis = analyzer.analyze_text(text, published);
    if (out_format == OutputFormat::json) {
        std::cout << output::to_json(report).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    } else {
        output::print_text(std::cout, report);
    }
    return exit_code::found;
}

}  // namespace newsdex::cli
