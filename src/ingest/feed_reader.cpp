// Feed items to RawArticles. Elements are matched by local name, so namespace prefixes (dc:, content:,
// atom:) may be spelled however the feed declares them.
#include "ingest/feed_reader.h"

#include <cstring>
#include <memory>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "webpage/web_page.h"

namespace newsdex::ingest {
namespace {

bool named(const xmlNode* node, const char* name) {
    return node->type == XML_ELEMENT_NODE && std::strcmp(reinterpret_cast<const char*>(node->name), name) == 0;
}

std::string content_of(const xmlNode* node) {
    xmlChar* text = xmlNodeGetContent(node);
    if (text == nullptr) return {};
    std::string out(reinterpret_cast<const char*>(text));
    xmlFree(text);
    return out;
}

std::string attribute(const xmlNode* node, const char* name) {
    xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
    if (value == nullptr) return {};
    std::string out(reinterpret_cast<const char*>(value));
    xmlFree(value);
    return out;
}

std::string trimmed(std::string s) {
    std::size_t begin = s.find_first_not_of(" \t\r\n");
    if (begin == std::string::npos) return {};
    return s.substr(begin, s.find_last_not_of(" \t\r\n") - begin + 1);
}

// Atom xhtml content is markup in the tree itself: serialise it, then take its text like escaped HTML.
std::string inner_markup(xmlNode* node) {
    std::unique_ptr<xmlBuffer, decltype(&xmlBufferFree)> buffer(xmlBufferCreate(), xmlBufferFree);
    for (xmlNode* child = node->children; child != nullptr; child = child->next) {
        xmlNodeDump(buffer.get(), node->doc, child, 0, 0);
    }
    return reinterpret_cast<const char*>(xmlBufferContent(buffer.get()));
}

// "jane@example.com (Jane Doe)" -> "Jane Doe" (RSS 2.0 <author> is an e-mail address by the spec).
std::string rss_author(const std::string& text) {
    std::size_t open = text.find('(');
    std::size_t close = text.rfind(')');
    if (open != std::string::npos && close != std::string::npos && close > open + 1) {
        return trimmed(text.substr(open + 1, close - open - 1));
    }
    return trimmed(text);
}

std::string language_code(std::string tag) {
    tag = tag.substr(0, tag.find_first_of("-_"));
    for (char& c : tag) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return tag.size() == 2 ? tag : std::string();
}

struct ItemFields {
    std::string link, guid, encoded, content, description;
};

// One field of an item; returns false for elements it does not know.
void read_field(xmlNode* node, RawArticle& article, ItemFields& fields) {
    if (named(node, "title")) {
        article.title = webpage::snippet_text(content_of(node));
    } else if (named(node, "link")) {
        std::string rel = attribute(node, "rel");
        std::string href = attribute(node, "href");
        if (href.empty()) href = trimmed(content_of(node));  // RSS: the link is the element's text
        if ((rel.empty() || rel == "alternate") && fields.link.empty()) fields.link = href;
    } else if (named(node, "guid") || named(node, "id")) {
        fields.guid = trimmed(content_of(node));
    } else if (named(node, "pubDate") || named(node, "published") || named(node, "date")) {
        article.date = trimmed(content_of(node));
    } else if (named(node, "updated") || named(node, "modified")) {
        if (article.date.empty()) article.date = trimmed(content_of(node));
    } else if (named(node, "author") || named(node, "creator")) {
        std::string name;
        for (xmlNode* child = node->children; child != nullptr; child = child->next) {
            if (named(child, "name")) name = trimmed(content_of(child));
        }
        if (name.empty()) name = rss_author(content_of(node));
        if (!name.empty()) article.authors.push_back(name);
    } else if (named(node, "category") || named(node, "subject")) {
        std::string term = attribute(node, "term");
        if (term.empty()) term = trimmed(content_of(node));
        if (article.category.empty()) article.category = term;
    } else if (named(node, "encoded")) {
        fields.encoded = content_of(node);
    } else if (named(node, "content")) {
        fields.content = attribute(node, "type") == "xhtml" ? inner_markup(node) : content_of(node);
    } else if (named(node, "description") || named(node, "summary")) {
        fields.description = content_of(node);
    }
}

RawArticle read_item(xmlNode* item) {
    RawArticle article;
    ItemFields fields;
    for (xmlNode* node = item->children; node != nullptr; node = node->next) read_field(node, article, fields);
    if (fields.guid.empty()) fields.guid = attribute(item, "about");  // RSS 1.0: rdf:about
    const std::string& html = !fields.encoded.empty()   ? fields.encoded
                              : !fields.content.empty() ? fields.content
                                                        : fields.description;
    // The item's HTML goes through the page reader's extraction, as a page would: share bars, related links
    // and scripts inside an item are dropped the same way.
    article.body = webpage::fragment_body(html, article.title);
    article.url = fields.link;
    article.id = !fields.link.empty() ? fields.link : fields.guid;
    return article;
}

struct Channel {
    std::string title, language;
};

// Items are children of <channel> (RSS 2.0), of the root (RSS 1.0, Atom), or both in broken feeds.
void collect(xmlNode* parent, Channel& channel, std::vector<RawArticle>& out, int depth) {
    for (xmlNode* node = parent->children; node != nullptr; node = node->next) {
        if (named(node, "item") || named(node, "entry")) {
            out.push_back(read_item(node));
            out.back().source = channel.title;
            out.back().language = channel.language;
        } else if (named(node, "channel") && depth == 0) {
            collect(node, channel, out, depth + 1);
        } else if (named(node, "title") && channel.title.empty()) {
            channel.title = webpage::snippet_text(content_of(node));
        } else if (named(node, "language")) {
            channel.language = language_code(trimmed(content_of(node)));
        }
    }
}

}  // namespace

bool looks_like_feed(std::string_view head) {
    head = head.substr(0, 4096);
    return head.find("<rss") != std::string_view::npos || head.find("<rdf:RDF") != std::string_view::npos ||
           (head.find("<feed") != std::string_view::npos &&
            head.find("http://www.w3.org/2005/Atom") != std::string_view::npos);
}

FeedItems read_feed(std::string_view bytes) {
    FeedItems items;
    std::unique_ptr<xmlParserCtxt, decltype(&xmlFreeParserCtxt)> context(xmlNewParserCtxt(), xmlFreeParserCtxt);
    if (!context) {
        items.error = "out of memory";
        return items;
    }
    // No network, no entity substitution (no XXE), recover what a broken feed still holds.
    int options = XML_PARSE_NONET | XML_PARSE_RECOVER | XML_PARSE_NOERROR | XML_PARSE_NOWARNING;
    xmlDocPtr doc =
        xmlCtxtReadMemory(context.get(), bytes.data(), static_cast<int>(bytes.size()), nullptr, nullptr, options);
    std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)> owned(doc, xmlFreeDoc);
    xmlNode* root = doc == nullptr ? nullptr : xmlDocGetRootElement(doc);
    if (root == nullptr) {
        items.error = "not an XML document";
        return items;
    }
    if (!named(root, "rss") && !named(root, "feed") && !named(root, "RDF")) {
        items.error =
            "XML but not a feed (root element <" + std::string(reinterpret_cast<const char*>(root->name)) + ">)";
        return items;
    }
    if (!context->wellFormed) {
        const xmlError& last = context->lastError;
        std::string message = last.message != nullptr ? trimmed(last.message) : "malformed";
        items.warnings.push_back("not well-formed XML (line " + std::to_string(last.line) + ": " + message +
                                 "); read what could be recovered");
    }
    Channel channel;
    std::string lang = attribute(root, "lang");  // Atom: xml:lang on <feed>
    channel.language = language_code(lang);
    collect(root, channel, items.articles, 0);
    return items;
}

}  // namespace newsdex::ingest
