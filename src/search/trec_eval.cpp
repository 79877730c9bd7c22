// trec_eval's measures; see trec_eval.h for the definitions and ireval.py for the reference implementation.
#include "search/trec_eval.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <sstream>
#include <tuple>

#include "core/error.h"

namespace newsdex::search {
namespace {

constexpr std::size_t ndcg_depth = 10;
constexpr std::size_t precision_depth = 10;
constexpr std::size_t recall_depth = 100;

std::vector<std::string> fields_of(const std::string& line) {
    std::istringstream in(line);
    std::vector<std::string> out;
    for (std::string f; in >> f;) out.push_back(f);
    return out;
}

}  // namespace

Qrels read_qrels(std::istream& in, const std::string& name) {
    Qrels qrels;
    std::string line;
    for (std::size_t n = 1; std::getline(in, line); ++n) {
        auto f = fields_of(line);
        if (f.size() < 4) continue;
        try {
            std::size_t used = 0;
            int rel = std::stoi(f[3], &used);
            if (used != f[3].size()) throw std::invalid_argument(f[3]);
            qrels[f[0]][f[2]] = rel;
        } catch (const std::exception&) {
            throw Error(ErrorKind::input, "relevance '" + f[3] + "' is not an integer", name, n);
        }
    }
    return qrels;
}

Run read_run(std::istream& in, const std::string& name) {
    struct Line {
        double score;
        std::string docid;
    };
    std::map<std::string, std::vector<Line>> lines;
    std::string line;
    for (std::size_t n = 1; std::getline(in, line); ++n) {
        auto f = fields_of(line);
        if (f.empty()) continue;
        if (f.size() < 6) throw Error(ErrorKind::input, "want 'qid Q0 docid rank score run'", name, n);
        try {
            std::size_t used = 0;
            double score = std::stod(f[4], &used);
            if (used != f[4].size()) throw std::invalid_argument(f[4]);
            lines[f[0]].push_back({score, f[2]});
        } catch (const std::exception&) {
            throw Error(ErrorKind::input, "score '" + f[4] + "' is not a number", name, n);
        }
    }
    Run run;
    for (auto& [qid, entries] : lines) {
        // trec_eval orders by score, then docid, both descending; stable keeps file order otherwise.
        std::stable_sort(entries.begin(), entries.end(), [](const Line& a, const Line& b) {
            return std::tie(a.score, a.docid) > std::tie(b.score, b.docid);
        });
        auto& ranking = run[qid];
        for (auto& e : entries) ranking.push_back(std::move(e.docid));
    }
    return run;
}

Metrics evaluate_topic(const std::vector<std::string>& ranked, const std::map<std::string, int>& judged) {
    std::map<std::string, int> rel;
    for (const auto& [doc, gain] : judged) {
        if (gain > 0) rel.emplace(doc, gain);
    }
    Metrics m;
    if (rel.empty()) return m;
    std::set<std::string> seen;
    std::vector<const std::string*> ranking;
    for (const auto& d : ranked) {
        if (seen.insert(d).second) ranking.push_back(&d);
    }
    std::size_t hits = 0;
    double ap_sum = 0, dcg = 0;
    std::size_t top_precision = 0, top_recall = 0;
    for (std::size_t i = 1; i <= ranking.size(); ++i) {
        auto it = rel.find(*ranking[i - 1]);
        if (it == rel.end()) continue;
        ++hits;
        ap_sum += static_cast<double>(hits) / static_cast<double>(i);
        if (m.mrr == 0) m.mrr = 1.0 / static_cast<double>(i);
        if (i <= ndcg_depth) dcg += it->second / std::log2(static_cast<double>(i) + 1);
        if (i <= precision_depth) ++top_precision;
        if (i <= recall_depth) ++top_recall;
    }
    std::vector<int> ideal;
    for (const auto& [doc, gain] : rel) ideal.push_back(gain);
    std::sort(ideal.begin(), ideal.end(), std::greater<>());
    double idcg = 0;
    for (std::size_t i = 1; i <= ideal.size() && i <= ndcg_depth; ++i) {
        idcg += ideal[i - 1] / std::log2(static_cast<double>(i) + 1);
    }
    double relevant = static_cast<double>(rel.size());
    m.map = ap_sum / relevant;
    m.ndcg10 = idcg > 0 ? dcg / idcg : 0;
    m.p10 = static_cast<double>(top_precision) / static_cast<double>(precision_depth);
    m.r100 = static_cast<double>(top_recall) / relevant;
    return m;
}

Evaluation evaluate(const Run& run, const Qrels& qrels) {
    Evaluation out;
    static const std::vector<std::string> unanswered;
    for (const auto& [qid, judged] : qrels) {
        bool any = std::any_of(judged.begin(), judged.end(), [](const auto& j) { return j.second > 0; });
        if (!any) continue;
        auto it = run.find(qid);
        Metrics m = evaluate_topic(it == run.end() ? unanswered : it->second, judged);
        out.per_topic.emplace(qid, m);
        out.mean.map += m.map;
        out.mean.ndcg10 += m.ndcg10;
        out.mean.p10 += m.p10;
        out.mean.r100 += m.r100;
        out.mean.mrr += m.mrr;
    }
    out.topics = out.per_topic.size();
    if (out.topics > 0) {
        double n = static_cast<double>(out.topics);
        out.mean.map /= n;
        out.mean.ndcg10 /= n;
        out.mean.p10 /= n;
        out.mean.r100 /= n;
        out.mean.mrr /= n;
    }
    return out;
}

}  // namespace newsdex::search
