"""Core value types: spans, the segmented document, hits, findings and reports.

Everything here is frozen data. Offsets are code-point indices into the document's text *as read*
(after decoding, before any normalisation), half-open ``[start, end)``.
This module imports nothing else from mtcheck but spans and tokens (``mtcheck.text.tokens``, re-exported).
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from enum import Enum, IntEnum
from typing import Any

from mtcheck.text.tokens import Span, Token, count_words, token_texts, tokenize


class cached_property:  # noqa: N801 - named like the functools one it replaces
    """functools.cached_property without its lock (Python 3.11 takes an RLock on every first access):
    documents are read by one thread, and sentences' token texts are asked for 100,000 times a MB."""

    def __init__(self, func: Any) -> None:
        self.func, self.name, self.__doc__ = func, func.__name__, func.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, obj: Any, owner: type | None = None) -> Any:
        if obj is None:
            return self
        value = obj.__dict__[self.name] = self.func(obj)
        return value


__all__ = ["Category", "Document", "Edit", "FileResult", "Finding", "Fix", "Hit", "Line", "Paragraph", "Report",
           "Sentence", "Severity", "Span", "Token", "count_words", "token_texts", "tokenize"]


class Severity(IntEnum):
    """Ordered so that ``>=`` means "at least as severe"."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @classmethod
    def parse(cls, value: str) -> "Severity":
        try:
            return cls[value.strip().upper()]
        except KeyError:
            raise ValueError(f"unknown severity {value!r} (use error, warning or info)") from None

    def __str__(self) -> str:
        return self.name.lower()


class Category(str, Enum):
    """MQM top-level issue types, plus scrape residue, which MQM does not know."""

    ACCURACY = "accuracy"
    FLUENCY = "fluency"
    TERMINOLOGY = "terminology"
    STYLE = "style"
    LOCALE = "locale-convention"
    SCRAPE = "scrape-residue"

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True)
class Sentence:
    """A sentence, or a heading line (``is_heading``). Tokens are computed on first use and kept."""

    text: str
    span: Span
    is_heading: bool = False
    paragraph_index: int = 0

    @cached_property
    def tokens(self) -> tuple[Token, ...]:
        return tokenize(self.text, self.span.start)

    @cached_property
    def words(self) -> tuple[Token, ...]:
        return tuple(t for t in self.tokens if t.kind != "punct")

    @cached_property
    def texts(self) -> list[str]:
        """The tokens' texts, without building tokens: what cheap pre-tests look up."""
        return token_texts(self.text)

    @cached_property
    def lower_texts(self) -> list[str]:
        """The tokens' texts, lower-cased: what cheap pre-tests compare."""
        texts = self.texts
        # One lower() for all: tokens hold no spaces, so the joined text splits back into as many.
        return " ".join(texts).lower().split(" ") if texts else []


@dataclass(frozen=True)
class Line:
    text: str
    span: Span
    number: int  # 1-based


@dataclass(frozen=True)
class Paragraph:
    """Lines separated from other paragraphs by blank lines."""

    text: str
    span: Span
    lines: tuple[Line, ...]
    sentences: tuple[Sentence, ...]
    index: int
    is_heading: bool = False


@dataclass(frozen=True)
class Document:
    path: str
    text: str
    paragraphs: tuple[Paragraph, ...]
    line_starts: tuple[int, ...]
    source_lang: str | None = None
    target_lang: str | None = None
    encoding: str = "utf-8"

    @cached_property
    def sentences(self) -> tuple[Sentence, ...]:
        return tuple(s for p in self.paragraphs for s in p.sentences)

    @cached_property
    def lines(self) -> tuple[Line, ...]:
        return tuple(line for p in self.paragraphs for line in p.lines)

    @cached_property
    def word_count(self) -> int:
        """Words and numbers in the document (what the quality score normalises by)."""
        return count_words(self.text)

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.span.start for s in self.sentences]

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column (code points) of ``offset``."""
        i = bisect.bisect_right(self.line_starts, offset) - 1
        return i + 1, offset - self.line_starts[i] + 1

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence (or heading) holding ``offset``; None between sentences."""
        i = bisect.bisect_right(self._sentence_starts, offset) - 1
        if i < 0:
            return None
        s = self.sentences[i]
        return s if offset < max(s.span.end, s.span.start + 1) else None

    def paragraph_at(self, offset: int) -> Paragraph | None:
        i = bisect.bisect_right([p.span.start for p in self.paragraphs], offset) - 1
        if i < 0:
            return None
        p = self.paragraphs[i]
        return p if offset < max(p.span.end, p.span.start + 1) else None


@dataclass(frozen=True)
class Edit:
    """Replace ``text[span]`` with ``replacement``."""

    span: Span
    replacement: str


@dataclass(frozen=True)
class Fix:
    edits: tuple[Edit, ...]
    safe: bool
    description: str = ""


@dataclass(frozen=True)
class Hit:
    """What a rule yields: the engine turns it into a :class:`Finding`."""

    span: Span
    message: str
    suggestion: str | None = None
    fix: Fix | None = None
    related: tuple[Span, ...] = ()


@dataclass(frozen=True)
class Finding:
    rule: str
    name: str
    category: Category
    severity: Severity
    message: str
    span: Span
    line: int
    column: int
    end_line: int
    end_column: int
    text: str
    sentence: str
    fingerprint: str
    suggestion: str | None = None
    fix: Fix | None = None
    related: tuple[Span, ...] = ()
    status: str = "open"  # open | confirmed | dismissed (from a review file)

    def to_json(self) -> dict[str, Any]:
        """The stable JSON contract (see README, "JSON output")."""
        return {
            "rule": self.rule,
            "name": self.name,
            "category": str(self.category),
            "severity": str(self.severity),
            "message": self.message,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "offset": self.span.start,
            "length": self.span.length,
            "text": self.text,
            "suggestion": self.suggestion,
            "fixable": bool(self.fix and self.fix.safe),
            "fingerprint": self.fingerprint,
            "status": self.status,
            "related": [{"offset": r.start, "length": r.length} for r in self.related],
        }


@dataclass(frozen=True)
class FileResult:
    path: str
    text: str
    source_lang: str | None
    target_lang: str | None
    findings: tuple[Finding, ...]
    suppressed: int = 0
    words: int = 0  # 0 means not counted: mtcheck.quality then counts the text's words itself


@dataclass(frozen=True)
class Report:
    tool_version: str
    files: tuple[FileResult, ...]
    rules: tuple[Any, ...] = ()  # rule classes that ran, for SARIF rule metadata
    scores: dict[str, Any] = field(default_factory=dict)  # path -> DocumentScores.to_json()
    errors: tuple[str, ...] = ()  # inputs that could not be read (exit code 2)
    notes: tuple[str, ...] = ()  # what was skipped and why, e.g. "scoring skipped: …" (not errors)

    @property
    def findings(self) -> tuple[Finding, ...]:
        return tuple(f for fr in self.files for f in fr.findings)
