"""MT502 untranslated-word, round 11: German feminine agent nouns ("-in", "-innen").

fresh17's blind run missed "Schornsteinfegerin" and "Hürdenläuferin": German makes a feminine form of
every agent noun ("Schornsteinfeger|in", "Läufer|innen"), and the feminine forms of rarer nouns are
missing from wordfreq even where the masculine is listed. By kind: a word English does not know that is a
German agent noun (the pack's ``agent_endings``: -er, -or, -ist ...) with a feminine ending (the pack's
``feminine_endings``: -in, -innen) is judged as that noun. Given names that end so ("Konstantin",
"Valentin", "Severin", "Kerstin") travel between languages, English words are no base ("Sever|in"), and
short words are left alone.

Written by hand for development; the fresh17 sentences themselves are not copied.
"""
from __future__ import annotations

import pytest

from mtcheck.rules.untranslated_word import UntranslatedWord
from tests.conftest import hit_texts

FIRES = [
    ("The Dachdeckerin repaired the roof of the town hall.", "Dachdeckerin"),
    ("A Busfahrerin was injured when the tram hit her vehicle.", "Busfahrerin"),
    ("The Stabhochspringerin cleared 4.60 metres.", "Stabhochspringerin"),
    ("The Tierpflegerin fed the young elephants by hand.", "Tierpflegerin"),
    ("The Fluglotsinnen on duty that night saw nothing unusual.", "Fluglotsinnen"),
    ("The Kriminalkommissarin questioned the neighbours.", "Kriminalkommissarin"),
    ("The Bezirksbürgermeisterin opened the new playground.", "Bezirksbürgermeisterin"),
    ("The Landwirtin sold her milk directly to the dairy.", "Landwirtin"),
    ("The Sprinterinnen won the relay in a national record.", "Sprinterinnen"),
    ("The Orgelbauerin restored the organ of the cathedral.", "Orgelbauerin"),
]

PASSES = [
    "Konstantin Wecker played a concert in Munich.",
    "The composer Valentin Silvestrov turned 85.",
    "Severin Freund won the ski jumping event.",
    "Kerstin Ott topped the charts with the song.",
    "Putin met Erdogan in Sochi.",
    "The insulin price rose again.",
    "The Kremlin denied the report.",
    "Karin Prien is the education minister.",
    "The researchers studied the protein in Berlin.",
    "She read the novel by Catherin Miller.",
    "Justin Trudeau visited Berlin.",
    "The Lohengrin production opened the festival.",
]


@pytest.mark.positive
@pytest.mark.parametrize(("text", "word"), FIRES)
def test_feminine_agent_nouns_fire(text, word):
    assert hit_texts(UntranslatedWord, text, source="de") == [word]


@pytest.mark.negative
@pytest.mark.parametrize("text", PASSES)
def test_names_and_english_words_with_the_same_endings_pass(text):
    assert hit_texts(UntranslatedWord, text, source="de") == []
