"""Review-session helpers: a scripted terminal and a small deterministic linter (a test double).

The double flags what the real rules also flag (duplicated words with a safe fix, a German
transliteration with a suggestion only, a calque with two alternatives), so session tests do not move
when the real rules' lexicons evolve. The end-to-end test in test_review_cli.py uses the real engine.
"""
from __future__ import annotations

import io
import re
from collections import Counter
from pathlib import Path

import pytest
from rich.console import Console

from mtcheck.model import Edit, FileResult, Fix, Span
from mtcheck.review_terminal import Terminal
from mtcheck.text.read import decode
from mtcheck.text.segment import segment
from tests.reports.conftest import CALQUE, DUPLICATE, NAME, make_finding

_DUPLICATE = re.compile(r"\b(\w+)(,? )(\1)\b", re.IGNORECASE)
_SUGGESTIONS = {  # flagged text -> (rule, message, suggestion)
    "Lawrow": (NAME, '"Lawrow" is the German transliteration', "Lavrov"),
    "since years": (CALQUE, '"since years" is a calque of "seit Jahren"', "for years / for many years"),
}


def fake_lint(path: str) -> FileResult:
    text = decode(Path(path).read_bytes(), path).text
    doc = segment(text, path)
    hits = []
    for m in _DUPLICATE.finditer(text):
        fix = Fix((Edit(Span(m.end(1), m.end()), ""),), True, f'delete the second "{m.group(3)}"')
        hits.append((m.start(), m.end(), DUPLICATE, f'duplicated word "{m.group(3)}"', m.group(1), fix))
    for needle, (rule, message, suggestion) in _SUGGESTIONS.items():
        for m in re.finditer(re.escape(needle), text):
            hits.append((m.start(), m.end(), rule, message, suggestion, None))
    hits.sort(key=lambda h: (h[0], h[1]))
    seen: Counter = Counter()
    findings = []
    for start, end, rule, message, suggestion, fix in hits:
        sentence = doc.sentence_at(start)
        key = (rule.id, " ".join((sentence.text if sentence else "").split()).lower(), text[start:end].lower())
        findings.append(make_finding(text, path, rule, Span(start, end), message, suggestion, fix=fix,
                                     occurrence=seen[key]))
        seen[key] += 1
    return FileResult(path, text, "de", "en", tuple(findings), 0, 0)


class Script:
    """A terminal whose keys and lines come from a list; everything printed is kept."""

    def __init__(self, *answers: str) -> None:
        self.out = io.StringIO()
        self.terminal = Terminal(Console(file=self.out, width=100, highlight=False, color_system=None),
                                 io.StringIO("".join(a + "\n" for a in answers)))

    @property
    def screen(self) -> str:
        return self.out.getvalue()


ARTICLE = (
    "Talks in Vienna\n"
    "\n"
    "The delegations met on Tuesday. “We need answers now, now,” the minister said.\n"
    "Foreign minister Sergej Lawrow said the the talks were useful.\n"
    "\n"
    "The Kremlin rejects an invasion since years. The talks talks continue on Friday.\n"
)


@pytest.fixture
def article(tmp_path) -> Path:
    path = tmp_path / "vienna.en.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path
