// libFuzzer target: entity and date extraction (NER, temporal tagger, datelines, metadata dates) on any text.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/date.h"
#include "extract/article_analyzer.h"
#include "extract/timex/publication_date.h"
#include "extract/timex/temporal_tagger.h"
#include "text/normalize.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    // Loaded once: the model and alias table are what ingest uses (NEWSDEX_DATA_DIR or the source tree).
    static const newsdex::extract::ArticleAnalyzer analyzer{newsdex::extract::AnalyzerOptions{}};
    std::string text(reinterpret_cast<const char*>(data), size);
    // Extraction sees repaired UTF-8 at ingest; keep the fuzzer on the same side of that contract.
    if (!newsdex::text::is_valid_utf8(text)) text = newsdex::text::repair_utf8(text);
    (void)newsdex::parse_date_value(text);
    (void)newsdex::extract::find_dateline(text, newsdex::CivilDate{std::chrono::year{2016} / 1 / 15});
    (void)newsdex::extract::find_temporal_expressions(text, std::nullopt);
    auto analysis = analyzer.analyze_text(text, std::nullopt);
    for (const auto& e : analysis.entities) {
        if (e.start > e.end || e.end > text.size()) __builtin_trap();
    }
    for (const auto& d : analysis.dates) {
        if (d.start > d.end || d.end > text.size()) __builtin_trap();
    }
    return 0;
}
