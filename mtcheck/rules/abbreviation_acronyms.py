"""German mixed-case acronyms left unexplained in English ("BZgA", "KGaA", "AöR", "gGmbH", "BfArM"), for
MT503 through ``abbreviation_shapes.shape_hits``.

German institution, law and legal-form acronyms keep the lower-case letters of their function words
and word parts ("Bundeszentrale für gesundheitliche Aufklärung"); English names the body or explains
it. Found from a cheap scan for a lower-case letter before a capital or two capitals before a
lower-case letter (rare in English prose: 900 distinct words in 30 MB of news and fiction, none of
which passes the tests below), then judged by the whole word:
- shape: capitals and short lower-case runs ("BfArM", "BImSchG"), ending in a capital, or in one or
  two lower-case letters after two capitals ("BMVg", not "KaDeWe"); not a brand or camel-case name (a run of four
  lower-case letters or two runs of two or more: YouTube, BioNTech, McKinsey, TikTok, PayPal; a
  leading word: NordLB, NetzDG), not a plural ("CDs", "PhDs");
- federal and state offices "für" something ("BfJ", "LfU", "BfR"; not the BfV) by their shape alone;
- frequency: English hardly writes it (Zipf < 1.5: established ones are left alone: AfD 2.8, KfW
  1.7, BfV 2.0, GmbH 3.2, PwC, mRNA, iOS, DoJ, TfL), the source language does, clearly more (BZgA,
  StVO, BAföG; not OpenAI, FinCEN, AfDB); a word neither language knows only with an umlaut ("DüV");
- not explained: in parentheses after the English name, or followed by one, or by an apposition
  (", the ..."), or next to a noun that says what it is ("the regulator BaFin", "the KfW bank"), or
  cited after a section number ("Section 130 StGB"); once explained anywhere in the document, all
  its mentions are;
- legal forms English keeps after a company's name ("Merck KGaA", "Siemens Healthcare GmbH") count
  only where they stand for the form itself, after "a"/"an" ("founded as a KGaA").
"""
from __future__ import annotations

import functools
import re
from typing import Iterator, NamedTuple

from mtcheck.lang.wordstats import is_english_word, zipf
from mtcheck.rules.abbreviation_contexts import sentence_has
from mtcheck.rules.abbreviation_glosses import WORD_BEFORE, explained_acronym
from mtcheck.text.lazy_regex import lazy_compile

# A capital after a lower-case letter, or two capitals before one: the scan starts at capitals only
# (a character-set scan, 5 ms a MB) and looks back from there.
_MIXED_ANCHOR = lazy_compile(r"[A-ZÄÖÜ](?:(?<=[a-zäöüß].)|[A-ZÄÖÜ][a-zäöüß])")
_LOWER_RUN = lazy_compile(r"[a-zäöüß]+")
_ESTABLISHED_ZIPF = 1.5
_SOURCE_MIN_ZIPF = 1.4
_SOURCE_MARGIN = 0.3
# Federal and state offices "für" something ("Bundesamt für Justiz" BfJ, "Landesamt für Umwelt" LfU,
# BfR, BfDI, LfSt): German enough by their shape, whatever the frequency says (wordfreq hardly knows
# BfJ in German, and reads BfR, BfS as English "bfr", "bfs"). English "X for Y" acronyms start with
# other letters (DfE, TfL, PfP, CfD, IfG); English news keeps the BfV (above) and the KfW.
_OFFICE = lazy_compile(r"[BL]f[A-ZÄÖÜ](?:[A-ZÄÖÜ]|[a-zäöü](?![a-zäöü])){0,3}")
_INDEFINITE = frozenset({"a", "an", "A", "An"})
_DEFINITE = frozenset({"the", "The"})
_NOT_BEFORE = "-./@_#&+\\"
_NOT_AFTER = "-/@_&+\\"


def has_mixed_case(text: str) -> bool:
    """Does ``text`` hold a mixed-case acronym's anchor at all (a capital after a lower-case letter, or two capitals
    before one)? One scan that ``abbreviation_classes`` shares with ``abbreviation_bodies``, whose "d" acronyms and
    syllable cuts ("BdB", "JuMiKo") hold a capital after a lower-case letter too: most texts hold none."""
    return _MIXED_ANCHOR.search(text) is not None


def mixed_acronyms(text: str, source: str | None, language: str,
                   mixed_case: bool = True) -> Iterator[tuple[int, int, str]]:
    """(start, end, message) of each unexplained acronym in ``text``; ``mixed_case``: False if ``has_mixed_case``
    says that the text holds none (the scan for them is skipped)."""
    if not source:
        return
    from mtcheck.rules.abbreviation_kinds import military_mixed  # late: these modules import this one
    from mtcheck.rules.abbreviation_everyday import cut_title
    from mtcheck.rules.abbreviation_sectors import german_mixed
    lists = acronym_lists(source)
    n = len(text)
    done = 0
    found: list[tuple[int, int, str]] = []
    for m in _MIXED_ANCHOR.finditer(text) if mixed_case else ():
        start = m.start()
        if start < done:
            continue
        while start and text[start - 1].isalpha():
            start -= 1
        end = m.end()
        while end < n and text[end].isalpha():
            end += 1
        done = end
        word = text[start:end]
        if word not in lists.legal_forms and not _acronym_shape(word, source) and not german_mixed(word, source) \
                and not (source == "de" and military_mixed(word)):
            title = cut_title(text, start) if source == "de" else None  # round 19: "MinDir Klaus Weber"
            if title is not None:
                yield title
            continue  # (german_mixed: "HiWi", "FöS", in abbreviation_sectors; military_mixed: "SPz", "InspH")
        if not _part_of_longer(text, start, end):
            found.append((start, end, word))
    for m in _CAPS.finditer(text):
        word = m.group()
        start, end = m.span()
        if word not in lists.legal_forms and not _caps_acronym(word, source):  # "an OHG" (offene Handelsgesellschaft)
            if not _emergency_acronym(word, source) or not _in_emergency_sentence(text, start, end):
                continue  # in a sentence about a fire, a rescue or a police call-out only
        if not _part_of_longer(text, start, end) and not in_capitals_or_name(text, start, end):
            found.append((start, end, word))
    if source == "de":
        for space in _VEHICLE_SPACE.finditer(text):  # a literal scan for spaces, capitals before, a digit after
            start = space.start() - 2
            while start > space.start() - 4 and start and text[start - 1] in _CAPITALS:
                start -= 1
            m = _VEHICLE.match(text, start)
            if m is not None and _vehicle_letters(m.group(1), source) and _in_emergency_sentence(text, m.start(), m.end()):
                found.append((m.start(), m.end(), m.group()))
    if not found:
        return
    explained = {word for start, end, word in found if explained_acronym(text, start, end, lists)}
    for start, end, word in found:
        if word in explained:
            continue
        if word in lists.legal_forms and not _legal_form_itself(text, start, word):
            continue  # "Merck KGaA", "Fresenius SE & Co. KGaA": part of a name
        yield start, end, (f'{language} acronym "{word}" left unexplained: write the English name (the '
                           "acronym may follow it in parentheses)")


def _part_of_longer(text: str, start: int, end: int) -> bool:
    """Is the word part of a compound, an address, a code or a formula ("SARS-CoV-2", "BZgA-funded",
    "x.BZgA.de"; not the possessive "BZgA's")?"""
    if start and (text[start - 1] in _NOT_BEFORE or text[start - 1].isdigit()):
        return True
    if end >= len(text):
        return False
    after, then = text[end], text[end + 1:end + 2]
    return after in _NOT_AFTER or after.isdigit() or (after in ".'’" and then.isalnum() and then != "s")


class AcronymLists(NamedTuple):
    """The pack's ``[acronyms]`` table (``untranslated.toml``): what frequencies cannot tell."""

    folded: frozenset[str]  # reported although wordfreq folds them into English words ("KatS" ~ "kats")
    kept: frozenset[str]  # names English writes as they are ("BaFin", "FPÖ", "RKI")
    legal_forms: frozenset[str]  # "KGaA", "AöR": untranslated only where they stand for the form itself
    gloss_nouns: frozenset[str]  # English nouns that say what an acronym is ("the regulator BaFin")
    gloss_end: re.Pattern[str]  # source compounds that do the same ("Direktbank DKB")
    english_codes: frozenset[str]  # codes English writes before a number ("MH 17", "COP 28")
    titles: frozenset[str]  # titles opening a sentence before a name that English words hide ("Mag.a", "Prim.")
    international: frozenset[str]  # bodies and parties English writes as they are ("WEF", "ZEW", "CDU")
    kv_regions: frozenset[str] = frozenset()  # region letters after "KV" ("KVNO", "KVWL": abbreviation_regional)

    def english_keeps(self, word: str) -> bool:
        """Does English news write ``word`` as it is: a kept name or an international body?"""
        return word in self.kept or word in self.international


@functools.lru_cache(maxsize=8)
def acronym_lists(source: str) -> AcronymLists:
    from mtcheck.packs import Pack  # late: packs import nothing of the rules

    t = Pack(source, "en").table("untranslated").get("acronyms", {})
    endings = "|".join(map(re.escape, t.get("gloss_compound_endings", ()))) or "(?!)"
    return AcronymLists(frozenset(t.get("folded", ())), frozenset(t.get("kept", ())),
                        frozenset(t.get("legal_forms", ())), frozenset(t.get("gloss_nouns", ())),
                        re.compile(rf"[a-zäöüß](?:{endings})$"), frozenset(t.get("english_codes", ())),
                        frozenset(t.get("titles", ())), frozenset(t.get("international", ())),
                        frozenset(t.get("kv_regions", ())))


@functools.lru_cache(maxsize=4096)
def _acronym_shape(word: str, source: str) -> bool:
    """Is ``word`` shaped like a source-language acronym with lower-case letters, and one English does
    not write (see above)?"""
    lists = acronym_lists(source)
    if not 2 <= len(word) <= 9 or word in lists.kept:
        return False
    if _OFFICE.fullmatch(word) or word in lists.folded:
        return True
    upper = sum(c.isupper() for c in word)
    runs = _LOWER_RUN.findall(word)
    margin = _SOURCE_MARGIN
    if word[0].islower():
        if len(runs[0]) > 1 or upper < 1:
            return False
        margin = 1.0  # iPhone's kin: "xAI" (en 1.4, de 2.0); not "gGmbH"
    elif upper < 2:
        return False
    if max(map(len, runs)) > 3 or sum(len(r) >= 2 for r in runs) > 1:
        return False  # YouTube, BioNTech, TikTok, ArbSchG's cousins among brands
    if word[0].isupper() and word[1:2].islower() and len(runs[0]) >= 3:
        return False  # a leading word: NordLB, NetzDG, BayArena
    if word[-1].islower():
        tail = runs[-1]
        if upper < 3 or len(tail) > 2 or tail == "s" or not word[-len(tail) - 2:-len(tail)].isupper():
            return False  # DLan, ZDFneo, KaDeWe, CDs, PhDs; not BMVg, BMWi
    en = zipf(word, "en")
    if en >= _ESTABLISHED_ZIPF:
        return False
    src = zipf(word, source)
    if src == 0.0 and en == 0.0:
        return any(c in "äöüÄÖÜ" for c in word)
    return src >= _SOURCE_MIN_ZIPF and src - en >= margin


# All-capital acronyms ("BAFA", "NGG", "JVA", "DLRG"): English hardly writes them (Zipf < 1.6; English
# news keeps SPD 3.3, CDU 2.8, BND 2.2, ZDF 2.1, ADAC 2.0, BAMF 1.9), the source language does,
# clearly more, and they are no shouted source-language word (Zipf < 4.5: "BITTE"). Two letters are too
# ambiguous ("DG", "EG": the pack lists some for property adverts), six and more are names ("OSCAST").
# A capital word next to another (a heading, shouting) or before a name that is no English word ("TSG
# Hoffenheim") is left alone.
# (the word-start test after the first two capitals, so that the scan can skip ahead to two capitals)
_CAPS = lazy_compile(r"[A-ZÄÖÜ][A-ZÄÖÜ](?<!\w..)[A-ZÄÖÜ]{1,3}(?!\w)")
_CAPS_ENGLISH_ZIPF = 1.6
_CAPS_SOURCE_MIN_ZIPF = 2.0
_CAPS_SOURCE_MAX_ZIPF = 4.5
_CAPS_MARGIN = 1.0
_CAPITAL_WORD_BEFORE = lazy_compile(r"(?:^|[^\w.])([A-ZÄÖÜ]{2,}|[A-ZÄÖÜ])\W{0,2}\s+$")
_CAPITAL_WORD_AFTER = lazy_compile(r"\W{0,2}\s+([A-ZÄÖÜ][\wÄÖÜäöüß]*)")


@functools.lru_cache(maxsize=4096)
def _caps_acronym(word: str, source: str) -> bool:
    lists = acronym_lists(source)
    if word in lists.kept or word.endswith("TV"):  # a channel's name ("RBTV")
        return False
    if word in lists.folded:
        return True
    en = zipf(word, "en")
    if en >= _CAPS_ENGLISH_ZIPF:
        return False
    src = zipf(word, source)
    return _CAPS_SOURCE_MIN_ZIPF <= src < _CAPS_SOURCE_MAX_ZIPF and src - en >= _CAPS_MARGIN


# Round 7: German fire-brigade, rescue and police acronyms in a sentence about a fire, a rescue or a
# police call-out: "an RTW" (Rettungswagen), "the NEF" (Notarzteinsatzfahrzeug), "the KDD"
# (Kriminaldauerdienst), "the SEK", and vehicle codes, capitals and a number ("the LF 20", "HLF 20",
# "DLK 23/12": Löschgruppenfahrzeug, Drehleiter). English news writes its own (EMS, EMT, ICU, CPR, SWAT,
# HGV, an AK 47, MH 17): these are commoner in English than in German or too common in English. The
# context lets a wider frequency window count (English below 2.5, German at least 0.1 above it; "BASF",
# 2.57, is a company English news writes).
_EMERGENCY = lazy_compile(r"\b(?:[Ff]ire(?:s|fighters?|men|man| brigades?| service| engines?)?|[Bb]rigades?|[Rr]escu\w+|"
                          r"[Ee]mergenc\w+|[Aa]mbulances?|[Pp]aramedics?|[Bb]laze|[Ff]lames|[Ss]cene|[Pp]olice|"
                          r"[Oo]fficers|[Cc]alled (?:out|to)|[Ii]njured|[Cc]asualt\w+|[Ss]tandby|[Dd]eployed)\b")
_EMERGENCY_ENGLISH_ZIPF = 2.5
_EMERGENCY_MARGIN = 0.1
_EMERGENCY_SOURCE_MIN_ZIPF = 1.7
# (the word-start test after the first capital, so that the scan can skip ahead to a capital)
_VEHICLE = lazy_compile(r"([A-ZÄÖÜ](?<![\w.&/-].)[A-ZÄÖÜ]{1,3}) \d{1,2}(?:/\d{1,2})?(?![\w.,/-]?\d|[\w%°-])")
_VEHICLE_SPACE = lazy_compile(r" (?<=[A-ZÄÖÜ][A-ZÄÖÜ] )\d")
_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜ")
_VEHICLE_ENGLISH_ZIPF = 3.5  # "LF" 3.4 in both languages; AK, CH, UH, SW far above or English


@functools.lru_cache(maxsize=4096)
def _emergency_acronym(word: str, source: str) -> bool:
    if word in acronym_lists(source).kept or len(word) > 4:
        return False
    en = zipf(word, "en")
    if en >= _EMERGENCY_ENGLISH_ZIPF:
        return False
    src = zipf(word, source)
    return src >= _EMERGENCY_SOURCE_MIN_ZIPF and src - en >= _EMERGENCY_MARGIN


@functools.lru_cache(maxsize=1024)
def _vehicle_letters(word: str, source: str) -> bool:
    if word in acronym_lists(source).english_codes:
        return False
    en = zipf(word, "en")
    return en < _VEHICLE_ENGLISH_ZIPF and zipf(word, "de") >= en


def _in_emergency_sentence(text: str, start: int, end: int) -> bool:
    """Has the sentence around ``start:end`` a word of a fire, a rescue or a police call-out?"""
    return sentence_has(text, start, end, _EMERGENCY)


def in_capitals_or_name(text: str, start: int, end: int) -> bool:
    """Is the acronym next to another capital word ("BREAKING NEWS: STORM HITS"), or before a name that is
    no English word ("TSG Hoffenheim", "VfB Stuttgart": a club's)?"""
    if _CAPITAL_WORD_BEFORE.search(text, max(0, start - 12), start):
        return True
    after = _CAPITAL_WORD_AFTER.match(text, end)
    if after is None:
        return False
    word = after.group(1)
    return word.isupper() or (text[end] == " " and not is_english_word(word) and zipf(word, "en") < 4.0)


def _legal_form_itself(text: str, start: int, word: str) -> bool:
    before = WORD_BEFORE.search(text, max(0, start - 12), start)
    if before is None:
        return False
    article = before.group(1)
    return article in _INDEFINITE or (article in _DEFINITE and zipf(word, "en") < _ESTABLISHED_ZIPF)
