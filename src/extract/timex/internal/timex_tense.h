// Guesses the tense of the clause around a temporal expression, from verb cues, to place weekdays and months.
#pragma once

#include <cstddef>

#include "extract/timex/internal/timex_spec.h"
#include "extract/timex/internal/timex_tokens.h"

namespace newsdex::extract::timex {

// The tense of the sentence holding tokens [begin, end): the nearest cue to the left within the sentence
// ("said", "was", "-ed" verbs → past; "will", "would", "'ll", "is expected to" → future), else the nearest one
// to the right. Tense::none when the sentence has no cue.
Tense tense_at(const TokenStream& tokens, std::size_t begin, std::size_t end);

// The tense of the clause around a month named without a year ("in March", "Jan. 15"): as tense_at, with modals
// ("can", "may") and infinitives ("agreed to purchase") read as future and "be" + participle ("will be named") as
// no cue. Kept apart from tense_at, which places weekdays, where these cues did worse.
Tense month_tense_at(const TokenStream& tokens, std::size_t begin, std::size_t end);

// True when the verb nearest to a month named without a year ("was fired in July", "In July, he resigned") tells of a
// past event: a past tense or perfect, with no present, modal, plan or gerund nearer. Looks a few words either side.
bool tells_past_event(const TokenStream& tokens, std::size_t begin, std::size_t end);

// What that nearest verb says: past (a past event), present (a finite present or modal: "the vote is in August",
// "talks could resume in September"), future (a plan, "due", a gerund), or none (no verb near enough).
Tense event_tense(const TokenStream& tokens, std::size_t begin, std::size_t end);

// True when the verb nearest before a weekday is a finite present of a scheduled event ("the summit opens Thursday",
// "leaders meet separately Monday", "the court hears the case on Friday"): news tells what is planned in the present.
bool present_event_before(const TokenStream& tokens, std::size_t begin, std::size_t end);

// True when the verb nearest before a month named without a year looks ahead ("the contract will expire in
// February", "the law takes effect in January", "is expected to close in April"); "would", "could" do not.
bool future_event_before(const TokenStream& tokens, std::size_t begin);

// True when the verb nearest before a date is a base form that looks past after "will", "shall" or "'ll" ("the storm
// will hit on Wednesday", "he'll quit in January"): the clause looks ahead, though "hit" alone reads as past.
bool will_base_form_before(const TokenStream& tokens, std::size_t begin);

// True when token i ends a sentence (a full stop not inside an abbreviation, '!', '?', or a paragraph break next).
bool ends_sentence(const TokenStream& tokens, std::size_t i);

}  // namespace newsdex::extract::timex
