"""MT501 untranslated-sentence, round 10: short German sentences without a German function word.

fresh15's blind run found "Fortsetzung folgt.", "Die Partie endete torlos." and "Die Klinik sucht
händeringend Pflegepersonal." left in English text. The short-sentence path (two to five words, too short
for language identification) asked for a German function word, and read "Die" as English and nouns other
languages know ("Partie", "Klinik") as names. By kind:

* a lower-case word English never writes and the source language knows ("folgt", "torlos",
  "händeringend") is German, and like a function word it makes the sentence German;
* the pack's ``short_before_capital`` articles ("Die") count as function words when they open a sentence
  before a capitalised word, and the noun right after such an article is a noun, not a travelling name
  (in sentences of three words or more: a two-word "Die Welt." keeps the name test).

Names, places and English stay quiet. Written by hand for development.
"""
from __future__ import annotations

import pytest

from mtcheck.rules.untranslated_sentence import UntranslatedSentence
from tests.conftest import hit_texts

BEFORE, AFTER = "The council met on Tuesday to discuss the budget. ", " The mayor said the city would borrow less."

FIRES = [
    "Fortsetzung folgt.",
    "Die Partie endete torlos.",
    "Die Klinik sucht händeringend Pflegepersonal.",
    "Die Feuerwehr rückte aus.",
    "Ergebnis steht noch aus.",
]

PASSES = [
    "Die Welt.",
    "Angela Merkel.",
    "Bayern München.",
    "Die Hard was shown on Friday.",
    "Der Spiegel reported it first.",
    "Die Antwoord played in Berlin.",
]


@pytest.mark.positive
@pytest.mark.parametrize("sentence", FIRES)
def test_short_german_sentences_fire(sentence):
    assert hit_texts(UntranslatedSentence, BEFORE + sentence + AFTER) == [sentence]


@pytest.mark.negative
@pytest.mark.parametrize("sentence", PASSES)
def test_names_titles_and_english_stay_quiet(sentence):
    assert hit_texts(UntranslatedSentence, BEFORE + sentence + AFTER) == []
