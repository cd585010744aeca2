"""Units of comparison: lines of line-aligned files or sentences of articles, and rows of agreement.

Line-aligned files (one segment per line in every file, as WMT test sets and the ``sacrebleu`` command
use them) become documents with one sentence per line (:func:`line_document`): they are never re-split,
and building them costs one pass over the text.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Sequence

from mtcheck.model import Document, Line, Paragraph, Sentence, Span
from mtcheck.scoring.align import Link
from mtcheck.text.segment import segment

NEWLINE = re.compile(r"\r\n|\r|\n")


@dataclass(frozen=True)
class Unit:
    text: str
    span: Span


@dataclass(frozen=True)
class Row:
    """A unit of agreement: a pivot range and, for each aligned text, its range."""

    pivot: tuple[int, int]
    others: tuple[tuple[int, int], ...]


# --- units -------------------------------------------------------------------------------------------
def line_spans(text: str) -> list[Span]:
    """Spans of the lines of ``text`` without their end-of-line and trailing spaces (as sacrebleu reads)."""
    spans, start = [], 0
    for m in NEWLINE.finditer(text):
        spans.append(Span(start, start + len(text[start:m.start()].rstrip())))
        start = m.end()
    if start < len(text):
        spans.append(Span(start, start + len(text[start:].rstrip())))
    return spans


def units_of(doc: Document, lines: bool) -> list[Unit]:
    if lines:
        return [Unit(doc.text[s.start:s.end], s) for s in line_spans(doc.text)]
    return [Unit(s.text, s.span) for s in doc.sentences]


def is_line_aligned(texts: Sequence[str]) -> bool:
    """One segment per line in every file: same line count, at least two lines, no blank line anywhere."""
    counts = set()
    for text in texts:
        spans = line_spans(text)
        if len(spans) < 2 or any(s.length == 0 for s in spans):
            return False
        counts.add(len(spans))
    return len(counts) == 1 and len(texts) >= 2


def line_document(text: str, path: str = "<text>", *, source_lang: str | None = None,
                  target_lang: str | None = None, encoding: str = "utf-8") -> Document:
    """A document whose every non-blank line is one paragraph holding one sentence (no re-splitting)."""
    paragraphs, line_starts, start, number = [], [], 0, 1
    for m in [*NEWLINE.finditer(text), None]:
        end = m.start() if m else len(text)
        if m is None and start == len(text) and number > 1:
            break
        line_starts.append(start)
        raw = text[start:end]
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            span = Span(start + lead, start + lead + len(stripped))
            index = len(paragraphs)
            line = Line(raw, Span(start, end), number)
            paragraphs.append(Paragraph(raw, Span(start, end), (line,),
                                        (Sentence(stripped, span, False, index),), index))
        if m is None:
            break
        start, number = m.end(), number + 1
    return Document(path, text, tuple(paragraphs), tuple(line_starts), source_lang, target_lang, encoding)


def as_document(item: str | Document, name: str, lines: bool) -> Document:
    if isinstance(item, Document):
        return item
    return line_document(item, name) if lines else segment(item, name)


# --- alignment rows ----------------------------------------------------------------------------------
def combine(n_pivot: int, alignments: Sequence[Sequence[Link]]) -> list[Row]:
    """Rows that every alignment agrees on: the finest pivot partition none of them crosses.

    Sentences a text adds (0–k links) get rows of their own where every alignment has a boundary there,
    and join the surrounding row otherwise.
    """
    cuts = set(range(n_pivot + 1))
    for links in alignments:
        for link in links:
            cuts.difference_update(range(link.pivot[0] + 1, link.pivot[1]))
    common = sorted(cuts)
    keys: set[tuple[int, int]] = {(common[t], 1) for t in range(len(common) - 1)}
    assigned: list[dict[tuple[int, int], list[tuple[int, int]]]] = []
    for links in alignments:
        by_row: dict[tuple[int, int], list[tuple[int, int]]] = {}
        for link in links:
            a, b = link.pivot
            if a == b and a in cuts:
                key = (a, 0)  # an insertion at a common boundary: its own row, before the next segment
            else:
                key = (common[bisect_right(common, a) - 1], 1)
            keys.add(key)
            by_row.setdefault(key, []).append(link.other)
        assigned.append(by_row)
    rows: list[Row] = []
    positions = [0] * len(alignments)
    for key in sorted(keys):
        start, kind = key
        pivot = (start, common[common.index(start) + 1]) if kind == 1 else (start, start)
        others = []
        for k, by_row in enumerate(assigned):
            ranges = by_row.get(key)
            if ranges:
                rng = (min(r[0] for r in ranges), max(r[1] for r in ranges))
                positions[k] = rng[1]
            else:
                rng = (positions[k], positions[k])
            others.append(rng)
        rows.append(Row(pivot, tuple(others)))
    return rows


def trivial(n: int) -> list[Link]:
    return [Link((i, i + 1), (i, i + 1)) for i in range(n)]


def join(units: Sequence[Unit], rng: tuple[int, int], texts: Sequence[str] | None = None) -> str:
    """The texts of ``units[rng]`` (or of ``texts[rng]``, e.g. their back-translations), space-joined."""
    if texts is not None:
        return " ".join(texts[rng[0]:rng[1]])
    return " ".join(u.text for u in units[rng[0]:rng[1]])


def span_of(units: Sequence[Unit], rng: tuple[int, int]) -> Span | None:
    return Span(units[rng[0]].span.start, units[rng[1] - 1].span.end) if rng[1] > rng[0] else None


