// newsdex-tag-dates: reads one document on stdin and prints its temporal expressions as JSON (for scripts/eval-dates).
#include <cstdio>
#include <iostream>
#include <iterator>
#include <string>

#include "extract/publication_date.h"
#include "extract/temporal_tagger.h"

namespace {

void print_json_string(std::string& out, std::string_view s) {
    out += '"';
    for (const char c : s) {
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) {
                    char buf[8];
                    std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(static_cast<unsigned char>(c)));
                    out += buf;
                } else {
                    out += c;
                }
        }
    }
    out += '"';
}

}  // namespace

int main(int argc, char** argv) {
    std::optional<newsdex::CivilDate> anchor;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--date" && i + 1 < argc) {
            anchor = newsdex::extract::parse_date_value(argv[++i]);
            if (!anchor) {
                std::cerr << "newsdex-tag-dates: --date: not a date: " << argv[i] << "\n";
                return 2;
            }
        } else if (arg == "--help" || arg == "-h") {
            std::cout << "usage: newsdex-tag-dates [--date YYYY-MM-DD] < document\n";
            return 0;
        } else if (arg != "-") {
            std::cerr << "newsdex-tag-dates: unknown argument: " << arg << "\n";
            return 2;
        }
    }
    const std::string text((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
    const auto mentions = newsdex::extract::find_temporal_expressions(text, anchor);
    std::string out = "{\"dates\":[";
    for (std::size_t i = 0; i < mentions.size(); ++i) {
        const auto& m = mentions[i];
        if (i) out += ',';
        out += "{\"text\":";
        print_json_string(out, m.text);
        out += ",\"type\":";
        print_json_string(out, m.type);
        out += ",\"value\":";
        print_json_string(out, m.value);
        out += ",\"start\":" + std::to_string(m.start) + ",\"end\":" + std::to_string(m.end) + "}";
    }
    out += "]}\n";
    std::cout << out;
    return 0;
}
