// Lookups over a temporal tagger's output, shared by the date tests.
#pragma once

#include <catch2/catch.hpp>
#include <cstddef>
#include <string>
#include <vector>

#include "core/article.h"
#include "core/date.h"
#include "extract/timex/temporal_tagger.h"

namespace newsdex::test {

// The mention whose text is `phrase` (the first one), or a mention with type "none".
inline TemporalMention find_mention(const std::vector<TemporalMention>& mentions, const std::string& phrase) {
    for (const auto& m : mentions) {
        if (m.text == phrase) return m;
    }
    return TemporalMention{"", "none", "", 0, 0};
}

// "[text|type|value] ..." for failure messages.
inline std::string describe_mentions(const std::vector<TemporalMention>& mentions) {
    std::string out;
    for (const auto& m : mentions) out += "[" + m.text + "|" + m.type + "|" + m.value + "] ";
    return out;
}

// Checks that `text`, written on `anchor` (YYYY-MM-DD), holds `phrase` read as `type` with `value`; type "none"
// says the phrase is not an expression.
inline void check_reading(const std::string& anchor, const std::string& text, const std::string& phrase,
                          const std::string& type, const std::string& value) {
    CAPTURE(anchor, text);
    const auto mentions = extract::find_temporal_expressions(text, parse_date_value(anchor));
    INFO(describe_mentions(mentions));
    const auto m = find_mention(mentions, phrase);
    CHECK(m.type == type);
    CHECK(m.value == value);
    if (m.type != "none") CHECK(text.substr(m.start, m.end - m.start) == phrase);
}

// Checks that with `rule` switched off, `phrase` in `text` written on `anchor` has `value` ("": not found), the
// reading the rule replaced.
inline void check_reading_with_rule_off(extract::TimexRule rule, const std::string& anchor, const std::string& text,
                                        const std::string& phrase, const std::string& value) {
    CAPTURE(anchor, text);
    extract::TimexOptions options;
    options.off.set(std::size_t(rule));
    const auto mentions = extract::find_temporal_expressions(text, parse_date_value(anchor), options);
    INFO(describe_mentions(mentions));
    CHECK(find_mention(mentions, phrase).value == value);
}

}  // namespace newsdex::test
