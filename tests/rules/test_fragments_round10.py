"""MT801 sentence-fragment, round 10: viewpoint adverbs in "-wise" and a few lone adverbials.

fresh15's blind run found lone "Personnel-wise.", "Content-wise.", "Time-wise." (German "Personell.",
"Inhaltlich.", "Zeitlich."), "Forthwith.", "At second glance.", "On closer inspection." and "Of all
places." (German "Ausgerechnet."). By kind: an adverb made of a noun and "-wise" is a viewpoint adverb
that frames a clause ("Content-wise, the plan is sound."), so alone in narrative prose it is a fragment;
the phrases join the lists. "Clockwise." and "Likewise." are no viewpoint adverbs of this kind; "Not
without reason." stays quiet (English writes it alone).

Written by hand for development; the fresh15 sentences themselves are not copied.
"""
from __future__ import annotations

import pytest

from mtcheck.rules.fragment_adverbs import viewpoint_adverb
from mtcheck.rules.sentence_fragment import SentenceFragment
from tests.conftest import hit_texts

POSITIVES = [
    ("The new coach changed a lot. Personnel-wise. Three players left the club in the winter.", "Personnel-wise."),
    ("The report was finished in May. Content-wise. Little has changed since the first draft.", "Content-wise."),
    ("Money-wise. The museum depends on donations from local companies.", "Money-wise."),
    ("The mayor announced the closure. Forthwith. The pool will stay shut until spring.", "Forthwith."),
    ("At second glance. The figures show a rise in part-time work.", "At second glance."),
    ("The plan looked cheap. On closer inspection. It would cost twice as much.", "On closer inspection."),
    ("The storm hit the town hall. Of all places. The roof had only just been repaired.", "Of all places."),
]

NEGATIVES = [
    "Content-wise, the plan is sound, the auditors said.",
    "Turn the valve clockwise. Then open the tap.",
    "He paid his rent. Likewise, his brother paid on time.",
    "The minister resigned. Not without reason.",
    "At second glance, the figures look worse.",
    "“Where did it happen?” “Of all places, at the town hall.”",
]


@pytest.mark.positive
@pytest.mark.parametrize("text, fragment", POSITIVES)
def test_viewpoint_adverbs_and_phrases_fire(text, fragment):
    assert hit_texts(SentenceFragment, text) == [fragment]


@pytest.mark.negative
@pytest.mark.parametrize("text", NEGATIVES)
def test_framing_clauses_and_replies_stay_quiet(text):
    assert hit_texts(SentenceFragment, text) == []


@pytest.mark.parametrize("word, viewpoint", [
    ("personnel-wise", True), ("content-wise", True), ("time-wise", True), ("money-wise", True),
    ("clockwise", False), ("likewise", False), ("otherwise", False), ("wise", False),
])
def test_viewpoint_word_formation(word, viewpoint):
    assert viewpoint_adverb(word) is viewpoint
