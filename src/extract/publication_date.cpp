// Publication dates from metadata strings (ISO 8601, RFC 2822, US numeric, Reuters, epoch) and from datelines.
#include "extract/publication_date.h"

#include <charconv>
#include <cstdio>
#include <vector>

#include "extract/timex_lexicon.h"
#include "extract/timex_matcher.h"
#include "extract/timex_tokens.h"

namespace newsdex::extract {
namespace {

using namespace std::chrono;

// How far into the text a dateline may start, in bytes: headline, byline and photo caption come first.
constexpr std::size_t dateline_window = 600;

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

std::optional<CivilDate> make_date(long long y, long long m, long long d) {
    if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > 31) return std::nullopt;
    const year_month_day ymd{year{int(y)}, month{unsigned(m)}, day{unsigned(d)}};
    if (!ymd.ok()) return std::nullopt;
    return ymd;
}

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

int month_of(std::string_view word) {
    std::string lower(word);
    for (char& c : lower) {
        if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
    }
    const timex::LexEntry* e = timex::lookup(lower);
    return e ? e->month : 0;
}

bool is_weekday(std::string_view word) {
    std::string lower(word);
    for (char& c : lower) {
        if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
    }
    const timex::LexEntry* e = timex::lookup(lower);
    return e && e->weekday;
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

}  // namespace

std::optional<CivilDate> parse_date_value(std::string_view text) {
    const std::string_view s = trim(text);
    if (s.empty()) return std::nullopt;
    bool all_digits = true;
    for (char c : s) all_digits = all_digits && is_digit(c);
    if (all_digits) {
        if (s.size() >= 9 && s.size() <= 11) {
            const long long seconds = to_number(s);
            return year_month_day{floor<days>(sys_seconds{std::chrono::seconds{seconds}})};
        }
        if (s.size() == 8)
            return make_date(to_number(s.substr(0, 4)), to_number(s.substr(4, 2)), to_number(s.substr(6, 2)));
        return std::nullopt;
    }
    const auto p = pieces(s);
    if (p.size() < 3) return std::nullopt;
    std::size_t k = 0;
    if (!p[0].digits && is_weekday(p[0].text)) ++k;  // "Tue, 15 Dec 2015"
    if (p.size() < k + 3) return std::nullopt;
    const Piece& a = p[k];
    const Piece& b = p[k + 1];
    const Piece& c = p[k + 2];
    // ISO 8601 and 2015/12/15: the date as written, whatever time and offset follow.
    if (a.digits && a.text.size() == 4 && b.digits && c.digits &&
        (a.separator_after == '-' || a.separator_after == '/')) {
        if (b.text.size() > 2 || c.text.size() > 2) return std::nullopt;
        return make_date(to_number(a.text), to_number(b.text), to_number(c.text));
    }
    // 12/15/2015 (US order; 15/12/2015 when the first number cannot be a month).
    if (a.digits && b.digits && c.digits && a.separator_after == '/' && b.separator_after == '/') {
        const int y = expand_year(c.text);
        const long long first = to_number(a.text);
        const long long second = to_number(b.text);
        if (first > 12 && second <= 12) return make_date(y, second, first);
        return make_date(y, first, second);
    }
    // 15 Dec 2015, 15-DEC-2015 10:21:33.44 (Reuters-21578), Tue, 15 Dec 2015 10:00:00 +0000.
    if (a.digits && !b.digits && c.digits && a.text.size() <= 2) {
        const int m = month_of(b.text);
        if (!m) return std::nullopt;
        return make_date(expand_year(c.text), m, to_number(a.text));
    }
    // December 15, 2015; Dec. 15 2015.
    if (!a.digits && b.digits && c.digits && b.text.size() <= 2) {
        const int m = month_of(a.text);
        if (!m) return std::nullopt;
        return make_date(expand_year(c.text), m, to_number(b.text));
    }
    return std::nullopt;
}

std::optional<Dateline> find_dateline(std::string_view text, std::optional<CivilDate> reference) {
    const std::string_view head = text.substr(0, std::min(text.size(), dateline_window + 40));
    const timex::TokenStream tokens(head);
    const timex::Matcher m(tokens);
    auto is_dash = [](const timex::Token& t) {
        return t.is("-") || t.is("_") || t.lower == "\xe2\x80\x94" || t.lower == "\xe2\x80\x93" || t.is("(") ||
               t.is(")") || t.is("/") || t.is(":");
    };
    for (std::size_t i = 0; i < tokens.size() && tokens[i].start < dateline_window; ++i) {
        std::size_t j = 0;
        int month = 0;
        int day = 0;
        int year = 0;
        bool two_digit = false;
        std::size_t end = 0;
        if ((month = m.month(i, j))) {
            std::size_t k = 0;
            day = m.day_of_month(j, k);
            if (!day) continue;
            std::size_t after = tokens.at(std::ptrdiff_t(k)).is_punct(',') ? k + 1 : k;
            std::size_t y_end = 0;
            year = m.year(after, y_end, two_digit);
            if (two_digit) year = 0;
            end = year ? y_end : k;
        } else if ((day = m.day_of_month(i, j))) {
            std::size_t k = j;
            // "15-DEC-2015" (Reuters-21578), "20. April 2016" (the European ordinal dot)
            if ((tokens.at(std::ptrdiff_t(k)).is("-") || tokens.at(std::ptrdiff_t(k)).is_punct('.')) &&
                !tokens.at(std::ptrdiff_t(k)).space_before) {
                ++k;
            }
            // Reuters-21578 writes the month in capitals: "15-DEC-2015".
            const auto& w = tokens.at(std::ptrdiff_t(k));
            const timex::LexEntry* e = w.is_word() ? timex::lookup(w.lower) : nullptr;
            if (!e || !e->month) continue;
            month = e->month;
            std::size_t after = k + 1;
            if (tokens.at(std::ptrdiff_t(after)).is_punct('.') && !tokens.at(std::ptrdiff_t(after)).space_before)
                ++after;
            if (tokens.at(std::ptrdiff_t(after)).is("-") || tokens.at(std::ptrdiff_t(after)).is_punct(',')) ++after;
            std::size_t y_end = 0;
            year = m.year(after, y_end, two_digit);
            if (two_digit || !year) continue;
            end = y_end;
        } else {
            continue;
        }
        const auto& prev = tokens.at(std::ptrdiff_t(i) - 1);
        const auto& next = tokens.at(std::ptrdiff_t(end));
        const bool line_start = tokens[i].newline_before || i == 0;
        const bool framed =
            line_start || is_dash(prev) || is_dash(next) || next.newline_before ||
            (prev.is_punct(',') && tokens.at(std::ptrdiff_t(i) - 2).is_word() &&
             !tokens.at(std::ptrdiff_t(i) - 2).lower.empty() && head[tokens.at(std::ptrdiff_t(i) - 2).start] >= 'A' &&
             head[tokens.at(std::ptrdiff_t(i) - 2).start] <= 'Z');
        if (!framed) continue;
        std::optional<CivilDate> date;
        if (year) {
            date = make_date(year, month, day);
        } else if (reference) {
            // The year that puts the dateline nearest to the reference date.
            const int ry = int(reference->year());
            long best = -1;
            for (int y = ry - 1; y <= ry + 1; ++y) {
                const auto candidate = make_date(y, month, day);
                if (!candidate) continue;
                const long distance = std::labs(long((sys_days{*candidate} - sys_days{*reference}).count()));
                if (best < 0 || distance < best) {
                    best = distance;
                    date = candidate;
                }
            }
        }
        if (!date) continue;
        return Dateline{*date, tokens[i].start, tokens[end - 1].end};
    }
    return std::nullopt;
}

std::string format_date(CivilDate date) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", int(date.year()), unsigned(date.month()), unsigned(date.day()));
    return buf;
}

}  // namespace newsdex::extract
