// Shared option handling: one definition of --index and --format, one resolution of TTY settings.
#include "cli/common_options.h"

#include <unistd.h>
#include <cstdlib>
#include <iostream>

#include "core/error.h"

namespace newsdex::cli {

void add_index_option(po::options_description& options, std::vector<std::string>& target) {
    options.add_options()("index,i", po::value(&target)->composing(),
                          "index directory or Xapian stub file; repeat for shards (default: $NEWSDEX_INDEX, "
                          "else index/)");
}

std::vector<std::string> resolve_index(const std::vector<std::string>& given) {
    if (!given.empty()) return given;
    if (const char* env = std::getenv("NEWSDEX_INDEX"); env != nullptr && *env != '\0') return {env};
    return {"index"};
}

namespace {

std::size_t parse_count(const std::string& text, const char* option) {
    bool digits = !text.empty() && text.size() <= 10 && text.find_first_not_of("0123456789") == std::string::npos;
    if (!digits || std::stoull(text) > max_count_option) {
        throw Error(ErrorKind::usage, "--" + std::string(option) + " '" + text + "' is not a whole number from 0 to " +
                                          std::to_string(max_count_option));
    }
    return static_cast<std::size_t>(std::stoull(text));
}

}  // namespace

po::typed_value<std::string>* count_value(std::size_t& target, const char* option) {
    return po::value<std::string>()->notifier(
        [&target, option](const std::string& text) { target = parse_count(text, option); });
}

po::typed_value<std::string>* count_value(unsigned& target, const char* option) {
    return po::value<std::string>()->notifier(
        [&target, option](const std::string& text) { target = static_cast<unsigned>(parse_count(text, option)); });
}

namespace {
const char* name_of(OutputFormat f) {
    switch (f) {
        case OutputFormat::text: return "text";
        case OutputFormat::json: return "json";
        case OutputFormat::jsonl: return "jsonl";
        case OutputFormat::tsv: return "tsv";
        case OutputFormat::trec: return "trec";
        case OutputFormat::conll: return "conll";
        case OutputFormat::html: return "html";
    }
    return "text";
}
}  // namespace

std::string format_choices(const std::vector<OutputFormat>& allowed) {
    std::string out;
    for (auto f : allowed) {
        if (!out.empty()) out += ", ";
        out += name_of(f);
    }
    return out;
}

OutputFormat parse_output_format(const std::string& name, const std::vector<OutputFormat>& allowed) {
    for (auto f : allowed) {
        if (name == name_of(f)) return f;
    }
    throw Error(ErrorKind::usage, "unknown --format '" + name + "' (choose from " + format_choices(allowed) + ")");
}

Terminal resolve_terminal() {
    Terminal t;
    const char* no_color = std::getenv("NO_COLOR");
    t.color = isatty(STDOUT_FILENO) && (no_color == nullptr || *no_color == '\0');
    t.progress = isatty(STDERR_FILENO);
    return t;
}

std::variant<po::variables_map, int> parse_command_line(const std::vector<std::string>& args,
                                                        const po::options_description& options,
                                                        const po::positional_options_description& positional,
                                                        const std::string& usage) {
    po::options_description all;
    all.add(options);
    all.add_options()("help,h", "show this help");
    po::variables_map vm;
    try {
        po::store(po::command_line_parser(args).options(all).positional(positional).run(), vm);
        if (vm.count("help")) {
            std::cout << usage << "\n\n" << all << "\n";
            return 0;
        }
        po::notify(vm);
    } catch (const po::error& error) {
        throw Error(ErrorKind::usage, std::string(error.what()) + " (see --help)");
    }
    return vm;
}

}  // namespace newsdex::cli
