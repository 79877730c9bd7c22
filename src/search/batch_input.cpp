// Batch lines -> QuerySpecs. Problems become per-line errors so one bad line never stops a batch.
#include "search/batch_input.h"

#include <algorithm>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "core/error.h"
#include "search/facets.h"

namespace newsdex::search {
namespace {

using nlohmann::json;

// Thrown inside this file only, turned into BatchQuery::error.
struct LineError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

std::string as_string(const json& value, const char* key) {
    if (value.is_string()) return value.get<std::string>();
    if (value.is_number_integer()) return std::to_string(value.get<long long>());
    throw LineError(std::string("\"") + key + "\" must be a string");
}

std::size_t as_count(const json& value, const char* key) {
    if (!value.is_number_integer() || value.get<long long>() < 0) {
        throw LineError(std::string("\"") + key + "\" must be a non-negative integer");
    }
    return value.get<std::size_t>();
}

// A string (comma-separated for facets) or an array of strings.
std::vector<std::string> as_list(const json& value, const char* key, bool split_commas) {
    std::vector<std::string> out;
    auto add = [&](const std::string& s) {
        if (!split_commas) {
            if (!s.empty()) out.push_back(s);
            return;
        }
        std::size_t start = 0;
        while (start <= s.size()) {
            std::size_t comma = std::min(s.find(',', start), s.size());
            if (comma > start) out.push_back(s.substr(start, comma - start));
            start = comma + 1;
        }
    };
    if (value.is_string()) {
        add(value.get<std::string>());
    } else if (value.is_array()) {
        for (const auto& item : value) {
            if (!item.is_string()) throw LineError(std::string("\"") + key + "\" must hold strings");
            add(item.get<std::string>());
        }
    } else {
        throw LineError(std::string("\"") + key + "\" must be a string or an array of strings");
    }
    return out;
}

void apply_json(const json& object, QuerySpec& spec) {
    static const char* const filter_keys[] = {"person", "org", "place", "source", "category", "language"};
    bool has_query = false;
    for (const auto& [key, value] : object.items()) {
        if (key == "id") {
            spec.id = as_string(value, "id");
        } else if (key == "query") {
            if (!value.is_string()) throw LineError("\"query\" must be a string");
            spec.query = value.get<std::string>();
            has_query = true;
        } else if (key == "limit") {
            spec.limit = as_count(value, "limit");
        } else if (key == "offset") {
            spec.offset = as_count(value, "offset");
        } else if (key == "facet_limit") {
            spec.facet_limit = as_count(value, "facet_limit");
        } else if (key == "facets") {
            spec.facets = as_list(value, "facets", true);
        } else if (key == "exact_facets") {
            if (!value.is_boolean()) throw LineError("\"exact_facets\" must be true or false");
            spec.exact_facets = value.get<bool>();
        } else if (key == "from") {
            spec.from = as_string(value, "from");
        } else if (key == "to") {
            spec.to = as_string(value, "to");
        } else if (key == "mentions") {
            spec.mentions = as_string(value, "mentions");
        } else if (key == "sort") {
            if (!value.is_string()) throw LineError("\"sort\" must be a string");
            spec.sort = parse_sort_order(value.get<std::string>());
        } else if (std::find(std::begin(filter_keys), std::end(filter_keys), key) != std::end(filter_keys)) {
            auto values = as_list(value, key.c_str(), false);
            if (!values.empty()) spec.filters[key] = std::move(values);
        } else {
            throw LineError("unknown key \"" + key + "\" (known: " + batch_json_keys + ")");
        }
    }
    if (!has_query && spec.filters.empty() && spec.from.empty() && spec.to.empty() && spec.mentions.empty()) {
        throw LineError("no \"query\" (nor any filter) given");
    }
    for (const auto& name : spec.facets) FacetCounter check(name);  // throws Error(usage) for unknown names
}

}  // namespace

SortOrder parse_sort_order(const std::string& name) {
    if (name == "relevance") return SortOrder::relevance;
    if (name == "date") return SortOrder::date_ascending;
    if (name == "-date") return SortOrder::date_descending;
    throw Error(ErrorKind::usage, "unknown sort '" + name + "' (choose from relevance, date, -date)");
}

BatchQuery parse_batch_line(std::string_view text, std::size_t line, const QuerySpec& defaults) {
    BatchQuery out;
    out.line = line;
    out.spec = defaults;
    out.spec.id = std::to_string(line);
    std::size_t first = text.find_first_not_of(" \t");
    try {
        if (text.find('\0') != std::string_view::npos) throw LineError("line contains a NUL byte");
        if (first != std::string_view::npos && text[first] == '{') {
            json object = json::parse(text.begin(), text.end());  // throws json::parse_error
            if (!object.is_object()) throw LineError("not a JSON object");
            // Take the id first, so even a line with a bad field is reported under its own id.
            if (auto id = object.find("id"); id != object.end() && (id->is_string() || id->is_number_integer())) {
                out.spec.id = as_string(*id, "id");
            }
            apply_json(object, out.spec);
            // "\u0000" in JSON is a NUL too: refused as `query` refuses it (issue 17).
            if (out.spec.query.find('\0') != std::string::npos) throw LineError("query contains a NUL byte");
        } else if (std::size_t tab = text.find('\t'); tab != std::string_view::npos && tab > 0) {
            out.spec.id = std::string(text.substr(0, tab));
            out.spec.query = std::string(text.substr(tab + 1));
        } else {
            out.spec.query = std::string(text);
        }
    } catch (const json::exception& error) {
        out.error = std::string("malformed JSON: ") + error.what();
    } catch (const LineError& error) {
        out.error = error.what();
    } catch (const Error& error) {
        out.error = error.reason();
    }
    return out;
}

std::vector<BatchQuery> read_batch(std::istream& in, const QuerySpec& defaults) {
    std::vector<BatchQuery> out;
    std::string text;
    for (std::size_t line = 1; std::getline(in, text); ++line) {
        if (!text.empty() && text.back() == '\r') text.pop_back();
        if (text.find_first_not_of(" \t") == std::string::npos) continue;
        out.push_back(parse_batch_line(text, line, defaults));
    }
    return out;
}

}  // namespace newsdex::search
