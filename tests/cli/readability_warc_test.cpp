// Issue 18 acceptance 1: the readability pages as a WARC are found by words of their article bodies and not by
// words of their navigation; both kinds of word are picked from the gold, not chosen by hand.
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "support/cli_harness.h"
#include "support/shared_data.h"

using newsdex::test::run_newsdex;
using newsdex::test::TempDir;
namespace fs = std::filesystem;

namespace {

std::vector<std::string> words_of(const std::string& text, std::size_t min_length) {
    std::vector<std::string> out;
    std::string word;
    for (char c : text + " ") {
        if (std::isalpha(static_cast<unsigned char>(c))) {
            word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        } else {
            if (word.size() >= min_length) out.push_back(word);
            word.clear();
        }
    }
    return out;
}

// The text inside a page's <nav> elements, tags removed. (std::regex recurses per character and overflows the
// stack on pages this size, so this is a plain scan.)
std::string navigation_text(const std::string& html) {
    std::string lower = html;
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
    std::string out;
    for (std::size_t start = lower.find("<nav"); start != std::string::npos; start = lower.find("<nav", start)) {
        std::size_t end = lower.find("</nav>", start);
        if (end == std::string::npos) break;
        bool in_tag = false;
        for (std::size_t i = start; i < end; ++i) {
            if (html[i] == '<') in_tag = true;
            if (!in_tag) out += html[i];
            if (html[i] == '>') {
                in_tag = false;
                out += ' ';
            }
        }
        out += ' ';
        start = end;
    }
    return out;
}

}  // namespace

TEST_CASE("issue 18: the readability WARC is searchable by body words, not by navigation words", "[integration]") {
    fs::path html = newsdex::test::shared_dir() / "data" / "html";
    newsdex::test::skip_unless_exists(html / "readability-pages.warc.gz");
    std::map<std::string, nlohmann::json> gold;
    std::ifstream lines(html / "readability-gold.jsonl");
    for (std::string line; std::getline(lines, line);) {
        auto page = nlohmann::json::parse(line);
        gold[page["name"].get<std::string>()] = page;
    }
    // Every word any page's gold shows as article text, title or metadata; and in how many bodies a word is.
    std::set<std::string> article_words;
    std::map<std::string, int> body_pages;
    for (const auto& [name, page] : gold) {
        for (const char* field : {"title", "byline", "excerpt", "site", "body"}) {
            if (page[field].is_string()) {
                for (auto& w : words_of(page[field].get<std::string>(), 3)) article_words.insert(w);
            }
        }
        std::set<std::string> distinct;
        for (auto& w : words_of(page["body"].get<std::string>(), 8)) distinct.insert(w);
        for (const auto& w : distinct) ++body_pages[w];
    }
    // A navigation word shares no 5-letter start with any article word, so no stem of one can match it
    // ("vitals" would find "vital").
    std::set<std::string> article_stems;
    for (const auto& w : article_words) article_stems.insert(w.substr(0, 5));

    std::vector<std::string> body_words, nav_words;
    for (const auto& [name, page] : gold) {
        for (auto& w : words_of(page["body"].get<std::string>(), 8)) {
            if (body_pages[w] == 1) {
                body_words.push_back(w);
                break;
            }
        }
        std::string page_html = newsdex::test::read_gzip_file(html / "readability" / (name + ".html.gz"));
        for (auto& w : words_of(navigation_text(page_html), 6)) {
            if (!article_stems.count(w.substr(0, 5)) &&
                std::find(nav_words.begin(), nav_words.end(), w) == nav_words.end()) {
                nav_words.push_back(w);
                break;
            }
        }
    }
    REQUIRE(body_words.size() > 80);
    REQUIRE(nav_words.size() > 20);

    TempDir dir;
    auto ingest = run_newsdex({"ingest", (html / "readability-pages.warc.gz").string(), "--index", dir / "ix"});
    INFO(ingest.out << ingest.err.substr(0, 3000));
    REQUIRE(ingest.out.find("130 response (130 articles)") != std::string::npos);
    // One `batch` run answers every word (a process per query would make the test slow): "id<TAB>query" lines.
    std::string queries;
    for (const auto& w : body_words) queries += "body-" + w + "\t" + w + "\n";
    for (const auto& w : nav_words) queries += "nav-" + w + "\t" + w + "\n";
    auto batch = run_newsdex({"batch", "--index", dir / "ix", "--limit", "1"}, queries);
    REQUIRE(batch.exit_code <= 1);
    std::size_t found = 0, nav_found = 0;
    std::vector<std::string> missed, leaked;
    std::istringstream results(batch.out);
    for (std::string line; std::getline(results, line);) {
        auto result = nlohmann::json::parse(line);
        std::string id = result.value("id", std::string());
        bool hit = result.value("total", 0) > 0;
        if (id.rfind("body-", 0) == 0) {
            found += hit;
            if (!hit) missed.push_back(id);
        } else if (hit) {
            ++nav_found;
            leaked.push_back(id);
        }
    }
    WARN("body words found: " << found << "/" << body_words.size() << "; navigation words found: " << nav_found << "/"
                              << nav_words.size());
    std::string misses;
    for (const auto& w : missed) misses += " " + w;
    for (const auto& w : leaked) misses += " " + w;
    INFO("body words not found and navigation words found:" << misses);
    // The gold is one extractor's answer (captions, datelines differ): most, not all, of each kind.
    CHECK(found >= body_words.size() * 95 / 100);
    CHECK(nav_found <= nav_words.size() * 5 / 100);
}
