// An ALL CAPS headline read as the article's body reads the same words.
#pragma once

#include <vector>

#include "extract/ner/internal/ner_features.h"
#include "extract/ner/internal/ner_tags.h"

namespace newsdex::extract::ner {

// When a document's first sentence is an ALL CAPS line (its headline), each run of two or more adjacent names
// there ("BANK OF" ORG + "NEW YORK" LOC) whose words the body writes somewhere as the start of one name, every
// such place of one type, becomes one name of that type. The body is every sentence that is not ALL CAPS (CoNLL
// datelines, "NEW YORK 1996-08-22", are not); capitals leave a headline's casing, and so where its names end, to
// guesswork that the body's running text does not need. A single name keeps the type the passes gave it (on
// CoNLL-2003 train-CV retyping those as the body reads them costs 0.01 F1: countries the body names as teams).
// `words` from extract_features on the same document (DocumentWords::all_caps filled); tags are changed in place
// and stay valid BIO.
void follow_body_in_headline(const DocumentWords& words, std::vector<std::vector<Tag>>& tags);

}  // namespace newsdex::extract::ner
