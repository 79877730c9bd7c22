// Token-level helpers of the temporal matcher and the top level: modifiers, attachments, longest match.
#include "extract/timex/internal/timex_matcher.h"

#include <charconv>

#include "extract/timex/internal/timex_lexicon.h"

namespace newsdex::extract::timex {
// Digits to a number; the matchers only pass runs of ASCII digits (at most a few).
int to_int(std::string_view digits) {
    int value = 0;
    std::from_chars(digits.data(), digits.data() + digits.size(), value);
    return value;
}

bool day_granular(const Spec& s) {
    if (!s.time_suffix.empty()) return false;
    switch (s.kind) {
        case SpecKind::weekday: return true;
        case SpecKind::relative: return s.unit == Unit::day;
        case SpecKind::calendar: return s.day != 0;
        default: return false;
    }
}

namespace {

bool is_trigger(const Token& token) {
    if (token.kind == TokenKind::number) return true;
    if (token.kind == TokenKind::punct) return token.is("'") || token.lower == "\xe2\x80\x99";
    return lookup(token.lower) != nullptr;
}

// A clock time or part of day with no day of its own yet ("10:30 a.m.", "mid-afternoon"), which a following day
// can complete ("10:30 a.m. Friday", "mid-afternoon yesterday").
bool is_time_of_day(const Spec& s) {
    return s.kind == SpecKind::relative && s.unit == Unit::day && s.offset == 0 && s.time_suffix.size() > 1 &&
           s.open_time;
}

bool is_date_like(const Spec& s) { return std::string_view(s.type) == "DATE" || std::string_view(s.type) == "TIME"; }

}  // namespace

std::optional<int> Matcher::number(std::size_t i, std::size_t& end) const {
    const Token& t = tok(i);
    if (t.is_number()) {
        if (t.lower.size() > 4) return std::nullopt;
        // Thousands separators and decimals ("1,500", "2.5") are amounts, not counts of time units.
        if ((tok(i + 1).is_punct(',') || tok(i + 1).is_punct('.')) && !tok(i + 1).space_before &&
            tok(i + 2).is_number() && !tok(i + 2).space_before) {
            return std::nullopt;
        }
        // ... and so is their tail: "500" of "1,500 hours" is no count of its own
        if (i >= 2 && (tok(i - 1).is_punct(',') || tok(i - 1).is_punct('.')) && !tok(i - 1).space_before &&
            !t.space_before && tok(i - 2).is_number()) {
            return std::nullopt;
        }
        end = i + 1;
        return to_int(t.lower);
    }
    if (!t.is_word()) return std::nullopt;
    if (t.is("a") || t.is("an")) {
        if (word(i + 1, "few")) {
            end = i + 2;
            return -2;
        }
        if (word(i + 1, "couple") && word(i + 2, "of")) {
            end = i + 3;
            return 2;  // TimeML reads "a couple of years" as two (P2Y, 2 of 2 in TBAQ)
        }
        if (word(i + 1, "dozen")) {
            end = i + 2;
            return 12;
        }
        if (word(i + 1, "hundred")) {
            end = i + 2;
            return 100;
        }
        end = i + 1;
        return 1;
    }
    const LexEntry* e = lookup(t.lower);
    if (!e) return std::nullopt;
    if (e->vague_number) {
        end = (t.is("couple") && word(i + 1, "of")) ? i + 2 : i + 1;
        return t.is("couple") ? 2 : -2;
    }
    if (e->number < 0) return std::nullopt;
    int value = e->number;
    end = i + 1;
    if (value >= 20 && value < 100 && value % 10 == 0) {
        // "twenty-five", "twenty five"
        std::size_t j = i + 1;
        if (glued_hyphen(j)) ++j;
        if (const LexEntry* u = tok(j).is_word() ? lookup(tok(j).lower) : nullptr;
            u && u->number > 0 && u->number < 10) {
            value += u->number;
            end = j + 1;
        }
    }
    if (word(end, "hundred") && value < 100) {
        value *= 100;
        ++end;
    }
    if (word(end, "thousand") && value < 100) {
        value *= 1000;
        ++end;
    }
    return value;
}

int Matcher::month(std::size_t i, std::size_t& end) const {
    const Token& t = tok(i);
    if (!t.is_word() || !t.capitalised) return 0;
    const LexEntry* e = lookup(t.lower);
    if (!e || !e->month) return 0;
    end = i + 1;
    if (e->abbreviation && tok(i + 1).is_punct('.') && !tok(i + 1).space_before) end = i + 2;
    return e->month;
}

int Matcher::weekday(std::size_t i, std::size_t& end) const {
    const Token& t = tok(i);
    if (!t.is_word() || !t.capitalised) return 0;
    const LexEntry* e = lookup(t.lower);
    if (!e || !e->weekday) return 0;
    if (e->abbreviation && !(tok(i + 1).is_punct('.') && !tok(i + 1).space_before)) return 0;
    end = e->abbreviation ? i + 2 : i + 1;
    return e->weekday;
}

int Matcher::day_of_month(std::size_t i, std::size_t& end) const {
    const Token& t = tok(i);
    if (!t.is_number() || t.lower.size() > 2) return 0;
    const int d = to_int(t.lower);
    if (d < 1 || d > 31) return 0;
    end = i + 1;
    const Token& suffix = tok(i + 1);
    if (suffix.is_word() && !suffix.space_before) {
        if (suffix.is("st") || suffix.is("nd") || suffix.is("rd") || suffix.is("th")) {
            end = i + 2;
        } else {
            return 0;  // "15km"
        }
    }
    return d;
}

int Matcher::ordinal(std::size_t i, std::size_t& end) const {
    const Token& t = tok(i);
    if (t.is_word()) {
        const LexEntry* e = lookup(t.lower);
        if (!e || !e->ordinal) return 0;
        end = i + 1;
        return e->ordinal;
    }
    if (t.is_number() && t.lower.size() <= 2) {
        const Token& suffix = tok(i + 1);
        if (!suffix.space_before && (suffix.is("st") || suffix.is("nd") || suffix.is("rd") || suffix.is("th"))) {
            end = i + 2;
            return to_int(t.lower);
        }
    }
    return 0;
}

int Matcher::year(std::size_t i, std::size_t& end, bool& two_digit) const {
    const Token& t = tok(i);
    two_digit = false;
    // "Saturday, 26 February\n\n1600 GMT": a clock, not the date's year
    if (rule(TimexRule::zoned_clock_time) && zoned_number(i)) return 0;
    if (t.is_number() && t.lower.size() == 4) {
        const int y = to_int(t.lower);
        if (y < 1000 || y > 2999) return 0;
        end = i + 1;
        return y;
    }
    if ((t.is("'") || t.lower == "\xe2\x80\x99") && tok(i + 1).is_number() && !tok(i + 1).space_before &&
        tok(i + 1).lower.size() == 2) {
        two_digit = true;
        end = i + 2;
        return to_int(tok(i + 1).lower);
    }
    return 0;
}

bool Matcher::glued_hyphen(std::size_t i) const noexcept {
    const Token& t = tok(i);
    if (!(t.is("-") || t.lower == "\xe2\x80\x93" || t.lower == "\xe2\x80\x90" || t.lower == "\xe2\x80\x91")) {
        return false;
    }
    return !t.space_before && !tok(i + 1).space_before && i + 1 < t_.size();
}

std::optional<Match> Matcher::match_core(std::size_t i) const {
    if (rule(TimexRule::rate_after_amount) && rate_after_amount(i)) return std::nullopt;
    // "1930 GMT" is a clock time, never the year 1930 (in brackets it is no timex at all)
    if (rule(TimexRule::zoned_clock_time) && zoned_number(i)) return match_zoned_clock(i);
    std::optional<Match> best;
    auto consider = [&](std::optional<Match> m) {
        if (m && (!best || m->end > best->end)) best = std::move(m);
    };
    consider(match_calendar(i));
    consider(match_quarter(i));
    consider(match_deictic(i));
    consider(match_ago(i));
    consider(match_set(i));  // before durations: "$5 a year" is a rate, not a year
    consider(match_plural_weekday(i));
    consider(match_fortnight(i));
    consider(match_vague_period(i));
    consider(match_duration(i));
    consider(match_time(i));
    consider(match_zoned_clock(i));
    return best;
}

int Matcher::lean_of_month(std::size_t begin) const {
    // The word before a month named without a year says which side of the anchor it lies on, more surely than the
    // tense of the sentence: "the quarter ended Sept. 30", "as of", "since" look back (all 28 in TBAQ); "payable",
    // "of record" and "effective" look ahead (all 15).
    if (begin == 0) return 0;
    const std::size_t p = begin - 1;
    if (word(p, "ended") || word(p, "since") || (word(p, "of") && p > 0 && word(p - 1, "as"))) return -1;
    if (word(p, "payable") || word(p, "effective") || (word(p, "record") && p > 0 && word(p - 1, "of"))) return 1;
    return 0;
}

std::optional<Match> Matcher::match_at(std::size_t i) const {
    if (!is_trigger(tok(i))) return std::nullopt;
    std::optional<Match> m = match_early_hours(i);
    if (!m) m = match_position_modifier(i);
    if (!m && (word(i, "the") || word(i, "at"))) m = match_position_of(i);
    if (!m) m = match_day_before_after(i);
    if (!m) m = match_approximate_amount(i);
    if (!m) m = match_core(i);
    if (!m) return std::nullopt;
    attach_after_core(*m);
    if (rule(TimexRule::season_word_no_date) && names_no_calendar_season(*m)) return std::nullopt;
    return m;
}

bool Matcher::names_no_calendar_season(const Match& m) const {
    // "this season", "the end of the season", "two seasons": in news a season without a name is a sports, crop or
    // fashion season, not the quarter of the year that "this summer" is (XXXX-SU), and not three months.
    if (m.spec.season) return false;
    for (std::size_t k = m.begin; k < m.end; ++k) {
        if (word(k, "season") || word(k, "seasons")) return true;
    }
    return false;
}

// Position modifiers: "early", "late 1990", "mid-December", "earlier today", "earlier that day", "late spring".
std::optional<Match> Matcher::match_position_modifier(std::size_t i) const {
    std::optional<Match> m;
    std::size_t j = i;
    if (word(j, "the") && (word(j + 1, "early") || word(j + 1, "late") || word(j + 1, "mid"))) ++j;
    if (word(j, "early") || word(j, "late") || word(j, "mid") || word(j, "earlier") || word(j, "later") ||
        word(j, "middle")) {
        std::size_t k = j + 1;
        if (glued_hyphen(k)) ++k;
        if ((word(j, "earlier") || word(j, "later")) && word(k, "that") && word(k + 1, "day")) {
            // "Earlier that day": the last day the text named (a bare "that day" is left out: TBAQ marks it 0 of 2)
            m = Match{i, k + 2, {}};
            m->spec.kind = SpecKind::anaphoric;
            m->spec.unit = Unit::day;
        } else if (auto inner = match_core(k);
                   inner && is_date_like(inner->spec) && inner->spec.kind != SpecKind::literal) {
            inner->begin = i;
            m = std::move(inner);
        } else if (const LexEntry* e = tok(k).is_word() ? lookup(tok(k).lower) : nullptr;
                   e && e->season && !word(j, "earlier") && !word(j, "later") && !word(k + 1, "of") &&
                   !word(k + 1, "in") && !word(k + 1, "to") && !word(k + 1, "from")) {
            // "the early summer", "late spring": a bare season only counts with a modifier (alone, "fall" and
            // "spring" are common words); it is this year's, as "this summer" is (TIMEX3 keeps "early" as a mod).
            m = Match{i, k + 1, {}};
            m->spec.kind = SpecKind::relative;
            m->spec.unit = Unit::season;
            m->spec.season = e->season;
        }
    }
    return m;
}

// "the end of the month", "at the beginning of 1990", "the turn of the century".
std::optional<Match> Matcher::match_position_of(std::size_t i) const {
    std::optional<Match> m;
    std::size_t k = word(i, "at") && word(i + 1, "the") ? i + 2 : i + 1;
    const bool position = word(k, "beginning") || word(k, "start") || word(k, "end") || word(k, "middle") ||
                          word(k, "turn") || word(k, "close");
    if (position && word(k + 1, "of")) {
        k += 2;
        if (word(k, "the") && tok(k + 1).is_word()) {
            const LexEntry* e = lookup(tok(k + 1).lower);
            if (e && e->unit != Unit::none && !e->plural && e->unit <= Unit::day) {
                Match inner{k, k + 2, {}};
                inner.spec.kind = SpecKind::relative;
                inner.spec.unit = e->unit;
                m = std::move(inner);
            }
        }
        if (!m) m = match_core(k);
        if (m && is_date_like(m->spec)) {
            m->begin = word(i, "at") ? i + 1 : i;
        } else {
            m.reset();
        }
    }
    return m;
}

// "the day before yesterday", "the day after Christmas", "the day before last Tuesday's hearing": one day off
// a day the rest names (TimeML tags the whole phrase with the shifted day).
std::optional<Match> Matcher::match_day_before_after(std::size_t i) const {
    const std::size_t k = word(i, "the") ? i + 1 : i;
    if (word(k, "day") && (word(k + 1, "before") || word(k + 1, "after"))) {
        if (auto inner = match_core(k + 2); inner && day_granular(inner->spec)) {
            inner->spec.shift_days = word(k + 1, "before") ? -1 : 1;
            inner->begin = i;
            return inner;
        }
    }
    return std::nullopt;
}

// Approximators in front of amounts: "more than four decades ago", "nearly two years", "about 7:15 p.m.".
std::optional<Match> Matcher::match_approximate_amount(std::size_t i) const {
    std::size_t k = i;
    if (word(k, "more") || word(k, "less") || word(k, "fewer")) {
        if (word(k + 1, "than")) k += 2;
    } else if (word(k, "at") && (word(k + 1, "least") || word(k + 1, "most"))) {
        k += 2;
    } else if (word(k, "up") && word(k + 1, "to")) {
        k += 2;
    } else if (word(k, "no") && (word(k + 1, "more") || word(k + 1, "less")) && word(k + 2, "than")) {
        k += 3;
    } else if (word(k, "nearly") || word(k, "almost") || word(k, "about") || word(k, "roughly") || word(k, "around") ||
               word(k, "approximately") || word(k, "over") || word(k, "some")) {
        k += 1;
    }
    if (k > i) {
        if (auto inner = match_core(k);
            inner && (std::string_view(inner->spec.type) == "DURATION" || inner->spec.kind == SpecKind::relative ||
                      inner->spec.kind == SpecKind::anaphoric)) {
            const bool amount = tok(k).is_number() || lookup(tok(k).lower) != nullptr;
            if (amount && !word(k, "the")) {
                inner->begin = i;
                return inner;
            }
        }
    }
    return std::nullopt;
}

// Attachments after the core: "Friday morning", "Tuesday, Dec. 15", "10:30 a.m. Friday"; and what a bare month
// leans to ("by March" is a deadline).
void Matcher::attach_after_core(Match& m) const {
    Spec& s = m.spec;
    if (s.kind == SpecKind::calendar && s.month && !s.year && !s.direction && !s.anchor_year) {
        s.lean = lean_of_month(m.begin);
        const std::size_t p = m.begin;
        s.deadline =
            p > 0 && (word(p - 1, "by") || word(p - 1, "until") || word(p - 1, "till") || word(p - 1, "through"));
    }
    if (day_granular(s)) {
        const Token& next = tok(m.end);
        const LexEntry* e = next.is_word() ? lookup(next.lower) : nullptr;
        if (e && e->part_of_day && !next.is("overnight")) {
            // "Friday night": TIMEX3 writes a TIME with the part of day (2015-12-13TNI). TBAQ keeps half of its such
            // spans DATE with the day's value, but evening 3 of 3 and morning 3 of 8 as TIMEX3 has it.
            ++m.end;
            if (next.is("evening") || next.is("afternoon") || rule(TimexRule::part_of_day_time)) {
                s.time_suffix = std::string("T") + e->part_of_day;
                if (rule(TimexRule::part_of_day_time)) s.type = "TIME";
            }
        } else if (s.kind == SpecKind::weekday) {
            std::size_t k = m.end;
            if (tok(k).is_punct(',')) ++k;
            if (auto date = match_calendar(k); date && date->spec.day) {
                date->begin = m.begin;
                m = std::move(*date);
            }
        }
    } else if (is_time_of_day(s)) {
        attach_day_to_time(m);
    }
}

}  // namespace newsdex::extract::timex
