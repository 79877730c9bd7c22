// Feature extraction for the entity recognizer: a document's words -> hashed feature ids per token.
#include "extract/ner/internal/ner_features.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <unordered_map>

#include "extract/ner/internal/ner_spans.h"
#include "extract/ner/internal/ner_tags.h"

namespace newsdex::extract::ner {
namespace {

constexpr std::uint32_t fnv_offset = 2166136261u;
constexpr std::uint32_t fnv_prime = 16777619u;

constexpr std::uint32_t fnv(std::uint32_t h, std::string_view s) {
    for (const char ch : s) {
        h ^= static_cast<unsigned char>(ch);
        h *= fnv_prime;
    }
    return h;
}

// A feature name's hash, computed at compile time.
consteval std::uint32_t name(std::string_view feature_name) { return fnv(fnv_offset, feature_name); }

// Word facts computed once per token.
struct WordInfo {
    std::string norm;
    std::string lower;
    std::string shape;
    std::string brief;           // short shape
    std::string original_brief;  // short shape before truecasing
    bool capitalised = false;
    bool letter = false;                         // has_letter(norm)
    bool all_upper = false;                      // is_all_upper(norm)
    bool original_letter = false;                // has_letter before truecasing (= has_letter of the raw word)
    std::uint8_t bucket = CasingTable::unknown;  // casing table bucket of `lower`
    const std::uint16_t* clusters = nullptr;     // WordClusters ids of `lower`, if it has any
    std::uint32_t id = 0;                        // per-document id of `lower`
};

// The facts of `norm` set_form computes, in one pass for an ASCII word (most of news text), where each code
// point is one byte and ICU's classes are the ASCII ranges; the same as the functions of ner_lexicon.h give.
// With `lower`, also the lower-cased form. False, with nothing set, for a word with other characters.
bool set_ascii_facts(WordInfo& info, bool lower) {
    const std::string& norm = info.norm;
    if (!std::all_of(norm.begin(), norm.end(), [](char ch) { return static_cast<unsigned char>(ch) < 0x80; }))
        return false;
    constexpr std::size_t max_shape = 12;  // word_shape's length
    info.shape.clear();
    info.brief.clear();
    if (lower) info.lower.clear();
    bool letter = false, lower_letter = false;
    for (const char ch : norm) {
        const bool up = ch >= 'A' && ch <= 'Z', low = ch >= 'a' && ch <= 'z';
        const char k = up ? 'X' : low ? 'x' : ch >= '0' && ch <= '9' ? 'd' : ch;
        if (info.shape.size() < max_shape) info.shape += k;
        if (info.brief.empty() || info.brief.back() != k || !(k == 'X' || k == 'x' || k == 'd')) info.brief += k;
        if (lower) info.lower += up ? static_cast<char>(ch - 'A' + 'a') : ch;
        letter = letter || up || low;
        lower_letter = lower_letter || low;
    }
    info.capitalised = !norm.empty() && norm.front() >= 'A' && norm.front() <= 'Z';
    info.letter = letter;
    info.all_upper = letter && !lower_letter;
    return true;
}

void set_form(WordInfo& info, std::string form) {
    info.norm = std::move(form);
    if (set_ascii_facts(info, /*lower=*/false)) return;
    info.shape = word_shape(info.norm);
    info.brief = short_shape(info.norm);
    info.capitalised = starts_upper(info.norm);
    info.letter = has_letter(info.norm);
    info.all_upper = is_all_upper(info.norm);
}

// The likely casing of a headline word: as the document writes it elsewhere, else as news usually does.
// Training applies the same rewriting, so the model sees headlines and Title Case lines as running text
// (with a feature saying where the word came from).
std::string truecase(const WordInfo& w, bool all_caps, const std::string_view* document_form) {
    if (document_form) return std::string(*document_form);
    switch (w.bucket) {
        case 0:
        case 1: return w.lower;
        case 3:
        case 4: return title_word(w.lower);
        case CasingTable::acronym: return upper_word(w.lower);
        case 2: return all_caps ? title_word(w.lower) : w.norm;
        default:
            if (!all_caps) return w.norm;
            return w.norm.size() <= 3 ? w.norm : title_word(w.lower);
    }
}

// Where casing cannot be trusted: headlines in capitals or Title Case, and sentence starts.
struct SentenceInfo {
    bool all_caps = false;
    bool title_case = false;
};

// A Title Case line capitalises words that news normally writes in lower case ("Meet", "In", "To");
// names alone do not make one. An ALL CAPS line has no lower-case word at all.
SentenceInfo describe_sentence(const std::vector<WordInfo>& words, const CasingTable* casing) {
    std::size_t letters = 0, upper = 0, long_upper = 0, common = 0, common_capitalised = 0;
    for (std::size_t i = 0; i < words.size(); ++i) {
        const auto& w = words[i];
        if (!w.letter) continue;
        ++letters;
        const bool all_upper = w.all_upper;
        upper += all_upper ? 1 : 0;
        long_upper += all_upper && w.norm.size() >= 4 ? 1 : 0;
        if (i > 0 && casing && w.bucket <= 1) {
            ++common;
            common_capitalised += w.capitalised ? 1 : 0;
        }
    }
    SentenceInfo info;
    info.all_caps = letters > 0 && upper == letters && long_upper > 0;
    info.title_case = !info.all_caps && common >= 2 && common_capitalised * 10 >= common * 8;
    return info;
}

// One token's feature list builder. A feature's hash is FNV-1a over its name, then (after ^0x1f) its first
// value, then (after ^0x1e) its second; values joined with '|' are hashed piece by piece, never built.
class Emitter {
public:
    explicit Emitter(FeatureIds& out) : out_(out) {}
    void add(std::uint32_t name_hash, std::string_view value) { out_.push_back(fnv(name_hash ^ 0x1f, value)); }
    void add(std::uint32_t name_hash, std::string_view a, std::string_view b) {
        out_.push_back(fnv(fnv(name_hash ^ 0x1f, a) ^ 0x1e, b));
    }
    // Value a1 + "|" + a2, then b.
    void add_joined(std::uint32_t name_hash, std::string_view a1, std::string_view a2, std::string_view b) {
        const std::uint32_t h = fnv(fnv(fnv(name_hash ^ 0x1f, a1), "|"), a2);
        out_.push_back(fnv(h ^ 0x1e, b));
    }

private:
    FeatureIds& out_;
};

std::string_view prefix(const std::string& s, std::size_t n) {
    return std::string_view(s).substr(0, std::min(n, s.size()));
}
std::string_view suffix(const std::string& s, std::size_t n) {
    const std::size_t k = std::min(n, s.size());
    return std::string_view(s).substr(s.size() - k);
}

constexpr std::string_view bucket_names[] = {"0", "1", "2", "3", "4", "A"};
constexpr std::uint32_t prefix_names[] = {0, name("p1"), name("p2"), name("p3"), name("p4")};
constexpr std::uint32_t suffix_names[] = {0, name("x1"), name("x2"), name("x3"), name("x4")};

// Gazetteer marks of a token, one byte each: 1 + 4 * kind (U, B, I) + type.
constexpr std::size_t mark_kinds = 3;
std::string_view mark_text(char code) {
    static const auto texts = [] {
        std::array<std::string, 1 + mark_kinds * type_count> out;
        for (std::size_t kind = 0; kind < mark_kinds; ++kind) {
            for (std::size_t t = 0; t < type_count; ++t) {
                std::string& text = out[1 + kind * type_count + t];
                text.push_back("UBI"[kind]);
                text.append(type_names[t]);
            }
        }
        return out;
    }();
    return texts[static_cast<std::size_t>(code)];
}
char mark_code(std::size_t kind, std::size_t type) { return static_cast<char>(1 + kind * type_count + type); }

std::string_view tag_text(Tag t) {
    static const auto names = [] {
        std::array<std::string, tag_count> out;
        for (std::size_t i = 0; i < tag_count; ++i) out[i] = tag_name(static_cast<Tag>(i));
        return out;
    }();
    return names[t];
}

// ---- extract_features' steps ----

using SentenceWords = std::vector<WordInfo>;

// Word facts of every token, before truecasing.
std::vector<SentenceWords> describe_words(const Document& document) {
    std::vector<SentenceWords> infos(document.size());
    for (std::size_t s = 0; s < document.size(); ++s) {
        infos[s].reserve(document[s].size());
        for (const auto& word : document[s]) {
            WordInfo& info = infos[s].emplace_back();
            info.norm = normalise_word(word);
            // An ASCII normal form: the raw word's other characters, if any, were quotes and dashes, not letters.
            if (set_ascii_facts(info, /*lower=*/true)) {
                info.original_brief = info.brief;
                info.original_letter = info.letter;
                continue;
            }
            info.lower = lower_word(info.norm);
            info.shape = word_shape(info.norm);
            info.brief = short_shape(info.norm);
            info.original_brief = info.brief;
            info.capitalised = starts_upper(info.norm);
            info.letter = has_letter(info.norm);
            info.original_letter = has_letter(word);
            info.all_upper = is_all_upper(info.norm);
        }
    }
    return infos;
}

// One id per distinct lower-cased word (views into `infos`, whose `lower` never changes from here on),
// so the lexicon tables are searched once per word rather than once per token. Returns the number of ids.
std::size_t assign_word_ids(std::vector<SentenceWords>& infos, const FeatureResources& resources) {
    std::size_t token_count = 0;
    for (const auto& sentence : infos) token_count += sentence.size();
    std::unordered_map<std::string_view, std::uint32_t> ids;
    ids.reserve(token_count);
    std::vector<std::uint8_t> buckets;
    std::vector<const std::uint16_t*> clusters;
    for (auto& sentence : infos) {
        for (auto& w : sentence) {
            const auto [it, added] = ids.try_emplace(w.lower, static_cast<std::uint32_t>(ids.size()));
            if (added) {
                buckets.push_back(resources.casing ? resources.casing->bucket(w.lower) : CasingTable::unknown);
                clusters.push_back(resources.clusters ? resources.clusters->find(w.lower) : nullptr);
            }
            w.id = it->second;
            w.bucket = buckets[w.id];
            w.clusters = clusters[w.id];
        }
    }
    return ids.size();
}

bool is_headline(const SentenceInfo& kind) { return kind.all_caps || kind.title_case; }

// Whether word i (i > 0) of a running-text sentence shows its usual casing: not after a quote, colon, dash or
// bracket, which may open a new sentence.
bool casing_informative(const SentenceWords& sentence, std::size_t i) {
    if (!sentence[i].letter) return false;
    const auto& before = sentence[i - 1].norm;
    return !(before == "\"" || before == ":" || before == "-" || before == "(");
}

// Casing of each word where casing is informative (mid-sentence, not in a headline): bit 1 seen
// capitalised, bit 2 seen in lower case.
std::vector<int> document_casing(const std::vector<SentenceWords>& infos, const std::vector<SentenceInfo>& kinds,
                                 std::size_t distinct) {
    std::vector<int> doc_casing(distinct, 0);
    for (std::size_t s = 0; s < infos.size(); ++s) {
        if (is_headline(kinds[s])) continue;
        for (std::size_t i = 1; i < infos[s].size(); ++i) {
            if (!casing_informative(infos[s], i)) continue;
            const auto& w = infos[s][i];
            doc_casing[w.id] |= w.capitalised ? 1 : 2;
        }
    }
    return doc_casing;
}

using FormCounts = std::vector<std::pair<std::string_view, std::size_t>>;

// The forms each headline word takes in running text (only words that occur in a headline), with counts.
std::unordered_map<std::uint32_t, FormCounts> running_text_forms(const std::vector<SentenceWords>& infos,
                                                                 const std::vector<SentenceInfo>& kinds,
                                                                 std::size_t distinct) {
    std::vector<char> wanted(distinct, 0);
    for (std::size_t s = 0; s < infos.size(); ++s) {
        if (!is_headline(kinds[s])) continue;
        for (const auto& w : infos[s])
            if (w.letter) wanted[w.id] = 1;
    }
    std::unordered_map<std::uint32_t, FormCounts> doc_forms;
    for (std::size_t s = 0; s < infos.size(); ++s) {
        if (is_headline(kinds[s])) continue;
        for (std::size_t i = 1; i < infos[s].size(); ++i) {
            const auto& w = infos[s][i];
            if (!wanted[w.id] || !casing_informative(infos[s], i)) continue;
            auto& forms = doc_forms[w.id];
            const auto it = std::find_if(forms.begin(), forms.end(), [&](const auto& f) { return f.first == w.norm; });
            if (it == forms.end())
                forms.emplace_back(w.norm, 1);
            else
                ++it->second;
        }
    }
    return doc_forms;
}

// The most frequent form; ties go to the first in byte order (as a std::map of forms did).
std::string_view most_frequent_form(const FormCounts& forms) {
    std::string_view best_form;
    std::size_t best = 0;
    for (const auto& [candidate, n] : forms) {
        if (n > best || (n == best && candidate < best_form)) {
            best = n;
            best_form = candidate;
        }
    }
    return best_form;
}

// Rewrites headline and Title Case words to their likely casing, then lets them join the casing evidence, as
// every ordinary word counts itself: otherwise a headline's "and" would be the only lower-case word never seen
// in the document.
// With `all_caps` false, ALL CAPS lines keep their capitals and only Title Case lines are rewritten.
void truecase_headlines(std::vector<SentenceWords>& infos, const std::vector<SentenceInfo>& kinds, std::size_t distinct,
                        std::vector<int>& doc_casing, bool all_caps) {
    const auto doc_forms = running_text_forms(infos, kinds, distinct);
    auto rewritten = [&](std::size_t s) { return is_headline(kinds[s]) && (all_caps || !kinds[s].all_caps); };
    for (std::size_t s = 0; s < infos.size(); ++s) {
        if (!rewritten(s)) continue;
        for (auto& w : infos[s]) {
            if (!w.letter) continue;
            std::string_view best_form;
            const std::string_view* form = nullptr;
            if (const auto it = doc_forms.find(w.id); it != doc_forms.end()) {
                best_form = most_frequent_form(it->second);
                form = &best_form;
            }
            set_form(w, truecase(w, kinds[s].all_caps, form));
        }
    }
    for (std::size_t s = 0; s < infos.size(); ++s) {
        if (!rewritten(s)) continue;
        for (std::size_t i = 1; i < infos[s].size(); ++i) {
            const auto& w = infos[s][i];
            if (w.letter) doc_casing[w.id] |= w.capitalised ? 1 : 2;
        }
    }
}

// A section word opening the document ("SOCCER - ...", "Tennis - ..."): team names there are ORG,
// in other stories the same words are places.
std::string_view section_topic(const Document& document, const std::vector<SentenceWords>& infos) {
    if (!document.empty() && document[0].size() > 2 && infos[0][1].norm == "-" && infos[0][0].letter) {
        return infos[0][0].lower;
    }
    return "none";
}

// Gazetteer matches of one sentence: per token, the types of names covering it (first word / later word / unit).
// single_word_names caches Gazetteer::lookup of each word id alone across the document.
void mark_gazetteer_names(const SentenceWords& words, const SentenceInfo& kind, const Gazetteer& gazetteer,
                          std::vector<std::int16_t>& single_word_names, std::vector<std::string>& gaz_marks) {
    const std::size_t n = words.size();
    gaz_marks.assign(n, std::string());
    std::string joined;
    for (std::size_t i = 0; i < n; ++i) {
        if (!words[i].letter || (!words[i].capitalised && !kind.all_caps)) continue;
        for (std::size_t len = 1; len <= Gazetteer::max_words && i + len <= n; ++len) {
            std::uint8_t found;
            if (len == 1) {
                auto& single = single_word_names[words[i].id];
                if (single < 0) single = gazetteer.lookup(words[i].lower);
                found = static_cast<std::uint8_t>(single);
            } else {
                if (len == 2) joined = words[i].lower;
                joined += ' ';
                joined += words[i + len - 1].lower;
                found = gazetteer.lookup(joined);
            }
            const std::uint8_t mask = found & ~Gazetteer::longer;
            for (std::size_t t = 0; t < type_count; ++t) {
                if (!(mask & (1u << t))) continue;
                if (len == 1) {
                    gaz_marks[i] += mark_code(0, t);
                } else {
                    gaz_marks[i] += mark_code(1, t);
                    for (std::size_t k = 1; k < len; ++k) gaz_marks[i + k] += mark_code(2, t);
                }
            }
            if (!(found & Gazetteer::longer)) break;  // no longer name starts with these words
        }
    }
}

// What the features of one token see: its sentence, the document's facts, and the gazetteer marks.
struct TokenContext {
    const SentenceWords& words;
    const SentenceInfo& kind;
    const std::vector<std::string>& gaz_marks;
    const std::vector<int>& doc_casing;
    std::string_view topic;
    bool has_casing_table;
    std::size_t cluster_levels;  // 0: no cluster table

    std::string_view lower_at(std::ptrdiff_t i) const { return at(i, &WordInfo::lower); }
    std::string_view norm_at(std::ptrdiff_t i) const { return at(i, &WordInfo::norm); }
    std::string_view brief_at(std::ptrdiff_t i) const { return at(i, &WordInfo::brief); }

private:
    std::string_view at(std::ptrdiff_t i, std::string WordInfo::*field) const {
        if (i < 0) return "<s>";
        if (i >= static_cast<std::ptrdiff_t>(words.size())) return "</s>";
        return words[static_cast<std::size_t>(i)].*field;
    }
};

// Whether a capitalised or all-caps word lies within plain_window tokens of token k.
bool near_capital(const SentenceWords& words, std::size_t k) {
    const std::size_t last = std::min(words.size() - 1, k + plain_window);
    for (std::size_t j = k >= plain_window ? k - plain_window : 0; j <= last; ++j) {
        if (words[j].capitalised || words[j].all_upper) return true;
    }
    return false;
}

// The word itself, its affixes, and the words and shapes around it.
void add_lexical_features(Emitter& e, const TokenContext& c, std::size_t k) {
    const auto i = static_cast<std::ptrdiff_t>(k);
    const WordInfo& w = c.words[k];
    e.add(name("b"), "");
    e.add(name("w"), w.norm);
    e.add(name("l"), w.lower);
    e.add(name("s"), w.shape);
    e.add(name("ss"), w.brief);
    // Affixes are morphology, and the letters of an acronym in running text (ISIS, NATO) are not: those
    // keep their case, so "IS..." does not look like "Israeli" or "Islamic".
    const bool acronym = !c.kind.all_caps && w.norm.size() > 1 && w.all_upper;
    const std::string& letters = acronym ? w.norm : w.lower;
    for (std::size_t len = 1; len <= 4 && len < letters.size(); ++len) {
        e.add(prefix_names[len], prefix(letters, len));
        e.add(suffix_names[len], suffix(letters, len));
    }
    e.add(name("l-1"), c.lower_at(i - 1));
    e.add(name("l+1"), c.lower_at(i + 1));
    e.add(name("l-2"), c.lower_at(i - 2));
    e.add(name("l+2"), c.lower_at(i + 2));
    e.add(name("w-1"), c.norm_at(i - 1));
    e.add(name("w+1"), c.norm_at(i + 1));
    e.add(name("ss-1"), c.brief_at(i - 1));
    e.add(name("ss+1"), c.brief_at(i + 1));
    e.add(name("ss-2"), c.brief_at(i - 2));
    e.add(name("ss+2"), c.brief_at(i + 2));
    e.add(name("l-1|l0"), c.lower_at(i - 1), w.lower);
    e.add(name("l0|l+1"), w.lower, c.lower_at(i + 1));
    e.add(name("l-1|ss0"), c.lower_at(i - 1), w.brief);
    e.add(name("ss0|l+1"), w.brief, c.lower_at(i + 1));
    e.add(name("ss-1|ss0"), c.brief_at(i - 1), w.brief);
    e.add(name("ss0|ss+1"), w.brief, c.brief_at(i + 1));
    e.add_joined(name("ss-1|ss0|ss+1"), c.brief_at(i - 1), w.brief, c.brief_at(i + 1));
}

// Casing context: where the capital letter says little, say what the word's casing is elsewhere.
// Title Case lines, once truecased, read as running text; CoNLL has too few of them to learn from.
void add_casing_features(Emitter& e, const TokenContext& c, std::size_t k) {
    const WordInfo& w = c.words[k];
    const std::string_view position = c.kind.all_caps ? "H" : k == 0 ? "I" : "M";
    e.add(name("pos|ss0"), position, w.brief);
    if (w.capitalised && !c.topic.empty()) e.add(name("topic|ss0"), c.topic, w.brief);
    if (c.kind.all_caps) e.add_joined(name("pos|os0|ss0"), position, w.original_brief, w.brief);
    if (position != "M") e.add(name("pos|l0"), position, w.lower);
    if (c.has_casing_table) {
        const std::string_view bucket = w.bucket == CasingTable::unknown ? "?" : bucket_names[w.bucket];
        e.add_joined(name("uc|pos|ss0"), bucket, position, w.brief);
    }
    if (w.letter) {
        const int casing = c.doc_casing[w.id];
        const std::string_view dc = casing == 0 ? "none" : casing == 1 ? "cap" : casing == 2 ? "low" : "mix";
        e.add(name("dc|pos"), dc, position);
        e.add(name("dc|ss0"), dc, w.brief);
    }
}

// The word's cluster at each level, and its neighbours' (a word without one adds nothing). A cluster id is
// hashed as its two bytes, low byte first.
void add_cluster_features(Emitter& e, const TokenContext& c, std::size_t k) {
    static constexpr std::uint32_t names[] = {name("c-1"), name("c0"), name("c+1")};
    static constexpr std::string_view levels = "01234567";
    static_assert(levels.size() >= WordClusters::max_levels);
    for (std::size_t offset = 0; offset < 3; ++offset) {
        if (k + offset < 1 || k + offset - 1 >= c.words.size()) continue;
        const std::uint16_t* ids = c.words[k + offset - 1].clusters;
        if (!ids) continue;
        for (std::size_t level = 0; level < c.cluster_levels; ++level) {
            const char bytes[2] = {static_cast<char>(ids[level] & 0xff), static_cast<char>(ids[level] >> 8)};
            e.add(names[offset], levels.substr(level, 1), std::string_view(bytes, 2));
        }
    }
}

// Gazetteer marks of this word and its neighbours.
void add_gazetteer_features(Emitter& e, const TokenContext& c, std::size_t k) {
    auto add_marks = [&](std::uint32_t mark_name, std::size_t at) {
        for (const char code : c.gaz_marks[at]) e.add(mark_name, mark_text(code));
    };
    add_marks(name("g0"), k);
    if (k > 0) add_marks(name("g-1"), k - 1);
    if (k + 1 < c.words.size()) add_marks(name("g+1"), k + 1);
    if (c.gaz_marks[k].empty()) e.add(name("g0"), "none");
}

// Whether this word or the one before it is a capitalised person title ("Senator", "President"; ner_spans.h).
// Titles are one list, so what CoNLL-2003 teaches of its frequent ones ("President", "Minister") carries to
// rare ones. In lower case ("the state", "general") they are ordinary words.
void add_title_features(Emitter& e, const TokenContext& c, std::size_t k) {
    auto title = [&](std::size_t i) { return c.words[i].capitalised && is_person_title(c.words[i].norm); };
    if (title(k)) e.add(name("title"), "0");
    if (k > 0 && title(k - 1)) e.add(name("title"), "-1");
}

void export_words(const std::vector<SentenceWords>& infos, const std::vector<SentenceInfo>& kinds, std::size_t distinct,
                  DocumentWords& words_out) {
    words_out.ids.assign(infos.size(), {});
    words_out.letters.assign(infos.size(), {});
    words_out.all_caps.assign(infos.size(), false);
    words_out.distinct = distinct;
    for (std::size_t s = 0; s < infos.size(); ++s) {
        words_out.all_caps[s] = kinds[s].all_caps;
        for (const auto& w : infos[s]) {
            words_out.ids[s].push_back(w.id);
            words_out.letters[s].push_back(w.original_letter);
        }
    }
}

}  // namespace

std::uint32_t hash_feature(std::string_view text) { return fnv(fnv_offset, text); }

std::vector<std::vector<FeatureIds>> extract_features(const Document& document, const FeatureResources& resources,
                                                      DocumentWords* words_out, bool skip_plain) {
    std::vector<SentenceWords> infos = describe_words(document);
    const std::size_t distinct = assign_word_ids(infos, resources);
    std::vector<SentenceInfo> kinds(document.size());
    for (std::size_t s = 0; s < document.size(); ++s) kinds[s] = describe_sentence(infos[s], resources.casing);
    std::vector<int> doc_casing = document_casing(infos, kinds, distinct);
    if (!(resources.switched_off & feature_off::headline_truecasing) &&
        std::any_of(kinds.begin(), kinds.end(), is_headline))
        truecase_headlines(infos, kinds, distinct, doc_casing,
                           !(resources.switched_off & feature_off::all_caps_truecasing));
    const std::string_view topic =
        resources.switched_off & feature_off::section_word ? std::string_view() : section_topic(document, infos);

    std::vector<std::vector<FeatureIds>> result(document.size());
    std::vector<std::int16_t> single_word_names(distinct, -1);  // Gazetteer::lookup of each word alone
    std::vector<std::string> gaz_marks;
    const bool use_gazetteer = resources.gazetteer && resources.gazetteer->size() > 0;
    for (std::size_t s = 0; s < document.size(); ++s) {
        const SentenceWords& words = infos[s];
        if (use_gazetteer)
            mark_gazetteer_names(words, kinds[s], *resources.gazetteer, single_word_names, gaz_marks);
        else
            gaz_marks.assign(words.size(), std::string());
        const TokenContext context{words,
                                   kinds[s],
                                   gaz_marks,
                                   doc_casing,
                                   topic,
                                   resources.casing != nullptr,
                                   resources.clusters ? resources.clusters->levels() : 0};
        result[s].resize(words.size());
        for (std::size_t k = 0; k < words.size(); ++k) {
            if (skip_plain && !near_capital(words, k)) continue;
            FeatureIds& ids_out = result[s][k];
            ids_out.reserve(64);
            Emitter e(ids_out);
            add_lexical_features(e, context, k);
            add_casing_features(e, context, k);
            add_gazetteer_features(e, context, k);
            if (context.cluster_levels) add_cluster_features(e, context, k);
            if (resources.switched_on & feature_on::title_words) add_title_features(e, context, k);
        }
    }
    if (words_out) export_words(infos, kinds, distinct, *words_out);
    return result;
}

namespace {

// DocumentWords of a document whose extract_features result was not kept.
DocumentWords words_of(const Document& document) {
    DocumentWords computed;
    std::unordered_map<std::string, std::uint32_t> ids;
    computed.ids.resize(document.size());
    computed.letters.resize(document.size());
    for (std::size_t s = 0; s < document.size(); ++s) {
        for (const auto& word : document[s]) {
            const auto id = ids.try_emplace(lower_word(normalise_word(word)), static_cast<std::uint32_t>(ids.size()));
            computed.ids[s].push_back(id.first->second);
            computed.letters[s].push_back(has_letter(word));
        }
    }
    computed.distinct = ids.size();
    return computed;
}

constexpr std::size_t no_majority = type_count + 1;  // the word has no other reading that votes

// What the first pass said of a token's word elsewhere in the document: the majority entity type (type_count:
// O only; no_majority: no other vote), and whether every other vote agrees.
struct Elsewhere {
    std::size_t best = no_majority;
    bool unanimous = false;
};

using Votes = std::vector<std::array<std::uint32_t, type_count + 1>>;  // per word id; index type_count: O

Elsewhere elsewhere(const Votes& votes, std::uint32_t id, std::size_t own_slot, bool own_votes) {
    auto counts = votes[id];
    if (own_votes) --counts[own_slot];
    std::size_t best = type_count, entity_votes = 0;
    for (std::size_t t = 0; t < type_count; ++t) {
        entity_votes += counts[t];
        if (counts[t] > 0 && (best == type_count || counts[t] > counts[best])) best = t;
    }
    if (best != type_count) return {best, counts[best] == entity_votes + counts[type_count]};
    return {counts[type_count] > 0 ? type_count : no_majority, false};
}

std::string_view majority_name(std::size_t best) {
    return best == no_majority ? "-" : best == type_count ? "O" : type_names[best];
}

}  // namespace

void add_first_pass_features(const Document& document, const std::vector<std::vector<Tag>>& first_pass,
                             std::vector<std::vector<FeatureIds>>& features, const DocumentWords* words,
                             const FirstPassVotes& vote_options) {
    DocumentWords computed;
    if (!words) {
        computed = words_of(document);
        words = &computed;
    }
    auto votes_at = [&](std::size_t s, std::size_t k) {
        return !vote_options.margins || (*vote_options.margins)[s][k] >= vote_options.vote_margin;
    };
    auto slot_of = [](Tag t) { return t == outside ? type_count : type_of(t); };
    Votes votes(words->distinct);
    for (std::size_t s = 0; s < document.size(); ++s) {
        for (std::size_t k = 0; k < document[s].size(); ++k)
            if (votes_at(s, k)) ++votes[words->ids[s][k]][slot_of(first_pass[s][k])];
    }
    std::vector<Elsewhere> others;  // per token of the sentence: its word's reading elsewhere
    for (std::size_t s = 0; s < document.size(); ++s) {
        const std::size_t n = document[s].size();
        others.assign(n, Elsewhere{});
        for (std::size_t k = 0; k < n; ++k) {
            if (words->letters[s][k])
                others[k] = elsewhere(votes, words->ids[s][k], slot_of(first_pass[s][k]), votes_at(s, k));
        }
        for (std::size_t k = 0; k < n; ++k) {
            if (features[s][k].empty()) continue;  // skipped as plain text: O
            Emitter e(features[s][k]);
            const Tag own = first_pass[s][k];
            const std::string_view own_type = own == outside ? "O" : type_names[type_of(own)];
            e.add(name("fp"), own_type);
            const std::string_view before = k == 0 ? "<s>" : tag_text(first_pass[s][k - 1]);
            const std::string_view after = k + 1 == n ? "</s>" : tag_text(first_pass[s][k + 1]);
            e.add_joined(name("fp-1|fp|fp+1"), before, tag_text(own), after);
            if (vote_options.neighbours && k > 0 && k + 1 < n) {
                e.add_joined(name("nl-1|l0|nl+1"), majority_name(others[k - 1].best),
                             lower_word(normalise_word(document[s][k])), majority_name(others[k + 1].best));
            }
            if (!words->letters[s][k]) continue;
            const Elsewhere& other = others[k];
            if (other.best < type_count) {
                e.add(name("nl"), type_names[other.best], other.unanimous ? "all" : "some");
                e.add(name("nl|fp"), type_names[other.best], own_type);
            } else if (other.best == type_count) {
                e.add(name("nl"), "O", "");
            }
        }
    }
}

}  // namespace newsdex::extract::ner
