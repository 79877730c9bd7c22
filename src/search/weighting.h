// The ranking function of a search: DFR IneB2 by default (docs/quality.md, "Weighting schemes"), BM25 when asked
// for, or one of Xapian's other weighting schemes, named for experiments (`batch --weighting`, scripts/tune-ranking).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <utility>

#include <xapian.h>

namespace newsdex::search {

// IneB2's parameter c in the default ranking (weighting.cpp says why 4.5).
constexpr double default_ineb2_c = 4.5;

// With `scheme` empty: IneB2 with c 4.5, or BM25 when `bm25` or `min_normlen` is given. "bm25": BM25 with k1 and b
// from `bm25` (else 1.2 and 0.35) and the length floor `min_normlen` (else Xapian's 0.5). Otherwise `scheme` names
// another of Xapian 1.4's schemes with its parameters after a colon:
//   bm25+:K1,B,DELTA   BM25 with a lower bound DELTA on a matching term's length-normalised weight (Lv & Zhai)
//   pl2:C  pl2+:C,DELTA  inl2:C  ifb2:C  ineb2:C  bb2:C   divergence from randomness, length normalisation 2
//   dlh  dph                                             parameter-free divergence from randomness
//   lm:MU               query likelihood, Dirichlet smoothing with prior MU
//   tfidf               Xapian's TfIdfWeight (ntn)
// Throws Error(usage) on an unknown name or a missing or out-of-range parameter.
std::unique_ptr<Xapian::Weight> make_weighting(const std::string& scheme, std::optional<std::pair<double, double>> bm25,
                                               std::optional<double> min_normlen);

}  // namespace newsdex::search
