"""Regular expressions compiled on first use, for modules whose patterns most runs never need.

A lint run imports every rule, and compiling a rule module's patterns costs milliseconds each time the
command starts; on one article most of them are never run, because a cheap pre-test (a literal ``in``, a
token set) rules their sentences out first. ``lazy_compile`` returns a stand-in that compiles the pattern
the first time any of its attributes is asked for, then keeps the compiled pattern's methods on itself,
so later calls cost a plain attribute lookup.
"""
from __future__ import annotations

import re
from typing import Any

_BOUND = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner", "pattern",
          "flags", "groups", "groupindex")


class LazyPattern:
    """A stand-in for ``re.compile(pattern, flags)`` that compiles on first use."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._source = (pattern, flags)

    def __getattr__(self, name: str) -> Any:  # only asked while an attribute is missing: the first use
        compiled = re.compile(*self._source)
        for attr in _BOUND:
            setattr(self, attr, getattr(compiled, attr))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy_compile({self._source[0]!r}, {self._source[1]})"


def lazy_compile(pattern: str, flags: int = 0) -> Any:
    """``re.compile(pattern, flags)``, deferred to the first use (typed ``Any``: it stands in for a Pattern)."""
    return LazyPattern(pattern, flags)
