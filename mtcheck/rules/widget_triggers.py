"""Shapes tried only when a line holds one of their trigger words, for the widget shape modules of rounds 20–22
(``widget_regional``, ``widget_recurring``, ``widget_crosswriter``): most lines hold none, so most lines reach no
regex at all. A shape is ``(trigger words, compiled regex, kind)``; the regex must match the whole lower-cased line.
"""
from __future__ import annotations

import functools
from typing import Any, Iterator

Shape = tuple[tuple[str, ...], Any, str]


@functools.lru_cache(maxsize=64)
def rough_words(lowered: str) -> frozenset[str]:
    """The words of a lower-cased line without the marks that cling to them (cached: the shape modules ask about
    the same line one after another)."""
    return frozenset(lowered.rstrip(".").replace(":", " ").replace(",", " ").replace("?", " ").replace("!", " ")
                     .replace("(", " ").replace(". ", " ").split())


class TriggeredShapes:
    """A module's shapes, indexed by their trigger words."""

    def __init__(self, shapes: tuple[Shape, ...]) -> None:
        self.shapes = shapes
        by_word: dict[str, tuple[int, ...]] = {}
        for i, (words, _shape, _kind) in enumerate(shapes):
            for word in words:
                by_word[word] = by_word.get(word, ()) + (i,)
        self.by_word = by_word
        self.triggers = frozenset(by_word)

    def candidates(self, lowered: str) -> Iterator[tuple[int, Shape]]:
        """The shapes whose trigger word the line holds, in their order."""
        found = self.triggers.intersection(rough_words(lowered))
        for i in sorted({i for word in found for i in self.by_word[word]}) if found else ():
            yield i, self.shapes[i]

    def kind(self, lowered: str) -> str | None:
        """The kind of the first triggered shape that matches the whole line, or None."""
        for _i, (_words, shape, kind) in self.candidates(lowered):
            if shape.fullmatch(lowered):
                return kind
        return None
