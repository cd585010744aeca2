"""MT801 sentence-fragment, round 3: English renderings of German sentence adverbs and connective
phrases left as a sentence of their own ("Trotz alledem." → "Despite all that."), and officialese
phrase openers cut off from their clause ("In Höhe von ..." → "In the amount of ..."), plus the
English that must stay quiet: replies and stylistic fragments ("Far from it.", "Vice versa.",
"Not at all."; "Of course." and "Actually." are judged as sentence adverbs since round 4, see
tests/rules/test_fragments_round4.py), journalistic afterthoughts with "Apart from ..." and "With the exception
of ..." (left quiet on purpose, see mtcheck/rules/sentence_fragment.py), and full sentences that
start with the same words.
"""
from __future__ import annotations

import pytest

from mtcheck.rules.sentence_fragment import SentenceFragment
from tests.conftest import hit_texts

BEFORE = "The council approved the new budget for the harbour on Tuesday evening."
AFTER = "Several members voiced doubts about the cost of the project and the timetable."

CONNECTIVES = [
    # already covered before round 3 (kept as regression checks)
    "Against that.", "Beyond that.", "In return.", "On the other hand.", "Incidentally.",
    "Admittedly.", "Above all.", "In addition.", "Conversely.", "Nevertheless.", "Also.",
    "Apart from that.", "In exchange.", "Compared to that.",
    # new in round 3
    "Despite all that.", "Despite all this.", "In spite of that.", "In spite of all that.",
    "Aside from that.", "Aside from this.", "As a consequence.", "Correspondingly.",
    "Simultaneously.", "By comparison.", "Compared with that.", "Compared with this.",
    "Compared to this.", "In contrast to this.", "In contrast to that.", "On top of this.",
    "Added to this.", "Added to that.", "For one thing.", "For another thing.", "Insofar.",
    "In return for that.", "In exchange for that.", "Not only.", "Alternatively.",
    "In the same way.", "In the same vein.", "Irrespective of that.",
    "Regardless of that.", "Independently of that.", "Notwithstanding that.",
    "Be that as it may.", "Having said that.", "That said.",
]

PHRASES = [
    "In the amount of five million euros.",
    "With the aim of a quick agreement between the parties.",
    "Within the scope of the new programme for schools.",
    "In the sense of the new law on climate protection.",
    "In consultation with the district office and the police.",
    "In agreement with the neighbouring municipalities.",
    "With effect from the first of January next year.",
    "Pursuant to the new regulation of the ministry.",
]

QUIET = [
    "Far from it.", "Vice versa.", "Not at all.", "By no means.",
    "Quite the opposite.", "On the contrary, they said.", "Apart from the mayor.",
    "With the exception of Bavaria.", "Except for the mayor.", "Before that, he was a teacher.",
    "That said, the mayor remains optimistic about the project.",
    "Having said that, nobody expects a quick decision.",
    "In the same way, the district wants to renovate the schools.",
    "Alternatively, the council could sell the land.",
    "In the amount of money it spends, the city is second only to Munich.",
    "Be that as it may, the decision has been taken.",
    "Added to this is the rising cost of energy.",
    "In spite of that, the council voted in favour.",
    "Simultaneously, the city is planning a new bridge.",
    "In a word: no.",
    "Not only that.",
    "Equally important.",
]


def _paragraph(sentence: str) -> str:
    return f"{BEFORE} {sentence} {AFTER}"


@pytest.mark.positive
@pytest.mark.parametrize("sentence", CONNECTIVES + PHRASES)
def test_fragment_fires(sentence):
    assert hit_texts(SentenceFragment, _paragraph(sentence)) == [sentence]


@pytest.mark.negative
@pytest.mark.parametrize("sentence", QUIET)
def test_english_stays_quiet(sentence):
    assert hit_texts(SentenceFragment, _paragraph(sentence)) == []
