// Viterbi decoding of the best BIO tag sequence from per-token scores and tag transitions.
#include "extract/ner/internal/ner_decoder.h"

#include "extract/ner/internal/ner_headline.h"

#include <limits>

namespace newsdex::extract::ner {
namespace {

// Whether every tag but O is impossible at a token.
bool only_outside(const TagScores& scores) {
    for (std::size_t t = 0; t < tag_count; ++t) {
        if (t != outside && scores[t] != -std::numeric_limits<float>::infinity()) return false;
    }
    return true;
}

}  // namespace

std::vector<Tag> viterbi(const std::vector<TagScores>& emissions, const Transitions& transitions) {
    const std::size_t n = emissions.size();
    std::vector<Tag> path(n, outside);
    if (n == 0) return path;
    constexpr float impossible = -std::numeric_limits<float>::infinity();
    // Forbidden BIO steps as impossible transitions: the inner loop then has no branch but the max, and
    // an impossible sum never beats `top` (as a skipped step never did).
    Transitions allowed_transitions;
    for (std::size_t p = 0; p <= tag_count; ++p) {
        for (std::size_t t = 0; t < tag_count; ++t) {
            allowed_transitions[p][t] = allowed(p, static_cast<Tag>(t)) ? transitions[p][t] : impossible;
        }
    }
    std::vector<TagScores> best(n);
    std::vector<std::array<Tag, tag_count>> back(n);
    for (std::size_t t = 0; t < tag_count; ++t) {
        best[0][t] = allowed(start_tag, static_cast<Tag>(t)) ? transitions[start_tag][t] + emissions[0][t] : impossible;
    }
    for (std::size_t i = 1; i < n; ++i) {
        if (only_outside(emissions[i])) {
            // A token only O can take (skipped as plain text, about half of news text): the other tags' sums
            // would all be impossible, and no path through them is ever followed back, so only O is summed.
            best[i].fill(impossible);
            back[i].fill(outside);
            float top = impossible;
            for (std::size_t p = 0; p < tag_count; ++p) {
                const float v = best[i - 1][p] + allowed_transitions[p][outside];
                if (v > top) {
                    top = v;
                    back[i][outside] = static_cast<Tag>(p);
                }
            }
            best[i][outside] = top == impossible ? impossible : top + emissions[i][outside];
            continue;
        }
        for (std::size_t t = 0; t < tag_count; ++t) {
            float top = impossible;
            Tag arg = outside;
            for (std::size_t p = 0; p < tag_count; ++p) {
                const float v = best[i - 1][p] + allowed_transitions[p][t];
                if (v > top) {
                    top = v;
                    arg = static_cast<Tag>(p);
                }
            }
            best[i][t] = top == impossible ? impossible : top + emissions[i][t];
            back[i][t] = arg;
        }
    }
    Tag last = outside;
    for (std::size_t t = 1; t < tag_count; ++t)
        if (best[n - 1][t] > best[n - 1][last]) last = static_cast<Tag>(t);
    for (std::size_t i = n; i-- > 0;) {
        path[i] = last;
        last = back[i][last];
    }
    return path;
}

namespace {

// O is group 0, each entity type its own group: B-X and I-X read the token the same way.
std::size_t reading_of(std::size_t tag) { return tag == outside ? 0 : 1 + type_of(static_cast<Tag>(tag)); }

}  // namespace

std::vector<float> token_margins(const std::vector<TagScores>& emissions, const Transitions& transitions,
                                 const std::vector<Tag>& path) {
    const std::size_t n = emissions.size();
    std::vector<float> margins(n, no_rival_margin);
    if (n == 0) return margins;
    constexpr float impossible = -std::numeric_limits<float>::infinity();
    Transitions step;  // forbidden BIO steps as impossible transitions, as in viterbi()
    for (std::size_t p = 0; p <= tag_count; ++p) {
        for (std::size_t t = 0; t < tag_count; ++t)
            step[p][t] = allowed(p, static_cast<Tag>(t)) ? transitions[p][t] : impossible;
    }
    // A token only O can take (skipped plain text) has every other tag impossible in both directions, so only
    // O is summed there, as in viterbi(); the sums kept are the same, and such a token has no rival reading.
    std::vector<char> only_o(n);
    for (std::size_t i = 0; i < n; ++i) only_o[i] = only_outside(emissions[i]);
    // forward[i][t]: best score of tokens 0..i ending in t; backward[i][t]: best score of the tokens after i given t.
    std::vector<TagScores> forward(n), backward(n);
    for (std::size_t t = 0; t < tag_count; ++t) forward[0][t] = step[start_tag][t] + emissions[0][t];
    for (std::size_t i = 1; i < n; ++i) {
        for (std::size_t t = 0; t < tag_count; ++t) {
            if (only_o[i] && t != outside) {
                forward[i][t] = impossible;
                continue;
            }
            float top = impossible;
            for (std::size_t p = 0; p < tag_count; ++p) top = std::max(top, forward[i - 1][p] + step[p][t]);
            forward[i][t] = top + emissions[i][t];
        }
    }
    backward[n - 1].fill(0);
    for (std::size_t i = n - 1; i-- > 0;) {
        static_assert(outside == 0);
        const std::size_t nexts = only_o[i + 1] ? 1 : tag_count;  // O alone, or every tag
        for (std::size_t t = 0; t < tag_count; ++t) {
            float top = impossible;
            for (std::size_t next = 0; next < nexts; ++next)
                top = std::max(top, step[t][next] + emissions[i + 1][next] + backward[i + 1][next]);
            backward[i][t] = top;
        }
    }
    for (std::size_t i = 0; i < n; ++i) {
        if (only_o[i] && path[i] == outside) continue;
        const float best = forward[i][path[i]] + backward[i][path[i]];
        float rival = impossible;
        for (std::size_t t = 0; t < tag_count; ++t)
            if (reading_of(t) != reading_of(path[i])) rival = std::max(rival, forward[i][t] + backward[i][t]);
        if (rival != impossible) margins[i] = std::min(best - rival, no_rival_margin);
    }
    return margins;
}

namespace {

// Score of `path` over tokens [first, last): emissions, the transitions into each, and the one out of the run
// into `next` (tag_count: the sentence ends there).
float run_score(const std::vector<Tag>& path, std::size_t first, std::size_t last, std::size_t previous,
                std::size_t next, const std::vector<TagScores>& emissions, const Transitions& transitions) {
    float score = 0;
    for (std::size_t i = first; i < last; ++i) {
        score += transitions[previous][path[i]] + emissions[i][path[i]];
        previous = path[i];
    }
    if (next < tag_count) score += transitions[previous][next];
    return score;
}

}  // namespace

void keep_confident_changes(const std::vector<Tag>& before, std::vector<Tag>& after,
                            const std::vector<TagScores>& emissions, const Transitions& transitions, float margin) {
    const std::size_t n = after.size();
    for (std::size_t first = 0; first < n;) {
        if (before[first] == after[first]) {
            ++first;
            continue;
        }
        std::size_t last = first + 1;
        while (last < n && before[last] != after[last]) ++last;
        const std::size_t previous = first == 0 ? start_tag : after[first - 1];
        const std::size_t next = last == n ? tag_count : after[last];
        const float gain = run_score(after, first, last, previous, next, emissions, transitions) -
                           run_score(before, first, last, previous, next, emissions, transitions);
        if (gain < margin) std::copy(before.begin() + first, before.begin() + last, after.begin() + first);
        first = last;
    }
}

}  // namespace newsdex::extract::ner

namespace newsdex::extract::ner {

std::vector<std::vector<Tag>> tag_with(const WeightTable& weights, const std::vector<std::vector<FeatureIds>>& features,
                                       std::vector<std::vector<float>>* margins) {
    std::vector<std::vector<Tag>> tags;
    tags.reserve(features.size());
    if (margins) margins->clear();
    std::vector<TagScores> emissions;
    for (const auto& sentence : features) {
        emissions.clear();
        for (const auto& token : sentence) emissions.push_back(weights.score(token));
        tags.push_back(viterbi(emissions, weights.transitions()));
        if (margins) margins->push_back(token_margins(emissions, weights.transitions(), tags.back()));
    }
    return tags;
}

std::vector<std::vector<Tag>> tag_document(const PassScorer& scorer, const FeatureResources& resources,
                                           const Document& document, float pass2_margin, float vote_margin,
                                           FirstPassTrace* trace) {
    DocumentWords words;
    auto features = extract_features(document, resources, &words, /*skip_plain=*/true);
    // Every pass's sums for every token (document order) from one lookup per feature; later passes only
    // look up the features they add.
    std::vector<PassScorer::Sums> sums;
    scorer.add(features, {}, sums);
    std::vector<std::vector<Tag>> tags(document.size());
    for (std::size_t s = 0; s < document.size(); ++s) tags[s].assign(document[s].size(), outside);
    std::vector<std::uint32_t> sizes;
    std::vector<TagScores> emissions;
    TagScores forced_outside;
    forced_outside.fill(-std::numeric_limits<float>::infinity());
    forced_outside[outside] = 0;
    // The first pass's margins, when its readings vote by confidence or a caller wants them.
    const bool want_margins = vote_margin > 0 || trace;
    std::vector<std::vector<float>> margins(want_margins ? document.size() : 0);
    for (std::size_t pass = 0; pass < scorer.passes(); ++pass) {
        if (pass > 0) {
            sizes.clear();
            for (const auto& sentence : features) {
                for (const auto& token : sentence) sizes.push_back(static_cast<std::uint32_t>(token.size()));
            }
            add_first_pass_features(document, tags, features, &words,
                                    {vote_margin > 0 ? &margins : nullptr, vote_margin,
                                     (resources.switched_on & feature_on::neighbour_votes) != 0});
            scorer.add(features, sizes, sums);
        }
        std::size_t at = 0;
        for (std::size_t s = 0; s < document.size(); ++s) {
            emissions.clear();
            for (std::size_t k = 0; k < document[s].size(); ++k, ++at) {
                // A token skipped as plain text is O: every other tag impossible there.
                emissions.push_back(features[s][k].empty() ? forced_outside : scorer.scores(sums[at], pass));
            }
            auto path = viterbi(emissions, scorer.transitions(pass));
            if (pass == 0 && want_margins) margins[s] = token_margins(emissions, scorer.transitions(pass), path);
            if (pass > 0 && pass2_margin > 0)
                keep_confident_changes(tags[s], path, emissions, scorer.transitions(pass), pass2_margin);
            tags[s] = std::move(path);
        }
        if (pass == 0 && trace) trace->tags = tags;
    }
    if (trace) trace->margins = std::move(margins);
    if (resources.switched_on & feature_on::headline_follows_body) follow_body_in_headline(words, tags);
    return tags;
}

std::vector<std::vector<Tag>> tag_document(const Model& model, const Document& document) {
    if (const PassScorer* scorer = model.scorer())
        return tag_document(*scorer, model.resources(), document, model.pass2_margin(), model.vote_margin());
    // a model still being built
    return tag_document(PassScorer(model.passes()), model.resources(), document, model.pass2_margin(),
                        model.vote_margin());
}

}  // namespace newsdex::extract::ner
