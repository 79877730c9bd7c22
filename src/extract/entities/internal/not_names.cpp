// Mentions that are no names: legal forms and number words alone, plural acronyms, ordinary words.
#include "extract/entities/internal/hygiene_steps.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "extract/entities/internal/mention_text.h"
#include "extract/entities/internal/name_context.h"
#include "extract/entities/internal/organisation_names.h"

namespace newsdex::extract::hygiene {
namespace {

// Whether the article uses a one-word name's lower-case spelling as a word (written_as). One search of the text
// per mention cost mentions x text (minutes on a 4 MB article), so the lower-case words are collected once and
// answers remembered.
class LowerCaseWords {
public:
    explicit LowerCaseWords(std::string_view text) : text_(text) {}
    bool operator()(const std::string& lower) {
        if (!std::all_of(lower.begin(), lower.end(), is_lower_ascii)) {
            auto [it, added] = others_.try_emplace(lower, false);
            if (added) it->second = written_as(text_, lower);
            return it->second;
        }
        if (!collected_) collect();
        return words_.contains(std::string_view(lower));
    }

private:
    // Every maximal run of ASCII letters that is all lower case (a word bounded by non-letters, as above).
    void collect() {
        collected_ = true;
        for (std::size_t at = 0; at < text_.size();) {
            if (!is_upper_ascii(text_[at]) && !is_lower_ascii(text_[at])) {
                ++at;
                continue;
            }
            std::size_t end = at;
            bool all_lower = true;
            while (end < text_.size() && (is_upper_ascii(text_[end]) || is_lower_ascii(text_[end]))) {
                all_lower = all_lower && is_lower_ascii(text_[end]);
                ++end;
            }
            if (all_lower) words_.insert(text_.substr(at, end - at));
            at = end;
        }
    }
    std::string_view text_;
    bool collected_ = false;
    std::unordered_set<std::string_view> words_;
    std::unordered_map<std::string, bool> others_;
};

// A rare word opening a sentence and followed by a comma ("Moreover, ..."): an adverb, not a name.
bool sentence_adverb(std::string_view text, const EntityMention& m) {
    std::size_t before = m.start;
    while (before > 0 && (text[before - 1] == ' ' || text[before - 1] == '\t')) --before;
    const bool opens = before == 0 || text[before - 1] == '.' || text[before - 1] == '\n';
    return opens && m.end < text.size() && text[m.end] == ',';
}

}  // namespace

void drop_lone_words(std::vector<EntityMention>& mentions) {
    std::erase_if(mentions, [](const EntityMention& m) {
        const std::string_view name = core_of(m.text);
        return !name.empty() && name.find(' ') == std::string_view::npos &&
               (without_legal_form("A " + std::string(name)) == "A" || number_word(name));
    });
}

void drop_plural_acronyms(std::string_view text, std::vector<EntityMention>& mentions, const WordCaseLookup& usual) {
    // The plural itself is no name, and leaves a longer one: "PCs" is dropped, "Labour MPs" is "Labour".
    auto plural_acronym = [](std::string_view w) {
        return w.size() >= 3 && w.size() <= 5 && w.back() == 's' && std::all_of(w.begin(), w.end() - 1, is_upper_ascii);
    };
    std::unordered_set<std::string_view> plurals;  // the article's plural acronyms, one pass over its words
    for (const Span& w : words_in(text, 0, text.size())) {
        const std::string_view word = core_of(text.substr(w.start, w.end - w.start));
        if (plural_acronym(word)) plurals.insert(word);
    }
    for (EntityMention& m : mentions) {
        const auto words = words_in(text, m.start, m.end);
        if (words.size() < 2 || !plural_acronym(text.substr(words.back().start, words.back().end - words.back().start)))
            continue;
        const bool unlinked = m.canonical == m.text;
        m.end = words[words.size() - 2].end;
        m.text = std::string(text.substr(m.start, m.end - m.start));
        if (unlinked) m.canonical = m.text;
    }
    std::erase_if(mentions, [&](const EntityMention& m) {
        const std::string_view word = core_of(m.text);
        if (plural_acronym(word)) return true;
        if (m.type != EntityType::org || word.size() < 2 || word.size() > 4 ||
            !std::all_of(word.begin(), word.end(), is_upper_ascii)) {
            return false;
        }
        const std::string plural = std::string(word) + "s";
        return plurals.contains(plural) || usual(plural) != WordCase::unknown;
    });
}

void drop_common_words(std::string_view text, std::vector<EntityMention>& mentions, const text::AliasTable& aliases,
                       const WordCaseLookup& usual) {
    std::map<std::string, bool> outside_capitals;  // key -> some mention in a mixed-case line
    CapitalLines line_is_capitals(text);
    LowerCaseWords in_lower_case(text);
    // Keys of one-word organisations news writes in either case: only for these is the company context asked
    // (each asking reads the words around a mention; asked of every organisation it cost 1 % of ingest).
    std::set<std::string> generic;
    for (const EntityMention& m : mentions) {
        outside_capitals[name_key(m.canonical)] |= !line_is_capitals(m.start);
        const std::string_view word = core_of(without_possessive(m.text));
        if (m.type == EntityType::org && !word.empty() && word.find(' ') == std::string_view::npos &&
            usual(word) == WordCase::mixed) {
            generic.insert(name_key(m.canonical));
        }
    }
    std::set<std::string> companies;  // of those, keys with a mention the words around mark as a company
    if (!generic.empty()) {
        const MentionIndex names(mentions);
        for (const EntityMention& m : mentions) {
            const std::string key = name_key(m.canonical);
            if (m.type == EntityType::org && generic.contains(key) && !companies.contains(key) &&
                company_context(text, m, names)) {
                companies.insert(key);
            }
        }
    }
    std::erase_if(mentions, [&](const EntityMention& m) {
        const std::string_view word = core_of(without_possessive(m.text));
        if (word.empty() || word.find(' ') != std::string_view::npos) return false;
        const std::string key = name_key(m.canonical);
        if (key != name_key(m.text) || aliases.knows(word) || after_title(text, m.start)) return false;
        const WordCase c = usual(word);
        if (c == WordCase::lower || c == WordCase::mostly_lower) return true;
        if (in_lower_case(ascii_lower(word))) return true;
        if (c == WordCase::unknown && sentence_adverb(text, m)) return true;
        // An organisation named by one word news also writes in lower case ("Bank", "Commission", "Federal") and
        // linked to no longer name of the article is that name's short form the article never spelt out ("the
        // Bank said" of a bank named in an earlier story) or a noun or adjective ("Federal funds", "Bank
        // notes"): no one organisation. A company the words around one mention mark ("Shell <SC>") stays.
        if (c == WordCase::mixed && m.type == EntityType::org && !companies.contains(key)) return true;
        return !outside_capitals[key] && c == WordCase::mixed;
    });
}

namespace {

// True if mention m stands inside round brackets that open with an exchange ticker and a colon, as a web page
// links a company's quote: "Johnson & Johnson (JNJ.N: Quote, Profile, Research)", "(TD.TO: Quote ...)".
bool in_ticker_links(std::string_view text, const EntityMention& m) {
    constexpr std::size_t max_reach = 60;  // "(JNJ.N: Quote, Profile, Research)" and a little more
    const std::size_t from = m.start > max_reach ? m.start - max_reach : 0;
    const std::size_t open = text.substr(from, m.start - from).find_last_of("()\n");
    if (open == std::string_view::npos || text[from + open] != '(') return false;
    const std::size_t close = text.find_first_of(")(\n", m.end);
    if (close == std::string_view::npos || text[close] != ')' || close - m.end > max_reach) return false;
    const std::string_view inside = text.substr(from + open + 1, m.start - from - open - 1);
    const std::size_t colon = inside.find(':');
    if (colon == 0 || colon == std::string_view::npos) return false;
    // "JNJ.N", "TD.TO", and a share class in lower case before the exchange: "RCIb.TO", "VIAb.N".
    const std::string_view code = inside.substr(0, colon);
    const std::size_t dot = code.rfind('.');
    const std::string_view exchange = dot == std::string_view::npos ? code : code.substr(dot + 1);
    return code.size() <= 12 && is_upper_ascii(code.front()) && !exchange.empty() && !has_lower(exchange) &&
           std::all_of(code.begin(), code.end(), [](char c) {
               return is_upper_ascii(c) || is_lower_ascii(c) || (c >= '0' && c <= '9') || c == '.' || c == '-';
           });
}

// True if mention m stands inside an HTML tag left in the text: '<', a tag name, attributes holding m, '>'
// ("<FONT face="verdana,MS Sans Serif,arial">" in AG News items). A ticker "<TX>" has no tag name before m.
bool in_markup(std::string_view text, const EntityMention& m) {
    constexpr std::size_t max_reach = 200;  // a tag's attributes before the name
    const std::size_t from = m.start > max_reach ? m.start - max_reach : 0;
    const std::size_t open = text.substr(from, m.start - from).find_last_of("<>");
    if (open == std::string_view::npos || text[from + open] != '<') return false;
    const std::size_t tag = from + open + 1;
    std::size_t name_end = tag;
    while (name_end < m.start && (is_upper_ascii(text[name_end]) || is_lower_ascii(text[name_end]))) ++name_end;
    if (name_end == tag || name_end >= m.start || text[name_end] != ' ') return false;
    const std::size_t close = text.find_first_of("<>", m.end);
    return close != std::string_view::npos && text[close] == '>';
}

}  // namespace

void drop_tickers(std::string_view text, std::vector<EntityMention>& mentions) {
    std::erase_if(mentions, [&](const EntityMention& m) {
        const bool bracketed = m.start > 0 && text[m.start - 1] == '<' && m.end < text.size() && text[m.end] == '>';
        if (bracketed && m.text.size() <= 8 && !has_lower(m.text) && m.text.find(' ') == std::string::npos) return true;
        return in_ticker_links(text, m) || in_markup(text, m);
    });
}

}  // namespace newsdex::extract::hygiene
