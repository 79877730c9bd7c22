// `newsdex extract`: what the ingester would index from saved web pages (body, metadata, dropped blocks).
#include <iostream>

#include <nlohmann/json.hpp>

#include "cli/commands_internal.h"
#include "cli/common_options.h"
#include "core/error.h"
#include "ingest/line_reader.h"
#include "webpage/web_page.h"

namespace newsdex::cli {
namespace {

constexpr const char* usage =
    "usage: newsdex extract [--format text|json] [--explain] [--url URL] FILE|-...\n\n"
    "Reads HTML pages (.html, .htm, optionally gzipped; - for stdin) and prints what the ingester would index from\n"
    "each: title, byline, site, dates, language, canonical URL, categories and the article body. --format json\n"
    "prints one JSON object per page (JSON Lines when several pages are given). --explain adds the blocks\n"
    "extraction left out, each with its reason. Diagnostics (charset guesses, a page with no article text) go\n"
    "to stderr.\n"
    "Exit codes: 0 done, 1 some page unreadable or without article text, 2 bad usage.";

nlohmann::json page_to_json(const std::string& file, const webpage::WebPage& page, bool explain) {
    const webpage::PageMetadata& m = page.metadata;
    nlohmann::json out = {{"file", file},
                          {"title", m.title},
                          {"byline", m.byline},
                          {"site_name", m.site_name},
                          {"published", m.published},
                          {"modified", m.modified},
                          {"language", m.language},
                          {"canonical_url", m.canonical_url},
                          {"description", m.description},
                          {"categories", m.categories},
                          {"body", page.body},
                          {"warnings", page.warnings}};
    if (explain) {
        nlohmann::json dropped = nlohmann::json::array();
        for (const auto& block : page.dropped) dropped.push_back({{"reason", block.reason}, {"text", block.text}});
        out["dropped"] = std::move(dropped);
    }
    return out;
}

void print_text(const webpage::WebPage& page, bool explain) {
    const webpage::PageMetadata& m = page.metadata;
    std::cout << m.title << "\n";
    auto field = [](const char* name, const std::string& value) {
        if (!value.empty()) std::cout << name << ": " << value << "\n";
    };
    field("byline", m.byline);
    field("site", m.site_name);
    field("published", m.published);
    field("modified", m.modified);
    field("language", m.language);
    field("canonical", m.canonical_url);
    for (const auto& category : m.categories) field("category", category);
    std::cout << "\n" << page.body << "\n";
    if (explain) {
        std::cout << "\n-- dropped blocks --\n";
        for (const auto& block : page.dropped) std::cout << "[" << block.reason << "] " << block.text << "\n";
    }
}

}  // namespace

int run_extract_command(const std::vector<std::string>& args) {
    std::vector<std::string> files;
    std::string format = "text", url;
    bool explain = false;
    po::options_description options("extract options");
    options.add_options()("format,f", po::value(&format), "output: text (default) or json")(
        "explain", po::bool_switch(&explain), "also list the blocks left out, with the reason")(
        "url", po::value(&url), "the page's URL (for relative canonical links and URL dates)")(
        "file", po::value(&files), "HTML file, or - for stdin");
    po::positional_options_description positional;
    positional.add("file", -1);
    auto parsed = parse_command_line(args, options, positional, usage);
    if (auto* code = std::get_if<int>(&parsed)) return *code;
    OutputFormat out_format = parse_output_format(format, {OutputFormat::text, OutputFormat::json});
    if (files.empty()) throw Error(ErrorKind::usage, "extract needs a FILE (or - for stdin)");
    int status = exit_code::found;
    for (const auto& file : files) {
        std::string bytes;
        try {
            ingest::LineReader reader(file);
            if (!reader.read_all(bytes, webpage::max_page_file_bytes)) {
                std::cerr << "newsdex: " << file << ": larger than " << (webpage::max_page_file_bytes >> 20)
                          << " MB; only its first part read\n";
            }
        } catch (const Error& error) {
            std::cerr << "newsdex: " << file << ": " << error.reason() << "\n";
            status = exit_code::nothing_found;
            continue;
        }
        webpage::WebPage page = webpage::read_web_page({bytes, url.empty() ? file : url, "", explain});
        for (const auto& warning : page.warnings) std::cerr << "newsdex: " << file << ": " << warning << "\n";
        if (page.body.empty()) status = exit_code::nothing_found;
        if (out_format == OutputFormat::json) {
            std::cout
                << page_to_json(file, page, explain).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)
                << "\n";
        } else {
            print_text(page, explain);
        }
    }
    return status;
}

}  // namespace newsdex::cli
