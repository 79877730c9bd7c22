// Names of the enum values in article.h, as they appear in JSON and CoNLL output.
#include "core/article.h"

namespace newsdex {

const char* to_string(EntityType type) noexcept {
    switch (type) {
        case EntityType::person: return "PERSON";
        case EntityType::org: return "ORG";
        case EntityType::location: return "LOCATION";
        case EntityType::misc: return "MISC";
    }
    return "MISC";
}

}  // namespace newsdex
