// Reads articles from files, directories (recursively) and stdin, in a stable order.
#pragma once

#include <atomic>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/article.h"
#include "ingest/diagnostic.h"

namespace newsdex::ingest {

enum class InputFormat { automatic, text, jsonl, json, html, feed, warc, arc };

// Names accepted by --format, for parsing and --help.
InputFormat parse_input_format(const std::string& name);  // throws Error(usage)
constexpr const char* input_format_names = "auto, txt, jsonl, json, html, feed, warc, arc";

struct ReadOptions {
    InputFormat format = InputFormat::automatic;
    // Polled before each article is passed on; once set, reading ends there (a signal asked the ingest to stop).
    const std::atomic<bool>* stop = nullptr;
};

using ArticleHandler = std::function<void(RawArticle&&)>;

struct ReadCounts {
    std::size_t files = 0;
    std::size_t articles = 0;
    std::size_t skipped = 0;                             // items that were reported and not passed on
    std::map<std::string, std::size_t> records;          // web-archive records read, by WARC-Type
    std::map<std::string, std::size_t> record_articles;  // of those, the ones that gave an article
    std::map<std::string, std::size_t> passed_over;      // inputs holding no article, by reason
    bool stopped = false;                                // ended early by ReadOptions::stop
};

// Reads every article under `paths` ("-" = JSONL on stdin), calling `on_article` for each, in order:
// arguments as given, directory entries sorted by name. A file's format comes from its name, else from its
// content; inside a directory a file of no known format is passed over (reported as such, counted by reason),
// while one named as an argument is read as text. Bad files and lines go to `report` and are
// skipped; nothing here throws for bad input. Reading ends early when `options.stop` is set (counts.stopped);
// an Error thrown by `on_article` (the index's disk is full) propagates.
ReadCounts read_articles(const std::vector<std::string>& paths, const ReadOptions& options,
                         const ArticleHandler& on_article, const Reporter& report);

// A .json file: one article object (pretty-printed or not), an array of article objects, or JSON Lines under a
// .json name (read as .jsonl is). Held whole while read, so larger files are refused (JSON Lines is streamed).
constexpr std::size_t max_json_file_bytes = 256u << 20;

// Format of one file from its name (".gz" stripped first); automatic when unknown.
InputFormat format_from_name(const std::string& path);

// Format of a file from its first bytes (decompressed): WARC, ARC, feed or HTML; automatic when none.
InputFormat format_from_content(std::string_view head);

}  // namespace newsdex::ingest
