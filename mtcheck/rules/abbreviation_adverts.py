"""German classified-advert shorthand left in English text, for MT503 through
``abbreviation_classes.class_hits``: job adverts' gender markers and working-time shorthand, flat adverts'
rent and deposit shorthand, and unit compounds with a German noun.

- Gender markers after a job title: "(m/w/d)", "(w/m/d)", "(m/w)", "(d/m/w)", "m/w/d" (männlich,
  weiblich, divers): English adverts write "(m/f/d)" or "(all genders)"; a marker with "w" and "m" or "d"
  is German ("(w/w)", "(w/v)" are chemists' concentrations).
- "VZ", "TZ" (Vollzeit, Teilzeit) in a sentence about a job, after "in", "or", "and" or as "VZ/TZ":
  "full-time", "part-time" (not the ticker "(VZ)", not Tanzania's code).
- "KM", "WM", "KT" (Kaltmiete, Warmmiete, Kaution) next to an amount of money, in a sentence about a flat
  ("650 euros KM", "KT 1,500 euros"; not "5 KM from the beach").
- A unit, a hyphen and a capitalised German noun: "25 kg-Sack", "m²-Preis", "km-Pauschale" (English
  writes "a 25 kg bag", "the price per square metre"; its compounds go on in lower case: "10 km-long").
  A one-letter unit counts only after a number ("10 l-Eimer"; not "T-Mobile", "m-Commerce").
"""
from __future__ import annotations

import functools
import re
from typing import Iterator

from mtcheck.lang.wordstats import zipf
from mtcheck.rules.abbreviation_contexts import sentence_has
from mtcheck.text.lazy_regex import lazy_compile

# (each found from its literal first character, which the regex engine skips to quickly)
_GENDER = lazy_compile(r"\((?:[mwdxi] ?[/|,] ?){1,3}[mwdxi]\)")
_GENDER_BARE = lazy_compile(r"/(?<=(?<![\w/])[mwd]/)[mwd]/[mwdx](?![\w/])")
# "in VZ", "part-time or TZ", "VZ/TZ"; not a ticker "(VZ)" nor Tanzania's code ("Dar es Salaam, TZ")
_WORKING_TIME = lazy_compile(r"(?<![\w-])(?:(?<=in |or |nd )(?:VZ|TZ)|VZ/TZ|TZ/VZ)(?![\w-])")
_JOB = lazy_compile(r"\b(?:hiring|hire[sd]?|wanted|vacanc\w+|positions?|jobs?|apply|applicants?|salary|"
                    r"hours a week|hours per week|shifts?|employ\w+|recruit\w*|staff|workers?|start immediately)\b",
                    re.IGNORECASE)
_MONEY = r"(?:€|euros?|EUR|Euro)"
_RENT = lazy_compile(rf"\d[\d.,]*\s?{_MONEY}\s(KM|WM|KT)(?![\w-])"
                     rf"|(?<![\w-])(KM|WM|KT):?\s(?:(?:{_MONEY}\s?)?\d|(?:one|two|three) months)")
_RENT_TOKENS = frozenset({"KM", "WM", "KT"})
_TIME_TOKENS = frozenset({"VZ", "TZ"})
# The tokens the document's sentences are tested for (with the pack's shapes, at no extra cost): the rent
# and working-time scans run only where one is found.
ADVERT_TOKENS = _RENT_TOKENS | _TIME_TOKENS
_HOUSING = lazy_compile(r"\b(?:flats?|apartments?|rooms?|rent|rents|rented|rental|tenants?|landlord|deposit|"
                        r"balcon(?:y|ies)|attic|kitchen|bathroom|bedrooms?|storey|floor|house|sq ?m)\b|m²",
                        re.IGNORECASE)
# A hyphen before a capitalised word (a literal scan), then the unit before it.
_HYPHEN_NOUN = lazy_compile(r"-(?=[A-ZÄÖÜ][a-zäöüß]{2,}(?![\w-]))")
_UNITS = "kg|km|qm|m²|m2|kWh|kW|MWh|MW|ha|cm|mm|ml"
_UNIT_BEFORE = lazy_compile(rf"(?:(?<![\w-])(?:{_UNITS})|(?<=\d)(?:{_UNITS}|g|l|m|t)|(?<=\d )(?:g|l|m|t))$")
_WORD = lazy_compile(r"[A-ZÄÖÜ][a-zäöüß]+")
_GERMAN_NOUN_ZIPF = 3.0
_GERMAN_MARGIN = 0.3


def advert_hits(text: str, tokens: set[str] | frozenset[str]) -> Iterator[tuple[int, int, str]]:
    """(start, end, message) of each piece of German advert shorthand in ``text``; ``tokens``: those of
    ``ADVERT_TOKENS`` the document holds."""
    for start, end in [m.span() for m in _GENDER.finditer(text)] + \
            [(m.start() - 1, m.end()) for m in _GENDER_BARE.finditer(text)]:
        letters = text[start:end]
        if "w" in letters and ("m" in letters or "d" in letters):
            yield (start, end, f'German gender marker "{letters}" (männlich/weiblich/divers): '
                   'English "(m/f/d)" or "(all genders)"')
    if not tokens.isdisjoint(_TIME_TOKENS):
        for m in _WORKING_TIME.finditer(text):
            if sentence_has(text, m.start(), m.end(), _JOB):
                yield (m.start(), m.end(), f'German job-advert shorthand "{m.group()}" (Vollzeit, Teilzeit): '
                       'English "full-time", "part-time"')
    if not tokens.isdisjoint(_RENT_TOKENS):
        for m in _RENT.finditer(text):
            group = 1 if m.group(1) else 2
            if sentence_has(text, m.start(group), m.end(group), _HOUSING):
                yield (m.start(group), m.end(group), f'German flat-advert shorthand "{m.group(group)}" '
                       '(Kaltmiete, Warmmiete, Kaution): English "basic rent", "rent including heating", "deposit"')
    for m in _HYPHEN_NOUN.finditer(text):
        unit = _UNIT_BEFORE.search(text, max(0, m.start() - 4), m.start())
        if unit is None:
            continue
        noun = _WORD.match(text, m.end())
        if _german_noun(noun.group()):
            yield (unit.start(), noun.end(), f'German unit compound "{text[unit.start():noun.end()]}": '
                   'English writes the unit and the noun apart ("a 25 kg bag", "the price per square metre")')


@functools.lru_cache(maxsize=1024)
def _german_noun(noun: str) -> bool:
    de = zipf(noun, "de")
    return de >= _GERMAN_NOUN_ZIPF and de - zipf(noun, "en") >= _GERMAN_MARGIN
