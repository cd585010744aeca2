"""references/: the naming convention, the seed's post-edited reference and its glossary."""
from __future__ import annotations

import difflib
import json
import re
from pathlib import Path

import pytest

from mtcheck.glossary import load_glossary
from mtcheck.scoring import article_stem, find_companions
from tests.conftest import ROOT, SEED

REFERENCES = ROOT / "references"
REFERENCE = REFERENCES / "nato-russia-talks.en.ref.txt"
GLOSSARY = REFERENCES / "nato-russia-talks.glossary.csv"


@pytest.mark.parametrize("name, stem", [
    ("nato-russia-talks.en.txt", "nato-russia-talks"), ("report.txt", "report"), ("story.pt-BR.md", "story"),
    ("story.new.txt", "story.new"), ("noext", "noext"), ("a.de.en.txt", "a.de"),
])
def test_article_stem(name, stem):
    assert article_stem(Path("some/dir") / name) == stem


def test_find_companions(tmp_path):
    for name in ("talks.ref.txt", "talks.en.ref.B.txt", "talks.ref.postedit.md", "talks.src.de.txt",
                 "talks.glossary.csv", "talks-other.ref.txt", "talkshow.ref.txt", "talks.notes.txt"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    found = find_companions("articles/talks.en.txt", tmp_path)
    # the primary reference (fewest dots) first
    assert [p.name for p in found.references] == ["talks.ref.txt", "talks.ref.postedit.md", "talks.en.ref.B.txt"]
    assert found.source.name == "talks.src.de.txt" and found.source_lang == "de"
    assert found.glossary.name == "talks.glossary.csv"
    assert find_companions("articles/unknown.en.txt", tmp_path).empty
    assert find_companions("talks.en.txt", tmp_path / "absent").empty


def test_the_seed_finds_its_companions():
    found = find_companions(SEED, REFERENCES)
    assert found.references == (REFERENCE,) and found.glossary == GLOSSARY and found.source is None


def test_reference_fixes_the_gold_artefacts_and_nothing_else(shared_dir):
    """Every change from the seed to its post-edit is in a sentence with a gold artefact, and every artefact
    was changed."""
    from mtcheck.text.segment import segment

    gold = json.loads((shared_dir / "eval" / "seed.gold.json").read_text(encoding="utf-8"))
    seed_text = SEED.read_text(encoding="utf-8")
    ref_text = REFERENCE.read_text(encoding="utf-8")
    lines = seed_text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    spans = []  # the gold artefacts as character ranges of the seed
    for item in gold:
        at = lines[item["line"] - 1].find(item["text"])
        assert at >= 0, item["text"]
        spans.append((starts[item["line"] - 1] + at, starts[item["line"] - 1] + at + len(item["text"])))
    flawed = [s.span for s in segment(seed_text).sentences if any(s.span.start < e and a < s.span.end
                                                                  for a, e in spans)]
    matcher = difflib.SequenceMatcher(None, seed_text, ref_text, autojunk=False)
    changed = [(i1, i2) for op, i1, i2, _, _ in matcher.get_opcodes() if op != "equal"]
    assert changed
    allowed = [c.isspace() for c in seed_text] + [True]
    for f in flawed:
        for k in range(max(0, f.start - 3), min(len(seed_text), f.end + 3)):
            allowed[k] = True
    for i1, i2 in changed:
        # a change lies in sentences that hold an artefact (and the white space between them)
        assert all(allowed[k] for k in range(i1, max(i2, i1 + 1))), seed_text[max(0, i1 - 30):i2 + 30]
    untouched = [seed_text[a:e] for a, e in spans
                 if not any(i1 <= e and a <= i2 for i1, i2 in changed) and seed_text[a:e] not in ("Alliance",)]
    # reported-speech and tense notes are fixed by additions next to them ("he said"); all else is edited
    assert all("had" in t or "would" in t or "were" in t for t in untouched), untouched


@pytest.mark.parametrize("wrong", ["Gruschko", "Nord Steam", "Top jobs", "site-16", "in Ukraine in Ukraine",
                                   "now, now", "Vice Secretary", "More: Comment", "After all.", "Brussels With"])
def test_reference_has_none_of_the_artefacts(wrong):
    assert wrong not in REFERENCE.read_text(encoding="utf-8")


def test_reference_keeps_the_article_shape():
    seed_paragraphs = [p for p in SEED.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    ref_paragraphs = [p for p in REFERENCE.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    assert len(ref_paragraphs) == len(seed_paragraphs) - 4  # job widget (2), teaser, scraper residue removed
    assert ref_paragraphs[0] == seed_paragraphs[0] and ref_paragraphs[-1].startswith("Putin now wants")


def test_glossary_loads_and_covers_the_seed():
    entries = load_glossary(GLOSSARY)
    assert 20 <= len(entries) <= 30
    terms = {e.term: e for e in entries}
    assert {"Nord Stream 2", "Grushko", "SWIFT", "Deputy Secretary of State", "Ryabkov", "Lukyanov"} <= set(terms)
    assert "Gruschko" in terms["Grushko"].variants and "Nord Steam 2" in terms["Nord Stream 2"].variants
    seed = SEED.read_text(encoding="utf-8")
    reference = REFERENCE.read_text(encoding="utf-8")
    # the wrong forms the seed really has are glossary variants, and the post-edit has none of them
    found = [v for e in entries for v in e.variants if re.search(rf"\b{re.escape(v)}\b", seed)]
    assert {"Gruschko", "Nord Steam 2", "Vice Secretary of State", "Swift", "approximations"} <= set(found)
    assert not [v for e in entries for v in e.variants if re.search(rf"\b{re.escape(v)}\b", reference)]
    assert GLOSSARY.read_text(encoding="utf-8").splitlines()[0] == "term,variants,note"
