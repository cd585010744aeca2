"""MT601 on a hand-written development set of machine-translated news sentences (de→en).

``false_friend_dev.toml`` holds sentences with one false friend in its German sense (``expect = true``)
and sentences that use the same English words correctly (``expect = false``). The rule must find at
least 90 % of the first kind and flag none of the second.
"""
from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from mtcheck.rules.lexicon import FalseFriend
from tests.conftest import run_rule

ITEMS = tomllib.loads((Path(__file__).with_name("false_friend_dev.toml")).read_text("utf-8"))["item"]
POSITIVES = [i["text"] for i in ITEMS if i["expect"]]
NEGATIVES = [i["text"] for i in ITEMS if not i["expect"]]
MIN_RECALL = 0.9


def _flagged(text: str) -> list[str]:
    return [text[h.span.start:h.span.end] for h in run_rule(FalseFriend, text)]


def test_dev_set_is_well_formed():
    assert len(POSITIVES) >= 150 and len(NEGATIVES) >= 150
    assert all(set(i) <= {"text", "expect", "word"} and isinstance(i["expect"], bool) for i in ITEMS)
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
