// libFuzzer target: query building (newsdex fields, dates, wildcards) and running it on a small in-memory index.
#include <cstddef>
#include <cstdint>
#include <string>

#include <xapian.h>

#include "core/error.h"
#include "index/schema.h"
#include "search/query_builder.h"

namespace {

Xapian::Database make_index() {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    db.set_metadata(std::string(newsdex::schema::metadata::stemmer), "english");
    const char* words[] = {"apple", "apricot", "avocado", "banana", "kerry", "moscow", "syria", "talks"};
    for (int i = 0; i < 40; ++i) {
        Xapian::Document doc;
        for (int j = 0; j < 8; ++j) {
            if ((i + j) % 3 != 0) doc.add_term(words[j]);
        }
        doc.add_term("a" + std::to_string(i));
        doc.add_boolean_term("Q" + std::to_string(i));
        doc.add_value(newsdex::schema::slot::date, "201512" + std::to_string(10 + i % 20));
        db.add_document(doc);
    }
    db.commit();
    return db;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static Xapian::Database db = make_index();
    std::string text(reinterpret_cast<const char*>(data), size);
    newsdex::search::QueryBuilder builder(db, nullptr);
    newsdex::search::QuerySpec spec;
    spec.query = text;
    try {
        auto built = builder.build(spec);
        Xapian::Enquire enquire(db);
        enquire.set_query(built.query);
        (void)enquire.get_mset(0, 10);
    } catch (const newsdex::Error&) {
        // A clear refusal is the expected outcome for malformed queries.
    }
    return 0;
}
