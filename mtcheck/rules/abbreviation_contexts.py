"""The pack's sentence contexts for MT503 (``[abbreviation_contexts]`` of ``untranslated.toml``): named,
case-insensitive regexes searched in an abbreviation's sentence (``sentence_has`` below).
Pack entries name theirs (``sentence = "board"``, ``housing = true``); the class modules
(``abbreviation_kinds``, ``abbreviation_trades``, ``abbreviation_sectors``, ``abbreviation_locals``) read
theirs by the names in ``CODE_CONTEXTS``, passed down from ``abbreviation_shapes`` through
``abbreviation_classes.class_hits``.
"""
from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any, Mapping

from mtcheck.packs import Pack
from mtcheck.text.lazy_regex import lazy_compile

Contexts = Mapping[str, Any]  # name -> compiled pattern (a ``lazy_compile`` stand-in for ``re.Pattern[str]``)

# The contexts the code reads by name (a data test checks that the pack has each of them).
CODE_CONTEXTS = frozenset({
    "housing", "league", "recipe",  # untranslated_abbreviation: the `housing`, `league`, `recipe` keys
    "power", "screen",  # abbreviation_kinds
    "medicines", "horse_show", "sky", "ship", "insurance", "pay",  # abbreviation_trades
    "hotel", "school_subjects", "schooling", "church", "sport",  # abbreviation_sectors
    "roads", "club_life",  # abbreviation_locals (and "schooling")
    "border", "transit", "utilities", "studies", "ratings", "health_insurance",  # abbreviation_services
    "bargaining", "practices", "football_body",  # abbreviation_regional (and "housing")
    "austro_swiss",  # abbreviation_alpine
})


def pack_contexts(pack: Pack) -> Contexts:
    """The pack's sentence contexts by name ("housing", "board", "sky" ...), compiled case-insensitively."""
    return _compiled(pack.data_dir, pack.source, pack.target)


@functools.lru_cache(maxsize=16)
def _compiled(data_dir: Path, source: str | None, target: str) -> Contexts:
    table = Pack(source, target, data_dir).table("untranslated").get("abbreviation_contexts", {})
    return {name: lazy_compile(regex, re.IGNORECASE) for name, regex in table.items()}


_SENTENCE_BOUNDARY = lazy_compile(r"(?<!\d)[.!?]\s|\n")


def sentence_has(text: str, start: int, end: int, words: re.Pattern[str]) -> bool:
    """Does the sentence around ``text[start:end]`` (up to 200 characters each side) hold one of
    ``words`` outside that stretch? The context test of MT503's shapes and of its pack entries."""
    lo = max(0, start - 200)
    before = [m.end() for m in _SENTENCE_BOUNDARY.finditer(text, lo, start)]
    if before:
        lo = before[-1]
    after = _SENTENCE_BOUNDARY.search(text, end, end + 200)
    hi = after.start() if after else min(len(text), end + 200)
    return words.search(text, lo, start) is not None or words.search(text, end, hi) is not None
