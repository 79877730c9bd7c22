// Pairs and ranges of dates: the second month of "between January and March", the second day of "April 24 and 25",
// the last day of "June 3-5".
#include "extract/timex/internal/timex_matcher.h"

namespace newsdex::extract::timex {

std::optional<Match> Matcher::coordinated_month(const Match& first) const {
    // "between January and March", "from June to August", "in April or May": the second month of a pair, which a
    // month alone would not be when it is also a verb ("May", "March"); its year follows the first's (the driver).
    const Spec& s = first.spec;
    if (!rule(TimexRule::coordinated_dates) || s.kind != SpecKind::calendar || !s.month || s.day || s.weekday ||
        s.nth || s.easter) {
        return std::nullopt;
    }
    const std::size_t k = first.end;
    const bool dash = tok(k).is("-") || tok(k).lower == "\xe2\x80\x93";  // "June-August", "June – August"
    if (!word(k, "and") && !word(k, "or") && !word(k, "to") && !word(k, "through") && !word(k, "until") && !dash) {
        return std::nullopt;
    }
    std::size_t end = 0;
    const int second = month(k + 1, end);
    if (!second) return std::nullopt;
    if (auto named = month_of_named_year(k + 1, end, second)) return named;  // "August and October last year"
    std::size_t y_end = 0;
    bool two_digit = false;
    const std::size_t after = tok(end).is_punct(',') || word(end, "of") ? end + 1 : end;
    const int y = year(after, y_end, two_digit);
    if (tok(end).is_number() && !y) return std::nullopt;  // "June and July 4": a day of its own
    Match m{k + 1, y && !two_digit ? y_end : end, {}};
    m.spec.kind = SpecKind::calendar;
    m.spec.month = second;
    m.spec.year = y && !two_digit ? y : 0;
    m.spec.range_after = (word(k, "and") || word(k, "or")) ? 0 : s.month;
    return m;
}

std::optional<Match> Matcher::coordinated_day(const Match& first) const {
    if (auto m = coordinated_month(first)) return m;
    const Spec& s = first.spec;
    if (s.kind != SpecKind::calendar || !s.month || !s.day || s.weekday || s.nth || s.easter) return std::nullopt;
    const std::size_t k = first.end;
    if (auto last = day_range_end(first)) return last;
    if (!word(k, "and") && !word(k, "or")) return std::nullopt;
    std::size_t end = 0;
    const int day = day_of_month(k + 1, end);
    if (!day || !tok(k + 1).is_number()) return std::nullopt;
    // "Dec. 30 and 31, 2014": the year closes the pair and belongs to both days (the caller gives it to the first).
    int year_of_pair = 0;
    std::size_t year_end = 0;
    bool two_digit = false;
    if (tok(end).is_punct(',') && !s.year) year_of_pair = year(end + 1, year_end, two_digit);
    // Otherwise only a number that ends the phrase: "April 24 and 25 percent", "June 3 and 4 p.m." count other things.
    const Token& next = tok(end);
    if (!year_of_pair && (next.is_word() || next.is_number() || next.is_punct('-'))) return std::nullopt;
    Match m{k + 1, end, s};
    m.spec.day = day;
    if (year_of_pair && !two_digit) {
        m.spec.year = year_of_pair;
        m.end = year_end;
    }
    return m;
}

std::optional<Match> Matcher::day_range_end(const Match& first) const {
    // "June 3-5", "March 3 to 5", "Oct. 12 through 14": the last day of a range in the first's month (the first is
    // a calendar day without a weekday). The dash is glued to both days; the last is later than the first; and what
    // follows ends the phrase, so "June 3-5/8" (a price), "May 3 to 5 percent" and "April 4 to 6 billion" count
    // other things.
    const Spec& s = first.spec;
    if (!rule(TimexRule::day_range_end) || s.kind != SpecKind::calendar || !s.month || !s.day || s.weekday || s.nth ||
        s.easter || s.time_suffix.size()) {
        return std::nullopt;
    }
    const std::size_t k = first.end;
    const bool dash = glued_hyphen(k) || (tok(k).lower == "\xe2\x80\x93" && !tok(k + 1).space_before);
    if (!dash && !word(k, "to") && !word(k, "through") && !word(k, "until") && !word(k, "till")) return std::nullopt;
    if (dash && tok(k).space_before) return std::nullopt;
    std::size_t end = 0;
    const int day = day_of_month(k + 1, end);
    if (!day || day <= s.day || !tok(k + 1).is_number()) return std::nullopt;
    const Token& next = tok(end);
    if (next.is_number() || next.is_punct('/') || next.is_punct('-') || next.is_punct('%')) return std::nullopt;
    if (next.is_word() && !next.newline_before && !is_clause_word(next)) return std::nullopt;
    if (next.is_punct('.') && !next.space_before && tok(end + 1).is_number()) return std::nullopt;  // "3-5.5"
    Match m{k + 1, end, s};
    m.spec.day = day;
    // "June 3-5, 2015": the year closes the range and belongs to both days (the caller gives it to the first)
    std::size_t year_end = 0;
    bool two_digit = false;
    if (next.is_punct(',') && !s.year) {
        if (const int y = year(end + 1, year_end, two_digit); y && !two_digit) {
            m.spec.year = y;
            m.end = year_end;
        }
    }
    return m;
}

}  // namespace newsdex::extract::timex
