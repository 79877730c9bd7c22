// Extraction attempts (strict first, then relaxed as Readability does) and the per-node bookkeeping they share.

#include "webpage/internal/content.h"

namespace newsdex::webpage {
namespace {

// Readability's threshold: an attempt yielding fewer characters retries with relaxed cleaning.
constexpr std::size_t min_article_chars = 500;

}  // namespace

bool is_block_tag(std::string_view tag) {
    static const std::vector<std::string_view> blocks = {
        "address", "article",  "aside",      "blockquote", "dd",     "details", "dialog",  "div",   "dl",
        "dt",      "fieldset", "figcaption", "figure",     "footer", "form",    "h1",      "h2",    "h3",
        "h4",      "h5",       "h6",         "header",     "hr",     "li",      "main",    "nav",   "ol",
        "p",       "pre",      "section",    "table",      "ul",     "tr",      "td",      "th",    "tbody",
        "thead",   "tfoot",    "caption",    "body",       "html",   "br",      "summary", "center"};
    for (auto b : blocks) {
        if (b == tag) return true;
    }
    return false;
}

Extraction::Extraction(const Document& d, const std::string& t, ExtractFlags f, bool e)
    : doc(d),
      title(t),
      flags(f),
      explain(e),
      removed(d.nodes.size(), 0),
      end(d.nodes.size()),
      chars(d.nodes.size()),
      link_chars(d.nodes.size()),
      commas(d.nodes.size()),
      score(d.nodes.size(), 0.0),
      scored(d.nodes.size(), 0) {
    for (NodeId id = static_cast<NodeId>(d.nodes.size()); id-- > 0;) {
        end[id] = id + 1;
        for (NodeId child : d[id].children) end[id] = std::max(end[id], end[child]);
    }
}

void Extraction::recount() {
    for (NodeId id = static_cast<NodeId>(doc.nodes.size()); id-- > 0;) {
        const Node& node = doc[id];
        chars[id] = link_chars[id] = commas[id] = 0;
        if (removed[id]) continue;
        if (node.is_text) {
            chars[id] = node.text_chars;
            commas[id] = node.text_commas;
            continue;
        }
        for (NodeId child : node.children) {
            chars[id] += chars[child];
            link_chars[id] += link_chars[child];
            commas[id] += commas[child];
        }
        if (node.tag == "a") link_chars[id] = chars[id];
    }
}

void Extraction::drop(NodeId id, const std::string& reason) {
    if (removed[id]) return;
    removed[id] = 1;
    if (explain && chars[id] > 0) {
        std::string text = fold_whitespace(text_content(doc, id));
        if (text.size() > 160) text = text.substr(0, 157) + "...";
        dropped.push_back({"<" + doc[id].tag + "> " + reason, std::move(text)});
    }
    std::uint32_t c = chars[id], l = link_chars[id], k = commas[id];
    for (NodeId up = doc[id].parent; up != no_node; up = doc[up].parent) {
        chars[up] -= c;
        link_chars[up] -= std::min(link_chars[up], l);
        commas[up] -= k;
    }
}

double Extraction::link_density(NodeId id) const {
    return chars[id] == 0 ? 0.0 : static_cast<double>(link_chars[id]) / static_cast<double>(chars[id]);
}

int Extraction::class_weight(NodeId id) const {
    if (!flags.weight_classes) return 0;
    int weight = 0;
    for (const char* attr : {"class", "id"}) {
        std::string value = ascii_lower(doc[id].attr(attr));
        if (value.empty()) continue;
        // "hid" counts only as a whole space-separated word (Readability's ^hid$| hid$| hid |^hid ).
        std::string spaced = " " + value + " ";
        if (contains_any(value,
                         {"-ad-",  "hidden",   "banner",  "combx",      "comment",  "com-",     "contact", "footer",
                          "gdpr",  "masthead", "media",   "meta",       "outbrain", "promo",    "related", "scroll",
                          "share", "shoutbox", "sidebar", "skyscraper", "sponsor",  "shopping", "tags",    "widget"}) ||
            spaced.find(" hid ") != std::string::npos) {
            weight -= 25;
        }
        if (contains_any(value, {"article", "body", "content", "entry", "hentry", "h-entry", "main", "page",
                                 "pagination", "post", "text", "blog", "story"})) {
            weight += 25;
        }
    }
    return weight;
}

bool Extraction::has_ancestor(NodeId id, std::string_view tag, int max_depth) const {
    int depth = 0;
    for (NodeId up = doc[id].parent; up != no_node; up = doc[up].parent) {
        if (max_depth > 0 && depth++ == max_depth) return false;
        if (doc[up].tag == tag) return true;
    }
    return false;
}

std::size_t Extraction::count_tag(NodeId id, std::string_view tag) const {
    std::size_t n = 0;
    for (NodeId i = id + 1; i < end[id]; ++i) {
        if (removed[i]) {
            i = end[i] - 1;
            continue;
        }
        if (doc[i].tag == tag) ++n;
    }
    return n;
}

std::string Extraction::run() {
    recount();
    prepare();
    recount();
    NodeId top = grab();
    if (top == no_node) return {};
    std::vector<NodeId> parts = gather(top);
    for (NodeId part : parts) clean(part);
    return render(parts);
}

ContentResult extract_content(const Document& doc, const std::string& title, bool explain) {
    ContentResult best;
    ExtractFlags flags;
    for (int attempt = 0; attempt < 4; ++attempt) {
        if (attempt == 1) flags.strip_unlikely = false;
        if (attempt == 2) flags.weight_classes = false;
        if (attempt == 3) flags.clean_conditionally = false;
        Extraction extraction(doc, title, flags, explain);
        std::string body = extraction.run();
        if (body.size() > best.body.size()) {
            best.body = std::move(body);
            best.dropped = std::move(extraction.dropped);
        }
        if (best.body.size() >= min_article_chars) break;
    }
    return best;
}

}  // namespace newsdex::webpage
