// Recognisers for times of day: clock times ("10:30 a.m.", "10.30pm", "1400 GMT", "4 in the morning"), named times
// ("noon", "mid-afternoon"), parts of day the text places ("in the morning", "that night") and "overnight".
#include <cstdio>
#include <string>

#include "extract/timex/internal/timex_lexicon.h"
#include "extract/timex/internal/timex_matcher.h"
#include "extract/timex/internal/timex_tense.h"

namespace newsdex::extract::timex {
namespace {

bool is_time_zone(const Token& z) {
    return z.is("est") || z.is("edt") || z.is("gmt") || z.is("utc") || z.is("pst") || z.is("pdt") || z.is("cst") ||
           z.is("cdt") || z.is("et") || z.is("bst") || z.is("mst") || z.is("mdt");
}

// A clock written without its half of the day ("10 o'clock", "7:30"), moved to the half a part of day says: 22:00 for
// "10 o'clock ... night", 19:30 for "7:30 ... evening", 15:00 for "3 o'clock ... afternoon"; a morning changes nothing
// and "2 o'clock at night" is 02:00. `clock` is a suffix "Thh:mm", `part` a lexicon part of day ("NI").
std::string clock_in_part_of_day(const std::string& clock, std::string_view part) {
    if (clock.size() < 6 || clock[0] != 'T' || clock[3] != ':') return clock;
    int hour = to_int(std::string_view(clock).substr(1, 2));
    const bool pm = (part == "AF" && hour >= 1 && hour <= 6) || (part == "EV" && hour >= 4 && hour <= 11) ||
                    (part == "NI" && hour >= 6 && hour <= 11);
    if (pm) hour += 12;
    char buf[32];
    std::snprintf(buf, sizeof buf, "T%02d", hour);
    return buf + clock.substr(3);
}

}  // namespace

bool Matcher::zoned_number(std::size_t i) const { return clock_zone_end(i) != 0; }

// "10:30 a.m. Friday", "10 a.m. on Dec. 15", "midnight yesterday": a day after a time of day completes it. With
// `clock_with_part_of_day`, so does a part of day after that day ("10 o'clock on Sunday night": 22:00 that Sunday)
// or a part of day that names its own day ("11 o'clock last night", "at 8 tonight").
void Matcher::attach_day_to_time(Match& m) const {
    const Spec& s = m.spec;
    std::size_t k = m.end;
    if (tok(k).is_punct(',') || word(k, "on")) ++k;
    const bool parts = rule(TimexRule::clock_with_part_of_day);
    const bool part_deictic = parts && (word(k, "last") || word(k, "this") || word(k, "tonight"));
    std::size_t dummy = 0;
    if (!(weekday(k, dummy) || month(k, dummy) || word(k, "today") || word(k, "yesterday") || word(k, "tomorrow") ||
          part_deictic)) {
        return;
    }
    auto date = match_core(k);
    if (!date) return;
    std::string suffix = s.time_suffix;
    if (part_deictic) {
        // "last night", "tonight", "this evening": a day with its part of day (TNI), whose half the clock takes
        const std::string& part = date->spec.time_suffix;
        if (part.size() != 3 || part[0] != 'T' || std::string_view(date->spec.type) != "TIME") return;
        if (s.open_half) suffix = clock_in_part_of_day(suffix, std::string_view(part).substr(1));
    } else {
        if (!day_granular(date->spec)) return;
        const LexEntry* e = tok(date->end).is_word() ? lookup(tok(date->end).lower) : nullptr;
        if (parts && e && e->part_of_day && !word(date->end, "overnight")) {
            // "on Sunday night": the night is the clock's, not a second expression
            if (s.open_half) suffix = clock_in_part_of_day(suffix, e->part_of_day);
            ++date->end;
        }
    }
    date->spec.time_suffix = std::move(suffix);
    date->spec.type = "TIME";
    date->begin = m.begin;
    m = std::move(*date);
}

std::size_t Matcher::clock_zone_end(std::size_t i) const {
    if (!tok(i).is_number() || tok(i).lower.size() != 4) return 0;
    if (is_time_zone(tok(i + 1))) return i + 2;
    if (!rule(TimexRule::wire_clock_hours)) return 0;
    // "1530 hrs (EDT)", "1700 local time", "1000 London time"
    if (word(i + 1, "hrs")) return is_time_zone(tok(i + 2)) ? i + 3 : i + 2;
    if ((word(i + 1, "local") || (tok(i + 1).capitalised && tok(i + 1).is_word())) && word(i + 2, "time")) {
        return i + 3;
    }
    // the first of "from 1130 to 1215 GMT", "between 1700 and 2100 hrs" (not "debentures due 1992 to 1700 CDT"), and
    // "until 1500 (1400 GMT)", which a zoned clock explains
    const bool range = (word(i - 1, "from") && word(i + 1, "to")) || (word(i - 1, "between") && word(i + 1, "and"));
    if (range && clock_zone_end(i + 2)) return i + 1;
    if (tok(i + 1).is_punct('(') && tok(i + 2).is_number() && is_time_zone(tok(i + 3))) return i + 1;
    return 0;
}

std::optional<Match> Matcher::match_zoned_clock(std::size_t i) const {
    // Wire copy writes clock times as four digits and a zone: "at 1400 GMT", "0300 UTC". The zone is what makes the
    // number a time and not a year or a count. In brackets it repeats a time just given ("10:35 a.m. (0735 GMT)"),
    // which TimeML leaves out.
    const Token& t = tok(i);
    if (!rule(TimexRule::zoned_clock_time) || !zoned_number(i)) return std::nullopt;
    if (tok(i - 1).is_punct('(')) return std::nullopt;
    const int hour = to_int(t.lower.substr(0, 2));
    const int minute = to_int(t.lower.substr(2, 2));
    if (hour > 23 || minute > 59) return std::nullopt;
    Match m{i, clock_zone_end(i), {}};
    m.spec.kind = SpecKind::relative;
    m.spec.unit = Unit::day;
    m.spec.type = "TIME";
    m.spec.open_time = true;
    m.spec.on_named_day = rule(TimexRule::clock_on_named_day);
    char buf[32];
    std::snprintf(buf, sizeof buf, "T%02d:%02d", hour, minute);
    m.spec.time_suffix = buf;
    return m;
}

// A time of day with no day of its own: on the day the text last named (else the anchor's), completed by a day that
// follows ("10:30 a.m. Friday").
Match Matcher::time_of_day(std::size_t begin, std::size_t end, std::string suffix) const {
    Match m{begin, end, {}};
    m.spec.kind = SpecKind::relative;
    m.spec.unit = Unit::day;
    m.spec.type = "TIME";
    m.spec.open_time = true;
    m.spec.on_named_day = rule(TimexRule::clock_on_named_day);
    m.spec.time_suffix = std::move(suffix);
    return m;
}

bool Matcher::is_clause_word(const Token& t) const noexcept {
    static constexpr std::string_view words[] = {
        "to",     "and",  "or",      "but",  "when",  "while", "as",  "before", "after", "until", "on",
        "in",     "at",   "for",     "from", "with",  "by",    "the", "a",      "an",    "he",    "she",
        "they",   "it",   "we",      "i",    "you",   "his",   "her", "their",  "its",   "there", "was",
        "were",   "is",   "had",     "has",  "would", "will",  "did", "local",  "into",  "near",  "outside",
        "inside", "amid", "against", "then", "again", "only",  "just"};
    for (const auto w : words) {
        if (t.is(w)) return true;
    }
    return false;
}

std::optional<Match> Matcher::match_time(std::size_t i) const {
    if (auto m = match_named_time(i)) return m;
    if (auto m = match_overnight(i)) return m;
    if (auto m = match_part_of_day_phrase(i)) return m;
    return match_clock(i);
}

// "in the morning", "that evening", "(later) that night": a part of the day the text last named, as "this morning" is
// of the anchor's. Not "the night of Oct. 23" or "the night the plane fell" (TBAQ leaves those out), nor "the
// morning session", "the evening news".
std::optional<Match> Matcher::match_part_of_day_phrase(std::size_t i) const {
    if (!rule(TimexRule::part_of_day_phrase)) return std::nullopt;
    const bool in_the = word(i, "the") && i > 0 && word(i - 1, "in");  // "in" starts no expression; "the" does
    if (!in_the && !word(i, "that")) return std::nullopt;
    const std::size_t k = i + 1;
    if (in_the && word(k, "night")) return std::nullopt;
    const LexEntry* e = tok(k).is_word() ? lookup(tok(k).lower) : nullptr;
    if (!e || !e->part_of_day || word(k, "overnight")) return std::nullopt;
    const Token& next = tok(k + 1);
    if (next.is_word() && !next.capitalised && !lookup(next.lower) && !is_clause_word(next)) return std::nullopt;
    if (next.is("'") || next.lower == "\xe2\x80\x99") return std::nullopt;  // "that evening's news"
    // "in the morning" names a day's morning only when told as past ("dealers bought in the morning"); in a present or
    // future clause it is as often a habit ("usage peaks in the evening") or the next day ("we will decide in the
    // morning"). "that evening" always points back to a day.
    if (in_the && tense_at(t_, i, k + 1) != Tense::past) return std::nullopt;
    Match m = time_of_day(i, k + 1, std::string("T") + e->part_of_day);
    m.spec.open_time = false;
    m.spec.on_named_day = true;
    return m;
}

// "the early hours of Saturday", "the small hours of March 3", "in the early hours" (told as past): the hours after
// midnight, which TIMEX3 has no part of day for; written as that day's morning (TMO), as "early Saturday morning" is.
// The day is the one named, else the day last named; "the early hours of the morning" is the bare form.
std::optional<Match> Matcher::match_early_hours(std::size_t i) const {
    if (!rule(TimexRule::early_hours_of_day) || !word(i, "the")) return std::nullopt;
    if (!(word(i + 1, "early") || word(i + 1, "small") || word(i + 1, "wee")) || !word(i + 2, "hours")) {
        return std::nullopt;
    }
    std::size_t k = i + 3;
    if (word(k, "of") && !(word(k + 1, "the") && word(k + 2, "morning"))) {
        auto day = match_core(k + 1);
        if (!day || !day_granular(day->spec)) return std::nullopt;
        if (word(day->end, "morning")) ++day->end;  // "the early hours of Saturday morning"
        day->begin = i;
        day->spec.type = "TIME";
        day->spec.time_suffix = "TMO";
        return day;
    }
    if (word(k, "of")) k += 3;
    if (!word(i - 1, "in") || tense_at(t_, i, k) != Tense::past) return std::nullopt;
    Match m = time_of_day(i, k, "TMO");
    m.spec.on_named_day = true;
    return m;
}

// "mid-afternoon", "midmorning", "noon", "midday", "midnight".
std::optional<Match> Matcher::match_named_time(std::size_t i) const {
    const Token& t = tok(i);
    if (t.is("mid") || t.is("midmorning") || t.is("midafternoon")) {
        std::size_t k = i + 1;
        if (t.is("mid") && glued_hyphen(k)) ++k;
        if (t.is("midmorning")) return time_of_day(i, i + 1, "TMO");
        if (t.is("midafternoon")) return time_of_day(i, i + 1, "TAF");
        if (word(k, "morning") || word(k, "afternoon") || word(k, "evening")) {
            return time_of_day(i, k + 1, std::string("T") + lookup(tok(k).lower)->part_of_day);
        }
        return std::nullopt;
    }
    if ((t.is("noon") || t.is("midday")) && !word(i - 1, "high")) return time_of_day(i, i + 1, "T12:00");
    if (t.is("midnight")) return time_of_day(i, i + 1, "T24:00");
    return std::nullopt;
}

// "Rain fell overnight", "killed overnight by tank fire": the night before the day last named (or the anchor),
// unless the clause looks ahead (the resolver reads the tense). Only as an adverb: before a noun it is as often a
// term ("overnight rates", "overnight repurchases", "an overnight courier") as a time, and after a negation it means
// "at once" ("cannot be done overnight"); a money table's "OVERNIGHT 6-1/4" is a term too.
std::optional<Match> Matcher::match_overnight(std::size_t i) const {
    if (!rule(TimexRule::overnight_time) || !word(i, "overnight") || i == 0) return std::nullopt;
    const Token& before = tok(i - 1);
    const Token& next = tok(i + 1);
    if (before.is_number() || (tok(i).capitalised && before.capitalised && next.capitalised)) return std::nullopt;
    static constexpr std::string_view term_before[] = {"a",       "an",  "the", "of",  "via",   "by", "with",
                                                       "through", "and", "or",  "its", "their", "s",  "in"};
    for (const auto w : term_before) {
        if (before.is(w)) return std::nullopt;
    }
    static constexpr std::string_view adverb_next[] = {"in",   "on", "at",   "for",   "from", "after", "before",
                                                       "into", "as", "when", "while", "amid", "near",  "by"};
    bool adverb = !next.is_word() && !next.is_number() && !next.is_punct('-') && !next.is_punct('/');
    for (const auto w : adverb_next) adverb = adverb || next.is(w);
    adverb = adverb || (next.is("to") && tok(i + 2).is_word());  // "worked overnight to free them", not "to 30 pct"
    if (!adverb) return std::nullopt;
    // A wire story's line breaks do not end its sentences here; only the sentence's own punctuation does.
    for (std::size_t back = 1; back <= 10 && back <= i; ++back) {
        const Token& w = tok(i - back);
        if (w.is_punct('.') || w.is_punct('!') || w.is_punct('?') || w.is_punct(';')) break;
        const Token& apostrophe = tok(i - back - 1);  // "don't" is three tokens
        const bool nt = w.is("t") && back < i && (apostrophe.is_punct('\'') || apostrophe.lower == "\xe2\x80\x99");
        if (w.is("not") || w.is("cannot") || w.is("never") || nt) return std::nullopt;
    }
    Match m = time_of_day(i, i + 1, "TNI");  // "overnight Friday" takes the day that follows
    m.spec.on_named_day = true;
    m.spec.night_before = true;
    return m;
}

// "11 o'clock", "4 in the morning", "4.30 in the morning", "10 at night" after the digits that end at `end`: moves
// `end` over the words and gives the half of the day they say (1 am, 2 pm; 3 for "o'clock" alone, which keeps the
// hour as written). 0 when there are none. A bare hour needs a preposition before it ("leave at 4 in the morning"),
// so that "scored 2 in the afternoon session" is no clock.
int Matcher::spoken_clock(std::size_t i, bool minutes, std::size_t& end) const {
    std::size_t k = end;
    const bool oclock = word(k, "o") && (tok(k + 1).is_punct('\'') || tok(k + 1).lower == "\xe2\x80\x99") &&
                        word(k + 2, "clock") && !tok(k + 1).space_before;
    if (oclock && tok(k).capitalised && tok(k + 3).is_word() && tok(k + 3).capitalised) return 0;  // "10 O'Clock News"
    if (oclock) k += 3;
    int half = 0;
    if (word(k, "in") && word(k + 1, "the") &&
        (word(k + 2, "morning") || word(k + 2, "afternoon") || word(k + 2, "evening"))) {
        half = word(k + 2, "morning") ? 1 : 2;
        k += 3;
    } else if (word(k, "at") && word(k + 1, "night")) {
        half = 2;
        k += 2;
    }
    if (!half && !oclock) return 0;
    const Token& next = tok(k);
    if (half && next.is_word() && !next.capitalised && !lookup(next.lower) && !is_clause_word(next)) return 0;
    const bool preposition = word(i - 1, "at") || word(i - 1, "by") || word(i - 1, "until") || word(i - 1, "till") ||
                             word(i - 1, "from") || word(i - 1, "to") || word(i - 1, "about") ||
                             word(i - 1, "around") || word(i - 1, "before") || word(i - 1, "after") ||
                             word(i - 1, "since");
    if (!oclock && !minutes && !preposition) return 0;
    end = k;
    return half ? half : 3;
}

// "three o'clock", "until four in the morning": an hour in words, only with the words that make it a clock.
std::optional<Match> Matcher::match_spelt_clock(std::size_t i) const {
    if (!rule(TimexRule::clock_part_of_day)) return std::nullopt;
    const LexEntry* e = lookup(tok(i).lower);
    if (!e || e->number < 1 || e->number > 12 || word(i, "a") || word(i, "an")) return std::nullopt;
    int hour = e->number;
    std::size_t end = i + 1;
    const int half = spoken_clock(i, false, end);
    if (!half) return std::nullopt;
    if (half == 2 && hour < 12 && !(word(end - 1, "night") && hour < 5)) hour += 12;
    if (half == 1 && hour == 12) hour = 0;
    char buf[32];
    std::snprintf(buf, sizeof buf, "T%02d:00", hour);
    Match m = time_of_day(i, end, buf);
    m.spec.open_half = half == 3;  // "three o'clock"
    return m;
}

// After a clock's digits at k: "am", "pm", "a.m.", "p.m." (1 or 2) and where it ends; 0 when there is none.
int Matcher::meridiem(std::size_t k, std::size_t& end) const {
    const Token& a = tok(k);
    if (a.is("am") || a.is("pm")) {
        end = k + 1;
        return a.is("am") ? 1 : 2;
    }
    if (!((a.is("a") || a.is("p")) && tok(k + 1).is_punct('.') && word(k + 2, "m") && !tok(k + 1).space_before &&
          !tok(k + 2).space_before)) {
        return 0;
    }
    end = k + 3;
    if (tok(end).is_punct('.') && !tok(end).space_before) {
        // The final full stop belongs to the time unless it also ends the sentence.
        const Token& after = tok(end + 1);
        if (!(after.capitalised && after.space_before && !lookup(after.lower) && !is_time_zone(after))) end += 1;
    }
    return a.is("a") ? 1 : 2;
}

// "10:30 a.m.", "8 PM", "14:05 GMT"; with the British full stop, "10.30pm", "7.15 a.m." (only with am/pm: alone,
// "10.30" is a decimal).
std::optional<Match> Matcher::match_clock(std::size_t i) const {
    const Token& t = tok(i);
    if (t.is_word()) return match_spelt_clock(i);
    if (!t.is_number() || t.lower.size() > 2) return std::nullopt;
    int hour = to_int(t.lower);
    int minute = 0;
    std::size_t k = i + 1;
    bool clock = false;
    bool british = false;
    const auto minutes_at = [&](std::size_t p) {
        return !tok(p).space_before && tok(p + 1).is_number() && tok(p + 1).lower.size() == 2 &&
               !tok(p + 1).space_before;
    };
    if (tok(k).is_punct(':') && minutes_at(k)) {
        minute = to_int(tok(k + 1).lower);
        clock = true;
        k += 2;
        if (tok(k).is_punct(':') && !tok(k).space_before && tok(k + 1).is_number()) k += 2;  // seconds
    } else if (rule(TimexRule::british_clock_time) && tok(k).is_punct('.') && minutes_at(k)) {
        minute = to_int(tok(k + 1).lower);
        british = true;
        k += 2;
    }
    std::size_t end = k;
    int half = meridiem(k, end);
    if (!half && rule(TimexRule::clock_part_of_day)) half = spoken_clock(i, clock || british, end);
    if ((!clock && !half) || (british && !half)) return std::nullopt;
    if (minute > 59 || hour > 23 || (half && (hour < 1 || hour > 12))) return std::nullopt;
    if (half == 2 && hour < 12 && !(word(end - 1, "night") && hour < 5)) hour += 12;  // "2 at night" is 02:00
    if (half == 1 && hour == 12) hour = 0;
    const bool zoned = is_time_zone(tok(end));
    if (zoned) ++end;  // "EST", "GMT"
    char buf[32];
    std::snprintf(buf, sizeof buf, "T%02d:%02d", hour, minute);
    Match m = time_of_day(i, end, buf);
    m.spec.open_half = (half == 0 || half == 3) && hour >= 1 && hour <= 12 && !zoned;  // "7:30", "10 o'clock"
    return m;
}

}  // namespace newsdex::extract::timex
