// Page metadata, best source first: JSON-LD Article, OpenGraph/article:*, <meta name>, Dublin Core, <time>, URL.
#pragma once

#include <string>
#include <string_view>

#include "webpage/internal/dom.h"
#include "webpage/web_page.h"

namespace newsdex::webpage {

struct MetadataResult {
    PageMetadata metadata;
    std::string json_ld_body;  // JSON-LD articleBody, a candidate body when extraction finds little
};

MetadataResult read_metadata(const Document& doc, std::string_view url);

// The page's <title> made a headline: a site name after " | ", " - ", " » " and similar is cut, unless that
// leaves too few words (Readability's rule, which news pages follow).
std::string headline_from_title(const Document& doc, std::string_view title);

// Readability's similarity of two titles: the share of b's words (weighted by length) that a also has, 0..1.
double title_similarity(std::string_view a, std::string_view b);

// An author line without its "By " / "Par " / "Von " prefix and with whitespace folded.
std::string clean_byline(std::string_view byline);

// A date found in the URL's path (/2015/12/15/ or /2015-12-15/) as "YYYY-MM-DD"; "" when none.
std::string date_from_url(std::string_view url);

// Single sources, in metadata_sources.cpp.
namespace detail {
std::string content_byline(const Document& doc);                        // rel=author, .byline, itemprop=author
std::string time_element_date(const Document& doc);                     // <time datetime> (pubdate first)
std::string canonical_link(const Document& doc, std::string_view url);  // <link rel=canonical>, og:url
std::string page_language(const Document& doc);                         // <html lang>
}  // namespace detail

}  // namespace newsdex::webpage
