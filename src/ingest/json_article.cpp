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

// A JSON key as the table below spells it: lower case, without '_', '-' or spaces ("pubDate", "published_at"
// and "datePublished" become "pubdate", "publishedat", "datepublished").
std::string folded_key(std::string_view key) {
    std::string out;
    for (char c : key) {
        if (c == '_' || c == '-' || c == ' ') continue;
        out += (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
    }
    return out;
}

// What a JSON key holds (docs/formats.md, "JSON Lines fields", mirrors this table).
enum class JsonField {
    ignored,
    id,
    title,
    body,
    summary,
    date,
    source,
    url,
    authors,
    category,
    places,
    people,
    orgs,
    language
};

JsonField field_of(std::string_view key) {
    static const std::pair<std::string_view, JsonField> table[] = {
        {"id", JsonField::id},
        {"guid", JsonField::id},
        {"uuid", JsonField::id},
        {"title", JsonField::title},
        {"headline", JsonField::title},
        {"body", JsonField::body},
        {"text", JsonField::body},
        {"content", JsonField::body},
        {"maintext", JsonField::body},
        {"article", JsonField::body},
        {"articlebody", JsonField::body},
        {"articletext", JsonField::body},
        {"fulltext", JsonField::body},
        {"story", JsonField::body},
        {"description", JsonField::summary},
        {"summary", JsonField::summary},
        {"teaser", JsonField::summary},
        {"abstract", JsonField::summary},
        {"excerpt", JsonField::summary},
        {"lead", JsonField::summary},
        {"standfirst", JsonField::summary},
        {"date", JsonField::date},
        {"published", JsonField::date},
        {"publishedat", JsonField::date},
        {"publisheddate", JsonField::date},
        {"publishedon", JsonField::date},
        {"pubdate", JsonField::date},
        {"publishdate", JsonField::date},
        {"publicationdate", JsonField::date},
        {"datepublished", JsonField::date},
        {"source", JsonField::source},
        {"publisher", JsonField::source},
        {"sitename", JsonField::source},
        {"url", JsonField::url},
        {"link", JsonField::url},
        {"authors", JsonField::authors},
        {"author", JsonField::authors},
        {"byline", JsonField::authors},
        {"category", JsonField::category},
        {"categories", JsonField::category},
        {"section", JsonField::category},
        {"topics", JsonField::category},
        {"tags", JsonField::category},
        {"keywords", JsonField::category},
        {"places", JsonField::places},
        {"people", JsonField::people},
        {"orgs", JsonField::orgs},
        {"exchanges", JsonField::orgs},  // stock and commodity exchanges: organisations (docs/formats.md)
        {"language", JsonField::language},
        {"lang", JsonField::language},
    };
    const std::string folded = folded_key(key);
    for (const auto& [name, field] : table) {
        if (folded == name) return field;
    }
    return JsonField::ignored;
}

// The text fields of one record, gathered before the body is chosen.
struct TextFields {
    std::string body;     // the longest of the body fields
    std::string summary;  // the longest of the summary fields
};

// The article string a field fills (first one wins), or nullptr for fields gathered otherwise.
std::string* single_target(JsonField field, RawArticle& a) {
    switch (field) {
        case JsonField::id: return &a.id;
        case JsonField::title: return &a.title;
        case JsonField::date: return &a.date;
        case JsonField::source: return &a.source;
        case JsonField::url: return &a.url;
        case JsonField::language: return &a.language;
        default: return nullptr;
    }
}

// The list a field of codes adds to (Reuters-21578 "places", "people", "orgs", "exchanges"), or nullptr.
std::vector<std::string>* code_list(JsonField field, RawArticle& a) {
    switch (field) {
        case JsonField::places: return &a.places;
        case JsonField::people: return &a.people;
        case JsonField::orgs: return &a.orgs;
        default: return nullptr;
    }
}

void append_values(std::string& joined, const std::string& more) {
    if (more.empty()) return;
    if (!joined.empty()) joined += "; ";
    joined += more;
}

// The longest text is the body, whatever the order of the fields ("description" before "content" is a teaser
// before the story); a summary field is the body only when there is no body field. A summary that the body
// already holds is dropped.
void choose_body(TextFields& text, RawArticle& article) {
    if (is_blank(text.body)) {
        article.body = std::move(text.summary);
        return;
    }
    article.body = std::move(text.body);
    if (!is_blank(text.summary) && article.body.find(text.summary) == std::string::npos) {
        article.summary = std::move(text.summary);
    }
}

// An object or array: text fields given as one may hold no text at all (an object without "name").
bool is_structured(od::value& value) {
    od::json_type type;
    if (value.type().get(type)) return false;
    return type == od::json_type::object || type == od::json_type::array;
}

std::string no_text_note(std::string_view key) {
    return std::string("\"").append(key).append("\" is a JSON object or array with no text in it; left empty");
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

// Reads one field's value into the article (or the gathered text fields).
simdjson::error_code read_field(JsonField kind, std::string_view key, od::value value, RawArticle& article,
                                TextFields& text, JsonParseInfo* info) {
    if (kind == JsonField::ignored) return simdjson::SUCCESS;
    if (kind == JsonField::authors) {
        if (!article.authors.empty()) return simdjson::SUCCESS;
        std::string joined;
        return value_text(value, joined, &article.authors);
    }
    std::string* single = single_target(kind, article);
    if (single != nullptr && !single->empty()) return simdjson::SUCCESS;
    const bool structured = is_structured(value);
    std::string got;
    std::vector<std::string> items;
    if (auto error = value_text(value, got, &items)) return error;
    // An empty list of categories or codes is no loss (Reuters-21578 writes "topics": [] for most articles).
    std::vector<std::string>* codes = code_list(kind, article);
    const bool list = kind == JsonField::category || codes != nullptr;
    if (structured && got.empty() && !list && info != nullptr) info->notes.push_back(no_text_note(key));
    switch (kind) {
        case JsonField::body:
            if (got.size() > text.body.size()) text.body = std::move(got);
            break;
        case JsonField::summary:
            if (got.size() > text.summary.size()) text.summary = std::move(got);
            break;
        case JsonField::category: append_values(article.category, got); break;
        case JsonField::places:
        case JsonField::people:
        case JsonField::orgs:
            for (auto& item : items) codes->push_back(std::move(item));
            break;
        default: *single = std::move(got);
    }
    return simdjson::SUCCESS;
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
    TextFields text;
    // First match wins for single fields: "title" and "headline" both present keep whichever came first.
    for (auto field : object) {
        std::string_view key;
        if (auto error = field.unescaped_key().get(key)) {
            return std::string("invalid JSON: ") + simdjson::error_message(error);
        }
        if (auto error = read_field(field_of(key), key, field.value(), article, text, info)) {
            return std::string("invalid JSON: ") + simdjson::error_message(error);
        }
    }
    choose_body(text, article);
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
