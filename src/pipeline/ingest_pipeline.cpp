// Batches flow reader -> analysis workers -> writer. While the workers analyse batch k+1, the writer
// thread writes batch k (ids of k+1 are looked up first, against the database and batch k), so Xapian's
// single-threaded writer and the extractors overlap; batches keep memory bounded and output order
// deterministic (same documents whatever --threads is).
#include "pipeline/ingest_pipeline.h"

#include <future>
#include <optional>
#include <thread>
#include <unordered_map>

#include "core/date.h"
#include "core/error.h"
#include "index/document_builder.h"
#include "index/duplicate_clusters.h"
#include "index/index_folder.h"
#include "index/index_writer.h"
#include "index/schema.h"
#include "index/sharded_writer.h"
#include "index/synonyms.h"

namespace newsdex::pipeline {

// The pipeline drives index's writers; these names read as the index's own vocabulary.
using index::content_hash;
using index::DocumentBuilder;
using index::DuplicateClusters;
using index::IndexLock;
using index::parse_stored_text;
using index::ShardedWriter;
using index::Stored;
using index::StoredText;
using index::unique_term;
using index::update_synonyms;
using index::WriteOutcome;

namespace {

// Article text per analysis batch, beside its article count: with two batches alive (one analysed, one written),
// this and ingest::max_article_bytes bound the memory an ingest holds whatever the input (docs/reliability.md).
// A built document costs about 30 times its text, so 16 MB batches held 1 GB of documents; 64 news articles of a
// few KB stay far below 2 MB, so ordinary batches are cut by count as before.
constexpr std::size_t max_batch_bytes = 2u << 20;

// Article text written since the last commit, beside --batch-size articles: Xapian holds every uncommitted
// posting and position in memory (about 30 times the text), so 2000 near-limit articles would otherwise all be
// held at once. Corpora of articles under 2 KB still commit by --batch-size; longer ones commit a little more
// often, which costs little (docs/performance.md: --batch-size 10000 against 2000 changed ingest time by 4 %).
constexpr std::size_t max_uncommitted_bytes = 4u << 20;

struct Item {
    RawArticle raw;
    std::string unique;
    std::string hash;
    bool exists = false;
    bool unchanged = false;
    std::optional<Xapian::Document> document;
    bool dated = false;
    std::string error;         // analysis failure: reported and skipped
    std::string date_problem;  // a metadata date that is not used: reported, the article indexed (issue 17)
};

using Batch = std::vector<Item>;

// Why an article's metadata date is not used, as a diagnostic's reason; empty when it is used. The value is the
// input's: shown escaped and cut at 40 bytes, so it can neither split the line nor flood it.
std::string date_problem(const std::string& date) {
    DateValue value = read_date_value(date);
    if (value.date) return {};
    std::size_t shown = std::min<std::size_t>(date.size(), 40);
    while (shown < date.size() && shown > 0 && (static_cast<unsigned char>(date[shown]) & 0xC0) == 0x80) --shown;
    std::string text = escape_file_name(date.substr(0, shown)) + (shown < date.size() ? "..." : "");
    return "date \"" + text + "\": " + value.problem + "; not used";
}

// Analyses the items of a batch that need it, split across `threads` workers.
void analyse_batch(Batch& batch, const extract::ArticleAnalyzer& analyzer, const std::string& stemmer,
                   StoredText stored, unsigned threads) {
    auto work = [&](std::size_t begin, std::size_t step) {
        DocumentBuilder builder(stemmer, analyzer.aliases(), stored);
        for (std::size_t i = begin; i < batch.size(); i += step) {
            Item& item = batch[i];
            if (item.unchanged) continue;
            try {
                if (!item.raw.date.empty()) item.date_problem = date_problem(item.raw.date);
                AnalyzedArticle article = analyzer.analyze(item.raw);
                item.dated = article.published.has_value();
                item.document = builder.build(article, item.hash);
            } catch (const std::exception& e) {
                item.error = e.what();
            }
        }
    };
    if (threads <= 1 || batch.size() < 2) {
        work(0, 1);
        return;
    }
    std::vector<std::thread> workers;
    for (unsigned t = 1; t < threads; ++t) workers.emplace_back(work, t, threads);
    work(0, threads);
    for (auto& w : workers) w.join();
}

// The index's stored-text mode: fixed by its first ingest, so all its articles are stored alike (a re-ingest
// skips unchanged articles, which would otherwise keep the old mode).
StoredText resolve_stored_text(ShardedWriter& writer, const IngestOptions& options) {
    std::string key(schema::metadata::stored_text);
    std::string recorded = writer.database().get_metadata(key);
    // An index with articles but no key is from before the key existed: it stores full text.
    if (recorded.empty() && writer.document_count() > 0) recorded = stored_text_name(StoredText::full);
    if (recorded.empty()) {
        StoredText stored = options.stored_text.value_or(StoredText::full);
        writer.database().set_metadata(key, std::string(stored_text_name(stored)));
        return stored;
    }
    std::optional<StoredText> stored = parse_stored_text(recorded);
    if (!stored) {
        throw Error(ErrorKind::index, "index metadata " + key + " is '" + recorded + "' (expected full or none)",
                    options.index.string());
    }
    if (options.stored_text && *options.stored_text != *stored) {
        throw Error(
            ErrorKind::usage,
            "index was made with --store " + recorded + "; ingest into it without --store, or use a new --index",
            options.index.string());
    }
    return *stored;
}

}  // namespace

IngestSummary run_ingest(const IngestOptions& options, const ingest::Reporter& report, const ProgressCallback& progress,
                         const std::atomic<bool>& stop) {
    extract::ArticleAnalyzer analyzer(options.analysis);
    // One lock for the whole index before anything is created in it: a plain and a --shards ingest (or a compact)
    // of the same folder would otherwise lock different databases (seg0, shard0) and both win (issue 17).
    IndexLock lock(options.index, IndexLock::Mode::create);
    ShardedWriter writer(options.index, options.stemmer_language, options.shards, options.segment_size);
    const std::string stemmer = writer.stemmer_language();
    const StoredText stored_text = resolve_stored_text(writer, options);
    update_synonyms(writer.database(), analyzer.aliases());
    DuplicateClusters clusters(writer.part_databases());
    IngestSummary summary;
    std::size_t since_commit = 0;
    std::size_t bytes_since_commit = 0;

    auto write_batch = [&](Batch& batch) {
        for (Item& item : batch) {
            if (item.unchanged) {
                ++summary.unchanged;
                continue;
            }
            if (!item.error.empty() || !item.document) {
                ++summary.skipped;
                report({item.raw.origin, item.raw.line, "analysis failed: " + item.error + "; skipped", true});
                continue;
            }
            if (!item.date_problem.empty()) {
                ++summary.repaired;
                ++summary.dates_not_used;
                report({item.raw.origin, item.raw.line, item.date_problem, false});
            }
            if (!item.dated) ++summary.undated;
            clusters.assign(*item.document, item.exists ? writer.find(item.unique) : 0);
            Stored written = writer.write(item.unique, *item.document, item.exists);
            clusters.remember(written.key, *item.document);
            if (written.outcome == WriteOutcome::added) ++summary.added;
            if (written.outcome == WriteOutcome::updated) ++summary.updated;
            ++since_commit;
            bytes_since_commit += item.raw.title.size() + item.raw.body.size();
            // Xapian has its own copy now: free this one before the next (a near-limit document is ~30x its text).
            item.document.reset();
            item.raw = RawArticle();
        }
        if (since_commit >= options.batch_size || bytes_since_commit >= max_uncommitted_bytes) {
            writer.commit();
            since_commit = 0;
            bytes_since_commit = 0;
        }
        if (progress) progress(summary);
    };

    // Items whose id repeats inside one batch must see each other: the first is written before the second is
    // looked up. Checking ids against the database happens on this thread, before analysis.
    Batch current;
    std::future<Batch> in_flight;
    std::size_t analysis_batch = std::max<std::size_t>(64, 32 * std::max(1u, options.threads));
    std::size_t current_bytes = 0;  // text held by `current`: a batch of large articles is cut short by bytes
    auto submit = [&]() {
        Batch done;
        if (in_flight.valid()) done = in_flight.get();
        // Look up ids before writing `done`, so the writing below overlaps the analysis of `current`. An id
        // that `done` is about to write is judged against that copy, as if it were written already.
        std::unordered_map<std::string_view, const Item*> pending;
        for (const Item& item : done) {
            if (!item.unchanged && item.error.empty() && item.document) pending[item.unique] = &item;
        }
        for (Item& item : current) {
            if (auto it = pending.find(item.unique); it != pending.end()) {
                item.exists = true;
                item.unchanged = it->second->hash == item.hash;
                continue;
            }
            auto stored = writer.stored_hash(item.unique);
            item.exists = stored.has_value();
            item.unchanged = stored && *stored == item.hash;
        }
        pending.clear();
        in_flight = std::async(std::launch::async, [batch = std::move(current), &analyzer, stemmer, stored_text,
                                                    threads = options.threads]() mutable {
            analyse_batch(batch, analyzer, stemmer, stored_text, threads);
            return std::move(batch);
        });
        current = Batch();
        current_bytes = 0;
        write_batch(done);
    };

    ingest::Reporter counting_report = [&](const ingest::Diagnostic& d) {
        if (!d.skipped && !d.passed_over) ++summary.repaired;
        report(d);
    };
    struct Stopped {};
    auto on_article = [&](RawArticle&& raw) {
        if (stop.load()) throw Stopped{};
        Item item;
        item.unique = unique_term(raw.id);
        item.hash = content_hash(raw);
        // A repeated id inside the batch would race the database lookup: flush first.
        for (const Item& other : current) {
            if (other.unique == item.unique) {
                submit();
                break;
            }
        }
        current_bytes += raw.title.size() + raw.body.size();
        item.raw = std::move(raw);
        current.push_back(std::move(item));
        if (current.size() >= analysis_batch || current_bytes >= max_batch_bytes) submit();
    };
    ingest::ReadCounts counts;
    try {
        counts = ingest::read_articles(options.inputs, options.read, on_article, counting_report);
    } catch (const Stopped&) {
        summary.interrupted = true;
    }
    if (!current.empty() && !summary.interrupted) submit();
    if (in_flight.valid()) {
        Batch done = in_flight.get();
        write_batch(done);
    }
    // Unanalysed articles of an interrupted run are simply not written; the next run picks them up.
    writer.commit();
    summary.skipped += counts.skipped;
    summary.records = std::move(counts.records);
    summary.record_articles = std::move(counts.record_articles);
    summary.passed_over = std::move(counts.passed_over);
    summary.documents = writer.document_count();
    return summary;
}

}  // namespace newsdex::pipeline
