"""Where a lexicon pattern guarantees that its keyword is a whole word (used by ``keywords.py``).

The keyword scan finds keywords as substrings, so "ears" (from ``behind (?:\\w+ )?ears\\b``) turns up
in every "years" and "internat" in every "international". If the pattern guarantees a non-word
character (or the edge of the text) right before a keyword, or right after it, the scan can drop the
occurrences that lack it. The guarantee comes from ``\\b``, ``^``/``$``, a literal space or punctuation
mark, a lookaround (``(?= of)``, ``(?!\\w)``), or the same guarantee around the group the keyword sits
in. Anything not proven is not required: a requirement the pattern does not guarantee would silently
lose findings, a missing one only costs a regex run.

What one side of a keyword needs is a set of ways (``Side``): each a string of word characters that
may stand between the keyword and the guaranteed non-word character. "internat" from
``\\binternats?\\b`` must be followed by "" or "s" and then a non-word character, so "international"
is passed over; the common case is just "". While a group is read, a way may still be open: it reaches
the group's edge, and is extended where the group is used (``resolved``). Where two ways of reaching a
keyword meet, the requirement takes both (``merge``); one side with no guarantee leaves none.
"""
from __future__ import annotations

import re
from re import _parser as sre_parse
from typing import Any, Callable, Iterable, NamedTuple

NO, OUTER, YES = 0, 1, 2
MAX_AFFIXES = 16  # more ways to reach a keyword than this: the requirement is dropped, not spelled out
MAX_AFFIX = 24
Edge = tuple[int, int]  # a position's level: (whatever the character beyond, if it is a word character)
UNKNOWN: Edge = (NO, NO)
# One side of a keyword: the ways a match can border it, each a string of word characters between the
# keyword and either a non-word character (closed) or the edge of the group being read (open, to be
# extended where the group is used); None: nothing is guaranteed.
Side = frozenset[tuple[str, bool]] | None
Flags = tuple[Side, Side]  # before the keyword, after it
# Where a group stands: what the items next to it spell (a few strings), and the Edge beyond them.
Context = tuple[Iterable[str], Edge]
FREE: Flags = (None, None)

_NONWORD_CATEGORIES = frozenset({sre_parse.CATEGORY_SPACE, sre_parse.CATEGORY_NOT_WORD,
                                 sre_parse.CATEGORY_LINEBREAK})
_STARTS = frozenset({sre_parse.AT_BEGINNING, sre_parse.AT_BEGINNING_STRING, sre_parse.AT_BEGINNING_LINE})
_ENDS = frozenset({sre_parse.AT_END, sre_parse.AT_END_STRING, sre_parse.AT_END_LINE})
_REPEATS = (sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT, sre_parse.POSSESSIVE_REPEAT)
# (?a) and (?L) change what \b and \w mean; such a pattern gets no requirements at all.
_OTHER_WORDS = re.compile(r"\(\?[a-zA-Z-]*[aL]")


class Bounds(NamedTuple):
    """What must surround an occurrence of a keyword for the scan to count it: ``before`` (``after``)
    is None, or strings one of which stands right before (after) the keyword, preceded (followed) by
    a non-word character or the edge of the sentence."""

    before: tuple[str, ...] | None
    after: tuple[str, ...] | None


def is_word(ch: str) -> bool:
    """Exactly ``re``'s ``\\w`` for str patterns (lower-casing never changes it)."""
    return ch.isalnum() or ch == "_"


def trusted(pattern: str) -> bool:
    return not _OTHER_WORDS.search(pattern)


# --- what a pattern guarantees at a position ------------------------------------------------------------
def _nonword_only(op: Any, arg: Any) -> bool:
    """Whether a one-character item matches only non-word characters (case variants included)."""
    if op is sre_parse.LITERAL:
        return not is_word(chr(arg))
    if op is not sre_parse.IN:
        return False
    for o, a in arg:
        if o is sre_parse.LITERAL and not is_word(chr(a)):
            continue
        if o is sre_parse.RANGE and a[1] - a[0] < 256 and not any(is_word(chr(c)) for c in range(a[0], a[1] + 1)):
            continue
        if o is sre_parse.CATEGORY and a in _NONWORD_CATEGORIES:
            continue
        return False  # a word character, or NEGATE: anything
    return True


def _excludes_words(items: Any) -> bool:
    """Whether a negative lookaround's content is one character class holding every word character."""
    data = getattr(items, "data", items)
    return (len(data) == 1 and data[0][0] is sre_parse.IN
            and any(o is sre_parse.CATEGORY and a is sre_parse.CATEGORY_WORD for o, a in data[0][1])
            and not any(o is sre_parse.NEGATE for o, _ in data[0][1]))


def _single(op: Any) -> bool:
    return op in (sre_parse.LITERAL, sre_parse.NOT_LITERAL, sre_parse.IN, sre_parse.ANY)


def level_after(items: Any, i: int, word_before: bool, rest: Callable[[], int]) -> int:
    """Whether the text from position ``i`` of a parsed sequence on starts with a non-word character or
    ends there; ``rest()`` answers for the end of the sequence, ``word_before``: the character before
    position ``i`` is a word character (then ``\\b`` is such a guarantee). Every path counts: the level
    is the lowest over the ways the items can match (an optional group present or absent)."""
    data = getattr(items, "data", items)
    while i < len(data):
        op, arg = data[i]
        i += 1
        if op is sre_parse.AT:
            if arg in _ENDS or (arg is sre_parse.AT_BOUNDARY and word_before):
                return YES
            continue  # other zero-width assertions leave the next character as it is
        if op in (sre_parse.ASSERT, sre_parse.ASSERT_NOT):
            direction, content = arg
            if direction == 1 and (_excludes_words(content) if op is sre_parse.ASSERT_NOT
                                   else level_after(content, 0, word_before, lambda: NO) == YES):
                return YES
            continue
        if _single(op):
            return YES if _nonword_only(op, arg) else NO
        after = (lambda j: lambda: level_after(data, j, word_before, rest))(i)
        if op is sre_parse.SUBPATTERN:
            return level_after(arg[-1], 0, word_before, after)
        if op is sre_parse.ATOMIC_GROUP:
            return level_after(arg, 0, word_before, after)
        if op is sre_parse.BRANCH:
            return min(level_after(b, 0, word_before, after) for b in arg[1])
        if op in _REPEATS:
            low, high, body = arg
            # After one pass through the body comes the rest, or (if it may repeat) the body again.
            inside = level_after(body, 0, word_before, after if high == 1 else lambda: NO)
            return inside if low >= 1 else min(inside, after())
        return NO  # back-references, conditionals: anything may follow
    return rest()


def level_before(items: Any, i: int, word_after: bool, rest: Callable[[], int]) -> int:
    """``level_after``'s mirror: whether the text before position ``i`` ends with a non-word character
    or starts there; ``word_after``: the character at position ``i`` is a word character."""
    data = getattr(items, "data", items)
    while i > 0:
        i -= 1
        op, arg = data[i]
        if op is sre_parse.AT:
            if arg in _STARTS or (arg is sre_parse.AT_BOUNDARY and word_after):
                return YES
            continue
        if op in (sre_parse.ASSERT, sre_parse.ASSERT_NOT):
            direction, content = arg
            if direction == -1 and (_excludes_words(content) if op is sre_parse.ASSERT_NOT
                                    else level_before(content, len(content), word_after, lambda: NO) == YES):
                return YES
            continue
        if _single(op):
            return YES if _nonword_only(op, arg) else NO
        before = (lambda j: lambda: level_before(data, j, word_after, rest))(i)
        if op is sre_parse.SUBPATTERN:
            return level_before(arg[-1], len(arg[-1]), word_after, before)
        if op is sre_parse.ATOMIC_GROUP:
            return level_before(arg, len(arg), word_after, before)
        if op is sre_parse.BRANCH:
            return min(level_before(b, len(b), word_after, before) for b in arg[1])
        if op in _REPEATS:
            low, high, body = arg
            inside = level_before(body, len(body), word_after, before if high == 1 else lambda: NO)
            return inside if low >= 1 else min(inside, before())
        return NO
    return rest()


def _outer() -> int:
    return OUTER


def edges(items: Any, first: int, last: int) -> tuple[Edge, Edge]:
    """The levels before raw item ``first`` and after raw item ``last`` of a sequence, for a neighbouring
    non-word and word character each; the sequence's own surroundings count as OUTER."""
    return ((level_before(items, first, False, _outer), level_before(items, first, True, _outer)),
            (level_after(items, last + 1, False, _outer), level_after(items, last + 1, True, _outer)))


# --- requirements of keywords ---------------------------------------------------------------------------
_SIDES: dict[int, Side] = {NO: None, OUTER: frozenset({("", False)}), YES: frozenset({("", True)})}
_NON_WORD = re.compile(r"\W")


def spelled(raw: str) -> Flags:
    """What surrounds ``raw.strip()`` in ``raw``, a spelling of some items: white space, or the items'
    edges (open)."""
    return _SIDES[YES if raw[0].isspace() else OUTER], _SIDES[YES if raw[-1].isspace() else OUTER]


def _capped(ways: set[tuple[str, bool]]) -> Side:
    return None if len(ways) > MAX_AFFIXES or any(len(a) > MAX_AFFIX for a, _ in ways) else frozenset(ways)


def at(text: str, start: int, end: int, flags: Flags) -> Flags:
    """What surrounds ``text[start:end]``, where ``text`` (of one match) has ``flags``: the characters
    of ``text`` up to the nearest non-word one, else ``text``'s own ways extended by them."""
    before, after = flags
    head = text[:start]
    if cut := _NON_WORD.search(head[::-1]):
        before = frozenset({(head[start - cut.start():], True)})
    elif head and before is not None:
        before = _capped({(h + head, closed) for h, closed in before})
    tail = text[end:]
    if cut := _NON_WORD.search(tail):
        after = frozenset({(tail[:cut.start()], True)})
    elif tail and after is not None:
        after = _capped({(tail + t, closed) for t, closed in after})
    return before, after


def merge(a: Flags | None, b: Flags) -> Flags:
    """A requirement both ``a`` and ``b`` meet: either one's ways, nothing if one side has none."""
    if a is None or a == b:
        return b
    return tuple(x if x == y else None if x is None or y is None else _capped(x | y)  # type: ignore
                 for x, y in zip(a, b))


def merged(option: dict[str, Flags], keyword: str, flags: Flags) -> None:
    option[keyword] = merge(option.get(keyword), flags)


def _rank(flags: Flags) -> tuple[int, int]:
    known = [side is not None for side in flags]
    return min(known), sum(known)


def within(keyword: str, text: str, flags: Flags) -> Flags:
    """What surrounds ``keyword`` inside ``text``, a keyword with ``flags`` (``at``); of several
    occurrences the best one (the scan finds them all)."""
    best: Flags = FREE
    start = text.find(keyword)
    while start >= 0:
        found = at(text, start, start + len(keyword), flags)
        if _rank(found) > _rank(best):
            best = found
        start = text.find(keyword, start + 1)
    return best


def _extended(ways: Iterable[tuple[str, bool]], edges: Iterable[tuple[str, bool]], levels: Any,
              join: Callable[[str, str], str], border: Callable[[str], str]) -> Any:
    """One side's open ways extended by the neighbours' spellings (``edges``: spelling, reaches a
    non-word character), or None when some way meets a word character there. ``join`` puts a way and
    an edge together in reading order; ``border`` gives the character beyond the joined text."""
    out: set[tuple[str, bool]] = set()
    for way, closed in ways:
        for edge, reached in edges if not closed else (("", True),):
            joined = join(way, edge)
            level = YES if reached else levels[is_word(border(joined))]
            if level == NO:
                return None
            out.add((joined, level == YES))
    return _capped(out)


def resolved(option: dict[str, Flags], left: Context, right: Context) -> dict[str, Flags]:
    """A group's keywords as seen from where the group stands: a way that reaches the group's edge
    (open) is extended into what the neighbouring items spell, up to a non-word character, else to
    the level beyond them (taken for the character that borders it). Ways already closed stay."""
    out = {}
    heads = tails = None  # the neighbours' spellings up to their nearest non-word character: read once
    for keyword, (before, after) in option.items():
        if before is not None and not all(closed for _, closed in before):
            if heads is None:
                heads = {(p[len(p) - cut.start():], True) if (cut := _NON_WORD.search(p[::-1])) else (p, False)
                         for p in left[0]}
            before = _extended(before, heads, left[1], lambda way, head: head + way,
                               lambda joined, k=keyword: (joined + k)[0])
        if after is not None and not all(closed for _, closed in after):
            if tails is None:
                tails = {(p[:cut.start()], True) if (cut := _NON_WORD.search(p)) else (p, False) for p in right[0]}
            after = _extended(after, tails, right[1], lambda way, tail: way + tail,
                              lambda joined, k=keyword: (k + joined)[-1])
        out[keyword] = before, after
    return out


def strength(option: dict[str, Flags]) -> int:
    return sum(side is not None for flags in option.values() for side in flags)


def _final(side: Side) -> tuple[str, ...] | None:
    if side is None or not all(closed for _, closed in side):
        return None
    return tuple(sorted({affix for affix, _ in side}, key=lambda a: (len(a), a)))


def bounds(flags: Flags) -> Bounds:
    """The final requirement (the pattern's own surroundings are unknown: an open way requires nothing)."""
    return Bounds(_final(flags[0]), _final(flags[1]))


# --- the scan's side ------------------------------------------------------------------------------------
def bounded(original: str, lowered: str, first: int, end: int, low: int, high: int, b: Bounds) -> bool:
    """Whether the keyword at ``original[first:end]`` (``lowered``: the same text lower-cased) meets
    ``b`` inside the sentence ``original[low:high]``, whose edges count as non-word characters (the
    pattern is run on the sentence alone)."""
    return ((b.before is None or bounded_before(original, lowered, first, low, b.before))
            and (b.after is None or bounded_after(original, lowered, end, high, b.after)))


def bounded_before(original: str, lowered: str, first: int, low: int, heads: tuple[str, ...]) -> bool:
    for head in heads:
        at = first - len(head)
        if at >= low and (at == low or not is_word(original[at - 1])) and lowered.startswith(head, at):
            return True
    return False


def bounded_after(original: str, lowered: str, end: int, high: int, tails: tuple[str, ...]) -> bool:
    for tail in tails:
        at = end + len(tail)
        if at <= high and (at == high or not is_word(original[at])) and lowered.startswith(tail, end):
            return True
    return False
