"""MT502 untranslated-word and MT503 untranslated-abbreviation on the hand-written development set
(``untranslated_dev.toml``): recall of each rule and no finding at all on legitimate English."""
from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path

import pytest

from mtcheck.rules.untranslated_abbreviation import UntranslatedAbbreviation
from mtcheck.rules.untranslated_word import UntranslatedWord
from tests.conftest import hit_texts

DEV = Path(__file__).with_name("untranslated_dev.toml")
RULES = {"MT502": UntranslatedWord, "MT503": UntranslatedAbbreviation}
MIN_RECALL = 0.9


@lru_cache(maxsize=1)
def _dev() -> dict:
    return tomllib.loads(DEV.read_text("utf-8"))


def _hits(text: str) -> dict[str, list[str]]:
    return {rule_id: hit_texts(rule, text) for rule_id, rule in RULES.items()}


@lru_cache(maxsize=1)
def _results() -> tuple[dict[str, list[str]], list[str]]:
    """(rule → positives it missed, findings that should not be there)."""
    missed: dict[str, list[str]] = {rule_id: [] for rule_id in RULES}
    wrong: list[str] = []
    for case in _dev()["positive"]:
        hits = _hits(case["text"])
        if case["flagged"] not in hits[case["rule"]]:
            missed[case["rule"]].append(case["text"])
        for rule_id, found in hits.items():
            wrong += [f"{rule_id} {t!r} in {case['text']!r}" for t in found
                      if not (rule_id == case["rule"] and t == case["flagged"])]
    for case in _dev()["negative"]:
        for rule_id, found in _hits(case["text"]).items():
            wrong += [f"{rule_id} {t!r} in {case['text']!r}" for t in found]
    return missed, wrong


def test_dev_set_is_balanced():
    data = _dev()
    for rule_id in RULES:
        assert sum(c["rule"] == rule_id for c in data["positive"]) >= 40
    assert len(data["negative"]) >= 150


@pytest.mark.parametrize("rule_id", sorted(RULES))
def test_recall(rule_id):
    missed = _results()[0][rule_id]
    total = sum(c["rule"] == rule_id for c in _dev()["positive"])
    recall = 1 - len(missed) / total
    assert recall >= MIN_RECALL, f"{rule_id} recall {recall:.2f}; missed:\n" + "\n".join(missed)


def test_no_false_positives():
    wrong = _results()[1]
    assert wrong == [], "\n".join(wrong)
