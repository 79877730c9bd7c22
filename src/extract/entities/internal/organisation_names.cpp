// Canonical forms of organisation names: see organisation_names.h.
#include "extract/entities/internal/organisation_names.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace newsdex::extract {
namespace {

// Compared case-insensitively with dots removed ("Inc." = "INC", "N.V." = "NV").
constexpr std::array<std::string_view, 16> legal_forms = {"inc",  "corp", "corporation",  "co", "ltd", "limited",
                                                          "plc",  "llc",  "lp",           "ag", "sa",  "nv",
                                                          "gmbh", "spa",  "incorporated", "cos"};

std::string key_of(std::string_view word) {
    std::string key;
    for (char c : word) {
        if (c == '.') continue;
        key += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return key;
}

bool is_legal_form(std::string_view word) {
    const std::string key = key_of(word);
    return std::find(legal_forms.begin(), legal_forms.end(), key) != legal_forms.end();
}

bool is_separator(char c) { return c == ' ' || c == ','; }

}  // namespace

std::string without_legal_form(std::string_view name) {
    std::string_view rest = name;
    bool stripped = false;
    for (;;) {
        while (!rest.empty() && is_separator(rest.back())) rest.remove_suffix(1);
        const std::size_t space = rest.find_last_of(" ,");
        if (space == std::string_view::npos) break;  // one word left: keep it
        const std::string_view last = rest.substr(space + 1);
        if (is_legal_form(last)) {
            rest = rest.substr(0, space);
            stripped = true;
        } else if (stripped && (last == "&" || key_of(last) == "and")) {
            rest = rest.substr(0, space);  // "Merrill Lynch & Co", "WELLS FARGO AND CO": the "and" went with the "Co"
        } else {
            break;
        }
    }
    while (!rest.empty() && is_separator(rest.back())) rest.remove_suffix(1);
    if (!stripped || rest.empty()) return std::string(name);
    return std::string(rest);
}

}  // namespace newsdex::extract
