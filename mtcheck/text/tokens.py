"""Spans and tokens: words, numbers and punctuation marks with their spans, made in C-level passes.

Kept apart from ``mtcheck.model`` (which re-exports them) because this is the hottest code of a lint
run; it imports nothing from mtcheck.
"""
from __future__ import annotations

import re
from itertools import accumulate, repeat
from operator import itemgetter
from typing import NamedTuple


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


def without_possessive(word: str) -> str:
    """``word`` without an English possessive ending ("Bundestag’s" → "Bundestag")."""
    return word[:-2] if word.endswith(("'s", "’s")) else word


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
