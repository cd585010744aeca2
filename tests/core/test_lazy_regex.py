"""``lazy_compile``: a pattern compiled on first use behaves like ``re.compile`` and compiles once."""
from __future__ import annotations

import re

import pytest

from mtcheck.text.lazy_regex import LazyPattern, lazy_compile

PATTERN = r"(?P<word>[A-Z]\w+) (\d+)"
TEXT = "Terminal 3 and Gate 12, not gate 7"


def test_not_compiled_before_first_use():
    lazy = lazy_compile(PATTERN)
    assert isinstance(lazy, LazyPattern)
    assert "search" not in vars(lazy)


@pytest.mark.parametrize("method, args", [
    ("search", (TEXT,)), ("match", (TEXT,)), ("fullmatch", ("Gate 12",)), ("findall", (TEXT,)),
    ("split", (TEXT,)), ("sub", (r"\2", TEXT)), ("subn", (r"\2", TEXT)),
])
def test_behaves_like_a_compiled_pattern(method, args):
    lazy, compiled = lazy_compile(PATTERN, re.IGNORECASE), re.compile(PATTERN, re.IGNORECASE)
    got, want = getattr(lazy, method)(*args), getattr(compiled, method)(*args)
    if isinstance(want, re.Match):
        assert got.span() == want.span() and got.groupdict() == want.groupdict()
    else:
        assert got == want


def test_finditer_and_attributes():
    lazy, compiled = lazy_compile(PATTERN), re.compile(PATTERN)
    assert [m.span() for m in lazy.finditer(TEXT)] == [m.span() for m in compiled.finditer(TEXT)]
    assert (lazy.pattern, lazy.flags, lazy.groups, dict(lazy.groupindex)) == \
        (compiled.pattern, compiled.flags, compiled.groups, dict(compiled.groupindex))


def test_compiles_once_and_keeps_the_methods():
    lazy = lazy_compile(PATTERN)
    lazy.search(TEXT)
    bound = vars(lazy)["search"]
    lazy.finditer(TEXT)
    assert vars(lazy)["search"] is bound  # no second compilation replaced it


def test_a_bad_pattern_fails_at_first_use():
    lazy = lazy_compile(r"(unclosed")
    with pytest.raises(re.error):
        lazy.search("x")
