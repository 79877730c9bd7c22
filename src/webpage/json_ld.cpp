// JSON-LD Article objects: headline, author(s), dates, publisher, language, sections and articleBody.
#include "webpage/internal/json_ld.h"

#include <nlohmann/json.hpp>

#include <cctype>
#include <regex>
#include <string_view>

namespace newsdex::webpage {
namespace {

using nlohmann::json;

bool is_article_type(const json& type) {
    static const std::regex article_types(
        "Article|AdvertiserContentArticle|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle|"
        "BackgroundNewsArticle|BlogPosting|DiscussionForumPosting|LiveBlogPosting|OpinionNewsArticle|"
        "ReportageNewsArticle|ReviewNewsArticle|Report|SatiricalArticle|ScholarlyArticle|"
        "MedicalScholarlyArticle|SocialMediaPosting|TechArticle");
    if (type.is_string()) return std::regex_match(type.get<std::string>(), article_types);
    if (type.is_array()) {
        for (const auto& t : type) {
            if (is_article_type(t)) return true;
        }
    }
    return false;
}

std::string string_of(const json& value) {
    if (value.is_string()) return value.get<std::string>();
    if (value.is_object() && value.contains("name")) return string_of(value["name"]);
    if (value.is_object() && value.contains("@value")) return string_of(value["@value"]);
    if (value.is_array() && !value.empty()) return string_of(value[0]);
    return {};
}

// "A, B" for an author list; objects give their name.
std::string names_of(const json& value) {
    if (!value.is_array()) return string_of(value);
    std::string out;
    for (const auto& item : value) {
        std::string name = string_of(item);
        if (name.empty()) continue;
        if (!out.empty()) out += ", ";
        out += name;
    }
    return out;
}

void strings_of(const json& value, std::vector<std::string>& out) {
    if (value.is_string()) {
        out.push_back(value.get<std::string>());
    } else if (value.is_array()) {
        for (const auto& item : value) strings_of(item, out);
    }
}

void copy_article(const json& obj, JsonLdArticle& out) {
    auto get = [&](const char* key) { return obj.contains(key) ? string_of(obj[key]) : std::string(); };
    out.name = obj.contains("name") && obj["name"].is_string() ? obj["name"].get<std::string>() : "";
    out.headline = get("headline");
    out.author = obj.contains("author") ? names_of(obj["author"]) : "";
    out.creator = obj.contains("creator") ? names_of(obj["creator"]) : "";
    out.description = get("description");
    out.publisher = get("publisher");
    out.published = get("datePublished");
    out.created = get("dateCreated");
    out.modified = get("dateModified");
    out.language = get("inLanguage");
    out.url = get("url");
    out.body = get("articleBody");
    if (obj.contains("articleSection")) strings_of(obj["articleSection"], out.sections);
}

bool find_article(const json& value, JsonLdArticle& out, int depth) {
    if (depth > 8) return false;  // JSON-LD graphs are shallow; a deep one is not worth walking
    if (value.is_array()) {
        for (const auto& item : value) {
            if (find_article(item, out, depth + 1)) return true;
        }
        return false;
    }
    if (!value.is_object()) return false;
    if (value.contains("@type") && is_article_type(value["@type"])) {
        copy_article(value, out);
        return true;
    }
    if (value.contains("@graph")) return find_article(value["@graph"], out, depth + 1);
    if (value.contains("mainEntity")) return find_article(value["mainEntity"], out, depth + 1);
    return false;
}

// Pages wrap JSON-LD in CDATA sections or HTML comments ("<![CDATA[ {...} ]]>", "//<!-- ... //-->"): drop the
// markers, then keep what lies between the outer brackets. (Looking for the first bracket alone finds the "["
// of "<![CDATA[", which left every CDATA-wrapped block unread.)
std::string strip_wrappers(const std::string& text) {
    std::string_view s = text;
    auto trim = [&] {
        while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
        while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
    };
    for (bool again = true; again;) {
        trim();
        again = false;
        for (std::string_view open : {"//", "<!--", "<![CDATA["}) {
            if (s.substr(0, open.size()) == open) {
                s.remove_prefix(open.size());
                again = true;
            }
        }
        for (std::string_view close : {"//", "-->", "]]>"}) {
            if (s.size() >= close.size() && s.substr(s.size() - close.size()) == close) {
                s.remove_suffix(close.size());
                again = true;
            }
        }
    }
    std::size_t start = s.find_first_of("{[");
    std::size_t end = s.find_last_of("}]");
    if (start == std::string_view::npos || end == std::string_view::npos || end < start) return {};
    return std::string(s.substr(start, end - start + 1));
}

}  // namespace

bool read_json_ld(const Document& doc, JsonLdArticle& out) {
    for (NodeId id : elements_by_tag(doc, "script")) {
        const Node& script = doc[id];
        if (script.attr("type").find("ld+json") == std::string_view::npos) continue;
        std::string text;
        for (NodeId child : script.children) {
            if (doc[child].is_text) text += doc[child].text;
        }
        json parsed = json::parse(strip_wrappers(text), nullptr, false);
        if (parsed.is_discarded()) continue;
        if (find_article(parsed, out, 0)) return true;
    }
    return false;
}

}  // namespace newsdex::webpage
