// Calendar arithmetic for the temporal tagger, on std::chrono's civil calendar; ISO weeks computed here.
#include "extract/timex/internal/timex_resolver.h"

#include <cstdio>
#include <string_view>
#include <utility>

namespace newsdex::extract::timex {
namespace {

using namespace std::chrono;

std::string fmt_year(int y) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d", y);
    return buf;
}
std::string fmt2(int v) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "%02d", v);
    return buf;
}
std::string fmt_day(const year_month_day& d) {
    return fmt_year(int(d.year())) + "-" + fmt2(int(unsigned(d.month()))) + "-" + fmt2(int(unsigned(d.day())));
}
std::string fmt_week(sys_days d) {
    const auto w = iso_week(d);
    return fmt_year(w.year) + "-W" + fmt2(int(w.week));
}

unsigned iso_weekday(sys_days d) { return weekday(d).iso_encoding(); }

// The year for a month named without one. News looks back more than ahead: a month up to four months ahead of the
// anchor is this year's, further ahead it is last year's; one more than seven months back is next year's (measured
// on TBAQ; the nearest tense cue predicted worse, as its cues are noisy) ...
int infer_year(int month, const year_month_day& anchor, Tense tense, const Spec& s) {
    const int ay = int(anchor.year());
    const int diff = month - int(unsigned(anchor.month()));
    const Tense clause = s.clause;
    const bool deadline = s.deadline;
    // "The vote is in October", "talks could resume in September": an open event's month ahead is still to come.
    if (diff > 4 && tense != Tense::future && !s.open_event) return ay - 1;
    // "was fired in July", written in March: an event told in the past happened in the July before.
    if (diff > 0 && s.past_event && !deadline) return ay - 1;
    // "The contract will expire in February", "the law takes effect in January", written in March: a month behind
    // the anchor that a future or scheduled verb places is next year's.
    if (diff < 0 && diff >= -7 && s.future_event && !s.past_event) return ay + 1;
    // ... unless its clause is in the past with no future cue at all ("stepped down in March", "In January, X brought
    // in"), or a deadline ("by February", "through January") says it is still ahead.
    if (diff < -7 && (clause != Tense::past || deadline)) return ay + 1;
    return ay;
}

// Only a quarter that has ended by the anchor can be what "a year earlier" compares with: results are reported
// for finished quarters, while outlooks name the current or next one. Once the quarter just ended (the one being
// reported) is named, an older one in passing ("after a flat second quarter") does not take over the comparisons.
void note_completed_quarter(Reference& last, int year, int quarter, const year_month_day& anchor) {
    const int anchor_index = int(anchor.year()) * 4 + (int(unsigned(anchor.month())) - 1) / 3;
    const int index = year * 4 + quarter - 1;
    const bool reporting_named = last.quarter_year * 4 + last.quarter - 1 == anchor_index - 1;
    if (index < anchor_index && !(reporting_named && index < anchor_index - 1)) last.note_quarter(year, quarter);
}

// Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm, Meeus/Jones/Butcher): {month, day}.
std::pair<int, int> easter_sunday(int y) {
    const int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    return {(h + l - 7 * m + 114) / 31, (h + l - 7 * m + 114) % 31 + 1};
}

std::string with_suffix(std::string value, const Spec& spec) { return value + spec.time_suffix; }

std::string resolve_calendar(const Spec& s, std::optional<CivilDate> anchor, Tense tense, Reference& last) {
    if (s.century) return fmt2(s.century);
    if (s.decade) return std::to_string(s.decade) + "X";
    int year = s.year;
    if (year && s.year_is_two_digit) year += year < 30 ? 2000 : 1900;
    if (year) last.year = year;
    int month = s.month;
    if (!month && s.day && anchor) month = int(unsigned(anchor->month()));
    if (!year && anchor) {
        const int ay = int(anchor->year());
        const int am = int(unsigned(anchor->month()));
        if (month && s.anchor_year) {
            year = ay;
        } else if (month && s.lean < 0) {
            year = month <= am ? ay : ay - 1;
        } else if (month && s.lean > 0) {
            year = month >= am ? ay : ay + 1;
        } else if (month && s.direction < 0) {
            // the month just ended would be "last month": "last February", said in March, is a year further back
            year = month < am - 1 ? ay : ay - 1;
        } else if (month && s.direction > 0) {
            year = month > am ? ay : ay + 1;
        } else if (month) {
            year = infer_year(month, *anchor, tense, s);
        } else if (s.quarter && s.quarter > (am - 1) / 3 + 1 && tense == Tense::past) {
            year = ay - 1;  // "profit rose in the fourth quarter", said in March: last year's
        } else {
            year = ay;
        }
    }
    const std::string y = year ? fmt_year(year) : "XXXX";
    if (s.quarter) {
        if (year && anchor) note_completed_quarter(last, year, s.quarter, *anchor);
        return y + "-Q" + std::to_string(s.quarter);
    }
    if (s.half) return y + "-H" + std::to_string(s.half);
    if (s.season) return y + "-" + s.season;
    if (!month) {
        return y;
    }
    int day = s.day;
    if (s.easter && year) {
        const auto [easter_month, easter_day] = easter_sunday(year);
        month = easter_month;
        day = easter_day;
    }
    if (!day && s.nth && s.weekday && year) {
        const std::chrono::year yy{year};
        const std::chrono::month mm{unsigned(month)};
        const std::chrono::weekday wd{unsigned(s.weekday % 7)};
        const sys_days nth = s.nth < 0 ? sys_days{year_month_weekday_last{yy, mm, weekday_last{wd}}}
                                       : sys_days{year_month_weekday{yy, mm, weekday_indexed{wd, unsigned(s.nth)}}};
        const year_month_day d{nth + days{s.day_shift}};
        month = int(unsigned(d.month()));
        day = int(unsigned(d.day()));
    }
    if (year) {
        last.month_year = year;
        last.month = month;
        last.day = day;
    }
    if (!day) {
        return y + "-" + fmt2(month);
    }
    if (year) {
        const year_month_day ymd{std::chrono::year{year}, std::chrono::month{unsigned(month)},
                                 std::chrono::day{unsigned(day)}};
        if (!ymd.ok()) return y + "-" + fmt2(month) + "-" + fmt2(day);
        last.named_day = sys_days{ymd};
        if (s.week_of) return fmt_week(sys_days{ymd});
    }
    return with_suffix(y + "-" + fmt2(month) + "-" + (day ? fmt2(day) : std::string("XX")), s);
}

std::string unanchored(int offset) {
    if (offset < 0) return "PAST_REF";
    if (offset > 0) return "FUTURE_REF";
    return "PRESENT_REF";
}

std::string resolve_relative(const Spec& s, const year_month_day& a, Tense tense, Reference& last) {
    const sys_days ad{a};
    const int ay = int(a.year());
    const int am = int(unsigned(a.month()));
    switch (s.unit) {
        case Unit::century: return fmt2(ay / 100 + s.offset);
        case Unit::decade: return std::to_string(ay / 10 + s.offset) + "X";
        case Unit::year:
            if (s.quarter) {  // "last year's fourth quarter"
                note_completed_quarter(last, ay + s.offset, s.quarter, a);
                return fmt_year(ay + s.offset) + "-Q" + std::to_string(s.quarter);
            }
            if (s.half) return fmt_year(ay + s.offset) + "-H" + std::to_string(s.half);
            if (s.month && s.day) return fmt_year(ay + s.offset) + "-" + fmt2(s.month) + "-" + fmt2(s.day);
            if (s.month) return fmt_year(ay + s.offset) + "-" + fmt2(s.month);  // "June last year"
            return fmt_year(ay + s.offset);
        case Unit::half: {
            const int index = ay * 2 + (am - 1) / 6 + s.offset;
            return fmt_year(index / 2) + "-H" + std::to_string(index % 2 + 1);
        }
        case Unit::quarter: {
            const int index = ay * 4 + (am - 1) / 3 + s.offset;
            note_completed_quarter(last, index / 4, index % 4 + 1, a);
            return fmt_year(index / 4) + "-Q" + std::to_string(index % 4 + 1);
        }
        case Unit::month: {
            const year_month ym = year_month{a.year(), a.month()} + months{s.offset};
            return fmt_year(int(ym.year())) + "-" + fmt2(int(unsigned(ym.month())));
        }
        case Unit::week: return fmt_week(ad + days{7 * s.offset});
        case Unit::weekend: {
            // "the weekend" written Monday to Thursday is the one just gone, unless the sentence looks ahead; "this
            // weekend" (direction +1) is the coming one unless the sentence looks back ("plays this weekend").
            const bool looks_back = s.direction > 0 ? tense == Tense::past : tense != Tense::future;
            const int back = s.offset == 0 && iso_weekday(ad) <= 4 && looks_back ? -7 : 0;
            return fmt_week(ad + days{7 * s.offset + back}) + "-WE";
        }
        case Unit::season: {
            // Season order within a year: winter (its January), spring, summer, fall.
            static constexpr const char* names[] = {"WI", "SP", "SU", "FA"};
            const int current = am == 12 ? 4 : am / 3;  // December opens the winter named after its year
            int target = current;
            for (int k = 0; k < 4; ++k) {
                if (s.season && std::string_view(names[k]) == s.season) target = k;
            }
            int year = ay;
            if (s.offset < 0) year = target < current ? ay : ay - 1;
            if (s.offset > 0) year = target > current ? ay : ay + 1;
            return fmt_year(year) + "-" + names[target % 4];
        }
        case Unit::day:
        case Unit::part_of_day:
        case Unit::hour:
        case Unit::minute:
        case Unit::second:
        case Unit::none: {
            if (s.on_named_day && last.named_day) return with_suffix(fmt_day(year_month_day{*last.named_day}), s);
            const year_month_day d{ad + days{s.unit == Unit::day ? s.offset : 0}};
            if (s.unit == Unit::day && s.time_suffix.empty()) last.named_day = sys_days{d};
            return with_suffix(fmt_day(d), s);
        }
    }
    return fmt_day(a);
}

std::string resolve_weekday(const Spec& s, const year_month_day& a, Tense tense, Reference& last) {
    sys_days ad{a};
    if (s.from_named_day && last.month_year && last.day) {
        const year_month_day named{year{last.month_year}, month{unsigned(last.month)}, day{unsigned(last.day)}};
        if (named.ok()) ad = sys_days{named};
    }
    const int aw = int(iso_weekday(ad));
    int delta = 0;
    const int forward = (s.weekday - aw + 7) % 7;
    const int backward = (aw - s.weekday + 7) % 7;
    if (s.direction > 0) {
        delta = forward == 0 ? 7 : forward;
    } else if (s.direction < 0) {
        delta = -(backward == 0 ? 7 : backward);
    } else if (tense == Tense::future) {
        delta = forward;
    } else {
        delta = -backward;
    }
    const year_month_day d{ad + days{delta}};
    // A weekday names a day as surely as a date does: "the following day" after "on Tuesday" is Wednesday.
    last.month_year = int(d.year());
    last.month = int(unsigned(d.month()));
    last.day = int(unsigned(d.day()));
    last.named_day = sys_days{d};
    return with_suffix(fmt_day(d), s);
}

std::string resolve_anaphoric(const Spec& s, const year_month_day& a, Reference& last) {
    if (s.unit == Unit::month) {  // "the following month": after the last month the text named, else the anchor's
        const year_month base = last.month_year ? year_month{year{last.month_year}, month{unsigned(last.month)}}
                                                : year_month{a.year(), a.month()};
        const year_month ym = base + months{s.offset};
        return fmt_year(int(ym.year())) + "-" + fmt2(int(unsigned(ym.month())));
    }
    if (s.unit == Unit::day) {  // "the previous day": beside the last day the text named, else the anchor
        sys_days base{a};
        if (last.month_year && last.day) {
            const year_month_day d{year{last.month_year}, month{unsigned(last.month)}, day{unsigned(last.day)}};
            if (d.ok()) base = sys_days{d};
        } else if (last.month_year) {
            // "last October ... that same day": a day of the month named, which one the text does not say
            return fmt_year(last.month_year) + "-" + fmt2(last.month) + "-XX";
        }
        return fmt_day(year_month_day{base + days{s.offset}});
    }
    if (s.from_named_year) {  // "the following year", "that year"
        return fmt_year((last.year ? last.year : int(a.year())) + s.offset);
    }
    if (s.year) {  // "the 1988 quarter": that year's quarter of the same number as the last one named
        if (last.quarter_year && !last.year_to_date) return fmt_year(s.year) + "-Q" + std::to_string(last.quarter);
        return fmt_year(s.year);
    }
    // Financial news compares quarters: after a quarter is named, "a year ago" is that quarter a year before.
    if (last.quarter_year && !(last.year_to_date && s.unit != Unit::quarter)) {
        return fmt_year(last.quarter_year + s.offset) + "-Q" + std::to_string(last.quarter);
    }
    if (s.unit == Unit::quarter) {
        // "the quarter" with no quarter named yet: the last full quarter before the anchor.
        const int index = int(a.year()) * 4 + (int(unsigned(a.month())) - 1) / 3 - 1 + 4 * s.offset;
        return fmt_year(index / 4) + "-Q" + std::to_string(index % 4 + 1);
    }
    return fmt_year(int(a.year()) + s.offset);
}

}  // namespace

IsoWeek iso_week(sys_days day) noexcept {
    const int wd = int(weekday(day).iso_encoding());
    const sys_days thursday = day + days{4 - wd};
    const year_month_day t{thursday};
    const sys_days jan1{t.year() / January / 1};
    return IsoWeek{int(t.year()), unsigned((thursday - jan1).count() / 7 + 1)};
}

namespace {

// A day value ("2000-02-22", "2000-02-22TNI") moved by `shift` days; other values (weeks, PAST_REF) unchanged, as
// "the day before last week" names no single day.
std::string shift_day(const std::string& value, int shift) {
    const auto digits = [&](std::size_t at, std::size_t n) {
        for (std::size_t k = at; k < at + n; ++k) {
            if (value[k] < '0' || value[k] > '9') return false;
        }
        return true;
    };
    if (value.size() < 10 || !digits(0, 4) || value[4] != '-' || !digits(5, 2) || value[7] != '-' || !digits(8, 2)) {
        return value;
    }
    const year_month_day d{year{std::stoi(value.substr(0, 4))}, month{unsigned(std::stoi(value.substr(5, 2)))},
                           day{unsigned(std::stoi(value.substr(8, 2)))}};
    if (!d.ok()) return value;
    return fmt_day(year_month_day{sys_days{d} + days{shift}}) + value.substr(10);
}

std::string resolve_kind(const Spec& spec, std::optional<CivilDate> anchor, Tense tense, Reference& last) {
    switch (spec.kind) {
        case SpecKind::literal:
            // TBAQ: after "the nine months", "a year earlier" is written as the year (8 of 10), not the quarter.
            if (spec.literal == "P9M" || spec.literal == "P6M") last.year_to_date = true;
            return spec.literal;
        case SpecKind::calendar: return resolve_calendar(spec, anchor, tense, last);
        case SpecKind::relative:
            if (!anchor) return unanchored(spec.offset);
            return resolve_relative(spec, *anchor, tense, last);
        case SpecKind::weekday:
            if (!anchor) return "XXXX-WXX-" + std::to_string(spec.weekday) + spec.time_suffix;
            return resolve_weekday(spec, *anchor, tense, last);
        case SpecKind::anaphoric:
            if (!anchor) return unanchored(spec.offset);
            return resolve_anaphoric(spec, *anchor, last);
    }
    return spec.literal;
}

}  // namespace

std::string resolve(const Spec& spec, std::optional<CivilDate> anchor, Tense tense, Reference& last) {
    std::string value = resolve_kind(spec, anchor, tense, last);
    const int shift = spec.shift_days - (spec.night_before && tense != Tense::future ? 1 : 0);
    return shift ? shift_day(value, shift) : value;
}

}  // namespace newsdex::extract::timex
