"""The repetition, boilerplate and typography rules on the seed article, scored against its gold file.

Every gold item of the categories these rules own must be overlapped by a finding, and every finding
must overlap some gold item (of any category): on the seed, these rules find all and only artefacts.
"""
from __future__ import annotations

import json

from mtcheck.model import Span
from mtcheck.packs import Pack
from mtcheck.rules import boilerplate, repetition, typography
from mtcheck.rules.base import Context, make_options
from mtcheck.text.segment import segment
from tests.conftest import SEED

OWN_CATEGORIES = {"duplicate_word", "duplicate_phrase", "boilerplate", "punctuation_spacing"}
RULES = (*repetition.RULES, *boilerplate.RULES, *typography.RULES)


def gold_spans(text: str, gold: list[dict]) -> list[tuple[Span, dict]]:
    """Each gold item located by its line number and exact text, as the scorer does."""
    lines = text.split("\n")
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    spans = []
    for item in gold:
        col = lines[item["line"] - 1].find(item["text"])
        assert col >= 0, f"gold text not on line {item['line']}: {item['text']!r}"
        start = starts[item["line"] - 1] + col
        spans.append((Span(start, start + len(item["text"])), item))
    return spans


def findings(text: str) -> list[tuple[str, Span]]:
    doc = segment(text, str(SEED), source_lang="de", target_lang="en")
    shared: dict = {}
    out = []
    for rule in RULES:
        ctx = Context(make_options(rule, {}), Pack("de", "en"), (), shared)
        out.extend((rule.id, hit.span) for hit in rule().check(doc, ctx))
    return out


def test_seed_gold_items_found_and_no_false_alarms(shared_dir):
    text = SEED.read_text("utf-8")
    gold = gold_spans(text, json.loads((shared_dir / "eval" / "seed.gold.json").read_text("utf-8")))
    found = findings(text)
    missed = [item["text"] for span, item in gold
              if item["category"] in OWN_CATEGORIES and not any(span.overlaps(f) for _, f in found)]
    false_alarms = [(rule, text[f.start:f.end]) for rule, f in found if not any(f.overlaps(s) for s, _ in gold)]
    assert missed == []
    assert false_alarms == []
    assert len({f for _, f in found}) == len(found), "two of these rules flagged the same span"
