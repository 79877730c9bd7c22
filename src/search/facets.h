// Facet counting over the whole match set with Xapian MatchSpies reading the schema's value slots.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include <xapian.h>

#include "search/search_result.h"

namespace newsdex::search {

// Facet names accepted by --facet, in the order --help lists them.
constexpr const char* facet_names = "person, org, place, source, year, month, day, category, language, "
                                    "mentions.month, mentions.year";

// Counts each distinct value once per matching document. Date facets keep calendar order.
class FacetCounter : public Xapian::MatchSpy {
public:
    // Throws Error(usage) for an unknown facet name.
    explicit FacetCounter(const std::string& name);

    void operator()(const Xapian::Document& doc, double weight) override;
    std::string name() const override { return "newsdex.FacetCounter"; }

    Facet result(std::size_t limit) const;

private:
    enum class Kind { list, date_prefix, single };
    std::string facet_;
    Xapian::valueno slot_ = 0;
    Kind kind_ = Kind::list;
    std::size_t prefix_length_ = 0;  // date facets: 4 year, 6 month, 8 day
    bool calendar_ = false;
    std::map<std::string, std::size_t> counts_;
};

}  // namespace newsdex::search
