"""MT601/MT602 on a second, independent development set (tests/data/lexicon_round2_dev.toml).

The set was written before reading the lexicons, from domains the first round underweighted (kitchen
and household, sport, clothing, health, education, geography, transport, housing, bureaucracy,
parliament and court reporting). Each positive names the table (``false_friends`` → MT601, ``calques``
→ MT602) whose rule must flag it; each negative is correct English that neither rule may flag.
"""
from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from mtcheck.rules.lexicon import Calque, FalseFriend
from tests.conftest import run_rule

ITEMS = tomllib.loads((Path(__file__).with_name("lexicon_round2_dev.toml")).read_text("utf-8"))["item"]
RULE_OF_TABLE = {"false_friends": FalseFriend, "calques": Calque}
POSITIVES = [(i["table"], i["text"]) for i in ITEMS if i["expect"]]
NEGATIVES = [i["text"] for i in ITEMS if not i["expect"]]
MIN_RECALL = 0.9


def _flagged(rule, text: str) -> list[str]:
    return [text[h.span.start:h.span.end] for h in run_rule(rule, text, source="de")]


def test_dev_set_is_well_formed():
    assert len(POSITIVES) >= 120 and len(NEGATIVES) >= 120
    assert all(set(i) == {"text", "expect", "table"} and isinstance(i["expect"], bool)
               and i["table"] in RULE_OF_TABLE for i in ITEMS)
    texts = [i["text"] for i in ITEMS]
    assert len(set(texts)) == len(texts), "duplicate sentence"


@pytest.mark.parametrize("table", sorted(RULE_OF_TABLE))
def test_recall_per_table(table):
    texts = [text for t, text in POSITIVES if t == table]
    missed = [text for text in texts if not _flagged(RULE_OF_TABLE[table], text)]
    recall = 1 - len(missed) / len(texts)
    assert recall >= MIN_RECALL, f"{table} recall {recall:.2f}; missed:\n" + "\n".join(missed)


@pytest.mark.negative
@pytest.mark.parametrize("text", NEGATIVES)
def test_correct_english_is_not_flagged(text):
    assert [*_flagged(FalseFriend, text), *_flagged(Calque, text)] == []
