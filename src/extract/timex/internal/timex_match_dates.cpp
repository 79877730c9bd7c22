// Recognisers for named calendar dates: "Dec. 15, 2015", "15 December", "1990s", "12/15/2015", spoken years, holidays.
#include <array>
#include <charconv>

#include "extract/timex/internal/timex_matcher.h"

namespace newsdex::extract::timex {
namespace {

Match calendar(std::size_t begin, std::size_t end, int year, int month, int day) {
    Match m{begin, end, {}};
    m.spec.kind = SpecKind::calendar;
    m.spec.year = year;
    m.spec.month = month;
    m.spec.day = day;
    return m;
}

// Words after a bare number that make it a quantity, not a year ("1990 people").
constexpr std::array<std::string_view, 24> quantity_words = {
    "people",     "troops", "shares", "feet",   "foot",    "meters",   "metres", "miles",
    "kilometers", "tons",   "tonnes", "points", "pounds",  "dollars",  "yen",    "marks",
    "barrels",    "acres",  "cars",   "jobs",   "workers", "soldiers", "votes",  "units"};

// Words before a bare number that make it something other than a year ("No. 1990", "flight 1990").
constexpr std::array<std::string_view, 8> label_words = {"no",   "number", "flight",  "route",
                                                         "room", "page",   "article", "section"};

template <std::size_t N>
bool in(const std::array<std::string_view, N>& list, std::string_view w) {
    for (auto x : list) {
        if (x == w) return true;
    }
    return false;
}

// Prepositions that make a lone "May" or "'98" a date.
bool date_preposition(const Token& t) {
    constexpr std::array<std::string_view, 16> words = {"in",   "of",     "since", "until", "by",  "last",
                                                        "this", "next",   "early", "late",  "mid", "through",
                                                        "from", "before", "after", "during"};
    return t.is_word() && in(words, t.lower);
}

}  // namespace

std::optional<Match> Matcher::match_calendar(std::size_t i) const {
    std::size_t j = 0;
    bool two_digit = false;
    const Token& t = tok(i);
    // Month first: "December 15, 2015", "Dec. 15", "July 1997", "December".
    if (month(i, j)) return match_month_first(i);
    // Day first: "15 December 2015", "15th of December"; not the digit of a contract code ("JUN8 ... MAR8").
    if (i > 0 && contract_code_at(i - 1)) return std::nullopt;
    if (const int d = day_of_month(i, j)) {
        std::size_t k = word(j, "of") ? j + 1 : j;
        std::size_t m_end = 0;
        if (const int m = month(k, m_end); m && !table_row_start(k, m_end) && !contract_code_at(k)) {
            std::size_t after = tok(m_end).is_punct(',') ? m_end + 1 : m_end;
            std::size_t y_end = 0;
            if (const int y = year(after, y_end, two_digit); y && !two_digit) return calendar(i, y_end, y, m, d);
            if (auto r = month_of_named_year(i, m_end, m)) {  // "3 May last year", as "May 3 last year"
                r->spec.day = d;
                return r;
            }
            return calendar(i, m_end, 0, m, d);
        }
    }
    if (auto first = leading_day(i)) return first;
    // "the 15th" after "on"/"by"/"since"/"until": a day of the anchor's month.
    if (t.is("the") && (word(i - 1, "on") || word(i - 1, "by") || word(i - 1, "since") || word(i - 1, "until"))) {
        std::size_t k = 0;
        if (const int d = day_of_month(i + 1, k); d && k == i + 3 && !tok(k).is_word()) {
            return calendar(i, k, 0, 0, d);
        }
    }
    // Numeric: 12/15/2015, 12/15/15, 2015-12-15.
    if (t.is_number() && tok(i + 1).is_punct('/') && tok(i + 2).is_number() && tok(i + 3).is_punct('/') &&
        tok(i + 4).is_number() && !tok(i + 1).space_before && !tok(i + 3).space_before) {
        const int m = to_int(t.lower);
        const int d = to_int(tok(i + 2).lower);
        int y = to_int(tok(i + 4).lower);
        const auto ylen = tok(i + 4).lower.size();
        if (ylen == 2) y += y < 30 ? 2000 : 1900;
        if (m >= 1 && m <= 12 && d >= 1 && d <= 31 && (ylen == 2 || ylen == 4)) return calendar(i, i + 5, y, m, d);
        return std::nullopt;
    }
    if (t.is_number() && t.lower.size() == 4 && glued_hyphen(i + 1) && tok(i + 2).is_number() &&
        tok(i + 2).lower.size() == 2 && glued_hyphen(i + 3) && tok(i + 4).is_number() && tok(i + 4).lower.size() == 2) {
        const int m = to_int(tok(i + 2).lower);
        const int d = to_int(tok(i + 4).lower);
        if (m >= 1 && m <= 12 && d >= 1 && d <= 31) return calendar(i, i + 5, to_int(t.lower), m, d);
    }
    // Decades and years: "the 1990s", "the '90s", "1990", "'98".
    if (year(t.is("the") ? i + 1 : i, j, two_digit)) return match_year_or_decade(i);
    // Spoken years (broadcast transcripts): "nineteen ninety-six", "the year two thousand", "the nineties".
    if (auto spoken = match_spoken_year(i)) return spoken;
    // Centuries: "the 19th century", "the nineteenth century", "a 20th century democrat".
    {
        std::size_t o_end = 0;
        const std::size_t o = t.is("the") ? i + 1 : i;
        if (const int c = ordinal(o, o_end); c && word(o_end, "century")) {
            Match r{i, o_end + 1, {}};
            r.spec.kind = SpecKind::calendar;
            r.spec.century = c - 1;
            return r;
        }
    }
    // "summer 1990", "spring of 1989"
    if (t.is_word() && !t.is("fall")) {
        if (auto dated = season_of_year(i, i)) return dated;
    }
    return match_holiday(i);
}

// A month name, then a day, a year, "last year", or nothing: "December 15, 2015", "Dec. 15", "July 1997", "June last
// year", "a June agreement". A month name that reads as a verb or a name is no date.
std::optional<Match> Matcher::match_month_first(std::size_t i) const {
    std::size_t j = 0;
    bool two_digit = false;
    const int m = month(i, j);
    if (contract_code_at(i) || table_row_start(i, j)) return std::nullopt;
    std::size_t k = 0;
    const int d = day_of_month(j, k);
    // Not "May 5:30" or "March 3.5": a clock time or decimal glued to the number.
    const bool glued_number = d && (tok(k).is_punct(':') || tok(k).is_punct('.')) && !tok(k).space_before &&
                              tok(k + 1).is_number() && !tok(k + 1).space_before;
    if (d && !glued_number) {
        std::size_t y_end = 0;
        std::size_t after = tok(k).is_punct(',') ? k + 1 : k;
        if (const int y = year(after, y_end, two_digit); y && !two_digit) {
            return calendar(i, y_end, y, m, d);
        }
        if (auto r = month_of_named_year(i, k, m)) {  // "March 20 last year"
            r->spec.day = d;
            return r;
        }
        return calendar(i, k, 0, m, d);
    }
    if (auto r = month_of_named_year(i, j, m)) return r;  // "June last year"
    std::size_t after = j;
    if (tok(after).is_punct(',') || word(after, "of")) ++after;
    std::size_t y_end = 0;
    if (const int y = year(after, y_end, two_digit)) {
        if (price_row(after, y)) return std::nullopt;
        Match r = calendar(i, y_end, y, m, 0);
        r.spec.year_is_two_digit = two_digit;
        return r;
    }
    if (auto spoken = match_spoken_year(after); spoken && spoken->spec.year) {
        // "January nineteen ninety-seven" (broadcast transcripts)
        return calendar(i, spoken->end, spoken->spec.year, m, 0);
    }
    // A month alone: "May" and "March" are also verbs, and abbreviations are also names.
    const Token& word_token = tok(i);
    const bool ambiguous = word_token.is("may") || word_token.is("march") || word_token.lower.size() <= 4;
    // "a June agreement", "the March accession": a determiner and a lower-case noun around it make it a date.
    const Token& before = tok(i - 1);
    const bool determiner =
        before.is("a") || before.is("an") || before.is("the") || before.is("its") || before.is("their");
    const LexEntry* next = tok(j).is_word() ? lookup(tok(j).lower) : nullptr;
    const bool time_word = next && (next->unit != Unit::none || next->month || next->weekday || next->number >= 0 ||
                                    next->ordinal || next->season || next->part_of_day);
    const bool modifies_noun = determiner && tok(j).is_word() && !tok(j).capitalised && !time_word;
    // "mid-March", "late-May": the hyphen joins the month to a word that makes it a date
    const bool hyphened = glued_hyphen(i - 1) && date_preposition(tok(i - 2));
    if (ambiguous && !date_preposition(before) && !modifies_noun && !hyphened) return std::nullopt;
    return calendar(i, j, 0, m, 0);
}

// "3 and 4 June", "from 3 to 15 June", "3-5 June 2014": the first day of a pair whose month (and year) come after
// the second; the second is read on its own.
std::optional<Match> Matcher::leading_day(std::size_t i) const {
    if (!rule(TimexRule::coordinated_dates) || !tok(i).is_number()) return std::nullopt;
    std::size_t j = 0;
    const int d = day_of_month(i, j);
    if (!d || j != i + 1) return std::nullopt;
    const bool dash = glued_hyphen(j);
    if (!word(j, "and") && !word(j, "or") && !word(j, "to") && !dash) return std::nullopt;
    std::size_t k = 0;
    bool two_digit = false;
    if (!tok(j + 1).is_number() || !day_of_month(j + 1, k)) return std::nullopt;
    std::size_t m_end = 0;
    const int m = month(k, m_end);
    if (!m) return std::nullopt;
    std::size_t y_end = 0;
    const std::size_t after = tok(m_end).is_punct(',') ? m_end + 1 : m_end;
    const int y = year(after, y_end, two_digit);
    return calendar(i, j, y && !two_digit ? y : 0, m, d);
}

std::optional<Match> Matcher::month_of_named_year(std::size_t i, std::size_t j, int month) const {
    // "June last year", "March 20 next year": the month (and day) of the year named relative to the anchor
    if (!(word(j, "this") || word(j, "last") || word(j, "next")) || !word(j + 1, "year")) return std::nullopt;
    Match r{i, j + 2, {}};
    r.spec.kind = SpecKind::relative;
    r.spec.unit = Unit::year;
    r.spec.offset = word(j, "this") ? 0 : (word(j, "last") ? -1 : 1);
    r.spec.month = month;
    return r;
}

// A year or decade at i, or after "the" at i: "the 1990s", "the '90s", "1990", "'98"; not a price, a quantity or a
// label's number.
bool Matcher::table_row_start(std::size_t month_at, std::size_t month_end) const {
    // "... UP 28\n JUL7 5515", "Dec 13 149 up 2\n Feb 0 22": a table's last number and the next row's month are no
    // day-first date, and "Oct   12   157   up   7" no October 12. A month opening its line before a number that is
    // no year starts a row when one more number follows on the line ("April 3" alone on its line stays a date, and
    // so does a wrapped "March 31 1988"). Commodity tables abbreviate their months; a monthly table's "OCTOBER  136
    // 40" is October's row.
    if (!rule(TimexRule::table_number_not_year) || !tok(month_at).newline_before || tok(month_at).lower.size() > 4) {
        return false;
    }
    const Token& next = tok(month_end);
    if (!next.is_number() || next.newline_before || !next.space_before) return false;  // "JUL7": contract_code_at
    const auto plausible_year = [&](std::size_t at) {
        std::size_t end = 0;
        bool two_digit = false;
        return year(at, end, two_digit) >= 1800 && !two_digit;
    };
    if (plausible_year(month_end)) return false;
    const Token& after = tok(month_end + 1);
    return after.is_number() && !after.newline_before && after.space_before && !plausible_year(month_end + 1);
}

bool Matcher::price_row(std::size_t i, int year) const {
    // "May 1193/1200 ba", "Jul 1556  1560": a commodity table's delivery month and its prices, no month of a year
    // ("March 1987/99" is a bond's years, and history's "May 1453" has no number after it)
    if (!rule(TimexRule::table_number_not_year) || !tok(i).is_number() || year >= 1800) return false;
    const Token& next = tok(i + 1);
    const bool slash = next.is_punct('/') && !next.space_before && tok(i + 2).is_number();
    return slash || (next.is_number() && !next.newline_before);
}

bool Matcher::contract_code_at(std::size_t i) const {
    // "MAY7", "MAR8": a futures contract (May 1987) in a commodity table, a label and no day ("APR07" is a day)
    if (!rule(TimexRule::contract_month_code)) return false;
    std::size_t j = 0;
    const Token& digit = tok(i + 1);
    return tok(i).is_word() && lookup(tok(i).lower) && lookup(tok(i).lower)->month && month(i, j) && j == i + 1 &&
           digit.is_number() && !digit.space_before && digit.lower.size() == 1;
}

std::optional<Match> Matcher::match_year_or_decade(std::size_t i) const {
    // A table's count after a contract code ("JUL7  1949") is no year.
    if (i >= 2 && contract_code_at(i - 2)) return std::nullopt;
    std::size_t j = 0;
    bool two_digit = false;
    const std::size_t begin = i;
    const std::size_t k = tok(i).is("the") ? i + 1 : i;
    const int y = year(k, j, two_digit);
    if (tok(j).is("s") && !tok(j).space_before) {
        Match r{begin, j + 1, {}};
        r.spec.kind = SpecKind::calendar;
        r.spec.decade = two_digit ? (y < 30 ? 200 + y / 10 : 190 + y / 10) : y / 10;
        return r;
    }
    if (k != i) return std::nullopt;  // "the 1988 period" is read from its year
    if (two_digit) {
        if (!date_preposition(tok(i - 1))) return std::nullopt;
        Match r = calendar(i, j, y, 0, 0);
        r.spec.year_is_two_digit = true;
        return r;
    }
    const Token& prev = tok(i - 1);
    const Token& next = tok(j);
    if (prev.is("$") || prev.is("#") || (prev.is_word() && in(label_words, prev.lower))) return std::nullopt;
    if (next.is("%") || (next.is_word() && in(quantity_words, next.lower))) return std::nullopt;
    if (next.is_word() && !next.space_before) return std::nullopt;  // "1990km"
    if ((next.is_punct('.') || next.is_punct(',')) && !next.space_before && tok(j + 1).is_number() &&
        !tok(j + 1).space_before) {
        return std::nullopt;
    }
    if (y < 1600 && !date_preposition(prev)) return std::nullopt;
    if (y > 2100) return std::nullopt;
    return calendar(i, j, y, 0, 0);
}

std::optional<Match> Matcher::match_holiday(std::size_t i) const {
    const Token& t = tok(i);
    // Holidays with fixed dates, and Thanksgiving (fourth Thursday of November, resolved by the caller's year).
    if (t.is_word() && t.capitalised) {
        if (t.is("christmas")) {
            if (word(i + 1, "eve")) return calendar(i, i + 2, 0, 12, 24);
            return calendar(i, word(i + 1, "day") ? i + 2 : i + 1, 0, 12, 25);
        }
        if (t.is("halloween")) return calendar(i, i + 1, 0, 10, 31);
        if (t.is("new") && word(i + 1, "year") && tok(i + 2).is("'") && word(i + 3, "s")) {
            if (word(i + 4, "eve")) return calendar(i, i + 5, 0, 12, 31);
            if (word(i + 4, "day")) return calendar(i, i + 5, 0, 1, 1);
        }
        if (t.is("independence") && word(i + 1, "day")) return calendar(i, i + 2, 0, 7, 4);
        if (t.is("veterans") && word(i + 1, "day")) return calendar(i, i + 2, 0, 11, 11);
        if (t.is("valentine") && tok(i + 1).is("'") && word(i + 2, "s") && word(i + 3, "day")) {
            return calendar(i, i + 4, 0, 2, 14);
        }
        // US holidays on the nth weekday of a month: Labor Day (first Monday of September), Memorial Day (last
        // Monday of May), Election Day (the Tuesday after the first Monday of November).
        if ((t.is("labor") || t.is("memorial") || t.is("election")) && word(i + 1, "day") && tok(i + 1).capitalised) {
            Match r = calendar(i, i + 2, 0, t.is("labor") ? 9 : (t.is("memorial") ? 5 : 11), 0);
            r.spec.weekday = 1;
            r.spec.nth = t.is("memorial") ? -1 : 1;
            r.spec.day_shift = t.is("election") ? 1 : 0;
            return r;
        }
        if (t.is("easter")) {
            // "Easter", "Easter Sunday", "Easter week" (the ISO week that ends on Easter Sunday)
            const bool week = word(i + 1, "week");
            Match r = calendar(i, word(i + 1, "sunday") || week ? i + 2 : i + 1, 0, 4, 0);
            r.spec.easter = true;
            r.spec.week_of = week;
            return r;
        }
        if (t.is("thanksgiving")) {
            Match r = calendar(i, word(i + 1, "day") ? i + 2 : i + 1, 0, 11, 0);
            r.spec.weekday = 4;
            r.spec.nth = 4;
            return r;
        }
    }
    return std::nullopt;
}

std::optional<Match> Matcher::season_of_year(std::size_t i, std::size_t k) const {
    // The season word at k, then "of" and a year, written or spoken: "the winter of 1994", "summer 1990".
    const LexEntry* e = tok(k).is_word() ? lookup(tok(k).lower) : nullptr;
    if (!e || !e->season) return std::nullopt;
    std::size_t y = word(k + 1, "of") ? k + 2 : k + 1;
    std::size_t y_end = 0;
    bool two_digit = false;
    int value = year(y, y_end, two_digit);
    if (value && two_digit) value += value < 30 ? 2000 : 1900;
    if (!value) {
        if (auto spoken = match_spoken_year(y); spoken && spoken->spec.year) {
            value = spoken->spec.year;
            y_end = spoken->end;
        }
    }
    if (!value) return std::nullopt;
    Match r = calendar(i, y_end, value, 0, 0);
    r.spec.season = e->season;
    return r;
}

std::optional<Match> Matcher::match_spoken_year(std::size_t i) const {
    std::size_t k = i;
    if (word(k, "the") && word(k + 1, "year")) k += 2;
    if ((word(k, "nineteen") || word(k, "twenty")) && tok(k + 1).is_word()) {
        std::size_t end = 0;
        const auto rest = number(k + 1, end);
        if (rest && *rest >= 10 && *rest < 100 && !word(k + 1, "a")) {
            return calendar(i, end, (word(k, "nineteen") ? 1900 : 2000) + *rest, 0, 0);
        }
    }
    if (word(k, "two") && word(k + 1, "thousand") && k > i) {
        std::size_t end = k + 2;
        int y = 2000;
        if (word(end, "and")) ++end;
        std::size_t e2 = 0;
        if (const auto rest = number(end, e2); rest && *rest > 0 && *rest < 100 && tok(end).is_word()) {
            y += *rest;
            end = e2;
        } else if (word(k + 2, "and")) {
            end = k + 2;
        }
        return calendar(i, end, y, 0, 0);
    }
    if (word(i, "the")) {
        constexpr std::string_view decades[] = {"twenties", "thirties",  "forties",  "fifties",
                                                "sixties",  "seventies", "eighties", "nineties"};
        for (int d = 0; d < 8; ++d) {
            if (word(i + 1, decades[d])) {
                Match r{i, i + 2, {}};
                r.spec.kind = SpecKind::calendar;
                r.spec.decade = 192 + d;
                return r;
            }
        }
    }
    return std::nullopt;
}

}  // namespace newsdex::extract::timex
