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
from mtcheck.text.keywords import KeywordScanner, required_literals

TABLES = ("false_friends", "calques")

_LEADING_DETERMINER = re.compile(r"(?:the|a|an|my|your|his|her|our|their|its|this|that|these|those)\s+",
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
    scanner: KeywordScanner  # finds, in lower-cased text, every keyword of every entry
    by_keyword: dict[str, tuple[tuple[str, int], ...]]  # keyword -> (table, entry index) it unlocks
    unkeyed: tuple[tuple[str, int], ...]  # entries without a usable keyword: tried in every sentence


def make_entry(raw: dict[str, Any]) -> LexiconEntry:
    """A data entry as read from TOML, with its optional fields filled in (nothing compiled yet)."""
    return LexiconEntry(
        id=raw["id"], pattern=raw["match"], flags=0 if raw.get("case_sensitive") else re.IGNORECASE,
        requires=tuple(raw.get("requires", ())), unless=tuple(raw.get("unless", ())),
        source=raw.get("source", ""), explanation=raw.get("explanation", ""),
        suggestion=raw.get("suggestion", ""), confidence=raw.get("confidence", "high"))


def _keywords(pack: Pack, patterns: list[str]) -> list[frozenset[str]]:
    """Each pattern's keywords. Parsing hundreds of regexes takes a quarter of a second, so the result
    is kept in the user cache directory until the pack or the keyword code changes."""
    sources = [pack.data_dir / str(pack.pair) / f"{table}.toml" for table in TABLES]
    return cached_derivation(f"lexicon-keywords-{pack.pair}", sources,
                             lambda: [required_literals(pattern) for pattern in patterns],
                             version=keywords_module.CODE_DIGEST)


@functools.lru_cache(maxsize=16)
def compiled_pack(source: str | None, target: str) -> CompiledPack:
    """The pair's lexicon tables with their keyword scan; cached per pair."""
    pack = Pack(source, target)
    entries = {t: tuple(make_entry(raw) for raw in pack.table(t).get("entry", [])) for t in TABLES}
    by_keyword: dict[str, set[tuple[str, int]]] = {}
    unkeyed = []
    located = [(table, index) for table in TABLES for index in range(len(entries[table]))]
    patterns = [entries[table][index].pattern for table, index in located]
    for (table, index), keywords in zip(located, _keywords(pack, patterns)):
        for keyword in keywords:
            by_keyword.setdefault(keyword, set()).add((table, index))
        if not keywords:
            unkeyed.append((table, index))
    unlocks = {k: tuple(sorted(v)) for k, v in by_keyword.items()}
    return CompiledPack(entries, KeywordScanner(unlocks, unlocks.__getitem__), unlocks, tuple(unkeyed))


def candidates(doc: Document, lexicon: CompiledPack) -> set[tuple[int, str, int]]:
    """(sentence index, table, entry index) triples whose keyword occurs in that sentence."""
    sentences = doc.sentences
    found = {(i, t, e) for i in range(len(sentences)) for t, e in lexicon.unkeyed}
    text = doc.text.lower()
    if len(text) != len(doc.text):  # "İ" lower-cases to two characters: keep offsets aligned
        text = "".join(c if len(c) == 1 else o for c, o in zip(map(str.lower, doc.text), doc.text))
    starts = [s.span.start for s in sentences]
    ends = [s.span.end for s in sentences]
    unlocked: set[tuple[int, tuple[tuple[str, int], ...]]] = set()  # (sentence, what a keyword unlocks)
    for last, (length, unlocks) in lexicon.scanner.scan(text):  # tens of thousands per megabyte: kept lean
        i = bisect.bisect_right(starts, last - length + 1) - 1
        if i >= 0 and last < ends[i]:
            unlocked.add((i, unlocks))
    found.update((i, t, e) for i, unlocks in unlocked for t, e in unlocks)
    return found
