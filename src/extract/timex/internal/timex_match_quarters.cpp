// Recognisers for quarters and halves of years: "Q3", "the third quarter of 1990", "fiscal 1989", "the quarter".
#include "extract/timex/internal/timex_matcher.h"

namespace newsdex::extract::timex {

std::optional<Match> Matcher::match_quarter(std::size_t i) const {
    if (auto glued = match_glued_quarter(i)) return glued;
    QuarterHead h = read_quarter_head(i);
    const std::size_t k = h.next;
    if (std::size_t j = 0; h.fiscal && h.year && !word(k, "the") && !ordinal(k, j)) {
        // "fiscal 1989": the fiscal year, written as the calendar year it is named after.
        Match r{i, k, {}};
        r.spec.kind = SpecKind::calendar;
        r.spec.year = h.year;
        return r;
    }
    skip_year_ago(h);
    if (auto first_two = match_first_two_quarters(i, h)) return first_two;
    std::size_t o_end = 0;
    int n = ordinal(h.next, o_end);
    bool two_digit = false;
    std::size_t last_year_end = 0;
    if (const std::size_t at = h.next; !n && h.the && word(at, "last") &&
                                       (word(at + 1, "half") || word(at + 1, "quarter")) && word(at + 2, "of") &&
                                       year(at + 3, last_year_end, two_digit) && !two_digit) {
        // "the last half of 1989", "the last quarter of 1990": the final one of that year
        n = word(at + 1, "half") ? 2 : 4;
        o_end = at + 1;
    }
    if (n >= 1 && n <= 4) return match_numbered_quarter(i, h, n, o_end);
    return match_named_quarter(i, h);
}

// "Q3", "Q4 2012", "H1": capital letter glued to the number
std::optional<Match> Matcher::match_glued_quarter(std::size_t i) const {
    if ((tok(i).is("q") || tok(i).is("h")) && tok(i).capitalised && tok(i).lower.size() == 1 &&
        tok(i + 1).is_number() && !tok(i + 1).space_before && tok(i + 1).lower.size() == 1 &&
        !(tok(i + 2).is_word() && !tok(i + 2).space_before)) {
        const int n = tok(i + 1).lower[0] - '0';
        if (n < 1 || n > (tok(i).is("q") ? 4 : 2)) return std::nullopt;
        Match r{i, i + 2, {}};
        r.spec.kind = SpecKind::calendar;
        (tok(i).is("q") ? r.spec.quarter : r.spec.half) = n;
        bool two_digit = false;
        std::size_t ye = 0;
        if (const int yy = year(i + 2, ye, two_digit); yy && !two_digit) {
            r.spec.year = yy;
            r.end = ye;
        }
        return r;
    }
    return std::nullopt;
}

// What may precede a quarter's number or noun: "the", "fiscal" ("fiscal year"), a year ("1990's"), or
// "this|last|next year's".
Matcher::QuarterHead Matcher::read_quarter_head(std::size_t i) const {
    QuarterHead h;
    h.next = i;
    std::size_t& k = h.next;
    int& y = h.year;
    int& rel_year = h.relative_year;
    if (word(k, "the")) {
        h.the = true;
        ++k;
    }
    if (word(k, "fiscal") || word(k, "fy")) {
        h.fiscal = true;
        ++k;
        if (word(k, "year") && tok(k + 1).is_number()) ++k;
    }
    bool two_digit = false;
    std::size_t j = 0;
    if (const int yy = year(k, j, two_digit); yy && !two_digit) {
        y = yy;
        k = j;
        if (tok(k).is("'") && word(k + 1, "s")) k += 2;
    } else if ((word(k, "this") || word(k, "last") || word(k, "next")) && word(k + 1, "year") && tok(k + 2).is("'") &&
               word(k + 3, "s")) {
        rel_year = word(k, "this") ? 0 : (word(k, "last") ? -1 : 1);
        k += 4;
    }
    return h;
}

// "the year-ago third quarter", "the comparable year-earlier quarter": a year back from the quarter named after it;
// then the "fiscal" of "the fiscal first quarter".
void Matcher::skip_year_ago(QuarterHead& h) const {
    std::size_t& k = h.next;
    int& y = h.year;
    int& rel_year = h.relative_year;
    const bool the = h.the;
    if (!y && rel_year == 99 && (word(k, "year") || word(k, "comparable"))) {
        // "the year-ago third quarter", "the comparable year-earlier quarter"
        std::size_t c = word(k, "comparable") ? k + 1 : k;
        if (word(c, "year") && glued_hyphen(c + 1) && (word(c + 2, "ago") || word(c + 2, "earlier"))) {
            std::size_t o = 0;
            if (ordinal(c + 3, o) && the) {
                rel_year = -1;
                k = c + 3;
            }
        }
    }
    if (!y && word(k, "fiscal")) ++k;  // "the fiscal first quarter"
}

// "the first two quarters of 1990" is that year's first half (TIMEX3 1990-H1), not a duration
std::optional<Match> Matcher::match_first_two_quarters(std::size_t i, const QuarterHead& h) const {
    const std::size_t k = h.next;
    bool two_digit = false;
    std::size_t last_year_end = 0;
    if (!h.year && (word(k, "first") || word(k, "last")) && word(k + 1, "two") && word(k + 2, "quarters") &&
        word(k + 3, "of")) {
        if (const int yy = year(k + 4, last_year_end, two_digit); yy && !two_digit) {
            Match r{i, last_year_end, {}};
            r.spec.kind = SpecKind::calendar;
            r.spec.year = yy;
            r.spec.half = word(k, "first") ? 1 : 2;
            return r;
        }
    }
    return std::nullopt;
}

// The n-th quarter or half after the head: "the third quarter of 1990", "the first half", "last year's fourth
// quarter", "the 1988 second quarter". An ordinal without "quarter" or "half" after it is no expression.
std::optional<Match> Matcher::match_numbered_quarter(std::size_t i, QuarterHead h, int n, std::size_t o_end) const {
    int& y = h.year;
    int& rel_year = h.relative_year;
    bool two_digit = false;
    std::size_t q = o_end;
    if (glued_hyphen(q)) ++q;
    const bool quarter = word(q, "quarter") || word(q, "qtr");
    const bool half = n <= 2 && word(q, "half");
    if (!quarter && !half) return std::nullopt;
    std::size_t end = q + 1;
    if (!y && word(end, "of")) {
        std::size_t ye = 0;
        std::size_t after = end + 1;
        if (word(after, "fiscal")) ++after;
        if (const int yy = year(after, ye, two_digit); yy && !two_digit) {
            y = yy;
            end = ye;
        } else if ((word(after, "this") || word(after, "last") || word(after, "next")) && word(after + 1, "year")) {
            rel_year = word(after, "this") ? 0 : (word(after, "last") ? -1 : 1);
            end = after + 2;
        }
    } else if (!y && tok(end).is_number()) {
        std::size_t ye = 0;
        if (const int yy = year(end, ye, two_digit); yy && !two_digit) {
            y = yy;
            end = ye;
        }
    }
    Match r{i, end, {}};
    if (rel_year != 99) {
        r.spec.kind = SpecKind::relative;
        r.spec.unit = Unit::year;
        r.spec.offset = rel_year;
        // "last year's fourth quarter": the resolver writes the quarter or half of the relative year
        r.spec.quarter = quarter ? n : 0;
        r.spec.half = half ? n : 0;
        return r;
    }
    r.spec.kind = SpecKind::calendar;
    r.spec.year = y;
    r.spec.quarter = quarter ? n : 0;
    r.spec.half = half ? n : 0;
    return r;
}

// A quarter or period named by a noun: "the quarter", "the latest quarter", "the year-earlier quarter", "the
// current quarter", "last quarter", "last year's quarter", "the quarter ended Sept. 30".
std::optional<Match> Matcher::match_named_quarter(std::size_t i, const QuarterHead& h) const {
    const std::size_t k = h.next;
    const int y = h.year;
    const int rel_year = h.relative_year;
    const bool the = h.the;
    if (rel_year != 99 && (word(k, "quarter") || word(k, "period")) && !glued_hyphen(k + 1)) {
        // "last year's quarter": the quarter (or period) last named, in the year named (TBAQ: one expression)
        Match r{i, k + 1, {}};
        r.spec.kind = SpecKind::anaphoric;
        r.spec.offset = rel_year;
        r.spec.unit = word(k, "quarter") ? Unit::quarter : Unit::none;
        return r;
    }
    // "the quarter", "the latest quarter", "the year-earlier quarter", "the current quarter", "last quarter".
    if (!the && !word(k, "last") && !word(k, "this")) return std::nullopt;
    std::size_t q = k;
    int offset = 0;
    SpecKind kind = SpecKind::anaphoric;
    if (word(q, "latest") || word(q, "recent") || word(q, "most")) {
        q += word(q, "most") && word(q + 1, "recent") ? 2 : 1;
    } else if (word(q, "year") && glued_hyphen(q + 1) && (word(q + 2, "earlier") || word(q + 2, "ago"))) {
        offset = -1;
        q += 3;
    } else if (the && (word(q, "same") || word(q, "corresponding") || word(q, "comparable")) &&
               (word(q + 1, "quarter") || word(q + 1, "period"))) {
        ++q;  // "the corresponding period last year": a period only with the year shift after it (below)
    } else if (word(q, "current") || word(q, "this")) {
        kind = SpecKind::relative;
        ++q;
    } else if (word(q, "last") || word(q, "previous") || word(q, "past") || word(q, "prior")) {
        kind = SpecKind::relative;
        offset = -1;
        ++q;
    } else if (word(q, "next") || word(q, "coming")) {
        kind = SpecKind::relative;
        offset = 1;
        ++q;
    }
    // "the quarter a year ago", "the corresponding period last year": the period last named, a year back, written
    // as one expression (TimeML marks "the same period last year" whole).
    std::size_t shift_end = 0;
    if (kind == SpecKind::anaphoric && offset == 0 && !y && (word(q, "quarter") || word(q, "period"))) {
        const std::size_t e = q + 1;
        if (word(e, "a") && word(e + 1, "year") && (word(e + 2, "ago") || word(e + 2, "earlier"))) {
            shift_end = e + 3;
        } else if (word(e, "last") && word(e + 1, "year") && !tok(e + 2).is("'")) {
            shift_end = e + 2;
        }
        if (shift_end) offset = -1;
    }
    if (q > k && !shift_end && (word(k, "same") || word(k, "corresponding") || word(k, "comparable"))) {
        return std::nullopt;
    }
    const bool period = word(q, "period") && offset == -1;
    if (word(q, "quarter") && kind == SpecKind::anaphoric && offset == 0 &&
        (word(q + 1, "ended") || word(q + 1, "ending"))) {
        // "the quarter ended Sept. 30": the calendar quarter holding most of the three months before that day
        std::size_t me = 0;
        if (const int mo = month(q + 2, me)) {
            std::size_t de = 0;
            const int d = day_of_month(me, de);
            const int q_of_end = ((mo - 1) * 31 + (d ? d : 15) - 45 + 372) % 372 / 93 + 1;
            Match r{i, q + 1, {}};
            r.spec.kind = SpecKind::calendar;
            r.spec.quarter = q_of_end;
            return r;
        }
    }
    // "the quarter-to-quarter comparison" compares quarters; it names none
    if (word(q, "quarter") && glued_hyphen(q + 1) && word(q + 2, "to")) return std::nullopt;
    const bool year_period = y && the && q == k && word(q, "period");
    if (!word(q, "quarter") && !period && !year_period) return std::nullopt;
    if (!y && k == q && kind == SpecKind::anaphoric && !the) return std::nullopt;
    Match r{i, shift_end ? shift_end : q + 1, {}};
    r.spec.kind = kind;
    r.spec.offset = offset;
    r.spec.unit = period || year_period ? Unit::none : Unit::quarter;
    if (y && kind == SpecKind::anaphoric) r.spec.year = y;  // "the 1988 quarter", "the 1989 period"
    return r;
}

}  // namespace newsdex::extract::timex
