// For every sentence of every corpus article, a phrase query of that sentence finds its article: the index
// and the query parser agree on U.S., curly quotes, hyphens, apostrophes, numbers and accents (issue 2).
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "support/cli_harness.h"

using newsdex::test::corpus_index;
using newsdex::test::run_newsdex;

namespace {

struct Article {
    std::string id_suffix;  // what the hit id ends with
    std::string title;
    std::string body;
};

std::vector<Article> corpus_articles() {
    std::vector<Article> out;
    for (const auto& entry : std::filesystem::directory_iterator(newsdex::test::source_dir() / "corpus")) {
        std::string name = entry.path().filename().string();
        std::string ext = entry.path().extension().string();
        std::ifstream in(entry.path());
        std::stringstream buffer;
        buffer << in.rdbuf();
        std::string text = buffer.str();
        if (ext == ".txt" || ext == ".md") {
            std::size_t blank = text.find("\n\n");
            Article a{name, text.substr(0, blank), blank == std::string::npos ? "" : text.substr(blank + 2)};
            out.push_back(a);
        } else if (ext == ".jsonl") {
            std::istringstream lines(text);
            std::string line;
            while (std::getline(lines, line)) {
                if (line.empty()) continue;
                auto j = nlohmann::json::parse(line);
                out.push_back({j.value("id", ""), j.value("title", ""), j.value("body", "")});
            }
        }
    }
    return out;
}

// Sentences: split after . ! ? followed by white space (abbreviations just give shorter "sentences").
std::vector<std::string> sentences(const std::string& text) {
    std::vector<std::string> out;
    std::string current;
    for (std::size_t i = 0; i < text.size(); ++i) {
        current += text[i];
        bool end = (text[i] == '.' || text[i] == '!' || text[i] == '?' || text[i] == '\n') &&
                   (i + 1 == text.size() || text[i + 1] == ' ' || text[i + 1] == '\n');
        if (end) {
            out.push_back(current);
            current.clear();
        }
    }
    if (!current.empty()) out.push_back(current);
    return out;
}

// The sentence as a phrase query: double quotes of any kind are removed, as a user pasting it would.
std::string as_phrase(std::string s) {
    for (const char* quote : {"\"", "\u201C", "\u201D", "\u00AB", "\u00BB"}) {
        std::size_t at;
        while ((at = s.find(quote)) != std::string::npos) s.replace(at, std::strlen(quote), " ");
    }
    return "\"" + s + "\"";
}

int word_count(const std::string& s) {
    int n = 0;
    bool in_word = false;
    for (unsigned char c : s) {
        bool w = std::isalnum(c) || c >= 0x80;
        if (w && !in_word) ++n;
        in_word = w;
    }
    return n;
}

}  // namespace

TEST_CASE("every corpus sentence, as a phrase, finds its article", "[integration]") {
    auto articles = corpus_articles();
    REQUIRE(articles.size() >= 10);
    int checked = 0;
    for (const auto& article : articles) {
        for (const std::string* field : {&article.title, &article.body}) {
            for (const auto& sentence : sentences(*field)) {
                if (word_count(sentence) < 2) continue;
                std::string phrase = as_phrase(sentence);
                auto r = run_newsdex({"query", "--index", corpus_index(), "--format", "json", "--limit", "50", phrase});
                INFO(article.id_suffix << ": " << phrase << "\n" << r.err);
                REQUIRE(r.exit_code == 0);
                auto result = nlohmann::json::parse(r.out);
                bool found = false;
                for (const auto& hit : result["hits"]) {
                    std::string id = hit["id"];
                    found = found || (id.size() >= article.id_suffix.size() &&
                                      id.compare(id.size() - article.id_suffix.size(), std::string::npos,
                                                 article.id_suffix) == 0);
                }
                CHECK(found);
                ++checked;
            }
        }
    }
    CHECK(checked > 50);
}
