"""MT501 untranslated-sentence and MT502 untranslated-word, round 7. MT501: short German sentences made of an article, nouns and verb forms rarer
than the lean lists know ("Der Konzern verdoppelte seinen Gewinn."), and two particles before a common
noun read as a preposition and an article, not a name ("zu den Vorwürfen", unlike "von der Leyen").

Found in a blind evaluation (fresh12): such sentences had one function word and one lower-case lean
word, below the candidate signals. Now an article or other function word and at least three in four
words leaning to German make a candidate, and language identification (German against English, 99 %)
decides. MT502: the short name of a city named after its river or neighbour ("Neustadt" for
"Neustadt an der Weinstraße") is a place, not a German word. Written by hand for development.
"""
from __future__ import annotations

import pytest

from mtcheck.config import Config
from mtcheck.engine import lint_text

ENGLISH = ("The government presented its budget on Tuesday. The finance minister said the plan was fair "
           "and would help families with children. Critics said the cuts were too deep and would hurt the "
           "poor. The opposition announced that it would vote against the bill in parliament next week.")


def _findings(sentence: str) -> list[str]:
    text = f"{ENGLISH}\n\n{sentence}\n\nQuestions over funding\n\n{ENGLISH}\n"
    return [f.text for f in lint_text(text, "x.txt", Config(select=("MT501",))).findings]


@pytest.mark.positive
@pytest.mark.parametrize("sentence", [
    "Der Konzern verdoppelte seinen Gewinn.",
    "Der Autobauer streicht 4.000 Stellen.",
    "Der Angeklagte schwieg zu den Vorwürfen.",
    "Die Ermittler fanden zahlreiche Beweismittel.",
    "Der Stadtrat genehmigte den Neubau.",
    "Die Polizei nahm zwei Verdächtige fest.",
])
def test_article_and_german_words_make_a_german_sentence(sentence):
    assert _findings(sentence) == [sentence]


@pytest.mark.negative
@pytest.mark.parametrize("sentence", [
    "Der Spiegel reported that the minister had resigned.",
    "Die Linke won 4.9 percent of the vote in Thuringia.",
    "Das Boot was filmed in Munich in 1981.",
    "Deutsche Bahn cancelled hundreds of trains on Monday.",
    "Ursula von der Leyen met the chancellor in Brussels.",
    "The Bundestag debated the Heizungsgesetz for three days.",
])
def test_english_sentences_with_german_names_stay_quiet(sentence):
    assert _findings(sentence) == []


@pytest.mark.negative
@pytest.mark.parametrize("sentence", [
    "The fire brigade from Neustadt was first on the scene.",  # Neustadt an der Weinstraße and others
    "The trial in Neuburg lasted three days.",  # Neuburg an der Donau
    "A bus from Limburg crashed on the motorway.",  # Limburg an der Lahn
])
def test_the_short_name_of_a_city_named_after_its_river_is_a_place(sentence):
    text = f"{ENGLISH}\n\n{sentence}\n"
    assert [f.text for f in lint_text(text, "x.txt", Config(select=("MT502",))).findings] == []
