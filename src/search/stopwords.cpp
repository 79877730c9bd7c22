// English stop words for queries: Snowball's English list, less words that are names in news.
#include "search/stopwords.h"

namespace newsdex::search {
namespace {

// Snowball's English stop list (snowballstem.org/algorithms/english/stop.txt) without "us" (the U.S.) and
// "who" (the WHO), which news queries use as names. Contractions are left out: the tokenizer splits them.
constexpr const char* english_words[] = {
    "i",       "me",       "my",         "myself",  "we",      "our",   "ours",    "ourselves", "you",        "your",
    "yours",   "yourself", "yourselves", "he",      "him",     "his",   "himself", "she",       "her",        "hers",
    "herself", "it",       "its",        "itself",  "they",    "them",  "their",   "theirs",    "themselves", "what",
    "which",   "whom",     "this",       "that",    "these",   "those", "am",      "is",        "are",        "was",
    "were",    "be",       "been",       "being",   "have",    "has",   "had",     "having",    "do",         "does",
    "did",     "doing",    "would",      "should",  "could",   "ought", "a",       "an",        "the",        "and",
    "but",     "if",       "or",         "because", "as",      "until", "while",   "of",        "at",         "by",
    "for",     "with",     "about",      "against", "between", "into",  "through", "during",    "before",     "after",
    "above",   "below",    "to",         "from",    "up",      "down",  "in",      "out",       "on",         "off",
    "over",    "under",    "again",      "further", "then",    "once",  "here",    "there",     "when",       "where",
    "why",     "how",      "all",        "any",     "both",    "each",  "few",     "more",      "most",       "other",
    "some",    "such",     "no",         "nor",     "not",     "only",  "own",     "same",      "so",         "than",
    "too",     "very",
};

}  // namespace

const Xapian::Stopper& english_stopper() {
    // Built once; SimpleStopper is only read after construction, so threads may share it.
    static const Xapian::SimpleStopper stopper(std::begin(english_words), std::end(english_words));
    return stopper;
}

}  // namespace newsdex::search
