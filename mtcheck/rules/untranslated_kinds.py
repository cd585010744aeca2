"""The context-free half of MT502 untranslated-word's judgement: what kind of word a token is
(a lower-case source word, a capitalised one with strong or weak evidence, one known by its compound
shape alone, or none to report), and which tokens are worth a look at all; both remembered between
documents.
"""
from __future__ import annotations

import re
from typing import Any

import functools

from mtcheck.lang.compounds import (agent_of_word, described_place, head_compound, hyphen_parts, noun_tail,
                                    rare_compound, regional_compound, regional_lower, thing_before_ending)
from mtcheck.lang.morphology import (derived_noun, is_compound, known_abroad, masculine_forms, source_compound,
                                     uninflected, unknown_compound)
from mtcheck.lang.places import countries
from mtcheck.lang.wordstats import is_english_word, zipf
from mtcheck.rules.untranslated_context import (DRESSED, HYPHEN, LOWER, RARE, REGIONAL, SHAPE, STRONG, WEAK,
                                                 city_names, misspelt_loan, name_by_shape, place_adjective,
                                                 place_heads)
from mtcheck.rules.untranslated_lexicon import Residue
from mtcheck.text.tokens import without_possessive


def regional_words(pack: Any) -> frozenset[str]:
    """The pack's regional vocabulary (``[regional] words``: Austrian and Swiss German "Spital", "Matura",
    "Velo"): common nouns that frequency cannot tell from names, as English lists know them as names."""
    # Kept per pair, not per Pack object (a document makes its own): the per-word memories below are
    # keyed by this set's identity, so a new set for every document would start them afresh each time.
    return _regional_words(pack.data_dir, pack.source, pack.target)


@functools.lru_cache(maxsize=8)
def _regional_words(data_dir: Any, source: str | None, target: str) -> frozenset[str]:
    from mtcheck.packs import Pack

    table = Pack(source, target, data_dir).table("untranslated").get("regional", {})
    return frozenset(table.get("words", ())) | frozenset(table.get("days", ()))


def regional_days(pack: Any) -> frozenset[str]:
    """The days and feasts of the regional vocabulary (``[regional] days``: "Weiberfastnacht"): regional words
    that follow "at" as "Christmas" does, where a place's name would stand ("at Weiberfastnacht")."""
    return _regional_days(pack.data_dir, pack.source, pack.target)


@functools.lru_cache(maxsize=8)
def _regional_days(data_dir: Any, source: str | None, target: str) -> frozenset[str]:
    from mtcheck.packs import Pack

    return frozenset(Pack(source, target, data_dir).table("untranslated").get("regional", {}).get("days", ()))


def word_kind(text: str, src: str, res: Residue, opts: Any, regional: frozenset[str] = frozenset()) -> str | None:
    """The context-free half of MT502's judgement: None for a word never reported."""
    kind = _word_kind(text, src, res, opts)
    if kind is None and res.shapes.feminine_endings:
        # Round 11: a feminine agent noun is judged as its masculine ("Dachdecker|in", "Fluglots|innen"):
        # German makes one of every agent noun, and word lists miss most of the rarer ones.
        bases = masculine_forms(text, src, res.shapes)
        kind = next(filter(None, (word_kind(base, src, res, opts) for base in bases)), None)
        if kind is None and any(_rare_masculine(base, src, res, opts) for base in bases):
            kind = RARE  # round 16: "Jubilar|in" (other languages know "jubilar" as a verb, not the feminine)
    if kind in (None, RARE) and (text in regional or (regional and regional_compound(
            text, src, res.shapes, regional_lower(regional)))):
        return REGIONAL  # round 21: a compound of a regional word, "Velo|fahrer", "Marillen|knödel"
    return kind


def _rare_masculine(base: str, src: str, res: Residue, opts: Any) -> bool:
    """The masculine of a feminine noun no other language knows (``masculine_forms``), itself a source noun
    English lacks, at least ``rare_zipf`` frequent, without a name's ending and no place's adjective
    ("Jubilar" of "Jubilarin"): the feminine is a rarer noun (reported in a common noun's slot only)."""
    return zipf(base, "en") == 0 and zipf(base, src) >= opts.rare_zipf and base[1:].islower() \
        and not base.lower().endswith(res.shapes.name_endings) and not place_adjective(base, res) \
        and base not in city_names()


def _word_kind(text: str, src: str, res: Residue, opts: Any) -> str | None:
    if text.casefold() in res.allow_words or text in res.transliterated or text.isupper():
        return None
    if res.candidate.dressed[text]:
        return DRESSED  # neither English nor source as written: "hypothec", "akademy"
    if "-" in text and hyphen_compound(text, src, res):
        return HYPHEN  # "Kita-Gebühren", "Brombeer-Koalition", "Deutschland-Achter"
    zs, ze = zipf(text, src), zipf(text, "en")
    is_unknown_compound = unknown_compound(text, zs, src, res.shapes)
    noun = res.noun_like[text]  # a source noun English does not know ("Zuschuss", "Tank|rabatt")
    if not (is_unknown_compound or noun) and (zs < opts.source_zipf or zs - ze < opts.min_lean):
        # rarer still, a compound of two common words ("Funk|mast"): the same
        if ze == 0 and zs < opts.source_zipf and (zs >= opts.rare_zipf or rare_compound(
                text, src, res.shapes)) and rare_noun(text, src, res):
            return RARE
        # Round 16: an agent noun of a common word in -er ("Zimmer|er") that English knows only as a surname:
        # reported in a common noun's slot only
        return RARE if opts.rare_zipf <= zs < opts.source_zipf and ze < _PLAIN_MAX_ENGLISH \
            and agent_of_word(text, src) and text not in city_names() else None
    if noun and zs < opts.source_zipf and not text[0].islower() and ze == 0 \
            and not derived_noun(text, res.shapes) and not source_compound(text, src, res.shapes):
        # only an inflected form of a source noun ("Abschieds", "Druckern"): judged as that noun
        kinds = [word_kind(base, src, res, opts) for base in uninflected(text) if res.noun_like[base]]
        return next((k for k in kinds if k), None)
    if text[0].islower():
        # Function words, letters English does not use ("für", "können"), a far higher source
        # frequency ("nicht") or absence from the English dictionary ("knapp": English text has it
        # only as a surname) outweigh the English frequency that names give such words.
        return LOWER if (ze < opts.english_zipf or zs - ze >= opts.strong_lean or text in res.function_words
                          or not res.diacritics.isdisjoint(text)
                          or (len(text) >= 4 and not is_english_word(text))) else None
    if ze >= opts.english_zipf or any(c.isupper() for c in text[1:]):
        return None  # English uses it, or a brand written in camel case ("ProControl")
    if text.lower() in res.function_words:
        return None  # a capitalised function word belongs to a name: "Unter den Linden", "Die Linke"
    parts = re.split(r"[-‐‑]", text)
    suffixed = parts[-1].endswith(res.shapes.suffixes) and any(
        parts[-1].endswith(s) and len(parts[-1]) > len(s) + 2 for s in res.shapes.suffixes)
    # A compound counts only when English never uses it: surnames are compounds too
    # (Nagelsmann, Steinmeier), but English news has seen them.
    telling = suffixed or is_unknown_compound or (len(parts) == 1 and ze == 0 and is_compound(text, src, res.shapes))
    if not telling and not (noun and len(parts) == 1) and (zs < opts.capitalised_zipf or len(parts) > 1):
        # capitalised and no German word shape: more likely a name; but one German uses often and English
        # hardly at all ("Hengst") is reported in a common noun's slot (round 14)
        return RARE if len(parts) == 1 and ze < _PLAIN_MAX_ENGLISH and _plain_noun(text, src, res) else None
    if any(p in res.exonyms or p.casefold() in res.allow_words for p in parts):
        return None  # "Rhein-Sieg", "Bundestag-Ausschuss": built on a name
    cities = city_names()
    if any(p in cities for p in parts) or place_adjective(text, res):
        return None
    if suffixed or zs >= opts.capitalised_zipf:
        return STRONG
    if name_by_shape(text, src, res) or misspelt_loan(text.casefold(), res.allow_words):
        return None
    return WEAK if zs >= opts.source_zipf else SHAPE


def hyphen_compound(text: str, src: str, res: Residue) -> bool:
    """A hyphenated word of two parts whose last part is a source-language common noun English does not
    write ("Kita-|Gebühren", "Brombeer-|Koalition", "Handy-|Verbot"; ``mtcheck.lang.compounds``), whatever
    the first part: a loan, a place or an English word. Not a city ("Castrop-Rauxel"), nor a last part that
    is a city, an exonym, a loan, a place's adjective or a name ("Berlin-Mitte", "Rot-Weiss", "Hans-Dietrich");
    after a place ("Deutschland-", "Berlin-") only a last part that comes apart as a noun does."""
    parts = hyphen_parts(text)
    if parts is None:
        return False
    head, tail = parts
    cities = city_names()
    if text in cities or tail in cities or tail in res.exonyms or tail.casefold() in res.allow_words \
            or tail in res.transliterated or place_adjective(tail, res):
        return False
    low = head.lower()
    after_place = head in res.exonyms or head in countries() or low.endswith(res.shapes.region_endings) \
        or low.endswith(res.shapes.name_endings) \
        or (head in place_heads() and head.casefold() not in res.allow_words and not is_english_word(head))
    return noun_tail(tail, src, res.shapes, res.noun_like, after_place)


_PLAIN_MAX_ENGLISH = 1.5  # a frequent capitalised source word without a noun's shape: English this rare at most
_PLAIN_LENGTH = (5, 8)  # ... and this long


def _plain_noun(text: str, src: str, res: Residue) -> bool:
    """A frequent capitalised source word with no noun's shape ("Hengst") that nothing calls a name: a short
    one (a longer word so frequent that is no compound is a name: "Elbphilharmonie", "Reeperbahn"), not a
    name that travels (``name_by_shape``), an exonym, a city, a place's adjective, or a word with a name's
    ending."""
    if not _PLAIN_LENGTH[0] <= len(text) <= _PLAIN_LENGTH[1] or not text.isalpha() or not text[1:].islower() \
            or text in res.exonyms:
        return False
    if text in city_names() or place_adjective(text, res) or text.lower().endswith(res.shapes.name_endings):
        return False
    return not name_by_shape(text, src, res)


_PLURAL_OF_ENGLISH_ZIPF = 3.0


def rare_noun(text: str, src: str, res: Residue) -> bool:
    """A capitalised word of one part, a little less frequent than MT502's source threshold and unknown to
    English ("Mähdrescher", "Funkloch", "Kreißsaal", "Sternsinger") that nothing calls a name: not in
    other languages' word lists (names travel: "Semperoper", "Stephansdom"), no name's or region's ending
    ("Watzmann", "Dussmann"), no city, exonym or place adjective."""
    if len(text) < 5 or not text.isalpha() or not text[0].isupper() or not text[1:].islower():
        return False
    if text.endswith("s") and zipf(text[:-1], "en") >= _PLURAL_OF_ENGLISH_ZIPF:
        return False  # an English name's plural or genitive: "many Venezuelas", "the Vietnams"
    if known_abroad(text, src)[0] or text in res.exonyms or text in city_names() or place_adjective(text, res):
        return False
    low = text.lower()
    if low.endswith(res.shapes.name_endings):  # "Studien|platz", "Haft|richter", "Tief|wasser|hafen"; not "Nagels|mann"
        # (round 16: also an agent noun before the ending, "Ausreißer|gruppe")
        # (round 17: or a common source noun that merely ends so, after a source word: "Föhn|sturm")
        return thing_before_ending(low, src, res.shapes) or described_place(low, src, res.shapes) \
            or head_compound(low, src, res.shapes)
    return not name_by_shape(text, src, res)


_KIND_LIMIT = 100_000  # words remembered per pack and options before the memory starts afresh
_kinds: dict[tuple[int, Any, int], tuple[Residue, "_WordKinds"]] = {}


def word_kinds(res: Residue, opts: Any, regional: frozenset[str] = frozenset()) -> "_WordKinds":
    key = (id(res), opts, id(regional))
    held = _kinds.get(key)
    if held is None or held[0] is not res or held[1].regional is not regional or len(held[1]) > _KIND_LIMIT:
        held = _kinds[key] = (res, _WordKinds(res, opts, regional))
    return held[1]


class _WordKinds(dict):
    """word → ``_word_kind`` (filled on demand, kept between documents)."""

    def __init__(self, res: Residue, opts: Any, regional: frozenset[str]) -> None:
        super().__init__()
        self.res, self.opts, self.regional = res, opts, regional

    def __missing__(self, word: str) -> str | None:
        value = self[word] = word_kind(word, self.res.lean.source, self.res, self.opts, self.regional)
        return value


_LOOK_LIMIT = 200_000  # words remembered per pack before the memory starts afresh
_looks: dict[tuple[int, int, float, int], tuple[Residue, "_WorthALook"]] = {}


def worth_a_look(res: Residue, firsts: set[str], min_length: int, rare_zipf: float = 99.0,
                 regional: frozenset[str] = frozenset()) -> "_WorthALook":
    """The pack's word table, kept between documents (the residue is held, so its id stays its own)."""
    key = (id(res), min_length, rare_zipf, id(regional))
    held = _looks.get(key)
    if held is None or held[0] is not res or held[1].regional is not regional or len(held[1]) > _LOOK_LIMIT:
        held = _looks[key] = (res, _WorthALook(res, firsts, min_length, rare_zipf, regional))
    return held[1]


class _WorthALook(dict):
    """word token → may it be an exonym or a source-language word? No for a word that is no exonym,
    starts no two-word exonym and is too short or does not lean to the source language (nor is a
    capitalised word of the regional vocabulary or one of at least ``rare_zipf`` English lacks)."""

    def __init__(self, res: Residue, firsts: set[str], min_length: int, rare_zipf: float,
                 regional: frozenset[str]) -> None:
        super().__init__()
        self.res, self.firsts, self.min_length = res, firsts, min_length
        self.rare_zipf, self.regional = rare_zipf, regional

    def __missing__(self, word: str) -> bool:
        text = bare(word)
        value = bool(self.res.exonyms.get(text)) or text in self.firsts \
            or (len(text) >= self.min_length and (self.res.candidate[text] or rare_candidate(
                text, self.res.lean.source, self.rare_zipf, self.regional, self.res.shapes)
                or ("-" in text and hyphen_compound(text, self.res.lean.source, self.res))))
        self[word] = value
        return value


def rare_candidate(text: str, src: str, rare_zipf: float, regional: frozenset[str], shapes: Any = None) -> bool:
    """Worth a look though not a candidate: a regional word or a compound of one ("Velo|fahrer", round 21), or a
    capitalised word English lacks and the
    source language has at ``rare_zipf`` or more or that is a compound of two common source words ("Funk|mast")
    (``word_kind`` judges it), or the feminine form of one ("Kriminalkommissar|in")."""
    return text in regional or (text[:1].isupper() and len(text) >= 5 and zipf(text, "en") == 0 and (
        zipf(text, src) >= rare_zipf or (shapes is not None and (rare_compound(text, src, shapes) or (
            regional and regional_compound(text, src, shapes, regional_lower(regional))))))) or (
        text[:1].isupper() and text.endswith("erer") and zipf(text, src) >= rare_zipf and agent_of_word(text, src)) or (
        shapes is not None and any(rare_candidate(base, src, rare_zipf, regional, shapes)
                                   for base in masculine_forms(text, src, shapes)))


def bare(word: str) -> str:
    """The word without a possessive ("Bundestag’s") or the underscores of Markdown italics ("_Kita_")."""
    return without_possessive(word.rstrip("_"))
