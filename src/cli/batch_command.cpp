// The batch and bench-queries subcommands: many queries from a file, results as JSONL, TREC run or TSV.
#include <chrono>
#include <fstream>
#include <iostream>
#include <optional>

#include <fmt/format.h>

#include "cli/commands_internal.h"
#include "cli/common_options.h"
#include "cli/search_options.h"
#include "core/error.h"
#include "output/batch_printer.h"
#include "search/batch_input.h"
#include "search/batch_runner.h"
#include "search/searcher.h"
#include "search/weighting.h"
#include "text/alias_table.h"

namespace newsdex::cli {
namespace {

constexpr const char* batch_usage =
    "usage: newsdex batch [FILE|-] [--index DIR] [--format jsonl|trec|tsv] [--threads N] [options]\n\n"
    "Runs one query per input line (stdin when FILE is '-' or absent). A line is a plain query, a TSV\n"
    "'qid<TAB>query' (the bench's query files), or a JSON object with the keys\n"
    "  id, query, limit, offset, facets, facet_limit, exact_facets, from, to, mentions, person, org,\n"
    "  place, source, category, language, sort\n"
    "e.g. {\"id\": \"q7\", \"query\": \"oil prices\", \"limit\": 20, \"facets\": [\"person\"], \"from\": "
    "\"1987-03\"}.\n"
    "Options below are defaults for every line; a JSON line overrides them. Output keeps input order:\n"
    "jsonl (default) one object per query, a bad line as {\"id\", \"line\", \"error\"}; trec (TREC run\n"
    "format 'qid Q0 docid rank score run'; errors on stderr); tsv (one row per hit).\n"
    "Bench mode (the query contract of ../shared/bench/README.md): --warmup N runs the whole set N times\n"
    "silently, then once more single-threaded, timing each query (parse + search + ids), and prints\n"
    "{\"qid\", \"micros\", \"hits\", \"total\"} per query, with no snippets, facets or spelling:\n"
    "  newsdex batch --db {index} --queries {queries} --limit {k} --warmup {warmup}\n"
    "Exit codes: 0 every line ran, 1 some line failed, 2 bad usage, 3 index missing or unreadable.";

// Ranking options shared by batch and bench-queries (engineering knobs; defaults are newsdex's own).
struct RankingValues {
    std::size_t expand = 0;
    std::size_t feedback_docs = 0;
    std::string stopwords;
    double proximity = -1;               // unset: the default
    unsigned proximity_window = 0;       // unset: the default
    double min_normlen = -1;             // unset: the default
    double headline = -1;                // unset: the default
    std::size_t stopword_min_words = 0;  // unset: the default
    std::string weighting;               // unset: the default (IneB2; BM25 with --bm25)
};

void add_ranking_options(po::options_description& options, RankingValues& v) {
    options.add_options()("expand", po::value(&v.expand),
                          "pseudo-relevance feedback: add N terms from the top hits to the query (default 0 = off)")(
        "feedback-docs", po::value(&v.feedback_docs), "top hits that pseudo-relevance feedback reads (default 10)")(
        "stopwords", po::value(&v.stopwords), "drop English stop words from queries: on (default) or off")(
        "stopwords-min-words", po::value(&v.stopword_min_words),
        ("... only from queries of at least N words (default " + std::to_string(search::default_stopword_min_words) +
         "; 1 = every query)")
            .c_str())("proximity", po::value(&v.proximity),
                      "boost of neighbouring query words found close together (0 = off)")(
        "proximity-window", po::value(&v.proximity_window), "how close, in words, for --proximity (default 8)")(
        "headline-weight", po::value(&v.headline),
        "weight of the query's words as headline terms, scored on their own, added to a plain query's (0 = off)")(
        "bm25-min-normlen", po::value(&v.min_normlen),
        "rank by BM25, documents shorter than this fraction of the average length counting as that long")(
        "weighting", po::value(&v.weighting),
        "ranking function instead of the default (DFR IneB2, c 4.5): bm25, bm25+:K1,B,DELTA, pl2:C, pl2+:C,DELTA, "
        "inl2:C, ifb2:C, ineb2:C, bb2:C, "
        "dlh, dph, lm:MU (Dirichlet), tfidf");
}

void apply_ranking_options(const RankingValues& v, search::QuerySpec& spec) {
    spec.expand_terms = v.expand;
    if (v.feedback_docs > 0) spec.feedback_docs = v.feedback_docs;
    if (v.proximity >= 0) spec.proximity_weight = v.proximity;
    if (v.proximity_window > 0) spec.proximity_window = v.proximity_window;
    if (v.min_normlen >= 0) spec.bm25_min_normlen = v.min_normlen;
    if (v.headline >= 0) spec.headline_weight = v.headline;
    if (v.stopword_min_words > 0) spec.stopword_min_words = v.stopword_min_words;
    if (!v.weighting.empty()) {
        search::make_weighting(v.weighting, spec.bm25, spec.bm25_min_normlen);  // usage error before any query
        spec.weighting = v.weighting;
    }
    if (v.stopwords == "off") {
        spec.stopwords = false;
    } else if (!v.stopwords.empty() && v.stopwords != "on") {
        throw Error(ErrorKind::usage, "--stopwords wants on or off");
    }
}

struct BatchSettings {
    std::string input = "-";
    std::optional<std::size_t> warmup;  // set: bench mode
    std::vector<std::string> index;
    OutputFormat format = OutputFormat::jsonl;
    std::string run_id = "newsdex";
    unsigned threads = 1;
    search::QuerySpec defaults;
    std::vector<std::string> alias_files;
};

std::variant<BatchSettings, int> parse_batch(const std::vector<std::string>& args) {
    BatchSettings settings;
    std::string format = "jsonl";
    SearchOptionValues search_values;
    RankingValues ranking;
    po::options_description options("batch options");
    add_index_option(options, settings.index);
    options.add_options()("input", po::value(&settings.input), "query file, or - for stdin (default)")(
        "queries", po::value(&settings.input), "query file (same as FILE)")(
        "db", po::value(&settings.index)->composing(), "the index (same as --index)")(
        "warmup", po::value<std::size_t>(), "bench mode: untimed passes over the whole set first (see above)")(
        "format,f", po::value(&format), "output: jsonl (default), trec or tsv")(
        "run-id", po::value(&settings.run_id), "run name in the last column of --format trec (default newsdex)")(
        "threads,j", po::value(&settings.threads),
        "queries run in parallel, each thread with its own index "
        "handle (default 1)")("limit,n", count_value(settings.defaults.limit, "limit"), "hits per query (default 10)")(
        "offset", count_value(settings.defaults.offset, "offset"), "hits to skip first")(
        "facet-limit", count_value(settings.defaults.facet_limit, "facet-limit"),
        "values per facet (default 10; 0 = all)")("no-snippets", "leave out snippets (faster)")(
        "count-bound", count_value(settings.defaults.count_bound, "count-bound"),
        "count matches exactly up to this many, bounds above (default 2000; 0 = Xapian's estimate, faster)")(
        "facet-exact-bound", count_value(settings.defaults.facet_exact_bound, "facet-exact-bound"),
        "count facets exactly up to this many matches, a marked sample above (default 25000)")(
        "no-suggest", "leave out spelling suggestions (faster)")(
        "aliases", po::value(&settings.alias_files)->composing(), "extra alias table for filter values");
    add_search_options(options, search_values);
    add_ranking_options(options, ranking);
    po::positional_options_description positional;
    positional.add("input", 1);
    auto parsed = parse_command_line(args, options, positional, batch_usage);
    if (auto* code = std::get_if<int>(&parsed)) return *code;
    auto& vm = std::get<po::variables_map>(parsed);
    settings.format = parse_output_format(format, {OutputFormat::jsonl, OutputFormat::trec, OutputFormat::tsv});
    if (settings.threads == 0) throw Error(ErrorKind::usage, "--threads must be at least 1");
    if (settings.run_id.empty() || settings.run_id.find_first_of(" \t\n") != std::string::npos) {
        throw Error(ErrorKind::usage, "--run-id must be one word");
    }
    settings.defaults.snippets = vm.count("no-snippets") == 0 && settings.format == OutputFormat::jsonl;
    settings.defaults.suggest = vm.count("no-suggest") == 0 && settings.format == OutputFormat::jsonl;
    if (vm.count("warmup")) {
        settings.warmup = vm["warmup"].as<std::size_t>();
        if (vm.count("format") || settings.threads != 1) {
            throw Error(ErrorKind::usage, "--warmup (bench mode) has its own output and runs on one thread");
        }
        settings.defaults.snippets = false;
        settings.defaults.suggest = false;
        settings.defaults.ids_only = true;
    }
    apply_search_options(search_values, settings.defaults);
    apply_ranking_options(ranking, settings.defaults);
    settings.index = resolve_index(settings.index);
    return settings;
}

text::AliasTable load_aliases(const std::vector<std::string>& files) {
    text::AliasTable aliases = text::AliasTable::load_default();
    for (const auto& file : files) aliases.add_file(file);
    return aliases;
}

std::vector<search::BatchQuery> read_queries(const std::string& path, const search::QuerySpec& defaults) {
    if (path == "-") return search::read_batch(std::cin, defaults);
    std::ifstream in(path);
    if (!in) throw Error(ErrorKind::io, "cannot read the query file", path);
    return search::read_batch(in, defaults);
}

// The bench contract: untimed warm-up passes, then one timed single-threaded pass.
int run_bench(const BatchSettings& settings, const std::vector<search::BatchQuery>& queries) {
    search::Searcher searcher(search::open_index(settings.index), nullptr);
    searcher.keep_columns();  // as `batch` always does; loaded during the warm-up
    for (std::size_t pass = 0; pass < *settings.warmup; ++pass) {
        for (const auto& query : queries) {
            if (query.ok()) (void)search::run_one(searcher, query);
        }
    }
    for (const auto& query : queries) {
        auto started = std::chrono::steady_clock::now();
        search::BatchOutcome outcome = search::run_one(searcher, query);
        auto micros = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - started);
        if (!outcome.result) {
            std::cerr << fmt::format("newsdex: {}:{}: query {}: {}\n", settings.input, outcome.line, outcome.id,
                                     outcome.error);
        }
        output::print_bench_line(std::cout, outcome.id, micros.count(), outcome.result ? &*outcome.result : nullptr);
    }
    std::cout.flush();
    return exit_code::found;
}

}  // namespace

int run_batch_command(const std::vector<std::string>& args) {
    auto parsed = parse_batch(args);
    if (auto* code = std::get_if<int>(&parsed)) return *code;
    BatchSettings& settings = std::get<BatchSettings>(parsed);
    auto queries = read_queries(settings.input, settings.defaults);
    std::ios::sync_with_stdio(false);
    if (settings.warmup) return run_bench(settings, queries);
    text::AliasTable aliases = load_aliases(settings.alias_files);
    search::BatchRunOptions options{settings.index, settings.threads, &aliases};
    std::size_t failed = 0;
    search::run_batch(queries, options, [&](const search::BatchOutcome& outcome) {
        if (!outcome.result) {
            ++failed;
            if (settings.format != OutputFormat::jsonl) {
                std::cerr << fmt::format("newsdex: {}:{}: query {}: {}\n", settings.input, outcome.line, outcome.id,
                                         outcome.error);
            }
        }
        switch (settings.format) {
            case OutputFormat::trec: output::print_batch_trec(std::cout, outcome, settings.run_id); break;
            case OutputFormat::tsv: output::print_batch_tsv(std::cout, outcome); break;
            default: output::print_batch_jsonl(std::cout, outcome); break;
        }
    });
    std::cout.flush();
    if (failed > 0) {
        std::cerr << fmt::format("newsdex: {} of {} queries failed\n", failed, queries.size());
        return exit_code::nothing_found;
    }
    return exit_code::found;
}

}  // namespace newsdex::cli
