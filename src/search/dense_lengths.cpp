#include "search/dense_lengths.h"

#include <cmath>

namespace newsdex::search {

const std::vector<Xapian::termcount>& DocLengthCache::lengths(const Xapian::Database& db) {
    std::string uuid = db.get_uuid();
    auto found = by_uuid_.find(uuid);
    if (found != by_uuid_.end()) return found->second;
    std::vector<Xapian::termcount>& table = by_uuid_[uuid];
    table.assign(db.get_lastdocid() + 1, 0);
    for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) table[*it] = it.get_doclength();
    return table;
}

namespace {

// What Xapian 1.4's IneB2Weight::init computes for a term of wqf 1 and weight factor 1, in the same order (so the
// same doubles), from the statistics of the whole database the query runs on.
struct IneB2Term {
    double c_product_avlen = 0;
    double b_constant = 0;
    double wqf_product_idf = 0;
    double upper_bound = 0;
};

IneB2Term ineb2_term(const Xapian::Database& db, const std::string& term, double c) {
    IneB2Term t;
    double wdfn_upper = db.get_wdf_upper_bound(term);
    if (wdfn_upper == 0) return t;
    wdfn_upper *= std::log2(1 + (c * db.get_avlength()) / db.get_doclength_lower_bound());
    double N = db.get_doccount();
    double F = db.get_collection_freq(term);
    double termfreq = db.get_termfreq(term);
    double max_wdfn_product_B = (F + 1.0) / (termfreq + (termfreq / wdfn_upper));
    double mean = F / N;
    double expected_max = N * (1.0 - std::exp(-mean));
    double idf_max = std::log2((N + 1.0) / (expected_max + 0.5));
    t.wqf_product_idf = 1 * idf_max * 1.0;
    t.c_product_avlen = c * db.get_avlength();
    t.b_constant = (F + 1.0) / termfreq;
    t.upper_bound = max_wdfn_product_B * idf_max * 1 * 1.0;
    return t;
}

// One term's postings weighed by IneB2 (IneB2Weight::get_sumpart) with lengths from the cache. Xapian clones it
// for each database of a segmented index and passes that database to init(), whose lengths it then reads.
class DenseIneB2Source : public Xapian::PostingSource {
public:
    DenseIneB2Source(std::string term, IneB2Term weights, Xapian::doccount termfreq, DocLengthCache& cache)
        : term_(std::move(term)), weights_(weights), termfreq_(termfreq), cache_(cache) {}

    void init(const Xapian::Database& db) override {
        postings_ = db.postlist_begin(term_);
        end_ = db.postlist_end(term_);
        lengths_ = &cache_.lengths(db);
        started_ = false;
        set_maxweight(weights_.upper_bound);
    }
    void next(double) override {
        if (started_) ++postings_;
        started_ = true;
    }
    void skip_to(Xapian::docid did, double) override {
        started_ = true;
        postings_.skip_to(did);
    }
    bool at_end() const override { return started_ && postings_ == end_; }
    Xapian::docid get_docid() const override { return *postings_; }
    double get_weight() const override {
        Xapian::termcount wdf = postings_.get_wdf();
        if (wdf == 0) return 0.0;
        double wdfn = wdf;
        wdfn *= std::log2(1 + weights_.c_product_avlen / (*lengths_)[*postings_]);
        double wdfn_product_B = wdfn * weights_.b_constant / (wdfn + 1.0);
        return wdfn_product_B * weights_.wqf_product_idf;
    }
    Xapian::doccount get_termfreq_min() const override { return termfreq_; }
    Xapian::doccount get_termfreq_est() const override { return termfreq_; }
    Xapian::doccount get_termfreq_max() const override { return termfreq_; }
    PostingSource* clone() const override { return new DenseIneB2Source(term_, weights_, termfreq_, cache_); }
    std::string get_description() const override { return "DenseIneB2Source(" + term_ + ")"; }

private:
    std::string term_;
    IneB2Term weights_;
    Xapian::doccount termfreq_;
    DocLengthCache& cache_;
    const std::vector<Xapian::termcount>* lengths_ = nullptr;
    Xapian::PostingIterator postings_, end_;
    bool started_ = false;
};

class Rewriter {
public:
    Rewriter(const Xapian::Database& db, double c, DocLengthCache& cache) : db_(db), c_(c), cache_(cache) {}

    // A weighted subquery with the terms it can replace replaced.
    Xapian::Query weighted(const Xapian::Query& q) const {
        using Q = Xapian::Query;
        switch (q.get_type()) {
            case Q::LEAF_TERM: return term(q);
            case Q::OP_AND:
            case Q::OP_OR:
            case Q::OP_AND_MAYBE: return rebuilt(q, q.get_num_subqueries());
            case Q::OP_AND_NOT:
            case Q::OP_FILTER: return rebuilt(q, 1);  // only the left side is weighed
            default: return q;  // phrases, NEAR, synonyms, scaled weights, value ranges: as Xapian weighs them
        }
    }

private:
    // `q` with its first `weighed` subqueries rewritten and the rest (boolean) as they are.
    Xapian::Query rebuilt(const Xapian::Query& q, std::size_t weighed) const {
        std::vector<Xapian::Query> parts;
        for (std::size_t i = 0; i < q.get_num_subqueries(); ++i) {
            parts.push_back(i < weighed ? weighted(q.get_subquery(i)) : q.get_subquery(i));
        }
        return Xapian::Query(q.get_type(), parts.begin(), parts.end());
    }

    Xapian::Query term(const Xapian::Query& q) const {
        // Xapian 1.4 does not give a leaf's wqf back but describes it ("Query(word#2@1)"); only wqf 1 is replaced.
        if (q.get_description().find('#') != std::string::npos) return q;
        const std::string& name = *q.get_terms_begin();
        Xapian::doccount termfreq = db_.get_termfreq(name);
        if (termfreq == 0) return q;
        auto* source = new DenseIneB2Source(name, ineb2_term(db_, name, c_), termfreq, cache_);
        return Xapian::Query(source->release());
    }

    const Xapian::Database& db_;
    double c_;
    DocLengthCache& cache_;
};

}  // namespace

Xapian::Query with_dense_lengths(const Xapian::Query& query, const Xapian::Database& db, double c,
                                 DocLengthCache& cache) {
    return Rewriter(db, c, cache).weighted(query);
}

}  // namespace newsdex::search
