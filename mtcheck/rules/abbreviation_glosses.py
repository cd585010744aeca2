"""Is a German acronym explained where it stands? For MT503's acronym shapes (``abbreviation_acronyms``,
``abbreviation_sectors``, ``abbreviation_statutes``) and its glossed pack entries
(``untranslated_abbreviation``): a gloss in parentheses, an apposition, or an English noun next to it
saying what it is ("the regulator BaFin", "the VVS transport association") makes it readable English.
"""
from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from mtcheck.text.lazy_regex import lazy_compile

if TYPE_CHECKING:  # the lists come from abbreviation_acronyms, which imports this module
    from mtcheck.rules.abbreviation_acronyms import AcronymLists

_CITATION_BEFORE = lazy_compile(r"\d[a-z]?,?\s+$")  # "Section 130 StGB", "§ 312d BGB": a citation English keeps
# An apposition after the English name: "the Federal Institute for Risk Assessment, the BfR, ..."
_NAME_BEFORE = lazy_compile(r"[A-Z][\w'’-]*(?:\s+(?:for|of|and|on|[A-Z][\w'’-]*)){1,6},\s+(?:the\s+)?$")
_PARENTHESIS_AFTER = lazy_compile(r"\s*\([^\W\d_]")
_APPOSITION_AFTER = lazy_compile(r"(?:,|\s[-–—])\s+(?:the|a|an|which|who|Germany's)\s((?:[\w'’-]+\s+){0,5}[\w-]+)")
WORD_BEFORE = lazy_compile(r"([\w'’]+)\W{0,2}\s+$")  # the word before a stretch
_WORD_AFTER = lazy_compile(r"\s+([\w-]+)")


def explained_acronym(text: str, start: int, end: int, lists: AcronymLists) -> bool:
    """Is the acronym at ``start:end`` glossed: in parentheses, before a parenthesis or an apposition,
    or next to a noun saying what it is?"""
    if start and text[start - 1] == "(" or _CITATION_BEFORE.search(text, max(0, start - 6), start):
        return True
    if _PARENTHESIS_AFTER.match(text, end):
        return True
    return explained_by_noun(text, start, end, lists)


def explained_by_noun(text: str, start: int, end: int, lists: AcronymLists) -> bool:
    """Is the acronym at ``start:end`` explained by an English noun: an apposition before or after it, or a
    noun next to it saying what it is ("the VVS transport association", "the regulator BaFin")? (Pack
    entries honour this too; parentheses and citations are theirs to judge.)"""
    if text[start - 2:start] in (", ", "e "):
        name = _NAME_BEFORE.search(text, max(0, start - 80), start)
        if name is not None and not lists.gloss_nouns.isdisjoint(name.group().lower().replace(",", " ").split()):
            return True  # "the Federal Institute for Risk Assessment, the BfR"; not "In Berlin, the BfJ"
    apposition = _APPOSITION_AFTER.match(text, end)
    if apposition is not None and not lists.gloss_nouns.isdisjoint(apposition.group(1).lower().split()):
        return True  # "the BZgA, the federal health education agency, ..."; not "the BfArM, the drug ..."
    before = WORD_BEFORE.search(text, max(0, start - 30), start)
    if before is not None and (before.group(1).lower() in lists.gloss_nouns or lists.gloss_end.search(before.group(1))):
        return True  # "the regulator BaFin", "the Direktbank DKB"
    after = _WORD_AFTER.match(text, end)
    return after is not None and after.group(1).lower() in lists.gloss_nouns


@functools.lru_cache(maxsize=1024)
def acronym_form(form: str) -> bool:
    """Is a pack entry's form an acronym ("VVS", "GKV-SV", "KiSt"; not "Epl.", "Ü/F", "PG" before a number
    is one too), which an English noun next to it may explain?"""
    letters = form.replace("-", "")
    return letters.isalpha() and sum(c.isupper() for c in letters) >= 2


# An English noun after a body's acronym, perhaps after two words ("the IWH institute", "the NOZ newspaper",
# "the KOF barometer"): the body shapes' own gloss test (``abbreviation_bodies``, ``abbreviation_everyday``).
_BODY_NOUN_AFTER = lazy_compile(r"\s+(?:[a-z-]+\s+){0,2}(?:institute|association|federation|union|office|agency|"
                                r"ministry|court|conference|newspaper|broadcaster|radio|daily|paper|station|"
                                r"service|bank|barometer|index|centre|center|authority|army|council|club|school|society|academy|"
                                r"college|team)\b")


def body_noun_after(text: str, end: int) -> bool:
    """Does a noun naming a kind of body follow the acronym ending at ``end`` within three words?"""
    return _BODY_NOUN_AFTER.match(text, end) is not None


_WORDS_AFTER = lazy_compile(r"(?:\s+[a-z'’-]+){1,3}")
_NOUN_COMMA_BEFORE = lazy_compile(r"([A-Za-z]+),\s*$")  # "The German Football Association,the DFB"


def noun_follows(text: str, end: int, nouns: frozenset[str]) -> bool:
    """"the SBB rail operator", "the RBB public broadcaster": an English noun within three words says what it is."""
    m = _WORDS_AFTER.match(text, end)
    return m is not None and not nouns.isdisjoint(m.group().split())


def apposed(text: str, article: int, nouns: frozenset[str]) -> bool:
    """"the German Football Association, the DFB": the English name with its noun just before (any spacing)."""
    m = _NOUN_COMMA_BEFORE.search(text, max(0, article - 30), article)
    return m is not None and m.group(1).lower() in nouns


def glossed_in_document(text: str, form: str) -> bool:
    """Round 20: is the acronym ``form`` explained somewhere in the document, in parentheses after its name or
    before one ("the Social Security Administration (SSA) ... the SSA", "the SBA (Small Business
    Administration)")? Then all its mentions are readable, as the acronym shapes' are. (Two literal scans.)"""
    return f"({form})" in text or f"{form} (" in text
