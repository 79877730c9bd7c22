// Date syntax validation: a wrong date is a query error with a reason, never an empty result.
#include "search/date_range.h"

#include "core/date.h"

#include <chrono>
#include <cstdio>

#include "core/error.h"

namespace newsdex::search {
namespace {

std::string format_ymd(int y, int m, int d) {
    return format_compact_date(std::chrono::year{y} / std::chrono::month{unsigned(m)} / std::chrono::day{unsigned(d)});
}

bool all_digits(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s) {
        if (c < '0' || c > '9') return false;
    }
    return true;
}

int to_int(std::string_view s) {
    int v = 0;
    for (char c : s) v = v * 10 + (c - '0');
    return v;
}

int days_in_month(int y, int m) {
    using namespace std::chrono;
    return static_cast<int>(
        static_cast<unsigned>(year_month_day_last(year(y), month_day_last(month(static_cast<unsigned>(m)))).day()));
}

}  // namespace

std::string PartialDate::first_day() const { return format_ymd(year, month ? month : 1, day ? day : 1); }

std::string PartialDate::last_day() const {
    int m = month ? month : 12;
    return format_ymd(year, m, day ? day : days_in_month(year, m));
}

std::string PartialDate::iso() const { return format_partial_date(year, month, day); }

std::optional<PartialDate> parse_partial_date(std::string_view text, std::string& why) {
    std::string_view parts[3];
    std::size_t count = 0;
    if (all_digits(text) && text.size() == 8) {
        parts[0] = text.substr(0, 4);
        parts[1] = text.substr(4, 2);
        parts[2] = text.substr(6, 2);
        count = 3;
    } else {
        std::size_t start = 0;
        while (count < 3) {
            std::size_t dash = text.find('-', start);
            parts[count++] = text.substr(start, dash == std::string_view::npos ? std::string_view::npos : dash - start);
            if (dash == std::string_view::npos) break;
            start = dash + 1;
            if (count == 3) {
                why = "expected YYYY, YYYY-MM or YYYY-MM-DD";
                return std::nullopt;
            }
        }
    }
    if (parts[0].size() != 4 || !all_digits(parts[0])) {
        why = "expected YYYY, YYYY-MM or YYYY-MM-DD";
        return std::nullopt;
    }
    PartialDate date;
    date.year = to_int(parts[0]);
    if (count >= 2) {
        if (parts[1].size() < 1 || parts[1].size() > 2 || !all_digits(parts[1])) {
            why = "expected a month 01-12";
            return std::nullopt;
        }
        date.month = to_int(parts[1]);
        if (date.month < 1 || date.month > 12) {
            why = "month " + std::string(parts[1]) + " is not 01-12";
            return std::nullopt;
        }
    }
    if (count == 3) {
        if (parts[2].size() < 1 || parts[2].size() > 2 || !all_digits(parts[2])) {
            why = "expected a day of the month";
            return std::nullopt;
        }
        date.day = to_int(parts[2]);
        int last = days_in_month(date.year, date.month);
        if (date.day < 1 || date.day > last) {
            why = "day " + std::string(parts[2]) + " does not exist in " + date.iso().substr(0, 7);
            return std::nullopt;
        }
    }
    return date;
}

DateRange parse_date_range(std::string_view text) {
    DateRange range;
    auto parse_end = [&](std::string_view part) -> std::optional<PartialDate> {
        if (part.empty()) return std::nullopt;
        std::string why;
        auto date = parse_partial_date(part, why);
        if (!date) throw Error(ErrorKind::query, "invalid date '" + std::string(part) + "': " + why);
        return date;
    };
    std::size_t dots = text.find("..");
    if (dots == std::string_view::npos) {
        if (text.empty()) throw Error(ErrorKind::query, "empty date");
        range.from = parse_end(text);
        range.to = range.from;
        return range;
    }
    range.is_range = true;
    range.from = parse_end(text.substr(0, dots));
    range.to = parse_end(text.substr(dots + 2));
    if (!range.from && !range.to) throw Error(ErrorKind::query, "date range '..' needs at least one end");
    if (range.from && range.to && range.from->first_day() > range.to->last_day()) {
        throw Error(ErrorKind::query, "date range '" + std::string(text) + "' ends before it starts");
    }
    return range;
}

}  // namespace newsdex::search
