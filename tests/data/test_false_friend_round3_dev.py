"""MT601 on a third, independent development set (tests/data/false_friend_round3_dev.toml).

Round three tests breadth and robustness: the planted false friends are phrased unlike the lexicon's own
``fires`` examples (possessives, adjectives between article and noun, plurals, other tenses), and cover
finance, law, medicine, media and everyday words. The rule must find at least 90 % of the positives and
flag none of the negatives (correct English uses of the same words).
"""
from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from mtcheck.rules.lexicon import FalseFriend
from tests.conftest import run_rule

ITEMS = tomllib.loads((Path(__file__).with_name("false_friend_round3_dev.toml")).read_text("utf-8"))["item"]
POSITIVES = [i["text"] for i in ITEMS if i["expect"]]
NEGATIVES = [i["text"] for i in ITEMS if not i["expect"]]
MIN_RECALL = 0.9


def _flagged(text: str) -> list[str]:
    return [text[h.span.start:h.span.end] for h in run_rule(FalseFriend, text, source="de")]


def test_dev_set_is_well_formed():
    assert len(POSITIVES) >= 120 and len(NEGATIVES) >= 120
    assert all(set(i) == {"text", "expect"} and isinstance(i["expect"], bool) for i in ITEMS)
    texts = [i["text"] for i in ITEMS]
    assert len(set(texts)) == len(texts), "duplicate sentence"


def test_recall_on_planted_false_friends():
    missed = [t for t in POSITIVES if not _flagged(t)]
    recall = 1 - len(missed) / len(POSITIVES)
    assert recall >= MIN_RECALL, f"recall {recall:.2f}; missed:\n" + "\n".join(missed)


@pytest.mark.negative
@pytest.mark.parametrize("text", NEGATIVES)
def test_correct_english_is_not_flagged(text):
    assert _flagged(text) == []
