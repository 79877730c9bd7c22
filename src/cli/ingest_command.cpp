// The ingest subcommand: options in, one summary line out; diagnostics and progress on stderr.
#include "cli/ingest_command.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <csignal>
#include <iostream>
#include <thread>

#include <fmt/format.h>

#include "cli/commands_internal.h"
#include "cli/common_options.h"
#include "core/date.h"
#include "core/error.h"
#include "index/compaction.h"
#include "index/removal.h"
#include "text/language.h"

namespace newsdex::cli {
namespace {

std::atomic<bool> stop_requested{false};

extern "C" void request_stop(int) { stop_requested.store(true); }

constexpr const char* usage =
    "usage: newsdex ingest PATH... [--index DIR] [options]\n\n"
    "Reads articles from files and directories (recursively; .txt/.md, .jsonl/.ndjson, .html, RSS/Atom/RDF\n"
    "feeds, .warc/.arc web archives, any of them .gz; by content when the name does not say; '-' reads JSONL\n"
    "from stdin) and adds them to the index. Re-ingesting replaces changed articles and skips unchanged ones.\n"
    "A file is named by its real path, so the same file ingested from anywhere is one article. Prints a\n"
    "summary (with web-archive records by type and inputs that held no article, by reason); problems go to\n"
    "stderr with file and line.";

// Web-archive records by type and the inputs that held no article, by reason: every input accounted for.
void print_accounting(const pipeline::IngestSummary& summary) {
    if (summary.dates_not_used > 0) {
        std::cout << fmt::format("dates not used: {} (reported above; those articles are indexed without them)\n",
                                 summary.dates_not_used);
    }
    if (!summary.records.empty()) {
        std::string line = "records:";
        const char* separator = " ";
        for (const auto& [type, count] : summary.records) {
            auto articles = summary.record_articles.find(type);
            line += fmt::format("{}{} {}", separator, count, type);
            if (articles != summary.record_articles.end()) line += fmt::format(" ({} articles)", articles->second);
            separator = ", ";
        }
        std::cout << line << "\n";
    }
    if (!summary.passed_over.empty()) {
        std::vector<std::pair<std::size_t, std::string>> reasons;
        for (const auto& [reason, count] : summary.passed_over) reasons.emplace_back(count, reason);
        std::sort(reasons.begin(), reasons.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
        std::string line = "no article in:";
        const char* separator = " ";
        for (const auto& [count, reason] : reasons) {
            line += fmt::format("{}{} {}", separator, count, reason);
            separator = ", ";
        }
        std::cout << line << " (-v lists them)\n";
    }
}

void prune(const IngestSettings& settings) {
    std::vector<std::string> roots;
    for (const auto& input : settings.options.inputs) {
        if (input != "-") roots.push_back(input);
    }
    index::ShardedWriter writer(settings.options.index, settings.options.stemmer_language, 0);
    std::vector<std::string> gone;
    std::size_t removed = index::prune_missing_files(writer, roots, gone);
    writer.commit();
    if (settings.verbose) {
        for (const auto& file : gone) std::cerr << "newsdex: " << file << ": gone; its articles deleted\n";
    }
    if (!settings.quiet) {
        std::cout << fmt::format("pruned {} articles of {} files gone; {} articles in {}\n", removed, gone.size(),
                                 writer.document_count(), settings.options.index.string());
    }
}

}  // namespace

namespace {

// Options as typed, before they are checked and turned into IngestSettings.
struct TypedIngestOptions {
    std::vector<std::string> index;
    std::string format = "auto";
    std::string default_date;
    std::string date_order = "mdy";
    std::string language = "en";
    std::string stemming = "language";
    std::vector<std::string> aliases;
    std::string stored_text;
    // One core is the writer thread's (Xapian's writer is the slower half of an ingest); it analyses too when
    // analysis is behind. A worker on every core left the writer a share of one.
    unsigned threads = std::max(2u, std::thread::hardware_concurrency()) - 1;
};

po::options_description ingest_options(IngestSettings& settings, TypedIngestOptions& typed,
                                       const std::string& format_help) {
    po::options_description options("ingest options");
    add_index_option(options, typed.index);
    options.add_options()("input", po::value(&settings.options.inputs)->composing(), "files or directories to read")(
        "format,f", po::value(&typed.format), format_help.c_str())(
        "threads,j", po::value(&typed.threads),
        "analysis threads besides the writer, which also analyses when they are behind (default: cores - 1)")(
        "batch-size", po::value(&settings.options.batch_size), "articles per commit (default 2000)")(
        "shards", po::value(&settings.options.shards),
        "split a new index into N shards, one writer each, joined by a stub file (default: as the index is, "
        "1 for a new one)")(
        "segment-size", po::value(&settings.options.segment_size),
        "a new unsharded index starts a new segment after this many articles, so commits stay as cheap as in a "
        "small index (default 200000; 0: one database)")(
        "store", po::value(&typed.stored_text),
        "what a new index keeps of each article's text: full (default; query-biased snippets) or none (headline "
        "and metadata only: a smaller index, snippets from the headline; for when the originals are kept "
        "elsewhere). Every word is searchable either way")(
        "compact", "compact the index at the end (merges shards or segments into one database)")(
        "language", po::value(&typed.language),
        "stemming language of a new index (ISO 639-1, default en), for articles of no known language")(
        "stemming", po::value(&typed.stemming),
        "how a new index stems articles: language (default; each with the stemmer of its own language, guessed "
        "from its text, when there is one) or index (every article with --language's, as indexes before "
        "2026-12-06)")("default-date", po::value(&typed.default_date),
                       "publication date for articles with none (YYYY-MM-DD)")(
        "date-order", po::value(&typed.date_order),
        "how metadata dates such as 02/03/2021 are read: mdy (default, 2021-02-03) or dmy (2021-03-02); "
        "each file that has one is told once")("aliases", po::value(&typed.aliases)->composing(),
                                               "extra alias table (TSV, see data/aliases.tsv)")(
        "no-entities", "skip named-entity recognition (faster)")(
        "prune", "delete articles whose file is gone from under the PATHs given")(
        "verbose,v",
        "one line on stderr for each input that holds no article (unrecognised files, WARC "
        "request records, ...)")("quiet,q", "no summary line");
    return options;
}

// Checks the typed values and stores them in settings; a bad value is a usage error.
void apply_ingest_options(const TypedIngestOptions& typed, const po::variables_map& vm, IngestSettings& settings) {
    if (settings.options.inputs.empty()) throw Error(ErrorKind::usage, "ingest needs at least one PATH (see --help)");
    auto locations = resolve_index(typed.index);
    if (locations.size() != 1) throw Error(ErrorKind::usage, "ingest writes one --index");
    settings.options.index = locations.front();
    settings.options.read.format = ingest::parse_input_format(typed.format);
    settings.options.threads = std::max(1u, typed.threads);
    if (settings.options.batch_size == 0) throw Error(ErrorKind::usage, "--batch-size must be positive");
    const std::string& language = typed.language;
    settings.options.stemmer_language = language == "none" ? "none" : text::stemmer_for_language(language);
    if (settings.options.stemmer_language.empty()) {
        throw Error(ErrorKind::usage, "no stemmer for --language '" + language + "' (choose from " +
                                          text::stemming_language_codes() + ", none)");
    }
    if (!typed.default_date.empty()) {
        settings.options.analysis.default_date = newsdex::parse_date_value(typed.default_date);
        if (!settings.options.analysis.default_date) {
            throw Error(ErrorKind::usage, "--default-date '" + typed.default_date + "' is not a date (use YYYY-MM-DD)");
        }
    }
    if (typed.date_order == "dmy") {
        settings.options.date_order = DateOrder::dmy;
    } else if (typed.date_order != "mdy") {
        throw Error(ErrorKind::usage, "--date-order '" + typed.date_order + "' is not mdy or dmy");
    }
    if (typed.stemming != "language" && typed.stemming != "index") {
        throw Error(ErrorKind::usage, "--stemming '" + typed.stemming + "' is not language or index");
    }
    settings.options.stem_by_language = typed.stemming == "language";
    for (const auto& file : typed.aliases) settings.options.analysis.alias_files.emplace_back(file);
    if (vm.count("store")) {
        settings.options.stored_text = index::parse_stored_text(typed.stored_text);
        if (!settings.options.stored_text) {
            throw Error(ErrorKind::usage, "--store '" + typed.stored_text + "' is not full or none");
        }
    }
    settings.options.analysis.entities = vm.count("no-entities") == 0;
    settings.quiet = vm.count("quiet") > 0;
    settings.compact = vm.count("compact") > 0;
    settings.verbose = vm.count("verbose") > 0;
    settings.prune = vm.count("prune") > 0;
}

}  // namespace

std::variant<IngestSettings, int> parse_ingest(const std::vector<std::string>& args) {
    IngestSettings settings;
    TypedIngestOptions typed;
    // input_format_names starts with "auto, ".
    const std::string format_help =
        "input format: auto (by name, else by content), " + std::string(ingest::input_format_names).substr(6);
    const po::options_description options = ingest_options(settings, typed, format_help);
    po::positional_options_description positional;
    positional.add("input", -1);
    auto parsed = parse_command_line(args, options, positional, usage);
    if (auto* code = std::get_if<int>(&parsed)) return *code;
    apply_ingest_options(typed, std::get<po::variables_map>(parsed), settings);
    return settings;
}

int run_ingest_command(const std::vector<std::string>& args) {
    auto parsed = parse_ingest(args);
    if (auto* code = std::get_if<int>(&parsed)) return *code;
    const IngestSettings& settings = std::get<IngestSettings>(parsed);
    Terminal terminal = resolve_terminal();

    std::size_t reported = 0;
    bool progress_shown = false;
    auto clear_progress = [&]() {
        if (progress_shown) std::cerr << "\r\x1b[K";
        progress_shown = false;
    };
    ingest::Reporter report = [&](const ingest::Diagnostic& d) {
        if (d.passed_over && !settings.verbose) return;  // counted in the summary instead
        clear_progress();
        ++reported;
        std::cerr << "newsdex: " << ingest::format_diagnostic(d) << "\n";
    };
    auto started = std::chrono::steady_clock::now();
    auto last_progress = started;
    pipeline::ProgressCallback progress;
    if (terminal.progress) {
        progress = [&](const pipeline::IngestSummary& s) {
            auto now = std::chrono::steady_clock::now();
            if (now - last_progress < std::chrono::milliseconds(200)) return;
            last_progress = now;
            double seconds = std::chrono::duration<double>(now - started).count();
            std::size_t done = s.added + s.updated + s.unchanged;
            std::cerr << fmt::format("\r\x1b[Kingesting: {} articles ({:.0f}/s), {} skipped", done,
                                     seconds > 0 ? done / seconds : 0.0, s.skipped)
                      << std::flush;
            progress_shown = true;
        };
    }
    stop_requested.store(false);
    std::signal(SIGINT, request_stop);
    std::signal(SIGTERM, request_stop);
    pipeline::IngestSummary summary = pipeline::run_ingest(settings.options, report, progress, stop_requested);
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    clear_progress();
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    if (!settings.quiet) {
        std::cout << fmt::format(
            "added {}, updated {}, unchanged {}, skipped {}, repaired {}, undated {}; "
            "{} articles in {} ({:.1f} s)\n",
            summary.added, summary.updated, summary.unchanged, summary.skipped, summary.repaired, summary.undated,
            summary.documents, settings.options.index.string(), seconds);
        print_accounting(summary);
    }
    if (settings.prune && !summary.interrupted) prune(settings);
    if (settings.compact && !summary.interrupted) index::compact_in_place(settings.options.index);
    if (summary.interrupted) {
        std::cerr << "newsdex: interrupted; committed everything written so far (re-run to continue)\n";
        return 130;
    }
    return summary.skipped > 0 ? exit_code::nothing_found : exit_code::found;
}

}  // namespace newsdex::cli
