// Recognisers for expressions relative to the anchor: "today", "last week", "next Friday", "now", "two days ago".
#include <string>
#include <string_view>
#include <utility>

#include "extract/timex/internal/timex_lexicon.h"
#include "extract/timex/internal/timex_matcher.h"

namespace newsdex::extract::timex {
namespace {

Match literal(std::size_t begin, std::size_t end, const char* value, const char* type = "DATE") {
    Match m{begin, end, {}};
    m.spec.kind = SpecKind::literal;
    m.spec.literal = value;
    m.spec.type = type;
    return m;
}

Match relative(std::size_t begin, std::size_t end, Unit unit, int offset) {
    Match m{begin, end, {}};
    m.spec.kind = SpecKind::relative;
    m.spec.unit = unit;
    m.spec.offset = offset;
    return m;
}

}  // namespace

std::optional<Match> Matcher::match_deictic(std::size_t i) const {
    const Token& t = tok(i);
    if (!t.is_word()) return std::nullopt;
    if (auto m = match_day_word(i)) return m;
    if (auto m = match_vague_reference(i)) return m;
    if (t.is("the") || t.is("this") || t.is("that")) {
        if (auto m = match_period_noun(i)) return m;
    }
    if (auto m = match_year_end(i)) return m;
    if (auto m = match_vague_span(i)) return m;
    if (auto m = match_weekday_phrase(i)) return m;
    return match_shifted_unit(i);
}

// Days around the anchor: "today", "yesterday", "tomorrow", "tonight".
std::optional<Match> Matcher::match_day_word(std::size_t i) const {
    const Token& t = tok(i);
    if (t.is("today")) {
        // "USA Today", "VOA Today": a capitalised "Today" after a capitalised word is part of a name.
        const Token& prev = tok(i - 1);
        if (t.capitalised && i > 0 && prev.is_word() && prev.capitalised && !t.newline_before) return std::nullopt;
        return relative(i, i + 1, Unit::day, 0);
    }
    if (t.is("yesterday")) return relative(i, i + 1, Unit::day, -1);
    if (t.is("tomorrow")) return relative(i, i + 1, Unit::day, 1);
    if (t.is("tonight")) {
        Match m = relative(i, i + 1, Unit::day, 0);
        m.spec.time_suffix = "TNI";
        m.spec.type = "TIME";
        return m;
    }
    return std::nullopt;
}

// Vague references to the present, past and future: "now", "currently", "recently", "will soon", "current".
std::optional<Match> Matcher::match_vague_reference(std::size_t i) const {
    const Token& t = tok(i);
    // A sentence opened by "Now," ("Now, he says, it looks like ...") links it to what came before; TBAQ marks none
    // of its 3 (and 5 of 9 other sentence-opening "Now"s).
    if (t.is("now") && t.capitalised && tok(i + 1).is_punct(',')) return std::nullopt;
    if (t.is("now") || t.is("currently") || t.is("presently") || t.is("nowadays")) {
        return literal(i, i + 1, "PRESENT_REF");
    }
    if (t.is("at") && word(i + 1, "present")) return literal(i + 1, i + 2, "PRESENT_REF");
    if (t.is("these") && word(i + 1, "days")) return literal(i, i + 2, "PRESENT_REF");
    // "previously" and "formerly" are left out: TBAQ marks 3 of 24.
    if (t.is("recently")) return literal(i, i + 1, "PAST_REF");
    // "soon" alone is left out: TBAQ marks 5 of 18 ("as soon as", "soon after", "was soon released"); next to a
    // modal ("may soon seek", "to soon grow", "it soon will begin") it is FUTURE_REF, as TIMEX3 has it (3 of 4).
    if (t.is("soon") && i > 0) {
        const Token& before = tok(i - 1);
        const bool modal_before = before.is("will") || before.is("would") || before.is("may") || before.is("might") ||
                                  before.is("could") || before.is("can") || before.is("should") || before.is("to");
        if (modal_before || word(i + 1, "will") || word(i + 1, "would")) return literal(i, i + 1, "FUTURE_REF");
    }
    // "the then current price": current at a past reference time (TimeML writes PAST_REF).
    if (t.is("then") && (word(i + 1, "current") || (glued_hyphen(i + 1) && word(i + 2, "current")))) {
        return literal(i, word(i + 1, "current") ? i + 2 : i + 3, "PAST_REF");
    }
    if (t.is("current") && !word(i + 1, "account") && !word(i + 1, "accounts") &&
        !(word(i + 1, "season") && rule(TimexRule::season_word_no_date))) {
        return literal(i, i + 1, "PRESENT_REF");
    }
    return std::nullopt;
}

// "year-end", "year end", "year's end": the end of the anchor's year.
std::optional<Match> Matcher::match_year_end(std::size_t i) const {
    const Token& t = tok(i);
    if ((t.is("year") && glued_hyphen(i + 1) && word(i + 2, "end")) || (t.is("year") && word(i + 1, "end"))) {
        return relative(i, word(i + 1, "end") ? i + 2 : i + 3, Unit::year, 0);
    }
    if (t.is("year") && tok(i + 1).is("'") && word(i + 2, "s") && word(i + 3, "end")) {
        return relative(i, i + 4, Unit::year, 0);
    }
    return std::nullopt;
}

// "in recent months", "a later date", "the near term", "the future", "the past": spans with no fixed bounds.
std::optional<Match> Matcher::match_vague_span(std::size_t i) const {
    const Token& t = tok(i);
    if (t.is("recent") || t.is("coming")) {
        const LexEntry* e = lookup(tok(i + 1).lower);
        if (t.is("recent") && e && e->unit == Unit::year && e->plural) return literal(i, i + 2, "PAST_REF");
        if (e && e->plural && e->unit >= Unit::year && e->unit <= Unit::day && e->unit != Unit::weekend) {
            // "in recent months": TBAQ mostly writes a vague duration (PXM).
            Match m = literal(i, i + 2, "", "DURATION");
            m.spec.literal = std::string("PX") + unit_letter(e->unit);
            if (e->unit == Unit::quarter) m.spec.literal = "PXQ";
            return m;
        }
    }
    // "at a later date", "a future date": an unnamed day still to come (TBAQ: 1 of 1)
    if (t.is("a") && (word(i + 1, "later") || word(i + 1, "future")) && word(i + 2, "date")) {
        return literal(i, i + 3, "FUTURE_REF");
    }
    if (t.is("the") && (word(i + 1, "near") || word(i + 1, "short") || word(i + 1, "long")) && word(i + 2, "term")) {
        return literal(i, i + 3, "FUTURE_REF");
    }
    if (t.is("the") || t.is("future")) {
        std::size_t k = t.is("the") ? i + 1 : i;
        if (word(k, "near") || word(k, "foreseeable") || word(k, "distant")) ++k;
        // "the future of the alliance" names the thing's prospects, not a time (TBAQ marks none).
        if (word(k, "future") && (k > i || word(i - 1, "in")) && !word(k + 1, "of")) {
            return literal(i, k + 1, "FUTURE_REF");
        }
        if (k == i + 1 && word(k, "past") && !tok(k + 1).is_number()) {
            const Token& next = tok(k + 1);
            const LexEntry* e = next.is_word() ? lookup(next.lower) : nullptr;
            if (!e || (e->unit == Unit::none && e->number < 0 && !e->vague_number && !e->ordinal)) {
                return literal(i, k + 1, "PAST_REF");
            }
        }
    }
    return std::nullopt;
}

// Weekdays: "Friday" (placed by tense) and "Tuesday nights" (a set).
std::optional<Match> Matcher::match_weekday_phrase(std::size_t i) const {
    std::size_t j = 0;
    if (const int wd = weekday(i, j)) {
        // Newspaper names and the like: "Sunday Times", "Monday Night Football".
        // After a possessive ("his Sunday Mass") the weekday modifies the noun as a day does, which a title's does not.
        const Token& owner = tok(i - 1);
        const bool possessed = i > 0 && (owner.is("his") || owner.is("her") || owner.is("their") || owner.is("its") ||
                                         owner.is("our") || owner.is("my"));
        if (tok(j).is_word() && tok(j).capitalised && !lookup(tok(j).lower) && !possessed) return std::nullopt;
        // "Tuesday nights": every Tuesday night, a TIMEX3 set
        constexpr std::pair<std::string_view, const char*> parts[] = {
            {"mornings", "MO"}, {"afternoons", "AF"}, {"evenings", "EV"}, {"nights", "NI"}};
        // "Monday and Tuesday nights": the first day shares the plural noun of the second
        std::size_t second_end = 0;
        const bool shared = (word(j, "and") || word(j, "or")) && weekday(j + 1, second_end);
        const std::size_t noun = shared ? second_end : j;
        for (const auto& [plural, part] : parts) {
            if (tok(noun).is(plural)) {
                Match set = literal(i, shared ? j : j + 1, "", "SET");
                set.spec.literal = "XXXX-WXX-" + std::to_string(wd) + "T" + part;
                return set;
            }
        }
        Match m{i, j, {}};
        m.spec.kind = SpecKind::weekday;
        m.spec.weekday = wd;
        return m;
    }
    return std::nullopt;
}

std::optional<Match> Matcher::match_shifted_unit(std::size_t i) const {
    const Token& t = tok(i);
    std::size_t j = 0;
    // "last|this|next|past|coming|previous|current UNIT", "the past year", "this Friday", "last November".
    std::size_t k = i;
    if (t.is("the") && (word(i + 1, "past") || word(i + 1, "coming") || word(i + 1, "current") ||
                        word(i + 1, "previous") || word(i + 1, "following") || word(i + 1, "next"))) {
        ++k;
    }
    // "this past spring", "this past week": the last one, with "this" in the span (as TimeML marks it)
    if (t.is("this") && word(i + 1, "past")) ++k;
    int offset = 0;
    const Token& d = tok(k);
    if (d.is("last") || d.is("past") || d.is("previous")) {
        offset = -1;
    } else if (d.is("next") || d.is("coming") || d.is("following")) {
        offset = 1;
    } else if (d.is("this") || d.is("current")) {
        offset = 0;
    } else {
        return std::nullopt;
    }
    // Without "the", "past", "previous", "coming", "following" and "current" are adjectives of other things
    // ("past performance") unless a unit follows.
    const std::size_t u = k + 1;
    if (const int wd = weekday(u, j)) {
        Match m{i, j, {}};
        m.spec.kind = SpecKind::weekday;
        m.spec.weekday = wd;
        m.spec.direction = offset;
        // "down 4.5% from the previous Friday": TimeML counts from the day last named, as for "the previous day"
        m.spec.from_named_day = k > i && (d.is("previous") || d.is("following"));
        return m;
    }
    if (const int mo = month(u, j)) {
        std::size_t day_end = 0;
        if (day_of_month(j, day_end)) return std::nullopt;  // "last Oct. 23": the date itself is the expression
        Match m{i, j, {}};
        m.spec.kind = SpecKind::calendar;
        m.spec.month = mo;
        // previous / next occurrence; "this November" is the anchor year's
        m.spec.direction = offset;
        m.spec.anchor_year = d.is("this");
        m.spec.weekday = 0;
        return m;
    }
    return match_shifted_unit_word(i, k, offset);
}

// The unit word after a shift word at k ("last week", "next year", "this morning", "the past decade").
std::optional<Match> Matcher::match_shifted_unit_word(std::size_t i, std::size_t k, int offset) const {
    const Token& d = tok(k);
    const std::size_t u = k + 1;
    const Token& unit_token = tok(u);
    if (!unit_token.is_word()) return std::nullopt;
    const LexEntry* e = lookup(unit_token.lower);
    if (!e) return std::nullopt;
    // "This Week" (the programme), "Next Year" in a title: a capitalised unit word is part of a name.
    if (unit_token.capitalised && tok(k).capitalised && !e->season) return std::nullopt;
    if (e->season) {
        Match m{i, u + 1, {}};
        m.spec.kind = SpecKind::relative;
        m.spec.unit = Unit::season;
        m.spec.season = e->season;
        m.spec.offset = offset;
        return m;
    }
    if (e->part_of_day && offset <= 0) {
        // "this morning" (TIME of the anchor day), "last night" (the night before).
        Match m = relative(i, u + 1, Unit::day, d.is("this") ? 0 : -1);
        if (!(d.is("this") || (d.is("last") && unit_token.is("night")))) return std::nullopt;
        m.spec.time_suffix = std::string("T") + e->part_of_day;
        m.spec.type = "TIME";
        return m;
    }
    if (e->plural || e->unit == Unit::none || e->unit > Unit::day || e->unit == Unit::half) return std::nullopt;
    if (e->unit == Unit::quarter) return std::nullopt;  // match_quarter
    if ((e->unit == Unit::day || e->unit == Unit::month) && k > i &&
        (d.is("following") || d.is("previous") || d.is("prior"))) {
        // "the following month", "the previous day": TimeML counts from the last date the text named
        Match m{i, u + 1, {}};
        m.spec.kind = SpecKind::anaphoric;
        m.spec.unit = e->unit;
        m.spec.offset = offset;
        return m;
    }
    if (e->unit == Unit::day) {
        if (!d.is("next") && !d.is("previous") && !d.is("following")) return std::nullopt;
        return relative(i, u + 1, Unit::day, offset);
    }
    const bool ahead = (d.is("next") || d.is("coming")) && rule(TimexRule::next_decade_duration);
    if ((e->unit == Unit::decade || e->unit == Unit::century) && (d.is("past") || d.is("last") || ahead) && k > i) {
        // "the past decade" is the ten years up to now, "(over) the next decade" the ten years from now
        Match m = literal(i, u + 1, e->unit == Unit::decade ? "P10Y" : "P100Y", "DURATION");
        return m;
    }
    Match m = relative(i, u + 1, e->unit, offset);
    // "this weekend" is the coming one unless its clause tells it as past (the resolver reads direction +1)
    if (e->unit == Unit::weekend && d.is("this") && rule(TimexRule::this_weekend_ahead)) m.spec.direction = 1;
    return m;
}

std::optional<Match> Matcher::match_period_noun(std::size_t i) const {
    // "the weekend", "the year", "the full year", "the fiscal year", "the latest period", "the summer".
    const bool the = word(i, "the");
    std::size_t k = i + 1;
    if (the && word(k, "weekend")) {
        Match m = relative(i, k + 1, Unit::weekend, 0);
        m.spec.direction = 0;  // the weekend of the anchor's week, or the one before (see the resolver)
        return m;
    }
    if (the && word(k, "week") && word(k + 1, "of")) {
        // "the week of March 6": the ISO week holding that day
        if (auto date = match_calendar(k + 2); date && date->spec.day && date->spec.month) {
            date->begin = i;
            date->spec.week_of = true;
            return date;
        }
    }
    if (std::size_t o = 0; the && ordinal(k, o) && word(o, "day") && word(o + 1, "of")) {
        // "It's the second day of an offensive", "today is the eighth day of Desert Shield": an ongoing event's day
        // that the present copula makes the anchor's (TBAQ: 2 of 2)
        const bool is = word(i - 1, "is") || (word(i - 1, "s") && tok(i - 2).is("'"));
        if (is) return relative(i, o + 1, Unit::day, 0);
    }
    if (the && (word(k, "latest") || word(k, "most")) && word(k + 1, "period")) {
        Match m{i, k + 2, {}};
        m.spec.kind = SpecKind::anaphoric;
        m.spec.unit = Unit::quarter;
        return m;
    }
    if (const LexEntry* e = lookup(tok(k).lower); e && e->season && (the || word(i, "this"))) {
        if (auto dated = season_of_year(i, k)) return dated;  // "the summer of 1990"
        Match m = relative(i, k + 1, Unit::season, 0);
        m.spec.season = e->season;
        // "the fall of Saigon" is not a season: only "the summer" not followed by "of"
        if (word(k + 1, "of") && !tok(k + 2).is_number()) return std::nullopt;
        // "the fall in prices" is a decline: "fall" only after a preposition of time, and not before "in"/"to"
        if (tok(k).is("fall") && the) {
            const Token& prev = tok(i - 1);
            const bool time_prep = prev.is("in") || prev.is("during") || prev.is("over") || prev.is("by") ||
                                   prev.is("until") || prev.is("since") || prev.is("through");
            if (!time_prep || word(k + 1, "in") || word(k + 1, "to") || word(k + 1, "from")) return std::nullopt;
        }
        return m;
    }
    if (const LexEntry* e = lookup(tok(k + 1).lower);
        (the && (word(k, "following") || word(k, "next") || word(k, "previous")) && e && e->part_of_day) ||
        (word(i, "that") && word(k, "same") && word(k + 1, "day"))) {
        // "the next morning", "that same day": TimeML counts from the last day the text named, as for "the
        // following day"; TBAQ gives the day's value (its part-of-day suffixes are too uneven to copy).
        Match m{i, k + 2, {}};
        m.spec.kind = SpecKind::anaphoric;
        m.spec.unit = Unit::day;
        m.spec.offset = word(k, "previous") ? -1 : (word(k, "same") ? 0 : 1);
        return m;
    }
    if ((the && (word(k, "following") || word(k, "next") || word(k, "previous") || word(k, "prior"))) ||
        (word(i, "that") && (word(k, "same") || word(k, "year")))) {
        // "the following year", "that year": the year of the last year the text named
        std::size_t u = word(k, "year") ? k : k + 1;
        if (!word(u, "year") || glued_hyphen(u + 1)) return std::nullopt;
        Match m{i, u + 1, {}};
        m.spec.kind = SpecKind::anaphoric;
        m.spec.unit = Unit::year;
        m.spec.offset =
            word(k, "following") || word(k, "next") ? 1 : (word(k, "previous") || word(k, "prior") ? -1 : 0);
        m.spec.from_named_year = true;
        return m;
    }
    if (!the) return std::nullopt;
    return match_the_year(i);
}

// "the year", "the full year", "the current fiscal year", "the latest fiscal year", "the year ended Sept. 30".
std::optional<Match> Matcher::match_the_year(std::size_t i) const {
    std::size_t k = i + 1;
    // "the latest fiscal year" is the last one reported, hence completed: last year, as "the latest quarter" is the
    // last full quarter
    const bool latest = word(k, "latest");
    if (word(k, "full") || word(k, "current") || latest) ++k;
    if (word(k, "fiscal")) ++k;
    if (!word(k, "year")) return std::nullopt;
    if (glued_hyphen(k + 1) || tok(k + 1).is("'")) return std::nullopt;  // "the year-earlier", "the year's"
    if (word(k + 1, "ended") || word(k + 1, "ending") || word(k + 1, "earlier") || word(k + 1, "ago") ||
        word(k + 1, "before") || word(k + 1, "after") || word(k + 1, "to")) {
        // "the year ended Sept. 30" is a year-long period; "the year before" is a year before something.
        if (word(k + 1, "ended") || word(k + 1, "ending") || word(k + 1, "to")) {
            Match m{i, k + 1, {}};
            m.spec.kind = SpecKind::literal;
            m.spec.literal = "P1Y";
            m.spec.type = "DURATION";
            return m;
        }
        return std::nullopt;
    }
    return relative(i, k + 1, Unit::year, latest ? -1 : 0);
}

std::optional<Match> Matcher::match_ago(std::size_t i) const {
    // "year-earlier", "the year-ago period" are handled by match_quarter; here "year-earlier" alone.
    if (word(i, "year") && glued_hyphen(i + 1) && (word(i + 2, "earlier") || word(i + 2, "ago"))) {
        Match m{i, i + 3, {}};
        m.spec.kind = SpecKind::anaphoric;
        m.spec.offset = -1;
        return m;
    }
    std::size_t j = 0;
    const auto n = number(i, j);
    if (!n) return std::nullopt;
    const Token& unit_token = tok(j);
    const LexEntry* e = unit_token.is_word() ? lookup(unit_token.lower) : nullptr;
    if (!e || e->unit == Unit::none || e->unit == Unit::weekend || e->unit == Unit::season) return std::nullopt;
    if (e->plural != (*n != 1)) {
        if (!(e->plural && *n == -2)) return std::nullopt;
    }
    std::size_t k = j + 1;
    const bool ago = word(k, "ago");
    const bool earlier = word(k, "earlier");
    // "N days later/before" count from some event, not from the anchor: left to match_duration.
    const bool later = word(k, "from") && word(k + 1, "now");
    if (!ago && !earlier && !later) return std::nullopt;
    // "A day earlier" counts from the story's last event: a duration (TBAQ 4 of 4, "earlier" in the span), for any
    // unit in TimeML ("a month earlier": P1M, anchored by a link); "a year earlier" compares years (TBAQ: 20 DATE).
    const bool event_anchored = rule(TimexRule::event_anchored_duration) && !(e->unit == Unit::year && *n == 1);
    // "eight years from now" is the amount too (TimeML: a DURATION whose end the anchor gives).
    const bool from_now = later && rule(TimexRule::from_now_duration);
    if ((earlier && (e->unit >= Unit::week || event_anchored)) || from_now) {
        if (auto d = match_duration(i); d && d->end == j + 1) {
            d->end = from_now ? k + 2 : k + 1;
            return d;
        }
        if (earlier) return std::nullopt;
    }
    const std::size_t end = word(k, "from") ? k + 2 : k + 1;
    if (*n < 0) return literal(i, end, later ? "FUTURE_REF" : "PAST_REF");
    if (e->unit == Unit::year && *n == 1 && !later) {
        Match m{i, end, {}};
        m.spec.kind = SpecKind::anaphoric;
        m.spec.offset = -1;
        return m;
    }
    Unit unit = e->unit;
    int count = *n * (later ? 1 : -1);
    if (unit == Unit::decade) {
        unit = Unit::year;
        count *= 10;
    } else if (unit == Unit::century) {
        unit = Unit::year;
        count *= 100;
    } else if (unit == Unit::quarter && *n % 4 == 0) {
        unit = Unit::year;
        count /= 4;
    } else if (unit > Unit::day) {
        unit = Unit::day;
        count = 0;
    }
    return relative(i, end, unit, count);
}

}  // namespace newsdex::extract::timex
