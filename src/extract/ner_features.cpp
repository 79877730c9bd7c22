// Feature extraction for the entity recognizer: a document's words -> hashed feature ids per token.
#include "extract/ner_features.h"

#include <algorithm>
#include <array>
#include <map>
#include <string_view>
#include <unordered_map>

#include "extract/ner_tags.h"

namespace newsdex::extract::ner {
namespace {

constexpr std::uint32_t fnv_offset = 2166136261u;
constexpr std::uint32_t fnv_prime = 16777619u;

std::uint32_t fnv(std::uint32_t h, std::string_view s) {
    for (const char ch : s) {
        h ^= static_cast<unsigned char>(ch);
        h *= fnv_prime;
    }
    return h;
}

// Word facts computed once per token.
struct WordInfo {
    std::string norm;
    std::string lower;
    std::string shape;
    std::string brief;  // short shape
    std::string original_brief;  // short shape before truecasing
    bool capitalised = false;
};

void set_form(WordInfo& info, std::string form) {
    info.norm = std::move(form);
    info.shape = word_shape(info.norm);
    info.brief = short_shape(info.norm);
    info.capitalised = starts_upper(info.norm);
}

// The likely casing of a headline word: as the document writes it elsewhere, else as news usually does.
// Training applies the same rewriting, so the model sees headlines and Title Case lines as running text
// (with a feature saying where the word came from).
std::string truecase(const WordInfo& w, bool all_caps, const std::string* document_form, const CasingTable* casing) {
    if (document_form) return *document_form;
    const std::uint8_t bucket = casing ? casing->bucket(w.lower) : CasingTable::unknown;
    switch (bucket) {
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
        if (!has_letter(w.norm)) continue;
        ++letters;
        const bool all_upper = is_all_upper(w.norm);
        upper += all_upper ? 1 : 0;
        long_upper += all_upper && w.norm.size() >= 4 ? 1 : 0;
        if (i > 0 && casing && casing->bucket(w.lower) <= 1) {
            ++common;
            common_capitalised += w.capitalised ? 1 : 0;
        }
    }
    SentenceInfo info;
    info.all_caps = letters > 0 && upper == letters && long_upper > 0;
    info.title_case = !info.all_caps && common >= 2 && common_capitalised * 10 >= common * 8;
    return info;
}

// One token's feature list builder.
class Emitter {
public:
    explicit Emitter(FeatureIds& out) : out_(out) {}
    void add(std::string_view name, std::string_view value) {
        std::uint32_t h = fnv(fnv_offset, name);
        h = fnv(h ^ 0x1f, value);
        out_.push_back(h);
    }
    void add(std::string_view name, std::string_view a, std::string_view b) {
        std::uint32_t h = fnv(fnv_offset, name);
        h = fnv(h ^ 0x1f, a);
        h = fnv(h ^ 0x1e, b);
        out_.push_back(h);
    }

private:
    FeatureIds& out_;
};

std::string_view prefix(const std::string& s, std::size_t n) { return std::string_view(s).substr(0, std::min(n, s.size())); }
std::string_view suffix(const std::string& s, std::size_t n) {
    const std::size_t k = std::min(n, s.size());
    return std::string_view(s).substr(s.size() - k);
}

constexpr std::string_view bucket_names[] = {"0", "1", "2", "3", "4", "A"};

}  // namespace

std::uint32_t hash_feature(std::string_view text) { return fnv(fnv_offset, text); }

std::vector<std::vector<FeatureIds>> extract_features(const Document& document, const FeatureResources& resources) {
    // Word facts and sentence kinds.
    std::vector<std::vector<WordInfo>> infos(document.size());
    std::vector<SentenceInfo> kinds(document.size());
    for (std::size_t s = 0; s < document.size(); ++s) {
        for (const auto& word : document[s]) {
            WordInfo info;
            info.norm = normalise_word(word);
            info.lower = lower_word(info.norm);
            info.shape = word_shape(info.norm);
            info.brief = short_shape(info.norm);
            info.original_brief = info.brief;
            info.capitalised = starts_upper(info.norm);
            infos[s].push_back(std::move(info));
        }
        kinds[s] = describe_sentence(infos[s], resources.casing);
    }

    // Casing of each word where casing is informative (mid-sentence, not in a headline): bit 1 seen
    // capitalised, bit 2 seen in lower case.
    std::unordered_map<std::string, int> doc_casing;
    std::unordered_map<std::string, std::map<std::string, std::size_t>> doc_forms;
    for (std::size_t s = 0; s < document.size(); ++s) {
        if (kinds[s].all_caps || kinds[s].title_case) continue;
        for (std::size_t i = 1; i < infos[s].size(); ++i) {
            const auto& w = infos[s][i];
            if (!has_letter(w.norm)) continue;
            const auto& before = infos[s][i - 1].norm;
            if (before == "\"" || before == ":" || before == "-" || before == "(") continue;
            doc_casing[w.lower] |= w.capitalised ? 1 : 2;
            ++doc_forms[w.lower][w.norm];
        }
    }

    // Truecase headline and Title Case words.
    for (std::size_t s = 0; s < document.size(); ++s) {
        if (!kinds[s].all_caps && !kinds[s].title_case) continue;
        for (auto& w : infos[s]) {
            if (!has_letter(w.norm)) continue;
            const std::string* form = nullptr;
            if (const auto it = doc_forms.find(w.lower); it != doc_forms.end()) {
                std::size_t best = 0;
                for (const auto& [candidate, n] : it->second) {  // std::map: ties go to the first form
                    if (n > best) { best = n; form = &candidate; }
                }
            }
            set_form(w, truecase(w, kinds[s].all_caps, form, resources.casing));
        }
    }
    // Truecased words join the casing evidence afterwards, as every ordinary word counts itself: otherwise
    // a headline's "and" would be the only lower-case word never seen in the document.
    for (std::size_t s = 0; s < document.size(); ++s) {
        if (!kinds[s].all_caps && !kinds[s].title_case) continue;
        for (std::size_t i = 1; i < infos[s].size(); ++i) {
            const auto& w = infos[s][i];
            if (has_letter(w.norm)) doc_casing[w.lower] |= w.capitalised ? 1 : 2;
        }
    }

    // A section word opening the document ("SOCCER - ...", "Tennis - ..."): team names there are ORG,
    // in other stories the same words are places.
    std::string topic = "none";
    if (!document.empty() && document[0].size() > 2 && infos[0][1].norm == "-" && has_letter(infos[0][0].norm)) {
        topic = infos[0][0].lower;
    }

    std::vector<std::vector<FeatureIds>> result(document.size());
    for (std::size_t s = 0; s < document.size(); ++s) {
        const auto& words = infos[s];
        const std::size_t n = words.size();
        const SentenceInfo kind = kinds[s];

        // Gazetteer matches: per token, the types of names covering it (first word / later word / unit).
        std::vector<std::string> gaz_marks(n);
        if (resources.gazetteer && resources.gazetteer->size() > 0) {
            for (std::size_t i = 0; i < n; ++i) {
                if (!has_letter(words[i].norm) || (!words[i].capitalised && !kind.all_caps)) continue;
                std::string joined;
                for (std::size_t len = 1; len <= Gazetteer::max_words && i + len <= n; ++len) {
                    if (len > 1) joined += ' ';
                    joined += words[i + len - 1].lower;
                    const std::uint8_t mask = resources.gazetteer->types(joined);
                    if (mask == 0) continue;
                    for (std::size_t t = 0; t < type_count; ++t) {
                        if (!(mask & (1u << t))) continue;
                        const std::string name(type_names[t]);
                        if (len == 1) {
                            gaz_marks[i] += "U" + name + ";";
                        } else {
                            gaz_marks[i] += "B" + name + ";";
                            for (std::size_t k = 1; k < len; ++k) gaz_marks[i + k] += "I" + name + ";";
                        }
                    }
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
        for (std::size_t k = 0; k < n; ++k) {
            const auto i = static_cast<std::ptrdiff_t>(k);
            const WordInfo& w = words[k];
            FeatureIds& ids = result[s][k];
            ids.reserve(56);
            Emitter e(ids);
            e.add("b", "");
            e.add("w", w.norm);
            e.add("l", w.lower);
            e.add("s", w.shape);
            e.add("ss", w.brief);
            // Affixes are morphology, and the letters of an acronym in running text (ISIS, NATO) are not: those
            // keep their case, so "IS..." does not look like "Israeli" or "Islamic".
            const bool acronym = !kind.all_caps && w.norm.size() > 1 && is_all_upper(w.norm);
            const std::string& letters = acronym ? w.norm : w.lower;
            for (std::size_t len = 1; len <= 4 && len < letters.size(); ++len) {
                e.add("p" + std::to_string(len), prefix(letters, len));
                e.add("x" + std::to_string(len), suffix(letters, len));
            }
            e.add("l-1", lower_at(i - 1));
            e.add("l+1", lower_at(i + 1));
            e.add("l-2", lower_at(i - 2));
            e.add("l+2", lower_at(i + 2));
            e.add("w-1", norm_at(i - 1));
            e.add("w+1", norm_at(i + 1));
            e.add("ss-1", brief_at(i - 1));
            e.add("ss+1", brief_at(i + 1));
            e.add("ss-2", brief_at(i - 2));
            e.add("ss+2", brief_at(i + 2));
            e.add("l-1|l0", lower_at(i - 1), w.lower);
            e.add("l0|l+1", w.lower, lower_at(i + 1));
            e.add("l-1|ss0", lower_at(i - 1), w.brief);
            e.add("ss0|l+1", w.brief, lower_at(i + 1));
            e.add("ss-1|ss0", brief_at(i - 1), w.brief);
            e.add("ss0|ss+1", w.brief, brief_at(i + 1));
            e.add("ss-1|ss0|ss+1", std::string(brief_at(i - 1)) + "|" + w.brief, brief_at(i + 1));

            // Casing context: where the capital letter says little, say what the word's casing is elsewhere.
            // Title Case lines, once truecased, read as running text; CoNLL has too few of them to learn from.
            const std::string_view position = kind.all_caps ? "H" : k == 0 ? "I" : "M";
            e.add("pos|ss0", position, w.brief);
            if (w.capitalised) e.add("topic|ss0", topic, w.brief);
            if (kind.all_caps) e.add("pos|os0|ss0", std::string(position) + "|" + w.original_brief, w.brief);
            if (position != "M") e.add("pos|l0", position, w.lower);
            if (resources.casing) {
                const std::uint8_t b = resources.casing->bucket(w.lower);
                const std::string_view bucket = b == CasingTable::unknown ? "?" : bucket_names[b];
                e.add("uc|pos|ss0", std::string(bucket) + "|" + std::string(position), w.brief);
            }
            if (has_letter(w.norm)) {
                const auto it = doc_casing.find(w.lower);
                const int c = it == doc_casing.end() ? 0 : it->second;
                const std::string_view dc = c == 0 ? "none" : c == 1 ? "cap" : c == 2 ? "low" : "mix";
                e.add("dc|pos", dc, position);
                e.add("dc|ss0", dc, w.brief);
            }

            // Gazetteer marks of this word and its neighbours.
            auto add_marks = [&](std::string_view name, std::size_t at) {
                std::string_view marks = gaz_marks[at];
                while (!marks.empty()) {
                    const auto end = marks.find(';');
                    e.add(name, marks.substr(0, end));
                    marks.remove_prefix(end + 1);
                }
            };
            add_marks("g0", k);
            if (k > 0) add_marks("g-1", k - 1);
            if (k + 1 < n) add_marks("g+1", k + 1);
            if (gaz_marks[k].empty()) e.add("g0", "none");
        }
    }
    return result;
}

void add_first_pass_features(const Document& document, const std::vector<std::vector<Tag>>& first_pass,
                             std::vector<std::vector<FeatureIds>>& features) {
    // Per lower-cased word: how often the first pass tagged it with each type (index type_count: O).
    std::unordered_map<std::string, std::array<std::uint32_t, type_count + 1>> votes;
    std::vector<std::vector<std::string>> lowers(document.size());
    for (std::size_t s = 0; s < document.size(); ++s) {
        for (std::size_t k = 0; k < document[s].size(); ++k) {
            lowers[s].push_back(lower_word(normalise_word(document[s][k])));
            const Tag t = first_pass[s][k];
            ++votes[lowers[s].back()][t == outside ? type_count : type_of(t)];
        }
    }
    for (std::size_t s = 0; s < document.size(); ++s) {
        for (std::size_t k = 0; k < document[s].size(); ++k) {
            Emitter e(features[s][k]);
            const Tag own = first_pass[s][k];
            const std::size_t own_slot = own == outside ? type_count : type_of(own);
            e.add("fp", own == outside ? "O" : type_names[own_slot]);
            const std::string before = k == 0 ? "<s>" : tag_name(first_pass[s][k - 1]);
            const std::string after = k + 1 == document[s].size() ? "</s>" : tag_name(first_pass[s][k + 1]);
            e.add("fp-1|fp|fp+1", before + "|" + tag_name(own), after);
            if (!has_letter(document[s][k])) continue;
            auto counts = votes[lowers[s][k]];
            --counts[own_slot];
            std::size_t best = type_count, entity_votes = 0;
            for (std::size_t t = 0; t < type_count; ++t) {
                entity_votes += counts[t];
                if (counts[t] > 0 && (best == type_count || counts[t] > counts[best])) best = t;
            }
            if (best != type_count) {
                const bool unanimous = counts[best] == entity_votes + counts[type_count];
                e.add("nl", type_names[best], unanimous ? "all" : "some");
                e.add("nl|fp", type_names[best], own == outside ? "O" : type_names[own_slot]);
            } else if (counts[type_count] > 0) {
                e.add("nl", "O", "");
            }
        }
    }
}

}  // namespace newsdex::extract::ner
