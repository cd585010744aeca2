"""Source-language abbreviations known by their class rather than from the pack's entries, for MT503
through ``abbreviation_shapes.shape_hits``: weekday ranges ("Mo.-Fr."), diploma and academic titles
("Dipl.-Psych.", "Jun.-Prof.", "apl. Prof.", "Dr. rer. nat."), "S." (Satz) in a legal citation,
abbreviated compounds ("prov.-frei"), spaced letter abbreviations ("o. r.", "m. W."), party organs ("the
BPT of the FDP") and mixed-case acronyms (``abbreviation_acronyms``).
"""
from __future__ import annotations

import functools
import re
from typing import Iterator

from mtcheck.lang.wordstats import is_english_word, zipf
from mtcheck.rules.abbreviation_acronyms import has_mixed_case, mixed_acronyms
from mtcheck.rules.abbreviation_adverts import advert_hits
from mtcheck.rules.abbreviation_bodies import body_hits
from mtcheck.rules.abbreviation_contexts import Contexts
from mtcheck.rules.abbreviation_everyday import everyday_hits
from mtcheck.rules.abbreviation_kinds import kind_hits
from mtcheck.rules.abbreviation_locals import local_hits
from mtcheck.rules.abbreviation_places import place_hits
from mtcheck.rules.abbreviation_alpine import alpine_hits
from mtcheck.rules.abbreviation_regional import regional_hits
from mtcheck.rules.abbreviation_sectors import sector_hits
from mtcheck.rules.abbreviation_services import service_hits
from mtcheck.rules.abbreviation_statutes import statute_hits
from mtcheck.rules.abbreviation_titles import title_hits
from mtcheck.rules.abbreviation_trades import trade_hits
from mtcheck.text.lazy_regex import lazy_compile

_WEEKDAYS = ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So")
_WEEKDAY_RANGE = lazy_compile(
    r"(?<![\w.])(Mo|Di|Mi|Do|Fr|Sa|So)(\.?) ?[-–/] ?(Mo|Di|Mi|Do|Fr|Sa|So)(\.?)(?![\w-])")
_DIPLOMA = lazy_compile(r"(?<![\w.])Dipl\. ?-? ?[A-ZÄÖÜ][a-zäöüß]{1,12}\.")
_SATZ = lazy_compile(r"\bAbs\. ?\d+[a-z]? (S\.) ?\d")
SENTENCE_START = lazy_compile(r"(?:^|[.!?:;\"“„'‘(\[\n]\s*|\n)$")  # before a position: a sentence starts
# a range's tokens, as written: "Mo", "Fr" ("Mo.-Fr."), or "Mo-Fr" as one token; "Do" and "So" are English words
RANGE_DAYS = frozenset({"Mo", "Di", "Mi", "Fr", "Sa"}) | frozenset(
    f"{a}-{b}" for a in _WEEKDAYS for b in _WEEKDAYS if a != b)


def class_hits(text: str, source: str | None, language: str, tokens: set[str], spaced_letters: bool,
               contexts: Contexts, region_codes: frozenset[str] = frozenset()) -> Iterator[tuple[int, int, str]]:
    """(start, end, message) of the abbreviations in ``text`` known by their class; ``tokens``: the
    variants' tokens the document holds (weekday ranges need one), ``spaced_letters``: whether the pack
    spaces its letter abbreviations, ``contexts``: the pack's sentence contexts by name
    (``abbreviation_contexts.pack_contexts``), ``region_codes``: the pack's region codes the document holds."""
    if spaced_letters:
        yield from _spaced_letters(text, language)
    if source != "de":
        return
    if tokens & RANGE_DAYS:
        for m in _WEEKDAY_RANGE.finditer(text):
            if m.group(1) != m.group(3) and (m.group(2) or m.group(4) or m.group(1) != "Do"):
                yield (m.start(), m.end(), f'German weekday range "{m.group()}": '
                       'English "Mon-Fri" style ("Monday to Friday")')
        yield from _single_weekdays(text)
    if "Ü" in text:
        for m in _AGE_GROUP.finditer(text):
            age = m.group(1) or m.group(2)
            yield (m.start(), m.end(), f'German age group "{m.group()}" (über {age}): English "over-{age}s"')
    if "Nr." in text:
        for m in _NUMBER_COMPOUND.finditer(text):
            yield (m.start(), m.end(), f'German number compound "{m.group()}" (...-Nummer): English '
                   '"customer no.", "item no.", "VAT ID" ...')
    if "Dipl" in text:
        for m in _DIPLOMA.finditer(text):
            yield (m.start(), m.end(),
                   f'German diploma title "{m.group()}": English names the degree or drops it')
    if "Abs." in text:
        for m in _SATZ.finditer(text):
            yield (m.start(1), m.end(1),
                   'German abbreviation "S." (Satz) in a legal citation: English "sentence"')
    if ".-" in text:
        for m in _DOT_HYPHEN.finditer(text):
            if _german_word(m.group(2), source):
                yield (m.start(), m.end(),
                       f'German abbreviated compound "{m.group()}": write the word out in English')
        for m in _TITLE_CHAIN.finditer(text):
            if not (m.group(1) in _ENGLISH_CHAIN_PARTS and m.group(2) in _ENGLISH_CHAIN_PARTS) \
                    and m.group(1) not in _PLACE_PREFIXES and m.group(1) != "Dipl" and m.group(2) != "Nr":
                yield (m.start(), m.end(), f'German title "{m.group()}": English writes "Prof." or '
                       '"Dr." alone, or names the post ("junior professor")')
    yield from _party_organs(text)
    yield from title_hits(text, source)  # no span of a party organ ("the BPT of the FDP") can be a title's
    yield from place_hits(text, region_codes)
    yield from statute_hits(text, source, tokens)
    yield from advert_hits(text, tokens)
    yield from sector_hits(text, source, tokens, contexts)  # round 12: adverts, universities, schools, churches, sport
    # round 13: military, EU, parliaments, energy, broadcasting, youth sport
    yield from kind_hits(text, source, contexts)
    # round 14: pharmacy, horses, units, pay scales, press furniture, history
    yield from trade_hits(text, source, contexts)
    # round 16: road numbers, titles cut off before a name, school types and clubs before their town
    yield from local_hits(text, source, contexts)
    # round 17: customs and police units before their place, transport associations, utilities, semesters,
    # TV market shares, unit cuts after a number, "above NN", a cut-off title before a name
    yield from service_hits(text, source, contexts)
    # round 18: bodies before a German-speaking place or after "told the", umlaut and "d" acronyms, ministries,
    # election cuts, judges' titles
    mixed_case = has_mixed_case(text)  # (one scan for two modules: most texts hold no mixed-case word)
    yield from body_hits(text, source, mixed_case)
    # round 19: everyday bodies after "the" ("the ADAC", "the SBB"), syllable-cut titles before a name ("MinDir")
    yield from everyday_hits(text, source)
    # round 20: unions ("IG BAU"), physicians' associations ("KVNO"), league classes ("A-Kl.")
    yield from regional_hits(text, source, contexts)
    # round 21: Austrian and Swiss bodies and laws, party roles ("KO"), Vienna's "MA 35", body values ("his BZ")
    yield from alpine_hits(text, source, contexts)
    for start, end, message in mixed_acronyms(text, source, language, mixed_case):
        yield (start, end, message)


# Round 9: a single German weekday in a date or an opening time: "Di., 14 May", "every Sa. from 8 am",
# "closed Mo. and open ...": after a word that leads to a day ("on", "every", "closed" ...) or before a
# date or a time. "Do." and "So." are English words and left to ranges; "Mo." after a town is Missouri
# ("Kansas City, Mo."), "Fr." before a name is Father ("Fr. Murphy"): neither has the cue word nor a
# date after it.
_DAY_ENGLISH = {"Mo": "Mon.", "Di": "Tue.", "Mi": "Wed.", "Fr": "Fri.", "Sa": "Sat."}
_SINGLE_DAY = lazy_compile(r"(?<![\w.'’/–-])(Mo|Di|Mi|Fr|Sa)\.(?=,?\s\d|\s(?:from|to|until|till|and|or|&)\s|[,;)])")
_DAY_DATE_AFTER = lazy_compile(r",?\s\d")
_DAY_CUE_BEFORE = lazy_compile(r"\b(?:on|every|each|closed|open|from|until|till|to|and|or|except|next|last|this)\s$")


def _single_weekdays(text: str) -> Iterator[tuple[int, int, str]]:
    for m in _SINGLE_DAY.finditer(text):
        day = m.group(1)
        cue = _DAY_CUE_BEFORE.search(text, max(0, m.start() - 8), m.start())
        if cue is None and (day in ("Mo", "Fr") or not _DAY_DATE_AFTER.match(text, m.end())):
            continue  # "Kansas City, Mo., 12 people"; "Fr. Murphy"
        yield (m.start(), m.end(), f'German weekday "{m.group()}": English "{_DAY_ENGLISH[day]}"')


# Age groups: "the Ü30 team", "an Ü50 party" (über 30), "children Ü3" (one digit: written together); English
# writes "over-30s". No English word starts with a capital Ü before a number.
_AGE_GROUP = lazy_compile(r"(?<![\w-])Ü(?: ?(\d{2})|(\d))(?![\d.,]?\d|[^\W\d_])")
# Number compounds: "Kd.-Nr." (Kundennummer), "Art.-Nr.", "Rg.-Nr.", "Tel.-Nr.", "Kunden-Nr.", "USt-IdNr."
# (VAT identification number); English writes "no." after its own word.
_NUMBER_COMPOUND = lazy_compile(r"(?<![\w.-])(?:[A-ZÄÖÜ][a-zäöüß]{1,12}\.?|[A-ZÄÖÜ][A-Za-zäöüß]{1,6})"
                                r"-(?:Id)?Nr\.")


# Letters with full stops, spaced, at least one of them lower-case: "o. r." (oben rechts), "m. W.",
# "i. e. S.", "ü. d. M.". A language whose pack lists several such forms ("z. B.", "u. U.", "i. d. R.")
# spaces its letter abbreviations; English writes its own unspaced ("e.g.", "a.m."), and where it spaces
# them ("e. g.", "a. m."), they are still English: a spaced form whose unspaced one English writes often
# (wordfreq), or one of English's rarer ones below, is left alone. Initials are capitals ("J. R. R.").
# Found from a literal scan for ". x." (a full stop, a space, a letter, a full stop).
SPACED = lazy_compile(r"[^\W\d_]\. [^\W\d_]\.(?: [^\W\d_]\.)*")
_SPACED_AT = lazy_compile(r"[^\W\d_]\. [^\W\d_]\.(?: [^\W\d_]\.)*(?![\w'’-])")
_SPACED_PAIR = lazy_compile(r"\. [^\W\d_]\.")
SPACED_MIN_ENTRIES = 3
_ENGLISH_DOTTED_ZIPF = 3.3  # "e.g" 4.5, "a.m" 4.4, "b.c" 3.7, "a.k.a" 3.3; German "m.e" 2.9, "d.h" 2.4
_ENGLISH_DOTTED = frozenset({"n.b", "q.v", "c.f", "w.r.t", "r.s.v.p", "v.s", "i.v", "s.v", "n.d", "o.k", "p.p",
                             "a.s.a.p", "i.m", "s.c", "p.o", "o.d", "b.s", "m.a", "m.s", "m.d", "p.a"})


def _spaced_letters(text: str, language: str) -> Iterator[tuple[int, int, str]]:
    done = 0
    for pair in _SPACED_PAIR.finditer(text):
        start = pair.start() - 1
        if start < done or start < 0 or (start and (text[start - 1].isalnum() or text[start - 1] in "._'’-")):
            continue
        m = _SPACED_AT.match(text, start)
        if m is None:
            continue
        done = m.end()
        form = m.group()
        letters = form[::3]
        if letters.isupper():
            continue  # initials: "J. R. R. Tolkien", "the U. S."
        if letters[0].isupper() and (letters[1].isupper()
                                     or not SENTENCE_START.search(text, max(0, start - 3), start)):
            continue  # "A. d. Smith"; "O. r." only at the start of a sentence
        if letters[1:].islower() and _english_dotted(".".join(letters.lower())):
            continue  # "e. g.", "a. m."; not "a. M." (am Main)
        yield (m.start(), m.end(), f'"{form}" looks like a {language} abbreviation (spaced letters '
               "with full stops): write it out in English")


@functools.lru_cache(maxsize=256)
def _english_dotted(key: str) -> bool:
    return key in _ENGLISH_DOTTED or zipf(key, "en") >= _ENGLISH_DOTTED_ZIPF


# A German compound whose first part is abbreviated: "prov.-frei" (provisionsfrei), "gebührenpfl." is
# a cut-off word (MT503's shape test); the part after the hyphen must be a German word, not English
# ("U.S.-led", "Inc.-owned"), and capitalised parts are left to the list ("Reg.-Bez.", "Lt.-Col.").
_DOT_HYPHEN = lazy_compile(r"(?<![\w.])([^\W\d_]{2,8})\.-([a-zäöüß]{3,20})(?![\w-])")


@functools.lru_cache(maxsize=1024)
def _german_word(word: str, source: str | None) -> bool:
    if not source:
        return False
    src, en = zipf(word, source), zipf(word, "en")
    return src >= 2.5 and src - en >= 1.0 and not is_english_word(word)


# Academic titles English writes as "Prof." or "Dr." alone: two capitalised abbreviations joined by ".-":
# "Jun.-Prof." (Juniorprofessor), "Priv.-Doz.", "Univ.-Prof.", "Hon.-Prof."; English writes this shape only
# for its ranks ("Lt.-Col.", "Maj.-Gen.") and month or weekday ranges ("Jan.-Feb."), and French saints'
# places ("St.-Jean"). (Titles before "Prof." or "Dr." and Latin doctorates: ``abbreviation_titles``.)
_TITLE_CHAIN = lazy_compile(r"(?<![\w.-])([A-ZÄÖÜ][a-zäöüß]{1,5})\.-([A-ZÄÖÜ][a-zäöüß]{1,5})\.(?![\w-])")
_ENGLISH_CHAIN_PARTS = frozenset("""Lt Lieut Col Gen Maj Brig Cdr Cmdr Comdr Adm Capt Sgt Cpl Gov Vice Rear Sub
Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun""".split())
_PLACE_PREFIXES = frozenset({"St", "Ste", "Mt", "Ft", "Pt"})


# A party's organ by its German acronym: "the BPT of the FDP" (Bundesparteitag), "the SPD's LPT"
# (Landesparteitag), "the BDK of the Greens", "the CSU's KV" (Kreisverband). English names the organ
# ("the FDP's federal party conference"); acronyms English writes (MP, MEP, HQ, PR, CEO, EU) are too
# frequent in English to count, and German states (NRW) are names English news keeps.
_PARTIES = r"CDU|CSU|SPD|FDP|AfD|Greens|Left Party|Linke|BSW|Free Voters|ÖVP|SPÖ|FPÖ"
# (the word-start test after the first character, so that the scan can skip ahead to the parties' first letters)
_PARTY = lazy_compile("(?:" + "|".join(re.escape(p[0]) + r"(?<!\w.)" + re.escape(p[1:]) for p in _PARTIES.split("|"))
                      + r")\b")
_ORGAN_BEFORE = lazy_compile(r"(?<![\w.])(?:the|The) ([A-ZÄÖÜ]{2,4}) of the $")  # "the BPT of the FDP"
_ORGAN_AFTER = lazy_compile(r"\b(?:['’]s|['’]) ([A-ZÄÖÜ]{2,4})(?![\w'’.-])")  # "the SPD's LPT"
_ORGAN_ENGLISH_ZIPF = 3.2  # KV 3.1; MP, MEP, HQ, PR, CEO, EU, TV, IT far above
_STATES = frozenset({"NRW", "BW", "MV", "RLP", "LSA", "NDS", "SH", "HH", "HB", "BY", "SN", "TH", "ST", "BE", "BB"})
# English acronyms rarer than that which English writes of a party all the same: its members of the
# European Parliament and their groups, company meetings and officers, other parties and unions.
_ENGLISH_ORGANS = frozenset({"MEP", "EPP", "ECR", "ALDE", "AGM", "EGM", "CFO", "COO", "SME", "ECB", "ERP", "CDU",
                             "CSU", "SPD", "FDP", "BSW", "DGB", "ÖVP", "SPÖ", "FPÖ"})


def _party_organs(text: str) -> Iterator[tuple[int, int, str]]:
    # (from each party's mention, a fast literal scan: the organ before "of the" it or after its possessive)
    found = []
    for party in _PARTY.finditer(text):
        before = _ORGAN_BEFORE.search(text, max(0, party.start() - 16), party.start())
        if before is not None:
            found.append(before)
        after = _ORGAN_AFTER.match(text, party.end())
        if after is not None:
            found.append(after)
    for m in found:
        word = m.group(1)
        if word in _STATES or word in _ENGLISH_ORGANS or zipf(word, "en") >= _ORGAN_ENGLISH_ZIPF \
                or text[m.end(1):m.end(1) + 2] == " (":
            continue
        yield (m.start(1), m.end(1), f'German party acronym "{word}" (a party organ or branch) '
               "left unexplained: write the English name")
