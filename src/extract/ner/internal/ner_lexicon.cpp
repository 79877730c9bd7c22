// Word-level helpers and lexical resources of the entity recognizer: normalised forms, shapes, the casing
// table learned from unlabeled news and the gazetteer of names seen in training.
#include "extract/ner/internal/ner_lexicon.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <bit>

namespace newsdex::extract::ner {
namespace {

template <typename F>
void for_each_code_point(std::string_view s, F&& f) {
    const auto* bytes = reinterpret_cast<const uint8_t*>(s.data());
    const auto length = static_cast<int32_t>(s.size());
    int32_t i = 0;
    while (i < length) {
        UChar32 c;
        U8_NEXT(bytes, i, length, c);
        if (c < 0) c = 0xFFFD;
        f(c);
    }
}

void append_utf8(std::string& out, UChar32 c) {
    char buffer[4];
    int32_t length = 0;
    UBool error = false;
    U8_APPEND(reinterpret_cast<uint8_t*>(buffer), length, 4, c, error);
    if (!error) out.append(buffer, static_cast<std::size_t>(length));
}

constexpr bool ascii_upper(UChar32 c) { return c >= 'A' && c <= 'Z'; }
constexpr bool ascii_lower(UChar32 c) { return c >= 'a' && c <= 'z'; }

// ICU's classes restricted to ASCII are these, so ASCII skips the ICU calls.
bool is_upper_or_title(UChar32 c) { return c < 0x80 ? ascii_upper(c) : u_isupper(c) || u_istitle(c); }
bool is_alpha(UChar32 c) { return c < 0x80 ? ascii_upper(c) || ascii_lower(c) : u_isalpha(c); }
bool is_lower(UChar32 c) { return c < 0x80 ? ascii_lower(c) : u_islower(c); }

char shape_class(UChar32 c) {
    if (c < 0x80) {
        if (ascii_upper(c)) return 'X';
        if (ascii_lower(c)) return 'x';
        if (c >= '0' && c <= '9') return 'd';
        return static_cast<char>(c);
    }
    if (u_isupper(c) || u_istitle(c)) return 'X';
    if (u_isalpha(c)) return 'x';
    if (u_isdigit(c)) return 'd';
    if (c < 0x80) return static_cast<char>(c);
    return '*';
}

}  // namespace

std::uint64_t ByteTable::hash(std::string_view key) {
    std::uint64_t h = 14695981039346656037ull;
    for (const char ch : key) {
        h ^= static_cast<unsigned char>(ch);
        h *= 1099511628211ull;
    }
    return h;
}

const std::uint8_t* ByteTable::find(std::string_view key) const {
    if (slots_.empty()) return nullptr;
    const std::uint64_t h = hash(key);
    const std::uint64_t tag = h >> 32 << 32;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t at = home(h);; at = (at + 1) & mask) {
        const std::uint64_t slot = slots_[at];
        if (slot == 0) return nullptr;
        if ((slot & ~0xffffffffull) != tag) continue;
        const auto& item = items_[(slot & 0xffffffffull) - 1];
        if (item.first == key) return &item.second;
    }
}

std::uint8_t& ByteTable::operator[](std::string_view key) {
    if (const std::uint8_t* found = find(key)) return const_cast<std::uint8_t&>(*found);
    if ((items_.size() + 1) * 2 > slots_.size()) grow();
    items_.emplace_back(std::string(key), 0);
    const std::uint64_t h = hash(key);
    const std::size_t mask = slots_.size() - 1;
    std::size_t at = home(h);
    while (slots_[at] != 0) at = (at + 1) & mask;
    slots_[at] = (h >> 32 << 32) | items_.size();
    return items_.back().second;
}

void ByteTable::grow() {
    const std::size_t capacity = std::max<std::size_t>(16, slots_.size() * 2);
    shift_ = 64 - static_cast<unsigned>(std::countr_zero(capacity));
    slots_.assign(capacity, 0);
    for (std::size_t i = 0; i < items_.size(); ++i) {
        const std::uint64_t h = hash(items_[i].first);
        std::size_t at = home(h);
        while (slots_[at] != 0) at = (at + 1) & (capacity - 1);
        slots_[at] = (h >> 32 << 32) | (i + 1);
    }
}

std::string normalise_word(std::string_view word) {
    if (std::all_of(word.begin(), word.end(), [](char ch) { return static_cast<unsigned char>(ch) < 0x80; })) {
        return std::string(word);
    }
    std::string out;
    for_each_code_point(word, [&](UChar32 c) {
        switch (c) {
            case 0x201C:
            case 0x201D:
            case 0x201E:
            case 0x00AB:
            case 0x00BB: out += '"'; break;
            case 0x2018:
            case 0x2019:
            case 0x201A:
            case 0x2032: out += '\''; break;
            case 0x2010:
            case 0x2011:
            case 0x2012:
            case 0x2013:
            case 0x2014:
            case 0x2015:
            case 0x2212: out += '-'; break;
            case 0x2026: out += "..."; break;
            case 0x00A0: out += ' '; break;
            default: append_utf8(out, c);
        }
    });
    return out;
}

std::string lower_word(std::string_view word) {
    std::string out;
    out.reserve(word.size());
    for (const char ch : word) {
        if (static_cast<unsigned char>(ch) >= 0x80) {
            out.clear();
            for_each_code_point(word, [&](UChar32 c) { append_utf8(out, u_tolower(c)); });
            return out;
        }
        out += (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch - 'A' + 'a') : ch;
    }
    return out;
}

std::string word_shape(std::string_view word) {
    std::string out;
    for_each_code_point(word, [&](UChar32 c) {
        if (out.size() < 12) out += shape_class(c);
    });
    return out;
}

std::string short_shape(std::string_view word) {
    std::string out;
    for_each_code_point(word, [&](UChar32 c) {
        const char k = shape_class(c);
        if (out.empty() || out.back() != k || !(k == 'X' || k == 'x' || k == 'd')) out += k;
    });
    return out;
}

std::string title_word(std::string_view lower) {
    std::string out;
    bool first = true;
    for_each_code_point(lower, [&](UChar32 c) {
        append_utf8(out, first ? u_totitle(c) : c);
        first = false;
    });
    return out;
}

std::string upper_word(std::string_view word) {
    std::string out;
    for_each_code_point(word, [&](UChar32 c) { append_utf8(out, u_toupper(c)); });
    return out;
}

bool starts_upper(std::string_view word) {
    bool result = false, first = true;
    for_each_code_point(word, [&](UChar32 c) {
        if (first) result = is_upper_or_title(c);
        first = false;
    });
    return result;
}

bool has_letter(std::string_view word) {
    bool result = false;
    for_each_code_point(word, [&](UChar32 c) { result = result || is_alpha(c); });
    return result;
}

bool is_all_upper(std::string_view word) {
    bool letter = false, lower = false;
    for_each_code_point(word, [&](UChar32 c) {
        letter = letter || is_alpha(c);
        lower = lower || is_lower(c);
    });
    return letter && !lower;
}

void CasingTable::count(std::string_view lower, bool capitalised, bool all_upper) {
    auto it = counts_.find(lower);
    if (it == counts_.end()) it = counts_.emplace(std::string(lower), Counts{}).first;
    auto& entry = it->second;
    entry.capitalised += capitalised ? 1 : 0;
    entry.upper += all_upper ? 1 : 0;
    entry.total += 1;
}

void CasingTable::finish(std::uint32_t min_count) {
    for (const auto& [word, c] : counts_) {
        if (c.total < min_count) continue;
        const double share = static_cast<double>(c.capitalised) / c.total;
        std::uint8_t b = share < 0.05 ? 0 : share < 0.3 ? 1 : share < 0.7 ? 2 : share < 0.95 ? 3 : 4;
        if (c.upper * 2 > c.total && word.size() > 1) b = acronym;
        buckets_[word] = b;
    }
    counts_.clear();
}

std::uint8_t CasingTable::bucket(std::string_view lower) const {
    const std::uint8_t* found = buckets_.find(lower);
    return found ? *found : unknown;
}

std::vector<std::pair<std::string, std::uint8_t>> CasingTable::entries() const {
    std::vector<std::pair<std::string, std::uint8_t>> out = buckets_.items();
    std::sort(out.begin(), out.end());
    return out;
}

void Gazetteer::add(const std::vector<std::string>& lower_words, std::size_t type) {
    if (lower_words.empty() || lower_words.size() > max_words) return;
    std::string joined;
    for (const auto& w : lower_words) {
        if (!joined.empty()) joined += ' ';
        joined += w;
    }
    auto& mask = names_[joined];
    if ((mask & ~longer) == 0) ++size_;
    mask |= static_cast<std::uint8_t>(1u << type);
    mark_prefixes(joined);
}

void Gazetteer::set(std::string joined, std::uint8_t mask) {
    mask &= static_cast<std::uint8_t>(~longer);
    mark_prefixes(joined);
    auto& entry = names_[joined];
    if ((entry & ~longer) == 0 && mask != 0) ++size_;
    if ((entry & ~longer) != 0 && mask == 0) --size_;
    entry = static_cast<std::uint8_t>((entry & longer) | mask);
}

void Gazetteer::mark_prefixes(std::string_view joined) {
    for (std::size_t space = joined.find(' '); space != std::string_view::npos; space = joined.find(' ', space + 1)) {
        const auto prefix = joined.substr(0, space);
        names_[prefix] |= longer;
    }
}

std::uint8_t Gazetteer::lookup(std::string_view joined) const {
    const std::uint8_t* found = names_.find(joined);
    return found ? *found : 0;
}

std::vector<std::pair<std::string, std::uint8_t>> Gazetteer::entries() const {
    std::vector<std::pair<std::string, std::uint8_t>> out;
    out.reserve(size_);
    for (const auto& [name, mask] : names_.items()) {
        if ((mask & ~longer) != 0) out.emplace_back(name, static_cast<std::uint8_t>(mask & ~longer));
    }
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace newsdex::extract::ner
