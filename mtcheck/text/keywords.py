"""Literal keywords of a regex, and one fast scan for many keywords (first characters: ``prefixes.py``).

A lexicon of hundreds of regexes is too slow to run on every sentence. Instead, each pattern is
reduced to a few lower-case literals one of which every match must contain (``required_literals``),
and one Aho–Corasick pass over a document (``KeywordScanner``) finds the sentences where a pattern
can possibly match. Only those patterns are then compiled and run.
"""
from __future__ import annotations

import hashlib
import math
import re
from pathlib import Path
from re import _parser as sre_parse  # the stdlib's own regex parser: finds each pattern's literals
from typing import Any, Callable, Iterable, Iterator

# The code as loaded, for caches of derived keywords: a file's modification time could be newer than the
# code a long-running process imported from it, and would then label old results as new.
CODE_DIGEST = hashlib.sha1(Path(__file__).read_bytes()).hexdigest()[:16]
MIN_KEYWORD = 3  # shorter literals would unlock a pattern in nearly every sentence
MAX_EXPANSION = 64  # a finite sub-language larger than this is not spelled out
SHARED_MIN = 8  # variants are reduced to a substring they share only if it is at least this long
# An entry whose best keyword set is larger than COMPACT_ABOVE ("pour oil into the fire", "poured more oil
# in the flames", … 64 spellings) takes a much smaller set from one of its required parts instead ("pour"),
# if that part's words are nearly as rare: a smaller scan compiles and runs faster, and the entry's own
# regex, run on the few extra candidate sentences, costs microseconds.
COMPACT_ABOVE = 8
COMPACT_WORD = 4  # the shortest uncommon word a compact keyword set may rely on
# Words too common to make a keyword selective on their own ("in the" would unlock every sentence).
COMMON_WORDS = frozenset("""a about after all also an and any are as at be been before but by can could
    did do does first for from get good had has have he her his how i if in into is it its just last long
    made make many may more most much my new no not now of on one only or other our out over said she so
    some still than that the their them then there these they this time to under up was we were what
    when which who will with would year years you your""".split())


TEXT = object()  # pseudo-opcode: a run of consecutive literal characters, already lower-cased


class _Speller:
    """Spells out the small finite parts of one parsed pattern.

    Consecutive literals are joined into one ``(TEXT, "string")`` item, so sets are multiplied once
    per word rather than once per character; results are memoised by node, because a group is
    visited again when the keyword search descends into it.
    """

    def __init__(self) -> None:
        self._runs: dict[int, list[tuple[Any, Any]]] = {}
        self._strings: dict[int, set[str] | None] = {}
        self.required: dict[int, frozenset[str]] = {}  # memo of _required, by node

    def runs(self, items: Any) -> list[tuple[Any, Any]]:
        """``items`` without zero-width assertions, consecutive literals joined into TEXT items."""
        if id(items) not in self._runs:
            out: list[tuple[Any, Any]] = []
            for op, arg in getattr(items, "data", items):  # a SubPattern's plain list: much faster to walk
                if op is sre_parse.AT:
                    continue  # \b and friends are zero-width
                if op is sre_parse.LITERAL:
                    ch = chr(arg).lower()
                    if out and out[-1][0] is TEXT:
                        out[-1] = (TEXT, out[-1][1] + ch)
                    else:
                        out.append((TEXT, ch))
                else:
                    out.append((op, arg))
            self._runs[id(items)] = out
        return self._runs[id(items)]

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


def _longest_word(keyword: str) -> int:
    return max((len(w) for w in keyword.split() if w not in COMMON_WORDS), default=0)


def _common_substring(option: frozenset[str], least: int) -> str:
    """The longest string of at least ``least`` characters that every keyword of ``option`` contains."""
    shortest = min(option, key=lambda k: (len(k), k))  # ties by the alphabet: no set-order dependence
    for size in range(len(shortest), least - 1, -1):
        for start in range(len(shortest) - size + 1):
            candidate = shortest[start:start + size]
            starts_a_word = start == 0 or not shortest[start - 1].isalnum()
            if (starts_a_word and len(candidate.strip()) >= least
                    and all(candidate in k for k in option)):
                return candidate.strip()
    return ""


def _simplified(option: frozenset[str]) -> frozenset[str]:
    """Fewer keywords for the same places: ``{"the actual crisis", "its actual crisis"}`` → ``{"actual crisis"}``."""
    shortest = min(map(len, option))
    shared = _common_substring(option, min(SHARED_MIN, shortest)) if len(option) > 1 else ""
    if shared and _longest_word(shared) >= MIN_KEYWORD:
        return frozenset({shared})
    # A keyword that extends another one adds nothing: "absolve a" is found wherever "absolve" is.
    return frozenset(k for k in option if not any(k[:n] in option for n in range(1, len(k))))


def _weakest_word(option: frozenset[str]) -> int:
    return min(_longest_word(k) for k in option)


def _usable(strings: set[str]) -> frozenset[str] | None:
    stripped = frozenset(r.strip() for r in strings)
    return stripped if min(map(len, stripped)) >= MIN_KEYWORD else None


def _compact(best: frozenset[str], runs: list[list[tuple[Any, Any, set[str]]]], speller: _Speller) -> frozenset[str]:
    """``best``, or a much smaller keyword set from the required finite items, if selective enough.

    ``runs`` holds the sequence's stretches of consecutive finite items with their spellings. A
    candidate is one item ("federal"), a group through its own keywords (so "(?:club|DFB) presidium|
    presidium of (?:the )?(?:club|DFB)" gives "presidium"), or a few consecutive items spelt out
    together ("federal countries", "federal lands"): of those, the one whose keywords are expected in
    the fewest sentences wins.
    """
    if len(best) <= COMPACT_ABOVE:
        return best
    candidates = []
    for run in runs:
        for i, (op, arg, spelled) in enumerate(run):
            if part := _usable(spelled):
                candidates.append(_simplified(part))
            if group := _group_keywords(op, arg, speller):
                candidates.append(group)
            window = set(spelled)
            for _, _, more in run[i + 1:]:
                if len(window) * len(more) > COMPACT_ABOVE:
                    break
                window = {w + m for w in window for m in more}
                if part := _usable(window):
                    candidates.append(_simplified(part))
    floor = max(COMPACT_WORD, min(_weakest_word(best), 6))
    smaller = [c for c in candidates if c and len(c) < len(best) and _weakest_word(c) >= floor]
    # Ties (same words, a window one character shorter: "on demand" / "n demand") go to the longer
    # keywords, then to the alphabet: the result must not depend on set order (it is cached on disk).
    return min(smaller, key=lambda c: (_expected_share(c), len(c), -sum(map(len, c)), sorted(c))) if smaller else best


def _expected_share(option: frozenset[str]) -> float:
    """Roughly how often one of ``option``'s keywords occurs in English text (a ranking, not a measure):
    a keyword is as rare as its rarest word, and each further word makes the phrase 30 times rarer."""
    from mtcheck.lang.wordstats import zipf  # late: only deriving keywords needs word frequencies

    shares = []
    for keyword in option:
        words = keyword.split()
        rarest = min((zipf(w, "en") for w in words), default=0.0)
        shares.append(10 ** rarest / 30 ** (len(words) - 1))
    return math.fsum(shares)  # exact, so the same in any order


def _group_keywords(op: Any, arg: Any, speller: _Speller) -> frozenset[str]:
    """A group's keywords, or a branch's (each branch must have some): empty for any other item."""
    if op is sre_parse.SUBPATTERN:
        return _required(arg[-1], speller)
    if op is sre_parse.BRANCH:
        branches = [_required(b, speller) for b in arg[1]]
        if all(branches):
            return frozenset().union(*branches)
    return frozenset()


def _required(items: Any, speller: _Speller) -> frozenset[str]:
    """Literals one of which occurs in every match of a parsed regex sequence (empty: none known)."""
    if id(items) not in speller.required:
        speller.required[id(items)] = _required_uncached(items, speller)
    return speller.required[id(items)]


def _required_uncached(items: Any, speller: _Speller) -> frozenset[str]:
    options: list[frozenset[str]] = []
    finite: list[list[tuple[Any, Any, set[str]]]] = [[]]  # stretches of required finite items: for _compact
    run: set[str] = {""}  # the strings the current stretch of small finite items can spell
    for op, arg in speller.runs(items):
        spelled = speller.item_strings(op, arg)
        if spelled is None:
            finite.append([])
        else:
            finite[-1].append((op, arg, spelled))
            if len(run) * len(spelled) <= MAX_EXPANSION:
                run = {r + s for r in run for s in spelled}
                continue
        if option := _usable(run):
            options.append(option)
        run = {""} if spelled is None else set(spelled)
        if spelled is not None:
            continue
        if group := _group_keywords(op, arg, speller):
            options.append(group)
        elif op in (sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT) and arg[0] >= 1:
            options.append(_required(arg[2], speller))
    if option := _usable(run):
        options.append(option)
    options = [_simplified(o) for o in options if o]
    if not options:
        return frozenset()
    # The option expected in the fewest sentences: "dome" rather than the 36 city names before it.
    best = min(options, key=lambda o: (_expected_share(o), len(o), sorted(o)))
    return _compact(best, finite, speller)


def required_literals(pattern: str) -> frozenset[str]:
    """Lower-case keywords, one of which every match of ``pattern`` contains (empty: none usable)."""
    keywords = frozenset(k.strip() for k in _required(sre_parse.parse(pattern, re.IGNORECASE), _Speller()))
    # A keyword that contains another one finds nothing more: "club presidi" is found wherever "presidi" is.
    keywords = frozenset(k for k in keywords if not any(o != k and o in k for o in keywords))
    return keywords if keywords and min(map(len, keywords)) >= MIN_KEYWORD else frozenset()


class KeywordScanner:
    """Every occurrence of many keywords in one pass (Aho–Corasick, in C): ``find`` yields
    ``(start, keyword)`` for each occurrence, overlapping ones included; ``scan`` yields
    ``(last index, (length, payload))`` straight from the C iterator, for hot loops."""

    def __init__(self, keywords: Iterable[str], payload: Callable[[str], Any] = lambda keyword: keyword) -> None:
        import ahocorasick  # imported late: only runs that scan keywords pay for it

        self._automaton = ahocorasick.Automaton()
        for keyword in keywords:
            self._automaton.add_word(keyword, (len(keyword), payload(keyword)))
        self.empty = len(self._automaton) == 0
        if not self.empty:
            self._automaton.make_automaton()

    def scan(self, text: str) -> Iterator[tuple[int, tuple[int, Any]]]:
        return iter(()) if self.empty else self._automaton.iter(text)

    def find(self, text: str) -> Iterator[tuple[int, str]]:
        for last, (length, _) in self.scan(text):
            yield last - length + 1, text[last - length + 1:last + 1]
