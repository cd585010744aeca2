"""German place-name abbreviations left in English text, for MT503 through ``abbreviation_classes``:
the particle that ties a town to its river or region ("Wasserburg a. Inn", "Reichenbach i. Vogtl.",
"Neustadt a. d. Aisch": am, im, bei, ob, an der) and a Swiss canton's code after a town ("Sarnen OW",
"Lausanne VD"). English writes "Wasserburg am Inn" or "Wasserburg (Inn)", and names the canton or
drops it.

A particle counts only after a capitalised word English does not know (a place: "Landsberg a. Lech";
not "Part i. Introduction"); a canton code only after a capitalised word and before the end of the
clause, and not where the code is also a US state's (NE, AR: "Omaha NE") unless the town is spelt with
letters English does not use ("Neuchâtel NE"). The codes are the pack's (``[acronyms] region_codes``),
read with the abbreviation shapes from the same pack.
"""
from __future__ import annotations

import functools
import re
from typing import Iterator

from mtcheck.lang.wordstats import is_english_word, zipf
from mtcheck.text.lazy_regex import lazy_compile

# (each scan starts with a literal space, which the regex engine skips to quickly; the letter before it is
# tested in code)
_PARTICLE = lazy_compile(r" ((?:a|i|b|o)\. ?(?:d\. ?)?)(?=[A-ZÄÖÜ][a-zäöüß]{2,})")
_PARTICLE_TEXTS = (" a.", " i.", " b. ", " o. ")
# (whether the text holds one at all: the same particle before the same name, found from its literal full stop,
# which is rarer than a space: most texts hold none, and many of the rest only "a.m."; the literal tests after it
# stay, as "b." and "o." count only with a space after them)
_PARTICLE_DOT = lazy_compile(r"\.(?<= [aibo]\.) ?(?:d\. ?)?[A-ZÄÖÜ][a-zäöüß]{2}")
_WORD_BEFORE = lazy_compile(r"([A-ZÄÖÜ][^\W\d_]+(?:-[A-ZÄÖÜ][^\W\d_]+)?) $")
_US_STATE_CLASHES = frozenset({"AR", "NE"})
_PLACE_ENGLISH_ZIPF = 4.5  # a town English news names often ("Geneva" 4.2, "Basel" 3.6) still counts


def place_hits(text: str, region_codes: frozenset[str]) -> Iterator[tuple[int, int, str]]:
    """(start, end, message) of each place particle and region code in ``text``."""
    if _PARTICLE_DOT.search(text) and any(particle in text for particle in _PARTICLE_TEXTS):
        for m in _PARTICLE.finditer(text):
            if not m.start() or not text[m.start() - 1].islower():
                continue
            before = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start() + 1)
            if before is not None and _place(before.group(1)):
                yield (m.start(1), m.end() - (text[m.end() - 1] == " "),
                       f'German place particle "{m.group().strip()}" (am, im, an der ...): write "am", "im" '
                       'or the river in brackets ("Wasserburg am Inn")')
    if region_codes:
        for m in _code_regex(region_codes).finditer(text):
            code = m.group(1)
            if not m.start() or not text[m.start() - 1].isalpha() or not text[m.start() - 1].islower():
                continue
            before = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start() + 1)
            if before is None or zipf(before.group(1), "en") >= _PLACE_ENGLISH_ZIPF:
                continue
            if code in _US_STATE_CLASHES and before.group(1).isascii():
                continue  # "Omaha NE", "Little Rock AR"
            yield (m.start(1), m.end(), f'Swiss canton code "{code}" after a town: name the canton in English '
                   'or drop it')


@functools.lru_cache(maxsize=2048)
def _place(word: str) -> bool:
    """Is ``word`` a place's name rather than an English word ("Landsberg", not "Part")?"""
    return not is_english_word(word) and zipf(word, "en") < _PLACE_ENGLISH_ZIPF


@functools.lru_cache(maxsize=8)
def _code_regex(codes: frozenset[str]) -> re.Pattern[str]:
    """A code after a space, before the end of its clause."""
    return re.compile(r" (%s)(?=[.,;:)]|\s+[a-z]|\s*$)" % "|".join(sorted(codes)))
