// Layout of index statistics; the JSON field names are part of newsdex's interface.
#include "output/stats_printer.h"

#include <fmt/format.h>

namespace newsdex::output {
namespace {

std::string human_size(std::uintmax_t bytes) {
    const char* units[] = {"B", "KiB", "MiB", "GiB", "TiB"};
    double size = static_cast<double>(bytes);
    std::size_t unit = 0;
    while (size >= 1024 && unit + 1 < std::size(units)) {
        size /= 1024;
        ++unit;
    }
    return unit == 0 ? fmt::format("{} B", bytes) : fmt::format("{:.1f} {}", size, units[unit]);
}

// "english, german (each article by its language's; no known language: english)", or one stemmer for all.
std::string stemmers_line(const search::IndexStats& stats) {
    if (stats.stemmers.empty()) return "unknown";
    std::string names;
    for (const auto& name : stats.stemmers) names += (names.empty() ? "" : ", ") + name;
    if (!stats.stems_by_language) return names + " (every article)";
    return fmt::format("{} (each article by its language's; no known language: {})", names, stats.stemmers.front());
}

}  // namespace

void print_stats_text(std::ostream& out, const search::IndexStats& stats) {
    auto line = [&](const char* label, const std::string& value) { out << fmt::format("{:<16}{}\n", label, value); };
    line("documents", std::to_string(stats.documents));
    line("words", fmt::format("{} distinct (unprefixed, unstemmed terms)", stats.words));
    line("terms", fmt::format("{} distinct (all prefixes, stemmed forms included)", stats.terms));
    line("dates",
         stats.first_date.empty() ? std::string("none") : fmt::format("{} .. {}", stats.first_date, stats.last_date));
    line("undated", std::to_string(stats.undated));
    line("duplicates", fmt::format("{} clusters holding {} articles", stats.clusters, stats.clustered));
    line("size", fmt::format("{} ({} bytes)", human_size(stats.size_bytes), stats.size_bytes));
    line("schema", stats.schema_version.empty() ? std::string("unknown") : stats.schema_version);
    line("stemmer", stats.stemmer.empty() ? std::string("unknown") : stats.stemmer);
    line("stemmers", stemmers_line(stats));
    line("stored text", stats.stored_text == "none" ? "none (headlines and metadata; ingest --store none)"
                                                    : "full (article bodies, for snippets)");
    for (const auto& facet : stats.facets) {
        out << "\n" << facet.name << ":\n";
        if (facet.values.empty()) out << "  (none)\n";
        for (const auto& v : facet.values) out << fmt::format("  {:>7}  {}\n", v.count, v.value);
    }
}

nlohmann::json stats_to_json(const search::IndexStats& stats) {
    nlohmann::json facets = nlohmann::json::object();
    for (const auto& facet : stats.facets) {
        nlohmann::json values = nlohmann::json::array();
        for (const auto& v : facet.values) values.push_back({{"value", v.value}, {"count", v.count}});
        facets[facet.name] = std::move(values);
    }
    auto or_null = [](const std::string& s) { return s.empty() ? nlohmann::json() : nlohmann::json(s); };
    return {{"documents", stats.documents},
            {"words", stats.words},
            {"terms", stats.terms},
            {"dates",
             {{"first", or_null(stats.first_date)}, {"last", or_null(stats.last_date)}, {"undated", stats.undated}}},
            {"size_bytes", stats.size_bytes},
            {"schema_version", or_null(stats.schema_version)},
            {"stemmer", or_null(stats.stemmer)},
            {"stemmers", stats.stemmers},
            {"stemming", stats.stems_by_language ? "language" : "index"},
            {"stored_text", stats.stored_text.empty() ? "full" : stats.stored_text},
            {"duplicates", {{"clusters", stats.clusters}, {"articles", stats.clustered}}},
            {"facets", std::move(facets)}};
}

}  // namespace newsdex::output
