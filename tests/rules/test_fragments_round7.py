"""MT801 sentence-fragment, round 7: adverbs of extent and "-ably" adverbs, and participles before numbers.

A blind evaluation (fresh13) found "Nationwide." and "Foreseeably." alone, and "Instead of the planned
six lanes." cut off its sentence. By kind:

* an adverb of extent made of a noun and "-wide" ("nationwide", "statewide", "Europe-wide"; German
  "Bundesweit.", "Weltweit.") is a sentence adverb; like an afterthought of manner it stays quiet after a
  sentence it can modify ("Prices rose. Nationwide.") and as a paragraph of its own, and fires only at
  the head of a paragraph it leads into;
* an unknown "-ly" word is an adverb when its stem has an adjective's ending and wordfreq knows it
  ("foreseeable" is missing from lemminflect's lexicon);
* after a determiner, a participle before a number modifies the noun ("the planned six lanes", "the
  promised 500 jobs"): it is no verb, so the phrase has none.

Written by hand for development; the fresh13 sentences themselves are not copied.
"""
from __future__ import annotations

import pytest

from mtcheck.rules.fragment_adverbs import derived_adverb, scope_adverb
from mtcheck.rules.sentence_fragment import SentenceFragment
from tests.conftest import hit_texts

# (text, the fragment)
POSITIVES = [
    ("Nationwide. Teachers in more than 300 schools stayed at home on Tuesday.", "Nationwide."),
    ("Statewide. The number of burglaries fell for the third year in a row.", "Statewide."),
    ("Worldwide. The company wants to cut 2,000 jobs by the end of next year.", "Worldwide."),
    ("Europe-wide. The new rules for lorry drivers apply from January.", "Europe-wide."),
    ("The floods will return, experts say. Foreseeably. The dykes were never raised.", "Foreseeably."),
    ("Understandably. The residents of the street are angry about the noise.", "Understandably."),
    ("The road will only get two lanes. Instead of the planned four lanes.",
     "Instead of the planned four lanes."),
    ("The factory will create fewer jobs. Instead of the promised 500 jobs in the first year.",
     "Instead of the promised 500 jobs in the first year."),
    ("The ministry released fresh figures. According to the expected two million visitors at the fair.",
     "According to the expected two million visitors at the fair."),
]

NEGATIVES = [
    "Prices rose sharply in March. Nationwide.",
    "Nationwide.",
    "The strike was felt in every city. Nationwide. Statewide. Everywhere.",
    "“Where will the campaign run?” “Nationwide.”",
    "The planned six lanes were cut to four.",
    "The promised 500 jobs never came to the town.",
    "The expected two million visitors did not arrive at the fair.",
    "Instead of the planned six lanes, the road will get four.",
    "He was known as Wide. The nickname stuck.",
    "Kelly. The name was on every poster.",
]


@pytest.mark.positive
@pytest.mark.parametrize("text, fragment", POSITIVES)
def test_scope_and_able_adverbs_and_numbered_phrases_fire(text, fragment):
    assert hit_texts(SentenceFragment, text) == [fragment]


@pytest.mark.negative
@pytest.mark.parametrize("text", NEGATIVES)
def test_afterthoughts_answers_and_full_sentences_stay_quiet(text):
    assert hit_texts(SentenceFragment, text) == []


@pytest.mark.parametrize("word, scope", [
    ("nationwide", True), ("statewide", True), ("worldwide", True), ("europe-wide", True),
    ("countrywide", True), ("industry-wide", True),
    ("wide", False), ("widely", False), ("slide", False), ("nationwideness", False), ("w-wide", False),
])
def test_scope_adverb_word_formation(word, scope):
    assert scope_adverb(word) is scope


@pytest.mark.parametrize("word, derived", [
    ("foreseeably", True), ("understandably", True), ("predictably", True),
    ("foreseeabl", False), ("vitaly", False),
])
def test_adverbs_of_adjectives_lemminflect_lacks(word, derived):
    assert derived_adverb(word) is derived
