"""Hyphenated source-language compounds ("Kita-Gebühren", "Brombeer-Koalition", "Deutschland-Achter"): is
the last part of a hyphenated word a source-language common noun English does not write, so that the
whole word is an untranslated compound rather than a name ("Baden-Württemberg", "Berlin-Neukölln",
"Mercedes-Benz", "Hans-Dietrich")?

Language knowledge comes from the pair's pack (``WordShapes``) and wordfreq; what names and places the
pack and the gazetteer know is the caller's (``mtcheck.rules.untranslated_kinds``).
"""
from __future__ import annotations

import functools
import re

from mtcheck.lang.morphology import (WordShapes, derived_noun, head_words, is_compound, known_abroad, leans_to_source,
                                     source_morphology)
from mtcheck.lang.wordstats import is_english_word, zipf

# A hyphenated word of exactly two parts, the last one capitalised as German writes nouns after a hyphen.
HYPHENATED = re.compile(r"([^\W\d_][\w]*)[-‐‑]([A-ZÄÖÜ][a-zäöüß]{2,})")
_TAIL_ZIPF = 3.0  # the last part: at least this frequent in the source language ...
_TAIL_MAX_ENGLISH = 2.0  # ... rarer than this in English ...
_TAIL_LEAN = 2.0  # ... and this much more frequent in the source (when it comes apart: "Acht|er", "Hilf|e")
_TAIL_ABROAD = 5  # ... and known to fewer of the other languages' word lists (``known_abroad``) than this


def hyphen_parts(word: str) -> tuple[str, str] | None:
    """The two parts of a hyphenated word ("Kita", "Gebühren"), or None for another shape."""
    m = HYPHENATED.fullmatch(word)
    return (m.group(1), m.group(2)) if m else None


def noun_tail(tail: str, source: str, shapes: WordShapes, noun_like: dict, after_place: bool) -> bool:
    """Is ``tail``, the last part of a hyphenated word, a source-language common noun English does not
    write ("-Koalition", "-Gebühren", "-Streik", "-Achter")? Not an English word ("-Fans", "-era"), a
    name's, region's or place's ending or stem ("-Württemberg", "-Vorpommern"). After a place
    (``after_place``: "Deutschland-", "Berlin-") the last part may be a district ("Berlin-Neukölln",
    "Frankfurt-Höchst"), so it must come apart as a noun does ("Acht|er", "Hilf|e", "Regier|ung")."""
    zs, ze = zipf(tail, source), zipf(tail, "en")
    derived = derived_noun(tail, shapes)  # "-Schließ|ungen", "-Knapp|heit": rarer, but no English word ends so
    if (zs < _TAIL_ZIPF and not (derived and ze == 0)) or ze >= _TAIL_MAX_ENGLISH or is_english_word(tail):
        return False
    low = tail.lower()
    if low.endswith(shapes.name_endings) or low.endswith(shapes.region_endings) \
            or low.startswith(shapes.place_stems) or low.endswith(shapes.place_stems):
        return False
    # A last part that comes apart as a noun does ("Acht|er", "Hilf|e") but that English knows a little: not
    # one most other languages know too (names travel: "Vor|pommern", "An|halt", "Schwab|ing").
    morph = (derived or source_morphology(tail, source, shapes)) and zs - ze >= _TAIL_LEAN \
        and (ze == 0 or known_abroad(tail, source)[0] < _TAIL_ABROAD)
    return (derived and ze == 0) or (morph if after_place else (noun_like[tail] or morph))


_RARE_COMPOUND_LENGTH = 8


def rare_compound(word: str, source: str, shapes: WordShapes) -> bool:
    """A capitalised word the source language's list barely knows and English's not at all, made of two
    common source-language words, perhaps words English has too ("Funk|mast", "Handy|mast"): a noun only by
    its shape (MT502 reports it only in a common noun's slot). A word neither list knows is no evidence:
    English compounds and names are made of the same words ("Star|flyer", "Stones|town")."""
    if not (word.isalpha() and word[0].isupper() and word[1:].islower() and zipf(word, "en") == 0):
        return False
    if len(word) >= _LINKED_LENGTH and linked_compound(word.lower(), source, shapes):
        return True  # round 18: "Teuerung|s|rate", "Teuerung|s|welle" (a word neither list knows too)
    return zipf(word, source) > 0 and (
        (len(word) >= _RARE_COMPOUND_LENGTH and (
            is_compound(word, source, shapes) or agent_compound(word.lower(), source, shapes)
            or described_place(word.lower(), source, shapes) or thing_before_ending(word.lower(), source, shapes)
            or head_compound(word.lower(), source, shapes)))
        or prefixed_noun(word.lower(), source, shapes))


# Round 18: two shapes of rarer compound ``is_compound`` does not see, its parts being too short or too rare.
# - a noun prefix too short to be a word of its own before a common source noun ("Ur|wahl", "Erz|rivale");
_NOUN_PREFIXES = ("ur", "erz")
_PREFIXED_HEAD_ZIPF = 3.5  # the head: a common source word ...
_PREFIXED_HEAD_LEAN = 2.0  # ... far more frequent in the source than in English ("wahl" 5.2 / 2.5; not "ban", "bach")
_PREFIXED_RARE_HEAD_ZIPF = 2.5  # ... or rarer, and unknown to English ("rivale" 3.0 / 0)
_PREFIXED_MIN_HEAD = 4  # "Ur|sel", "Ur|mel", "Ur|ban" are names
# - a derived noun (-ung, -heit, -keit, -schaft, -tät) with a linking -s- before a source word, the derived
#   noun rarer than ``is_compound`` asks and the head perhaps English too ("Teuerung|s|rate", "Haftung|s|quote")
_LINKED_JOINTS = ("ungs", "heits", "keits", "schafts", "täts")
_LINKED_LENGTH = 10
_LINKED_FIRST_ZIPF = 2.5  # the derived noun: a source word ("teuerung" 2.7) ...
_LINKED_FIRST_MAX_ENGLISH = 1.0  # ... English hardly knows
_LINKED_HEAD_ZIPF = 3.5  # the head: a common source word ("rate" 4.1, "welle" 4.3)
_LINKED_MIN_HEAD = 4


@functools.lru_cache(maxsize=50_000)
def prefixed_noun(low: str, source: str, shapes: WordShapes) -> bool:
    """A German noun prefix and a common source noun English does not write ("ur|wahl", "ur|gewalt",
    "erz|rivale"). Not a name's or place's ending or stem ("Ur|wald", "Erz|gebirge" is a place the caller
    knows), nor a short head ("Ur|ban", "Ur|sula" is rare)."""
    prefix = next((p for p in _NOUN_PREFIXES if low.startswith(p)), None)
    if prefix is None or low.endswith(shapes.name_endings) or low.endswith(shapes.place_stems):
        return False
    head = low[len(prefix):]
    if len(head) < _PREFIXED_MIN_HEAD:
        return False
    zs, ze = zipf(head, source), zipf(head, "en")
    return (zs >= _PREFIXED_HEAD_ZIPF and zs - ze >= _PREFIXED_HEAD_LEAN) or (
        zs >= _PREFIXED_RARE_HEAD_ZIPF and ze == 0)


@functools.lru_cache(maxsize=50_000)
def linked_compound(low: str, source: str, shapes: WordShapes) -> bool:
    """A derived source noun English hardly knows, a linking -s- and a common source word ("teuerung|s|rate",
    "sättigung|s|grad"): no English word and no name is joined so. Not a word with a name's or place's ending
    ("Hoffnung|s|thal", "Festung|s|berg")."""
    if low.endswith(shapes.name_endings) or low.endswith(shapes.place_stems) or low.startswith(shapes.place_stems):
        return False
    for joint in _LINKED_JOINTS:
        at = low.find(joint, 2)
        if at < 0:
            continue
        first, head = low[:at + len(joint) - 1], low[at + len(joint):]
        if len(head) >= _LINKED_MIN_HEAD and zipf(head, source) >= _LINKED_HEAD_ZIPF \
                and zipf(first, source) >= _LINKED_FIRST_ZIPF and zipf(first, "en") < _LINKED_FIRST_MAX_ENGLISH:
            return True
    return False


# Round 14: two shapes of rarer compound that ``is_compound`` does not see.
_VERB_ZIPF = 3.5  # the verb an agent noun is made of: a common one ("legen", "spielen", "abreißen")
_AGENT = "er"


@functools.lru_cache(maxsize=50_000)
def agent_compound(low: str, source: str, shapes: WordShapes) -> bool:
    """An agent noun of a common verb ("leg|er" of "legen") after a common source word or a prefix:
    "Korb|leg|er", "Zu|spiel|er", "Karten|abreiß|er". Not a place's adjective ("Wein|berg|er": the
    caller's test) nor a word of an English verb ("Gate|keep|er": no German "keepen")."""
    if not low.endswith(_AGENT) or len(low) < _RARE_COMPOUND_LENGTH:
        return False
    stem = low[:-len(_AGENT)]
    for cut in range(2, len(stem) - 2):
        head, verb = stem[:cut], stem[cut:]
        if zipf(verb + "en", source) < _VERB_ZIPF and zipf(verb + "n", source) < _VERB_ZIPF:
            continue
        if (len(head) >= 2 and head in shapes.prefixes) or (len(head) >= 3 and any(
                leans_to_source(w, source) for w in head_words(head, source))):
            return True
    return False


_DESCRIBED_PART = 4  # letters of each word of a first part made of two ("Tief|wasser")


def described_place(low: str, source: str, shapes: WordShapes) -> bool:
    """A word with a place's ending whose first part is two common source words, one of them no English
    word: "Tief|wasser|hafen", "Hoch|wasser|damm". Places are named after a person, a place or one
    word ("Friedrichs|hafen", "Ober|hausen"), not after a thing's description."""
    ending = next((e for e in shapes.name_endings if low.endswith(e)), None)
    if ending is None or ending in _STREET_ENDINGS:
        return False
    head = low[:-len(ending)]
    words = head_words(head, source)
    if len(words) == 1:  # a compound the list knows as one word: "Hochwasser|damm"
        return len(head) >= 2 * _DESCRIBED_PART and zipf(head, "en") == 0 and is_compound(head, source, shapes)
    return len(words) == 2 and all(len(w) >= _DESCRIBED_PART for w in words) \
        and any(leans_to_source(w, source) for w in words)


# Round 16: two more shapes of rarer noun.
_NAMED_HEAD_ZIPF = 3.5  # the first part of a word with a name's ending: a common source word ...
_NAMED_HEAD_MAX_ENGLISH = 3.0  # ... English does not write as a word of its own ("Spargel|hof", "Post|platz")
_NAMED_MIN_HEAD = 4  # "Neu|bauer" is a surname
# Endings that name streets: "the Königsallee", "the Lindenstraße", "the Schlossgasse" are names English keeps,
# whatever their first part ("-platz" names things too: "Studienplatz", "Kitaplatz")
_STREET_ENDINGS = ("straße", "strasse", "allee", "gasse", "chaussee")  # not "damm", "ufer": "Hochwasserdamm"


def thing_before_ending(low: str, source: str, shapes: WordShapes) -> bool:
    """Does a word with a surname's or place's ending start with a common source word of its own, so that it
    names a thing ("Spargel|hof", "Studien|platz", "Haft|richter", "Abstieg|s|platz"), or with an agent noun
    of a common verb after a prefix, so that it names a group of people ("Aus|reiß|er|gruppe",
    "Ver|folg|er|gruppe")? Not a short or rare first part ("Neu|bauer", "Wolfs|hof"), nor an English word
    ("Theater|platz": squares are named so)."""
    ending = max((e for e in shapes.name_endings if low.endswith(e)), key=len, default=None)
    if ending is None or ending in _STREET_ENDINGS:
        return False
    head = low[:-len(ending)]
    stems = (head, *(head[:-len(link)] for link in ("es", "s", "n") if head.endswith(link)))
    if head.endswith("s") and zipf(head[:-1], "en") >= _NAMED_HEAD_MAX_ENGLISH:
        return False  # a given name's genitive: "Friedrich|s|hof", "Wilhelm|s|platz"
    return any(len(stem) >= _NAMED_MIN_HEAD and zipf(stem, source) >= _NAMED_HEAD_ZIPF
               and zipf(stem, "en") < _NAMED_HEAD_MAX_ENGLISH for stem in stems) \
        or agent_compound(head, source, shapes)


_OF_WORD_ZIPF = 3.5  # the word an -er noun is made of ("Zimmer" of "Zimmer|er"): a common source word ...
_OF_WORD_LEAN = 1.0  # ... far more frequent in the source than in English
_OF_WORD_ABROAD = 2  # the agent noun itself: known to fewer other languages' lists than this


@functools.lru_cache(maxsize=50_000)
def agent_of_word(word: str, source: str) -> bool:
    """An agent noun in -erer made of a common source word in -er ("Zimmer|er", "Zauber|er", "Förder|er"),
    which English news knows at most as a surname ("Zimmerer"): not an English word ("Wanderer", "Murderer")
    nor one other languages' lists know (names travel)."""
    low = word.lower()
    if not low.endswith("erer") or len(low) < 7 or not word.isalpha() or is_english_word(word):
        return False
    stem = low[:-2]
    zs = zipf(stem, source)
    return zs >= _OF_WORD_ZIPF and zs - zipf(stem, "en") >= _OF_WORD_LEAN \
        and known_abroad(word, source)[0] < _OF_WORD_ABROAD


# Round 17: a rarer compound whose head is a common source noun English does not write, after a source word
# English hardly knows ("Föhn|sturm", "Sanitäts|zelt", "Alarm|stufe", "Hehler|ware" is not one: "ware" is English).
_HEAD_ZIPF = 3.5  # the head: a common source noun ...
_HEAD_MAX_ENGLISH = 3.0  # ... English does not write as a word ("sturm" 2.6: a surname; not "bank", "duo", "rat")
_FIRST_ZIPF = 2.5  # the first part (perhaps with a linking -s-, -n- or -es-): a source word ...
_FIRST_MAX_ENGLISH = 1.0  # ... English hardly knows ("föhn", "sanität"; not "pop", "rock", "kaiser")
_MIN_PART = 4
# common nouns that end many surnames too ("Füll|krug", "Neu|haus", "Klein|dienst"), as in the pack's word_suffixes
_SURNAME_HEADS = frozenset({"krug", "haus", "dienst"})


@functools.lru_cache(maxsize=50_000)
def head_compound(low: str, source: str, shapes: WordShapes) -> bool:
    """A source word English hardly knows and a common source noun English does not write, joined:
    "föhn|sturm", "sanität|s|zelt", "melde|stufe". Not a word whose head is a name's ending or that starts or
    ends with a place's stem ("Gold|bank", "Ober|bayern"), nor one whose parts English writes ("Pop|duo",
    "Soft|ware")."""
    if len(low) < _RARE_COMPOUND_LENGTH or low.startswith(shapes.place_stems) or low.endswith(shapes.place_stems):
        return False
    for cut in range(_MIN_PART, len(low) - _MIN_PART + 1):
        first, head = low[:cut], low[cut:]
        # a name's ending as the head makes a name ("Kaiser|turm", "Gold|bank"); one inside it does not ("Föhn|sturm")
        # nor a head in -er, as surnames have ("Kalten|brunner"); agent nouns are ``agent_compound``'s
        if head in shapes.name_endings or head in _SURNAME_HEADS or head.endswith("er") \
                or zipf(head, source) < _HEAD_ZIPF or zipf(head, "en") >= _HEAD_MAX_ENGLISH or is_english_word(head):
            continue
        for stem in (first, first[:-1] if first[-1] in "sn" else None, first[:-2] if first.endswith("es") else None):
            if stem and len(stem) >= _MIN_PART and zipf(stem, source) >= _FIRST_ZIPF \
                    and zipf(stem, "en") < _FIRST_MAX_ENGLISH and not is_english_word(stem):
                return True
    return False


# Round 21: a compound of a word of the pack's regional vocabulary (Austrian and Swiss German: "Velo", "Marillen",
# "Bankomat", "Pickerl") and a common source word ("Velo|fahrer", "Marillen|knödel", "Bankomat|gebühr",
# "Park|pickerl"): a regional word too, which the table cannot list in all its compounds.
_REGIONAL_LENGTH = 7  # "Velo|weg"
_REGIONAL_MIN_FIRST = 4  # a regional first part: "Uni", "Abi" are too short ("Uni|lever", "Abi|djan")
_REGIONAL_MIN_HEAD = 5  # a regional head: "-velo", "-kren", "-reha" are too short
_REGIONAL_PART_ZIPF = 3.0  # the other part: a common source word ...
_REGIONAL_HEAD_MAX_ENGLISH = 3.0  # ... and, as the head, no common English word ("Velo|tech", "Velo|city")
_REGIONAL_MIN_PART = 3  # "Velo|weg"
# regional heads that name houses as often as they are nouns: "Julius|spital", "Bürger|spital" are names
_NAMED_REGIONAL_HEADS = frozenset({"spital", "spitals", "spitäler"})
# heads that make a building's name of any first part ("Spital|kirche", "Spital|tor")
_BUILDING_HEADS = frozenset({"kirche", "kapelle", "tor", "turm", "mühle"})
# a regional first part that also begins place names ("Obers" of "Ober|staufen", "Ober|sulm")
_PLACE_PREFIXES = ("ober", "unter", "nieder", "hinter")
_VERB_HEAD_MIN_FIRST = 5  # a regional head in -en after a short first part is a verb's form: "Vers|topfen", "Zuge|stiegen"


@functools.lru_cache(maxsize=8)
def regional_lower(regional: frozenset[str]) -> frozenset[str]:
    """The regional vocabulary in lower case (compounds hold their parts so)."""
    return frozenset(w.lower() for w in regional)


@functools.lru_cache(maxsize=50_000)
def regional_compound(word: str, source: str, shapes: WordShapes, regional: frozenset[str]) -> bool:
    """A capitalised word English does not know, made of a word of ``regional`` (the pack's Austrian and Swiss
    vocabulary, lower case: ``regional_lower``) and a common source word: "Velo|fahrer", "Velo|weg",
    "Spital|s|bett", "Marillen|knödel" (the regional word first, the head no common English word), or
    "Park|pickerl", "Vanille|kipferl" (the regional word as the head). Not a word other languages' lists know
    (names travel: "Semmelweis"), nor one with a name's ending or a place's stem ("Spital|gasse", "Velo|stadt"),
    nor a hospital's name ("Julius|spital")."""
    if len(word) < _REGIONAL_LENGTH or not (word.isalpha() and word[0].isupper() and word[1:].islower()) \
            or zipf(word, "en") > 0:
        return False
    low = word.lower()
    if low.endswith(shapes.name_endings) or low.startswith(shapes.place_stems) or low.endswith(shapes.place_stems) \
            or low.startswith(shapes.name_prefixes) or low.startswith(_PLACE_PREFIXES):
        return False
    found = False
    for cut in range(_REGIONAL_MIN_PART, len(low) - _REGIONAL_MIN_PART + 1):
        first, head = low[:cut], low[cut:]
        if head in _BUILDING_HEADS or low[cut - 1:cut + 3] == "isch":  # "Spital|kirche"; "Badi|sch": of Baden
            continue
        if cut >= _REGIONAL_MIN_FIRST and (first in regional or (
                first[-1] in "sn" and cut > _REGIONAL_MIN_FIRST and first[:-1] in regional)) \
                and zipf(head, source) >= _REGIONAL_PART_ZIPF and zipf(head, "en") < _REGIONAL_HEAD_MAX_ENGLISH:
            found = True
            break
        if len(head) >= _REGIONAL_MIN_HEAD and head in regional and head not in _NAMED_REGIONAL_HEADS \
                and cut >= (_VERB_HEAD_MIN_FIRST if head.endswith("en") else _REGIONAL_MIN_FIRST) \
                and zipf(first, source) >= _REGIONAL_PART_ZIPF:
            found = True
            break
    return found and not known_abroad(word, source)[0]
