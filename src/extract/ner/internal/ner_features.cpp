// Feature extraction for the entity recognizer: a document's words -> hashed feature ids per token.
#include "extract/ner/internal/ner_features.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <unordered_map>

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
    std::uint32_t id = 0;                        // per-document id of `lower`
};

void set_form(WordInfo& info, std::string form) {
    info.norm = std::move(form);
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

}  // namespace

std::uint32_t hash_feature(std::string_view text) { return fnv(fnv_offset, text); }

std::vector<std::vector<FeatureIds>> extract_features(const Document& document, const FeatureResources& resources,
                                                      DocumentWords* words_out, bool skip_plain) {
    // Word facts.
    std::vector<std::vector<WordInfo>> infos(document.size());
    std::size_t token_count = 0;
    for (std::size_t s = 0; s < document.size(); ++s) {
        infos[s].reserve(document[s].size());
        token_count += document[s].size();
        for (const auto& word : document[s]) {
            WordInfo& info = infos[s].emplace_back();
            info.norm = normalise_word(word);
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

    // One id per distinct lower-cased word (views into `infos`, whose `lower` never changes from here on),
    // so the lexicon tables are searched once per word rather than once per token.
    std::unordered_map<std::string_view, std::uint32_t> ids;
    ids.reserve(token_count);
    std::vector<std::uint8_t> buckets;
    for (auto& sentence : infos) {
        for (auto& w : sentence) {
            const auto [it, added] = ids.try_emplace(w.lower, static_cast<std::uint32_t>(ids.size()));
            if (added) buckets.push_back(resources.casing ? resources.casing->bucket(w.lower) : CasingTable::unknown);
            w.id = it->second;
            w.bucket = buckets[w.id];
        }
    }
    const std::size_t distinct = ids.size();

    // Sentence kinds.
    std::vector<SentenceInfo> kinds(document.size());
    for (std::size_t s = 0; s < document.size(); ++s) kinds[s] = describe_sentence(infos[s], resources.casing);

    // Casing of each word where casing is informative (mid-sentence, not in a headline): bit 1 seen
    // capitalised, bit 2 seen in lower case.
    auto informative = [&](std::size_t s, std::size_t i) {
        const auto& w = infos[s][i];
        if (!w.letter) return false;
        const auto& before = infos[s][i - 1].norm;
        return !(before == "\"" || before == ":" || before == "-" || before == "(");
    };
    std::vector<int> doc_casing(distinct, 0);
    bool any_headline = false;
    for (std::size_t s = 0; s < document.size(); ++s) {
        if (kinds[s].all_caps || kinds[s].title_case) {
            any_headline = true;
            continue;
        }
        for (std::size_t i = 1; i < infos[s].size(); ++i) {
            if (!informative(s, i)) continue;
            const auto& w = infos[s][i];
            doc_casing[w.id] |= w.capitalised ? 1 : 2;
        }
    }

    if (any_headline) {
        // The forms each headline word takes in running text (only words that occur in a headline).
        std::vector<char> wanted(distinct, 0);
        for (std::size_t s = 0; s < document.size(); ++s) {
            if (!kinds[s].all_caps && !kinds[s].title_case) continue;
            for (const auto& w : infos[s])
                if (w.letter) wanted[w.id] = 1;
        }
        std::unordered_map<std::uint32_t, std::vector<std::pair<std::string_view, std::size_t>>> doc_forms;
        for (std::size_t s = 0; s < document.size(); ++s) {
            if (kinds[s].all_caps || kinds[s].title_case) continue;
            for (std::size_t i = 1; i < infos[s].size(); ++i) {
                const auto& w = infos[s][i];
                if (!wanted[w.id] || !informative(s, i)) continue;
                auto& forms = doc_forms[w.id];
                const auto it =
                    std::find_if(forms.begin(), forms.end(), [&](const auto& f) { return f.first == w.norm; });
                if (it == forms.end())
                    forms.emplace_back(w.norm, 1);
                else
                    ++it->second;
            }
        }

        // Truecase headline and Title Case words.
        for (std::size_t s = 0; s < document.size(); ++s) {
            if (!kinds[s].all_caps && !kinds[s].title_case) continue;
            for (auto& w : infos[s]) {
                if (!w.letter) continue;
                std::string_view best_form;
                const std::string_view* form = nullptr;
                if (const auto it = doc_forms.find(w.id); it != doc_forms.end()) {
                    std::size_t best = 0;
                    // The most frequent form; ties go to the first in byte order (as a std::map of forms did).
                    for (const auto& [candidate, n] : it->second) {
                        if (n > best || (n == best && candidate < best_form)) {
                            best = n;
                            best_form = candidate;
                        }
                    }
                    form = &best_form;
                }
                set_form(w, truecase(w, kinds[s].all_caps, form));
            }
        }
        // Truecased words join the casing evidence afterwards, as every ordinary word counts itself: otherwise
        // a headline's "and" would be the only lower-case word never seen in the document.
        for (std::size_t s = 0; s < document.size(); ++s) {
            if (!kinds[s].all_caps && !kinds[s].title_case) continue;
            for (std::size_t i = 1; i < infos[s].size(); ++i) {
                const auto& w = infos[s][i];
                if (w.letter) doc_casing[w.id] |= w.capitalised ? 1 : 2;
            }
        }
    }

    // A section word opening the document ("SOCCER - ...", "Tennis - ..."): team names there are ORG,
    // in other stories the same words are places.
    std::string_view topic = "none";
    if (!document.empty() && document[0].size() > 2 && infos[0][1].norm == "-" && infos[0][0].letter) {
        topic = infos[0][0].lower;
    }

    std::vector<std::vector<FeatureIds>> result(document.size());
    std::vector<std::int16_t> single_word_names(distinct, -1);  // Gazetteer::lookup of each word alone
    std::vector<std::string> gaz_marks;
    std::string joined;
    for (std::size_t s = 0; s < document.size(); ++s) {
        const auto& words = infos[s];
        const std::size_t n = words.size();
        const SentenceInfo kind = kinds[s];

        // Gazetteer matches: per token, the types of names covering it (first word / later word / unit).
        gaz_marks.assign(n, std::string());
        if (resources.gazetteer && resources.gazetteer->size() > 0) {
            for (std::size_t i = 0; i < n; ++i) {
                if (!words[i].letter || (!words[i].capitalised && !kind.all_caps)) continue;
                for (std::size_t len = 1; len <= Gazetteer::max_words && i + len <= n; ++len) {
                    std::uint8_t found;
                    if (len == 1) {
                        auto& single = single_word_names[words[i].id];
                        if (single < 0) single = resources.gazetteer->lookup(words[i].lower);
                        found = static_cast<std::uint8_t>(single);
                    } else {
                        if (len == 2) joined = words[i].lower;
                        joined += ' ';
                        joined += words[i + len - 1].lower;
                        found = resources.gazetteer->lookup(joined);
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

        auto lower_at = [&](std::ptrdiff_t i) -> std::string_view {
            if (i < 0) return "<s>";
            if (i >= static_cast<std::ptrdiff_t>(n)) return "</s>";
            return words[static_cast<std::size_t>(i)].lower;
        };
        auto norm_at = [&](std::ptrdiff_t i) -> std::string_view {
            if (i < 0) return "<s>";
            if (i >= static_cast<std::ptrdiff_t>(n)) return "</s>";
            return words[static_cast<std::size_t>(i)].norm;
        };
        auto brief_at = [&](std::ptrdiff_t i) -> std::string_view {
            if (i < 0) return "<s>";
            if (i >= static_cast<std::ptrdiff_t>(n)) return "</s>";
            return words[static_cast<std::size_t>(i)].brief;
        };

        result[s].resize(n);
        auto near_capital = [&](std::size_t k) {
            const std::size_t last = std::min(n - 1, k + plain_window);
            for (std::size_t j = k >= plain_window ? k - plain_window : 0; j <= last; ++j) {
                if (words[j].capitalised || words[j].all_upper) return true;
            }
            return false;
        };
        for (std::size_t k = 0; k < n; ++k) {
            if (skip_plain && !near_capital(k)) continue;
            const auto i = static_cast<std::ptrdiff_t>(k);
            const WordInfo& w = words[k];
            FeatureIds& ids_out = result[s][k];
            ids_out.reserve(64);
            Emitter e(ids_out);
            e.add(name("b"), "");
            e.add(name("w"), w.norm);
            e.add(name("l"), w.lower);
            e.add(name("s"), w.shape);
            e.add(name("ss"), w.brief);
            // Affixes are morphology, and the letters of an acronym in running text (ISIS, NATO) are not: those
            // keep their case, so "IS..." does not look like "Israeli" or "Islamic".
            const bool acronym = !kind.all_caps && w.norm.size() > 1 && w.all_upper;
            const std::string& letters = acronym ? w.norm : w.lower;
            for (std::size_t len = 1; len <= 4 && len < letters.size(); ++len) {
                e.add(prefix_names[len], prefix(letters, len));
                e.add(suffix_names[len], suffix(letters, len));
            }
            e.add(name("l-1"), lower_at(i - 1));
            e.add(name("l+1"), lower_at(i + 1));
            e.add(name("l-2"), lower_at(i - 2));
            e.add(name("l+2"), lower_at(i + 2));
            e.add(name("w-1"), norm_at(i - 1));
            e.add(name("w+1"), norm_at(i + 1));
            e.add(name("ss-1"), brief_at(i - 1));
            e.add(name("ss+1"), brief_at(i + 1));
            e.add(name("ss-2"), brief_at(i - 2));
            e.add(name("ss+2"), brief_at(i + 2));
            e.add(name("l-1|l0"), lower_at(i - 1), w.lower);
            e.add(name("l0|l+1"), w.lower, lower_at(i + 1));
            e.add(name("l-1|ss0"), lower_at(i - 1), w.brief);
            e.add(name("ss0|l+1"), w.brief, lower_at(i + 1));
            e.add(name("ss-1|ss0"), brief_at(i - 1), w.brief);
            e.add(name("ss0|ss+1"), w.brief, brief_at(i + 1));
            e.add_joined(name("ss-1|ss0|ss+1"), brief_at(i - 1), w.brief, brief_at(i + 1));

            // Casing context: where the capital letter says little, say what the word's casing is elsewhere.
            // Title Case lines, once truecased, read as running text; CoNLL has too few of them to learn from.
            const std::string_view position = kind.all_caps ? "H" : k == 0 ? "I" : "M";
            e.add(name("pos|ss0"), position, w.brief);
            if (w.capitalised) e.add(name("topic|ss0"), topic, w.brief);
            if (kind.all_caps) e.add_joined(name("pos|os0|ss0"), position, w.original_brief, w.brief);
            if (position != "M") e.add(name("pos|l0"), position, w.lower);
            if (resources.casing) {
                const std::string_view bucket = w.bucket == CasingTable::unknown ? "?" : bucket_names[w.bucket];
                e.add_joined(name("uc|pos|ss0"), bucket, position, w.brief);
            }
            if (w.letter) {
                const int c = doc_casing[w.id];
                const std::string_view dc = c == 0 ? "none" : c == 1 ? "cap" : c == 2 ? "low" : "mix";
                e.add(name("dc|pos"), dc, position);
                e.add(name("dc|ss0"), dc, w.brief);
            }

            // Gazetteer marks of this word and its neighbours.
            auto add_marks = [&](std::uint32_t mark_name, std::size_t at) {
                for (const char code : gaz_marks[at]) e.add(mark_name, mark_text(code));
            };
            add_marks(name("g0"), k);
            if (k > 0) add_marks(name("g-1"), k - 1);
            if (k + 1 < n) add_marks(name("g+1"), k + 1);
            if (gaz_marks[k].empty()) e.add(name("g0"), "none");
        }
    }

    if (words_out) {
        words_out->ids.assign(document.size(), {});
        words_out->letters.assign(document.size(), {});
        words_out->distinct = distinct;
        for (std::size_t s = 0; s < document.size(); ++s) {
            for (const auto& w : infos[s]) {
                words_out->ids[s].push_back(w.id);
                words_out->letters[s].push_back(w.original_letter);
            }
        }
    }
    return result;
}

void add_first_pass_features(const Document& document, const std::vector<std::vector<Tag>>& first_pass,
                             std::vector<std::vector<FeatureIds>>& features, const DocumentWords* words) {
    DocumentWords computed;
    if (!words) {
        std::unordered_map<std::string, std::uint32_t> ids;
        computed.ids.resize(document.size());
        computed.letters.resize(document.size());
        for (std::size_t s = 0; s < document.size(); ++s) {
            for (const auto& word : document[s]) {
                const auto id =
                    ids.try_emplace(lower_word(normalise_word(word)), static_cast<std::uint32_t>(ids.size()));
                computed.ids[s].push_back(id.first->second);
                computed.letters[s].push_back(has_letter(word));
            }
        }
        computed.distinct = ids.size();
        words = &computed;
    }
    // Per lower-cased word: how often the first pass tagged it with each type (index type_count: O).
    std::vector<std::array<std::uint32_t, type_count + 1>> votes(words->distinct);
    for (std::size_t s = 0; s < document.size(); ++s) {
        for (std::size_t k = 0; k < document[s].size(); ++k) {
            const Tag t = first_pass[s][k];
            ++votes[words->ids[s][k]][t == outside ? type_count : type_of(t)];
        }
    }
    for (std::size_t s = 0; s < document.size(); ++s) {
        for (std::size_t k = 0; k < document[s].size(); ++k) {
            if (features[s][k].empty()) continue;  // skipped as plain text: O
            Emitter e(features[s][k]);
            const Tag own = first_pass[s][k];
            const std::size_t own_slot = own == outside ? type_count : type_of(own);
            e.add(name("fp"), own == outside ? "O" : type_names[own_slot]);
            const std::string_view before = k == 0 ? "<s>" : tag_text(first_pass[s][k - 1]);
            const std::string_view after = k + 1 == document[s].size() ? "</s>" : tag_text(first_pass[s][k + 1]);
            e.add_joined(name("fp-1|fp|fp+1"), before, tag_text(own), after);
            if (!words->letters[s][k]) continue;
            auto counts = votes[words->ids[s][k]];
            --counts[own_slot];
            std::size_t best = type_count, entity_votes = 0;
            for (std::size_t t = 0; t < type_count; ++t) {
                entity_votes += counts[t];
                if (counts[t] > 0 && (best == type_count || counts[t] > counts[best])) best = t;
            }
            if (best != type_count) {
                const bool unanimous = counts[best] == entity_votes + counts[type_count];
                e.add(name("nl"), type_names[best], unanimous ? "all" : "some");
                e.add(name("nl|fp"), type_names[best], own == outside ? "O" : type_names[own_slot]);
            } else if (counts[type_count] > 0) {
                e.add(name("nl"), "O", "");
            }
        }
    }
}

}  // namespace newsdex::extract::ner
