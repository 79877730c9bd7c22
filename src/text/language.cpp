// Function-word voting: cheap, dependency-free and reliable on a paragraph of news text, which is all the
// language facet and the per-article "L" term need.
#include "text/language.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>
#include <array>
#include <cstdint>
#include <string_view>
#include <unordered_map>

namespace newsdex::text {
namespace {

struct Profile {
    const char* code;
    const char* stemmer;
    std::array<const char*, 14> words;
};

// Frequent, short and mostly language-specific words.
constexpr Profile profiles[] = {
    {"en", "english", {"the", "and", "of", "to", "in", "is", "that", "for", "was", "with", "he", "said", "on", "have"}},
    {"de",
     "german",
     {"der", "die", "und", "das", "ist", "nicht", "mit", "den", "ein", "eine", "sich", "auf", "dem", "auch"}},
    {"fr", "french", {"le", "la", "les", "et", "des", "est", "une", "dans", "que", "pour", "qui", "pas", "du", "sur"}},
    {"es",
     "spanish",
     {"el", "los", "las", "que", "del", "por", "una", "con", "para", "es", "como", "pero", "se", "al"}},
    {"it",
     "italian",
     {"il", "che", "di", "della", "per", "una", "sono", "con", "non", "gli", "del", "alla", "anche", "nel"}},
    {"nl", "dutch", {"de", "het", "een", "van", "en", "is", "niet", "op", "dat", "zijn", "met", "voor", "ook", "bij"}},
    {"pt",
     "portuguese",
     {"os", "que", "do", "da", "em", "um", "uma", "para", "com", "não", "dos", "mais", "foi", "pelo"}},
    {"sv", "swedish", {"och", "att", "det", "som", "en", "på", "är", "av", "för", "med", "till", "den", "inte", "har"}},
    {"da", "danish", {"og", "at", "det", "som", "en", "på", "er", "af", "til", "med", "for", "ikke", "har", "den"}},
    {"no", "norwegian", {"og", "at", "det", "som", "en", "på", "er", "av", "til", "med", "for", "ikke", "har", "den"}},
    {"fi",
     "finnish",
     {"ja", "on", "ei", "että", "se", "oli", "ovat", "mutta", "kun", "hän", "myös", "tai", "jo", "niin"}},
    {"ru", "russian", {"и", "в", "не", "на", "что", "с", "по", "это", "как", "из", "он", "к", "за", "о"}},
};

// Minimum votes before guessing: a headline alone does not decide.
constexpr int min_votes = 3;
constexpr std::size_t bytes_examined = 4096;

}  // namespace

std::string detect_language(std::string_view utf8) {
    if (utf8.size() > bytes_examined) utf8 = utf8.substr(0, bytes_examined);
    // Word -> bit mask of the profiles listing it, built once: comparing every word of the text with all 168
    // profile words was an eighth of ingest time (callgrind, issue 6).
    static const std::unordered_map<std::string_view, std::uint32_t> profile_words = [] {
        std::unordered_map<std::string_view, std::uint32_t> table;
        for (std::size_t p = 0; p < std::size(profiles); ++p) {
            for (const char* w : profiles[p].words) table[w] |= std::uint32_t{1} << p;
        }
        return table;
    }();
    std::array<int, std::size(profiles)> votes{};
    std::string word;
    auto count = [&]() {
        if (word.empty()) return;
        if (auto it = profile_words.find(word); it != profile_words.end()) {
            for (std::size_t p = 0; p < std::size(profiles); ++p) {
                if (it->second & (std::uint32_t{1} << p)) ++votes[p];
            }
        }
        word.clear();
    };
    const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
    int32_t length = static_cast<int32_t>(utf8.size());
    for (int32_t i = 0; i < length;) {
        int32_t start = i;
        UChar32 c;
        U8_NEXT(s, i, length, c);
        if (c >= 0 && u_isalpha(c)) {
            UChar32 l = u_tolower(c);
            char buffer[4];
            int32_t n = 0;
            UBool error = false;
            U8_APPEND(reinterpret_cast<uint8_t*>(buffer), n, 4, l, error);
            if (!error) word.append(buffer, static_cast<std::size_t>(n));
            (void)start;
        } else {
            count();
        }
    }
    count();
    std::size_t best = 0;
    for (std::size_t p = 1; p < votes.size(); ++p) {
        if (votes[p] > votes[best]) best = p;
    }
    return votes[best] >= min_votes ? profiles[best].code : "";
}

std::string stemmer_for_language(std::string_view code) {
    for (const auto& profile : profiles) {
        if (code == profile.code) return profile.stemmer;
    }
    return "";
}

std::string stemming_language_codes() {
    std::string codes;
    for (const auto& profile : profiles) {
        if (!codes.empty()) codes += ", ";
        codes += profile.code;
    }
    return codes;
}

}  // namespace newsdex::text
