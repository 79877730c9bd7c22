// Reads articles from files, directories (recursively) and stdin, in a stable order.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "core/article.h"
#include "ingest/diagnostic.h"

namespace newsdex::ingest {

enum class InputFormat { automatic, text, jsonl };

// Names accepted by --format, for parsing and --help.
InputFormat parse_input_format(const std::string& name);  // throws Error(usage)
constexpr const char* input_format_names = "auto, txt, jsonl";

struct ReadOptions {
    InputFormat format = InputFormat::automatic;
};

using ArticleHandler = std::function<void(RawArticle&&)>;

struct ReadCounts {
    std::size_t files = 0;
    std::size_t articles = 0;
    std::size_t skipped = 0;  // items that were reported and not passed on
};

// Reads every article under `paths` ("-" = JSONL on stdin), calling `on_article` for each, in order:
// arguments as given, directory entries sorted by name. Bad files and lines go to `report` and are
// skipped; nothing here throws for bad input. `on_article` may throw to stop reading (the exception
// propagates).
ReadCounts read_articles(const std::vector<std::string>& paths, const ReadOptions& options,
                         const ArticleHandler& on_article, const Reporter& report);

// Format of one file from its name (".gz" stripped first); automatic when unknown.
InputFormat format_from_name(const std::string& path);

}  // namespace newsdex::ingest
