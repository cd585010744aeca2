"""German titles, ranks and credits left before a name, for MT503 through ``abbreviation_classes.class_hits``:
"apl. Prof.", "PD Dr.", "Dr. rer. nat." (titles English writes as "Prof." or "Dr." alone), production and
broadcast credits ("(Insz. Claudia Bauer)"), dotted German titles and ranks before a name ("Bmstr. Thomas
Gruber", "Mag.a Sandra Huber") and "P." (Pater) before a title or an order's letters.
"""
from __future__ import annotations

import functools
import re
from typing import Iterator

from mtcheck.lang.word_prefixes import cut_off_word
from mtcheck.lang.wordstats import is_english_word, zipf
from mtcheck.rules.abbreviation_acronyms import acronym_lists
from mtcheck.text.lazy_regex import lazy_compile


def title_hits(text: str, source: str | None) -> Iterator[tuple[int, int, str]]:
    """(start, end, message) of the German titles, ranks and credits in ``text``."""
    if "Dr. " in text or "Prof. " in text:
        yield from _titles(text)
    yield from _credits(text, source)
    yield from _titles_before_name(text, source)
    yield from _pater(text)


# Academic titles English writes as "Dr." or "Prof." alone, or names in words:
# - a German abbreviation before "Prof." or "Dr.": "apl. Prof." (außerplanmäßig), "o. Prof.", "PD Dr."
#   (Privatdozent), and the double doctorate "Dr. Dr."; not English "ed.", "cf.", "vs." ...;
# - "Dr." with Latin faculty abbreviations: "Dr. habil.", "Dr. sc. techn.", "Dr. theol.", "Dr. oec."
#   (the pack lists the commonest: "Dr. med.", "Dr. rer. nat.", "Dr. phil.").
_TITLE_BEFORE = lazy_compile(r"(?<![\w.])(?:([a-zäöü]{1,4})\.|PD|(Dr)\.) ?(?:Prof|Dr)\.(?= [A-ZÄÖÜ])")
_ENGLISH_BEFORE_TITLE = frozenset({"ed", "eds", "cf", "vs", "etc", "viz", "incl", "esp", "resp", "al", "rev",
                                   "trans", "per", "and", "by", "ie", "eg", "pp", "p", "no", "am", "pm", "approx",
                                   "fig", "ch", "vol", "sec", "art", "para", "op", "cit", "ibid", "sr", "jr"})
_LATIN_DOCTOR = lazy_compile(r"(?<![\w.])Dr\. ((?:[a-z]{1,6}\. ?){1,3})(?=[A-ZÄÖÜ,]|$)")
_FACULTIES = frozenset("""med dent vet rer nat pol phil jur iur oec publ soc techn sc agr theol habil paed des ing
troph medic hum biol math h c mult pharm cult silv forest nutr disc mont hort sportwiss""".split())


def _titles(text: str) -> Iterator[tuple[int, int, str]]:
    for m in _TITLE_BEFORE.finditer(text):
        stem = m.group(1)
        if stem is not None and (stem in _ENGLISH_BEFORE_TITLE or is_english_word(stem)):
            continue
        yield (m.start(), m.end(), f'German title "{m.group()}": English writes "Prof." or "Dr." '
               "alone, or names the post")
    for m in _LATIN_DOCTOR.finditer(text):
        end = faculties_end(m)
        if end is not None:
            yield (m.start(), end, f'German doctoral title "{text[m.start():end]}": English '
                   'writes "Dr." alone, or names the degree')


def faculties_end(m: re.Match[str]) -> int | None:
    """Where a Latin title's faculty letters (group 1: "rer. nat.", "med. dent.") end, or None if one of them
    is no faculty's."""
    stems = m.group(1).replace(" ", "").rstrip(".").split(".")
    return m.start(1) + len(m.group(1).rstrip()) if all(stem in _FACULTIES for stem in stems) else None


# Round 7: credits of a production or a book: a dotted German abbreviation of a noun right before a
# personal name (first name and surname), in parentheses or after a colon, a semicolon or a comma:
# "(Insz. Claudia Bauer)" (Inszenierung), "Bühnenb. Olaf Altmann", "Übers. Eva Roth". The stem starts a
# frequent German word and is rare in English, or is one of the commonest credit abbreviations below
# (which wordfreq does not read as cut-off words). English titles before a name ("Rep.", "Sen.",
# "Gov.", "Insp.", "Supt.", "Cllr.") are frequent in English and not listed.
_CREDIT = lazy_compile(r"[(:;,] ?([A-ZÄÖÜ][a-zäöüß]{1,9})\.:? [A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)? "
                       r"(?:von |van |de )?[A-ZÄÖÜ][a-zäöüß]")
_CREDIT_STEMS = frozenset({"Insz", "Reg", "Bühnenb", "Kost", "Dramat", "Bearb", "Übers", "Hrsg", "Ausst",
                           "Choreogr", "Ltg", "Komp", "Dirig", "Mitarb", "Fotogr", "Lekt",
                           # round 9: film and broadcast credits (Kamera, Schnitt, Drehbuch, Darsteller, Moderation)
                           "Kam", "Schn", "Drehb", "Darst", "Mod"})
_CREDIT_ENGLISH_ZIPF = 2.0


def _credits(text: str, source: str | None) -> Iterator[tuple[int, int, str]]:
    for m in _CREDIT.finditer(text):
        stem = m.group(1)
        if stem in _CREDIT_STEMS or _credit_stem(stem, source):
            yield (m.start(1), m.end(1) + 1, f'German credit abbreviation "{stem}." before a name: write the '
                   'role out in English ("directed by", "set design", "translated by")')


@functools.lru_cache(maxsize=1024)
def _credit_stem(stem: str, source: str | None) -> bool:
    return bool(source) and not is_english_word(stem) and zipf(stem, "en") < _CREDIT_ENGLISH_ZIPF \
        and cut_off_word(stem, source)


# Round 10: a dotted German title or rank opening a sentence before a person's name ("Bmstr. Thomas Gruber
# planned the bridge.", "Stabsgefr. Lukas Meier ...", "Dek. Johannes Keller ...", "LAbg. Maria Berger ...",
# "Mag.a Sandra Huber", "Prim. Dr. Stefan Neumann"): a credit's stem, a cut-off German word, a stem with
# no vowel ("Bmstr", "Kpl") or with an inner capital ("LAbg") that English does not write. English titles
# ("Sgt.", "Cpl.", "Gov.", "Rep.", "Col.") and places ("Ft.", "Mt.") are left alone.
# (the scan starts with the literal end of the sentence before, which the regex engine skips to quickly)
_TITLE_BODY = (r"([A-ZÄÖÜ][A-Za-zäöüß]{1,9})(\.(?:a|in)?) "
               r"(?:(?:Dr|Prof|Mag|Ing)\. )*[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)? [A-ZÄÖÜ][a-zäöüß]")
# Round 11: also after "by" or a comma inside a sentence ("was led by Kpl. Jonas Fischer", "the deacon,
# Diak. Markus Roth"): the same title test; English titles there ("by Gov. Gavin Newsom", "by Thos.
# Jefferson": frequent in English) stay quiet.
_TITLE_OPENING = lazy_compile(r"[.!?\n][ \n]" + _TITLE_BODY)
# (one scan each: their literal prefixes let the regex engine skip ahead)
_TITLE_INSIDE = (re.compile(r", " + _TITLE_BODY), re.compile(r" by " + _TITLE_BODY))
_TITLE_AT_START = lazy_compile(_TITLE_BODY)
_ENGLISH_TITLES = frozenset("""Mr Mrs Ms Mx Dr Prof St Ste Ft Mt Pt Sgt Cpl Pvt Pfc Lt Capt Cdr Cmdr Col Gen Maj Brig
Adm Gov Sen Rep Pres Supt Insp Det Const Hon Rev Fr Br Sr Jr Msgr Cllr Amb Sec Atty Pte Rt Revd Dame Sir""".split())
_VOWELS = frozenset("aeiouyäöü")
_MAX_SHAPED_TITLE = 5  # letters of a title known by its shape alone ("Bmstr", "LAbg")


def _titles_before_name(text: str, source: str | None) -> Iterator[tuple[int, int, str]]:
    if source != "de":
        return
    first = _TITLE_AT_START.match(text)
    inside = [m for pattern in _TITLE_INSIDE for m in pattern.finditer(text)]
    for m in ([first] if first else []) + list(_TITLE_OPENING.finditer(text)) + inside:
        stem = m.group(1)
        if stem in _ENGLISH_TITLES or not _german_title(stem, source):
            continue
        yield (m.start(1), m.end(2), f'German title or rank "{text[m.start(1):m.end(2)]}" '
               'before a name: write the post out in English or drop it')  # "Bmstr.", "Mag.a"


@functools.lru_cache(maxsize=1024)
def _german_title(stem: str, source: str) -> bool:
    if stem in _CREDIT_STEMS or stem in acronym_lists(source).titles or _credit_stem(stem, source):
        return True
    if zipf(stem, "en") >= _CREDIT_ENGLISH_ZIPF or is_english_word(stem):
        return False
    if len(stem) > _MAX_SHAPED_TITLE:
        return False  # "MHPArena." at a sentence's end: a name
    return _VOWELS.isdisjoint(stem.lower()) and len(stem) >= 3 or any(c.isupper() for c in stem[1:])


# Round 11: "P." (Pater, a priest or monk) before a name: "P. Anselm Grün OSB", "P. Dr. Karl Huber". English
# writes an initial before a surname ("P. Diddy", "P. J. Harvey", "P. Anselm" as a first initial and a
# name), so only where the initial cannot be one: before an academic title ("P. Dr."), or before a name
# and the order's letters after it ("OSB", "SJ", "OFM"), which name a religious, whose title is Father.
_ORDERS = "OSB|SJ|OFM|OFMCap|OFMConv|OP|OCist|OCD|OSA|SDB|CSsR|SVD|MSC|SAC|OPraem|CMF|OMI|SDS|OSFS|MSF|CM|OT|OSM"
# (the word-start test after the literal "P. ", so that the scan can skip ahead to it)
_PATER = lazy_compile(r"P\. (?<![\w.'’-]...)(?=(?:Dr|Prof)\. [A-ZÄÖÜ]|[A-ZÄÖÜ][a-zäöüß]+(?: [A-ZÄÖÜ][a-zäöüß]+){0,2},? "
                      rf"(?:{_ORDERS})(?![\w-]))")


def _pater(text: str) -> Iterator[tuple[int, int, str]]:
    for m in _PATER.finditer(text):
        if m.start() and text[m.start() - 2:m.start()] in (". ", "P.") and text[m.start() - 3:m.start() - 2].isupper():
            continue  # initials "J. P. Dr. ..." are no title
        yield (m.start(), m.end() - 1, 'German "P." (Pater) before a name: English "Father"')
