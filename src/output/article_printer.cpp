// Layout of one stored article; the JSON field names are part of newsdex's interface (docs/api.md).
#include "output/article_printer.h"

#include <fmt/format.h>

namespace newsdex::output {
namespace {

std::string join(const std::vector<std::string>& values) {
    std::string out;
    for (const auto& v : values) out += (out.empty() ? "" : "; ") + v;
    return out;
}

void line(std::ostream& out, const char* name, const std::string& value) {
    if (!value.empty()) out << fmt::format("{:<10}{}\n", std::string(name) + ":", value);
}

// `text` with the marks of `field` wrapped in <mark> elements, everything escaped.
std::string marked_html(const std::string& text, const std::vector<search::TextMark>& marks, const char* field) {
    std::string out;
    std::size_t at = 0;
    for (const auto& mark : marks) {
        if (mark.field != field || mark.start < at || mark.end > text.size()) continue;
        out += html_escape(std::string_view(text).substr(at, mark.start - at));
        out += "<mark class=\"" + html_escape(mark.kind) + "\" title=\"" + html_escape(mark.query) + "\">";
        out += html_escape(std::string_view(text).substr(mark.start, mark.end - mark.start)) + "</mark>";
        at = mark.end;
    }
    return out + html_escape(std::string_view(text).substr(at));
}

}  // namespace

std::string html_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += c;
        }
    }
    return out;
}

void print_article_text(std::ostream& out, const search::StoredArticle& article) {
    out << (article.title.empty() ? "(no headline)" : article.title) << "\n\n";
    line(out, "id", article.id);
    line(out, "date", article.date.empty() ? "no date" : article.date);
    line(out, "source", article.source);
    line(out, "url", article.url);
    line(out, "authors", join(article.authors));
    line(out, "category", article.category);
    line(out, "language", article.language);
    line(out, "people", join(article.persons));
    line(out, "orgs", join(article.orgs));
    line(out, "places", join(article.places));
    line(out, "sources", join(article.sources));
    line(out, "mentions", join(article.mentions));
    out << "\n" << (article.has_body ? article.body : "(the index keeps no article text: ingest --store none)") << "\n";
}

nlohmann::json article_to_json(const search::StoredArticle& article) {
    nlohmann::json marks = nlohmann::json::array();
    for (const auto& m : article.marks) {
        marks.push_back({{"field", m.field},
                         {"start", m.start},
                         {"end", m.end},
                         {"kind", m.kind},
                         {"value", m.value},
                         {"query", m.query}});
    }
    return {
        {"id", article.id},
        {"title", article.title},
        {"date", article.date.empty() ? nlohmann::json() : nlohmann::json(article.date)},
        {"source", article.source},
        {"url", article.url},
        {"authors", article.authors},
        {"category", article.category},
        {"language", article.language},
        {"body", article.has_body ? nlohmann::json(article.body) : nlohmann::json()},
        {"stored_text", article.has_body},
        {"entities",
         {{"person", article.persons}, {"org", article.orgs}, {"place", article.places}, {"source", article.sources}}},
        {"mentions", article.mentions},
        {"marks", marks}};
}

std::string article_to_html(const search::StoredArticle& article) {
    std::string meta;
    auto add = [&](const char* name, const std::string& value) {
        if (!value.empty()) meta += "<dt>" + std::string(name) + "</dt><dd>" + html_escape(value) + "</dd>\n";
    };
    add("id", article.id);
    add("date", article.date);
    add("source", article.source);
    add("url", article.url);
    add("authors", join(article.authors));
    add("category", article.category);
    add("language", article.language);
    add("mentions", join(article.mentions));
    std::string body = marked_html(article.body, article.marks, "body");
    return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + html_escape(article.title) +
           "</title>\n<style>mark.person{background:#ffe0a0}mark.org{background:#c8e0ff}"
           "mark.place{background:#c8f0c8}mark.source{background:#e8d0f8}mark.date{background:#f8d0d0}"
           "body{max-width:46em;margin:2em auto;font-family:sans-serif;line-height:1.5}"
           "p.body{white-space:pre-wrap}</style></head>\n<body>\n<h1>" +
           marked_html(article.title, article.marks, "title") + "</h1>\n<dl>\n" + meta + "</dl>\n<p class=\"body\">" +
           body + "</p>\n</body></html>\n";
}

}  // namespace newsdex::output
