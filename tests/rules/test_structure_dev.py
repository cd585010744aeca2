"""MT801 sentence-fragment and MT203 stray-punctuation-line on the hand-written development set
(``structure_dev.toml``): recall of at least 0.9 per rule and not one false positive."""
from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from mtcheck.rules.sentence_fragment import SentenceFragment
from mtcheck.rules.stray_punctuation_line import StrayPunctuationLine
from tests.conftest import hit_texts

DEV = tomllib.loads((Path(__file__).parent / "structure_dev.toml").read_text(encoding="utf-8"))
MIN_RECALL = 0.9


def _measure(rule, positives: list[tuple[str, list[str]]], negatives: list[str]) -> tuple[float, list, list]:
    """Recall over the expected items, the items missed, and every hit that was not expected."""
    found = expected = 0
    missed, false_positives = [], []
    for text, wanted in positives:
        hits = hit_texts(rule, text)
        for item in wanted:
            expected += 1
            if item in hits:
                found += 1
                hits.remove(item)
            else:
                missed.append(item)
        false_positives += hits
    for text in negatives:
        false_positives += [(hit, text[:60]) for hit in hit_texts(rule, text)]
    return found / expected, missed, false_positives


def test_dev_set_is_large_enough() -> None:
    assert len(DEV["fragment"]) >= 100 and len(DEV["fragment_clean"]) >= 100
    assert len(DEV["stray"]) >= 50 and len(DEV["stray_clean"]) >= 30


@pytest.mark.parametrize("rule, positives, negatives", [
    (SentenceFragment, [(d["text"], [d["fragment"]]) for d in DEV["fragment"]],
     [d["text"] for d in DEV["fragment_clean"]]),
    (StrayPunctuationLine, [(d["text"], d["lines"]) for d in DEV["stray"]],
     [d["text"] for d in DEV["stray_clean"]]),
], ids=["MT801", "MT203"])
def test_dev_recall_and_no_false_positives(rule, positives, negatives) -> None:
    recall, missed, false_positives = _measure(rule, positives, negatives)
    assert false_positives == []
    assert recall >= MIN_RECALL, f"recall {recall:.2f}; missed: {missed}"
