// Tidying the recognizer's predicted spans in raw text: titles and roles out of names, one reading per
// multiword name throughout a document.
#pragma once

#include <string_view>
#include <vector>

#include "extract/ner/internal/ner_tags.h"

namespace newsdex::extract::ner {

// Chunks per sentence from the model's tags, then:
// - a role inside an organisation or place span splits off the person after it ("Apple CEO Tim Cook");
// - leading titles leave person names ("President Vladimir Putin"), and "former" leaves any name;
// - a span of another type opened by an honorific is the person after it ("Senator Ted Cruz", "Mr Cable");
// - a person's name right before an organisation ending in a legal form is part of it ("Hartley Quinn" +
//   "Pemberton Inc" -> "Hartley Quinn Pemberton Inc");
// - a multiword name found elsewhere in the document is given the same span and type wherever else the
//   same words occur, in any case ("Van der Bellen" in a headline, "van der Bellen" in the text).
// `words[s]` are sentence s's token texts.
std::vector<std::vector<Chunk>> tidy_chunks(const std::vector<std::vector<Tag>>& tags,
                                            const std::vector<std::vector<std::string_view>>& words);

bool is_person_title(std::string_view word);  // "President", "Sen.", ... (any case)

}  // namespace newsdex::extract::ner
