// IR evaluation as trec_eval computes it: MAP, nDCG@10, P@10, Recall@100 and MRR from qrels and a run.
// The definitions follow ../shared/bench/lib/ireval.py exactly (which follows trec_eval -c):
//   * a judged doc with rel > 0 is relevant; rel is its nDCG gain (linear, as trec_eval's ndcg_cut);
//   * DCG@10 = sum rel_i / log2(i + 1) over ranks 1..10, divided by the ideal DCG@10;
//   * AP = sum of precision at each relevant retrieved doc / number of relevant docs;
//   * R@100 = relevant in the top 100 / relevant; RR = 1 / rank of the first relevant doc;
//   * means are over every topic with at least one relevant doc; a topic the run does not answer scores 0;
//   * a docid repeated in one topic's ranking counts at its first rank only.
// Run files are ranked by trec_eval's rule: score descending, ties by docid descending (the rank column
// is ignored), so a run re-sorted by another tool scores the same.
#pragma once

#include <cstddef>
#include <istream>
#include <map>
#include <string>
#include <vector>

namespace newsdex::search {

// qid -> docid -> rel
using Qrels = std::map<std::string, std::map<std::string, int>>;
// qid -> docids, best first
using Run = std::map<std::string, std::vector<std::string>>;

struct Metrics {
    double map = 0;
    double ndcg10 = 0;
    double p10 = 0;
    double r100 = 0;
    double mrr = 0;
};

struct Evaluation {
    Metrics mean;
    std::size_t topics = 0;                    // topics with at least one relevant doc
    std::map<std::string, Metrics> per_topic;  // those topics only
};

// "qid 0 docid rel" lines (whitespace-separated; lines with fewer fields are skipped, like ireval.py).
// Throws Error(input) naming the line when rel is not an integer.
Qrels read_qrels(std::istream& in, const std::string& name = "qrels");

// TREC run lines "qid Q0 docid rank score run"; throws Error(input) naming the line when malformed.
Run read_run(std::istream& in, const std::string& name = "run");

// Metrics of one ranking against one topic's judgements.
Metrics evaluate_topic(const std::vector<std::string>& ranking, const std::map<std::string, int>& judged);

Evaluation evaluate(const Run& run, const Qrels& qrels);

}  // namespace newsdex::search
