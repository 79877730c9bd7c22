// Language guessing on real news (issue 16): what decides each article's stemmer must not call English tables and
// headlines Italian or Danish, and must still tell the German and French articles there are.
#include <catch2/catch.hpp>

#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>

#include "support/cli_harness.h"
#include "support/shared_data.h"
#include "text/language.h"

using newsdex::text::detect_language;

namespace {

// As the analyzer reads an article (extract/article_analyzer.cpp, article_text): headline, blank line, body.
std::string article_text(const nlohmann::json& record) {
    std::string title = record.value("title", "");
    std::string body = record["body"].is_string() ? record["body"].get<std::string>() : "";
    if (body.empty()) return title;
    if (title.empty()) return body;
    return title + "\n\n" + body;
}

std::map<std::string, std::string> guesses(std::string_view file) {
    std::map<std::string, std::string> out;
    for (const auto& record : newsdex::test::read_jsonl_records(newsdex::test::shared_data_file(file))) {
        out[record["id"].get<std::string>()] = detect_language(article_text(record));
    }
    return out;
}

}  // namespace

TEST_CASE("every Reuters-21578 article is guessed English or not at all", "[integration]") {
    // The rule of three occurrences of any profile's words called 27 of them Italian, Danish or French: price
    // tables ("dlrs per tonne" ... "per"), "AT 145.80 ... FOR TOKYO", a headline naming a French bank.
    std::map<std::string, int> counts;
    for (const auto& [id, language] : guesses("reuters21578.jsonl.gz")) {
        ++counts[language];
        if (language != "en" && !language.empty()) FAIL_CHECK(id << " guessed " << language);
    }
    CHECK(counts["en"] > 16000);
}

TEST_CASE("AG News: English or nothing, except its one French article", "[integration]") {
    for (const auto& [id, language] : guesses("news-agnews-test.jsonl.gz")) {
        INFO(id);
        if (id == "agnews-test-05368") {  // "AMD et Chartered signent des contrats ..."
            CHECK(language == "fr");
        } else {
            CHECK((language == "en" || language.empty()));
        }
    }
}

TEST_CASE("the corpus' German article is German and the others English", "[integration]") {
    for (const auto& entry : std::filesystem::directory_iterator(newsdex::test::source_dir() / "corpus")) {
        const std::string name = entry.path().filename().string();
        if (!name.ends_with(".txt") && !name.ends_with(".md")) continue;
        std::ifstream in(entry.path());
        std::stringstream text;
        text << in.rdbuf();
        INFO(name);
        CHECK(detect_language(text.str()) == (name.ends_with("-de.txt") ? "de" : "en"));
    }
}

TEST_CASE("language codes and stemmers map both ways", "[unit]") {
    auto [code, stemmer] = GENERATE(table<std::string, std::string>({
        {"en", "english"},
        {"de", "german"},
        {"fr", "french"},
        {"ru", "russian"},
        {"", "none"},
        {"", "klingon"},
    }));
    CHECK(newsdex::text::language_for_stemmer(stemmer) == code);
    if (!code.empty()) CHECK(newsdex::text::stemmer_for_language(code) == stemmer);
}
