"""MT801 sentence-fragment, round 18: a possessive first part of a German adverb compound, and German
interjection formulae rendered word for word and left as a sentence.

Unseen material (fresh23) showed lone fragments of these kinds:

* an adverb compound whose first part is a possessive ("völkerrechtlich" → "People's-legally.",
  "staatsrechtlich" → "State's-legally."): the round 12 compound shape, with the noun's possessive;
* "klare Sache", "klare Ansage", "klarer Fall": "Clear thing.", "Clear announcement.", "Clear case." (English
  verbless verdicts use other words: "Sure thing.", "Good point.", "Fair enough.", "Clear skies." is weather);
* "gut so": "Good so.", "Fine so." (English: "Quite so.", "Just so.");
* "soweit die Theorie", "soviel zur Theorie": "So far the theory.", "So much to the theory." (English: "So much
  for the theory."; "So far so good.", "So far this year." stay quiet);
* "nichts für ungut": "Nothing for ungood.".

Left alone: adjective + noun exclamations English writes ("Big mistake.", "Great news.", "Poor thing.",
"Same thing."). Written by hand for development (the blind set's missed lines are listed as such; no other
evaluation material read).
"""
from __future__ import annotations

import pytest

from mtcheck.rules.sentence_fragment import SentenceFragment
from tests.conftest import hit_texts

# The lines the blind evaluation (fresh23) missed, each in a sentence context written here.
MISSED = [
    ("The treaty was never ratified. People's-legally. It binds nobody.", "People's-legally."),
    ("The vote is set. Clear thing. The party wins.", "Clear thing."),
    ("The coach resigned. Good so. The team needs a new start.", "Good so."),
    ("The minister spoke. Clear announcement. There will be no more money.", "Clear announcement."),
    ("The plan sounds good. So far the theory. In practice nothing works.", "So far the theory."),
    ("I have to say it. Nothing for ungood. Your plan is bad.", "Nothing for ungood."),
]

FIRES = [
    # a possessive first part, either apostrophe
    ("The deal is unusual. State's-legally. It is allowed.", "State's-legally."),
    ("The treaty was never ratified. People’s-legally. It binds nobody.", "People’s-legally."),
    # "clear" before a noun of matter or speech
    ("The talks ended. Clear case. The union will strike.", "Clear case."),
    ("The boss spoke. Clear words. Nobody is fired.", "Clear words."),
    ("The case is simple. Clear matter. The fine is due.", "Clear matter."),
    # "good so"
    ("The plan sounds good. Fine so. Let us start.", "Fine so."),
    ("The mayor stepped down. Also good so. The town needs change.", "Also good so."),
    # "so far the", "so much to the"
    ("The plan sounds good. So far the plan. In practice nothing works.", "So far the plan."),
    ("The ministers agreed. Thus far the theory. Nothing happened.", "Thus far the theory."),
    ("The law looks fair. So much to the theory. The courts see it differently.", "So much to the theory."),
    # "nothing for ungood"
    ("I mean no harm. Nothing for un-good. The plan is weak.", "Nothing for un-good."),
]

QUIET = [
    "The people's representatives met. The court agreed.",
    "The match was won. Good point. The fans cheered.",
    "She agreed. Fair enough. The deal was done.",
    "The forecast is fine. Clear skies. Sun all day.",
    "He sold the shares. Big mistake. They doubled a week later.",
    "The budget passed. Great news. Schools get more money.",
    "He won. Sure thing. Nobody doubted it.",
    "The strike ended. Good thing too. The trains run again.",
    "The vote was close. So far so good. The count goes on.",
    "Sales rose. So far this year. Sales are up ten percent.",
    "The team is top. So far the best. Nobody beats them.",
    "He agreed. Quite so. The plan stands.",
    "He agreed. Just so. The plan stands.",
    "The poor man lost his job. Poor thing. He had three children.",
    "He lost again. Same thing. Every year.",
    "She was free. Good for her. The crowd cheered.",
    "The results are in. So much for the theory. The plan failed.",
    "So far the theory has held up well.",
    "Clear thinking helped. The team won.",
    "Was the plan clear? Clear enough. We started on time.",
]


@pytest.mark.positive
@pytest.mark.parametrize(("text", "fragment"), MISSED + FIRES)
def test_german_formulae_fire(text, fragment):
    assert hit_texts(SentenceFragment, text) == [fragment]


@pytest.mark.negative
@pytest.mark.parametrize("text", QUIET)
def test_english_fragments_stay_quiet(text):
    assert hit_texts(SentenceFragment, text) == []
