"""Shapes and context that back MT403's pattern guesses: scholarly (háček) romanisation of East
Slavic names, West and South Slavic spellings that are right in English, and the neighbourhood of a
name (a Slavic given name before it, Russian or Ukrainian words in its sentence).

The German clusters themselves (sch, tsch, -ow, -ij ...) live in the pair's transliteration.toml;
what is here is language-independent of the source: it is about Slavic names in any English text.
The given names and context words are data (``data/common/slavic_names.en.toml``).
"""
from __future__ import annotations

import functools
import re
import unicodedata
from typing import Callable, NamedTuple

from mtcheck.lang.wordstats import zipf
from mtcheck.packs import Pack
from mtcheck.text.lazy_regex import lazy_compile

# č, š, ž: scholarly transliteration (Čechov, Žukov) - and Czech, Slovak, Slovene, Croatian spelling.
HACEK = lazy_compile("[čšžČŠŽ]")

# Letters and clusters only West and South Slavic orthography has: a name holding one is written in
# its own Latin alphabet (Dvořák, Plíšková, Šefčovič's neighbour Čaputová, Vučić, Wałęsa, Rzeszow),
# which English keeps; so do Latvian and Lithuanian names (Kariņš, Šimonytė). ě is Czech: the
# scholarly ě for ѣ does not occur in today's names.
_WESTERN = lazy_compile("[áéíóúůýřěťďňľĺŕćđąęłńśźżāēģīķļņūėįų]|dž|rz|sz|cz", re.I)

# Endings and clusters that only East Slavic (and Bulgarian) names have in scholarly spelling; a
# háček name without one (Kličko; but Roglič, Čeferin, Šimečka, Janša) needs an East Slavic given name
# (or a Łacinka one: Mikałaj Statkievič). -ievič, -jevič are Belarusian (Pratasievič, Aleksijevič); the
# Croatian and Serbian ending is -ević with ć, the Slovak one -ovič.
# before it: a Russian or Ukrainian sentence is no evidence, since most háček names in English news
# are Czech, Slovak, Slovene or Croatian ones, right as they are, and such people are in that news too.
_EAST_SCHOLARLY = lazy_compile(
    r"(?:[^aeiou][oe]v[ao]?|[oe]vo|[sc]kij|[sc]kaja|yj|ij|enko|yč|[ij]evič)$|^.{3,}uk$|šč|[bcdfghkmprstvzčšž]j[aeu]")

# Scholarly → English in one pass (ch is х, c is ц, č is ч), then the y of я/ю/е and the -ij endings.
_LETTERS = {"šč": "shch", "ch": "kh", "č": "ch", "š": "sh", "ž": "zh", "c": "ts", "ë": "yo", "'": "", "ʹ": "", "’": ""}
_LETTER = lazy_compile("|".join(sorted(_LETTERS, key=len, reverse=True)))
_SCHOLARLY_REWRITES = tuple((re.compile(p), r) for p, r in (
    ("^e", "ye"), ("(?<=[bcdfghklmnprstvz])ievich$", "evich"), ("ijevich$", "ievich"), ("j(?=[aeou])", "y"),
    ("ij$", "y"), ("j$", "i"),
))


class SlavicNames(NamedTuple):
    """``data/common/slavic_names.en.toml``: what in a name's neighbourhood says it is East Slavic."""

    east_slavic_given: frozenset[str]  # only East Slavic and Bulgarian people bear these
    shared_given: frozenset[str]  # Western, Czech, Slovak or Croatian people too: no evidence
    context_words: frozenset[str]  # words that put a sentence in Russia, Ukraine, Belarus ...


@functools.lru_cache(maxsize=1)
def slavic_names() -> SlavicNames:
    data = Pack(None, "en").common("slavic_names")
    return SlavicNames(*(frozenset(data.get(field, ())) for field in SlavicNames._fields))


def western_slavic(word: str) -> bool:
    """Is ``word`` spelt in a West or South Slavic alphabet that English keeps (Plenković, Čaputová)?"""
    return bool(_WESTERN.search(word))


def looks_english_romanised(word: str) -> bool:
    """Does ``word`` carry letters German romanisation never writes (v for в, kh, zh, ya/yu/ye)?
    Then ch, j or -in in it are the English romanisation's (Chichvarkin), not German."""
    low = word.lower()
    return "v" in low or "kh" in low or "zh" in low or bool(re.search("y[aeiou]", low))


def scholarly_form(word: str, supported: bool) -> str | None:
    """The English form of a scholarly (háček) romanisation of an East Slavic name (Žukov → Zhukov),
    or None when the word is a West or South Slavic name or its ending is not East Slavic and
    ``supported`` (the context says the name is East Slavic) is false (Roglič, Čeferin)."""
    if _WESTERN.search(word):
        return None
    low = word.lower()
    if not _EAST_SCHOLARLY.search(low) and not supported:
        return None
    return _english(low)


def _english(low: str) -> str:
    """The scholarly letters of ``low`` (soft-sign marks already resolved) rewritten the English
    way, with the Russian or Ukrainian ending English text uses most (-y, -yi)."""
    low = _LETTER.sub(lambda m: _LETTERS[m.group()], low)
    for pattern, replacement in _SCHOLARLY_REWRITES:
        low = pattern.sub(replacement, low)
    forms = [low, low[:-1] + "i" if low.endswith("y") and not low.endswith("sky") else low]
    if low.endswith("nyi"):
        forms.append(low[:-1])  # Naval'nyj: Navalny, where English writes it so
    best = max(forms, key=lambda f: zipf(f, "en"))  # Ukrainian -yi where English writes it so
    return best[:1].upper() + best[1:]


# The soft sign (ь) and the Ukrainian apostrophe in scholarly and ISO 9 romanisation: apostrophe,
# prime or modifier apostrophe after a consonant (Char'kov, Prokofʹev, Donec'k, Sevastopol').
SOFT_MARKS = "'ʹ’ʼ"
_PRIME = str.maketrans("ʹ’ʼ", "'''")
# Marks English writes after a consonant inside a name are ruled out: Arabic (Qur'an, Mas'ud,
# Mus'ab: the mark before a or u), Pinyin (Yan'an, Chang'e: after n or g before a vowel), Italian
# elision (Dell'Utri, Sant'Anna: a capital after it), French and Irish prefixes (L'Oréal, D'Alema,
# O'Brien: one letter before a vowel). A vowel before the mark is Arabic or Hawaiian (Ta'if, Hawai'i,
# Shi'ite, Sana'a), never a soft sign.
_MARK_CAPITAL = lazy_compile("[" + SOFT_MARKS + "][A-ZÀ-ÞČŠŽ]")
_SOFT_INNER = lazy_compile(r"(?<=[bcdfghklmnprstvzčšž])'(?=[bcdfghjklmnprstvzčšžeio])")
_NOT_SOFT = lazy_compile(r"[ng]'[eo]|^.'[aeiouy]")
# East Slavic shapes a soft-sign word needs besides the háček endings (_EAST_SCHOLARLY): Ukrainian
# -s'k/-c'k/-s'ke/-s'kyj/-z'ka, -iv, -pol'/-pil', Russian -cin, -'in, -nyj, -'e, -'ja; a háček letter
# or the Ukrainian apostrophe before я, ю, є, ї (Mar'jinka, Slov'jans'k).
_SOFT_SHAPE = lazy_compile(r"(?:[scz]'k(?:[aeoy]|yj|ij)?|[iy]v|p[io]l'?|cyn|cin|'in|[lnr]'?nyj|'e|'ja|'jana|'ga|ove)$"
                           r"|[čšž]|'j")


def soft_sign_form(word: str, final: bool, en: float, established_zipf: float) -> str | None:
    """The English form of a scholarly romanisation writing the soft sign as a mark (Char'kov →
    Kharkov, Prokof'ev → Prokofiev, El'cin → Yeltsin; ``final``: a mark follows the word, as in
    Sevastopol'), or None when the word is no East Slavic name (Qur'an, O'Brien, Yan'an, Dell'Utri).
    ``en`` is the Zipf frequency of the word as written: a word English writes so (Qur'an) is English."""
    if _MARK_CAPITAL.search(word):
        return None  # Dell'Utri, D'Souza, N'Golo
    low = word.lower().translate(_PRIME)
    bare = low.replace("'", "")
    if len(bare) < 4 or not bare.isalpha() or low[0] == "'" or _WESTERN.search(bare):
        return None
    inner = low.count("'")
    if inner:
        if en >= established_zipf or len(_SOFT_INNER.findall(low)) != inner or _NOT_SOFT.search(low):
            return None
    elif not final or low.endswith("in") or low[-1] not in "lnrtdzcmčšž":
        return None  # Nothin', the Soviets', a quotation: English
    if final:
        low += "'"
    if not (_SOFT_SHAPE.search(low) or _EAST_SCHOLARLY.search(bare)) and (inner or zipf(bare, "en") >= 3.0):
        return None  # a final mark alone needs a name English hardly writes (not Kremlin')
    # ь before a vowel is y in English (Zaporozhye, Ilyin) unless English writes it otherwise (Prokofiev)
    forms = [_english(re.sub("'(?=[eio])", mark, low).replace("'", "")) for mark in ("y", "i", "")]
    return max(forms, key=lambda f: zipf(f.lower(), "en"))  # never the word: the mark is gone


def scholarly_guess(word: str, en: float, established_zipf: float, unknown_zipf: float,
                    given_name: Callable[[], str | None]) -> tuple[str, list[str]] | bool | None:
    """MT403's verdict on a háček word: (English form, evidence), None when this place does not back
    it, False when the word alone rules it out. East Slavic by its ending (Žukov, Kaganovič), or by the
    ``given_name`` before it when the ending is one West and South Slavic names share (Vitalij Kličko)."""
    if zipf(word.translate(_UNHACEK), "en") >= established_zipf:
        return False  # English knows the name without the háček (Zizek, Roglic)
    best = scholarly_form(word, False)
    reason = "scholarly transliteration with háček"
    if best is None and en < unknown_zipf:
        context = given_name()
        best = scholarly_form(word, True) if context else None
        reason = f"{reason}, {context}"
    return (best, [reason]) if best and best != word else None


_UNHACEK = str.maketrans("čšžČŠŽ", "cszCSZ")


# --- Belarusian Łacinka and Polish spelling of East Slavic names ---------------------------------------
# ł, ś, ź, ń are Polish letters that no Czech, Slovak or South Slavic alphabet has; Belarusian Łacinka
# has them too, and besides them v, č, š, ž and ŭ, which Polish lacks (Śviatłana Cichanoŭskaja,
# Łukašenka, Kłymovič). So a word with ŭ, or with a Polish letter and one Polish lacks, is Łacinka,
# never a Polish, Czech or Croatian name (Łukasz, Miłosz, Dvořák, Plenković, Mažuranić: ć pairs with
# háček in Croatian, so ć is no Polish letter here). A Polish letter alone is Polish (Białystok,
# Radosław) unless the word ends the East Slavic way (Łukaszenka, -aja, -ij: Polish spelling of an
# East Slavic name) in a sentence about Belarus, Russia or Ukraine, or stands next to a Łacinka word or
# after an East Slavic given name (Mikałaj Statkievič, Ihar Łosik). Letters of other alphabets (ą, ę,
# ó, ż, ř, á ...) make a word West Slavic or Baltic: left alone. ŭ right after a first vowel is
# Esperanto (Eŭropo, Aŭstralio), not Belarusian.
LACINKA_LETTERS = lazy_compile("[łśźńŭǔŁŚŹŃŬǓ]|u\u0306")
_POLISH_LETTER = lazy_compile("[łśźńŁŚŹŃ]")
_NOT_POLISH = lazy_compile("[včšžŭǔVČŠŽŬǓ]")
_BREVE = lazy_compile("[ŭǔŬǓ]")
_OTHER_LATIN = lazy_compile("[áéíóúůýřěťďňľĺŕđąężāēģīķļņūėįųàèìòùâêîôûäöüëïçşţșțőű]", re.I)
_EAST_ENDING = lazy_compile(r"(?:i?enk[ao]|[sc]kaja|aja|ij|yj)$")
_LACINKA_TO_ENGLISH = {"szcz": "shch", "sz": "sh", "cz": "ch", "rz": "zh", "ch": "kh", "č": "ch", "š": "sh",
                       "ž": "zh", "ć": "ts", "c": "ts", "ł": "l", "ś": "s", "ź": "z", "ń": "n", "ŭ": "u",
                       "ǔ": "u", "w": "v"}
_LACINKA_LETTER = lazy_compile("|".join(sorted(_LACINKA_TO_ENGLISH, key=len, reverse=True)))
_LACINKA_REWRITES = tuple((re.compile(p), r) for p, r in (
    ("(?<=[iy])j(?=[aeou])", ""), ("j(?=[aeou])", "y"), ("(?<=[aeiou])j$", "i"), ("ij$", "y"), ("yj$", "y"),
))
_SOFT_IE = lazy_compile("(?<=[bcdfghklmnprstvzh])ie")


def lacinka_kind(word: str) -> str | None:
    """"letters" when ``word`` is Łacinka by its letters alone (Śviatłana, Łukašenka, Cichanoŭskaja),
    "ending" for a Polish letter in an East Slavic ending (Łukaszenka: the sentence must be East Slavic),
    "polish" for a Polish letter only (a neighbour must say it is East Slavic), None otherwise."""
    if "\u0306" in word:
        word = unicodedata.normalize("NFC", word)
    if _OTHER_LATIN.search(word):
        return None
    breve = _BREVE.search(word)
    if breve is not None and not (breve.start() == 1 and word[0] in "AEae"):
        return "letters"
    if not _POLISH_LETTER.search(word):
        return None
    if _NOT_POLISH.search(word):
        return "letters"
    return "ending" if _EAST_ENDING.search(word.lower()) else "polish"


def lacinka_neighbour(word: str) -> bool:
    """Does the neighbouring name ``word`` show letters Polish lacks (Łacinka, or a háček without Czech,
    Slovak or Croatian letters), so that a Polish-letter name next to it is Łacinka too (Mikałaj
    Statkievič, Pavał Łatuška; not Czesław Miłosz)?"""
    return bool(word) and (lacinka_kind(word) == "letters" or bool(HACEK.search(word) and not _WESTERN.search(word)))


def lacinka_english(word: str) -> str:
    """The English form of a Łacinka or Polish-spelt East Slavic name: Cichanoŭskaja → Tsikhanouskaya,
    Łukašenka → Lukashenka, Źmicier → Zmitser, Statkievič → Statkevich, Łukaszenka → Lukashenka."""
    low = unicodedata.normalize("NFC", word).lower()
    low = _LACINKA_LETTER.sub(lambda m: _LACINKA_TO_ENGLISH[m.group()], low)
    for pattern, replacement in _LACINKA_REWRITES:
        low = pattern.sub(replacement, low)
    forms = [_SOFT_IE.sub("e", low), low]  # Statkevich, Siarhei; Sviatlana keeps its ia
    best = max(forms, key=lambda f: zipf(f, "en"))
    return best[:1].upper() + best[1:]


def support(before: str, sentence_words: list[str], given_names: dict[str, str],
            first_names: frozenset[str], sentence: bool = True) -> str | None:
    """What in the neighbourhood says a name is East Slavic: the given name ``before`` it (English,
    German or scholarly form) or a Russian, Ukrainian ... word in its sentence; None if nothing,
    "" if the name follows a Western given name (Hans Modrow, Karol Swiderski are no Russians,
    whatever the sentence is about). With ``sentence`` false only a given name counts."""
    names = slavic_names()
    if before in names.east_slavic_given or before in given_names:
        return f"after the given name {before}"
    if before in first_names and before not in names.shared_given:
        return ""
    if not sentence:
        return None
    for w in sentence_words:
        if w in names.context_words:
            return f"beside \"{w}\""
    return None
