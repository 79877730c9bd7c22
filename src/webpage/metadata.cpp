// Page metadata from JSON-LD, <meta> (OpenGraph, article:*, Dublin Core, parsely, sailthru), <time>, <link>, URL.
#include "webpage/internal/metadata.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <regex>

#include "webpage/internal/json_ld.h"

namespace newsdex::webpage {
namespace {

using MetaMap = std::map<std::string, std::string>;

std::string lower(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
    return out;
}

// "DC.Creator" -> "dc:creator", "og : title" -> "og:title", "og:article:author" -> "article:author": the
// spellings pages use for one key (OpenGraph's article:* properties are often written with an og: prefix).
std::string meta_key(std::string_view raw) {
    std::string key;
    for (char c : lower(raw)) {
        if (c == ' ' || c == '\t' || c == '\n') continue;
        key += c == '.' ? ':' : c;
    }
    if (key.rfind("og:article:", 0) == 0) key.erase(0, 3);
    return key;
}

// Every <meta name|property|itemprop content>; the first value for a key wins (pages repeat og: tags for
// alternate images and locales, the first is the page's own). "property" may list several keys.
MetaMap collect_meta(const Document& doc) {
    MetaMap meta;
    for (NodeId id : elements_by_tag(doc, "meta")) {
        const Node& node = doc[id];
        const std::string* content = node.attribute("content");
        if (!content) continue;
        std::string value = fold_whitespace(*content);
        if (value.empty()) continue;
        for (const char* attr : {"name", "property", "itemprop", "http-equiv"}) {
            std::string_view names = node.attr(attr);
            std::size_t pos = 0;
            while (pos < names.size()) {
                std::size_t end = names.find_first_of(" \t\n", pos);
                if (end == std::string_view::npos) end = names.size();
                if (end > pos) meta.emplace(meta_key(names.substr(pos, end - pos)), value);
                pos = end + 1;
            }
        }
    }
    return meta;
}

std::string first_of(const MetaMap& meta, std::initializer_list<const char*> keys) {
    for (const char* key : keys) {
        auto it = meta.find(key);
        if (it != meta.end() && !it->second.empty()) return it->second;
    }
    return {};
}

bool is_url(std::string_view s) { return s.rfind("http://", 0) == 0 || s.rfind("https://", 0) == 0; }

std::string page_title(const Document& doc) {
    auto titles = elements_by_tag(doc, "title");
    for (NodeId id : titles) {
        // An <svg><title> is an icon's label, not the page's.
        if (doc[id].parent != no_node && doc[doc[id].parent].tag == "head") return text_content(doc, id);
    }
    return titles.empty() ? std::string() : text_content(doc, titles[0]);
}

}  // namespace

double title_similarity(std::string_view a, std::string_view b) {
    auto words = [](std::string_view s) {
        std::vector<std::string> out;
        std::string word;
        for (char c : lower(s)) {
            if (std::isalnum(static_cast<unsigned char>(c)) || c == '_') {
                word += c;
            } else if (!word.empty()) {
                out.push_back(std::move(word));
                word.clear();
            }
        }
        if (!word.empty()) out.push_back(word);
        return out;
    };
    auto wa = words(a), wb = words(b);
    std::size_t all = 0, unique = 0;
    for (const auto& w : wb) {
        all += w.size() + 1;
        if (std::find(wa.begin(), wa.end(), w) == wa.end()) unique += w.size() + 1;
    }
    return all == 0 ? 0.0 : 1.0 - static_cast<double>(unique) / static_cast<double>(all);
}

namespace {

std::string json_ld_title(const JsonLdArticle& ld, const std::string& page_headline) {
    if (!ld.name.empty() && !ld.headline.empty() && ld.name != ld.headline) {
        bool headline_matches = title_similarity(ld.headline, page_headline) > 0.75;
        bool name_matches = title_similarity(ld.name, page_headline) > 0.75;
        return headline_matches && !name_matches ? ld.headline : ld.name;
    }
    return !ld.name.empty() ? ld.name : ld.headline;
}

}  // namespace

std::string clean_byline(std::string_view byline) {
    std::string text = fold_whitespace(byline);
    static const std::regex prefix(R"(^(by|par|von|por|di|door|av|af)\s*:?(\s+|$))", std::regex::icase);
    text = std::regex_replace(text, prefix, "", std::regex_constants::format_first_only);
    return text;
}

std::string date_from_url(std::string_view url) {
    static const std::regex dated(R"([/_-]((?:19|20)\d\d)[/_-](0[1-9]|1[0-2])[/_-](0[1-9]|[12]\d|3[01])(?:[/_.-]|$))");
    std::match_results<std::string_view::const_iterator> m;
    if (!std::regex_search(url.begin(), url.end(), m, dated)) return {};
    return m[1].str() + "-" + m[2].str() + "-" + m[3].str();
}

MetadataResult read_metadata(const Document& doc, std::string_view url) {
    MetadataResult result;
    PageMetadata& m = result.metadata;
    MetaMap meta = collect_meta(doc);
    JsonLdArticle ld;
    bool has_ld = read_json_ld(doc, ld);
    std::string headline = headline_from_title(doc, page_title(doc));
    m.title = has_ld ? json_ld_title(ld, headline) : "";
    if (m.title.empty()) {
        m.title = first_of(meta, {"dc:title", "dcterm:title", "og:title", "weibo:article:title", "weibo:webpage:title",
                                  "title", "twitter:title", "parsely-title", "sailthru:title"});
    }
    if (m.title.empty()) m.title = headline;
    m.title = fold_whitespace(m.title);
    m.byline = has_ld ? ld.author : "";
    if (m.byline.empty()) {
        m.byline = first_of(meta, {"dc:creator", "dcterm:creator", "author", "parsely-author", "sailthru:author", "byl",
                                   "article:author"});
        if (is_url(m.byline)) m.byline.clear();
    }
    if (m.byline.empty()) m.byline = detail::content_byline(doc);
    if (m.byline.empty() && has_ld) m.byline = ld.creator;
    m.byline = clean_byline(m.byline);
    m.description = has_ld && !ld.description.empty()
                        ? ld.description
                        : first_of(meta, {"dc:description", "dcterm:description", "og:description",
                                          "weibo:article:description", "description", "twitter:description"});
    m.site_name = has_ld && !ld.publisher.empty() ? ld.publisher : first_of(meta, {"og:site_name", "application-name"});
    m.published = has_ld ? ld.published : "";
    if (m.published.empty()) {
        m.published = first_of(
            meta, {"article:published_time", "parsely-pub-date", "sailthru:date", "datepublished", "dc:date:issued",
                   "dcterms:issued", "dc:date", "dcterm:date", "date", "pubdate", "publishdate", "publish-date",
                   "og:published_time", "article:published", "dc:date:created", "citation_publication_date"});
    }
    if (m.published.empty() && has_ld) m.published = ld.created;
    if (m.published.empty()) m.published = detail::time_element_date(doc);
    if (m.published.empty()) m.published = date_from_url(url);
    m.modified = has_ld && !ld.modified.empty() ? ld.modified
                                                : first_of(meta, {"article:modified_time", "og:updated_time",
                                                                  "datemodified", "dc:date:modified", "last-modified"});
    m.language = detail::page_language(doc);
    if (m.language.empty()) m.language = has_ld ? ld.language : "";
    if (m.language.empty()) m.language = first_of(meta, {"content-language", "dc:language", "og:locale"});
    m.canonical_url = detail::canonical_link(doc, url);
    if (has_ld) m.categories = ld.sections;
    if (m.categories.empty()) {
        std::string section = first_of(meta, {"article:section", "parsely-section", "sailthru:tags", "section"});
        if (!section.empty()) m.categories.push_back(section);
    }
    if (has_ld) result.json_ld_body = ld.body;
    return result;
}

}  // namespace newsdex::webpage
