"""How MT401 entity-inconsistency finds look-alike names: deletion neighbourhoods pair the mentions
one edit apart, and ``rank_pair`` judges a pair with rapidfuzz's edit distances and wordfreq's
frequencies (two real names, two English words or two known places are not one name misspelt).
"""
from __future__ import annotations

import functools
from collections import defaultdict
from typing import Any

from rapidfuzz.distance import OSA, Levenshtein

from mtcheck.lang.wordstats import zipf
from mtcheck.model import Span
from mtcheck.rules.name_mentions import is_inflection


@functools.lru_cache(maxsize=1)
def _known_places() -> frozenset[str]:
    """Country and US-state names: look-alike pairs among them (Austria/Australia) are different places."""
    from mtcheck.lang.places import countries, us_states

    return frozenset(n.casefold() for n in countries() | us_states())


@functools.lru_cache(maxsize=65536)
def _deletions(word: str) -> frozenset[str]:
    """The word and every one-letter deletion of it: two words one edit apart share an entry."""
    return frozenset({word, *(word[:i] + word[i + 1:] for i in range(len(word)))})


Pair = tuple[tuple[str, ...], tuple[str, ...], int]  # two mention keys and the index of the part they differ in


def look_alike_pairs(spans: dict[tuple[str, ...], list[Span]], min_part: int) -> set[Pair]:
    """Pairs of mention keys that differ in one part by one edit, with that part's index."""
    # Deletion neighbourhoods: two names one edit apart share a deletion. Names are compared only
    # with names around which the rest is the same ("around"), so most groups hold a single name
    # and are skipped; in the others, only deletions two names share are looked at.
    # A group is named by the part's index and the parts before and after it (parts hold no
    # blanks); one-word names form one group.
    groups: dict[tuple, list[tuple[tuple[str, ...], str]]] = defaultdict(list)
    index_of: dict[tuple, int] = {}
    for key in spans:
        if len(key) == 1:
            part = key[0]
            if part.isalpha() and len(part) >= min_part:
                groups[()].append((key, part))
                index_of[()] = 0
            continue
        for i, part in enumerate(key):
            if part.isalpha() and len(part) >= min_part:
                around = (i, key[:i], key[i + 1:])
                groups[around].append((key, part))
                index_of[around] = i
    pairs: set[Pair] = set()
    for around, members in groups.items():
        if len(members) < 2:
            continue  # each key appears once per group: a lone name has no look-alike here
        deletions = [_deletions(part) for _, part in members]
        # The deletions found in two members or more, by set operations per member (in C) rather than a
        # count per deletion: the one-word group holds every capitalised word of the document.
        seen: set[str] = set()
        shared: set[str] = set()
        for dels in deletions:
            shared |= seen.intersection(dels)
            seen |= dels
        if not shared:
            continue
        slots: dict[str, list[tuple[str, ...]]] = defaultdict(list)
        for (key, _), dels in zip(members, deletions):
            for d in shared.intersection(dels):
                slots[d].append(key)
        i = index_of[around]
        for keys in slots.values():
            for x, a in enumerate(keys):
                for b in keys[x + 1:]:
                    pairs.add((min(a, b), max(a, b), i))
    return pairs


def rank_pair(a: tuple[str, ...], b: tuple[str, ...], i: int, count_a: int, count_b: int, opts: Any,
              src: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """(rare, dominant) when ``a`` and ``b`` are plausibly one name spelt two ways, else None."""
    pa, pb = a[i], b[i]
    if min(len("".join(a)), len("".join(b))) < opts.min_length or is_inflection(pa, pb):
        return None
    # Transposed letters ("Grsuhko") count as two edits, so that two real names (Ryabkov and
    # Rybakov) stay apart; a transposition is accepted below only for a spelling no list knows.
    transposed = Levenshtein.distance(pa, pb) > (2 if min(len(pa), len(pb)) >= opts.long_name_length else 1)
    if transposed and OSA.distance(pa, pb) != 1:
        return None
    en_a, en_b = zipf(pa, "en"), zipf(pb, "en")
    if len(a) == 1:
        if en_a >= opts.common_zipf and en_b >= opts.common_zipf:
            return None  # two English words (Steam/Stream, Union/Onion)
    elif all(zipf(p, "en") >= 3.5 and not p.isdigit() for p in (*a, pb)):
        return None  # phrases of ordinary words ("Foreign Minister", "Labour/Labor Party"), not names
    places = _known_places()
    if " ".join(a) in places and " ".join(b) in places:
        return None
    seen_a = max(en_a, zipf(pa, src) if src else 0.0)
    seen_b = max(en_b, zipf(pb, src) if src else 0.0)
    if count_a == count_b:
        # A tie is settled only by a spelling that word lists barely know beside a well-known
        # one ("Stoltenber" beside "Stoltenberg"), not between two real names (Ryabkov, Rybakov).
        low, high = sorted((seen_a, seen_b))
        if not ((low == 0 and high >= 1.0) or (low < 2.0 and high - low >= 2.0)):
            return None
        rare, dominant, seen_rare = (a, b, seen_a) if seen_a == low else (b, a, seen_b)
    else:
        rare, dominant, seen_rare = (a, b, seen_a) if count_a < count_b else (b, a, seen_b)
    if len(a) == 1 and seen_rare >= opts.known_zipf:
        return None  # the rarer spelling is itself a known name or word (Schulze beside Schulz)
    if seen_rare > 0 and (transposed or (len(a) == 1 and zipf(dominant[0], "en") >= opts.common_zipf)):
        # Beside an English word (March) an attested rarer spelling (Marah) is another name;
        # only a spelling no word list knows ("Bundesmiga" beside "Bundesliga") is a typo.
        return None
    if " ".join(rare) in places:
        return None
    return rare, dominant
