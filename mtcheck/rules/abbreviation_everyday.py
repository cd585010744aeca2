"""Everyday German bodies' acronyms and syllable-cut titles by their shape (round 19), for MT503 through
``abbreviation_classes.class_hits``:

- a German body after "the" that English does not write at all and German does ("the DEHOGA", "the HWWI", "the
  PKV"), unexplained. English news explains them ("the DEHOGA hotel and restaurant association", "the Hamburg
  institute HWWI", "private health insurers (PKV)"), which leaves them alone (explained once in the document, all
  mentions are), as do the pack's kept names, a name after the acronym, capitals around it (a heading) and a
  statute cited after a section ("Section 312d of the BGB"). Established names English news writes (the ADAC,
  the ZDF, the SWR, the BND, the DFB: earlier rounds' passes) have an English frequency and are not this shape's;
- a syllable-cut title before a name ("MinDir Klaus Weber", "RegSpr. Hebestreit", "RegDir Lang": Ministerial-
  direktor, Regierungssprecher): two capitalised cut syllables ending in consonants, a word neither language
  writes; English camel-case names ("McKay", "LeBron", "DeShawn", "PayPal") are words or start with a name
  particle. (Found from ``abbreviation_acronyms``' scan for mixed-case words, which this shape adds no scan to.)
Outlets after "according to the" are ``abbreviation_bodies``' (round 19 widened its frequency window).
"""
from __future__ import annotations

import functools
from typing import Iterator

from mtcheck.lang.wordstats import is_english_word, zipf
from mtcheck.rules.abbreviation_acronyms import acronym_lists, in_capitals_or_name
from mtcheck.rules.abbreviation_glosses import apposed, body_noun_after, explained_acronym, noun_follows
from mtcheck.text.lazy_regex import lazy_compile

# (a literal scan for "he ", the article looked at after)
_THE_BODY = lazy_compile(r"he (?<=(?<![\w.])[Tt]he )([A-ZÄÖÜ]{3,6})(?![\w'’&/-]|\.\w)")
_UNKNOWN_MIN_SOURCE = 1.5  # HWWI 1.57, PKV 3.19: English does not write them at all
_SIX_MIN_SOURCE = 2.3  # DEHOGA 2.46; the OSCAST (an event's name) 2.06
_CUT_TITLE = lazy_compile(r"([A-ZÄÖÜ][a-zäöü]{1,3})([A-ZÄÖÜ][a-zäöü]{0,2})(\.?) [A-ZÄÖÜ][a-zäöüß]+(?![\w'’-])")
_NAME_PARTICLES = frozenset({"Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "Fitz", "St", "Del",
                             "Della", "Al", "El", "Bin", "Ben"})
_VOWELS = frozenset("aeiouyäöü")


def everyday_hits(text: str, source: str | None) -> Iterator[tuple[int, int, str]]:
    """(start, end, message) of each unexplained body acronym after "the" (cut titles: ``cut_title``)."""
    if source != "de":
        return
    lists = acronym_lists(source)
    if "he " in text:
        found = [m for m in _THE_BODY.finditer(text) if _known_body(m.group(1), source)
                 and not in_capitals_or_name(text, m.start(1), m.end(1))
                 and not _CITED.search(text, max(0, m.start() - 30), m.start())]
        # explained once anywhere in the document ("the GDL train drivers' union ... the GDL"), all its mentions are
        explained = {m.group(1) for m in found if explained_acronym(text, m.start(1), m.end(1), lists)
                     or body_noun_after(text, m.end(1)) or noun_follows(text, m.end(1), lists.gloss_nouns)
                     or f"({m.group(1)})" in text or apposed(text, m.start() - 1, lists.gloss_nouns)}
        for m in found:
            if m.group(1) not in explained:
                yield (m.start(1), m.end(1), f'German acronym "{m.group(1)}" left unexplained: write the English '
                       'name or explain it ("the ADAC motoring club", "the Swiss rail operator SBB")')


def cut_title(text: str, start: int) -> tuple[int, int, str] | None:
    """The syllable-cut title before a name at ``start``, a mixed-case word ``abbreviation_acronyms``' scan found
    and its acronym shape turned down ("MinDir": two lower-case runs), as (start, end, message)."""
    if start and (text[start - 1].isdigit() or text[start - 1] in ".&/'’-"):
        return None  # part of a code, an address or a compound
    t = _CUT_TITLE.match(text, start)
    if t is None or not _cut_title(t.group(1), t.group(2)):
        return None
    return (t.start(), t.end(3), f'German title "{text[t.start():t.end(3)]}" before a name: write the post out '
            'in English ("Director-General Klaus Weber", "government spokesman Hebestreit")')


_CITED = lazy_compile(r"(?:Section|§|Article|Art\.|[Pp]aragraph|para\.)\s*\d+[a-z]?,? (?:of |in |under )?t$")


@functools.lru_cache(maxsize=2048)
def _known_body(word: str, source: str) -> bool:
    if len(word) < 3 or acronym_lists(source).english_keeps(word) or zipf(word, "en") > 0.0 \
            or is_english_word(word):
        return False
    # six capitals are mostly a name ("the OSCAST" event) unless German knows them well
    return zipf(word, source) >= (_UNKNOWN_MIN_SOURCE if len(word) < 6 else _SIX_MIN_SOURCE)


@functools.lru_cache(maxsize=1024)
def _cut_title(first: str, second: str) -> bool:
    """"Min" + "Dir", "Reg" + "Spr": cut syllables (ending in a consonant) making a word neither language writes."""
    if first in _NAME_PARTICLES or first[-1] in _VOWELS or second[-1].lower() in _VOWELS \
            or len(second) > 1 and is_english_word(second.lower()):
        return False  # "LaToya", "JoAnn"; brands' words: "LumBear", "VecTrol"
    word = first + second
    return zipf(word, "en") == 0.0 and zipf(word, "de") == 0.0 and not is_english_word(word)
