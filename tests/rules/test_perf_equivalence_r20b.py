"""Speed rewrites of round 20b must compute exactly what the code they replaced computed.

- MT201 (``widgets``): the widget patterns that may start anyhow are tried only on a line that holds one of
  their keywords (``_guarded``); the guard must never drop a line one of them matches;
- MT502/MT503 (``untranslated_lexicon._abbreviation_matches``): only words the abbreviation table knows are
  kept as candidates before a full stop; the matches must be those of the former scan;
- MT502 (``untranslated_word._exonym_firsts``): the first words of two-word exonyms, kept per table.
"""
from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

import pytest

from mtcheck.model import Document, Paragraph, Span
from mtcheck.packs import DATA_DIR, Pack
from mtcheck.rules import widgets
from mtcheck.rules.untranslated_lexicon import (_DOT, _LONGEST_DOTTED_WORD, _WORD_AT, _WORD_BEFORE,
                                               _abbreviation_matches, _compiled, residue)
from mtcheck.rules.untranslated_word import _exonym_firsts

TESTS = Path(__file__).parent


def _strings(pattern: str) -> list[str]:
    """Every string literal of the test files matching ``pattern``: the examples earlier rounds wrote."""
    out: list[str] = []
    for path in sorted(TESTS.glob(pattern)):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                out.append(node.value)
    return out


@pytest.fixture(scope="module")
def data() -> widgets.BoilerplateData:
    return widgets._load_data(DATA_DIR, "en")


# Lines for each guarded pattern (written for this test), and the same with letters a case-blind regex
# reads as ASCII but ``str.lower`` does not ("ſ" for "s", "ı" and "İ" for "i").
_FURNITURE = [
    "Add the date to your calendar",
    "Event into the calendar save",
    "Concerts in the region – filter by date, place and price",
    "Our newsletter: every morning in your inbox",
    "Newsletter",
    "Subscribe to our free newsletter now",
    "The police press office informs:",
    "More articles on the topic can be found on our topic page.",
    "Is your tax bill right? Our tax calculator shows you how much you owe.",
    "All product tests at a glance",
    "Newſletter",
    "Our newsletter: every morning ın your inbox",
    "Concerts in the region – fİlter by date",
]


def _lines() -> list[str]:
    texts = _strings("test_boilerplate*.py") + _strings("test_widget*.py") + _FURNITURE
    lines = {widgets.normalise_line(line) for text in texts for line in text.splitlines()}
    return sorted(line for line in lines if line)


def test_guarded_patterns_are_the_ones_that_start_anyhow(data):
    # Only patterns without ``contains`` and without known starts are guarded, each with some words.
    assert data.guarded and data.guard is not None
    assert all(not p.contains for _, p in data.guarded)
    assert not {i for i, _ in data.guarded} & set(data.by_start._pattern)


def test_guard_never_drops_a_matching_line(data):
    lines = _lines()
    matched = 0
    for line in lines:
        if any(p.regex.match(line) for _, p in data.guarded):
            matched += 1
            assert widgets._guarded(line, line.lower(), data) == data.guarded, line
            assert widgets._matches_any_pattern(line, data), line
    assert matched >= len(_FURNITURE)  # the test lines above, and earlier rounds' examples


def test_matching_pattern_tries_every_guarded_pattern_that_matches(data):
    # Against the plain reading: a guarded pattern that matches is among the patterns tried (a one-line
    # paragraph at the head of the article gives structural patterns their support).
    for line in _lines():
        first = next((p for _, p in data.guarded if p.regex.match(line)), None)
        if first is None or len(line) > data.max_line_chars:
            continue
        para = Paragraph(line, Span(0, len(line)), (widgets.Line(line, Span(0, len(line)), 1),), (), 0)
        assert widgets._matching_pattern(line, para, 0, 1, data) is not None, line


def test_odd_folds_are_all_known():
    # Every character a case-blind regex reads as an ASCII letter must lower-case to that letter, or be
    # one of ``_ODD_FOLDS`` (then the keyword test is not trusted for the line).
    ascii_letter = re.compile("[a-z]", re.IGNORECASE)
    for code in range(128, sys.maxunicode + 1):
        c = chr(code)
        if ascii_letter.fullmatch(c) and not (len(c.lower()) == 1 and ascii_letter.fullmatch(c.lower())
                                              and re.fullmatch(re.escape(c.lower()), c, re.IGNORECASE)):
            assert c in widgets._ODD_FOLDS, (hex(code), c)


def _former_abbreviation_matches(doc, res):
    """The scan before round 20b: every word before a full stop was a candidate."""
    text = doc.text
    starts = set()
    for dot in _DOT.finditer(text):
        word = _WORD_BEFORE.search(text, max(0, dot.start() - _LONGEST_DOTTED_WORD), dot.start())
        if word:
            starts.add(word.start())
    if res.undotted is not None:
        starts.update(m.start() for m in res.undotted.finditer(text))
    for start in sorted(starts):
        if start and (text[start - 1].isalnum() or text[start - 1] in ".-"):
            continue
        word = _WORD_AT.match(text, start)
        for pattern, entry in res.abbreviations.get(word.group() if word else "", ()):
            m = _compiled(pattern).match(text, start)
            if m:
                yield m, entry
                break


def test_abbreviation_matches_as_before():
    res = residue(Pack("de", "en"))
    texts = _strings("test_untranslated*.py") + _strings("test_abbreviation*.py") + [
        "Das gilt z.B. für Kitas bzw. Schulen.", "Er wohnt in der Hauptstr. 5, 3.OG.", "Prof.Dr. Müller, u.a.",
        "xz.B. 3bzw. -bzw. .bzw. _bzw. Sehrsehrsehrlangeswortbzw. ca. Mio. Nr.12",
    ]
    found = 0
    for text in texts:
        doc = Document("t", text, (), ())
        new = [(m.span(), m.group(), entry) for m, entry in _abbreviation_matches(doc, res)]
        assert new == [(m.span(), m.group(), entry) for m, entry in _former_abbreviation_matches(doc, res)], text
        found += bool(new)
    assert found > 50


def test_exonym_firsts():
    exonyms = residue(Pack("de", "en")).exonyms
    assert _exonym_firsts(exonyms) == {k.split(" ", 1)[0] for k in exonyms if " " in k}
    assert _exonym_firsts(exonyms) is _exonym_firsts(exonyms)
