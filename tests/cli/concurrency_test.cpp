// Readers during writes and a second writer (issue 7): queries keep answering while an ingest commits, a
// second ingest is refused with a clear message, and nothing is lost in either.
#include <catch2/catch.hpp>

#include <thread>

#include <xapian.h>

#include "support/cli_harness.h"
#include "support/process.h"
#include "support/synthetic_corpus.h"

using newsdex::test::Process;
using newsdex::test::run_newsdex;
using newsdex::test::TempDir;

namespace {

constexpr int corpus_articles = 3000;

Xapian::doccount documents(const std::string& index) { return Xapian::Database(index).get_doccount(); }

// A plain database or the stub of a segmented one: either way Xapian can open it.
bool has_index(const std::string& index) {
    return std::filesystem::exists(std::filesystem::path(index) / "iamglass") ||
           std::filesystem::exists(std::filesystem::path(index) / "XAPIANDB");
}

// Waits until the ingest has made its first commit (so queries have an index to open).
void wait_for_index(Process& ingest, const std::string& index) {
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (!has_index(index) && ingest.running() && std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
}

}  // namespace

TEST_CASE("queries keep answering while an ingest commits small batches (issue 7)", "[integration][slow]") {
    TempDir dir;
    std::string corpus = dir / "wire.jsonl";
    std::string index = dir / "ix";
    newsdex::test::write_synthetic_corpus(corpus, corpus_articles, "conc");
    Process ingest({"ingest", corpus, "--index", index, "--batch-size", "50", "--threads", "1", "--no-entities"},
                   dir / "ingest.out", dir / "ingest.err");
    wait_for_index(ingest, index);
    REQUIRE(has_index(index));

    const std::vector<std::vector<std::string>> queries = {{"market"},
                                                           {"title:moscow", "--sort", "date"},
                                                           {"\"central bank\"", "--sort", "-date"},
                                                           {"ceasefire", "--from", "2016-03", "--to", "2016-09"},
                                                           {"oil OR grain", "--limit", "50"},
                                                           {"number1234"},
                                                           {"treaty", "--format", "json"},
                                                           {"mar*", "--limit", "100"}};
    int answered = 0, with_hits = 0, failures = 0;
    std::size_t last_total = 0;
    bool ingest_finished_early = false;
    // Keep querying while the ingest runs (at least a handful of rounds even on a fast machine).
    for (int round = 0; round < 2000; ++round) {
        bool running = ingest.running();
        if (!running && round >= 20) break;
        if (!running && round == 0) ingest_finished_early = true;
        const auto& q = queries[static_cast<std::size_t>(round) % queries.size()];
        std::vector<std::string> args = {"query", "--index", index};
        args.insert(args.end(), q.begin(), q.end());
        auto r = run_newsdex(args);
        ++answered;
        if (r.exit_code == 0) ++with_hits;
        if (r.exit_code != 0 && r.exit_code != 1) {
            ++failures;
            FAIL_CHECK("query " << q.front() << " exited " << r.exit_code << ": " << r.err);
        }
        if (q.front() == "market" && r.exit_code == 0) {
            // Counts only grow: a reader never sees a commit undone.
            std::size_t total = documents(index);
            CHECK(total >= last_total);
            last_total = total;
        }
    }
    int code = ingest.wait();
    INFO(ingest.err());
    REQUIRE(code == 0);
    CHECK(documents(index) == static_cast<Xapian::doccount>(corpus_articles));
    CHECK(answered > 0);
    CHECK(with_hits > 0);
    CHECK(failures == 0);
    if (ingest_finished_early) WARN("the ingest finished before the first query; concurrency was not exercised");
    WARN("queries answered during the ingest: " << answered << " (" << with_hits << " with hits, " << failures
                                                << " failures)");
}

TEST_CASE("a second writer is refused with a clear message and exit 3, and nothing is lost (issue 7)",
          "[integration]") {
    TempDir dir;
    std::string first_corpus = dir / "first.jsonl";
    std::string second_corpus = dir / "second.jsonl";
    std::string index = dir / "ix";
    newsdex::test::write_synthetic_corpus(first_corpus, corpus_articles, "first");
    newsdex::test::write_synthetic_corpus(second_corpus, 100, "second", 99);
    Process ingest({"ingest", first_corpus, "--index", index, "--batch-size", "100", "--threads", "1", "--no-entities"},
                   dir / "ingest.out", dir / "ingest.err");
    wait_for_index(ingest, index);
    REQUIRE(has_index(index));
    auto second = run_newsdex({"ingest", second_corpus, "--index", index, "--no-entities"});
    bool first_still_running = ingest.running();
    int code = ingest.wait();
    INFO(ingest.err() << "\nsecond: " << second.err);
    REQUIRE(code == 0);
    if (!first_still_running && second.exit_code == 0) {
        WARN("the first ingest finished before the second started; the lock was not exercised");
    } else {
        CHECK(second.exit_code == 3);
        CHECK(second.err.find("index is locked by another ingest") != std::string::npos);
    }
    // The first ingest lost nothing; the refused one adds its articles when run again.
    CHECK(documents(index) == static_cast<Xapian::doccount>(corpus_articles + (second.exit_code == 0 ? 100 : 0)));
    auto again = run_newsdex({"ingest", second_corpus, "--index", index, "--no-entities"});
    INFO(again.err);
    REQUIRE(again.exit_code == 0);
    CHECK(documents(index) == static_cast<Xapian::doccount>(corpus_articles + 100));
}
