"""The false-friend and calque packs behind MT601/MT602: shape, regex hygiene, and every entry's examples.

Each entry carries a ``fires`` sentence (the mistranslation in context) and a ``passes`` sentence (the
same English used correctly, or the idiomatic rendering); both are run through the real rules.
"""
from __future__ import annotations

import re
import tomllib

import pytest

from mtcheck.packs import DATA_DIR
from mtcheck.rules.lexicon import Calque, FalseFriend
from mtcheck.rules.lexicon_pack import compiled_pack
from mtcheck.text.keywords import required_literals
from tests.conftest import run_rule

RULE_OF_TABLE = {"false_friends": FalseFriend, "calques": Calque}
MINIMUM_ENTRIES = {
    ("de-en", "false_friends"): 250, ("de-en", "calques"): 500,
    ("fr-en", "false_friends"): 50, ("es-en", "false_friends"): 50,
    ("fr-en", "calques"): 20, ("es-en", "calques"): 20,
}
FIELDS = {"id", "match", "case_sensitive", "source", "explanation", "suggestion", "confidence",
          "requires", "unless", "fires", "passes"}
REQUIRED = {"id", "match", "source", "explanation", "suggestion", "confidence", "fires", "passes"}


def _load(pair: str, table: str) -> list[dict]:
    return tomllib.loads((DATA_DIR / pair / f"{table}.toml").read_text("utf-8"))["entry"]


TABLES = {key: _load(*key) for key in MINIMUM_ENTRIES}
ENTRIES = [(pair, table, e) for (pair, table), entries in TABLES.items() for e in entries]
ENTRY_IDS = [f"{pair}/{table}/{e['id']}" for pair, table, e in ENTRIES]


def _flags(entry: dict) -> int:
    return 0 if entry.get("case_sensitive") else re.IGNORECASE


@pytest.mark.parametrize("key", list(MINIMUM_ENTRIES), ids=lambda k: "/".join(k))
def test_table_has_enough_entries(key):
    assert len(TABLES[key]) >= MINIMUM_ENTRIES[key]


@pytest.mark.parametrize("key", list(MINIMUM_ENTRIES), ids=lambda k: "/".join(k))
def test_ids_are_unique_sorted_kebab_case(key):
    ids = [e["id"] for e in TABLES[key]]
    assert len(set(ids)) == len(ids)
    assert ids == sorted(ids)
    assert all(re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", i) for i in ids)


@pytest.mark.parametrize("pair", sorted({pair for pair, _ in MINIMUM_ENTRIES}))
def test_ids_are_unique_across_the_two_tables_of_a_pack(pair):
    ids = [e["id"] for table in RULE_OF_TABLE for e in TABLES.get((pair, table), [])]
    assert len(set(ids)) == len(ids)


@pytest.mark.parametrize("pair,table,entry", ENTRIES, ids=ENTRY_IDS)
def test_entry_is_well_formed(pair, table, entry):
    assert set(entry) <= FIELDS
    assert REQUIRED <= set(entry)
    for field in REQUIRED:
        assert isinstance(entry[field], str) and entry[field].strip(), field
    assert entry["confidence"] in ("high", "medium")
    assert isinstance(entry.get("case_sensitive", False), bool)
    assert entry["explanation"].rstrip().endswith("."), "the explanation is one full sentence"
    compiled = re.compile(entry["match"], _flags(entry))
    assert not compiled.match(""), "a pattern that matches nothing at all would flag every sentence"
    assert set(compiled.groupindex) <= {"hit"}, "only the named group 'hit' has a meaning"
    for context in entry.get("requires", []) + entry.get("unless", []):
        re.compile(context, _flags(entry))


@pytest.mark.parametrize("pair,table,entry", ENTRIES, ids=ENTRY_IDS)
def test_entry_has_a_selective_keyword(pair, table, entry):
    """The per-pack scan finds candidate sentences by literal keywords; an entry without one is slow."""
    keywords = required_literals(entry["match"])
    assert keywords and min(map(len, keywords)) >= 3


@pytest.mark.positive
@pytest.mark.parametrize("pair,table,entry", ENTRIES, ids=ENTRY_IDS)
def test_fires_example_is_flagged_by_this_entry(pair, table, entry):
    rule = RULE_OF_TABLE[table]
    hits = run_rule(rule, entry["fires"], source=pair[:2])
    assert hits, entry["fires"]
    others = [e["id"] for e in TABLES[(pair, table)] if e["id"] != entry["id"]]
    assert run_rule(rule, entry["fires"], source=pair[:2], ignore_entries=others), "another entry fired"


@pytest.mark.negative
@pytest.mark.parametrize("pair,table,entry", ENTRIES, ids=ENTRY_IDS)
def test_passes_example_is_clean_for_the_whole_pack(pair, table, entry):
    """Every ``passes`` sentence is correct English: no entry of either table may flag it."""
    flagged = [entry["passes"][h.span.start:h.span.end]
               for rule in (FalseFriend, Calque) for h in run_rule(rule, entry["passes"], source=pair[:2])]
    assert flagged == []


@pytest.mark.parametrize("pair", sorted({pair for pair, _ in MINIMUM_ENTRIES}))
def test_no_two_entries_match_the_same_span_of_a_fires_example(pair):
    lexicon = compiled_pack(pair[:2], "en")
    entries = [e for table in RULE_OF_TABLE for e in lexicon.entries[table]]
    clashes = []
    for table in RULE_OF_TABLE:
        for raw in TABLES.get((pair, table), []):
            spans: dict[tuple[int, int], list[str]] = {}
            for entry in entries:
                for span in entry.hits_in(raw["fires"]):
                    spans.setdefault(span, []).append(entry.id)
            clashes += [ids for ids in spans.values() if len(ids) > 1]
    assert clashes == []
