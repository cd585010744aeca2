"""MT502 untranslated-word, round 10: German compounds that end like a surname or a place.

fresh15's blind run missed "Studienplatz", "Abstiegsplatz", "Haftrichter" (and fresh14 "Pausenhof"): a
word ending in "-platz", "-hof", "-richter", "-bauer", "-heim" was always read as a name ("Alexanderplatz",
"Neubauer", "Mannheim"). By kind: in a common noun's slot (after a determiner), such a rare word counts as
a German noun when its first part is a common German word of four letters or more that English does not
write ("Studien|platz", "Pausen|hof", "Haft|richter"); a given name ("Alexander|platz"), a short or rare
first part ("Neu|bauer", "Wolfs|hof") or a city keeps it a name.

Written by hand for development; the fresh14 and fresh15 sentences themselves are not copied.
"""
from __future__ import annotations

import pytest

from mtcheck.rules.untranslated_word import UntranslatedWord
from tests.conftest import hit_texts

FIRES = [
    ("She is still waiting for a Studienplatz in Leipzig.", "Studienplatz"),
    ("The pupils met on the Pausenhof after the bell.", "Pausenhof"),
    ("The Haftrichter ordered him to be kept in custody.", "Haftrichter"),
    ("Two cars collided on the Marktplatz on Friday.", "Marktplatz"),
]

PASSES = [
    "The protest ended on the Alexanderplatz in Berlin.",
    "Climate activist Luisa Neubauer spoke at the rally.",
    "The Wolfshof farm shop opened a second branch.",
    "The match in Mannheim was sold out.",
]


@pytest.mark.positive
@pytest.mark.parametrize(("text", "word"), FIRES)
def test_compounds_with_a_common_first_part_fire(text, word):
    assert hit_texts(UntranslatedWord, text, source="de") == [word]


@pytest.mark.negative
@pytest.mark.parametrize("text", PASSES)
def test_names_with_the_same_endings_pass(text):
    assert hit_texts(UntranslatedWord, text, source="de") == []
