"""Spelling out the small finite parts of a parsed regex (for ``keywords.py``): "(?:heavy|hard) rain"
can only match "heavy rain" or "hard rain", and those strings are what a keyword scan can look for.
"""
from __future__ import annotations

from re import _parser as sre_parse  # the stdlib's own regex parser
from typing import Any

from mtcheck.text import boundaries
from mtcheck.text.boundaries import Edge

MAX_EXPANSION = 64  # a finite sub-language larger than this is not spelled out
TEXT = object()  # pseudo-opcode: a run of consecutive literal characters, already lower-cased


class Speller:
    """Spells out the small finite parts of one parsed pattern.

    Consecutive literals are joined into one ``(TEXT, "string")`` item, so sets are multiplied once
    per word rather than once per character; results are memoised by node, because a group is
    visited again when the keyword search descends into it.
    """

    def __init__(self) -> None:
        self._runs: dict[int, list[tuple[Any, Any]]] = {}
        self._spans: dict[int, list[list[int]]] = {}  # each run item's first and last index in ``items``
        self._edges: dict[int, list[tuple[Edge, Edge]]] = {}
        self._strings: dict[int, set[str] | None] = {}
        self.required: dict[int, Any] = {}  # memo of keywords._required, by node

    def runs(self, items: Any) -> list[tuple[Any, Any]]:
        """``items`` without zero-width assertions, consecutive literals joined into TEXT items."""
        if id(items) not in self._runs:
            out: list[tuple[Any, Any]] = []
            spans: list[list[int]] = []
            for index, (op, arg) in enumerate(getattr(items, "data", items)):  # a plain list: faster to walk
                if op is sre_parse.AT:
                    continue  # \b and friends are zero-width
                if op is sre_parse.LITERAL:
                    ch = chr(arg).lower()
                    if out and out[-1][0] is TEXT:
                        out[-1] = (TEXT, out[-1][1] + ch)
                        spans[-1][1] = index
                        continue
                    out.append((TEXT, ch))
                else:
                    out.append((op, arg))
                spans.append([index, index])
            self._runs[id(items)] = out
            self._spans[id(items)] = spans
        return self._runs[id(items)]

    def edges(self, items: Any) -> list[tuple[Edge, Edge]]:
        """For each item of ``runs(items)``: what the pattern guarantees before and after it."""
        if id(items) not in self._edges:
            self.runs(items)
            self._edges[id(items)] = [boundaries.edges(items, a, b) for a, b in self._spans[id(items)]]
        return self._edges[id(items)]

    def strings(self, items: Any) -> set[str] | None:
        """Every string a parsed sequence can match, if it is a small finite language, else None."""
        if id(items) not in self._strings:
            out: set[str] | None = {""}
            for op, arg in self.runs(items):
                options = self.item_strings(op, arg)
                if options is None or len(out) * len(options) > MAX_EXPANSION:
                    out = None
                    break
                out = {o + p for o in out for p in options}
            self._strings[id(items)] = out
        return self._strings[id(items)]

    def item_strings(self, op: Any, arg: Any) -> set[str] | None:
        """Every string one item of a parsed sequence can match (None: too many, or unbounded)."""
        if op is TEXT:
            return {arg}
        if op is sre_parse.IN and all(o is sre_parse.LITERAL for o, _ in arg):
            return {chr(a).lower() for _, a in arg}
        if op is sre_parse.SUBPATTERN:
            return self.strings(arg[-1])
        if op is sre_parse.BRANCH:
            branches = [self.strings(b) for b in arg[1]]
            return set().union(*branches) if all(b is not None for b in branches) else None
        if op is sre_parse.MAX_REPEAT and arg[1] == 1:
            inner = self.strings(arg[2])
            return None if inner is None else inner | ({""} if arg[0] == 0 else set())
        return None
