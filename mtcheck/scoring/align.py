"""Monotonic sentence alignment over similarity, in the manner of Bleualign.

Machine translation merges and splits sentences, drops some and adds others, so sentence *i* of the
source is not sentence *i* of the translation. A dynamic programme finds the best monotonic chain of links
of the shapes 1–1, 1–2, 2–1, 1–0 and 0–1 between a *pivot* text (the source article, or a reference) and
an *other* text in the same language (the back-translation of the target, or the target itself).

The similarity of two snippets is the Dice coefficient of their sets of character 3- to 5-grams (cheap,
language-neutral, tolerant of inflection and reordering). Cost is kept down by a band around the
diagonal and by looking at a merge only where each of its sentences is partly found on the other side
(``MERGE_MIN_CONTAINMENT`` of its n-grams): merges of unrelated sentences never win anyway. A link gains ``(similarity - threshold) ×
(characters covered)``; a 1–0 or 0–1 link gains nothing. Weighting by length is what makes a true merge
beat a partial 1–1 link plus a dangling sentence; the threshold is what lets an unrelated pair stay apart
(an omission and an addition) instead of being forced together. A merge (1–2, 2–1) pays
``MERGE_PENALTY`` per character of its shorter sentence: otherwise a short unrelated line next to a long,
well-matched sentence ("Top jobs of the day") would ride along, since it costs the long link almost no
similarity while adding length. A true split pays the penalty easily. A single 1–0 right beside a single 0–1
is then re-joined as a weak 1–1 link: one sentence translated badly, which the low-similarity rule
reports better than an omission plus an addition would.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

NEG = float("-inf")
THRESHOLD = 0.12  # Dice of unrelated sentences in one language is ~0.02–0.08; related ≥ 0.25
MERGE_PENALTY = 0.25  # per character of the shorter merged sentence (see ``align``)
MERGE_MIN_CONTAINMENT = 0.2  # share of a merged sentence's n-grams that the other side must have
_SHAPES = ((1, 1), (1, 2), (2, 1), (1, 0), (0, 1))
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Link:
    """``pivot`` and ``other`` are half-open index ranges; one of them may be empty."""

    pivot: tuple[int, int]
    other: tuple[int, int]
    similarity: float | None = None

    @property
    def kind(self) -> str:
        return f"{self.pivot[1] - self.pivot[0]}-{self.other[1] - self.other[0]}"


@lru_cache(maxsize=8192)
def profile(text: str) -> frozenset[str]:
    """Character 3–5-grams of the case-folded words (punctuation and spacing do not count)."""
    norm = " " + " ".join(_WORD.findall(text.casefold())) + " "
    return frozenset(norm[i:i + n] for n in (3, 4, 5) for i in range(len(norm) - n + 1))


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """Dice coefficient of two profiles: 2|A∩B| / (|A| + |B|)."""
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))


def align(pivot: Sequence[str], other: Sequence[str], *, threshold: float = THRESHOLD,
          min_containment: float = MERGE_MIN_CONTAINMENT) -> list[Link]:
    """The best monotonic alignment of ``pivot`` and ``other`` sentences (both in one language).

    Across two languages (only names, numbers and cognates shared) pass ``threshold=0`` and
    ``min_containment=0``: every sentence is then linked, by length and by what little is shared.
    """
    n, m = len(pivot), len(other)
    p_prof = [profile(t) for t in pivot]
    o_prof = [profile(t) for t in other]
    p_len = [len(t) for t in pivot]
    o_len = [len(t) for t in other]
    p_size = [len(p) or 1 for p in p_prof]
    o_size = [len(p) or 1 for p in o_prof]
    # Profiles of adjacent pairs, built once (a merge is looked at from many cells).
    p_pair = [p_prof[k] | p_prof[k + 1] for k in range(n - 1)]
    o_pair = [o_prof[k] | o_prof[k + 1] for k in range(m - 1)]
    # Cells far from the diagonal cannot be on a sensible path: a band keeps long articles fast.
    band = 8 + abs(n - m) + max(n, m) // 20

    def band_of(i: int) -> range:
        if n == 0 or m == 0:
            return range(m + 1)
        centre = i * m / n
        return range(max(0, int(centre - band)), min(m, int(centre + band) + 1) + 1)

    one_to_one: dict[tuple[int, int], float] = {}

    def sim11(a: int, b: int) -> float:
        if (a, b) not in one_to_one:
            one_to_one[(a, b)] = similarity(p_prof[a], o_prof[b])
        return one_to_one[(a, b)]

    def gain(i: int, j: int, di: int, dj: int) -> tuple[float, float | None]:
        if di == 0 or dj == 0:
            return 0.0, None
        if di == 1 and dj == 1:
            sim = sim11(i - 1, j - 1)
            return (sim - threshold) * (p_len[i - 1] + o_len[j - 1]), sim
        # How much of each merged sentence is found on the other side: |X∩Y| / |X|, from the 1–1 Dice.
        if di == 2:
            y = o_size[j - 1]
            found = [sim11(k, j - 1) * (p_size[k] + y) / (2 * p_size[k]) for k in (i - 2, i - 1)]
            penalty, a, b = min(p_len[i - 2], p_len[i - 1]), p_pair[i - 2], o_prof[j - 1]
        else:
            x = p_size[i - 1]
            found = [sim11(i - 1, k) * (x + o_size[k]) / (2 * o_size[k]) for k in (j - 2, j - 1)]
            penalty, a, b = min(o_len[j - 2], o_len[j - 1]), p_prof[i - 1], o_pair[j - 2]
        if min(found) < min_containment:
            return NEG, None  # one of the merged sentences has (almost) nothing to do with the other side
        sim = similarity(a, b)
        chars = sum(p_len[i - di:i]) + sum(o_len[j - dj:j])
        return (sim - threshold) * chars - MERGE_PENALTY * penalty, sim

    best: dict[tuple[int, int], tuple[float, int, int, float | None]] = {(0, 0): (0.0, 0, 0, None)}
    for i in range(n + 1):
        for j in band_of(i):
            if (i, j) == (0, 0):
                continue
            top = (NEG, 0, 0, None)
            for di, dj in _SHAPES:
                prev = best.get((i - di, j - dj))
                if prev is None or i - di < 0 or j - dj < 0:
                    continue
                g, sim = gain(i, j, di, dj)
                if prev[0] + g > top[0]:
                    top = (prev[0] + g, di, dj, sim)
            if top[0] > NEG:
                best[(i, j)] = top
    if (n, m) not in best:  # the band excluded every path (cannot happen with the band above)
        raise AssertionError("alignment band too narrow")
    links: list[Link] = []
    i, j = n, m
    while (i, j) != (0, 0):
        _, di, dj, sim = best[(i, j)]
        links.append(Link((i - di, i), (j - dj, j), sim))
        i, j = i - di, j - dj
    links.reverse()
    return _rejoin_substitutions(links, p_prof, o_prof)


def _rejoin_substitutions(links: list[Link], p_prof: list[frozenset[str]],
                          o_prof: list[frozenset[str]]) -> list[Link]:
    out: list[Link] = []
    for link in links:
        prev = out[-1] if out else None
        if prev is not None and {prev.kind, link.kind} == {"1-0", "0-1"}:
            p = prev.pivot if prev.kind == "1-0" else link.pivot
            o = prev.other if prev.kind == "0-1" else link.other
            out[-1] = Link(p, o, similarity(p_prof[p[0]], o_prof[o[0]]))
            continue
        out.append(link)
    return out
