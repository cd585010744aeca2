"""The first characters a regex's matches can start with, for scans that try a pattern applied with
``match`` only on text that starts right (the widget patterns of MT201–MT203).
"""
from __future__ import annotations

import hashlib
import re
from pathlib import Path
from re import _parser as sre_parse  # the stdlib's own regex parser, as in mtcheck.text.keywords
from typing import Any

# The code as loaded, for caches of derived prefixes (see mtcheck.text.keywords.CODE_DIGEST).
CODE_DIGEST = hashlib.sha1(Path(__file__).read_bytes()).hexdigest()[:16]

# A pattern applied with ``match`` can be skipped for a text whose first characters no match can start
# with. ``prefixes`` spells out those first characters, lower-cased; DIGIT and SPACE stand for the
# classes \d and \s (private-use characters, so they never meet a real text's characters).
DIGIT, SPACE = "\ue000", "\ue001"
_MAX_CLASS = 256  # a character range wider than this is not spelled out
_MAX_PREFIXES = 4096


class _Unbounded(Exception):
    """The prefixes are not a small finite set (``\\w``, ``.``, a negated class, too many spellings)."""


def prefixes(pattern: str, length: int = 2, flags: int = re.IGNORECASE) -> frozenset[str] | None:
    """Every lower-cased start of ``length`` characters that a match of ``pattern`` can have, plus the
    shorter whole matches it can have; None when the set is unbounded. A text is a candidate for the
    pattern when one of them is a prefix of the text's lower-cased start, with the text's digits and
    white space also read as DIGIT and SPACE (see :func:`prefix_keys`)."""
    try:
        return frozenset(_sequence(sre_parse.parse(pattern, flags).data, length))
    except _Unbounded:
        return None


def prefix_keys(text: str, length: int = 2) -> list[str]:
    """The spellings of ``text``'s start that :func:`prefixes` may list."""
    keys = [""]
    for c in text[:length]:
        options = [c.lower()] + [m for m, test in ((DIGIT, c.isdecimal), (SPACE, c.isspace)) if test()]
        keys = [k + o for k in keys for o in options]
    return keys


def _concat(heads: set[str], tails_of: Any, length: int) -> set[str]:
    out: set[str] = set()
    for head in heads:
        if len(head) == length:
            out.add(head)  # already long enough: later items do not change it
        else:
            out.update(head + tail for tail in tails_of(length - len(head)))
        if len(out) > _MAX_PREFIXES:
            raise _Unbounded
    return out


def _sequence(items: Any, length: int) -> set[str]:
    out = {""}
    for op, arg in items:
        out = _concat(out, lambda n, op=op, arg=arg: _item(op, arg, n), length)
    return out


def _item(op: Any, arg: Any, length: int) -> set[str]:
    if op in (sre_parse.AT, sre_parse.ASSERT, sre_parse.ASSERT_NOT):
        return {""}  # zero-width
    if op is sre_parse.LITERAL:
        return {chr(arg).lower()}
    if op is sre_parse.IN:
        return _class_chars(arg)
    if op is sre_parse.SUBPATTERN:
        return _sequence(arg[3].data, length)
    if op is sre_parse.BRANCH:
        return set().union(*(_sequence(branch.data, length) for branch in arg[1]))
    if op in (sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT):
        least, most, body = arg
        out, current = set(), {""}
        for count in range(min(most, max(least, length)) + 1):
            if count >= least:
                out |= current
            current = _concat(current, lambda n: _sequence(body.data, n), length)
        return out | ({s for s in current if len(s) == length} if most > max(least, length) else set())
    raise _Unbounded  # ANY, NOT_LITERAL, back-references, …


def _class_chars(items: list[Any]) -> set[str]:
    chars: set[str] = set()
    for op, arg in items:
        if op is sre_parse.LITERAL:
            chars.add(chr(arg).lower())
        elif op is sre_parse.RANGE and arg[1] - arg[0] <= _MAX_CLASS:
            chars.update(chr(c).lower() for c in range(arg[0], arg[1] + 1))
        elif op is sre_parse.CATEGORY and arg in (sre_parse.CATEGORY_DIGIT, sre_parse.CATEGORY_SPACE):
            chars.add(DIGIT if arg is sre_parse.CATEGORY_DIGIT else SPACE)
        else:  # another category (\w), a negation or a wide range
            raise _Unbounded
    return chars
