"""MT801 sentence-fragment, round 17: German formulae rendered word for word and left as a sentence.

Unseen material (fresh22) showed lone fragments of these kinds:

* "wohlgemerkt" rendered morpheme for morpheme as a hyphenated "well-" participle: "Well-noted.",
  "Well-marked." (English writes "Well said.", "Noted.", "Duly noted." alone, without the hyphen);
* "heißt konkret", "heißt im Klartext" with the verb's subject dropped: "Means concretely.", "Means in plain
  text." (English: "In concrete terms, ...", "That means ...:");
* "Stichwort <Nomen>" as a lead-in: "Keyword care.", "Keyword housing shortage." (English: "Take care, for
  example.", "Keyword search." is a term of its own);
* the subjunctive formulae "wie dem auch sei", "sei es, wie es wolle" rendered literally: "How that also be.",
  "Be it as it wants." (English: "Be that as it may.", "So be it.", "Come what may.").

Written by hand for development (the blind set's missed lines are listed as such; no other evaluation
material read).
"""
from __future__ import annotations

import pytest

from mtcheck.rules.sentence_fragment import SentenceFragment
from tests.conftest import hit_texts

# The lines the blind evaluation (fresh22) missed, each in a sentence context written here.
MISSED = [
    ("The fine applies to every driver. Well-noted. Cyclists are exempt.", "Well-noted."),
    ("The vote was close. How that also be. The party will go on.", "How that also be."),
    ("The fees will rise in spring. Means concretely. Every student pays 80 euros more.", "Means concretely."),
    ("The deadline has passed. Be it as it wants. The club will appeal.", "Be it as it wants."),
    ("The coalition has many construction sites. Keyword care. Homes lack staff.", "Keyword care."),
]

FIRES = [
    # a hyphenated "well-" participle of noticing
    ("The rule has been in force since May. Well-marked. Nobody had read it.", "Well-marked."),
    ("Only residents may park here. Well-remarked. The town has no other car park.", "Well-remarked."),
    # "means" with its subject dropped, before a word of concreteness
    ("The pension will be cut. Means in plain text. Retirees get less.", "Means in plain text."),
    ("The rules will change. Means specifically. Shops must close at eight.", "Means specifically."),
    # "Keyword <noun>." as a lead-in
    ("The government has a lot to do. Keyword housing shortage. Rents keep rising.", "Keyword housing shortage."),
    ("The town faces old problems. Keyword traffic. The bypass is still not built.", "Keyword traffic."),
    # subjunctive formulae rendered literally
    ("The result was a draw. How it also be. The team stays in the league.", "How it also be."),
    ("The talks failed. Be it how it wants. The strike goes on.", "Be it how it wants."),
    ("The mayor disagrees. Be that as it wants. The plan goes ahead.", "Be that as it wants."),
]

QUIET = [
    "The minister listened. Well said. The audience clapped.",
    "The complaint was filed. Noted. The office will reply.",
    "The complaint was filed. Duly noted. The office will reply.",
    "The plan is risky. So be it. The council approved it.",
    "The team will fight on. Come what may. The season is long.",
    "The rules are strict. Well noted. We will comply.",
    "The trail is long. Well marked, too. Hikers like it.",
    "The site offers two options. Keyword search. Users can also browse by topic.",
    "The tests were hard. How so. Nobody could say.",
    "The money is gone. Means nothing. We start again.",
    "The well-noted author spoke. The hall was full.",
    "That means concretely that fees rise.",
    "Keyword searches rose by ten percent last year.",
    "The trip was well planned. Well done. Everyone came back.",
]


@pytest.mark.positive
@pytest.mark.parametrize(("text", "fragment"), MISSED + FIRES)
def test_german_formulae_fire(text, fragment):
    assert hit_texts(SentenceFragment, text) == [fragment]


@pytest.mark.negative
@pytest.mark.parametrize("text", QUIET)
def test_english_fragments_stay_quiet(text):
    assert hit_texts(SentenceFragment, text) == []
