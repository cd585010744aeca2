"""Literal keywords of a regex, and one fast scan for many keywords (finite parts spelt out: ``spelling.py``).

A lexicon of hundreds of regexes is too slow to run on every sentence. Instead, each pattern is
reduced to a few lower-case literals one of which every match must contain (``required_literals``),
and one Aho–Corasick pass over a document (``KeywordScanner``) finds the sentences where a pattern
can possibly match. Only those patterns are then compiled and run. ``bounded_keywords`` adds what
the pattern guarantees around each keyword (``\\bcritic\\b``: a whole word), so that the scan can pass
over "criticism" (``boundaries.py``).
"""
from __future__ import annotations

import functools
import hashlib
import math
import re
from pathlib import Path
from re import _parser as sre_parse  # the stdlib's own regex parser: finds each pattern's literals
from typing import Any, Callable, Iterable, Iterator

from mtcheck.text import boundaries, spelling
from mtcheck.text.boundaries import UNKNOWN, Bounds, Context, Edge, Flags, merged, resolved, within
from mtcheck.text.spelling import MAX_EXPANSION, Speller

# The code as loaded, for caches of derived keywords: a file's modification time could be newer than the
# code a long-running process imported from it, and would then label old results as new.
_CODE = (Path(__file__), Path(boundaries.__file__), Path(spelling.__file__))
CODE_DIGEST = hashlib.sha1(b"".join(path.read_bytes() for path in _CODE)).hexdigest()[:16]
MIN_KEYWORD = 3  # shorter literals would unlock a pattern in nearly every sentence
SHARED_COST = 4  # ... and at most this many times as frequent as the variants together
SHARED_MIN = 8  # variants are reduced to a substring they share only if it is at least this long
# An entry whose best keyword set is larger than COMPACT_ABOVE ("pour oil into the fire", "poured more oil
# in the flames", … 64 spellings) takes a much smaller set from one of its required parts instead ("pour"),
# if that part's words are nearly as rare: a smaller scan compiles and runs faster, and the entry's own
# regex, run on the few extra candidate sentences, costs microseconds.
COMPACT_ABOVE = 8
COMPACT_COST = 10  # ... and only if it is expected in at most this many times as many sentences
COMPACT_RARE = 10 ** 3  # ... or is rare anyway (the expected share of a word of Zipf frequency 3)
COMPACT_WORD = 4  # the shortest uncommon word a compact keyword set may rely on
# Words too common to make a keyword selective on their own ("in the" would unlock every sentence).
COMMON_WORDS = frozenset("""a about after all also an and any are as at be been before but by can could
    did do does first for from get good had has have he her his how i if in into is it its just last long
    made make many may more most much my new no not now of on one only or other our out over said she so
    some still than that the their them then there these they this time to under up was we were what
    when which who will with would year years you your""".split())


# A keyword set under construction: keyword -> what the pattern guarantees around it (``boundaries.py``).
Option = dict[str, Flags]
NOWHERE: Context = ({""}, UNKNOWN)  # a place nothing is known about


def _longest_word(keyword: str) -> int:
    return max((len(w) for w in keyword.split() if w not in COMMON_WORDS), default=0)


def _common_substring(option: Option, least: int) -> str:
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


def _simplified(option: Option) -> Option:
    """Fewer keywords for the same places: ``{"the actual crisis", "its actual crisis"}`` → ``{"actual crisis"}``.

    A keyword that stands for others takes over what surrounds it inside them ("approximation" for
    "approximations": followed by "" or "s", then the end of the word)."""
    shortest = min(map(len, option))
    shared = _common_substring(option, min(SHARED_MIN, shortest)) if len(option) > 1 else ""
    # Only when the shared part is about as rare as the variants: "government" for "government
    # president" and "president of the government" would unlock the entry in most political sentences.
    if (shared and _longest_word(shared) >= MIN_KEYWORD
            and _expected_share({shared: None}) <= SHARED_COST * _expected_share(option)):
        out: Option = {}
        for keyword, flags in option.items():
            merged(out, shared, within(shared, keyword, flags))
        return out
    # A keyword that extends another one adds nothing: "absolve a" is found wherever "absolve" is.
    out = {k: f for k, f in option.items() if not any(k[:n] in option for n in range(1, len(k)))}
    for keyword, flags in option.items():
        if keyword not in out:  # found by its shortest prefix in the set, which is kept
            prefix = next(keyword[:n] for n in range(1, len(keyword)) if keyword[:n] in option)
            merged(out, prefix, within(prefix, keyword, flags))
    return out


def _weakest_word(option: Option) -> int:
    return min(_longest_word(k) for k in option)


# Consecutive required items that each spell a small finite language: (op, arg, spellings, what the
# pattern guarantees before the item, after it).
Stretch = list[tuple[Any, Any, set[str], Edge, Edge]]


def _usable(strings: set[str], stretch: Stretch, first: int, last: int) -> Option | None:
    """Keywords from ``strings``, what items ``first``–``last`` of ``stretch`` spell (None: too short).

    What surrounds each keyword is read from the neighbouring items' spellings as far as they stay few
    ("presidi" in ``\\b(?:club|DFB) presidi(?:um|a)\\b`` is followed by "um" or "a", then a word's end),
    then from what the pattern guarantees beyond them."""
    option: Option = {}
    for raw in strings:
        keyword = raw.strip()
        if len(keyword) < MIN_KEYWORD:
            return None
        merged(option, keyword, boundaries.spelled(raw))
    return resolved(option, *_around(stretch[:first], stretch[last + 1:], stretch[first][3], stretch[last][4]))


def _around(before: Stretch, after: Stretch, left: Edge, right: Edge) -> tuple[Context, Context]:
    """Where a group stands: what the finite items just ``before`` and ``after`` it spell, as far as the
    spellings stay few, and what the pattern guarantees beyond them (``left``, ``right``: next to it)."""
    heads, first = {""}, len(before)
    while first > 0 and len(heads) * len(before[first - 1][2]) <= MAX_EXPANSION:
        first -= 1
        heads = {more + head for head in heads for more in before[first][2]}
    tails, last = {""}, -1
    while last + 1 < len(after) and len(tails) * len(after[last + 1][2]) <= MAX_EXPANSION:
        last += 1
        tails = {tail + more for tail in tails for more in after[last][2]}
    return ((heads, before[first][3] if first < len(before) else left),
            (tails, after[last][4] if last >= 0 else right))


def _preference(option: Option) -> tuple[Any, ...]:
    """Among equal keyword sets (several places spell the same words), the one with the surest bounds."""
    return sorted(option), -boundaries.strength(option)


def _compact(best: Option, runs: list[Stretch], speller: Speller) -> Option:
    """``best``, or a much smaller keyword set from the required finite items, if selective enough.

    ``runs`` holds the sequence's stretches of consecutive finite items with their spellings and
    surroundings. A candidate is one item ("federal"), a group through its own keywords (so "(?:club|DFB)
    presidium|presidium of (?:the )?(?:club|DFB)" gives "presidium"), or a few consecutive items spelt
    out together ("federal countries", "federal lands"): of those, the one whose keywords are expected
    in the fewest sentences wins.
    """
    if len(best) <= COMPACT_ABOVE:
        return best
    candidates = []
    for run in runs:
        for i, (op, arg, spelled, left, right) in enumerate(run):
            if part := _usable(spelled, run, i, i):
                candidates.append(_simplified(part))
            if group := _group_keywords(op, arg, speller, *_around(run[:i], run[i + 1:], left, right)):
                candidates.append(group)
            window = set(spelled)
            for j in range(i + 1, len(run)):
                if len(window) * len(run[j][2]) > COMPACT_ABOVE:
                    break
                window = {w + m for w in window for m in run[j][2]}
                if part := _usable(window, run, i, j):
                    candidates.append(_simplified(part))
    floor = max(COMPACT_WORD, min(_weakest_word(best), 6))
    # Fewer keywords only when they are about as selective: every extra occurrence the scan finds is
    # a Python step, and "state" for "inclined position" would unlock the entry in most articles.
    most = max(COMPACT_COST * _expected_share(best), COMPACT_RARE)
    smaller = [c for c in candidates
               if c and len(c) < len(best) and _weakest_word(c) >= floor and _expected_share(c) <= most]
    # Ties (same words, a window one character shorter: "on demand" / "n demand") go to the longer
    # keywords, then to the alphabet: the result must not depend on set order (it is cached on disk).
    if not smaller:
        return best
    return min(smaller, key=lambda c: (_expected_share(c), len(c), -sum(map(len, c)), _preference(c)))


_WORDS = re.compile(r"\w+")


def _expected_share(option: Option) -> float:
    """Roughly how often one of ``option``'s keywords occurs in English text (a ranking, not a measure):
    a keyword is as rare as its rarest word, and each further word makes the phrase 30 times rarer."""
    from mtcheck.lang.wordstats import zipf  # late: only deriving keywords needs word frequencies

    shares = []
    for keyword in option:
        words = _WORDS.findall(keyword)  # "flat-rate tour" is three words
        rarest = min((zipf(w, "en") for w in words), default=0.0)
        shares.append(10 ** rarest / 30 ** (len(words) - 1))
    return math.fsum(shares)  # exact, so the same in any order


def _group_keywords(op: Any, arg: Any, speller: Speller, left: Context, right: Context) -> Option:
    """A group's keywords, or a branch's (each branch must have some): empty for any other item.
    ``left`` and ``right``: where the group stands (``_around``)."""
    if op is sre_parse.SUBPATTERN:
        return resolved(_required(arg[-1], speller), left, right)
    if op is sre_parse.BRANCH:
        branches = [_required(b, speller) for b in arg[1]]
        if all(branches):
            out: Option = {}
            for branch in branches:
                for keyword, flags in resolved(branch, left, right).items():
                    merged(out, keyword, flags)
            return out
    return {}


def _group_between(op: Any, arg: Any, speller: Speller, before: Stretch, after: Stretch,
                   left: Edge, right: Edge) -> Option:
    """The keywords of a group that stands between two stretches of finite items."""
    return _group_keywords(op, arg, speller, *_around(before, after, left, right))


def _required(items: Any, speller: Speller) -> Option:
    """Literals one of which occurs in every match of a parsed regex sequence (empty: none known), each
    with what surrounds it (OUTER: the sequence's own surroundings). Shared: do not modify."""
    if id(items) not in speller.required:
        speller.required[id(items)] = _required_uncached(items, speller)
    return speller.required[id(items)]


def _required_uncached(items: Any, speller: Speller) -> Option:
    # The options, in order, read once the stretches are complete: their items tell what surrounds the
    # keywords of the strings and groups between them.
    pending: list[Callable[[], Option | None]] = []
    finite: list[Stretch] = [[]]  # stretches of required finite items
    edges = speller.edges(items)
    run: set[str] = {""}  # the strings the current stretch of small finite items can spell
    first = 0  # where the strings begin in the current stretch
    for index, (op, arg) in enumerate(speller.runs(items)):
        spelled = speller.item_strings(op, arg)
        stretch = finite[-1]
        if spelled is not None and len(run) * len(spelled) <= MAX_EXPANSION:
            stretch.append((op, arg, spelled, *edges[index]))
            run = {r + s for r in run for s in spelled}
            continue
        if first < len(stretch):
            pending.append(functools.partial(_usable, run, stretch, first, len(stretch) - 1))
        if spelled is not None:
            stretch.append((op, arg, spelled, *edges[index]))
            run, first = set(spelled), len(stretch) - 1
            continue
        finite.append([])
        run, first = {""}, 0
        if op in (sre_parse.SUBPATTERN, sre_parse.BRANCH):
            pending.append(functools.partial(_group_between, op, arg, speller, stretch, finite[-1], *edges[index]))
        elif op in (sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT) and arg[0] >= 1:
            # The body's surroundings may be the body itself, repeated: nothing is guaranteed there.
            pending.append(functools.partial(resolved, _required(arg[2], speller), NOWHERE, NOWHERE))
    if first < len(finite[-1]):
        pending.append(functools.partial(_usable, run, finite[-1], first, len(finite[-1]) - 1))
    options = [_simplified(option) for option in (read() for read in pending) if option]
    if not options:
        return {}
    # The option expected in the fewest sentences: "dome" rather than the 36 city names before it.
    best = min(options, key=lambda o: (_expected_share(o), len(o), _preference(o)))
    return _compact(best, finite, speller)


def bounded_keywords(pattern: str) -> dict[str, Bounds]:
    """``required_literals(pattern)``, each with what every match guarantees around it: the scan may pass
    over an occurrence without it, and still find every match (see ``boundaries.Bounds``)."""
    option = resolved(_required(sre_parse.parse(pattern, re.IGNORECASE), Speller()), NOWHERE, NOWHERE)
    keywords: Option = {}
    for keyword, flags in option.items():
        merged(keywords, keyword.strip(), within(keyword.strip(), keyword, flags))
    # A keyword that contains another one finds nothing more: "club presidi" is found wherever "presidi" is.
    kept = {k: f for k, f in keywords.items() if not any(o != k and o in k for o in keywords)}
    for keyword, flags in keywords.items():
        if keyword not in kept:  # found by the shortest keyword inside it, which is kept
            inner = min((o for o in kept if o in keyword), key=lambda o: (len(o), o))
            merged(kept, inner, within(inner, keyword, flags))
    if not kept or min(map(len, kept)) < MIN_KEYWORD:
        return {}
    trusted = boundaries.trusted(pattern)
    return {k: boundaries.bounds(kept[k]) if trusted else Bounds(None, None) for k in sorted(kept)}


def required_literals(pattern: str) -> frozenset[str]:
    """Lower-case keywords, one of which every match of ``pattern`` contains (empty: none usable)."""
    return frozenset(bounded_keywords(pattern))


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
