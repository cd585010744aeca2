"""German abbreviations of the military, the EU, parliaments, energy, broadcasting and youth sport left in
English text (round 13), for MT503 through ``abbreviation_classes.class_hits`` (and two word tests that
``abbreviation_acronyms`` and ``untranslated_abbreviation`` ask):

- military words built from German abbreviated parts ("SPz", "KPz" Panzer, "PzH", "InspH" Inspekteur des
  Heeres, "GenInsp", "PzGrenBtl", "KdoH"): every part a capital or a known part, at least one of them one
  English never writes (``military_mixed``; English "MajGen", "BrigGen", "PzKpfw" stay quiet);
- a cut-off word after a German word ("Fraktionsvors.", "Obermat.", "Erstausstr.": Fraktion + Vorsitzende,
  Ober + Material, Erst + Ausstrahlung), beside round 12's consonant skeletons (``compound_tail``);
- EU directorates-general by their German letters before a portfolio ("GD Competition": English "DG");
- parliamentary papers before their number ("LT-Drs. 8/1234", "Drs. 19/2211": Drucksache);
- renewable energy after "of"/"from" in a sentence about power ("the share of EE": erneuerbare Energien);
- subtitles as a broadcast note ("with UT", "(UT)": Untertitel) in a sentence about a film or a programme;
- CO2 equivalents ("CO2-Äq.": English "CO2e");
- youth teams by class ("A-Jun.", "B-Jgd.": A-Junioren, B-Jugend; English writes "U19").

(Age groups of one digit, "Ü3", are with the others in ``abbreviation_classes``; entries with a context,
"the GAP", "Kdr.", "WK 14", "250 sm", are in the pack.)
"""
from __future__ import annotations

import functools
from typing import Iterator

from mtcheck.lang.word_prefixes import cut_off_word
from mtcheck.lang.wordstats import is_english_word, zipf
from mtcheck.rules.abbreviation_contexts import Contexts, sentence_has
from mtcheck.rules.abbreviation_sectors import consonant_tail
from mtcheck.text.lazy_regex import lazy_compile

# --- military words by their parts ------------------------------------------------------------------------
_MILITARY_PARTS = frozenset({"Pz", "Insp", "Kdo", "Kdr", "Btl", "Gren", "Fsch", "Jg", "Jgd", "San", "Fü", "Pi",
                             "Fla", "Aufkl", "Gschw", "Kp", "Flottl"})  # parts English never writes
_NEUTRAL_PARTS = frozenset({"Brig", "Gen", "Rgt", "Div", "Lt", "Art"})  # parts English writes too ("BrigGen")
_PART = lazy_compile(r"[A-ZÄÖÜ][a-zäöüß]*")
_MILITARY_MAX_EN = 2.0


@functools.lru_cache(maxsize=4096)
def military_mixed(word: str) -> bool:
    """"SPz", "InspH", "PzGrenBtl": capitals and German military parts, one at least English never writes."""
    parts = _PART.findall(word)
    if len(parts) < 2 or "".join(parts) != word or _MILITARY_PARTS.isdisjoint(parts):
        return False
    if not all(len(p) == 1 or p in _MILITARY_PARTS or p in _NEUTRAL_PARTS for p in parts):
        return False
    return not is_english_word(word) and zipf(word, "en") < _MILITARY_MAX_EN


# --- a cut-off word after a German word (MT503's shape test of cut-off words) -------------------------------
_HEAD_MIN_ZIPF = 2.0  # "Fraktions" 2.15, "Ober" 4.1, "Erst" 5.8 in German
_HEAD_MARGIN = 1.0
_TAIL_MIN = 3


@functools.lru_cache(maxsize=4096)
def compound_tail(stem: str, source: str) -> bool:
    """"Sitzhzg" (round 12), "Fraktionsvors", "Obermat", "Erstausstr": a German word, then the start of a
    frequent German word (or a consonant skeleton) cut off by the full stop."""
    if consonant_tail(stem, source):
        return True
    for cut in range(3, len(stem) - _TAIL_MIN + 1):
        head, tail = stem[:cut], stem[cut:]
        if not tail.islower() or not _german_head(head, source):
            continue
        if cut_off_word(tail, source) or (len(tail) >= _LISTED_TAIL_MIN and tail in _listed_stems(source)):
            return True  # "Obermat"; "Fraktionsvors" (the pack lists "Vors.")
    return False


_LISTED_TAIL_MIN = 4  # not "Str." ("Bahnhofstr. 3": an address English keeps)


@functools.lru_cache(maxsize=4)
def _listed_stems(source: str) -> frozenset[str]:
    """The pack's dotted one-word abbreviations, lower-cased without their full stop ("vors", "präs")."""
    from mtcheck.packs import Pack  # late: packs import nothing of the rules

    entries = Pack(source, "en").table("untranslated").get("abbreviations", ())
    return frozenset(e["form"][:-1].lower() for e in entries if _DOTTED_WORD.fullmatch(e["form"]))


_DOTTED_WORD = lazy_compile(r"[^\W\d_]+\.")


@functools.lru_cache(maxsize=4096)
def _german_head(head: str, source: str) -> bool:
    de = zipf(head, source)
    return de >= _HEAD_MIN_ZIPF and de - zipf(head, "en") >= _HEAD_MARGIN and not is_english_word(head)


# --- the EU, parliaments, energy, broadcasting, youth sport --------------------------------------------------
_PORTFOLIOS = ("Competition|COMP|Trade|TRADE|Agriculture|AGRI|Energy|ENER|Environment|ENV|Health|SANTE|Climate"
               "|CLIMA|Budget|BUDG|Research|RTD|Connect|CNECT|Grow|GROW|Move|MOVE|Home|HOME|Justice|JUST|Employment"
               "|EMPL|Regio|REGIO|ECFIN|Ecfin|FISMA|Taxud|TAXUD|Mare|MARE|ECHO|NEAR|INTPA|DEFIS|Defis|Translation"
               "|Migration|Enlargement|Mobility|Wettbewerb|Handel|Landwirtschaft")
_DG = lazy_compile(r"GD(?<![\w.&-]GD)(?= (?:" + _PORTFOLIOS + r")\b)")
_PAPER = lazy_compile(r"(?<![\w.-])(?:(?:[A-Z]{2,3}-)(?:Drs|Drucks)\.|(?:Drs|Drucks)\.(?= ?\d{1,3}/\d{1,6}\b))")
_RENEWABLES = lazy_compile(r"EE(?:(?<=\bof EE)|(?<=\bfrom EE))(?=[,.;:)]|$| (?:in|is|was|has|had|are|were|rose|fell|grew|increased"
                           r"|reached|will|must|to|and|by|plants?|capacity|sources?)\b)")
_SUBTITLES = lazy_compile(r"UT(?:(?<=\bwith UT)(?= (?:for|in|on)\b|[,.;)])|(?<=\(UT)(?=\)))")
_EQUIVALENT = lazy_compile(r"(?<![\w-])(?:CO[2₂]-?)?Äq(?:uiv)?\.?(?![\w-])")
_YOUTH = lazy_compile(r"(?<![\w.-])[A-G]-(?:Jun|Jgd|Jug)\.(?![\w-])")


def kind_hits(text: str, source: str | None, contexts: Contexts) -> Iterator[tuple[int, int, str]]:
    """(start, end, message) of each abbreviation of the kinds above (each looked for only where its
    literal letters are in the text); ``contexts``: the pack's sentence contexts ("power", "screen")."""
    if source != "de":
        return
    if "GD " in text:
        for m in _DG.finditer(text):
            yield (m.start(), m.end(), 'German "GD" (Generaldirektion) before a Commission portfolio: English "DG"')
    if "Drs." in text or "Drucks." in text:
        for m in _PAPER.finditer(text):
            yield (m.start(), m.end(), f'German parliamentary paper "{m.group()}" (Drucksache): English '
                   '"printed paper", "document"')
    if "EE" in text:
        for m in _RENEWABLES.finditer(text):
            if sentence_has(text, m.start(), m.end(), contexts["power"]):
                yield (m.start(), m.end(), 'German "EE" (erneuerbare Energien): English "renewables"')
    if "UT" in text:
        for m in _SUBTITLES.finditer(text):
            if sentence_has(text, m.start(), m.end(), contexts["screen"]):
                yield (m.start(), m.end(), 'German broadcast note "UT" (Untertitel): English "subtitles"')
    if "Äq" in text:
        for m in _EQUIVALENT.finditer(text):
            yield (m.start(), m.end(), f'German "{m.group()}" (CO2-Äquivalent): English "CO2e", "CO2 equivalent"')
    if "-J" in text:
        for m in _YOUTH.finditer(text):
            yield (m.start(), m.end(), f'German youth class "{m.group()}" (A-Junioren, B-Jugend): English '
                   '"under-19s", "U17 team"')
