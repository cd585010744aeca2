"""German local-news shorthand left in English text (round 16), by its shape, for MT503 through
``abbreviation_classes.class_hits``:

- road classes with their number after "the", in a sentence about roads or traffic ("on the St 2045", "the K
  7312", "the L 1100": Staats-, Kreis-, Landesstraße); a state road has four digits, a district or a state's
  road three or four ("a K 9 unit", "Airbus A 380", "Room K 204" stay quiet: no road, one digit, no "the");
- ranks and titles cut off before a personal name: a German word or cut, then the cut of a German title
  ("Altbgm.", "Vizebgm." Bürgermeister, "BezHpt." Bezirkshauptmann, "Kfz-Mstr.", "Bäckermstr." Meister,
  "Ortsvorst." Vorsteher); English titles ("Gov.", "Msgr.", "Cllr.",
  "Supt.") are no compound of a German word;
- Austrian and German school types after "the", before their town ("the HAK Steyr", "the NMS in Gmunden";
  the two-letter ones, "the MS Wolnzach", only in a sentence about a school: "the MS Europa" is a ship);
- club-shaped acronyms (three or four capitals ending in C, V or G: Club, Verein, Gemeinschaft) after "the",
  before a German town, in a sentence about a club or its sport ("the RSC Kempten", "the LAC Quelle Fürth");
  English clubs and companies are before an English name ("the RSC Stratford", "the SSC Napoli").

Bodies English never writes, with the sentence their sector (the BRK, the VVS, the DMSB, the SHK trade, "RiFa"),
are entries of the pack.
"""
from __future__ import annotations

import functools
from typing import Iterator

from mtcheck.lang.word_prefixes import cut_off_word
from mtcheck.lang.wordstats import is_english_word, zipf
from mtcheck.rules.abbreviation_contexts import Contexts, sentence_has
from mtcheck.text.lazy_regex import lazy_compile

# --- road classes -----------------------------------------------------------------------------------------
# (the road's letters after "the" or "The", its number not part of a longer one nor a decimal)
_ROAD = lazy_compile(r"(?<=\b[Tt]he )(?:(St) (\d{4})|([KL]) (\d{3,4}))(?![\w-]|[.,/]\d)")
_ROAD_LETTERS = lazy_compile(r"he (?:St|K|L) \d")
_ROAD_CLASS = {"St": ("Staatsstraße", "state road"), "K": ("Kreisstraße", "district road"),
               "L": ("Landesstraße", "state road")}


def _roads(text: str, contexts: Contexts) -> Iterator[tuple[int, int, str]]:
    for m in _ROAD.finditer(text):
        if not sentence_has(text, m.start(), m.end(), contexts["roads"]):
            continue
        letters, number = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        german, english = _ROAD_CLASS[letters]
        yield (m.start(), m.end(), f'German road number "{m.group()}" ({german}): English readers do not know the '
               f'class; name it ("{english} {m.group()}")')


# --- titles cut off before a name ---------------------------------------------------------------------------
# The full stop before two capitalised words (a first name and a surname; a literal scan), then the cut-off
# word before it.
_DOT_BEFORE_NAME = lazy_compile(r"\.(?= [A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)? [A-ZÄÖÜ][a-zäöüß]{2,})")
_TITLE_STEM = lazy_compile(r"(?<![\w.'’-])[A-ZÄÖÜ][A-Za-zäöüß]{4,14}$|(?<![\w.'’-])[A-ZÄÖÜ][A-Za-zäöüß]{2,8}"
                           r"-[A-ZÄÖÜ][A-Za-zäöüß]{2,5}$")
# The German titles' cuts (lower-case): Bürgermeister, Meister, Hauptmann/-frau, Vorsteher, Vorsitzende,
# Kommandant, Inspektor, Präsident, Direktor, Leiter, Obmann.
_TITLE_CUTS = frozenset({"bgm", "mstr", "hpt", "vorst", "vors", "kdt", "insp", "präs", "dir", "ltr", "obm"})
_HEAD_MIN_ZIPF = 2.0
_HEAD_MARGIN = 1.0  # "Alt" 5.2 in German, 3.8 in English; "Vize", "Bez", "Kfz", "Bäcker"
_STEM_MAX_EN = 1.0


def _titles(text: str, source: str) -> Iterator[tuple[int, int, str]]:
    for dot in _DOT_BEFORE_NAME.finditer(text):
        m = _TITLE_STEM.search(text, max(0, dot.start() - 16), dot.start())
        if m is not None and _german_title(m.group(), source):
            yield (m.start(), dot.end(), f'German title "{m.group()}." (a cut-off German word) before a name: '
                   'write the post out in English ("former mayor", "master electrician")')


@functools.lru_cache(maxsize=2048)
def _german_title(stem: str, source: str) -> bool:
    """"Altbgm", "BezHpt", "Kfz-Mstr", "Ortsvorst": a German word or cut, then a German title's cut (not a
    town at the end of a sentence before a name: no town ends in a title's cut)."""
    if is_english_word(stem) or zipf(stem, "en") >= _STEM_MAX_EN:
        return False
    if "-" in stem:
        head, tail = stem.split("-", 1)
        return tail.lower() in _TITLE_CUTS and _german_head(head, source)
    for cut in range(3, len(stem) - 2):
        head, tail = stem[:cut], stem[cut:]
        if (tail.islower() or tail[0].isupper() and tail[1:].islower()) and tail.lower() in _TITLE_CUTS \
                and _german_head(head, source):
            return True
    return False


def _german_head(head: str, source: str) -> bool:
    if cut_off_word(head, source) and zipf(head, source) > zipf(head, "en"):
        return True  # "Bez" (Bezirk)
    de = zipf(head, source)
    return de >= _HEAD_MIN_ZIPF and de - zipf(head, "en") >= _HEAD_MARGIN and not is_english_word(head)


# --- school types and clubs before their town ----------------------------------------------------------------
_SCHOOL_TYPES = {"MS": "Mittelschule", "NMS": "Neue Mittelschule", "HAK": "Handelsakademie",
                 "HAS": "Handelsschule", "HTL": "Höhere Technische Lehranstalt", "HLW": "Höhere Lehranstalt für "
                 "wirtschaftliche Berufe", "BORG": "Bundesoberstufenrealgymnasium", "BRG": "Bundesrealgymnasium",
                 "AHS": "allgemeinbildende höhere Schule", "BHS": "berufsbildende höhere Schule",
                 "PTS": "Polytechnische Schule", "FOS": "Fachoberschule", "BOS": "Berufsoberschule",
                 "IGS": "Integrierte Gesamtschule", "KGS": "Kooperative Gesamtschule", "GMS": "Gemeinschaftsschule",
                 "RS": "Realschule", "GS": "Grundschule", "VS": "Volksschule"}
_TOWN = r"((?:Bad |Sankt |St\. )?[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)"
# (a literal scan for "he ", the article looked at after)
_BODY_BEFORE_TOWN = lazy_compile(r"he (?<=(?<![\w.])[Tt]he )([A-ZÄÖÜ]{2,4})(?= (?:in )?" + _TOWN
                                 + r"(?: ([A-ZÄÖÜ][a-zäöüß]+))?(?![\w'’-]))")
# English explains the acronym after the town: "the TSV Neustadt sports club", "the HAK Steyr business school"
_EXPLAINED_AFTER = lazy_compile(r"\s+(?:[a-z-]+\s+){0,2}(?:club|association|society|school|academy|college)\b")
_TOWN_MARGIN = 0.5
_TOWN_MIN_ZIPF = 2.0


def _bodies_before_towns(text: str, source: str, contexts: Contexts) -> Iterator[tuple[int, int, str]]:
    for m in _BODY_BEFORE_TOWN.finditer(text):
        word = m.group(1)
        start, end = m.span(1)
        towns = [t for t in (m.group(2), m.group(3)) if t]
        if _EXPLAINED_AFTER.match(text, m.end(3) if m.group(3) else m.end(2)):
            continue
        if word in _SCHOOL_TYPES:
            if not _german_town(towns[-1], source) or (
                    len(word) == 2 and not sentence_has(text, start, end, contexts["schooling"])):
                continue
            yield (start, end, f'German school type "{word}" ({_SCHOOL_TYPES[word]}) before its town: '
                   'English names the school ("the secondary school in ...")')
        elif len(word) >= 3 and word[-1] in "CVG" and all(_german_town(t, source) for t in towns) \
                and sentence_has(text, start, end, contexts["club_life"]):
            yield (start, end, f'German club acronym "{word}" before its town: English writes the club\'s '
                   'name out ("the Kempten cycling club") or explains it')


@functools.lru_cache(maxsize=4096)
def _german_town(town: str, source: str) -> bool:
    """"Kempten", "Wolnzach", "Quelle Fürth"'s words; not "Stratford", "Napoli", "Galaxy", "Amsterdam"."""
    name = town.split(" ")[-1].split("-")[0]
    if is_english_word(name):
        return False
    de, en = zipf(name, source), zipf(name, "en")
    return (de >= _TOWN_MIN_ZIPF and de - en >= _TOWN_MARGIN) or (en == 0.0 and len(name) >= 4)


def local_hits(text: str, source: str | None, contexts: Contexts) -> Iterator[tuple[int, int, str]]:
    """(start, end, message) of each abbreviation of the kinds above in ``text`` (each looked for only
    where a literal part of it is in the text); ``contexts``: the pack's sentence contexts ("roads",
    "schooling", "club_life")."""
    if source != "de":
        return
    if _ROAD_LETTERS.search(text):  # (one scan for the literal "he ", cheaper than three ``in`` tests)
        yield from _roads(text, contexts)
    if ". " in text:
        yield from _titles(text, source)
    if "he " in text:
        yield from _bodies_before_towns(text, source, contexts)
