"""A language pair's lexicon tables (``false_friends.toml``, ``calques.toml``) compiled for MT601 and
MT602: entries whose patterns are compiled on first use, and one keyword scan (derived from the
entries' ``match`` by ``mtcheck.text.keywords`` and cached between runs) that finds, per document,
the sentences where an entry can possibly match.
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass
from typing import Any, Iterator

from mtcheck.lang.derived import cached_derivation
from mtcheck.model import Document
from mtcheck.packs import Pack
from mtcheck.text import keywords as keywords_module
from mtcheck.text.boundaries import Bounds, bounded_after, bounded_before
from mtcheck.text.keywords import KeywordScanner, bounded_keywords
from mtcheck.text.lazy_regex import lazy_compile

TABLES = ("false_friends", "calques")
FREE = Bounds(None, None)
BARE = ("",)  # a non-word character right next to the keyword: by far the most common bound, checked inline

_LEADING_DETERMINER = lazy_compile(r"(?:the|a|an|my|your|his|her|our|their|its|this|that|these|those)\s+",
                                   re.IGNORECASE)


@functools.lru_cache(maxsize=None)  # bounded by the packs' data
def _regex(pattern: str, flags: int) -> re.Pattern[str]:
    """Patterns are compiled on first use: in a given text most entries never get past the keyword scan."""
    return re.compile(pattern, flags)


@dataclass(frozen=True)
class LexiconEntry:
    """One data entry; ``requires``/``unless`` patterns are searched in the matching sentence."""

    id: str
    pattern: str  # the ``match`` regex, compiled lazily by ``match``
    requires: tuple[str, ...]
    unless: tuple[str, ...]
    flags: int
    source: str
    explanation: str
    suggestion: str
    confidence: str

    @property
    def match(self) -> re.Pattern[str]:
        return _regex(self.pattern, self.flags)

    def hits_in(self, sentence: str) -> Iterator[tuple[int, int]]:
        """Spans (relative to ``sentence``) of the matched English, after the context conditions."""
        match = self.match
        if match.search(sentence) is None:
            return  # cheapest test first: most candidates fail here
        matches = list(match.finditer(sentence))
        if not all(_regex(r, self.flags).search(sentence) for r in self.requires):
            return
        if any(_regex(u, self.flags).search(sentence) for u in self.unless):
            return
        for m in matches:
            # A named group ``hit`` gives the offending words exactly; otherwise a leading article or
            # possessive is context, not part of the mistranslation ("her handy" → "handy").
            if "hit" in match.groupindex and m.group("hit"):
                start, end = m.span("hit")
            else:
                start, end = m.span()
                lead = _LEADING_DETERMINER.match(sentence, start, end)
                if lead and lead.end() < end:
                    start = lead.end()
            if end > start:
                yield start, end


@dataclass(frozen=True)
class CompiledPack:
    """Both lexicon tables of a pair, plus one scan that finds every keyword of either table."""

    entries: dict[str, tuple[LexiconEntry, ...]]  # table name -> entries (patterns compiled on demand)
    # Finds, in lower-cased text, every keyword of every entry; its payload is ``unlocks`` of the keyword.
    scanner: KeywordScanner
    # keyword -> (what must surround an occurrence, the entries it then unlocks): entries sharing a
    # keyword may guarantee different surroundings ("critic\b" and "critic\w*").
    unlocks: dict[str, tuple[tuple[Bounds | None, tuple[tuple[str, int], ...]], ...]]
    unkeyed: tuple[tuple[str, int], ...]  # entries without a usable keyword: tried in every sentence

    @property
    def by_keyword(self) -> dict[str, tuple[tuple[str, int], ...]]:
        """keyword -> every (table, entry index) it may unlock, whatever surrounds it."""
        return {k: tuple(sorted({entry for _, entries in groups for entry in entries}))
                for k, groups in self.unlocks.items()}


def make_entry(raw: dict[str, Any]) -> LexiconEntry:
    """A data entry as read from TOML, with its optional fields filled in (nothing compiled yet)."""
    return LexiconEntry(
        id=raw["id"], pattern=raw["match"], flags=0 if raw.get("case_sensitive") else re.IGNORECASE,
        requires=tuple(raw.get("requires", ())), unless=tuple(raw.get("unless", ())),
        source=raw.get("source", ""), explanation=raw.get("explanation", ""),
        suggestion=raw.get("suggestion", ""), confidence=raw.get("confidence", "high"))


def _keywords(pack: Pack, patterns: list[str]) -> list[dict[str, Bounds]]:
    """Each pattern's keywords with their bounds. Parsing hundreds of regexes takes a quarter of a second,
    so the result is kept in the user cache directory until the pack or the keyword code changes."""
    sources = [pack.data_dir / str(pack.pair) / f"{table}.toml" for table in TABLES]
    return cached_derivation(f"lexicon-keywords-{pack.pair}", sources,
                             lambda: [bounded_keywords(pattern) for pattern in patterns],
                             version=f"{keywords_module.CODE_DIGEST}-bounded")


@functools.lru_cache(maxsize=16)
def compiled_pack(source: str | None, target: str) -> CompiledPack:
    """The pair's lexicon tables with their keyword scan; cached per pair."""
    pack = Pack(source, target)
    entries = {t: tuple(make_entry(raw) for raw in pack.table(t).get("entry", [])) for t in TABLES}
    by_keyword: dict[str, dict[Bounds, set[tuple[str, int]]]] = {}
    unkeyed = []
    located = [(table, index) for table in TABLES for index in range(len(entries[table]))]
    patterns = [entries[table][index].pattern for table, index in located]
    for (table, index), keywords in zip(located, _keywords(pack, patterns)):
        for keyword, bounds in keywords.items():
            by_keyword.setdefault(keyword, {}).setdefault(bounds, set()).add((table, index))
        if not keywords:
            unkeyed.append((table, index))
    # Bounds that require nothing come first, as None: an occurrence then unlocks without a look around it.
    unlocks = {k: tuple((None if b == FREE else Bounds(*(BARE if side == BARE else side for side in b)),
                         tuple(sorted(v)))
                        for b, v in sorted(groups.items(), key=lambda g: (g[0] != FREE, repr(g[0]))))
               for k, groups in by_keyword.items()}
    return CompiledPack(entries, KeywordScanner(unlocks, unlocks.__getitem__), unlocks, tuple(unkeyed))


# The characters whose lower case differs from lower-casing them one by one with the same length: "İ"
# (U+0130, whose lower case is two characters: the only one in Unicode 14) and the capital sigma (whose
# lower case depends on its neighbours, "ς" at the end of a word, but is "σ" alone).
_UNEVEN_CASE = re.compile("([\u0130\u03a3])")


def lower_keeping_offsets(original: str) -> str:
    """``original`` lower-cased character by character, each kept as it is where its lower case would be
    longer, so that offsets stay aligned. The text between the rare uneven characters is lower-cased
    whole (in C): a loop in Python over every character cost a tenth of the keyword search on such texts."""
    pieces = _UNEVEN_CASE.split(original)  # text, uneven character, text, ...: odd indices hold one character
    return "".join(piece.lower() if k % 2 == 0 or len(piece.lower()) == 1 else piece
                   for k, piece in enumerate(pieces))


def candidates(doc: Document, lexicon: CompiledPack) -> set[tuple[int, str, int]]:
    """(sentence index, table, entry index) triples whose keyword occurs in that sentence, surrounded as
    the entry's pattern guarantees (a keyword of ``\\bcritic\\b`` inside "criticism" unlocks nothing)."""
    sentences = doc.sentences
    found = {(i, t, e) for i in range(len(sentences)) for t, e in lexicon.unkeyed}
    original = doc.text
    text = original.lower()
    if len(text) != len(original):  # "İ" lower-cases to two characters: keep offsets aligned
        text = lower_keeping_offsets(original)
    starts = [s.span.start for s in sentences]
    ends = [s.span.end for s in sentences]
    unlocked: set[tuple[int, tuple[tuple[str, int], ...]]] = set()  # (sentence, what a keyword unlocks)
    for last, (length, groups) in lexicon.scanner.scan(text):  # tens of thousands per megabyte: kept lean
        first = last - length + 1
        i = bisect.bisect_right(starts, first) - 1
        if i < 0 or last >= ends[i]:
            continue
        for bounds, unlocks in groups:
            # The sentence's own edges count as non-word characters: its pattern is run on it alone.
            if bounds is not None:
                before, after = bounds
                if before is BARE:
                    if first > starts[i] and ((c := original[first - 1]).isalnum() or c == "_"):
                        continue
                elif before is not None and not bounded_before(original, text, first, starts[i], before):
                    continue
                if after is BARE:
                    if last + 1 < ends[i] and ((c := original[last + 1]).isalnum() or c == "_"):
                        continue
                elif after is not None and not bounded_after(original, text, last + 1, ends[i], after):
                    continue
            unlocked.add((i, unlocks))
    found.update((i, t, e) for i, unlocks in unlocked for t, e in unlocks)
    return found
