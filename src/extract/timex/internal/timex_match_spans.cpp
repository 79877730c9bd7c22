// Recognisers for durations ("three years", "the past two months"), sets ("every week", "daily") and clock times.
#include <charconv>
#include <string>

#include "extract/timex/internal/timex_lexicon.h"
#include "extract/timex/internal/timex_matcher.h"

namespace newsdex::extract::timex {
namespace {

Match literal(std::size_t begin, std::size_t end, std::string value, const char* type) {
    Match m{begin, end, {}};
    m.spec.kind = SpecKind::literal;
    m.spec.literal = std::move(value);
    m.spec.type = type;
    return m;
}

// P3Y, PT2H, PXD; decades as tens of years, centuries as C (TIMEX3 writes "a decade" as P10Y).
std::string duration_value(int count, Unit unit) {
    std::string n = count < 0 ? "X" : std::to_string(count);
    switch (unit) {
        case Unit::decade: return count < 0 ? "PXE" : "P" + std::to_string(count * 10) + "Y";
        case Unit::century: return "P" + n + "C";
        case Unit::quarter: return "P" + n + "Q";
        case Unit::weekend: return "P" + n + "WE";
        case Unit::season: return count < 0 ? "PXM" : "P" + std::to_string(count * 3) + "M";
        default: break;
    }
    return std::string(is_time_unit(unit) ? "PT" : "P") + n + unit_letter(unit);
}

// Half a unit written in the next smaller unit, as TIMEX3 does (P2Y6M, PT5H30M, PT1M30S); weeks and months have
// no whole half in a smaller unit (nullptr).
const char* half_of(Unit unit) {
    switch (unit) {
        case Unit::year: return "6M";
        case Unit::day: return "T12H";
        case Unit::hour: return "30M";
        case Unit::minute: return "30S";
        default: return nullptr;
    }
}

bool is_time_zone(const Token& z) {
    return z.is("est") || z.is("edt") || z.is("gmt") || z.is("utc") || z.is("pst") || z.is("pdt") || z.is("cst") ||
           z.is("cdt") || z.is("et") || z.is("bst") || z.is("mst") || z.is("mdt");
}

}  // namespace

std::size_t Matcher::duration_qualifier_end(std::size_t k) const {
    if (word(k, "past") || word(k, "last") || word(k, "next") || word(k, "first") || word(k, "coming") ||
        word(k, "previous") || word(k, "following") || word(k, "final") || word(k, "remaining") || word(k, "latest") ||
        word(k, "initial")) {
        return k + 1;
    }
    return k;
}

std::optional<Match> Matcher::uncounted_duration(std::size_t i, std::size_t k, bool the, bool qualified) const {
    // "half an hour", "half a day"
    if (word(k, "half") && (word(k + 1, "an") || word(k + 1, "a"))) {
        const LexEntry* e = lookup(tok(k + 2).lower);
        if (e && !e->plural) {
            if (e->unit == Unit::hour) return literal(i, k + 3, "PT30M", "DURATION");
            if (e->unit == Unit::day) return literal(i, k + 3, "PT12H", "DURATION");
            if (e->unit == Unit::year) return literal(i, k + 3, "P6M", "DURATION");
            if (e->unit == Unit::century) return literal(i, k + 3, "P50Y", "DURATION");
        }
    }
    const LexEntry* e = tok(k).is_word() ? lookup(tok(k).lower) : nullptr;
    if (!e || e->unit == Unit::none || e->unit == Unit::weekend || e->unit == Unit::season) return std::nullopt;
    const bool more = rule(TimexRule::more_durations);
    // "a day-long meeting", "decades-long": the unit's length (TBAQ: 2 of 2)
    if (more && glued_hyphen(k + 1) && word(k + 2, "long") && e->unit != Unit::half) {
        return literal(the ? i + 1 : i, k + 3, duration_value(e->plural ? -1 : 1, e->unit), "DURATION");
    }
    // Bare plurals: "for years", "over decades", "within weeks", "the weeks ahead" (counted ones: number()).
    const bool ahead = the && word(k + 1, "ahead");
    const bool before = word(i - 1, "for") || word(i - 1, "over") || (more && word(i - 1, "within"));
    if (e->plural && (qualified || before || (more && ahead)) && !word(k + 1, "of")) {
        return literal(i, ahead ? k + 2 : k + 1, duration_value(-1, e->unit), "DURATION");
    }
    if (e->plural && !the && !qualified && rule(TimexRule::bare_unit_durations) && bare_unit_amount(k)) {
        return literal(i, k + 1, duration_value(-1, e->unit), "DURATION");
    }
    return std::nullopt;
}

bool Matcher::bare_unit_amount(std::size_t k) const {
    // "the first time in years", "the lowest in decades", "could fall in weeks": "in" + a bare plural that ends the
    // phrase. A following word makes it a noun's modifier or names the units ("in weeks 3 and 4", "in years of
    // drought"); "three-quarters" is a fraction.
    const Token& next = tok(k + 1);
    return word(k - 1, "in") && ((!next.is_word() && !next.is_number()) || next.newline_before) &&
           lookup(tok(k).lower)->unit != Unit::quarter;
}

std::optional<Match> Matcher::match_duration(std::size_t i) const {
    const bool the = word(i, "the");
    const std::size_t k = duration_qualifier_end(the ? i + 1 : i);
    const bool qualified = k > i + (the ? 1 : 0);
    std::size_t j = 0;
    std::optional<int> n = number(k, j);
    if (!n) return uncounted_duration(i, k, the, qualified);
    if (the && !qualified && *n == 1 && (word(k, "a") || word(k, "an"))) return std::nullopt;  // "the a"
    if (*n == 0) return std::nullopt;
    // "the 2013-14 season", "pages 10-12": the second half of a range of numbers counts nothing
    if (tok(k).is_number() && glued_hyphen(k - 1) && tok(k - 2).is_number()) return std::nullopt;
    // "5 1/2 hours", "two and a half years": half a unit more
    bool half = false;
    if (tok(k).is_number() && tok(j).is("1") && tok(j + 1).is_punct('/') && tok(j + 2).is("2") &&
        !tok(j + 1).space_before && !tok(j + 2).space_before) {
        half = true;
        j += 3;
    } else if (word(j, "and") && word(j + 1, "a") && word(j + 2, "half")) {
        half = true;
        j += 3;
    }
    // "two more weeks", "eight trading days": a word between the count and its unit (TBAQ: 3 of 3)
    if (rule(TimexRule::more_durations) && *n > 0 && !half) {
        const bool day_kind = word(j, "trading") || word(j, "business") || word(j, "working");
        if (word(j, "more") || (day_kind && (word(j + 1, "days") || word(j + 1, "day")))) ++j;
    }
    // "six consecutive quarters", "three straight years": a run of whole units
    if (rule(TimexRule::consecutive_durations) && *n > 1 && !half &&
        (word(j, "consecutive") || word(j, "straight") || word(j, "successive"))) {
        ++j;
    }
    const bool hyphen = glued_hyphen(j);
    if (hyphen) ++j;
    const Token& u = tok(j);
    const LexEntry* e = u.is_word() ? lookup(u.lower) : nullptr;
    if (!e || e->unit == Unit::none || e->unit == Unit::half) return std::nullopt;
    if (!hyphen && e->plural != (*n != 1) && !(e->plural && *n < 0)) {
        // "a five year low", "a three hour meeting": a singular unit after a count is an adjective
        if (e->plural || *n < 0) return std::nullopt;
    }
    if (tok(k).is_number() && tok(k).lower.size() == 4 && !hyphen) return std::nullopt;  // "1990 years"? no
    std::size_t end = j + 1;
    if (!counted_unit_ok(k, end, *e, hyphen)) return std::nullopt;
    if (u.capitalised && tok(k).is_number()) return std::nullopt;  // "60 Minutes"
    // "a minute and a half"
    if (!half && !hyphen && word(end, "and") && word(end + 1, "a") && word(end + 2, "half")) {
        half = true;
        end += 3;
    }
    // "the 30-year bond": the article belongs to the noun phrase, not to the adjective
    std::size_t begin = hyphen && the && !qualified ? i + 1 : i;
    // "a day-long strike": the length is the adjective "day-long", without the article
    if (rule(TimexRule::more_durations) && !half && glued_hyphen(end) && word(end + 1, "long")) {
        if (word(k, "a") || word(k, "an")) begin = j;
        end += 2;
    }
    std::string value = duration_value(*n, e->unit);
    if (half && *n > 0) {
        const char* more = half_of(e->unit);
        if (!more) return std::nullopt;
        value += more;
    }
    return literal(begin, end, value, "DURATION");
}

bool Matcher::counted_unit_ok(std::size_t k, std::size_t end, const LexEntry& e, bool hyphen) const {
    // "a year-earlier loss", "a year-ago quarter": the unit belongs to a compound adjective
    if (!hyphen && glued_hyphen(end) && (word(end + 1, "earlier") || word(end + 1, "ago"))) return false;
    // Ages: "a 47-year-old", "three years old" are not durations of events.
    if (hyphen && glued_hyphen(end) && word(end + 1, "old") && e.unit == Unit::year) return false;
    if (word(end, "old") && !hyphen) return false;
    if (hyphen && e.unit == Unit::quarter) return false;
    if (e.unit == Unit::quarter && (word(k, "a") || word(k, "an"))) return false;  // "a quarter of"
    if (e.unit == Unit::second && !e.plural && tok(end).is_word()) return false;   // "a second attempt"
    return true;
}

std::optional<Match> Matcher::match_set(std::size_t i) const {
    const Token& t = tok(i);
    if (!t.is_word()) return std::nullopt;
    if (t.is("daily") || t.is("nightly")) return literal(i, i + 1, "P1D", "SET");
    if (t.is("annually")) return literal(i, i + 1, "P1Y", "SET");
    if (t.is("weekly")) return literal(i, i + 1, "P1W", "SET");
    if (t.is("biweekly")) return literal(i, i + 1, "P2W", "SET");
    if (t.is("monthly")) return literal(i, i + 1, "P1M", "SET");
    if (t.is("yearly")) return literal(i, i + 1, "P1Y", "SET");
    // "a quarterly dividend" is a kind of dividend: TBAQ never marks "quarterly" (0 of 9), so only the adverb counts.
    if (t.is("quarterly") && !(tok(i + 1).is_word() && !tok(i + 1).capitalised)) {
        return literal(i, i + 1, "P3M", "SET");
    }
    if (t.is("hourly")) return literal(i, i + 1, "PT1H", "SET");
    if (t.is("every") || t.is("each")) {
        std::size_t k = i + 1;
        if (word(k, "other")) ++k;
        const int step = k > i + 1 ? 2 : 1;
        std::size_t j = 0;
        if (const int wd = weekday(k, j)) {
            return literal(i, j, "XXXX-WXX-" + std::to_string(wd), "SET");
        }
        if (const int mo = month(k, j)) {
            return literal(i, j, std::string("XXXX-") + (mo < 10 ? "0" : "") + std::to_string(mo), "SET");
        }
        int count = step;
        if (auto n = number(k, j); n && *n > 1 && !word(k, "a")) {
            count = *n * step;
            k = j;
        }
        const LexEntry* e = tok(k).is_word() ? lookup(tok(k).lower) : nullptr;
        if (!e) return std::nullopt;
        if (e->part_of_day) return literal(i, k + 1, std::string("XXXX-XX-XXT") + e->part_of_day, "SET");
        if (e->season && step == 1) return literal(i, k + 1, std::string("XXXX-") + e->season, "SET");  // each summer
        if (e->unit == Unit::none || (e->plural != (count > 1))) return std::nullopt;
        return literal(i, k + 1, duration_value(count, e->unit), "SET");
    }
    // Rates: "$5 million a year", "twice a week", "per year".
    const bool per = t.is("per");
    if (per || t.is("a") || t.is("an")) {
        const Token& prev = tok(i - 1);
        const bool amount = per || prev.is_number() || prev.is("million") || prev.is("billion") || prev.is("percent") ||
                            prev.is("%") || prev.is("times") || prev.is("twice") || prev.is("once") ||
                            prev.is("trillion") || prev.is("cents");
        const LexEntry* e = tok(i + 1).is_word() ? lookup(tok(i + 1).lower) : nullptr;
        if (amount && e && !e->plural && e->unit >= Unit::year && e->unit <= Unit::second && e->unit != Unit::weekend &&
            e->unit != Unit::season && e->unit != Unit::half) {
            std::size_t begin = i;
            if (prev.is("once") || prev.is("twice")) begin = i - 1;
            return literal(begin, i + 2, duration_value(1, e->unit), "SET");
        }
    }
    return std::nullopt;
}

bool Matcher::rate_after_amount(std::size_t i) const {
    // A rate of counted things or of a percentage measures an amount; it does not place or time an event, and TBAQ
    // leaves it unmarked (6 of 6 on its train folds: "700 seats a week", "rise 8.5% annually"). Money per year is
    // left alone: TBAQ marks it about half the time ("send $1 billion a year" yes, "save $500 million a year" no).
    const bool adverb = word(i, "annually");
    if (word(i, "a") || word(i, "an") || word(i, "per")) {
        const LexEntry* e = tok(i + 1).is_word() ? lookup(tok(i + 1).lower) : nullptr;
        if (!e || e->plural || e->unit < Unit::year || e->unit > Unit::second) return false;
        // "from $93 million a year earlier": a comparison's date, not a rate
        if (word(i + 2, "ago") || word(i + 2, "earlier") || word(i + 2, "before") || word(i + 2, "later")) return false;
    } else if (!adverb) {
        return false;
    }
    bool money = false;
    for (std::size_t back = 1; back <= 4 && back <= i; ++back) {
        const Token& t = tok(i - back);
        if (t.lower.ends_with("$") || t.lower == "#") money = true;
    }
    const Token& before = tok(i - 1);
    const bool percent = before.is("%") || before.is("percent");
    const bool count = before.is_number() && !money;
    // "700 seats a week", "10,000 units annually", "15 million instructions per second": a counted noun in between
    const bool counted = before.is_word() && !before.capitalised && before.lower.ends_with("s") &&
                         !lookup(before.lower) && (tok(i - 2).is_number() || tok(i - 2).is("million"));
    return percent || count || counted;
}

bool Matcher::zoned_number(std::size_t i) const {
    return tok(i).is_number() && tok(i).lower.size() == 4 && is_time_zone(tok(i + 1));
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
    Match m{i, i + 2, {}};
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

std::optional<Match> Matcher::match_time(std::size_t i) const {
    if (auto m = match_named_time(i)) return m;
    if (auto m = match_overnight(i)) return m;
    return match_clock(i);
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
    const int half = meridiem(k, end);
    if ((!clock && !half) || (british && !half)) return std::nullopt;
    if (minute > 59 || hour > 23 || (half && (hour < 1 || hour > 12))) return std::nullopt;
    if (half == 2 && hour < 12) hour += 12;
    if (half == 1 && hour == 12) hour = 0;
    if (is_time_zone(tok(end))) ++end;  // "EST", "GMT"
    char buf[32];
    std::snprintf(buf, sizeof buf, "T%02d:%02d", hour, minute);
    return time_of_day(i, end, buf);
}

}  // namespace newsdex::extract::timex
