// Headline/body split for text files: paragraphs are separated by blank lines.
#include "ingest/text_article.h"

#include "text/normalize.h"

namespace newsdex::ingest {
namespace {

bool is_blank(std::string_view line) { return line.find_first_not_of(" \t\r") == std::string_view::npos; }

std::string_view trim(std::string_view s) {
    std::size_t b = s.find_first_not_of(" \t\r\n");
    if (b == std::string_view::npos) return {};
    std::size_t e = s.find_last_not_of(" \t\r\n");
    return s.substr(b, e - b + 1);
}

}  // namespace

std::variant<RawArticle, std::string> parse_text_article(std::string_view utf8) {
    // Find the first paragraph: skip leading blank lines, then take lines up to a blank one.
    std::size_t pos = 0;
    std::string headline;
    bool in_paragraph = false;
    while (pos < utf8.size()) {
        std::size_t eol = utf8.find('\n', pos);
        if (eol == std::string_view::npos) eol = utf8.size();
        std::string_view line = utf8.substr(pos, eol - pos);
        pos = eol + 1;
        if (is_blank(line)) {
            if (in_paragraph) break;
            continue;
        }
        in_paragraph = true;
        line = trim(line);
        if (headline.empty()) {
            while (!line.empty() && line.front() == '#') line.remove_prefix(1);
            line = trim(line);
        }
        if (!headline.empty()) headline += ' ';
        headline += line;
    }
    if (headline.empty()) return std::string("no text");
    RawArticle article;
    article.title = std::move(headline);
    article.title_from_text = true;
    if (pos < utf8.size()) article.body = std::string(trim(utf8.substr(pos)));
    return article;
}

std::optional<std::string> binary_reason(std::string_view bytes, bool utf16) {
    if (utf16 || bytes.empty()) return std::nullopt;
    std::size_t controls = 0;
    for (char c : bytes) {
        auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && u != '\t' && u != '\n' && u != '\r' && u != '\f') || u == 0x7F) ++controls;
    }
    std::size_t percent = controls * 100 / bytes.size();
    std::size_t limit = text::is_valid_utf8(bytes) ? 25 : 5;
    if (percent <= limit) return std::nullopt;
    return "binary file (" + std::to_string(percent) + " % control bytes)";
}

}  // namespace newsdex::ingest
