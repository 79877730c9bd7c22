// Finds news-source attributions in article text ("reports AP", "(Reuters)") and canonicalises source names.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/article.h"
#include "text/alias_table.h"

namespace newsdex::extract {

// Attributions in `text`, sorted by start, one per span; offsets are UTF-8 bytes into `text`, end exclusive, and
// cover the outlet's name only ("Guardian" in "according to the Guardian"). Recognised shapes:
//   cue then outlet:  reports/reported/reporting X, according to X, told X, (in an) interview with X,
//                     speaking/spoke to X, quoted/cited by X, via X, writes X
//   outlet then cue:  X reported/reports/said/says/wrote/writes/quoted/cited (also "X has reported")
//   brackets:         (X), and a dateline "MOSCOW (X) -"
//   opening:          a known X opening a line before a dash, as news feeds start a summary: "AP - A company ..."
//   sign-off:         X alone on the last line (source_sign_off.h)
// X is an outlet the alias table knows (canonical from the table), or, after a strong cue, an unknown capitalised
// name that looks like an outlet: it contains a media word ("Kyiv Post", "Moscow Times"), stands next to one
// ("the Kommersant newspaper", "news agency Interfax"), is a dateline's bracket, or ends a clause as in
// ", reports Kommersant." Unknown names keep their written form as canonical. Lower-case words ("according to
// officials", "told reporters") and names the table knows as something else ("told Russia") are never sources.
std::vector<SourceMention> find_sources(std::string_view text, const text::AliasTable& aliases);

// Canonical name for the JSON "source" field: the table's name for a known outlet or web domain ("AP",
// "www.apnews.com" -> "Associated Press"), else the value trimmed with its spaces collapsed; "" stays "".
std::string canonical_source(std::string_view json_source, const text::AliasTable& aliases);

}  // namespace newsdex::extract
