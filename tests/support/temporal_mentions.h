// Lookups over a temporal tagger's output, shared by the date tests.
#pragma once

#include <string>
#include <vector>

#include "core/article.h"

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

}  // namespace newsdex::test
