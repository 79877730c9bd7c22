// Links mentions within an article (short names, misspellings) and maps them to canonical names.
#include "extract/entities/entity_linker.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <optional>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "extract/entities/internal/organisation_names.h"

namespace newsdex::extract {

namespace {

// A misspelling must be this long (in letters) before one edit may link it. Four was tried: on the BBC set
// nearly every four-letter match was another word or name ("Tory"/"Tony", "Life"/"Live", "Joan"/"John").
constexpr std::size_t min_fuzzy_length = 5;

// Titles and roles that precede a name; they are not part of it ("President Putin" is "Putin").
constexpr std::string_view title_words[] = {
    "president",  "vice",        "prime",        "minister",   "secretary", "foreign",   "defense",
    "defence",    "chancellor",  "mr",           "mrs",        "ms",        "miss",      "dr",
    "sir",        "dame",        "lord",         "lady",       "king",      "queen",     "prince",
    "princess",   "pope",        "sheikh",       "senator",    "sen",       "rep",       "representative",
    "gov",        "governor",    "mayor",        "general",    "gen",       "col",       "colonel",
    "lt",         "captain",     "capt",         "admiral",    "adm",       "judge",     "justice",
    "ambassador", "premier",     "chairman",     "chairwoman", "chief",     "executive", "ceo",
    "spokesman",  "spokeswoman", "commissioner", "director",   "professor", "prof",      "rev",
    "reverend",   "state",       "of",           "the",        "deputy",    "former"};

// Common capitalised English words (sentence starts, calendar names) that must never be read as a misspelt
// name. Not a dictionary: the lower-case words of the article itself are the main guard.
constexpr std::string_view common_words[] = {
    "this",      "that",     "there",    "then",     "these",    "those", "they",   "their",   "them",      "when",
    "where",     "what",     "which",    "while",    "with",     "will",  "would",  "could",   "should",    "about",
    "after",     "also",     "before",   "both",     "each",     "even",  "from",   "have",    "here",      "into",
    "just",      "last",     "like",     "many",     "more",     "most",  "much",   "must",    "never",     "next",
    "only",      "other",    "over",     "some",     "such",     "than",  "very",   "well",    "were",      "your",
    "said",      "says",     "told",     "today",    "week",     "year",  "monday", "tuesday", "wednesday", "thursday",
    "friday",    "saturday", "sunday",   "january",  "february", "march", "april",  "june",    "july",      "august",
    "september", "october",  "november", "december", "mark",     "bill",  "rose",   "page",    "hope",      "park",
    "north",     "south",    "east",     "west",     "state",    "city",  "house",  "party",   "press",     "news",
    "time",      "times",    "post",     "left",     "right"};

std::u32string to_u32(std::string_view s) {
    std::u32string out;
    int32_t i = 0;
    const auto length = static_cast<int32_t>(s.size());
    while (i < length) {
        UChar32 c;
        U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), i, length, c);
        out.push_back(c < 0 ? U'\uFFFD' : static_cast<char32_t>(c));
    }
    return out;
}

// True if `word` is a plausible one-edit misspelling of the name token `name` (both case-folded): one
// Damerau-Levenshtein edit that keeps the first letter (or swaps the first two: "Ekrry") and is not a plural
// ("Olympics" / "Olympic"). Same length with another first letter was tried and dropped: "Hutton"/"Sutton",
// "London"/"Condon" are different names far more often than typos.
bool one_edit_misspelling(const std::u32string& word, const std::u32string& name) {
    if (word.size() < min_fuzzy_length || name.size() < min_fuzzy_length) return false;
    auto plural_of = [](const std::u32string& a, const std::u32string& b) {
        return a.size() == b.size() + 1 && a.back() == U's' && a.compare(0, b.size(), b) == 0;
    };
    if (plural_of(word, name) || plural_of(name, word)) return false;
    const bool same_start = word.front() == name.front() || (word[0] == name[1] && word[1] == name[0]);
    return same_start && edit_distance(word, name) == 1;
}

// A word of the text: a maximal run of letters.
struct Word {
    std::size_t start = 0;
    std::size_t end = 0;
    bool capitalised = false;  // first letter upper case, some later letter lower case
};

std::vector<Word> scan_words(std::string_view text) {
    std::vector<Word> words;
    const auto length = static_cast<int32_t>(text.size());
    const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
    int32_t i = 0;
    std::optional<Word> current;
    bool has_lower = false;
    while (i <= length) {
        const int32_t at = i;
        UChar32 c = -1;
        if (i < length && bytes[i] < 0x80)
            c = bytes[i++];  // ASCII, most of news text: no ICU calls
        else if (i < length)
            U8_NEXT(bytes, i, length, c);
        else
            ++i;
        const bool ascii = c >= 0 && c < 0x80;
        const bool upper = ascii ? c >= 'A' && c <= 'Z' : c >= 0 && (u_isupper(c) || u_istitle(c));
        const bool lower = ascii ? c >= 'a' && c <= 'z' : c >= 0 && u_islower(c);
        if (ascii ? upper || lower : c >= 0 && u_isalpha(c)) {
            if (!current) {
                current = Word{static_cast<std::size_t>(at), 0, upper};
                has_lower = false;
            } else if (lower) {
                has_lower = true;
            }
            continue;
        }
        if (current) {
            current->end = static_cast<std::size_t>(at);
            current->capitalised = current->capitalised && has_lower;
            words.push_back(*current);
            current.reset();
        }
    }
    return words;
}

bool only_spaces_between(std::string_view text, std::size_t from, std::size_t to) {
    if (from >= to) return false;
    for (std::size_t i = from; i < to; ++i) {
        if (text[i] != ' ') return false;
    }
    return true;
}

// "Kerry's" -> "Kerry", "Reuters'" -> "Reuters".
std::string_view strip_possessive(std::string_view s) {
    for (std::string_view suffix :
         {std::string_view("'s"), std::string_view("\u2019s"), std::string_view("'"), std::string_view("\u2019")}) {
        if (s.size() > suffix.size() && s.substr(s.size() - suffix.size()) == suffix) {
            return s.substr(0, s.size() - suffix.size());
        }
    }
    return s;
}

// Words separated by any run of spaces, tabs, newlines or no-break spaces ("Myriam El\u00a0Khomri").
std::vector<std::string> split_spaces(std::string_view text) {
    std::vector<std::string> words;
    std::string current;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const bool nbsp = text[i] == '\xC2' && i + 1 < text.size() && text[i + 1] == '\xA0';
        if (nbsp || text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r') {
            if (!current.empty()) words.push_back(std::move(current));
            current.clear();
            i += nbsp ? 1 : 0;
        } else {
            current += text[i];
        }
    }
    if (!current.empty()) words.push_back(std::move(current));
    return words;
}

bool is_title(const std::string& key) {
    return std::find(std::begin(title_words), std::end(title_words), key) != std::end(title_words);
}

// The name tokens of a person mention, titles and possessive dropped; at least one token is kept.
std::vector<std::string> name_tokens(std::string_view mention) {
    std::vector<std::string> tokens = split_spaces(mention);
    if (!tokens.empty()) tokens.back() = std::string(strip_possessive(tokens.back()));
    // "of", "the" and "state" only continue a title ("Secretary of State John Kerry"); they never start one
    // ("The Aviator" is a name as the recogniser gave it).
    std::size_t skip = 0;
    while (skip + 1 < tokens.size()) {
        const std::string key = text::alias_key(tokens[skip]);
        const bool connective = key == "of" || key == "the" || key == "state";
        if (!is_title(key) || (connective && skip == 0)) break;
        ++skip;
    }
    tokens.erase(tokens.begin(), tokens.begin() + static_cast<std::ptrdiff_t>(skip));
    return tokens;
}

// Matching keys of name tokens; hyphenated tokens count as several, so "Assad" is the last key of
// "Bashar al-Assad" and "Lewis" of "Daniel Day-Lewis".
std::vector<std::string> keys_of(const std::vector<std::string>& tokens) {
    std::vector<std::string> keys;
    for (const std::string& t : tokens) {
        for (std::string& part : split_spaces(text::alias_key(t))) keys.push_back(std::move(part));
    }
    return keys;
}

std::string join(const std::vector<std::string>& tokens) {
    std::string out;
    for (const std::string& t : tokens) out += (out.empty() ? "" : " ") + t;
    return out;
}

// True if `shorter` names the same person as `longer`: its prefix, its suffix, or its first and last tokens.
bool names_part_of(const std::vector<std::string>& shorter, const std::vector<std::string>& longer) {
    if (shorter.empty() || shorter.size() >= longer.size()) return false;
    if (std::equal(shorter.begin(), shorter.end(), longer.begin())) return true;
    if (std::equal(shorter.rbegin(), shorter.rend(), longer.rbegin())) return true;
    return shorter.size() == 2 && shorter.front() == longer.front() && shorter.back() == longer.back();
}

struct Person {
    std::size_t mention;  // index into the mentions vector
    std::vector<std::string> tokens;
    std::vector<std::string> keys;
};

// Links person mentions to the longest same-article name containing them.
void link_people(std::vector<EntityMention>& mentions, const text::AliasTable& aliases) {
    std::vector<Person> people;
    for (std::size_t i = 0; i < mentions.size(); ++i) {
        if (mentions[i].type != EntityType::person) continue;
        std::vector<std::string> tokens = name_tokens(mentions[i].text);
        people.push_back(Person{i, tokens, keys_of(tokens)});
    }
    // Longest names first, so a name is resolved before any shorter name that links to it.
    std::stable_sort(people.begin(), people.end(),
                     [](const Person& a, const Person& b) { return a.keys.size() > b.keys.size(); });
    for (std::size_t p = 0; p < people.size(); ++p) {
        EntityMention& mention = mentions[people[p].mention];
        const Person* best = nullptr;
        for (std::size_t q = 0; q < p; ++q) {
            const Person& other = people[q];
            if (!names_part_of(people[p].keys, other.keys)) continue;
            const EntityMention& candidate = mentions[other.mention];
            if (best == nullptr) {
                best = &other;
                continue;
            }
            const EntityMention& current = mentions[best->mention];
            if (other.keys.size() != best->keys.size()) break;  // sorted: the rest are shorter
            // Same length, different person: the nearest earlier mention wins, else the first later one.
            const bool candidate_before = candidate.start < mention.start;
            const bool current_before = current.start < mention.start;
            if (candidate_before != current_before) {
                if (candidate_before) best = &other;
            } else if (candidate_before ? candidate.start > current.start : candidate.start < current.start) {
                best = &other;
            }
        }
        if (best != nullptr) {
            mention.canonical = mentions[best->mention].canonical;
        } else {
            std::string name = join(people[p].tokens);
            mention.canonical = aliases.canonical(name, EntityType::person).value_or(name);
        }
    }
}

// Person mentions that linked to nobody but name an organisation or outlet ("Sputnik" tagged PERSON, the
// wire's "Reuter" sign-off) are organisations, and a nationality word ("Kuwaiti oil minister ...") is MISC,
// whose country the place facet takes. Places are left alone: "Chad" and "Jordan" are also first names.
void retype_organisations(std::vector<EntityMention>& mentions, const text::AliasTable& aliases) {
    for (EntityMention& m : mentions) {
        if (m.type != EntityType::person || m.canonical != strip_possessive(m.text)) continue;
        if (aliases.canonical(m.canonical, EntityType::person)) continue;
        if (aliases.canonical(m.canonical, EntityType::org)) {
            m.type = EntityType::org;
        } else if (aliases.country_for_adjective(m.canonical)) {
            m.type = EntityType::misc;
        }
    }
}

// Single-token non-person mentions that are a surname of a person of the article become that person.
void retype_surnames(std::vector<EntityMention>& mentions, const text::AliasTable& aliases) {
    std::vector<std::pair<std::string, std::string>> surnames;  // key -> canonical
    for (const EntityMention& m : mentions) {
        if (m.type != EntityType::person) continue;
        // Both the last token and its last part: "Day-Lewis" and "Lewis" of "Daniel Day-Lewis".
        const std::vector<std::string> tokens = name_tokens(m.text);
        const std::vector<std::string> keys = keys_of(tokens);
        if (keys.size() < 2) continue;
        surnames.emplace_back(keys.back(), m.canonical);
        if (text::alias_key(tokens.back()) != keys.back())
            surnames.emplace_back(text::alias_key(tokens.back()), m.canonical);
    }
    for (EntityMention& m : mentions) {
        if (m.type == EntityType::person) continue;
        std::string_view name = strip_possessive(m.text);
        // Acronyms and two-letter words are never surnames here ("DVD", "Re" of "Munich Re").
        const bool has_lower = std::any_of(name.begin(), name.end(), [](char c) { return c >= 'a' && c <= 'z'; });
        if (name.find(' ') != std::string_view::npos || name.size() < 3 || !has_lower || aliases.knows(name)) {
            continue;
        }
        const std::string key = text::alias_key(name);
        std::set<std::string> found;
        for (const auto& [surname, canonical] : surnames) {
            if (surname == key) found.insert(canonical);
        }
        if (found.size() == 1) {
            m.type = EntityType::person;
            m.canonical = *found.begin();
        }
    }
}

// A word of a person's name, with the person it belongs to.
struct NameToken {
    std::u32string letters;
    std::string canonical;
};

// What the article's mentions say about possible misspellings: the words of people's names, and the words of
// mentions that are not themselves candidates for a fix.
struct NameEvidence {
    std::vector<NameToken> people_tokens;
    std::unordered_set<std::string> mention_tokens;
};

NameEvidence collect_name_evidence(const std::vector<EntityMention>& mentions) {
    NameEvidence evidence;
    for (const EntityMention& m : mentions) {
        const std::vector<Word> words = scan_words(m.text);
        // A one-word ORG/MISC mention may be the misspelling itself (fixed below); places are left alone, as
        // a city one edit from a surname is likelier than a misspelt name tagged as a place.
        // So may a one-word PERSON mention that linked to nobody (the recogniser found "Karry" but no "X Karry").
        const bool unlinked_person = m.type == EntityType::person && m.canonical == strip_possessive(m.text);
        const bool fixable =
            words.size() == 1 && (m.type == EntityType::org || m.type == EntityType::misc || unlinked_person);
        for (const Word& w : words) {
            if (!fixable) evidence.mention_tokens.insert(text::alias_key(m.text.substr(w.start, w.end - w.start)));
        }
        if (m.type != EntityType::person) continue;
        for (const std::string& key : keys_of(name_tokens(m.text))) {
            if (!is_title(key)) evidence.people_tokens.push_back(NameToken{to_u32(key), m.canonical});
        }
    }
    return evidence;
}

// Only a capitalised word one edit from a name token can be a typo: its length within one of the
// token's and the same first letter (or the first two swapped). Checked first, so the keys of the
// article's other words are never made.
bool could_be_typo(const std::u32string& letters, const std::vector<NameToken>& people_tokens) {
    if (letters.size() < min_fuzzy_length) return false;
    return std::any_of(people_tokens.begin(), people_tokens.end(), [&](const NameToken& t) {
        const std::u32string& name = t.letters;
        if (name.size() < min_fuzzy_length || name.size() + 1 < letters.size() || letters.size() + 1 < name.size()) {
            return false;
        }
        return letters[0] == name[0] || (letters[0] == name[1] && letters[1] == name[0]);
    });
}

// The article's capitalised words that could be typos of a name token, with how often each is written.
struct TypoCandidates {
    std::vector<std::string> keys;  // per word: its key if capitalised, else empty
    std::unordered_map<std::string, std::size_t> capitalised_count;
    std::unordered_set<std::string> candidates;
    std::unordered_set<std::string> lower_words;  // candidates also written in lower case: words, not typos
};

TypoCandidates find_typo_candidates(std::string_view text, const std::vector<Word>& words,
                                    const std::vector<NameToken>& people_tokens) {
    TypoCandidates found;
    found.keys.resize(words.size());
    std::uint64_t candidate_lengths = 0;  // bit n: a candidate's key has n bytes (n < 64)
    for (std::size_t k = 0; k < words.size(); ++k) {
        const Word& w = words[k];
        if (!w.capitalised) continue;
        std::string& key = found.keys[k];
        key = text::alias_key(text.substr(w.start, w.end - w.start));
        if (++found.capitalised_count[key] == 1 && could_be_typo(to_u32(key), people_tokens)) {
            found.candidates.insert(key);
            candidate_lengths |= key.size() < 64 ? std::uint64_t{1} << key.size() : 0;
        }
    }
    if (found.candidates.empty()) return found;
    // An ASCII word's key is its lower case, so only words of a candidate's length are looked at.
    for (const Word& w : words) {
        if (w.capitalised) continue;
        const std::string_view word = text.substr(w.start, w.end - w.start);
        const bool ascii =
            std::all_of(word.begin(), word.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
        if (ascii && (word.size() >= 64 || !(candidate_lengths & (std::uint64_t{1} << word.size())))) continue;
        std::string key = text::alias_key(word);
        if (found.candidates.count(key) != 0) found.lower_words.insert(std::move(key));
    }
    return found;
}

// Whether word k, a candidate, reads as a one-off misspelling rather than a word or another name.
bool reads_as_typo(std::string_view text, const std::vector<Word>& words, std::size_t k, const TypoCandidates& found,
                   const NameEvidence& evidence, const text::AliasTable& aliases) {
    const Word& w = words[k];
    const std::string& key = found.keys[k];
    // A typo is a one-off: a word written the same way twice is more likely a different name ("Karel").
    if (to_u32(key).size() < min_fuzzy_length || found.capitalised_count.at(key) > 1 ||
        evidence.mention_tokens.count(key) != 0 || found.lower_words.count(key) != 0 ||
        std::find(std::begin(common_words), std::end(common_words), key) != std::end(common_words) ||
        aliases.knows(text.substr(w.start, w.end - w.start))) {
        return false;
    }
    // A capitalised neighbour means a multi-word name we know nothing about ("Karry Street", "Jahn Smith").
    if (k + 1 < words.size() && words[k + 1].capitalised && only_spaces_between(text, w.end, words[k + 1].start)) {
        return false;
    }
    if (k > 0 && words[k - 1].capitalised && only_spaces_between(text, words[k - 1].end, w.start) &&
        !is_title(text::alias_key(text.substr(words[k - 1].start, words[k - 1].end - words[k - 1].start)))) {
        return false;
    }
    return true;
}

// Fixes the recogniser's mention of exactly this word (possessive allowed) to the person, or adds one to `added`
// where there is none; a mention overlapping the word otherwise blocks the fix.
void mark_as_person(std::string_view text, const Word& w, const std::string& canonical,
                    std::vector<EntityMention>& mentions, std::vector<EntityMention>& added) {
    const std::string_view word = text.substr(w.start, w.end - w.start);
    EntityMention* same = nullptr;
    for (EntityMention& m : mentions) {
        if (m.end <= w.start || m.start >= w.end) continue;
        if (m.start != w.start || strip_possessive(m.text) != word) return;
        same = &m;
    }
    if (same != nullptr) {
        same->type = EntityType::person;
        same->canonical = canonical;
    } else {
        added.push_back(EntityMention{std::string(word), EntityType::person, canonical, w.start, w.end});
    }
}

// Capitalised words one edit from a person's name token become mentions of that person ("Karry").
void link_misspellings(std::string_view text, std::vector<EntityMention>& mentions, const text::AliasTable& aliases) {
    const NameEvidence evidence = collect_name_evidence(mentions);
    if (evidence.people_tokens.empty()) return;
    const std::vector<Word> words = scan_words(text);
    const TypoCandidates found = find_typo_candidates(text, words, evidence.people_tokens);
    if (found.candidates.empty()) return;
    std::vector<EntityMention> added;
    for (std::size_t k = 0; k < words.size(); ++k) {
        if (!words[k].capitalised || found.candidates.count(found.keys[k]) == 0) continue;
        if (!reads_as_typo(text, words, k, found, evidence, aliases)) continue;
        const std::u32string letters = to_u32(found.keys[k]);
        std::set<std::string> people;
        for (const NameToken& token : evidence.people_tokens) {
            if (one_edit_misspelling(letters, token.letters)) people.insert(token.canonical);
        }
        if (people.size() != 1) continue;  // none, or ambiguous between two people
        mark_as_person(text, words[k], *people.begin(), mentions, added);
    }
    mentions.insert(mentions.end(), added.begin(), added.end());
}

void sort_and_drop_overlaps(std::vector<EntityMention>& mentions) {
    std::stable_sort(mentions.begin(), mentions.end(), [](const EntityMention& a, const EntityMention& b) {
        return a.start != b.start ? a.start < b.start : a.end - a.start > b.end - b.start;
    });
    std::vector<EntityMention> kept;
    for (EntityMention& m : mentions) {
        if (!kept.empty() && m.start < kept.back().end) {
            if (m.end - m.start > kept.back().end - kept.back().start) kept.back() = std::move(m);
            continue;
        }
        kept.push_back(std::move(m));
    }
    mentions = std::move(kept);
}

}  // namespace

std::size_t edit_distance(std::u32string_view a, std::u32string_view b) {
    const std::size_t n = a.size();
    const std::size_t m = b.size();
    std::vector<std::vector<std::size_t>> d(n + 1, std::vector<std::size_t>(m + 1));
    for (std::size_t i = 0; i <= n; ++i) d[i][0] = i;
    for (std::size_t j = 0; j <= m; ++j) d[0][j] = j;
    for (std::size_t i = 1; i <= n; ++i) {
        for (std::size_t j = 1; j <= m; ++j) {
            const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
            }
        }
    }
    return d[n][m];
}

void link_entities(std::string_view text, std::vector<EntityMention>& mentions, const text::AliasTable& aliases) {
    sort_and_drop_overlaps(mentions);
    link_people(mentions, aliases);
    retype_organisations(mentions, aliases);
    retype_surnames(mentions, aliases);
    link_misspellings(text, mentions, aliases);
    for (EntityMention& m : mentions) {
        if (m.type == EntityType::person) continue;
        std::string_view name = strip_possessive(m.text);
        m.canonical = join(split_spaces(name));
        if (auto canonical = aliases.canonical(name, m.type)) {
            m.canonical = *canonical;
        } else if (m.type == EntityType::org) {
            // "Chrysler Corp" is Chrysler; the alias table may know the shorter name ("Reuters Holdings PLC").
            const std::string shorter = without_legal_form(m.canonical);
            const auto known = aliases.canonical(shorter, m.type);
            m.canonical = known ? *known : shorter;
        } else if (m.type != EntityType::misc) {
            continue;
        } else if (auto org = aliases.canonical(name, EntityType::org)) {
            // An organisation or outlet tagged MISC ("ISIS", "Guardian") is an organisation.
            m.type = EntityType::org;
            m.canonical = *org;
        } else if (auto place = aliases.canonical(name, EntityType::location)) {
            m.type = EntityType::location;
            m.canonical = *place;
        }
    }
    sort_and_drop_overlaps(mentions);
}

std::vector<std::string> facet_places(const std::vector<EntityMention>& mentions, const text::AliasTable& aliases) {
    std::vector<std::string> places;
    auto add = [&](const std::string& place) {
        if (std::find(places.begin(), places.end(), place) == places.end()) places.push_back(place);
    };
    for (const EntityMention& m : mentions) {
        if (m.type == EntityType::location) add(m.canonical.empty() ? m.text : m.canonical);
    }
    for (const EntityMention& m : mentions) {
        if (m.type != EntityType::misc) continue;
        if (auto country = aliases.country_for_adjective(m.text)) add(*country);
    }
    return places;
}

}  // namespace newsdex::extract
