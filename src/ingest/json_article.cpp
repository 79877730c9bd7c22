// simdjson's On-Demand API walks each line once without building a DOM: JSON parsing stays a small part
// of ingest time even though every line is a whole article.
#include "ingest/json_article.h"

#include <optional>

#include <simdjson.h>

namespace newsdex::ingest {
namespace od = simdjson::ondemand;

struct JsonArticleParser::Impl {
    od::parser parser;
    simdjson::padded_string buffer;
};

namespace {

// Nesting that value_text follows (arrays in arrays, {"name": {"name": ...}}). It recurses, and a 100,000-deep
// value in "title" overflowed the stack (issue 7); real metadata nests two or three levels.
constexpr int max_value_depth = 32;

// A scalar or string value as text; arrays of scalars are joined with "; ". Objects yield their "name".
simdjson::error_code value_text(od::value value, std::string& out, std::vector<std::string>* list = nullptr,
                                int depth = 0) {
    if (depth > max_value_depth) return simdjson::DEPTH_ERROR;
    od::json_type type;
    if (auto error = value.type().get(type)) return error;
    switch (type) {
        case od::json_type::string: {
            std::string_view s;
            if (auto error = value.get_string().get(s)) return error;
            out.assign(s);
            if (list != nullptr && !s.empty()) list->emplace_back(s);
            return simdjson::SUCCESS;
        }
        case od::json_type::number:
        case od::json_type::boolean: {
            std::string_view raw = value.raw_json_token();
            while (!raw.empty() &&
                   (raw.back() == ' ' || raw.back() == '\n' || raw.back() == '\t' || raw.back() == '\r' ||
                    raw.back() == ',' || raw.back() == '}' || raw.back() == ']')) {
                raw.remove_suffix(1);
            }
            out.assign(raw);
            if (list != nullptr) list->emplace_back(raw);
            return simdjson::SUCCESS;
        }
        case od::json_type::null: out.clear(); return simdjson::SUCCESS;
        case od::json_type::array: {
            od::array array;
            if (auto error = value.get_array().get(array)) return error;
            out.clear();
            for (auto element : array) {
                od::value item;
                if (auto error = element.get(item)) return error;
                std::string text;
                if (auto error = value_text(item, text, list, depth + 1)) return error;
                if (text.empty()) continue;
                if (!out.empty()) out += "; ";
                out += text;
            }
            return simdjson::SUCCESS;
        }
        case od::json_type::object: {
            od::object object;
            if (auto error = value.get_object().get(object)) return error;
            out.clear();
            for (auto field : object) {
                std::string_view key;
                if (auto error = field.unescaped_key().get(key)) return error;
                if (key == "name" || key == "title") {
                    if (auto error = value_text(field.value(), out, list, depth + 1)) return error;
                }
                // Unconsumed values are skipped by On-Demand; nesting depth is bounded by the parser.
            }
            return simdjson::SUCCESS;
        }
    }
    return simdjson::SUCCESS;
}

// Which article field a JSON key fills; nullptr for ignored keys.
std::string* field_for(std::string_view key, RawArticle& a, bool& is_authors) {
    is_authors = false;
    if (key == "id" || key == "_id" || key == "guid") return &a.id;
    if (key == "title" || key == "headline") return &a.title;
    if (key == "body" || key == "text" || key == "content" || key == "description") return &a.body;
    if (key == "date" || key == "published" || key == "published_at" || key == "pubdate" || key == "publication_date") {
        return &a.date;
    }
    if (key == "source" || key == "publisher") return &a.source;
    if (key == "url" || key == "link") return &a.url;
    if (key == "category" || key == "section") return &a.category;
    if (key == "language" || key == "lang") return &a.language;
    if (key == "authors" || key == "author" || key == "byline") {
        is_authors = true;
        return nullptr;
    }
    return nullptr;
}

// An object or array: text fields given as one may hold no text at all (an object without "name").
bool is_structured(od::value& value) {
    od::json_type type;
    if (value.type().get(type)) return false;
    return type == od::json_type::object || type == od::json_type::array;
}

std::string no_text_note(std::string_view key) {
    return "\"" + std::string(key) + "\" is a JSON object or array with no text in it; left empty";
}

// Where the first JSON value ended. Text after it is an error unless the caller asked for the offset.
std::optional<std::string> check_end(od::document& doc, const char* start, std::size_t size, JsonParseInfo* info) {
    const char* location = nullptr;
    if (doc.current_location().get(location) != simdjson::SUCCESS) {
        if (info != nullptr) info->end = size;  // nothing but white space follows
        return std::nullopt;
    }
    auto offset = static_cast<std::size_t>(location - start);
    if (info == nullptr) return "text after the JSON object (column " + std::to_string(offset + 1) + ")";
    info->end = offset;
    return std::nullopt;
}

}  // namespace

bool is_blank(const std::string& text) noexcept { return text.find_first_not_of(" \t\r\n\f\v") == std::string::npos; }

JsonArticleParser::JsonArticleParser() : impl_(std::make_unique<Impl>()) {}
JsonArticleParser::~JsonArticleParser() = default;

std::variant<RawArticle, std::string> JsonArticleParser::parse(std::string_view json, JsonParseInfo* info) {
    impl_->buffer = simdjson::padded_string(json);
    od::document doc;
    if (auto error = impl_->parser.iterate(impl_->buffer).get(doc)) {
        return std::string("invalid JSON: ") + simdjson::error_message(error);
    }
    od::object object;
    if (auto error = doc.get_object().get(object)) {
        if (error == simdjson::INCORRECT_TYPE) return std::string("not a JSON object");
        return std::string("invalid JSON: ") + simdjson::error_message(error);
    }
    RawArticle article;
    // First match wins: "title" and "headline" both present keep whichever came first.
    for (auto field : object) {
        std::string_view key;
        if (auto error = field.unescaped_key().get(key)) {
            return std::string("invalid JSON: ") + simdjson::error_message(error);
        }
        bool is_authors = false;
        std::string* target = field_for(key, article, is_authors);
        simdjson::error_code error = simdjson::SUCCESS;
        if (is_authors && article.authors.empty()) {
            std::string joined;
            error = value_text(field.value(), joined, &article.authors);
        } else if (target != nullptr && target->empty()) {
            od::value value = field.value();
            bool structured = is_structured(value);
            error = value_text(value, *target);
            if (!error && structured && target->empty() && info != nullptr) info->notes.push_back(no_text_note(key));
        }
        if (error) return std::string("invalid JSON: ") + simdjson::error_message(error);
    }
    if (auto error = check_end(doc, impl_->buffer.data(), json.size(), info)) return *error;
    // A record with an id but no text is still a record (Reuters-21578 has an UNPROC wire item with only an id
    // and a date): it is kept, findable by id and date, and the reader says so. Without an id there is nothing
    // to keep.
    if (is_blank(article.title) && is_blank(article.body) && is_blank(article.id)) {
        return std::string("no \"title\" or \"body\" text");
    }
    return article;
}

}  // namespace newsdex::ingest
