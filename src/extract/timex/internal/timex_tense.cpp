// Tense cues for the temporal tagger: a small verb list and the "-ed" suffix, scanned outward from a mention.
#include "extract/timex/internal/timex_tense.h"

#include <algorithm>
#include <iterator>
#include <string_view>

namespace newsdex::extract::timex {
namespace {

// How far to look for a cue, in tokens: a clause rarely holds its verb further away than this.
constexpr std::size_t max_left = 25;
constexpr std::size_t max_right = 15;
// A month opening its sentence ("In January, a week after the anniversary of ..., a bombing killed") may find its
// verb further right.
constexpr std::size_t max_right_month = 30;

constexpr std::string_view future_words[] = {"will",     "would",    "shall",     "ll",     "tomorrow", "expected",
                                             "expects",  "expect",   "scheduled", "plans",  "plan",     "going",
                                             "intends",  "upcoming", "might",     "should", "next",     "planned",
                                             "planning", "ready",    "soon"};

constexpr std::string_view past_words[] = {
    "said",   "was",     "were",      "had",     "did",      "has",   "have",   "came",     "went",      "met",
    "told",   "took",    "gave",      "made",    "left",     "held",  "began",  "saw",      "got",       "spoke",
    "found",  "thought", "brought",   "bought",  "sent",     "won",   "lost",   "fell",     "rose",      "hit",
    "led",    "ran",     "paid",      "sold",    "struck",   "knew",  "became", "broke",    "chose",     "drove",
    "flew",   "grew",    "kept",      "meant",   "shot",     "sat",   "stood",  "stole",    "threw",     "understood",
    "wrote",  "fought",  "caught",    "taught",  "sought",   "heard", "felt",   "dealt",    "built",     "spent",
    "lent",   "ago",     "yesterday", "earlier", "last",     "been",  "wrote",  "slid",     "sank",      "swam",
    "forgot", "hid",     "tore",      "wore",    "woke",     "bore",  "bent",   "fled",     "fed",       "froze",
    "hung",   "lay",     "laid",      "lit",     "overcame", "quit",  "rang",   "sang",     "shook",     "shut",
    "spun",   "split",   "sprang",    "stuck",   "stung",    "swore", "swept",  "withdrew", "undertook", "upheld",
    "arose",  "ate"};

constexpr std::string_view ed_exceptions[] = {
    "need",  "speed", "hundred", "indeed",  "proceed", "succeed", "exceed",   "breed",     "creed",   "greed",
    "bleed", "embed", "united",  "limited", "based",   "related", "expected", "scheduled", "planned", "proposed",
    "red",   "bed",   "seed",    "feed",    "shed",    "weed",    "deed",     "heed",      "reed",    "steed"};

template <std::size_t N>
bool contains(const std::string_view (&list)[N], std::string_view word) {
    return std::find(std::begin(list), std::end(list), word) != std::end(list);
}

Tense cue(const TokenStream& tokens, std::size_t i) {
    const Token& t = tokens[i];
    if (!t.is_word()) return Tense::none;
    if (t.is("won") && tokens.at(std::ptrdiff_t(i) + 1).is("'")) return Tense::future;  // won't
    if (contains(future_words, t.lower)) {
        if (t.is("ll") && !tokens.at(std::ptrdiff_t(i) - 1).is("'")) return Tense::none;
        if (t.is("next") && tokens.at(std::ptrdiff_t(i) + 1).is("to")) return Tense::none;  // "next to the embassy"
        // "vacation plans for the trip" is a noun: a plan looks ahead only as a verb ("plans to visit")
        if ((t.is("plan") || t.is("plans")) && !tokens.at(std::ptrdiff_t(i) + 1).is("to")) return Tense::none;
        return Tense::future;
    }
    // "set to resume", "due to arrive", "is to resume", "likely to meet": an event still to come
    if ((t.is("set") || t.is("due") || t.is("likely") || t.is("about") || t.is("is") || t.is("are")) &&
        tokens.at(std::ptrdiff_t(i) + 1).is("to")) {
        return Tense::future;
    }
    // "the rally is set for Friday", "slated for March": a date fixed for an event to come
    if ((t.is("set") || t.is("slated")) && tokens.at(std::ptrdiff_t(i) + 1).is("for")) return Tense::future;
    // "will be named", "could be held": a participle after "be" takes its tense from the auxiliary further out
    const Token& before = tokens.at(std::ptrdiff_t(i) - 1);
    const bool after_be = before.is("be") || before.is("being");
    if (contains(past_words, t.lower)) return after_be && !t.is("been") ? Tense::none : Tense::past;
    if (t.lower.size() >= 5 && t.lower.ends_with("ed") && !t.capitalised && !contains(ed_exceptions, t.lower)) {
        return after_be ? Tense::none : Tense::past;
    }
    if (t.is("is") || t.is("are") || t.is("says") || t.is("am")) return Tense::present;
    return Tense::none;
}

}  // namespace

bool ends_sentence(const TokenStream& tokens, std::size_t i) {
    const Token& t = tokens[i];
    if (t.is_punct('!') || t.is_punct('?')) return true;
    const Token& next = tokens.at(std::ptrdiff_t(i) + 1);
    if (next.newline_before) return true;  // headlines, datelines and paragraphs end without a full stop
    if (!t.is_punct('.')) return false;
    const Token& prev = tokens.at(std::ptrdiff_t(i) - 1);
    if (prev.is_word() && prev.lower.size() <= 3) return false;  // "Dec.", "Mr.", "U.S.", "a.m."
    return next.space_before && (next.capitalised || !next.is_word());
}

Tense tense_at(const TokenStream& tokens, std::size_t begin, std::size_t end) {
    // "as early as Tuesday", "as soon as Monday", "until Friday", "ahead of Sunday's vote": a point still ahead
    const auto before = [&](std::size_t back) -> const Token& {
        return tokens.at(std::ptrdiff_t(begin) - std::ptrdiff_t(back));
    };
    // "Until Thursday, they had not called him": a past perfect looks back from a past day.
    bool past_perfect = false;
    for (std::size_t i = end; i < tokens.size() && i < end + 6; ++i) {
        if (tokens[i].is("had")) past_perfect = true;
    }
    if ((before(1).is("until") && !past_perfect) || (before(1).is("of") && before(2).is("ahead")) ||
        (before(1).is("as") && (before(2).is("early") || before(2).is("soon")) && before(3).is("as"))) {
        return Tense::future;
    }
    // "Wednesday's ruling": a possessive date names something that has happened.
    if (tokens.at(std::ptrdiff_t(end)).is("'") && tokens.at(std::ptrdiff_t(end) + 1).is("s")) return Tense::past;
    Tense present = Tense::none;
    for (std::size_t k = 0; k < max_left && begin > k; ++k) {
        const std::size_t i = begin - 1 - k;
        if (ends_sentence(tokens, i)) break;
        const Tense t = cue(tokens, i);
        if (t == Tense::present) {
            present = t;
            continue;
        }
        // "had been due to expire Friday", "had been scheduled to": a plan of the past, for a day now gone
        if (t == Tense::future && i >= 2 && (tokens[i - 1].is("been") || tokens[i - 1].is("had")) &&
            (tokens[i - 1].is("had") || tokens[i - 2].is("had"))) {
            return Tense::past;
        }
        if (t != Tense::none) return t;
    }
    for (std::size_t i = end; i < tokens.size() && i < end + max_right; ++i) {
        if (ends_sentence(tokens, i)) break;
        // A plan looks ahead to the days named after it ("planned to leave on Thursday"); a day before it is when
        // the plan was made or reported ("On Friday, the government planned to pay ...").
        if (tokens[i].is("planned") || tokens[i].is("planning")) continue;
        const Tense t = cue(tokens, i);
        if (t == Tense::present) {
            present = t;
            continue;
        }
        if (t != Tense::none) return t;
    }
    return present;
}

namespace {

// Words after which an infinitive's "to" is not one: "to the board", "to $5", "to 12%".
bool infinitive_to(const TokenStream& tokens, std::size_t i) {
    if (!tokens[i].is("to")) return false;
    const Token& verb = tokens.at(std::ptrdiff_t(i) + 1);
    if (!verb.is_word() || verb.capitalised || verb.lower.ends_with("ed") || verb.lower.ends_with("ing")) return false;
    constexpr std::string_view not_verbs[] = {"the",   "a",    "an",    "its",   "his",    "her",
                                              "their", "our",  "this",  "that",  "these",  "those",
                                              "about", "date", "power", "court", "market", "be"};
    return !contains(not_verbs, verb.lower);
}

constexpr std::string_view modals[] = {"can", "could", "may", "must"};

// One clause cue for a month: the general cues, plus modals and infinitives ("agreed to purchase ... in February",
// "can participate ... in April": the month is still to come), and a participle after "be" ("will be named") takes
// the tense of its auxiliary further out ("are held in January" is no past).
Tense month_cue(const TokenStream& tokens, std::size_t i) {
    if (infinitive_to(tokens, i) || contains(modals, tokens[i].lower)) return Tense::future;
    const Tense t = cue(tokens, i);
    const Token& before = tokens.at(std::ptrdiff_t(i) - 1);
    const bool passive =
        before.is("be") || before.is("being") || before.is("is") || before.is("are") || before.is("am");
    if (t == Tense::past && passive && !tokens[i].is("been")) return Tense::none;  // "are held", "will be named"
    return t;
}

}  // namespace

Tense month_tense_at(const TokenStream& tokens, std::size_t begin, std::size_t end) {
    // Any future cue in the clause wins: a month still to come is the likelier error to avoid ("would be paid on a
    // still unspecified date in January" has a past-looking "-ed" nearer than its "would").
    Tense found = Tense::none;
    const auto note = [&](std::size_t i) {
        const Tense t = month_cue(tokens, i);
        if (t == Tense::future || (t == Tense::past && found == Tense::none)) found = t;
    };
    for (std::size_t k = 0; k < max_left && begin > k; ++k) {
        const std::size_t i = begin - 1 - k;
        if (ends_sentence(tokens, i)) break;
        note(i);
    }
    // A past clause before the month ends at its comma: "Since KKR bought RJR in February, it has agreed to sell".
    const bool past_before = found == Tense::past;
    // With no cue before it, the month opens its sentence and the main verb after it decides ("In January, a week
    // after the anniversary of ..., a bombing killed"), however far: the nearest cue, not any future one later on.
    const bool opens = found == Tense::none;
    for (std::size_t i = end; i < tokens.size() && i < end + (opens ? max_right_month : max_right); ++i) {
        if (ends_sentence(tokens, i) || (past_before && tokens[i].is_punct(','))) break;
        if (opens) {
            if (const Tense t = month_cue(tokens, i); t == Tense::past || t == Tense::future) return t;
            continue;
        }
        note(i);
    }
    return found;
}

namespace {

// How near the verb of a past event sits to its month: "was fired in July", "signed the accord in June".
constexpr std::size_t max_event_distance = 10;

// What the word at i says of the event a month belongs to: past (a past verb), present (a finite present or modal:
// "is", "could"), future (anything else still open: a plan, "due", a gerund), or none (not a verb).
Tense event_cue(const TokenStream& tokens, std::size_t i) {
    const Token& t = tokens[i];
    if (!t.is_word()) return Tense::none;
    // with the third persons of verbs that schedule things and are seldom plural nouns ("the season starts in August")
    constexpr std::string_view finite[] = {"is",      "are",     "am",     "can",   "could", "may",
                                           "must",    "starts",  "begins", "opens", "ends",  "expires",
                                           "resumes", "arrives", "takes",  "comes", "goes"};
    if (contains(finite, t.lower)) return Tense::present;
    constexpr std::string_view open[] = {"be",       "says",     "due",   "set",   "slated",
                                         "supposed", "intended", "hoped", "hopes", "plans"};
    if (contains(open, t.lower)) return Tense::future;
    // "is calling for the redemption on Dec. 7": a gerund or progressive is no finished event
    if (t.lower.size() >= 6 && t.lower.ends_with("ing") && !t.capitalised) return Tense::future;
    const Tense c = month_cue(tokens, i);
    if (c == Tense::past && (t.is("last") || t.is("earlier") || t.is("ago"))) return Tense::none;
    return c == Tense::none ? Tense::none : c;
}

}  // namespace

Tense event_tense(const TokenStream& tokens, std::size_t begin, std::size_t end) {
    bool opens_sentence = begin <= max_event_distance;
    for (std::size_t k = 0; k < max_event_distance && begin > k; ++k) {
        const std::size_t i = begin - 1 - k;
        if (ends_sentence(tokens, i)) {
            opens_sentence = true;
            break;
        }
        if (const Tense t = event_cue(tokens, i); t != Tense::none) return t;
    }
    // A month opening its sentence ("In July, the coach was fired") takes the verb after it; a month further in,
    // with no verb near before it, is left alone ("decided to admit Poland, Hungary and ... in early March").
    if (!opens_sentence) return Tense::none;
    for (std::size_t i = end; i < tokens.size() && i < end + max_event_distance; ++i) {
        if (ends_sentence(tokens, i)) break;
        if (const Tense t = event_cue(tokens, i); t != Tense::none) return t;
    }
    return Tense::none;
}

namespace {

// How far before a weekday or month its event's verb may sit: "hears the case on Friday", "meet separately Monday".
constexpr std::size_t max_scheduled_distance = 8;

// Third persons of verbs that tell a scheduled event in the present ("opens Thursday", "leaves for Paris Friday");
// none of them is a reporting verb, whose present tells what was said ("Iraq says Friday"), nor one a headline uses
// for what happened ("announces").
// Left out as plural nouns too often: "returns", "votes" ("survived two no-confidence votes on Monday").
constexpr std::string_view scheduled_third[] = {
    "opens",      "begins", "expires", "resumes",  "arrives",   "departs", "meets",  "travels", "flies",
    "hosts",      "plays",  "hears",   "convenes", "testifies", "visits",  "closes", "kicks",   "reopens",
    "reconvenes", "faces",  "takes",   "goes",     "comes",     "leaves",  "heads",  "holds"};

// Their base forms after a plural subject ("leaders meet Monday"), only those that are seldom nouns ("the vote
// Monday", "a visit Monday", "a sacrifice fly Wednesday" are not among them), and not after "to" ("found new ways to
// go negative Saturday", "was ordered to leave on Monday": the clause's tense decides).
constexpr std::string_view scheduled_base[] = {"begin",   "resume",    "arrive", "depart", "meet", "travel", "convene",
                                               "testify", "reconvene", "reopen", "gather", "go",   "leave"};

// Words before a verb form that make it a noun: "the meet", "a leave", "on leave", "his travels".
constexpr std::string_view noun_markers[] = {"the", "a",    "an",   "his", "her", "its", "their", "our", "your",
                                             "my",  "this", "that", "on",  "of",  "for", "in",    "s"};

// The word at i stands as a verb: lower case, no determiner or preposition before it, no "of" after it.
bool verb_not_noun(const TokenStream& tokens, std::size_t i) {
    const Token& t = tokens[i];
    if (!t.is_word() || t.capitalised) return false;
    const Token& prev = tokens.at(std::ptrdiff_t(i) - 1);
    return !contains(noun_markers, prev.lower) && !tokens.at(std::ptrdiff_t(i) + 1).is("of");
}

bool scheduled_verb_at(const TokenStream& tokens, std::size_t i) {
    const std::string_view w = tokens[i].lower;
    const bool base = contains(scheduled_base, w) && !tokens.at(std::ptrdiff_t(i) - 1).is("to");
    return (contains(scheduled_third, w) || base) && verb_not_noun(tokens, i);
}

constexpr std::string_view conditionals[] = {"would", "could", "might", "should", "may", "can", "must"};

}  // namespace

bool present_event_before(const TokenStream& tokens, std::size_t begin, std::size_t end) {
    // "plays in Saturday's game": a possessive date names something that has happened
    if (tokens.at(std::ptrdiff_t(end)).is("'") && tokens.at(std::ptrdiff_t(end) + 1).is("s")) return false;
    for (std::size_t k = 0; k < max_scheduled_distance && begin > k; ++k) {
        const std::size_t i = begin - 1 - k;
        if (ends_sentence(tokens, i)) return false;
        if (scheduled_verb_at(tokens, i)) {
            const Token& prev = tokens.at(std::ptrdiff_t(i) - 1);
            // "didn't meet", "would meet": the auxiliary decides, through the clause's tense
            return !prev.is("t") && !prev.is("not") && !prev.is("never") && !contains(conditionals, prev.lower) &&
                   !contains(past_words, prev.lower);
        }
        if (cue(tokens, i) != Tense::none) return false;
    }
    return false;
}

bool future_event_before(const TokenStream& tokens, std::size_t begin) {
    for (std::size_t k = 0; k < max_scheduled_distance + 2 && begin > k; ++k) {
        const std::size_t i = begin - 1 - k;
        if (ends_sentence(tokens, i)) return false;
        const Token& t = tokens[i];
        if (!t.is_word()) continue;
        if (t.is("will") || t.is("shall") || (t.is("ll") && tokens.at(std::ptrdiff_t(i) - 1).is("'"))) return true;
        if (t.is("won") && tokens.at(std::ptrdiff_t(i) + 1).is("'")) return true;
        if (contains(conditionals, t.lower)) return false;
        // "is expected to close in April", "is scheduled to take effect in January", "plans to open in February"; not
        // "was scheduled to be signed in mid-February" (a plan of the past), nor "due to snowstorms in January"
        if (t.is("to") && i > 1) {
            const Token& head = tokens[i - 1];
            const Token& aux = tokens[i - 2];
            const bool plan = head.is("expected") || head.is("scheduled") || head.is("set") || head.is("slated") ||
                              head.is("plans") || head.is("expects") || head.is("intends") || head.is("aims");
            if (plan) return !aux.is("was") && !aux.is("were") && !aux.is("been");
        }
        // "the law takes effect in January"; "housing starts in February" is a noun, so "starts" is not in the list
        if (scheduled_verb_at(tokens, i) && contains(scheduled_third, t.lower)) return true;
        // Any other cue ends the search: "stronger than expected sales in February", "announced the planned tariffs
        // on March 27" are no plans.
        if (cue(tokens, i) != Tense::none) return false;
    }
    return false;
}

bool will_base_form_before(const TokenStream& tokens, std::size_t begin) {
    for (std::size_t k = 0; k < max_scheduled_distance && begin > k; ++k) {
        const std::size_t i = begin - 1 - k;
        if (ends_sentence(tokens, i)) return false;
        const Tense t = cue(tokens, i);
        if (t == Tense::none) continue;
        if (t != Tense::past || !contains(past_words, tokens[i].lower)) return false;
        std::ptrdiff_t p = std::ptrdiff_t(i) - 1;
        if (tokens.at(p).is("not") || tokens.at(p).is("never")) --p;  // "will not quit"
        const Token& aux = tokens.at(p);
        return aux.is("will") || aux.is("shall") || (aux.is("ll") && tokens.at(p - 1).is("'"));
    }
    return false;
}

bool tells_past_event(const TokenStream& tokens, std::size_t begin, std::size_t end) {
    return event_tense(tokens, begin, end) == Tense::past;
}

}  // namespace newsdex::extract::timex
