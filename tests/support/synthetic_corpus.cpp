// Different lengths, vocabularies, dates, authors and categories, from a fixed-seed generator.
#include "support/synthetic_corpus.h"

#include <cstdio>
#include <fstream>
#include <iterator>
#include <random>
#include <stdexcept>

namespace newsdex::test {

std::string synthetic_id(int i, const std::string& prefix) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "-%05d", i);
    return prefix + buffer;
}

void write_synthetic_corpus(const std::string& path, int count, const std::string& prefix, unsigned seed) {
    static const char* words[] = {"market",  "shares",   "minister", "talks",    "ceasefire",  "grain",  "exports",
                                  "central", "bank",     "rates",    "election", "parliament", "summit", "oil",
                                  "prices",  "refugees", "border",   "treaty",   "inflation",  "budget", "strike",
                                  "court",   "ruling",   "storm",    "harvest",  "currency",   "trade",  "deficit"};
    static const char* places[] = {"Moscow", "Paris", "Berlin", "Tokyo", "Nairobi", "Lima", "Ottawa", "Oslo"};
    std::mt19937 rng(seed);
    std::ofstream out(path, std::ios::binary);
    if (!out) throw std::runtime_error("cannot write " + path);
    for (int i = 0; i < count; ++i) {
        auto word = [&] { return std::string(words[rng() % std::size(words)]); };
        std::string title = std::string(places[rng() % std::size(places)]) + " " + word() + " " + word();
        std::string body;
        int sentences = 2 + static_cast<int>(rng() % 12);
        for (int s = 0; s < sentences; ++s) {
            body += places[rng() % std::size(places)];
            for (int w = 0; w < 6 + static_cast<int>(rng() % 10); ++w) body += " " + word();
            body += " number" + std::to_string(i) + ". ";
        }
        char date[16];
        std::snprintf(date, sizeof date, "2016-%02d-%02d", 1 + i % 12, 1 + i % 28);
        out << R"({"id":")" << synthetic_id(i, prefix) << R"(","title":")" << title << R"(","body":")" << body
            << R"(","date":")" << date << R"(","author":"Writer )" << (i % 17) << R"(","category":")" << words[i % 5]
            << "\"}\n";
    }
}

}  // namespace newsdex::test
