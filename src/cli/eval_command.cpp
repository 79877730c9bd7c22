// The eval subcommand: trec_eval's MAP, nDCG@10, P@10, Recall@100 and MRR for a TREC run file.
#include <fstream>
#include <iostream>

#include "cli/commands_internal.h"
#include "cli/common_options.h"
#include "core/error.h"
#include "output/batch_printer.h"
#include "search/trec_eval.h"

namespace newsdex::cli {
namespace {

constexpr const char* usage =
    "usage: newsdex eval --qrels QRELS RUN [--format text|json] [--per-topic]\n\n"
    "Scores a TREC run ('qid Q0 docid rank score run', e.g. from newsdex batch --format trec) against\n"
    "TREC qrels ('qid 0 docid rel') as trec_eval does: rel > 0 is relevant and is the nDCG gain; a run is\n"
    "ranked by score (ties: docid descending); means are over topics with a relevant doc, and a topic\n"
    "the run leaves out scores 0. RUN '-' reads stdin.";

template <typename Reader>
auto read_file(const std::string& path, Reader reader) {
    if (path == "-") return reader(std::cin, std::string("stdin"));
    std::ifstream in(path);
    if (!in) throw Error(ErrorKind::io, "cannot read this file", path);
    return reader(in, path);
}

}  // namespace

int run_eval_command(const std::vector<std::string>& args) {
    std::string qrels_path, run_path, format = "text";
    po::options_description options("eval options");
    options.add_options()("qrels", po::value(&qrels_path)->required(), "TREC qrels file")(
        "run", po::value(&run_path)->required(), "TREC run file, or - for stdin")(
        "format,f", po::value(&format), "output: text (default) or json")("per-topic",
                                                                          "also print each topic's figures");
    po::positional_options_description positional;
    positional.add("run", 1);
    auto parsed = parse_command_line(args, options, positional, usage);
    if (auto* code = std::get_if<int>(&parsed)) return *code;
    auto& vm = std::get<po::variables_map>(parsed);
    OutputFormat output_format = parse_output_format(format, {OutputFormat::text, OutputFormat::json});
    bool per_topic = vm.count("per-topic") > 0;
    try {
        auto qrels = read_file(qrels_path,
                               [](std::istream& in, const std::string& name) { return search::read_qrels(in, name); });
        auto run =
            read_file(run_path, [](std::istream& in, const std::string& name) { return search::read_run(in, name); });
        search::Evaluation evaluation = search::evaluate(run, qrels);
        if (output_format == OutputFormat::json) {
            std::cout << output::evaluation_to_json(evaluation, per_topic).dump(2) << "\n";
        } else {
            output::print_evaluation_text(std::cout, evaluation, per_topic);
        }
        return exit_code::found;
    } catch (const Error& error) {
        // A malformed qrels or run file is bad input the user must fix: say where, exit 2.
        if (error.kind() != ErrorKind::input) throw;
        std::cerr << "newsdex: " << describe(error) << "\n";
        return exit_code::usage;
    }
}

}  // namespace newsdex::cli
