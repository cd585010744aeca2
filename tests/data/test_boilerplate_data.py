"""The widget-pattern data file behind MT201: shape, regex hygiene, and each pattern's own examples."""
from __future__ import annotations

import re
import tomllib

import pytest

from mtcheck.packs import DATA_DIR
from mtcheck.rules.widgets import normalise_line

DATA = tomllib.loads((DATA_DIR / "common" / "boilerplate.toml").read_text("utf-8"))
PATTERNS = DATA["pattern"]
IDS = [p["id"] for p in PATTERNS]


def test_there_are_at_least_sixty_patterns():
    assert len(PATTERNS) >= 60


def test_ids_are_unique_sorted_kebab_case():
    assert len(set(IDS)) == len(IDS)
    assert IDS == sorted(IDS)
    assert all(re.fullmatch(r"[a-z]+(?:-[a-z]+)*", i) for i in IDS)


@pytest.mark.parametrize("pattern", PATTERNS, ids=IDS)
def test_pattern_is_well_formed(pattern):
    assert set(pattern) <= {"id", "regex", "description", "structural", "list_header", "contains", "fires", "passes"}
    if "contains" in pattern:
        assert pattern["contains"] == pattern["contains"].lower() and pattern["contains"] in pattern["fires"].lower()
    assert isinstance(pattern["structural"], bool)
    assert isinstance(pattern.get("list_header", False), bool)
    assert pattern["description"].strip()
    assert pattern["fires"].strip() and pattern["passes"].strip()
    regex = re.compile(pattern["regex"], re.IGNORECASE)
    assert pattern["regex"].startswith("^"), "patterns are anchored at the line start"
    assert regex.groups == 0, "use non-capturing groups: patterns are joined into one alternation"
    assert not re.match(r"\^?\(\?[aiLmsux]+\)", pattern["regex"]), "no global inline flags"


@pytest.mark.positive
@pytest.mark.parametrize("pattern", PATTERNS, ids=IDS)
def test_pattern_matches_its_fires_example(pattern):
    assert re.compile(pattern["regex"], re.IGNORECASE).match(normalise_line(pattern["fires"]))


@pytest.mark.negative
@pytest.mark.parametrize("pattern", PATTERNS, ids=IDS)
def test_pattern_does_not_match_its_passes_example(pattern):
    assert not re.compile(pattern["regex"], re.IGNORECASE).match(normalise_line(pattern["passes"]))


@pytest.mark.negative
def test_no_pattern_matches_another_patterns_passes_example():
    """Every ``passes`` line is real prose: no pattern of the file may take it for furniture."""
    compiled = [(p["id"], re.compile(p["regex"], re.IGNORECASE)) for p in PATTERNS]
    clashes = [(pid, p["id"]) for p in PATTERNS for pid, rx in compiled
               if not p.get("structural") and rx.match(normalise_line(p["passes"]))]
    assert clashes == []


@pytest.mark.negative
@pytest.mark.parametrize("pattern", [p for p in PATTERNS if "contains" in p], ids=lambda p: p["id"])
def test_contains_literal_is_necessary_for_a_match(pattern):
    """The fast path may skip the regex only where the regex could not match anyway."""
    for line in (pattern["fires"], pattern["passes"], "A line without the literal."):
        if re.compile(pattern["regex"], re.IGNORECASE).match(normalise_line(line)):
            assert pattern["contains"] in line.lower()


def test_all_patterns_join_into_one_regex():
    combined = re.compile("|".join(f"(?:{p['regex']})" for p in PATTERNS), re.IGNORECASE)
    assert combined.match("Top jobs of the day")


def test_structure_settings_and_dangling_words():
    structure = DATA["structure"]
    assert all(isinstance(v, int) and v > 0 for v in structure.values())
    words = DATA["broken_line"]["dangling_words"]
    assert len(words) == len(set(words)) and all(w == w.lower() and w.isalpha() for w in words)
    assert {"the", "and", "of"} <= set(words)


@pytest.mark.parametrize("key", ["before_number", "name_particles"])
def test_broken_line_word_lists(key):
    words = DATA["broken_line"][key]
    assert words and len(words) == len(set(words)) and all(w == w.lower() and " " not in w for w in words)
    assert not set(DATA["broken_line"]["dangling_words"]) & set(DATA["broken_line"]["before_number"])
