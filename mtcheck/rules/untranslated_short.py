"""MT501's path for sentences too short for language identification: "Kein Kommentar.", "Ganz im
Gegenteil.", "Na und?", "Nicht schlecht." (two to five words).

Such a sentence is reported when every word is a source-language word (a function word, a word
clearly more frequent in the source language than in English, or a lower-case word English never
writes: "händeringend") and at least one is a function word or such a lower-case word ("Fortsetzung
folgt."); an article English writes too ("Die") counts only opening the sentence before a capital.
Names are what such one-liners otherwise are ("Bayern München.", "Angela Merkel.", "Otto von
Bismarck."): a capitalised word that other languages' word lists know too (names travel: "Moritz",
"Gretel"), a city or a place with an English name, or a name particle before a name makes the
sentence a name. One capitalised noun that English writes too may stand after the function word
("Kein Problem.", "Keine Chance."). Famous phrases that English quotes in German ("Auf Wiedersehen",
"Ich bin ein Berliner") and a translation in parentheses right after the sentence ("Kein Kommentar.
(No comment.)") keep it quiet.

The pack's ``untranslated.toml`` supplies the lists: ``[signals] short_words`` (function words and
interjections that only a short sentence needs: "ganz", "im", "na"), ``[signals] before_capital``
(contractions English writes too, which count as function words only before a capitalised word: "am
Dienstag", "im Sommer") and ``[allow] sentences``.
"""
from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import NamedTuple

from mtcheck.lang.morphology import known_abroad
from mtcheck.lang.wordstats import zipf
from mtcheck.packs import Pack
from mtcheck.rules.untranslated_lexicon import Residue
from mtcheck.text.lazy_regex import lazy_compile

WORD = lazy_compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")  # a word of letters (inner apostrophes and hyphens)
_MIN_WORDS, _MAX_WORDS = 2, 5
MAX_TOKENS = 2 * _MAX_WORDS  # a sentence of more tokens than this is never short (a cheap pre-test)
_ABROAD_NAME = 3  # in this many other languages' word lists: a name ("Moritz", "Gretel")
_SHARED_NOUN_ZIPF = 4.5  # a capitalised noun both languages write often ("Problem", "Chance")
_SHARED_NOUN_MARGIN = 0.5  # ... and not much more frequent in English
_RARE_LOWER_ZIPF = 2.0  # a lower-case word this frequent in the source language and unknown to English


class ShortTables(NamedTuple):
    words: frozenset[str]  # function words and interjections counted only in short sentences
    opening_articles: frozenset[str]  # "die": a function word only opening the sentence before a capital
    before_capital: re.Pattern[str] | None  # "am", "im" before a capitalised word
    allowed: frozenset[str]  # famous phrases, lower-case, words joined by one space


@functools.lru_cache(maxsize=16)
def _tables(data_dir: Path, source: str | None, target: str) -> ShortTables:
    data = Pack(source, target, data_dir).table("untranslated")
    signals = data.get("signals", {})
    capital = signals.get("before_capital", ())
    # Not after a digit ("9 am Monday") or "I" ("I am German"): English writes "am" before capitals too.
    pattern = re.compile(r"(?<![\d.:])(?<![\d.:] )(?<!\bI )\b(?:" + "|".join(map(re.escape, capital))
                         + r")[ \t]+([^\W\d_])") if capital else None
    allowed = frozenset(" ".join(WORD.findall(s.lower())) for s in data.get("allow", {}).get("sentences", ()))
    return ShortTables(frozenset(signals.get("short_words", ())), frozenset(signals.get("short_before_capital", ())),
                       pattern, allowed)


def short_tables(pack: Pack) -> ShortTables:
    return _tables(pack.data_dir, pack.source, pack.target)


def before_capital(text: str, tables: ShortTables) -> int:
    """How many "am", "im" (the pack's ``before_capital``) stand before a capitalised word."""
    if tables.before_capital is None:
        return 0
    return sum(m.group(1).isupper() for m in tables.before_capital.finditer(text))


def allowed_sentence(text: str, tables: ShortTables) -> bool:
    """A famous phrase English quotes in the original ("Ich bin ein Berliner")."""
    return bool(tables.allowed) and " ".join(WORD.findall(text.lower())) in tables.allowed


def short_sentence(text: str, src: str, res: Residue, tables: ShortTables) -> bool:
    """Is ``text`` (two to five words) a sentence in the source language by its words alone?"""
    words = WORD.findall(text)
    if not _MIN_WORDS <= len(words) <= _MAX_WORDS or any(c.isdigit() for c in text):
        return False
    function, shared, unknown_lower = 0, 0, 0
    for n, word in enumerate(words):
        low = word.lower()
        if not n and low in tables.opening_articles and len(words) > 2 and words[1][0].isupper():
            function += 1  # "Die Partie endete torlos."
            continue
        if low in res.particles and n + 1 < len(words) and words[n + 1][0].isupper() \
                and zipf(words[n + 1], src) < 4.0 and (n or len(words) > 2):
            return False  # a name with its particle: "Otto von Bismarck", "Ursula von der Leyen"
        if low in res.function_words or low in tables.words:
            function += 1
            continue
        if word in res.exonyms or word.casefold() in res.allow_words:
            return False  # a place with an English name, a loan, a party or a paper
        # "Die Klinik sucht ...": a noun after the opening article of a clause, not a name; a two-word
        # sentence keeps the name test ("Die Welt.", a paper)
        after_article = n == 1 and function == 1 and len(words) > 2
        if res.lean[word] and (word.islower() or after_article or known_abroad(word, src)[0] < _ABROAD_NAME) \
                and not _city(word):
            unknown_lower += word.islower() and zipf(word, "en") == 0.0
            continue
        if word.islower() and zipf(word, "en") == 0.0 and zipf(word, src) >= _RARE_LOWER_ZIPF:
            unknown_lower += 1  # "händeringend", "torlos": a source word English never writes
            continue
        if n and not shared and word[0].isupper() and not word.isupper():
            zs = zipf(word, src)
            if zs >= _SHARED_NOUN_ZIPF and zs >= zipf(word, "en") - _SHARED_NOUN_MARGIN and not _city(word):
                shared = 1  # "Kein Problem.": a noun English writes too, after a function word
                continue
        return False
    # a function word, or two words and a lower-case one English never writes ("Fortsetzung folgt.")
    return (function > 0 or unknown_lower > 0) and not allowed_sentence(text, tables)


def _city(word: str) -> bool:
    from mtcheck.rules.untranslated_context import city_names

    return word in city_names()
