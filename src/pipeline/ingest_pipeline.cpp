// Batches flow reader -> analysis workers -> writer. While the workers analyse batches k+1 and k+2, the writer
// thread writes batch k (ids of a batch are looked up against the database before it is analysed), so Xapian's
// single-threaded writer and the extractors overlap; batches keep memory bounded and output order
// deterministic (same documents whatever --threads is).
#include "pipeline/ingest_pipeline.h"

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <thread>
#include <unordered_set>

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

// Batches in analysis while the writer writes the one before them: the workers run on through a batch the writer
// takes longer over (a long article, a commit) instead of waiting for it.
constexpr std::size_t batches_in_flight = 2;

// Article text per analysis batch, beside its article count: with three batches alive (two analysed, one written),
// this and ingest::max_article_bytes bound the memory an ingest holds whatever the input (docs/reliability.md).
// A built document costs about 30 times its text, so 16 MB batches held 1 GB of documents; 64 news articles of a
// few KB stay below 1 MB, so ordinary batches are cut by count.
constexpr std::size_t max_batch_bytes = 1u << 20;

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

// A batch handed to the analysis workers: its items and how many are claimed and finished (under the pool's
// mutex). The uniques are views into `items`, for spotting an id the reader meets again while it is in flight.
struct PendingBatch {
    Batch items;
    std::unordered_set<std::string_view> uniques;
    std::size_t claimed = 0;
    std::size_t finished = 0;
};

void analyse_item(Item& item, const extract::ArticleAnalyzer& analyzer, DocumentBuilder& builder) {
    if (item.unchanged) return;
    try {
        if (!item.raw.date.empty()) item.date_problem = date_problem(item.raw.date);
        AnalyzedArticle article = analyzer.analyze(item.raw);
        item.dated = article.published.has_value();
        item.document = builder.build(article, item.hash);
    } catch (const std::exception& e) {
        item.error = e.what();
    }
}

// Analysis workers for the whole run, one per builder (the builders live as long as the run, so what they
// remember, DocumentBuilder's stemmers, serves every batch). Batches queue in input order; a worker claims the
// next article of the oldest batch with one left, so a batch of long and short articles keeps every worker busy
// to its end, and a worker that finishes a batch goes on to the next. Each item is analysed by one thread alone,
// and a document depends only on its article, so the output is the same whichever thread takes which item.
class AnalysisPool {
public:
    AnalysisPool(const extract::ArticleAnalyzer& analyzer, std::vector<DocumentBuilder>& builders)
        : analyzer_(analyzer) {
        for (DocumentBuilder& builder : builders) threads_.emplace_back([this, &builder] { work(builder); });
    }
    AnalysisPool(const AnalysisPool&) = delete;
    AnalysisPool& operator=(const AnalysisPool&) = delete;
    ~AnalysisPool() {
        {
            std::lock_guard lock(mutex_);
            stopping_ = true;
        }
        more_.notify_all();
        for (auto& t : threads_) t.join();
    }

    void add(PendingBatch& batch) {
        {
            std::lock_guard lock(mutex_);
            queue_.push_back(&batch);
        }
        more_.notify_all();
    }

    // Returns once every item of `batch` is analysed, with the batch out of the queue (the caller may free it).
    // The calling thread (the writer) analyses an item of it only when the workers have not started it: then
    // analysis is behind and the writer would otherwise wait.
    void finish(PendingBatch& batch, DocumentBuilder& helper) {
        std::unique_lock lock(mutex_);
        while (batch.finished < batch.items.size()) {
            if (batch.claimed < batch.items.size()) {
                run(lock, batch, helper);
            } else {
                done_.wait(lock);
            }
        }
        std::erase(queue_, &batch);
    }

private:
    // Claims the next item of `batch` and analyses it with the lock released.
    void run(std::unique_lock<std::mutex>& lock, PendingBatch& batch, DocumentBuilder& builder) {
        Item& item = batch.items[batch.claimed++];
        lock.unlock();
        analyse_item(item, analyzer_, builder);
        lock.lock();
        if (++batch.finished == batch.items.size()) done_.notify_all();
    }

    void work(DocumentBuilder& builder) {
        std::unique_lock lock(mutex_);
        while (!stopping_) {  // at the end of a run, or when writing failed: what is queued is not needed
            while (!queue_.empty() && queue_.front()->claimed == queue_.front()->items.size()) queue_.pop_front();
            if (queue_.empty()) {
                more_.wait(lock);
            } else {
                run(lock, *queue_.front(), builder);
            }
        }
    }

    const extract::ArticleAnalyzer& analyzer_;
    std::mutex mutex_;
    std::condition_variable more_;  // a batch was queued, or the run ends
    std::condition_variable done_;  // a batch was finished
    std::deque<PendingBatch*> queue_;
    bool stopping_ = false;
    std::vector<std::thread> threads_;
};

// One document builder per analysis worker (at least one).
std::vector<DocumentBuilder> make_builders(unsigned threads, const index::Stemming& stemming,
                                           const extract::ArticleAnalyzer& analyzer, StoredText stored) {
    std::vector<DocumentBuilder> builders;
    builders.reserve(std::max(1u, threads));
    for (unsigned t = 0; t < std::max(1u, threads); ++t) builders.emplace_back(stemming, analyzer.aliases(), stored);
    return builders;
}

// Reads an article's metadata date once, as `order` says, before it is hashed and analysed: a usable date is
// rewritten as YYYY-MM-DD; an unusable one is reported with its file and line, counted, and dropped (the article
// is then dated by its dateline, if any). A numeric date that only `order` decides is reported once per file.
class MetadataDateCheck {
public:
    MetadataDateCheck(DateOrder order, const ingest::Reporter& report, std::size_t& not_used)
        : order_(order), report_(report), not_used_(not_used) {}

    void operator()(RawArticle& raw) {
        if (raw.date.empty()) return;
        bool ambiguous = false;
        const std::optional<CivilDate> date = parse_date_value(raw.date, order_, &ambiguous);
        if (!date) return;  // not a date: date_problem() reports it with its line when the batch is written
        if (!extract::plausible_publication_date(*date)) {
            ++not_used_;
            report_({raw.origin, raw.line,
                     "date \"" + escape_file_name(raw.date.substr(0, 40)) + "\": " + format_iso_date(*date) +
                         " is before 1800 or after tomorrow; not used",
                     false});
            raw.date.clear();
            return;
        }
        std::string iso = format_iso_date(*date);
        if (ambiguous && warned_.insert(raw.origin).second) {
            const bool dmy = order_ == DateOrder::dmy;
            report_({raw.origin, raw.line,
                     "date \"" + raw.date + "\" could be read either way; read as " +
                         (dmy ? "day/month" : "month/day") + " (" + iso +
                         "), as every such date in this file (--date-order " + (dmy ? "mdy" : "dmy") +
                         " reads them the other way)",
                     false});
        }
        raw.date = std::move(iso);
    }

private:
    DateOrder order_;
    const ingest::Reporter& report_;
    std::size_t& not_used_;
    std::set<std::string> warned_;  // files whose ambiguous dates were reported
};

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

// Analysis options with the NER model loaded on a thread of its own, while the run opens its index.
extract::AnalyzerOptions loading_in_background(extract::AnalyzerOptions options) {
    options.load_in_background = true;
    return options;
}

// One ingest run: the writer side (lock, writer, duplicate clusters, counts) and the batch being filled.
class IngestRun {
public:
    IngestRun(const IngestOptions& options, const ingest::Reporter& report, const ProgressCallback& progress)
        : options_(options),
          report_(report),
          progress_(progress),
          analyzer_(loading_in_background(options.analysis)),
          // One lock for the whole index before anything is created in it: a plain and a --shards ingest (or a
          // compact) of the same folder would otherwise lock different databases (seg0, shard0) and both win.
          lock_(options.index, IndexLock::Mode::create),
          writer_(options.index, options.stemmer_language, options.shards, options.segment_size,
                  options.stem_by_language),
          stemming_(writer_.stemming()),
          stored_text_(resolve_stored_text(writer_, options)),
          clusters_(writer_.part_databases()),
          analysis_batch_(std::max<std::size_t>(64, 32 * std::max(1u, options.threads))) {
        update_synonyms(writer_.database(), analyzer_.aliases());
        analyzer_.finish_loading();  // the model loaded while the index opened
    }

    // Queues one article read from the input; a full batch goes to the analysis workers.
    void accept(RawArticle&& raw) {
        check_date_(raw);
        Item item;
        item.unique = unique_term(raw.id);
        item.hash = content_hash(raw);
        // A repeated id inside the batch would race the database lookup: flush first.
        for (const Item& other : current_) {
            if (other.unique == item.unique) {
                submit();
                break;
            }
        }
        current_bytes_ += raw.title.size() + raw.body.size();
        item.raw = std::move(raw);
        current_.push_back(std::move(item));
        if (current_.size() >= analysis_batch_ || current_bytes_ >= max_batch_bytes) submit();
    }

    // Writes what is analysed and commits. After an interrupted read the batch still being filled is dropped
    // unanalysed; the next run picks those articles up.
    IngestSummary finish(ingest::ReadCounts counts) {
        summary_.interrupted = counts.stopped;
        if (!current_.empty() && !summary_.interrupted) submit();
        while (!in_flight_.empty()) write_oldest();
        writer_.commit();
        summary_.skipped += counts.skipped;
        summary_.records = std::move(counts.records);
        summary_.record_articles = std::move(counts.record_articles);
        summary_.passed_over = std::move(counts.passed_over);
        summary_.documents = writer_.document_count();
        return summary_;
    }

    // Diagnostics of the readers, counted: a repair is reported and the article still indexed.
    void note(const ingest::Diagnostic& diagnostic) {
        if (!diagnostic.skipped && !diagnostic.passed_over) ++summary_.repaired;
        report_(diagnostic);
    }

private:
    // Hands the filled batch to the workers, then writes the oldest batches until batches_in_flight are left in
    // analysis. Ids are looked up against the database before a batch is analysed (an unchanged article is not);
    // an id that is still in flight is first written, so it is judged against what it wrote.
    void submit() {
        if (repeats_in_flight()) {
            while (!in_flight_.empty()) write_oldest();
        }
        look_up_ids();
        auto batch = std::make_unique<PendingBatch>();
        batch->items = std::move(current_);
        for (const Item& item : batch->items) batch->uniques.insert(item.unique);
        pool_.add(*batch);
        in_flight_.push_back(std::move(batch));
        current_ = Batch();
        current_bytes_ = 0;
        while (in_flight_.size() > batches_in_flight) write_oldest();
    }

    // Waits for the oldest batch in flight (analysing what no worker has started) and writes it.
    void write_oldest() {
        pool_.finish(*in_flight_.front(), helper_);
        write_batch(in_flight_.front()->items);
        in_flight_.pop_front();
    }

    bool repeats_in_flight() const {
        for (const auto& batch : in_flight_) {
            for (const Item& item : current_) {
                if (batch->uniques.contains(item.unique)) return true;
            }
        }
        return false;
    }

    // Marks each queued item as new, changed or unchanged, against the database.
    void look_up_ids() {
        for (Item& item : current_) {
            auto stored = writer_.stored_hash(item.unique);
            item.exists = stored.has_value();
            item.unchanged = stored && *stored == item.hash;
        }
    }

    void write_batch(Batch& batch) {
        for (Item& item : batch) write_item(item);
        if (since_commit_ >= options_.batch_size || bytes_since_commit_ >= max_uncommitted_bytes) {
            writer_.commit();
            since_commit_ = 0;
            bytes_since_commit_ = 0;
        }
        if (progress_) progress_(summary_);
    }

    void write_item(Item& item) {
        if (item.unchanged) {
            ++summary_.unchanged;
            return;
        }
        if (!item.error.empty() || !item.document) {
            ++summary_.skipped;
            report_({item.raw.origin, item.raw.line, "analysis failed: " + item.error + "; skipped", true});
            return;
        }
        if (!item.date_problem.empty()) {
            ++summary_.repaired;
            ++summary_.dates_not_used;
            report_({item.raw.origin, item.raw.line, item.date_problem, false});
        }
        if (!item.dated) ++summary_.undated;
        clusters_.assign(*item.document, item.exists ? writer_.find(item.unique) : 0);
        Stored written = writer_.write(item.unique, *item.document, item.exists);
        clusters_.remember(written.key, *item.document);
        if (written.outcome == WriteOutcome::added) ++summary_.added;
        if (written.outcome == WriteOutcome::updated) ++summary_.updated;
        ++since_commit_;
        bytes_since_commit_ += item.raw.title.size() + item.raw.body.size();
        // Xapian has its own copy now: free this one before the next (a near-limit document is ~30x its text).
        item.document.reset();
        item.raw = RawArticle();
    }

    const IngestOptions& options_;
    const ingest::Reporter& report_;
    const ProgressCallback& progress_;
    extract::ArticleAnalyzer analyzer_;
    IndexLock lock_;
    ShardedWriter writer_;
    index::Stemming stemming_;  // as the index was opened: articles new to it are recorded by the writer
    StoredText stored_text_;
    DuplicateClusters clusters_;
    IngestSummary summary_;
    std::size_t since_commit_ = 0;
    std::size_t bytes_since_commit_ = 0;
    Batch current_;
    // Declared before the pool, so they outlive its workers (its destructor joins them).
    std::vector<DocumentBuilder> builders_ = make_builders(options_.threads, stemming_, analyzer_, stored_text_);
    DocumentBuilder helper_{stemming_, analyzer_.aliases(), stored_text_};  // this thread's, when it analyses
    std::deque<std::unique_ptr<PendingBatch>> in_flight_;                   // batches in analysis, oldest first
    AnalysisPool pool_{analyzer_, builders_};
    std::size_t analysis_batch_;
    std::size_t current_bytes_ = 0;  // text held by current_: a batch of large articles is cut short by bytes
    ingest::Reporter noting_ = [this](const ingest::Diagnostic& diagnostic) { note(diagnostic); };
    MetadataDateCheck check_date_{options_.date_order, noting_, summary_.dates_not_used};
};

}  // namespace

IngestSummary run_ingest(const IngestOptions& options, const ingest::Reporter& report, const ProgressCallback& progress,
                         const std::atomic<bool>& stop) {
    IngestRun run(options, report, progress);
    ingest::ReadOptions read = options.read;
    read.stop = &stop;  // polled between articles: what was read before is written and committed
    ingest::ReadCounts counts = ingest::read_articles(
        options.inputs, read, [&](RawArticle&& raw) { run.accept(std::move(raw)); },
        [&](const ingest::Diagnostic& diagnostic) { run.note(diagnostic); });
    return run.finish(std::move(counts));
}

}  // namespace newsdex::pipeline
