"""MT601/MT602 on the hand-written development sets of machine-translated news sentences (de→en).

Each ``*_dev.toml`` holds sentences with one false friend or calque in its German sense
(``expect = true``) and sentences that use nearby English correctly (``expect = false``); each was
written before its round of lexicon entries. The rules must find at least 90 % of the first kind and
flag none of the second. (They are development sets: what the rules reach on unseen articles is
measured by the blind material sets of ``benchmarks/synthetic_eval.py``.)
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

import pytest

from mtcheck.rules.lexicon import Calque, FalseFriend
from tests.conftest import run_rule

MIN_RECALL = 0.9
RULE_OF_TABLE = {"false_friends": FalseFriend, "calques": Calque}


@dataclass(frozen=True)
class DevSet:
    name: str
    min_each: int  # at least this many positives and negatives
    keys: frozenset[str]  # the fields an item may have
    catchers: tuple  # the rules of which one must flag a positive (None: the item's own ``table``)
    guards: tuple  # the rules none of which may flag a negative

    @property
    def items(self) -> list[dict]:
        return tomllib.loads(Path(__file__).with_name(f"{self.name}.toml").read_text("utf-8"))["item"]


SETS = (
    DevSet("false_friend_dev", 150, frozenset({"text", "expect", "word"}), (FalseFriend,), (FalseFriend,)),
    DevSet("calque_dev", 150, frozenset({"text", "expect"}), (Calque,), (Calque,)),
    DevSet("lexicon_round2_dev", 120, frozenset({"text", "expect", "table"}), None, (FalseFriend, Calque)),
    DevSet("false_friend_round3_dev", 120, frozenset({"text", "expect"}), (FalseFriend,), (FalseFriend,)),
    DevSet("calque_round3_dev", 120, frozenset({"text", "expect"}), (Calque, FalseFriend), (Calque, FalseFriend)),
    DevSet("false_friend_round4_dev", 60, frozenset({"text", "expect"}), (FalseFriend,), (FalseFriend,)),
    DevSet("lexicon_round5_dev", 60, frozenset({"text", "expect", "table"}), None, (FalseFriend, Calque)),
    DevSet("lexicon_round6_dev", 60, frozenset({"text", "expect", "table"}), None, (FalseFriend, Calque)),
    DevSet("lexicon_round7_dev", 60, frozenset({"text", "expect", "table"}), None, (FalseFriend, Calque)),
    DevSet("lexicon_round8_dev", 60, frozenset({"text", "expect", "table"}), None, (FalseFriend, Calque)),
    DevSet("lexicon_round9_dev", 90, frozenset({"text", "expect", "table"}), None, (FalseFriend, Calque)),
    DevSet("lexicon_round10_dev", 60, frozenset({"text", "expect", "table"}), None, (FalseFriend, Calque)),
    DevSet("lexicon_round11_dev", 60, frozenset({"text", "expect", "table"}), None, (FalseFriend, Calque)),
    DevSet("lexicon_round12_dev", 60, frozenset({"text", "expect", "table"}), None, (FalseFriend, Calque)),
    DevSet("lexicon_round13_dev", 60, frozenset({"text", "expect", "table"}), None, (FalseFriend, Calque)),
    DevSet("lexicon_round14a_dev", 60, frozenset({"text", "expect", "table"}), (Calque, FalseFriend), (FalseFriend, Calque)),
    DevSet("lexicon_round14b_dev", 60, frozenset({"text", "expect", "table"}), None, (FalseFriend, Calque)),
    DevSet("lexicon_round15a_dev", 60, frozenset({"text", "expect", "table"}), (Calque, FalseFriend), (FalseFriend, Calque)),
    DevSet("lexicon_round15b_dev", 60, frozenset({"text", "expect", "table"}), (Calque, FalseFriend), (FalseFriend, Calque)),
    DevSet("lexicon_round15c_dev", 60, frozenset({"text", "expect", "table"}), (FalseFriend, Calque), (FalseFriend, Calque)),
    DevSet("lexicon_round16a_dev", 60, frozenset({"text", "expect", "table"}), (Calque, FalseFriend), (FalseFriend, Calque)),
)
NEGATIVES = [pytest.param(s, item["text"], id=f"{s.name}-{n}")
             for s in SETS for n, item in enumerate(s.items) if not item["expect"]]


def _flagged(rules: tuple, text: str) -> list[str]:
    return [text[h.span.start:h.span.end] for rule in rules for h in run_rule(rule, text, source="de")]


@pytest.mark.parametrize("dev", SETS, ids=[s.name for s in SETS])
def test_dev_set_is_well_formed(dev):
    items = dev.items
    assert sum(i["expect"] for i in items) >= dev.min_each and sum(not i["expect"] for i in items) >= dev.min_each
    assert all(set(i) <= dev.keys and {"text", "expect"} <= set(i) and isinstance(i["expect"], bool) for i in items)
    assert all(i.get("table", "calques") in RULE_OF_TABLE for i in items)
    texts = [i["text"] for i in items]
    assert len(set(texts)) == len(texts), "duplicate sentence"


@pytest.mark.positive
@pytest.mark.parametrize("dev", SETS, ids=[s.name for s in SETS])
def test_recall(dev):
    positives = [i for i in dev.items if i["expect"]]
    # A set whose items name their table is held to the target per table.
    groups = ({None: positives} if dev.catchers
              else {t: [i for i in positives if i["table"] == t] for t in RULE_OF_TABLE})
    for table, items in groups.items():
        catchers = dev.catchers or (RULE_OF_TABLE[table],)
        missed = [i["text"] for i in items if not _flagged(catchers, i["text"])]
        recall = 1 - len(missed) / len(items)
        assert recall >= MIN_RECALL, f"{dev.name} {table or ''} recall {recall:.2f}; missed:\n" + "\n".join(missed)


@pytest.mark.negative
@pytest.mark.parametrize("dev,text", NEGATIVES)
def test_correct_english_is_not_flagged(dev, text):
    assert _flagged(dev.guards, text) == []
