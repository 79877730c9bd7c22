// Where a name starts and ends and how it is spelt: headline capitals, possessive owners, "A and B" firms.
#include "extract/entities/internal/hygiene_steps.h"

#include <string>

#include "extract/entities/internal/mention_text.h"
#include "extract/entities/internal/name_context.h"
#include "extract/entities/internal/organisation_names.h"

namespace newsdex::extract::hygiene {
namespace {

// "BROWN-FORMAN" -> "Brown-Forman": a capital after each hyphen or apostrophe-less word start.
std::string title_case(std::string_view word) {
    std::string out(word);
    bool start = true;
    for (char& c : out) {
        if (is_upper_ascii(c) || is_lower_ascii(c)) {
            c = start ? static_cast<char>(c & ~0x20) : (is_upper_ascii(c) ? static_cast<char>(c - 'A' + 'a') : c);
            start = false;
        } else {
            start = c == '-' || c == '/' || c == '.';
        }
    }
    return out;
}

// A name written in capitals takes the usual spelling of its words; acronyms and short unknown words stay.
std::string usual_spelling(std::string_view name, const WordCaseLookup& usual) {
    std::string out;
    for (const Span& w : words_in(name, 0, name.size())) {
        const std::string_view word = name.substr(w.start, w.end - w.start);
        const std::string_view core = core_of(without_possessive(word));
        const WordCase c = usual(core);
        const bool keep = c == WordCase::acronym || (c == WordCase::unknown && core.size() <= 4) || has_lower(word);
        if (!out.empty()) out += ' ';
        out += keep ? std::string(word) : title_case(word);
        // "MOODY'S" -> "Moody's", not "Moody'S".
        if (!keep && word.size() >= 2 && (word.ends_with("'S") || word.ends_with("\u2019S"))) out.back() = 's';
    }
    return out;
}

}  // namespace

void extend_organisations_left(std::string_view text, std::vector<EntityMention>& mentions) {
    for (std::size_t i = 0; i < mentions.size(); ++i) {
        EntityMention& m = mentions[i];
        if (m.type != EntityType::org || m.start < 4) continue;
        const auto before = words_in(text, m.start >= 40 ? m.start - 40 : 0, m.start);
        if (before.size() < 2) continue;
        const std::string_view joiner = text.substr(before.back().start, before.back().end - before.back().start);
        const Span first = before[before.size() - 2];
        if ((joiner != "and" && joiner != "&") || !is_upper_ascii(text[first.start]) ||
            text.substr(first.start, first.end - first.start).find_first_of(",.;:") != std::string_view::npos ||
            (i > 0 && mentions[i - 1].end > first.start)) {
            continue;
        }
        const bool unlinked = m.canonical == m.text;
        m.start = first.start;
        m.text = std::string(text.substr(m.start, m.end - m.start));
        m.canonical = unlinked
                          ? m.text
                          : m.text.substr(0, first.end - first.start) + " " + std::string(joiner) + " " + m.canonical;
    }
}

void trim_headline_words(std::string_view text, std::vector<EntityMention>& mentions, const WordCaseLookup& usual) {
    CapitalLines line_is_capitals(text);
    for (EntityMention& m : mentions) {
        if (has_lower(m.text) || !line_is_capitals(m.start)) continue;
        auto words = words_in(text, m.start, m.end);
        auto common = [&](const Span& w) {
            return usual(core_of(text.substr(w.start, w.end - w.start))) == WordCase::lower;
        };
        std::size_t first = 0, last = words.size();
        while (last - first > 1 && common(words[first])) ++first;
        while (last - first > 1 && common(words[last - 1])) --last;
        if (first == 0 && last == words.size()) continue;
        const bool unlinked = m.canonical == m.text;
        m.start = words[first].start;
        m.end = words[last - 1].end;
        m.text = std::string(text.substr(m.start, m.end - m.start));
        if (unlinked) m.canonical = m.text;
    }
}

void truecase(std::vector<EntityMention>& mentions, const WordCaseLookup& usual) {
    for (EntityMention& m : mentions) {
        if (!has_upper(m.canonical) || has_lower(m.canonical)) continue;
        m.canonical = usual_spelling(m.canonical, usual);
    }
}

void cut_after_possessive(std::vector<EntityMention>& mentions, const WordCaseLookup& usual) {
    for (EntityMention& m : mentions) {
        if (m.type != EntityType::org) continue;
        const auto words = words_in(m.canonical, 0, m.canonical.size());
        for (std::size_t i = 0; i + 1 < words.size(); ++i) {
            const std::string_view word =
                std::string_view(m.canonical).substr(words[i].start, words[i].end - words[i].start);
            const std::string_view owner = without_possessive(word);
            if (owner.size() == word.size() || owner.size() + 1 == word.size()) continue;  // no 's
            const WordCase c = usual(owner);
            if (i == 0 && (c == WordCase::lower || c == WordCase::mostly_lower || c == WordCase::mixed)) break;
            m.canonical = m.canonical.substr(0, words[i].start) + std::string(owner);
            break;
        }
    }
}

}  // namespace newsdex::extract::hygiene
