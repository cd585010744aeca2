"""MT602 on a hand-written development set of machine-translated sentences (tests/data/calque_dev.toml).

Positives each hold one calque of a German idiom, compound, title or set phrase, often in another tense,
number or word order than the pack entry's own example; negatives are correct English built from nearby
words. The set guards recall (at least 90 % of the positives flagged) and precision (no negative flagged).
"""
from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from mtcheck.rules.lexicon import Calque
from tests.conftest import run_rule

ITEMS = tomllib.loads((Path(__file__).with_name("calque_dev.toml")).read_text("utf-8"))["item"]
POSITIVES = [item["text"] for item in ITEMS if item["expect"]]
NEGATIVES = [item["text"] for item in ITEMS if not item["expect"]]
MIN_RECALL = 0.9


def _flagged(text: str) -> list[str]:
    return [text[h.span.start:h.span.end] for h in run_rule(Calque, text, source="de")]


def test_development_set_is_balanced_and_unique():
    assert len(POSITIVES) >= 150 and len(NEGATIVES) >= 150
    texts = [item["text"] for item in ITEMS]
    assert len(set(texts)) == len(texts)
    assert all(set(item) == {"text", "expect"} and isinstance(item["expect"], bool) for item in ITEMS)


def test_recall_on_development_positives():
    missed = [text for text in POSITIVES if not _flagged(text)]
    recall = 1 - len(missed) / len(POSITIVES)
    assert recall >= MIN_RECALL, f"recall {recall:.2f} < {MIN_RECALL}; missed:\n" + "\n".join(missed)


@pytest.mark.negative
@pytest.mark.parametrize("text", NEGATIVES)
def test_development_negative_is_not_flagged(text):
    assert _flagged(text) == []
