// newsdex-tag-dates: prints the temporal expressions of a document (or a batch of them) as JSON, for scripts/eval-dates.
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

#include "core/date.h"
#include "extract/timex/temporal_tagger.h"

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

// The JSON object of one document's expressions, on one line.
std::string to_json(const std::vector<newsdex::TemporalMention>& mentions) {
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
    return out;
}

// --batch: documents framed as a line "YYYY-MM-DD BYTES" and that many bytes of text; one JSON line each.
int tag_batch(const newsdex::extract::TimexOptions& options) {
    std::string header;
    long line = 0;
    while (std::getline(std::cin, header)) {
        ++line;
        const auto space = header.find(' ');
        const auto anchor = newsdex::parse_date_value(header.substr(0, space));
        std::size_t size = 0;
        if (space != std::string::npos) size = std::strtoul(header.c_str() + space + 1, nullptr, 10);
        if (!anchor || space == std::string::npos) {
            std::cerr << "newsdex-tag-dates: stdin: document " << line << ": bad header '" << header << "'\n";
            return 2;
        }
        std::string text(size, '\0');
        if (!std::cin.read(text.data(), std::streamsize(size))) {
            std::cerr << "newsdex-tag-dates: stdin: document " << line << ": text shorter than " << size << " bytes\n";
            return 2;
        }
        std::cout << to_json(newsdex::extract::find_temporal_expressions(text, anchor, options));
    }
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    std::optional<newsdex::CivilDate> anchor;
    bool batch = false;
    newsdex::extract::TimexOptions options;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--date" && i + 1 < argc) {
            anchor = newsdex::parse_date_value(argv[++i]);
            if (!anchor) {
                std::cerr << "newsdex-tag-dates: --date: not a date: " << argv[i] << "\n";
                return 2;
            }
        } else if (arg == "--batch") {
            batch = true;
        } else if (arg == "--off" && i + 1 < argc) {
            const auto rule = newsdex::extract::rule_by_name(argv[++i]);
            if (!rule) {
                std::cerr << "newsdex-tag-dates: --off: no rule named " << argv[i] << " (see --list-rules)\n";
                return 2;
            }
            options.off.set(std::size_t(*rule));
        } else if (arg == "--list-rules") {
            for (std::size_t r = 0; r < std::size_t(newsdex::extract::TimexRule::count); ++r) {
                const auto rule = newsdex::extract::TimexRule(r);
                std::cout << newsdex::extract::rule_name(rule) << ' ' << newsdex::extract::rule_description(rule)
                          << '\n';
            }
            return 0;
        } else if (arg == "--help" || arg == "-h") {
            std::cout << "usage: newsdex-tag-dates [--date YYYY-MM-DD] [--off RULE]... < document\n"
                         "       newsdex-tag-dates --batch [--off RULE]... < documents\n"
                         "       newsdex-tag-dates --list-rules\n\n"
                         "Prints the document's temporal expressions as JSON. With --batch, stdin holds documents,\n"
                         "each a line \"YYYY-MM-DD BYTES\" (its anchor and length) and its text; one JSON line each.\n"
                         "--off RULE switches one of the rules --list-rules names off, to measure it.\n";
            return 0;
        } else if (arg != "-") {
            std::cerr << "newsdex-tag-dates: unknown argument: " << arg << "\n";
            return 2;
        }
    }
    if (batch) return tag_batch(options);
    const std::string text((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
    std::cout << to_json(newsdex::extract::find_temporal_expressions(text, anchor, options));
    return 0;
}
