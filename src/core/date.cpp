// Calendar dates: the metadata date parser (ISO 8601, RFC 2822, US numeric, Reuters, epoch) and the formatters.
#include "core/date.h"

#include <array>
#include <charconv>
#include <cstdio>
#include <vector>

namespace newsdex {
namespace {

using namespace std::chrono;

constexpr std::array<DateWord, 24> month_table{{
    {"january", 1, false},   {"february", 2, false}, {"march", 3, false},     {"april", 4, false},
    {"may", 5, false},       {"june", 6, false},     {"july", 7, false},      {"august", 8, false},
    {"september", 9, false}, {"october", 10, false}, {"november", 11, false}, {"december", 12, false},
    {"jan", 1, true},        {"feb", 2, true},       {"mar", 3, true},        {"apr", 4, true},
    {"jun", 6, true},        {"jul", 7, true},       {"aug", 8, true},        {"sep", 9, true},
    {"oct", 10, true},       {"nov", 11, true},      {"dec", 12, true},       {"sept", 9, true},
}};

constexpr std::array<DateWord, 16> weekday_table{{
    {"monday", 1, false},
    {"tuesday", 2, false},
    {"wednesday", 3, false},
    {"thursday", 4, false},
    {"friday", 5, false},
    {"saturday", 6, false},
    {"sunday", 7, false},
    {"mon", 1, true},
    {"tue", 2, true},
    {"wed", 3, true},
    {"thu", 4, true},
    {"fri", 5, true},
    {"sat", 6, true},
    {"sun", 7, true},
    {"tues", 2, true},
    {"thurs", 4, true},
}};

int number_in(std::span<const DateWord> table, std::string_view word) {
    std::string lower(word);
    for (char& c : lower) {
        if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
    }
    for (const DateWord& entry : table) {
        if (entry.word == lower) return entry.number;
    }
    return 0;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

long long to_number(std::string_view digits) {
    long long v = 0;
    std::from_chars(digits.data(), digits.data() + digits.size(), v);
    return v;
}

int expand_year(std::string_view digits) {
    const int y = int(to_number(digits));
    if (digits.size() == 2) return y < 50 ? 2000 + y : 1900 + y;  // RFC 2822 §4.3 obsolete two-digit years
    return digits.size() == 4 ? y : -1;
}

// Words and digit runs of a date string, punctuation dropped but remembered as separators.
struct Piece {
    std::string_view text;
    bool digits = false;
    char separator_after = ' ';
};

std::vector<Piece> pieces(std::string_view s) {
    std::vector<Piece> out;
    std::size_t i = 0;
    while (i < s.size()) {
        if (is_digit(s[i]) || is_alpha(s[i])) {
            const bool digits = is_digit(s[i]);
            std::size_t j = i;
            while (j < s.size() && (digits ? is_digit(s[j]) : is_alpha(s[j]))) ++j;
            out.push_back(Piece{s.substr(i, j - i), digits, ' '});
            i = j;
        } else {
            if (!out.empty() && s[i] != ' ' && out.back().separator_after == ' ') out.back().separator_after = s[i];
            ++i;
        }
    }
    return out;
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n' || s.front() == '\r')) {
        s.remove_prefix(1);
    }
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r')) {
        s.remove_suffix(1);
    }
    return s;
}

constexpr const char* unknown_format = "not a date format newsdex reads";

std::string two_digits(long long v) { return std::string(v >= 0 && v < 10 ? "0" : "").append(std::to_string(v)); }

// make_date with the reason it failed.
DateValue checked_date(long long y, long long m, long long d) {
    if (auto date = make_date(y, m, d)) return {date, {}};
    if (y < 1 || y > 9999) return {std::nullopt, "year " + std::to_string(y) + " is out of range (1-9999)"};
    if (m < 1 || m > 12) return {std::nullopt, "month " + std::to_string(m) + " does not exist"};
    return {std::nullopt, "no such day: " + std::to_string(y) + "-" + two_digits(m) + "-" + two_digits(d)};
}

// All digits: epoch seconds (9-11 digits, UTC) or YYYYMMDD.
DateValue parse_digits_only(std::string_view s) {
    if (s.size() >= 9 && s.size() <= 11) {
        const long long seconds = to_number(s);
        return {year_month_day{floor<days>(sys_seconds{std::chrono::seconds{seconds}})}, {}};
    }
    if (s.size() == 8)
        return checked_date(to_number(s.substr(0, 4)), to_number(s.substr(4, 2)), to_number(s.substr(6, 2)));
    return {std::nullopt, unknown_format};
}

// The first three pieces (after an optional weekday) in one of the written orders; no problem named when the
// pieces are in no order this reads.
DateValue parse_three_pieces(const Piece& a, const Piece& b, const Piece& c, DateOrder order, bool* ambiguous) {
    // ISO 8601 and 2015/12/15: the date as written, whatever time and offset follow.
    if (a.digits && a.text.size() == 4 && b.digits && c.digits &&
        (a.separator_after == '-' || a.separator_after == '/')) {
        if (b.text.size() > 2 || c.text.size() > 2) return {};
        return checked_date(to_number(a.text), to_number(b.text), to_number(c.text));
    }
    // 12/15/2015, 15/12/2015: the one way each can be read; 02/03/2021 as `order` says (issue 15).
    if (a.digits && b.digits && c.digits && a.separator_after == '/' && b.separator_after == '/') {
        const int y = expand_year(c.text);
        const long long first = to_number(a.text);
        const long long second = to_number(b.text);
        if (first > 12 && second <= 12) return checked_date(y, second, first);
        if (second > 12) return checked_date(y, first, second);
        if (ambiguous != nullptr) *ambiguous = first != second;
        return order == DateOrder::dmy ? checked_date(y, second, first) : checked_date(y, first, second);
    }
    // 15 Dec 2015, 15-DEC-2015 10:21:33.44 (Reuters-21578), Tue, 15 Dec 2015 10:00:00 +0000.
    if (a.digits && !b.digits && c.digits && a.text.size() <= 2) {
        const int m = month_number(b.text);
        if (!m) return {};
        return checked_date(expand_year(c.text), m, to_number(a.text));
    }
    // December 15, 2015; Dec. 15 2015.
    if (!a.digits && b.digits && c.digits && b.text.size() <= 2) {
        const int m = month_number(a.text);
        if (!m) return {};
        return checked_date(expand_year(c.text), m, to_number(b.text));
    }
    return {};
}

// A time of day after the date ("T25:61:61", " 10:21:33.44"): hours and minutes, maybe seconds, joined by ':'.
// Empty when there is none or it is a real time (24:00:00 and a leap second 23:59:60 are real).
std::string time_problem(const std::vector<Piece>& p, std::size_t from) {
    if (from < p.size() && !p[from].digits && (p[from].text == "T" || p[from].text == "t")) ++from;
    if (from + 1 >= p.size() || !p[from].digits || p[from].separator_after != ':' || !p[from + 1].digits) return {};
    const long long h = to_number(p[from].text);
    const long long m = to_number(p[from + 1].text);
    const bool has_seconds = p[from + 1].separator_after == ':' && from + 2 < p.size() && p[from + 2].digits;
    const long long sec = has_seconds ? to_number(p[from + 2].text) : 0;
    const bool ok = p[from].text.size() <= 2 && p[from + 1].text.size() == 2 && m <= 59 && sec <= 60 &&
                    (h <= 23 || (h == 24 && m == 0 && sec == 0));
    if (ok) return {};
    std::string shown = std::string(p[from].text) + ":" + std::string(p[from + 1].text);
    if (has_seconds) shown.append(":").append(p[from + 2].text);
    return "time " + shown + " is not a time of day";
}

}  // namespace

std::optional<CivilDate> make_date(long long y, long long m, long long d) {
    if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > 31) return std::nullopt;
    const year_month_day ymd{year{int(y)}, month{unsigned(m)}, day{unsigned(d)}};
    if (!ymd.ok()) return std::nullopt;
    return ymd;
}

std::span<const DateWord> month_words() { return month_table; }
std::span<const DateWord> weekday_words() { return weekday_table; }
int month_number(std::string_view word) { return number_in(month_table, word); }
int weekday_number(std::string_view word) { return number_in(weekday_table, word); }

DateValue read_date_value(std::string_view text, DateOrder order, bool* ambiguous) {
    const std::string_view s = trim(text);
    if (s.empty()) return {std::nullopt, unknown_format};
    // "-0001-01-01" was read as 0001-01-01 (issue 17): a sign is not punctuation here.
    if (s.size() > 1 && (s[0] == '-' || s[0] == '+') && is_digit(s[1])) {
        return {std::nullopt, "a year with a sign is out of range (1-9999)"};
    }
    bool all_digits = true;
    for (char c : s) all_digits = all_digits && is_digit(c);
    if (all_digits) return parse_digits_only(s);
    const auto p = pieces(s);
    std::size_t k = 0;
    if (!p.empty() && !p[0].digits && weekday_number(p[0].text) != 0) ++k;  // "Tue, 15 Dec 2015"
    if (p.size() < k + 3) return {std::nullopt, unknown_format};
    DateValue value = parse_three_pieces(p[k], p[k + 1], p[k + 2], order, ambiguous);
    if (!value.date) {
        if (value.problem.empty()) value.problem = unknown_format;
        return value;
    }
    // "1987-03-01T25:61:61" gave 1987-03-01 (issue 17): a time that is not one makes the whole value suspect.
    if (std::string problem = time_problem(p, k + 3); !problem.empty()) return {std::nullopt, std::move(problem)};
    return value;
}

std::optional<CivilDate> parse_date_value(std::string_view text, DateOrder order, bool* ambiguous) {
    return read_date_value(text, order, ambiguous).date;
}

std::string format_iso_date(CivilDate date) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", int(date.year()), unsigned(date.month()), unsigned(date.day()));
    return buf;
}

std::string format_compact_date(CivilDate date) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d%02u%02u", int(date.year()), unsigned(date.month()), unsigned(date.day()));
    return buf;
}

std::string format_partial_date(int year, int month, int day) {
    char buf[16];
    if (month == 0) {
        std::snprintf(buf, sizeof buf, "%04d", year);
    } else if (day == 0) {
        std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
    } else {
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    }
    return buf;
}

}  // namespace newsdex
