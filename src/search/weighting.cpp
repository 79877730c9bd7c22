#include "search/weighting.h"

#include <sstream>
#include <vector>

#include "core/error.h"

namespace newsdex::search {
namespace {

// The default ranking function: DFR IneB2 (inverse expected document frequency, Bernoulli after-effect, length
// normalisation 2: tfn = wdf * log2(1 + c * avg_length / length)) with c = 4.5, the best worst-case ratio to the
// best peer over the news known-item set and the five dev collections on every measure of issue 15 (MAP and
// nDCG@10; MRR and success@10 on known-item search): docs/quality.md, "Weighting schemes". BM25 with its best
// parameters led on all twelve measures by at least .27 %, IneB2 c 4.5 by .66 % and lifts all three news sources
// (BM25 normalised 30-word briefs and 800-word features with one b and could not rank both).
// (c: default_ineb2_c, weighting.h.)

// BM25 when asked for (`--bm25`, `--weighting bm25`) without parameters: the best BM25 cell of the same grid
// (k1 0.9, b 0.3 led on MAP and MRR but trailed Lucene 8 on nDCG@10; with stop words kept in short queries,
// query_spec.h, k1 1.2, b 0.35 led on all twelve measures).
constexpr double default_k1 = 1.2;
constexpr double default_b = 0.35;
// Xapian's own BM25 settings for the rest: no query-length factor k2, within-query frequency k3 = 1,
// documents shorter than half the average are normalised as if half the average.
constexpr double bm25_k2 = 0, bm25_k3 = 1, bm25_min_normlen = 0.5;

// The comma-separated numbers after "name:", exactly `count` of them, each >= 0.
std::vector<double> parameters(const std::string& scheme, const std::string& text, std::size_t count) {
    std::vector<double> values;
    std::istringstream in(text);
    std::string item;
    while (std::getline(in, item, ',')) {
        std::size_t used = 0;
        double value = -1;
        try {
            value = std::stod(item, &used);
        } catch (const std::exception&) {
            used = 0;
        }
        if (used != item.size() || value < 0) break;
        values.push_back(value);
    }
    if (values.size() != count || (text.empty() && count > 0)) {
        throw Error(ErrorKind::usage, "weighting '" + scheme + "' wants " + std::to_string(count) +
                                          " non-negative number(s) after ':' (see `newsdex batch --help`)");
    }
    return values;
}

std::unique_ptr<Xapian::Weight> divergence_scheme(const std::string& name, double c) {
    if (name == "pl2") return std::make_unique<Xapian::PL2Weight>(c);
    if (name == "inl2") return std::make_unique<Xapian::InL2Weight>(c);
    if (name == "ifb2") return std::make_unique<Xapian::IfB2Weight>(c);
    if (name == "ineb2") return std::make_unique<Xapian::IneB2Weight>(c);
    if (name == "bb2") return std::make_unique<Xapian::BB2Weight>(c);
    return nullptr;
}

}  // namespace

std::unique_ptr<Xapian::Weight> make_weighting(const std::string& scheme, std::optional<std::pair<double, double>> bm25,
                                               std::optional<double> min_normlen) {
    double floor = min_normlen.value_or(bm25_min_normlen);
    if (scheme.empty() && !bm25 && !min_normlen) return std::make_unique<Xapian::IneB2Weight>(default_ineb2_c);
    if (scheme.empty() || scheme == "bm25") {
        auto [k1, b] = bm25.value_or(std::make_pair(default_k1, default_b));
        return std::make_unique<Xapian::BM25Weight>(k1, bm25_k2, bm25_k3, b, floor);
    }
    std::size_t colon = scheme.find(':');
    std::string name = scheme.substr(0, colon);
    std::string args = colon == std::string::npos ? "" : scheme.substr(colon + 1);
    if (name == "bm25+") {
        auto p = parameters(scheme, args, 3);
        if (p[1] > 1) throw Error(ErrorKind::usage, "weighting '" + scheme + "': b is at most 1");
        return std::make_unique<Xapian::BM25PlusWeight>(p[0], bm25_k2, bm25_k3, p[1], floor, p[2]);
    }
    if (name == "pl2+") {
        auto p = parameters(scheme, args, 2);
        if (p[0] <= 0) throw Error(ErrorKind::usage, "weighting '" + scheme + "': c must be above 0");
        return std::make_unique<Xapian::PL2PlusWeight>(p[0], p[1]);
    }
    if (name == "pl2" || name == "inl2" || name == "ifb2" || name == "ineb2" || name == "bb2") {
        auto p = parameters(scheme, args, 1);
        if (p[0] <= 0) throw Error(ErrorKind::usage, "weighting '" + scheme + "': c must be above 0");
        return divergence_scheme(name, p[0]);
    }
    if (name == "lm") {
        auto p = parameters(scheme, args, 1);
        return std::make_unique<Xapian::LMWeight>(0.0, Xapian::Weight::DIRICHLET_SMOOTHING, p[0], 0.0);
    }
    parameters(scheme, args, 0);
    if (name == "dlh") return std::make_unique<Xapian::DLHWeight>();
    if (name == "dph") return std::make_unique<Xapian::DPHWeight>();
    if (name == "tfidf") return std::make_unique<Xapian::TfIdfWeight>();
    throw Error(ErrorKind::usage, "unknown weighting '" + scheme +
                                      "' (choose from bm25, bm25+, pl2, pl2+, inl2, ifb2, ineb2, bb2, dlh, dph, lm, "
                                      "tfidf)");
}

}  // namespace newsdex::search
