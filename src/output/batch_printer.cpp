// Layout of batch and evaluation output; the JSON field names are part of newsdex's interface.
#include "output/batch_printer.h"

#include <fmt/format.h>

#include "output/search_printer.h"

namespace newsdex::output {
namespace {

// Tabs and newlines would break a TSV row; titles keep everything else.
std::string tsv_field(std::string s) {
    for (char& c : s) {
        if (c == '\t' || c == '\n' || c == '\r') c = ' ';
    }
    return s;
}

// TREC run fields are whitespace-separated, so ids with spaces would shift the columns.
std::string trec_field(std::string s) {
    for (char& c : s) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') c = '_';
    }
    return s.empty() ? "-" : s;
}

nlohmann::json metrics_json(const search::Metrics& m) {
    return {{"map", m.map}, {"ndcg@10", m.ndcg10}, {"p@10", m.p10}, {"recall@100", m.r100}, {"mrr", m.mrr}};
}

constexpr auto dump = [](const nlohmann::json& j) {
    return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
};

}  // namespace

nlohmann::json batch_to_json(const search::BatchOutcome& outcome) {
    if (!outcome.result) {
        nlohmann::json error = {{"id", outcome.id}, {"line", outcome.line}, {"error", outcome.error}};
        if (outcome.column > 0) error["column"] = outcome.column;
        return error;
    }
    nlohmann::json out = {{"id", outcome.id}, {"line", outcome.line}};
    out.update(to_json(*outcome.result));
    return out;
}

void print_batch_jsonl(std::ostream& out, const search::BatchOutcome& outcome) {
    out << dump(batch_to_json(outcome)) << '\n';
}

void print_batch_trec(std::ostream& out, const search::BatchOutcome& outcome, const std::string& run_id) {
    if (!outcome.result) return;
    std::string qid = trec_field(outcome.id);
    for (const auto& hit : outcome.result->hits) {
        out << qid << " Q0 " << trec_field(hit.id) << ' ' << hit.rank << ' ' << fmt::format("{:.6f}", hit.score) << ' '
            << run_id << '\n';
    }
}

void print_batch_tsv(std::ostream& out, const search::BatchOutcome& outcome) {
    std::string id = tsv_field(outcome.id);
    if (!outcome.result) {
        out << id << "\tERROR\tline " << outcome.line << ": " << tsv_field(outcome.error) << '\n';
        return;
    }
    for (const auto& hit : outcome.result->hits) {
        out << id << '\t' << hit.rank << '\t' << tsv_field(hit.id) << '\t' << fmt::format("{:.6f}", hit.score) << '\t'
            << hit.date << '\t' << tsv_field(hit.title) << '\n';
    }
}

void print_bench_line(std::ostream& out, const std::string& qid, long long micros, const search::SearchResult* result) {
    nlohmann::json hits = nlohmann::json::array();
    nlohmann::json line = {{"qid", qid}, {"micros", micros}};
    if (result != nullptr) {
        for (const auto& hit : result->hits) hits.push_back(hit.id);
        line["hits"] = std::move(hits);
        line["total"] = result->total;
    } else {
        line["hits"] = std::move(hits);
    }
    out << dump(line) << '\n';
}

void print_evaluation_text(std::ostream& out, const search::Evaluation& evaluation, bool per_topic) {
    auto row = [&](const std::string& name, const search::Metrics& m) {
        out << fmt::format("{:<12} {:>7.4f} {:>8.4f} {:>7.4f} {:>10.4f} {:>7.4f}\n", name, m.map, m.ndcg10, m.p10,
                           m.r100, m.mrr);
    };
    out << fmt::format("{:<12} {:>7} {:>8} {:>7} {:>10} {:>7}\n", "topic", "MAP", "nDCG@10", "P@10", "Recall@100",
                       "MRR");
    if (per_topic) {
        for (const auto& [qid, m] : evaluation.per_topic) row(qid, m);
    }
    row(fmt::format("all ({})", evaluation.topics), evaluation.mean);
}

nlohmann::json evaluation_to_json(const search::Evaluation& evaluation, bool per_topic) {
    nlohmann::json out = metrics_json(evaluation.mean);
    out["topics"] = evaluation.topics;
    if (per_topic) {
        nlohmann::json topics = nlohmann::json::object();
        for (const auto& [qid, m] : evaluation.per_topic) topics[qid] = metrics_json(m);
        out["per_topic"] = std::move(topics);
    }
    return out;
}

}  // namespace newsdex::output
