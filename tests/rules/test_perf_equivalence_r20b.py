"""Speed rewrites of round 20b must compute exactly what the code they replaced computed.

- MT502/MT503 (``untranslated_lexicon._abbreviation_matches``): only words the abbreviation table knows are
  kept as candidates before a full stop; the matches must be those of the former scan;
- MT502 (``untranslated_word._exonym_firsts``): the first words of two-word exonyms, kept per table.
"""
from __future__ import annotations

import ast
from pathlib import Path

from mtcheck.model import Document
from mtcheck.packs import Pack
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
