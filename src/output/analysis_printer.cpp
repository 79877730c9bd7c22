// JSON field names here are the evaluation scripts' contract (scripts/eval-*).
#include "output/analysis_printer.h"

#include <fmt/format.h>

#include "core/date.h"

namespace newsdex::output {

nlohmann::json to_json(const AnalysisReport& report) {
    const auto& a = report.analysis;
    nlohmann::json entities = nlohmann::json::array();
    for (const auto& e : a.entities) {
        entities.push_back({{"text", e.text},
                            {"type", to_string(e.type)},
                            {"canonical", e.canonical},
                            {"start", e.start},
                            {"end", e.end}});
    }
    nlohmann::json dates = nlohmann::json::array();
    for (const auto& d : a.dates) {
        dates.push_back({{"text", d.text}, {"type", d.type}, {"value", d.value}, {"start", d.start}, {"end", d.end}});
    }
    nlohmann::json sources = nlohmann::json::array();
    for (const auto& s : a.sources) {
        sources.push_back({{"text", s.text}, {"canonical", s.canonical}, {"start", s.start}, {"end", s.end}});
    }
    return {{"file", report.file},
            {"headline", report.headline},
            {"published", a.published ? nlohmann::json(newsdex::format_iso_date(*a.published)) : nlohmann::json()},
            {"language", a.language.empty() ? nlohmann::json() : nlohmann::json(a.language)},
            {"entities", entities},
            {"places", a.places},
            {"dates", dates},
            {"sources", sources}};
}

void print_text(std::ostream& out, const AnalysisReport& report) {
    const auto& a = report.analysis;
    out << "headline:  " << report.headline << "\n";
    out << "published: " << (a.published ? newsdex::format_iso_date(*a.published) : "(unknown)") << "\n";
    out << "language:  " << (a.language.empty() ? "(unknown)" : a.language)
        << (extract::entity_language(a.language) ? "" : " (no entities: the recognizer knows English only)") << "\n";
    out << "\nentities:\n";
    for (const auto& e : a.entities) {
        out << fmt::format("  {:<9} {:<28} -> {}  [{}..{})\n", to_string(e.type), e.text, e.canonical, e.start, e.end);
    }
    out << "\nplaces: ";
    for (std::size_t i = 0; i < a.places.size(); ++i) out << (i ? ", " : "") << a.places[i];
    out << "\n\ndates:\n";
    for (const auto& d : a.dates) {
        out << fmt::format("  {:<9} {:<28} -> {}  [{}..{})\n", d.type, d.text, d.value, d.start, d.end);
    }
    out << "\nsources:\n";
    for (const auto& s : a.sources) out << fmt::format("  {:<28} -> {}\n", s.text, s.canonical);
}

}  // namespace newsdex::output
