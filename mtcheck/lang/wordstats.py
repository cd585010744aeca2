"""Word statistics from wordfreq: how common a word is in a language, fast enough for every token.

``wordfreq.zipf_frequency`` re-tokenises its argument on every call (≈10 µs); a linter asks about every
token of every document, so this module reads wordfreq's frequency table once per language and answers
single words from it with a dictionary lookup, cached per word. Zipf values: 0 = unknown, 3 = about one
occurrence per million words, 6 = "the"-level function words.
"""
from __future__ import annotations

import functools
import math

from mtcheck.lang.derived import LookupTable, cached_lookup_table, package_files

#: wordfreq keys are case-folded ("Straße" → "strasse"); these characters never start or end a key.
_EDGE_PUNCT = "'’-‐‑"


@functools.lru_cache(maxsize=16)
def _table(lang: str) -> LookupTable:
    """wordfreq's word → frequency table for ``lang`` (empty for a language wordfreq lacks).

    Kept as an SQLite table in the user cache (``cached_lookup_table``) and queried per word: loading
    the whole list would cost 0.1–0.25 s at every start of ``mtcheck lint``, more than an article.
    """
    files = package_files("wordfreq", f"data/*_{lang}.msgpack.gz")
    if not files:
        return LookupTable(None, {})

    def build() -> dict[str, float]:
        try:
            return frequency_dict(lang)
        except (LookupError, ValueError):
            return {}

    return cached_lookup_table(f"wordfreq-{lang}", files, build)


def frequency_dict(lang: str) -> dict[str, float]:
    """wordfreq's whole word → frequency dictionary for ``lang``, for building derived tables only.
    wordfreq keeps every list it has loaded for the life of the process (hundreds of MB for the nine
    languages MT502's tables read), so its caches are emptied again: one list in memory at a time."""
    import wordfreq

    try:
        return wordfreq.get_frequency_dict(lang)
    finally:
        wordfreq.get_frequency_dict.cache_clear()
        wordfreq.get_frequency_list.cache_clear()


def _key(word: str) -> str:
    key = word.casefold().strip(_EDGE_PUNCT).replace("’", "'")
    if key.endswith("'s"):
        key = key[:-2]  # possessive: "Bundestag’s" is looked up as "bundestag"
    return key


@functools.lru_cache(maxsize=200_000)
def zipf(word: str, lang: str) -> float:
    """Zipf frequency of one word in ``lang`` (0.0 when unknown). Hyphenated words: their rarest part."""
    if not lang:
        return 0.0
    key = _key(word)
    table = _table(lang)
    freq = table.get(key)
    if freq is None and "-" in key:
        parts = [p for p in key.split("-") if p]
        freqs = [table.get(p, 0.0) for p in parts]
        freq = min(freqs) if freqs else 0.0
    if not freq:
        return 0.0
    return round(math.log10(freq) + 9, 2)


def known(word: str, *langs: str, threshold: float = 1.0) -> bool:
    """Is ``word`` attested (Zipf ≥ ``threshold``) in any of ``langs``?"""
    return any(zipf(word, lang) >= threshold for lang in langs if lang)


@functools.lru_cache(maxsize=100_000)
def is_english_word(word: str) -> bool:
    """Is ``word`` (any case) in lemminflect's English dictionary? Unlike a frequency list, it holds
    ordinary words only, not names: "hat", "gift", "several" yes; "John", "knapp", "nicht" no.
    Answered from the cached word → tags table (see ``mtcheck.lang.verbs``), not by loading lemminflect."""
    from mtcheck.lang.verbs import pos_tags

    return bool(pos_tags(word))
