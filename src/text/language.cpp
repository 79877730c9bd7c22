// Function-word voting: cheap, dependency-free and reliable on a paragraph of news text, which is all the
// language facet and the per-article "L" term need.
#include "text/language.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>
#include <array>
#include <bit>
#include <cstdint>
#include <optional>
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

// Evidence before guessing. A language is a candidate only with at least min_distinct_words different words
// of its profile in the text, min_votes in all: a price table's repeated "per" is not Italian, nor "AT 145.80
// ... FOR TOKYO" Danish. Among candidates the most occurrences win (the first profile on a tie). Words in
// capitals do not vote: a headline or ticker in capitals names things in any language ("BANQUE DU BATIMENT ET
// DES TRAVAUX PUBLICS" in an English Reuters headline). Measured with the whole of Reuters-21578, BBC News and AG
// News test (issue 16): the old rule (3 occurrences of any profile's words) called 27 English Reuters tables
// and headlines and 7 AG articles Italian, Danish, Portuguese or French; this one calls every article of the
// three English or "", except AG's one French article. "" rather than "en" for 441 Reuters tables and
// headlines with fewer than 3 different English function words (17,042 -> 16,601 "en").
constexpr int min_votes = 3;
constexpr int min_distinct_words = 3;
constexpr std::size_t bytes_examined = 4096;

// Position of `word` in the profile's list (it is there: profile_words says so).
std::size_t word_index(const Profile& profile, std::string_view word) {
    for (std::size_t i = 0; i < profile.words.size(); ++i) {
        if (word == profile.words[i]) return i;
    }
    return 0;
}

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
    std::array<std::uint32_t, std::size(profiles)> distinct{};  // bit i: word i of the profile was seen
    std::string word;
    int letters = 0;
    bool capitals = true;  // no lower-case letter in the word so far
    auto count = [&]() {
        bool in_capitals = capitals && letters > 1;
        letters = 0;
        capitals = true;
        if (word.empty() || in_capitals) {
            word.clear();
            return;
        }
        if (auto it = profile_words.find(word); it != profile_words.end()) {
            for (std::size_t p = 0; p < std::size(profiles); ++p) {
                if (!(it->second & (std::uint32_t{1} << p))) continue;
                ++votes[p];
                distinct[p] |= std::uint32_t{1} << word_index(profiles[p], word);
            }
        }
        word.clear();
    };
    const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
    int32_t length = static_cast<int32_t>(utf8.size());
    for (int32_t i = 0; i < length;) {
        UChar32 c;
        U8_NEXT(s, i, length, c);
        if (c >= 0 && u_isalpha(c)) {
            ++letters;
            capitals = capitals && !u_islower(c);
            UChar32 l = u_tolower(c);
            char buffer[4];
            int32_t n = 0;
            UBool error = false;
            U8_APPEND(reinterpret_cast<uint8_t*>(buffer), n, 4, l, error);
            if (!error) word.append(buffer, static_cast<std::size_t>(n));
        } else {
            count();
        }
    }
    count();
    std::optional<std::size_t> best;
    for (std::size_t p = 0; p < votes.size(); ++p) {
        if (std::popcount(distinct[p]) < min_distinct_words || votes[p] < min_votes) continue;
        if (!best || votes[p] > votes[*best]) best = p;
    }
    return best ? profiles[*best].code : "";
}

std::string stemmer_for_language(std::string_view code) {
    for (const auto& profile : profiles) {
        if (code == profile.code) return profile.stemmer;
    }
    return "";
}

std::string language_for_stemmer(std::string_view stemmer) {
    for (const auto& profile : profiles) {
        if (stemmer == profile.stemmer) return profile.code;
    }
    return "";
}

bool capitalises_nouns(std::string_view code) { return code == "de"; }

std::string stemming_language_codes() {
    std::string codes;
    for (const auto& profile : profiles) {
        if (!codes.empty()) codes += ", ";
        codes += profile.code;
    }
    return codes;
}

}  // namespace newsdex::text
