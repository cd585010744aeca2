"""What around a word MT403 transliteration reads: soft-sign marks at word ends, quotation marks,
the surname after a given name (East Slavic or not, a misspelt exempt one), and the exceptions a
table entry names by its neighbours (shared with MT502's exonyms).
"""
from __future__ import annotations

import re
from typing import Any

from rapidfuzz.distance import Levenshtein

from mtcheck.model import Span
from mtcheck.rules.romanisation_shapes import SOFT_MARKS
from mtcheck.rules.transliteration_table import Table
from mtcheck.text.lazy_regex import lazy_compile

_SOFT_FINAL_AFTER = frozenset("lnrtdzcmčšž")


def final_marks(text: str) -> set[int]:
    """Where a soft-sign mark ends a word (Sevastopol', Jaroslavl'): _NAME stops before it. A find
    loop: apostrophes are few, a regex would look at every character."""
    found = set()
    for mark in "'’":
        i = text.find(mark, 1)
        while i != -1:
            if text[i - 1] in _SOFT_FINAL_AFTER:
                after = text[i + 1:i + 2]
                if not after or not after.isalnum() and after not in "_'’":
                    found.add(i)
            i = text.find(mark, i + 1)
    return found


def quoted(text: str, start: int) -> bool:
    """Is the word inside single quotes ('the Bundestag')? Then a mark after it closes the quotation."""
    head = re.split(r"[.!?\n]\s", text[max(0, start - 200):start])[-1]
    return bool(re.search(r"(?:^|[\s(\[\"“])['‘]\w", head)) or "‘" in head


def east_slavic_surname(surname: str, table: Table) -> bool:
    """Does ``surname`` show it is East Slavic: a known German romanisation, a German cluster for a
    Cyrillic letter, an English-style or scholarly East Slavic ending or letters (Lavrov, Gromyko,
    Žukov), or a soft-sign mark? Croatian, Slovak and Slovene surnames without diacritics (Plenkovic,
    Kiska, Danko, Pernar) show none. -yko is in (Gromyko): y after a consonant before -ko is no
    Slovak or Croatian spelling; -ko alone is out (Danko, Hlinka's neighbours)."""
    low = surname.lower()
    return surname in table.known or bool(table.any_strong.search(surname)) \
        or any(p.search(low) for p in table.evidence) or bool(_EAST_SURNAME.search(low)) \
        or any(c in surname for c in SOFT_MARKS)


_EAST_SURNAME = lazy_compile(r"(?:[^aeiou][oe]v[ao]?|[sc]kij|[sc]kaja|yj|enko|yč|[bcdfgkmnprstvz]yk[oa]|shin|sin"
                             r"|[^aeiou]in[a]?|yn)$")


def near_allowed(surname: str, allowed: frozenset[str]) -> bool:
    """A surname one edit (two from eight letters) from an allow-listed one is still that person,
    misspelt by the translation ("Wladimir Klytschko"): the given name keeps its German spelling too.
    So is its scholarly, Łacinka or Polish spelling, compared in German letters ("Kličko", "Klyčko",
    "Kliczko" → Klitschko)."""
    return nearest_allowed(surname, allowed) is not None


def nearest_allowed(surname: str, allowed: frozenset[str]) -> str | None:
    """The allow-listed name ``surname`` is a misspelling of (see ``near_allowed``), or None."""
    found = _nearest(surname, allowed)
    if found is None and _SCHOLARLY_LETTERS.search(surname):
        found = _nearest(_SCHOLARLY_TO_GERMAN.sub(lambda m: _TO_GERMAN[m.group()], surname), allowed)
    return found


def _nearest(surname: str, allowed: frozenset[str]) -> str | None:
    limit = 2 if len(surname) >= 8 else 1
    if len(surname) < 5:
        return None
    for a in allowed:
        if abs(len(a) - len(surname)) <= limit and a[:1] == surname[:1] \
                and Levenshtein.distance(a, surname, score_cutoff=limit) <= limit:
            return a
    return None


# Scholarly (háček), Łacinka and Polish letters in German spelling: Kličko → Klitschko, Kliczko → Klitschko.
_TO_GERMAN = {"šč": "schtsch", "szcz": "schtsch", "č": "tsch", "cz": "tsch", "š": "sch", "sz": "sch", "ž": "sch",
              "ł": "l", "ŭ": "w", "v": "w", "ć": "tsch", "ś": "s", "ź": "s", "ń": "n"}
_SCHOLARLY_TO_GERMAN = lazy_compile("|".join(sorted(_TO_GERMAN, key=len, reverse=True)))
_SCHOLARLY_LETTERS = lazy_compile("[čšžłŭćśźń]|cz|sz")


def excepted(text: str, span: Span, entry: dict[str, Any]) -> bool:
    """Is the word part of a name that keeps the form ("Peking University", "Peking duck")? ``entry``
    may list ``unless_next`` and ``unless_previous`` words (shared with MT502's exonym table), and
    ``unless_near``: words that, in the same sentence, show the other sense ("Bayern won 3-1": the club)."""
    after = re.match(r"\s+([\w-]+)", text[span.end:span.end + 60])  # "Munich’s" is "Munich"
    before = re.search(r"([\w'’-]+)\s+$", text[max(0, span.start - 60):span.start])
    if (after and after.group(1) in entry.get("unless_next", ())) \
            or (before and before.group(1) in entry.get("unless_previous", ())):
        return True
    near = entry.get("unless_near")
    return bool(near) and not set(sentence_words(text, span)).isdisjoint(near)


def sentence_words(text: str, span: Span) -> list[str]:
    """The words of the sentence around ``span`` (up to 300 characters each way)."""
    head = text[max(0, span.start - 300):span.start]
    tail = text[span.end:span.end + 300]
    head = re.split(r"[.!?]\s|\n\s*\n", head)[-1]
    tail = re.split(r"[.!?](?:\s|$)|\n\s*\n", tail)[0]
    return re.findall(r"[\w'’-]+", f"{head} {tail}")
