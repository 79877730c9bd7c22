// Whole-index comparison for tests: every document's terms (wdf, positions), values and data, by unique term.
// Header-only, so only the test binaries that include it need Xapian.
#pragma once

#include <map>
#include <sstream>
#include <string>

#include <xapian.h>

namespace newsdex::test {

// Everything about each document, keyed by its unique (Q) term: terms with wdf and positions, values, and
// (unless `with_data` is false) its data.
inline std::map<std::string, std::string> dump(const Xapian::Database& db, bool with_data = true) {
    std::map<std::string, std::string> out;
    for (auto id = db.postlist_begin(""); id != db.postlist_end(""); ++id) {
        Xapian::Document doc = db.get_document(*id);
        std::ostringstream text;
        std::string unique;
        for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
            if ((*t)[0] == 'Q') unique = *t;
            text << *t << '/' << t.get_wdf() << ':';
            for (auto p = t.positionlist_begin(); p != t.positionlist_end(); ++p) text << *p << ',';
            text << '\n';
        }
        for (auto v = doc.values_begin(); v != doc.values_end(); ++v)
            text << 'v' << v.get_valueno() << '=' << *v << '\n';
        if (with_data) text << doc.get_data();
        out[unique] = text.str();
    }
    return out;
}

}  // namespace newsdex::test
