"""Core value types: spans, the segmented document, hits, findings and reports.

Everything here is frozen data. Offsets are code-point indices into the document's text *as read*
(after decoding, before any normalisation), half-open ``[start, end)``.
This module imports nothing else from mtcheck.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from enum import Enum, IntEnum
from functools import cached_property
from itertools import accumulate, repeat
from operator import itemgetter
from typing import Any, NamedTuple


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


class Span(NamedTuple):
    """Half-open code-point range. A NamedTuple, not a dataclass: documents hold millions."""

    start: int
    end: int

    @property
    def length(self) -> int:
        return self.end - self.start

    def overlaps(self, other: "Span") -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: "Span") -> bool:
        return self.start <= other.start and other.end <= self.end

    def shift(self, delta: int) -> "Span":
        return Span(self.start + delta, self.end + delta)


class Token(NamedTuple):
    """A word, number or punctuation mark. ``kind`` is "word", "number" or "punct"."""

    text: str
    start: int
    end: int
    kind: str

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)

    @property
    def is_word(self) -> bool:
        return self.kind == "word"

    @property
    def lower(self) -> str:
        return self.text.lower()


# Words keep inner hyphens and apostrophes ("Bundestag’s", "non-enlargement", "site-16"); numbers keep
# their separators ("100.000", "4,5", "12.01.2022") so locale rules see them whole. Anything else that
# is not white space is a one-character punctuation token.
_TOKEN = r"\d+(?:[.,:/]\d+)*|[^\W\d_]\w*(?:[-'’]\w+)*"
_WORD_RE = re.compile(_TOKEN)  # the word and number tokens
# Splitting on a capturing group yields [gap, token, gap, token, …, gap] in one C-level call; the
# gaps' and tokens' lengths then give every offset without a Python-level step per match.
_SPLIT_RE = re.compile(rf"({_TOKEN}|\S)")


class _KindOfFirstChar(dict):
    """First character of a token → its kind; filled on demand (a text uses few distinct characters)."""

    def __missing__(self, char: str) -> str:
        kind = "number" if char.isdecimal() else "word" if re.match(r"[^\W\d_]", char) else "punct"
        self[char] = kind
        return kind


_KIND = _KindOfFirstChar()


def count_words(text: str) -> int:
    """How many word and number tokens ``text`` has, without building tokens."""
    return len(_WORD_RE.findall(text))


def token_texts(text: str) -> list[str]:
    """The texts of ``tokenize(text)``, without spans and kinds: what a cheap pre-test needs."""
    return _SPLIT_RE.split(text)[1::2]


def tokenize(text: str, offset: int = 0) -> tuple[Token, ...]:
    """Tokens of ``text`` with spans shifted by ``offset`` (the text's start in the document)."""
    # The hottest code of a lint run, hence C-level iteration only (map, zip, accumulate):
    # tuple.__new__ skips NamedTuple's Python-level constructor.
    parts = _SPLIT_RE.split(text)
    offsets = list(accumulate(map(len, parts), initial=offset))
    texts = parts[1::2]
    kinds = map(_KIND.__getitem__, map(itemgetter(0), texts))
    return tuple(map(tuple.__new__, repeat(Token), zip(texts, offsets[1::2], offsets[2::2], kinds)))


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
    def lower_texts(self) -> list[str]:
        """The tokens' texts, lower-cased, without building tokens: what cheap pre-tests compare."""
        texts = token_texts(self.text)
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
