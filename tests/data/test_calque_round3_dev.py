"""MT602 on a third development set (tests/data/calque_round3_dev.toml): breadth and robustness.

Written by hand and phrased apart from the lexicon's own ``fires`` examples (other tenses, persons,
negation, inserted adverbs, passive, plural): German idioms rendered word for word, compounds and job
titles, officialese and set phrases, institutions. A positive counts as caught when MT602 (or MT601, for
the few words false_friends.toml covers) flags it; a negative is correct English that neither rule may flag.
"""
from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from mtcheck.rules.lexicon import Calque, FalseFriend
from tests.conftest import run_rule

ITEMS = tomllib.loads((Path(__file__).with_name("calque_round3_dev.toml")).read_text("utf-8"))["item"]
POSITIVES = [i["text"] for i in ITEMS if i["expect"]]
NEGATIVES = [i["text"] for i in ITEMS if not i["expect"]]
MIN_RECALL = 0.9


def _flagged(rule, text: str) -> list[str]:
    return [text[h.span.start:h.span.end] for h in run_rule(rule, text, source="de")]


def test_dev_set_is_well_formed():
    assert len(POSITIVES) >= 120 and len(NEGATIVES) >= 120
    assert all(set(i) == {"text", "expect"} and isinstance(i["expect"], bool) for i in ITEMS)
    texts = [i["text"] for i in ITEMS]
    assert len(set(texts)) == len(texts), "duplicate sentence"


def test_recall():
    missed = [t for t in POSITIVES if not (_flagged(Calque, t) or _flagged(FalseFriend, t))]
    recall = 1 - len(missed) / len(POSITIVES)
    assert recall >= MIN_RECALL, f"recall {recall:.2f}; missed:\n" + "\n".join(missed)


@pytest.mark.negative
@pytest.mark.parametrize("text", NEGATIVES)
def test_correct_english_is_not_flagged(text):
    assert [*_flagged(Calque, text), *_flagged(FalseFriend, text)] == []
