"""MT502 untranslated-word, round 18: rarer German compounds of two shapes ``is_compound`` does not see.

fresh23's blind run (national news) missed two words after a determiner, each a little too rare for the
plain frequency tests and of a shape the compound tests did not cover:

* a noun on a two-letter German noun prefix ("Ur|wahl", "Ur|knall", "Erz|bistum"): the prefix is too short
  to count as a word of its own, and the head ends like a listed suffix only with a stem too short;
* a derived noun with a linking -s- before a common head ("Teuerung|s|rate", "Gesundheit|s|amt"): the
  first part (a noun in -ung, -heit, -keit, -schaft, -tät) is rarer than ``is_compound`` asks, and the head
  may be a word English writes too ("rate").

Both are reported only in a common noun's slot, like the rarer compounds before them. Written by hand for
development; the fresh23 sentences themselves are not copied.
"""
from __future__ import annotations

import pytest

from mtcheck.rules.untranslated_word import UntranslatedWord
from tests.conftest import hit_texts

FIRES = [
    # the two lines fresh23 missed, reworded
    ("Members chose the new leader in an Urwahl last year.", "Urwahl"),
    ("Analysts expect the Teuerungsrate to fall below three percent.", "Teuerungsrate"),
    # a German noun prefix before a common German noun
    ("The Urwahl will end in November.", "Urwahl"),
    ("The party's Urwahl drew a record turnout.", "Urwahl"),
    ("The Urknall of the reform came in March.", "Urknall"),
    ("The Erzbistum announced the closure of six churches.", "Erzbistum"),
    ("The Urgewalt of the storm surprised everyone.", "Urgewalt"),
    ("The party's Erzrivale won the state.", "Erzrivale"),
    ("The Urvertrauen in the state is gone.", "Urvertrauen"),
    # a derived noun, a linking -s- and a common head
    ("The Teuerungsrate rose again in May.", "Teuerungsrate"),
    ("The Teuerungswelle hit pensioners hardest.", "Teuerungswelle"),
    ("The Versicherungsschutz ends at the border.", "Versicherungsschutz"),
    ("A Sicherheitslücke let the hackers in.", "Sicherheitslücke"),
    ("The Mitgliedschaftsrecht was changed in 2019.", "Mitgliedschaftsrecht"),
]

PASSES = [
    # street names English keeps, whatever their first part (a blind set's "the Königsallee")
    "Police set up checks on the Königsallee in Düsseldorf.",
    "The Maximilianstraße was closed for repairs.",
    "Cafés line the Schlossgasse.",
    # names and places of these shapes
    "Ursula Weber chairs the committee.",
    "The Urwald Trail runs along the river.",
    "Urs Fischer scored twice.",
    "The Hoffnungsthal district has a new school.",
    "The band played in Urbach on Friday.",
    "Urban planners met in Leipzig.",
    "Matthias Erzberger signed the armistice.",
    "The Urlacher brothers run the farm.",
    "Uruguay beat Chile 2-0.",
    "The talks in Erzurum ended early.",
    "The Erzgebirge had heavy snow.",
    # English words
    "The young rungs of the ladder broke.",
    "The youngsters played football.",
    "Her lungs were damaged by smoke.",
    "The inflation rate fell to 2.2 percent.",
    "The primary election is due in May.",
]


@pytest.mark.positive
@pytest.mark.parametrize(("text", "word"), FIRES)
def test_german_compounds_fire(text, word):
    assert hit_texts(UntranslatedWord, text, source="de") == [word]


@pytest.mark.negative
@pytest.mark.parametrize("text", PASSES)
def test_names_and_english_pass(text):
    assert hit_texts(UntranslatedWord, text, source="de") == []
