// Recognisers for durations ("three years", "the past two months") and sets ("every week", "daily").
#include <charconv>
#include <string>
#include <string_view>

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
        case Unit::decade: return count < 0 ? "PXE" : std::string("P").append(std::to_string(count * 10)).append("Y");
        case Unit::century: return "P" + n + "C";
        case Unit::quarter: return "P" + n + "Q";
        case Unit::weekend: return "P" + n + "WE";
        case Unit::season: return count < 0 ? "PXM" : std::string("P").append(std::to_string(count * 3)).append("M");
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

}  // namespace

std::size_t Matcher::duration_qualifier_end(std::size_t k) const {
    if (verb_last(k)) return k;  // "expected to last several weeks": "several weeks" is the duration
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
    if (e->plural && !the && !qualified && rule(TimexRule::verb_bare_unit_duration) && bare_unit_after_verb(k)) {
        return literal(i, k + 1, duration_value(-1, e->unit), "DURATION");
    }
    if (e->plural && !the && !qualified && rule(TimexRule::bare_unit_offset) && bare_unit_offset(k)) {
        return literal(i, k + 1, duration_value(-1, e->unit), "DURATION");
    }
    return std::nullopt;
}

bool Matcher::verb_last(std::size_t k) const {
    // "to last", "will last", "could last", "won't last": the verb, after which the amount stands alone ("expected
    // to last several weeks" is PXW over "several weeks"); "the last two weeks" keeps "last" as its qualifier.
    if (!word(k, "last") || !rule(TimexRule::verb_last_not_modifier)) return false;
    constexpr std::string_view before_verb[] = {"to",    "will", "would",  "could", "can", "may",
                                                "might", "must", "should", "shall", "not", "ll"};
    const Token& prev = tok(k - 1);
    if (k == 0 || !prev.is_word()) return false;
    if (prev.is("t") && tok(k - 2).is_punct('\'')) return true;  // "won't last", "didn't last"
    for (const std::string_view w : before_verb) {
        if (prev.is(w)) return true;
    }
    return false;
}

bool Matcher::bare_unit_after_verb(std::size_t k) const {
    // "it will take years", "the work took months", "spent decades in exile", "waited hours", "lasted days": a bare
    // plural as the object of a verb of length is an amount of unknown size (TIMEX3 PXY, PXM), as "for years" is.
    // Not "took years of planning" (a noun's measure), "took days off", nor "spent years ago".
    if (k == 0) return false;
    constexpr std::string_view verbs[] = {"take",    "takes",  "took",     "taken",   "taking",  "spend",
                                          "spends",  "spent",  "spending", "wait",    "waits",   "waited",
                                          "waiting", "lasted", "lasts",    "lasting", "spanned", "spanning"};
    bool after_verb = false;
    for (const std::string_view v : verbs) after_verb = after_verb || word(k - 1, v);
    const Unit unit = lookup(tok(k).lower)->unit;
    if (!after_verb || unit == Unit::quarter || unit == Unit::half) return false;
    const Token& next = tok(k + 1);
    return !(next.is("of") || next.is("off") || next.is("ago") || next.is("later") || next.is("earlier") ||
             next.is("old") || next.is("before") || next.is("after"));
}

bool Matcher::bare_unit_offset(std::size_t k) const {
    // "Hours later, police arrived", "days earlier": TimeML reads "three days later" as the amount P3D, linked to the
    // event it counts from, and the bare plural as the same amount of unknown size (PTXH, PXD). Not "days after the
    // attack" (TBAQ marks that as a date of the event), nor a count the tokens split ("1,500 hours later"), nor a
    // comparison's measure ("thousands of years earlier than believed").
    const Token& before = tok(k - 1);
    if (k > 0 && (before.is_number() || before.is_punct(',') || before.is("of"))) return false;
    return word(k + 1, "later") || word(k + 1, "earlier");
}

std::optional<Match> Matcher::match_vague_period(std::size_t i) const {
    // "for some time", "for a while", "in a long time", "for a fairly lengthy period": an amount of time whose length
    // the text does not give (TIMEX3 DURATION PXX; TBAQ's train folds mark "for a while" and "for a fairly lengthy
    // period" PXX, "for some time" PXM). Only after a preposition that makes it a length ("for", "in", "after",
    // "within"): "some time next year" is a date, "a time when" and "a long time ago" are not lengths.
    if (!rule(TimexRule::vague_period_duration) || i == 0) return std::nullopt;
    std::size_t p = i - 1;
    if ((word(p, "quite") || word(p, "just")) && p > 0) --p;  // "for quite some time", "in quite a while"
    if (!word(p, "for") && !word(p, "in") && !word(p, "after") && !word(p, "within")) return std::nullopt;
    std::size_t end = 0;
    if (word(i, "a")) {
        std::size_t j = i + 1;
        if (word(j, "fairly") || word(j, "very") || word(j, "rather")) ++j;
        const bool length = word(j, "long") || word(j, "lengthy") || word(j, "prolonged") || word(j, "extended");
        if (word(j, "while")) {
            end = j + 1;  // "a while"
        } else if ((word(j, "little") || word(j, "short") || length) && word(j + 1, "while")) {
            end = j + 2;  // "a little while", "a long while"
        } else if (length && (word(j + 1, "time") || word(j + 1, "period"))) {
            end = j + 2;  // "a long time", "a lengthy period"
            if (word(end, "of") && word(end + 1, "time")) end += 2;
        }
    }
    if (!end || word(end, "ago") || word(end, "when") || word(end, "that") || word(end, "before")) return std::nullopt;
    return literal(i, end, "PXX", "DURATION");
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
    // "the 2013-14 season", "the 1986/87 season", "pages 10-12": the second half of a range counts nothing
    const bool slash = tok(k - 1).is_punct('/') && !tok(k - 1).space_before && !tok(k).space_before;
    if (tok(k).is_number() && (glued_hyphen(k - 1) || slash) && tok(k - 2).is_number()) return std::nullopt;
    // "5 1/2 hours", wire copy's "3-1/2 years", "two and a half years": half a unit more
    bool half = false;
    const std::size_t h = glued_hyphen(j) && tok(k).is_number() ? j + 1 : j;
    if (tok(k).is_number() && tok(h).is("1") && tok(h + 1).is_punct('/') && tok(h + 2).is("2") &&
        !tok(h + 1).space_before && !tok(h + 2).space_before && (h == j || !tok(h).space_before)) {
        half = true;
        j = h + 3;
    } else if (word(j, "and") && word(j + 1, "a") && word(j + 2, "half")) {
        half = true;
        j += 3;
    }
    // "two more weeks", "eight trading days": a word between the count and its unit (TBAQ: 3 of 3)
    const bool vague_more = *n < 0 && rule(TimexRule::vague_more_durations);  // "a few more years"
    if (rule(TimexRule::more_durations) && (*n > 0 || vague_more) && !half) {
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

// "a fortnight", "the past fortnight", "three fortnights": two weeks (P2W); "a fortnight ago" is the week two weeks
// back, as "two weeks ago" is.
std::optional<Match> Matcher::match_fortnight(std::size_t i) const {
    if (!rule(TimexRule::fortnight_unit)) return std::nullopt;
    std::size_t k = word(i, "the") ? duration_qualifier_end(i + 1) : i;
    if (word(i, "the") && k == i + 1) return std::nullopt;  // "the fortnight" alone
    int count = 1;
    if (k == i) {
        std::size_t j = 0;
        const auto n = number(k, j);
        if (!n || *n < 1) return std::nullopt;
        count = *n;
        k = j;
    }
    if (!(word(k, "fortnight") || (count > 1 && word(k, "fortnights")))) return std::nullopt;
    if (word(k + 1, "ago") && k == i + 1) {
        Match m{i, k + 2, {}};
        m.spec.kind = SpecKind::relative;
        m.spec.unit = Unit::week;
        m.spec.offset = -2 * count;
        return m;
    }
    return literal(i, k + 1, std::string("P").append(std::to_string(2 * count)).append("W"), "DURATION");
}

// "on Sundays", "at weekends", "on most Fridays": a weekday or weekend that recurs (TIMEX3 SET XXXX-WXX-7).
std::optional<Match> Matcher::match_plural_weekday(std::size_t i) const {
    if (!rule(TimexRule::plural_weekday_set)) return std::nullopt;
    const Token& t = tok(i);
    if (!t.is_word() || t.lower.size() < 7 || !t.lower.ends_with("s")) return std::nullopt;
    const Token& before = tok(i - 1);
    const bool cue = i > 0 && (before.is("on") || before.is("at") || before.is("most") || before.is("alternate"));
    if (!cue) return std::nullopt;
    if (t.is("weekends")) return literal(i, i + 1, "XXXX-WXX-WE", "SET");
    const LexEntry* e = lookup(t.lower.substr(0, t.lower.size() - 1));
    if (!t.capitalised || !e || !e->weekday || e->abbreviation) return std::nullopt;
    return literal(i, i + 1, "XXXX-WXX-" + std::to_string(e->weekday), "SET");
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
        if (e->unit == Unit::none || (e->plural != (count / step > 1))) return std::nullopt;  // "every other week"
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
    // ... and with the count spelled out: "four flights a week", "five trains a day"; "three times a week" is a
    // frequency (SET), as "twice a week" is
    std::size_t count_end = 0;
    const bool spelled = rule(TimexRule::rate_after_word_count) && i >= 2 && tok(i - 2).is_word() &&
                         !before.is("times") && number(i - 2, count_end) && count_end == i - 1;
    const bool counted = before.is_word() && !before.capitalised && before.lower.ends_with("s") &&
                         !lookup(before.lower) && (tok(i - 2).is_number() || tok(i - 2).is("million") || spelled);
    return percent || count || counted;
}

}  // namespace newsdex::extract::timex
