"""The document language (the target language when the config names none)."""
from __future__ import annotations

import pytest

from mtcheck.lang import document_language
from mtcheck.text.segment import segment

ENGLISH = ("The government said on Monday that it would review the plans for the new airport in the "
           "north of the city, and that a decision was expected in the spring. ") * 3
GERMAN = ("Die Regierung teilte am Montag mit, dass sie die Pläne für den neuen Flughafen im Norden der "
          "Stadt prüfen werde und dass eine Entscheidung im Frühjahr erwartet wird. ") * 3
FRENCH = ("Le gouvernement a annoncé lundi qu'il allait examiner les plans pour le nouvel aéroport dans le "
          "nord de la ville et qu'une décision est attendue au printemps. ") * 3


@pytest.mark.parametrize("text,language", [(ENGLISH, "en"), (GERMAN, "de"), (FRENCH, "fr")])
def test_document_language_from_function_words(text, language):
    assert document_language(segment(text)) == language


def test_short_text_gets_no_verdict():
    assert document_language(segment("NATO\n\nsource site-16\n")) is None


def test_lint_detects_the_target_when_the_config_names_none():
    from mtcheck.config import Config
    from mtcheck.engine import make_document

    assert make_document(GERMAN, "a.txt", Config()).target_lang == "de"
    assert make_document(GERMAN, "a.txt", Config(target_lang="en")).target_lang == "en"
