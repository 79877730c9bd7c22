// ICU-based normalisation and encoding repair.
#include "text/normalize.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

#include <unicode/normalizer2.h>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include "core/error.h"

namespace newsdex::text {
namespace {

// Folds one code point to its ASCII stand-in, or returns -1 to keep it, or 0 to drop it.
UChar32 fold_code_point(UChar32 c) {
    switch (c) {
        case 0x2018:
        case 0x2019:
        case 0x201A:
        case 0x201B:
        case 0x2032:
        case 0x02BC: return '\'';
        case 0x201C:
        case 0x201D:
        case 0x201E:
        case 0x201F:
        case 0x2033:
        case 0x00AB:
        case 0x00BB: return '"';
        case 0x2010:
        case 0x2011:
        case 0x2012:
        case 0x2013:
        case 0x2014:
        case 0x2015:
        case 0x2212: return '-';
        case 0x00A0:
        case 0x2007:
        case 0x202F:
        case 0x2009:
        case 0x200A:
        case 0x3000: return ' ';
        case 0x00AD:
        case 0x200B:
        case 0x200C:
        case 0x200D:
        case 0x2060:
        case 0xFEFF: return 0;
        default: return -1;
    }
}

}  // namespace

bool is_valid_utf8(std::string_view bytes) noexcept {
    const auto* s = reinterpret_cast<const uint8_t*>(bytes.data());
    int32_t length = static_cast<int32_t>(bytes.size());
    if (bytes.size() > static_cast<std::size_t>(INT32_MAX)) return false;
    int32_t i = 0;
    while (i < length) {
        // Eight ASCII bytes at a time: pages and wire copy are mostly ASCII, and this runs on every page.
        std::uint64_t word;
        if (length - i >= 8 && (std::memcpy(&word, s + i, 8), (word & 0x8080808080808080ull) == 0)) {
            i += 8;
            continue;
        }
        UChar32 c;
        U8_NEXT(s, i, length, c);
        if (c < 0) return false;
    }
    return true;
}

std::string normalize(std::string_view utf8) {
    // ASCII is already in NFKC and holds none of the code points folded below, so it comes back as it is.
    // Most wire copy is ASCII: this skips ICU's two UTF-16 conversions (3.7 % of ingest instructions).
    if (std::all_of(utf8.begin(), utf8.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
        return std::string(utf8);
    }
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
    if (U_FAILURE(status)) throw Error(ErrorKind::io, "ICU NFKC data unavailable");
    icu::UnicodeString input =
        icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
    icu::UnicodeString normalized;
    if (nfkc->isNormalized(input, status) && U_SUCCESS(status)) {
        normalized = std::move(input);
    } else {
        status = U_ZERO_ERROR;
        normalized = nfkc->normalize(input, status);
        if (U_FAILURE(status)) normalized = input;
    }
    icu::UnicodeString folded;
    folded.getBuffer(normalized.length());  // reserve
    folded.releaseBuffer(0);
    for (int32_t i = 0; i < normalized.length();) {
        UChar32 c = normalized.char32At(i);
        i += U16_LENGTH(c);
        if (c == 0x2026) {
            folded.append(u"...");
            continue;
        }
        UChar32 f = fold_code_point(c);
        if (f == 0) continue;
        folded.append(f > 0 ? f : c);
    }
    std::string out;
    folded.toUTF8String(out);
    return out;
}

std::string repair_utf8(std::string_view bytes, std::string* encoding_out) {
    auto set_encoding = [&](const char* name) {
        if (encoding_out != nullptr) *encoding_out = name;
    };
    if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
    const char* from = nullptr;
    if (bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0xFF &&
        static_cast<unsigned char>(bytes[1]) == 0xFE) {
        from = "UTF-16LE";
        bytes.remove_prefix(2);
    } else if (bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0xFE &&
               static_cast<unsigned char>(bytes[1]) == 0xFF) {
        from = "UTF-16BE";
        bytes.remove_prefix(2);
    } else if (is_valid_utf8(bytes)) {
        set_encoding("UTF-8");
        return std::string(bytes);
    } else {
        from = "windows-1252";
    }
    set_encoding(from);
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString decoded(bytes.data(), static_cast<int32_t>(bytes.size()), from);
    (void)status;
    std::string out;
    decoded.toUTF8String(out);
    return out;
}

}  // namespace newsdex::text
