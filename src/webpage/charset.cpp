// Charset detection (BOM, HTTP header, <meta> prescan) and decoding through ICU, with the text reader's repair.
#include "webpage/internal/charset.h"

#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include <algorithm>

#include "text/normalize.h"

namespace newsdex::webpage {
namespace {

// The HTML standard's prescan looks at the first 1024 bytes; real pages put <meta charset> after long
// comments or scripts often enough that a larger window pays.
constexpr std::size_t meta_scan_bytes = 4096;

std::string lower(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
    return out;
}

// The value after "charset=" at `pos` in `text` (lower case), without quotes.
std::string charset_value(const std::string& text, std::size_t pos) {
    pos = text.find_first_not_of(" \t\n\r", pos);
    if (pos == std::string::npos || text[pos] != '=') return {};
    pos = text.find_first_not_of(" \t\n\r\"'", pos + 1);
    if (pos == std::string::npos) return {};
    std::size_t end = text.find_first_of(" \t\n\r\"';>/", pos);
    return text.substr(pos, end == std::string::npos ? std::string::npos : end - pos);
}

// WHATWG maps these labels to windows-1252 (and ASCII pages decode the same); ICU's ISO-8859-1 would turn
// 0x80-0x9F into control characters instead of the quotes and dashes pages mean.
std::string canonical_label(const std::string& label) {
    if (label == "iso-8859-1" || label == "latin1" || label == "l1" || label == "us-ascii" || label == "ascii" ||
        label == "iso8859-1" || label == "cp1252" || label == "x-cp1252") {
        return "windows-1252";
    }
    if (label == "gb2312" || label == "gbk" || label == "x-gbk") return "gb18030";
    if (label == "utf8" || label == "unicode-1-1-utf-8") return "utf-8";
    return label;
}

bool has_non_ascii(std::string_view bytes) {
    return std::any_of(bytes.begin(), bytes.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

// ICU conversion; false when ICU does not know the charset.
bool convert(std::string_view bytes, const std::string& charset, std::string& out) {
    UErrorCode status = U_ZERO_ERROR;
    UConverter* converter = ucnv_open(charset.c_str(), &status);
    if (U_FAILURE(status)) return false;
    ucnv_close(converter);
    icu::UnicodeString decoded(bytes.data(), static_cast<int32_t>(bytes.size()), charset.c_str());
    out.clear();
    decoded.toUTF8String(out);
    return true;
}

}  // namespace

std::string charset_from_content_type(std::string_view content_type) {
    std::string text = lower(content_type);
    std::size_t pos = text.find("charset");
    return pos == std::string::npos ? std::string() : canonical_label(charset_value(text, pos + 7));
}

std::string charset_from_meta(std::string_view head) {
    std::string text = lower(head.substr(0, meta_scan_bytes));
    for (std::size_t meta = text.find("<meta"); meta != std::string::npos; meta = text.find("<meta", meta + 5)) {
        std::size_t end = text.find('>', meta);
        std::size_t pos = text.find("charset", meta);
        if (pos == std::string::npos) break;
        if (end != std::string::npos && pos > end) continue;
        std::string value = charset_value(text, pos + 7);
        if (!value.empty()) return canonical_label(value);
    }
    return {};
}

std::string decode_page(std::string_view bytes, std::string_view content_type, std::vector<std::string>& warnings) {
    bool bom = bytes.size() >= 2 &&
               ((bytes[0] == '\xFF' && bytes[1] == '\xFE') || (bytes[0] == '\xFE' && bytes[1] == '\xFF') ||
                (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF"));
    if (bom) return text::repair_utf8(bytes);  // a BOM outranks any declaration
    std::string declared = charset_from_content_type(content_type);
    std::string where = "HTTP header";
    if (declared.empty()) {
        declared = charset_from_meta(bytes);
        where = "<meta>";
    }
    bool valid_utf8 = text::is_valid_utf8(bytes);
    if (declared.empty() || declared == "utf-8") {
        if (valid_utf8) return std::string(bytes);
        std::string encoding;
        std::string out = text::repair_utf8(bytes, &encoding);
        warnings.push_back(declared.empty() ? "no charset declared; " + encoding + " assumed"
                                            : "declared UTF-8 but bytes are not; " + encoding + " assumed");
        return out;
    }
    if (valid_utf8 && has_non_ascii(bytes)) {
        // Pages re-saved or transcoded to UTF-8 (by an editor, a crawler, "save page") keep their old declaration;
        // valid multi-byte UTF-8 is almost never accidental, in a single-byte charset or in a CJK one (GB18030,
        // Shift_JIS and EUC trail bytes run past UTF-8's 0x80-0xBF continuation range).
        warnings.push_back("charset " + declared + " declared in " + where + " but the bytes are UTF-8; UTF-8 used");
        return std::string(bytes);
    }
    std::string out;
    if (convert(bytes, declared, out)) return out;
    std::string encoding;
    out = text::repair_utf8(bytes, &encoding);
    warnings.push_back("unknown charset '" + declared + "' declared in " + where + "; " + encoding + " assumed");
    return out;
}

}  // namespace newsdex::webpage
