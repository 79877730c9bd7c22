// Finds temporal expressions (TIMEX3: DATE, TIME, DURATION, SET) in text and resolves them against an anchor date.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "core/article.h"
#include "extract/timex/internal/timex_rules.h"

namespace newsdex::extract {

// Every temporal expression in raw UTF-8 text, TIMEX3 style, in text order and not overlapping. Offsets are UTF-8
// byte offsets into `text` (end exclusive). Values are resolved against `anchor` (the publication date): "next
// Friday" written on 2015-12-15 is 2015-12-18. Without an anchor, relative expressions get values like
// XXXX-12-15, XXXX-WXX-5 or PRESENT_REF / PAST_REF / FUTURE_REF, as TimeML does.
// English only. Thread-safe: no global mutable state; never reads the clock. Does not throw except bad_alloc.
// `options` can switch rules off (for measuring them); by default all are on.
std::vector<TemporalMention> find_temporal_expressions(std::string_view text, std::optional<CivilDate> anchor,
                                                       const TimexOptions& options = {});

}  // namespace newsdex::extract
