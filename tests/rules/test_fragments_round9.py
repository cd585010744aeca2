"""MT801 sentence-fragment, round 9: more lone sentence adverbials, and afterthought phrases.

A blind evaluation (fresh14) found lone "Perforce.", "Not long ago.", "In retrospect.", "If need be.",
"Yet again.", "Step by step." and "As planned." that no list held. By kind:

* stance and time adverbials German writes alone ("Notgedrungen.", "Unlängst.") are reported wherever they
  stand in narrative prose ("If need be." and "If necessary." stay quiet: English writes them alone too);
* phrases that English also writes as an emphatic afterthought ("The vote was postponed. Yet again.",
  "It went ahead. As planned.") behave like the afterthought adverbs: quiet after a statement and as a
  paragraph of their own, reported at the head of a paragraph they lead into.

Written by hand for development; the fresh14 sentences themselves are not copied.
"""
from __future__ import annotations

import pytest

from mtcheck.rules.sentence_fragment import SentenceFragment
from tests.conftest import hit_texts

POSITIVES = [
    ("The ferry was cancelled. Perforce. The tourists spent the night in the harbour hall.", "Perforce."),
    ("The mayor opened the bridge. Not long ago. It had been closed for repairs since spring.", "Not long ago."),
    ("In retrospect. The club should never have sold its best striker in the winter.", "In retrospect."),
    ("Yet again. The regional train to Kassel was cancelled on Monday morning.", "Yet again."),
    ("Step by step. The old factory is being turned into flats and offices.", "Step by step."),
    ("As planned. The first trains ran over the new bridge on Sunday.", "As planned."),
    ("In advance. The organisers had warned of long queues at the entrance.", "In advance."),
]

NEGATIVES = [
    "The council postponed the vote. Yet again.",
    "The first trains ran over the new bridge on Sunday. As planned.",
    "The house was rebuilt after the fire. Step by step.",
    "Tickets must be booked online. In advance.",
    "Storms are expected in the Alps. At times.",
    "“Will you raise taxes?” “If need be.”",
    "The club sold its best striker. In retrospect. The fans never forgave the board.",
    "The city will borrow more money. If need be. The council has approved a credit line.",
    "Yet again.",
    "In retrospect, the decision was right.",
    "Not long ago, the square was a car park.",
    "If need be, the army will help with the evacuation.",
    "Step by step, the old factory is being turned into flats.",
]


@pytest.mark.positive
@pytest.mark.parametrize("text, fragment", POSITIVES)
def test_lone_adverbials_fire(text, fragment):
    assert hit_texts(SentenceFragment, text) == [fragment]


@pytest.mark.negative
@pytest.mark.parametrize("text", NEGATIVES)
def test_afterthoughts_answers_and_full_sentences_stay_quiet(text):
    assert hit_texts(SentenceFragment, text) == []
