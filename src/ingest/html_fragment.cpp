// A feed item's HTML is the article itself (no navigation around it), so it is converted to text whole
// rather than run through the page reader's boilerplate removal, which is tuned for whole pages.
#include "ingest/internal/html_fragment.h"

#include <cstring>
#include <string>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

namespace newsdex::ingest::internal {
namespace {

// Deeper element nesting than this is not descended into (10^5 nested <div>s must not exhaust the stack).
constexpr int max_depth = 256;

bool is_block(const char* name) {
    static const char* const blocks[] = {"p",      "div",        "br",         "li",      "ul",      "ol",
                                         "h1",     "h2",         "h3",         "h4",      "h5",      "h6",
                                         "tr",     "blockquote", "pre",        "section", "article", "header",
                                         "footer", "figure",     "figcaption", "table",   "dd",      "dt"};
    for (const char* block : blocks) {
        if (std::strcmp(name, block) == 0) return true;
    }
    return false;
}

bool is_dropped(const char* name) {
    return std::strcmp(name, "script") == 0 || std::strcmp(name, "style") == 0 || std::strcmp(name, "noscript") == 0;
}

class TextCollector {
public:
    void walk(xmlNode* node, int depth) {
        for (; node != nullptr; node = node->next) {
            if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
                add_text(reinterpret_cast<const char*>(node->content));
            } else if (node->type == XML_ELEMENT_NODE && depth < max_depth) {
                const char* name = reinterpret_cast<const char*>(node->name);
                if (is_dropped(name)) continue;
                bool block = is_block(name);
                if (block) paragraph();
                walk(node->children, depth + 1);
                if (block) paragraph();
            }
        }
    }

    std::string take() {
        while (!out_.empty() && (out_.back() == ' ' || out_.back() == '\n')) out_.pop_back();
        return std::move(out_);
    }

private:
    void add_text(const char* text) {
        if (text == nullptr) return;
        for (const char* p = text; *p != '\0'; ++p) {
            bool space = *p == ' ' || *p == '\t' || *p == '\n' || *p == '\r';
            if (space) {
                pending_space_ = true;
                continue;
            }
            if (pending_space_ && !out_.empty() && out_.back() != '\n') out_ += ' ';
            pending_space_ = false;
            out_ += *p;
        }
    }

    void paragraph() {
        pending_space_ = false;
        if (out_.empty()) return;
        while (!out_.empty() && out_.back() == ' ') out_.pop_back();
        if (out_.size() >= 2 && out_.compare(out_.size() - 2, 2, "\n\n") == 0) return;
        out_ += out_.back() == '\n' ? "\n" : "\n\n";
    }

    std::string out_;
    bool pending_space_ = false;
};

}  // namespace

std::string html_fragment_text(std::string_view html) {
    if (html.find_first_of("<&") == std::string_view::npos) {
        TextCollector plain;
        plain.walk(nullptr, 0);
        std::string copy(html);
        xmlNode node{};
        node.type = XML_TEXT_NODE;
        node.content = reinterpret_cast<xmlChar*>(copy.data());
        plain.walk(&node, 0);
        return plain.take();
    }
    // The body wrapper keeps libxml2 from treating leading text as something other than content.
    std::string wrapped = "<html><body>" + std::string(html) + "</body></html>";
    int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET;
    htmlDocPtr doc = htmlReadMemory(wrapped.data(), static_cast<int>(wrapped.size()), nullptr, "UTF-8", options);
    if (doc == nullptr) return {};
    TextCollector collector;
    collector.walk(xmlDocGetRootElement(doc), 0);
    xmlFreeDoc(doc);
    return collector.take();
}

}  // namespace newsdex::ingest::internal
