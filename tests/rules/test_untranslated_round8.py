"""MT502 untranslated-word, round 8: rare German nouns in a common noun's slot, a little rarer than before.

A blind evaluation (fresh13) missed "Hornisse" (German Zipf 2.42, just under the rare-noun floor of 2.5).
By kind: the floor is now 2.3. An English name's plural or genitive ("many Venezuelas", "the Mussolinis":
the name without "s" is common English) is never a rare German noun. Left alone: "Pyrotechnik" is in
Czech's word list too, and a word known abroad stays a possible name ("Stephansdom", "Städel" travel).

Written by hand for development; the fresh13 sentences themselves are not copied.
"""
from __future__ import annotations

import pytest

from mtcheck.rules.untranslated_word import UntranslatedWord
from tests.conftest import hit_texts

FIRES = [
    ("Residents said a Hornisse had built its nest under the roof.", "Hornisse"),
    ("The baker sold every Bienenstich before noon.", "Bienenstich"),
    ("A Kreuzotter bit the hiker on the ankle.", "Kreuzotter"),
]

PASSES = [
    "He warned against creating one, two, many Venezuelas in the region.",
    "History remembers the Hitlers and the Mussolinis of the age.",
    "The Hornisse family has run the bakery since 1952.",
    "Luchs scored twice in the second half.",
]


@pytest.mark.positive
@pytest.mark.parametrize(("text", "word"), FIRES)
def test_rare_nouns_fire(text, word):
    assert hit_texts(UntranslatedWord, text, source="de") == [word]


@pytest.mark.negative
@pytest.mark.parametrize("text", PASSES)
def test_names_and_english_plurals_pass(text):
    assert hit_texts(UntranslatedWord, text, source="de") == []
