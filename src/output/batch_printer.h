// Printers for batch outcomes: JSON Lines, TREC run format and TSV, one query's output at a time.
#pragma once

#include <ostream>
#include <string>

#include <nlohmann/json.hpp>

#include "search/batch_runner.h"
#include "search/trec_eval.h"

namespace newsdex::output {

// JSONL: output::to_json of the result plus "id" and "line"; an error line is
// {"id": ..., "line": N, "error": "...", "column": C (query errors only)}.
nlohmann::json batch_to_json(const search::BatchOutcome& outcome);
void print_batch_jsonl(std::ostream& out, const search::BatchOutcome& outcome);

// TREC run format, one line per hit: "qid Q0 docid rank score run_id". Nothing for errors (the caller
// reports them on stderr), as trec_eval expects a pure run file.
void print_batch_trec(std::ostream& out, const search::BatchOutcome& outcome, const std::string& run_id);

// TSV, one line per hit: id, rank, docid, score, date, title; an error is "id\tERROR\tline N: reason".
void print_batch_tsv(std::ostream& out, const search::BatchOutcome& outcome);

// The bench contract's line: {"qid": ..., "micros": N, "hits": [...], "total": N}.
void print_bench_line(std::ostream& out, const std::string& qid, long long micros, const search::SearchResult* result);

// `newsdex eval` output: a small table, or one JSON object with "topics" and the five measures.
void print_evaluation_text(std::ostream& out, const search::Evaluation& evaluation, bool per_topic);
nlohmann::json evaluation_to_json(const search::Evaluation& evaluation, bool per_topic);

}  // namespace newsdex::output
