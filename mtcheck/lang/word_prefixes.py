"""Cut-off source-language words, for MT503's abbreviations by shape: is "jährl" (of "jährl.") the start of a
frequent source-language word ("jährlich") and rare on its own? From wordfreq's list, derived once into a
prefix table in the user cache.
"""
from __future__ import annotations

import functools
import math

from mtcheck.lang.derived import LookupTable, cached_lookup_table, package_files
from mtcheck.lang.wordstats import frequency_dict, zipf

# Prefixes of frequent source-language words: "jährl." and "voraussichtl." are cut-off German words.
_PREFIX_MIN_ZIPF = 3.5
_PREFIX_LENGTHS = range(3, 17)


@functools.lru_cache(maxsize=4)
def _prefix_table(source: str) -> LookupTable:
    """prefix → the highest Zipf frequency of a source-language word that starts with it (derived
    once from wordfreq and kept in the user cache)."""
    files = package_files("wordfreq", f"data/*_{source}.msgpack.gz")

    def build() -> dict[str, float]:
        table: dict[str, float] = {}
        for word, frequency in frequency_dict(source).items():
            if frequency <= 0 or not word.isalpha():
                continue
            z = round(math.log10(frequency) + 9, 2)
            if z < _PREFIX_MIN_ZIPF:
                continue
            for n in _PREFIX_LENGTHS:
                if n < len(word) and table.get(word[:n], 0.0) < z:
                    table[word[:n]] = z
        return table

    return cached_lookup_table(f"prefixes-{source}", files, build, version="2")


_CUT_OFF_MARGIN = 0.9  # the full word this much more frequent (Zipf) than the stem written alone
_STEM_MAX_ZIPF = 3.5  # a stem this frequent on its own is a word ("Abt", "Bio")


def cut_off_word(stem: str, source: str) -> bool:
    """Is ``stem`` (an abbreviation without its full stop) the start of a frequent source-language
    word and rare on its own ("jährl" of "jährlich", "Einw" of "Einwohner"; wordfreq counts the
    abbreviations themselves too, so "rare" means much rarer than the word)?"""
    key = stem.casefold()
    if len(key) not in _PREFIX_LENGTHS:
        return False
    alone = zipf(key, source)
    return alone < _STEM_MAX_ZIPF and (_prefix_table(source).get(key) or 0.0) - alone >= _CUT_OFF_MARGIN
