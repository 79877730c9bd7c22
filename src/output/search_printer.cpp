// Layout of search results; the JSON field names are part of newsdex's interface (docs/api.md, README.md).
#include "output/search_printer.h"

#include <fmt/format.h>

namespace newsdex::output {
namespace {

constexpr const char* bold = "\x1b[1m";
constexpr const char* reset = "\x1b[0m";

std::string highlighted(const search::Hit& hit, bool color) {
    if (!color || hit.highlights.empty()) return hit.snippet;
    std::string out;
    std::size_t at = 0;
    for (const auto& h : hit.highlights) {
        if (h.start < at || h.end > hit.snippet.size()) continue;
        out.append(hit.snippet, at, h.start - at);
        out += bold;
        out.append(hit.snippet, h.start, h.end - h.start);
        out += reset;
        at = h.end;
    }
    out.append(hit.snippet, at, std::string::npos);
    return out;
}

std::string join(const std::vector<std::string>& values, std::size_t limit) {
    std::string out;
    for (std::size_t i = 0; i < values.size() && i < limit; ++i) {
        if (i) out += ", ";
        out += values[i];
    }
    return out;
}

// 10000 -> "10,000": counts a reader can take in at a glance.
std::string grouped(std::size_t n) {
    std::string digits = std::to_string(n);
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return out;
}

// "64 matches", "1 match", or above the exact-count bound "10,000+ matches (at most 21,578)": only bounds.
std::string count_line(const search::SearchResult& result) {
    if (result.total_exact) return fmt::format("{} match{}", grouped(result.total), result.total == 1 ? "" : "es");
    return fmt::format("{}+ matches (at most {})", grouped(result.total_lower), grouped(result.total_upper));
}

std::string sample_label(unsigned rate) { return fmt::format("1/{}", rate); }

void print_facets(std::ostream& out, const search::SearchResult& result) {
    bool sampled = result.facet_sample_rate > 1;
    for (const auto& facet : result.facets) {
        out << "\n" << facet.name;
        if (sampled) {
            out << fmt::format(" (\u2248 estimated from a {} sample; --exact-facets counts all)",
                               sample_label(result.facet_sample_rate));
        }
        out << ":\n";
        if (facet.values.empty()) out << "  (none)\n";
        // Every estimated number carries its mark, so a count copied out of context stays labelled.
        for (const auto& v : facet.values) {
            out << fmt::format("  {}{:>6}  {}\n", sampled ? "\u2248" : " ", grouped(v.count), v.value);
        }
    }
}

}  // namespace

void print_text(std::ostream& out, const search::SearchResult& result, const TextStyle& style) {
    if (result.corrected) out << "Showing results for: " << result.suggestion << "\n";
    out << count_line(result) << "\n";
    if (!result.suggestion.empty() && !result.corrected) out << "Did you mean: " << result.suggestion << "\n";
    for (const auto& hit : result.hits) {
        out << "\n"
            << fmt::format("{:>3}. {}{}{}", hit.rank, style.color ? bold : "",
                           hit.title.empty() ? "(no headline)" : hit.title, style.color ? reset : "")
            << "\n";
        std::string meta =
            fmt::format("     {} | {} | score {:.3f}", hit.date.empty() ? "no date" : hit.date, hit.id, hit.score);
        if (!hit.source.empty()) meta += " | " + hit.source;
        if (hit.duplicates > 0) meta += fmt::format(" | +{} similar", hit.duplicates);
        out << meta << "\n";
        if (!hit.snippet.empty()) out << "     " << highlighted(hit, style.color) << "\n";
        if (!hit.persons.empty()) out << "     people: " << join(hit.persons, 6) << "\n";
        if (!hit.places.empty()) out << "     places: " << join(hit.places, 8) << "\n";
    }
    print_facets(out, result);
}

nlohmann::json to_json(const search::SearchResult& result) {
    nlohmann::json hits = nlohmann::json::array();
    for (const auto& hit : result.hits) {
        nlohmann::json highlights = nlohmann::json::array();
        for (const auto& h : hit.highlights) highlights.push_back({h.start, h.end});
        nlohmann::json entry = {
            {"rank", hit.rank},
            {"id", hit.id},
            {"score", hit.score},
            {"percent", hit.percent},
            {"title", hit.title},
            {"date", hit.date.empty() ? nlohmann::json() : nlohmann::json(hit.date)},
            {"source", hit.source},
            {"url", hit.url},
            {"entities", {{"person", hit.persons}, {"org", hit.orgs}, {"place", hit.places}, {"source", hit.sources}}},
            {"snippet", {{"text", hit.snippet}, {"highlights", highlights}}},
        };
        if (hit.duplicates > 0) entry["duplicates"] = hit.duplicates;
        hits.push_back(std::move(entry));
    }
    nlohmann::json facets = nlohmann::json::object();
    for (const auto& facet : result.facets) {
        nlohmann::json values = nlohmann::json::array();
        for (const auto& v : facet.values) {
            nlohmann::json value = {{"value", v.value}, {"count", v.count}};
            if (result.facet_sample_rate > 1) value["sampled"] = sample_label(result.facet_sample_rate);
            values.push_back(std::move(value));
        }
        facets[facet.name] = std::move(values);
    }
    nlohmann::json out = {
        {"query", result.query},
        {"total", result.total},
        {"total_relation", result.total_exact ? "eq" : "gte"},
        {"total_lower", result.total_lower},
        {"total_upper", result.total_upper},
        {"total_exact", result.total_exact},
        {"hits", hits},
        {"facets", facets},
        {"facet_sample_rate", result.facet_sample_rate},
        {"suggestion", result.suggestion.empty() ? nlohmann::json() : nlohmann::json(result.suggestion)},
        {"elapsed_ms", result.elapsed_ms}};
    if (result.corrected) out["corrected"] = true;
    return out;
}

}  // namespace newsdex::output
