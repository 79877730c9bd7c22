// Turns one JSON object (a JSONL line) into a RawArticle.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/article.h"

namespace newsdex::ingest {

// Field names accepted for each article field: the table in json_article.cpp, documented in docs/formats.md
// ("JSON Lines fields"). Keys match without regard to case, "_" or "-"; the longest body field is the body.

// What parse() found besides the article: where its JSON value ended, and what it had to leave out.
struct JsonParseInfo {
    std::size_t end = 0;             // bytes of the text the first JSON value took, with the white space after it
    std::vector<std::string> notes;  // fields whose value held no text where text was expected (issue 17)
};

// Parses JSON text. Not thread-safe: one JsonArticleParser per thread (it owns simdjson's buffers).
class JsonArticleParser {
public:
    JsonArticleParser();
    ~JsonArticleParser();
    JsonArticleParser(const JsonArticleParser&) = delete;
    JsonArticleParser& operator=(const JsonArticleParser&) = delete;

    // The article, or the reason the text is not one (invalid JSON, not an object, neither text nor id).
    // An article with an id but no text is returned: the caller reports it and keeps it. With `info`, text after
    // the first JSON value is allowed (info->end says where it starts: another object on the same line, or junk
    // the caller reports); without it, such text makes the whole text invalid.
    std::variant<RawArticle, std::string> parse(std::string_view json, JsonParseInfo* info = nullptr);

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// True when `text` is empty or only white space.
bool is_blank(const std::string& text) noexcept;

}  // namespace newsdex::ingest
