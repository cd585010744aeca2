"""Source-language words in English spelling, for MT502: "hypothec" (Hypothek), "akademy" (Akademie),
"premiated" (prämiert): neither English nor the source language as written, but a frequent source word
once spelt back with the pack's ``[english_dress]`` changes. Thresholds in Zipf: the word itself must be
(nearly) unknown to English and rare in the source language; what it spells back to must be common
there and clearly rarer in English.
"""
from __future__ import annotations

import functools
import itertools
from typing import NamedTuple

from mtcheck.lang.wordstats import is_english_word, zipf

_DRESS_MIN_LENGTH = 5
_DRESS_MAX_ENGLISH = 1.5  # the word as written, in English (and not in the English dictionary)
_DRESS_MAX_SOURCE = 3.0  # ... and in the source language (more is MT502's "lean" word: "konsequent")
_DRESS_MIN_ZIPF = 2.5  # the source word it spells back to
_DRESS_GAIN = 1.5  # ... at least this much more frequent there than the word as written
_DRESS_LEAN = 1.5  # ... and this much more frequent in the source language than in English
# A word of French, Italian or Spanish this common is a foreign word, not a misspelt German one
# ("actuelle", "dictature", "curiose"); German MT never writes them (Spanish "reclame" is 3.0).
_DRESS_FOREIGN = ("fr", "it", "es")
_DRESS_MAX_FOREIGN = 3.3
# One typing slip away from an English word this common: a typo ("cabel", "becam", "muscel"), unless
# the slip is the dressing itself ("akademy" for academy, "korrect").
_TYPO_ENGLISH_ZIPF = 3.0
_ALPHABET = "abcdefghijklmnopqrstuvwxyz"


class DressRules(NamedTuple):
    """The pack's ``[english_dress]`` table: English spellings of the source language's letters and endings."""

    letters: tuple[tuple[str, str], ...] = ()  # (English, source), anywhere in a word: ("c", "k"), ("ph", "f")
    endings: tuple[tuple[str, str, int], ...] = ()  # (English, source, least letters before it): ("y", "ie", 4)
    umlauts: frozenset[str] = frozenset()  # source letters of which one change per word at most
    max_changes: int = 3
    lower_endings: tuple[str, ...] = ()  # source words ending so are written in lower case in messages
    cognate_letters: frozenset[tuple[str, str]] = frozenset()  # one-letter changes that are no typing slip


@functools.lru_cache(maxsize=8)
def dress_rules(source: str) -> DressRules:
    """The source language's ``[english_dress]`` table from its pack into English (empty rules without one)."""
    if not source:
        return DressRules()
    from mtcheck.packs import Pack

    table = Pack(source, "en").table("untranslated").get("english_dress", {})
    letters = tuple((a, b) for a, b in table.get("letters", ()))
    endings = tuple((e[0], e[1], int(e[2]) if len(e) > 2 else 4) for e in table.get("endings", ()))
    return DressRules(letters, endings, frozenset(table.get("umlauts", "äöü")), int(table.get("max_changes", 3)),
                      tuple(table.get("lower_endings", ())),
                      frozenset((a, b) for a, b in letters if len(a) == len(b) == 1))


def dress_variants(low: str, rules: DressRules, umlauts: int = 1, telling: bool = False) -> set[str]:
    """``low`` spelt back with up to ``rules.max_changes`` changes (at most one ending, ``umlauts`` umlauts);
    with ``telling``, only spellings with a consonant changed ("hypothe|c" → "k"): an umlaut or an ending
    alone does not tell a rare English word ("unfallen", "semantical") from a German one."""
    sites = []
    for english, source in rules.letters:
        start = low.find(english)
        while start >= 0:
            sites.append((start, start + len(english), source))
            start = low.find(english, start + 1)
    if not umlauts:
        sites = [s for s in sites if s[2] not in rules.umlauts]
    ends = [(len(low) - len(english), len(low), source) for english, source, stem in rules.endings
            if low.endswith(english) and len(low) - len(english) >= stem]
    found: set[str] = set()
    for end in (None, *ends):
        usable = sites if end is None else [s for s in sites if s[1] <= end[0]]
        for n in range(0 if end else 1, rules.max_changes + (0 if end else 1)):
            for combo in itertools.combinations(usable, n):
                changes = sorted(combo + ((end,) if end else ()))
                if sum(c[2] in rules.umlauts for c in changes) > umlauts \
                        or any(a[1] > b[0] for a, b in zip(changes, changes[1:])) \
                        or (telling and all(c[2] in rules.umlauts for c in combo)):
                    continue
                parts, last = [], 0
                for start, stop, source in changes:
                    parts += (low[last:start], source)
                    last = stop
                found.add("".join(parts) + low[last:])
    found.discard(low)
    return found


def typo_of_english(low: str, cognate: frozenset[tuple[str, str]]) -> bool:
    """Is ``low`` one typing slip (a letter dropped, added, replaced, or two swapped) from a common
    English word? Replacing a letter by its source-language spelling ("akademy") is no slip."""
    for i in range(len(low) + 1):
        candidates = [low[:i] + c + low[i:] for c in _ALPHABET]
        if i < len(low):
            candidates.append(low[:i] + low[i + 1:])
            if i + 1 < len(low):
                candidates.append(low[:i] + low[i + 1] + low[i] + low[i + 2:])
            candidates += [low[:i] + c + low[i + 1:] for c in _ALPHABET
                           if c != low[i] and (c, low[i]) not in cognate]
        if any(zipf(c, "en") >= _TYPO_ENGLISH_ZIPF for c in candidates):
            return True
    return False


# English endings after a stem: "british|er", "phish|ers", "canal|ised", "method|ic", "electron|ical".
_ENGLISH_SUFFIXES = ("isations", "izations", "isation", "ization", "ised", "ized", "ise", "ize", "ated", "ical",
                     "ics", "ic", "ish", "ers", "er", "ing", "ed", "es", "s")
_STEM_ENGLISH_ZIPF = 2.5


def english_stem(low: str) -> bool:
    """Is ``low`` an English word with an English ending or "un-" ("british|er", "canal|ised",
    "concret|ized", "un|commented")?"""
    if low.startswith("un") and zipf(low[2:], "en") >= _STEM_ENGLISH_ZIPF:
        return True
    return any(low.endswith(s) and len(low) - len(s) >= 4
               and max(zipf(low[:-len(s)], "en"), zipf(low[:-len(s)] + "e", "en")) >= _STEM_ENGLISH_ZIPF
               for s in _ENGLISH_SUFFIXES)


class DressTable(dict):
    """word → the source-language word it spells in English ("hypothec" → "hypothek"), or "" (filled on
    demand: the cheap tests, on the word as written, come first)."""

    def __init__(self, source: str, rules: DressRules) -> None:
        super().__init__()
        self.source, self.rules = source, rules

    def __missing__(self, word: str) -> str:
        value = ""
        if self.rules.letters and len(word) >= _DRESS_MIN_LENGTH and word.isalpha() \
                and (word.islower() or word[1:].islower()):
            # A capitalised word without its umlauts is a name written the English way ("Schauble",
            # "Goettingen", "Ozdemir"), not a noun: only lower-case words may gain one ("gebaude").
            value = self._spelt_back(word.lower(), 1 if word[0].islower() else 0)
        self[word] = value
        return value

    def _spelt_back(self, low: str, umlauts: int) -> str:
        english = zipf(low, "en")
        if english >= _DRESS_MAX_ENGLISH or is_english_word(low):
            return ""
        as_written = zipf(low, self.source)
        if as_written >= _DRESS_MAX_SOURCE:
            return ""
        # A word English has seen at all ("hypothec", "reclame", but also "britisher", "canalised",
        # "digitalised") needs a consonant changed, and no common English word inside it.
        if english and english_stem(low):
            return ""
        best, best_zipf = "", 0.0
        for variant in dress_variants(low, self.rules, umlauts, telling=bool(english)):
            z = zipf(variant, self.source)
            if z > best_zipf:
                best, best_zipf = variant, z
        if not best or best_zipf < _DRESS_MIN_ZIPF or best_zipf - as_written < _DRESS_GAIN \
                or best_zipf - zipf(best, "en") < _DRESS_LEAN:
            return ""
        if any(zipf(low, lang) >= _DRESS_MAX_FOREIGN for lang in _DRESS_FOREIGN if lang != self.source):
            return ""
        return "" if typo_of_english(low, self.rules.cognate_letters) else best

    def display(self, german: str, capitalised: bool) -> str:
        """The source word as a message writes it: nouns capitalised ("Hypothek"), not "prämiert"."""
        if capitalised or not german.endswith(self.rules.lower_endings):
            return german[:1].upper() + german[1:]
        return german
