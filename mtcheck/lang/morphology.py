"""Source-language word shapes, for telling an untranslated word from English or a name: does a word
lean to the source language, is it a noun English does not know, a compound of source-language words
("Pendler|pauschale"), an inflected form, and do unrelated languages know it (then it is more likely a
name)?

Everything language-specific comes from the pair's pack (``WordShapes``, built by
``mtcheck.rules.untranslated_lexicon``) and from wordfreq's frequency lists, derived once into a table
in the user cache.
"""
from __future__ import annotations

import functools
import math
from typing import NamedTuple

from mtcheck.lang.derived import LookupTable, cached_lookup_table, package_files
from mtcheck.lang.english_dress import DressTable, dress_rules
from mtcheck.lang.wordstats import frequency_dict, zipf

# A word "leans" to the source language when it is at least this frequent there (Zipf) and this much
# more frequent there than in English: "und" (7.4 / 3.9), "Regierung" (5.2 / 1.1), not "also" (6.0 / 6.2).
_LEAN_ZIPF, _LEAN_MARGIN = 3.0, 1.0
_RARE_PART_ZIPF = 4.0  # ... and very common when the compound itself is rare in the source


class LeanTable(dict):
    """word → does it look like a source-language word? (filled on demand)

    Yes for a word frequent in the source language and clearly rarer in English, and for a long
    capitalised word unknown in English and rare in the source language that ends like a derived
    noun there (German compounds such as "Tarifverhandlungen" are rare in any word list). With
    ``lower_only``, only lower-case words count: sentence judgements rest on them, since capitalised
    words are mostly names (and German names are frequent German words).
    """

    def __init__(self, source: str, lower_only: bool, shapes: "WordShapes") -> None:
        super().__init__()
        self.source, self.lower_only, self.shapes = source, lower_only, shapes

    def __missing__(self, word: str) -> bool:
        if self.lower_only and not word[0].islower():
            value = False
        else:
            zs = zipf(word, self.source)
            value = (zs >= _LEAN_ZIPF and zs - zipf(word, "en") >= _LEAN_MARGIN) \
                or unknown_compound(word, zs, self.source, self.shapes)
        self[word] = value
        return value


class WordShapes(NamedTuple):
    """What source-language nouns and names look like (from the pack)."""

    suffixes: tuple[str, ...]  # derived-noun endings: "-ung", "-keit"
    name_endings: tuple[str, ...]  # "-mann", "-berg", "-bank": a compound ending so is a name
    place_stems: tuple[str, ...]  # lower-cased exonyms: a compound built on one is a place ("Oberbayern")
    function_words: frozenset[str] = frozenset()  # never the last part of a compound ("Kreuz|nach")
    region_endings: tuple[str, ...] = ()  # "-mark", "-gau": a region's name, even after "the"
    name_prefixes: tuple[str, ...] = ()  # "Nord-", "West-": a compound so made is a name ("Westnetz")
    prefixes: tuple[str, ...] = ()  # "zu-", "ver-": a word's prefix ("Zu|schuss")
    stem_endings: tuple[str, ...] = ()  # "-er", "-e": endings after a word's stem ("Gutacht|er")
    feminine_endings: tuple[str, ...] = ()  # "-in", "-innen": a feminine agent noun ("Dachdecker|in")
    agent_endings: tuple[str, ...] = ()  # "-er", "-ist": an agent noun's ending, before a feminine one


def unknown_compound(word: str, source_zipf: float, source: str, shapes: WordShapes) -> bool:
    """A long capitalised word both word lists barely know, with a source-language noun ending
    ("Tarifverhandlungen") or made of two very common source words ("Krankenhaus|reform")."""
    return (source_zipf < _LEAN_ZIPF and len(word) >= 10 and word[0].isupper() and word.isalpha()
            and zipf(word, "en") == 0
            and (word.endswith(shapes.suffixes) or is_compound(word, source, shapes, _RARE_PART_ZIPF)))


@functools.lru_cache(maxsize=50_000)
def is_compound(word: str, source: str, shapes: WordShapes, part_zipf: float = 3.5) -> bool:
    """Two frequent source-language words joined, perhaps with a linking -s-, -n- or -es-:
    "Gesetz|entwurf", "Verbraucher|zentrale", "Fachkräfte|mangel", "Regierung|s|sprecher"; not a
    word with a family- or place-name ending ("Nagels|mann", "Ludwigs|hafen") or built on a place
    name ("Ober|bayern", "Rhein|land")."""
    low = word.lower()
    if low.endswith(shapes.name_endings) or low.startswith(shapes.place_stems) \
            or low.endswith(shapes.place_stems):
        return False
    for cut in range(3, len(low) - 2):
        head, tail = low[:cut], low[cut:]
        # a three-letter tail only when very common ("Wohnungs|bau"), else too many names end so
        if zipf(tail, source) < (part_zipf if len(tail) > 3 else max(part_zipf, 4.5)):
            continue
        for stem in (head, head[:-1] if head[-1:] in "sn" else None, head[:-2] if head.endswith("es") else None):
            if stem and len(stem) >= 3 and zipf(stem, source) >= part_zipf:
                return True
    return False


# A noun the source language uses often and English hardly knows ("Zuschuss" 3.5 / 0, "Stammtisch"
# 3.7 / 1.1), unlike a German name English news writes ("Wagenknecht" 3.7 / 1.3, "Habeck" 3.1 / 1.2).
_NOUN_ZIPF, _NOUN_MARGIN = 3.0, 2.5
_NOUN_MAX_ENGLISH = _NOUN_ZIPF + 1.0 - _NOUN_MARGIN  # above this, only the lean test can say yes
_COMPOUND_MIN_LENGTH = 8
_PART_ZIPF = 3.0  # each part of a compound at least this frequent in the source language
_LINKS = ("s", "n", "en", "es", "e", "er")  # linking elements after a compound's first part
_STEM_ENDINGS = ("en", "e", "n")  # what a first part may have dropped: "Impf|arzt", "Brems|spur"


class NounTable(dict):
    """capitalised word → is it a source-language noun that English does not use? (filled on demand)

    Yes for a word frequent in the source language and close to unknown in English ("Zuschuss",
    "Anwohner", "Stammtisch"), and for a word English never uses that is made of frequent
    source-language words ("Pendler|pauschale", "Pflege|notstand", "Entlastung|s|paket"): German
    writes new compounds every day, so most are rare in any word list. Names pass this test too
    ("Grünheide", "Baerbock"): MT502 looks at the context before it reports one.
    """

    def __init__(self, source: str, shapes: "WordShapes") -> None:
        super().__init__()
        self.source, self.shapes = source, shapes

    def __missing__(self, word: str) -> bool:
        value = False
        if len(word) >= 4 and word[0].isupper() and not word.isupper():
            ze = zipf(word, "en")
            if ze < _NOUN_MAX_ENGLISH:
                zs = zipf(word, self.source)
                if zs >= _NOUN_ZIPF:
                    value = zs - ze >= _NOUN_MARGIN
                elif ze == 0 and len(word) >= _COMPOUND_MIN_LENGTH and word.isalpha() and word[1:].islower():
                    value = derived_noun(word, self.shapes) or source_compound(word, self.source, self.shapes)
                if not value and ze == 0:  # "Abschieds", "Hochspannungskabels", "Druckern", "Dachdecker|in"
                    value = any(self[base] for base in (*uninflected(word), *masculine_forms(word, self.source,
                                                                                             self.shapes)))
        self[word] = value
        return value


@functools.lru_cache(maxsize=50_000)
def source_morphology(word: str, source: str, shapes: "WordShapes") -> bool:
    """Does ``word`` come apart into source-language pieces: a prefix and a word ("Zu|schuss",
    "Un|wetter"), a word's stem and an ending ("Gutacht|er", "Klag|e", "Erhitz|ung"), or two words
    ("Brenn|holz")? German nouns mostly do; German names mostly do not ("Laschet", "Höcke")."""
    low = word.lower()

    def is_stem(stem: str) -> bool:  # a word, or a word without its -e, -n or -en ("klag" of "klagen")
        return len(stem) >= 4 and any(form != low and zipf(form, source) >= _PART_ZIPF
                                      for form in (stem, stem + "e", stem + "n", stem + "en"))

    return (any(low.startswith(p) and is_stem(low[len(p):]) for p in shapes.prefixes)
            or any(low.endswith(e) and is_stem(low[:-len(e)]) for e in (*shapes.stem_endings, *shapes.suffixes))
            or source_compound(word, source, shapes))


def derived_noun(word: str, shapes: "WordShapes") -> bool:
    """Ends like a derived noun, with a stem before it: "Erhitz|ung", "Polari|tät"."""
    return any(word.endswith(s) and len(word) > len(s) + 2 for s in shapes.suffixes)


def uninflected(word: str) -> tuple[str, ...]:
    """What ``word`` may be the genitive (-s, -es) or dative plural (-n after -er, -el) of."""
    if not word.isalpha() or len(word) < 6:
        return ()
    if word.endswith("es") and len(word) > 7:
        return word[:-2], word[:-1]  # "Teil|es", "Gehäus|es" → "Gehäuse"
    if word.endswith("s") and not word.endswith("ss"):
        return (word[:-1],)
    if word.endswith(("ern", "eln")):
        return (word[:-1],)
    return ()


_MIN_MASCULINE = 6  # letters of the masculine: "Autor" and "Lotse" are too short to tell from a name's stem


def masculine_forms(word: str, source: str, shapes: WordShapes) -> tuple[str, ...]:
    """The agent nouns ``word`` may be the feminine form of, by the pack's endings: "Dachdecker" of
    "Dachdeckerin", "Sprinter" of "Sprinterinnen", "Fluglotse" of "Fluglotsinnen" (a noun in -e drops it
    there); none for a word English knows or a given name ("Konstantin", "Valentin": names travel
    between languages, so other languages' word lists know them)."""
    ending = next((e for e in sorted(shapes.feminine_endings, key=len, reverse=True) if word.endswith(e)), None)
    if ending is None or not word.isalpha() or not word[0].isupper() or zipf(word, "en") > 0:
        return ()
    stem = word[:-len(ending)]
    if len(stem) < _MIN_MASCULINE or known_abroad(word, source)[0]:
        return ()
    forms = (stem,) if stem.endswith(shapes.agent_endings) else ()
    return (*forms, f"{stem}e") if zipf(f"{stem}e", source) > 0 else forms


class CandidateTable(dict):
    """word → lean, noun-like or a source word in English spelling (``DressTable``): may MT502 report
    it? (filled on demand; the cheap test comes first)"""

    def __init__(self, lean: LeanTable, noun_like: NounTable, dressed: DressTable | None = None) -> None:
        super().__init__()
        self.lean, self.noun_like = lean, noun_like
        self.dressed = dressed if dressed is not None else DressTable(lean.source, dress_rules(lean.source))

    def __missing__(self, word: str) -> bool:
        value = self.lean[word] or (word[:1].isupper() and self.noun_like[word]) or bool(self.dressed[word])
        self[word] = value
        return value


# Names travel, nouns do not: "Söder", "Allgäu", "Zalando" or "Reeperbahn" are in the word lists of
# many languages, "Zuschuss", "Anwohner" or "Pflegeheim" in the source language's only. Languages
# unrelated to German (Dutch and Scandinavian share its compounds: "kindergeld").
_ABROAD_LANGUAGES = ("ca", "cs", "es", "fi", "fr", "it", "pl", "pt")
_ABROAD_RANGE = (2.0, 4.5)  # source-language Zipf range the table covers (the words MT502 weighs so)
_ABROAD_VERSION = "1"


@functools.lru_cache(maxsize=4)
def _abroad_table(source: str) -> LookupTable:
    """source word → 10 × (how many of those languages' lists have it) + its highest
    Zipf there; only words found in at least one. Derived once from wordfreq and kept in the user cache."""
    languages = [lang for lang in _ABROAD_LANGUAGES if lang != source]
    files = [f for lang in (source, *languages) for f in package_files("wordfreq", f"data/*_{lang}.msgpack.gz")]

    def build() -> dict[str, float]:
        low, high = (10 ** (z - 9) for z in _ABROAD_RANGE)
        try:
            words = [w for w, f in frequency_dict(source).items() if low <= f < high]
        except (LookupError, ValueError):
            return {}
        found: dict[str, tuple[int, float]] = {}
        for lang in languages:
            try:
                table = frequency_dict(lang)
            except (LookupError, ValueError):
                continue
            for word in words:
                freq = table.get(word)
                if freq:
                    n, best = found.get(word, (0, 0.0))
                    found[word] = (n + 1, max(best, math.log10(freq) + 9))
        return {w: 10 * n + min(best, 9.99) for w, (n, best) in found.items()}

    return cached_lookup_table(f"abroad-{source}", files, build, version=_ABROAD_VERSION)


@functools.lru_cache(maxsize=50_000)
def known_abroad(word: str, source: str) -> tuple[int, float]:
    """In how many other languages' word lists ``word`` is (besides the source and English), and its
    highest Zipf frequency there; (0, 0.0) for a word outside the table's range or unknown abroad."""
    value = _abroad_table(source).get(word.casefold())
    return (0, 0.0) if not value else (int(value // 10), round(value % 10, 2))


def _is_part(part: str, source: str) -> bool:
    return len(part) >= 3 and zipf(part, source) >= (_PART_ZIPF if len(part) >= 4 else _RARE_PART_ZIPF)


@functools.lru_cache(maxsize=50_000)
def head_words(head: str, source: str, depth: int = 0) -> tuple[str, ...]:
    """The words a compound's first part is made of, or () when it is none: a word, perhaps with a
    linking element ("Entlastung|s") or without its ending ("Impf|" from "impfen"), or itself two words
    ("Pflege|not" in "Pflegenot|stand")."""
    if _is_part(head, source):
        return (head,)
    for link in _LINKS:
        if head.endswith(link) and _is_part(head[:-len(link)], source):
            return (head[:-len(link)],)
    if len(head) >= 4:
        for ending in _STEM_ENDINGS:
            if _is_part(head + ending, source):
                return (head + ending,)  # a verb's stem or a noun without its -e: "Impf|arzt", "Brems|klötze"
    if depth < 1:
        for cut in range(3, len(head) - 2):
            rest = head[cut:]  # the second word, perhaps with its own link: "Hoch|spannung|s"
            word = rest if _is_part(rest, source) else next(
                (rest[:-len(link)] for link in _LINKS if rest.endswith(link) and _is_part(rest[:-len(link)], source)),
                None)
            if word:
                first = head_words(head[:cut], source, depth + 1)
                if first:
                    return (*first, word)
    return ()


def leans_to_source(part: str, source: str) -> bool:
    """A part far more frequent in the source language ("Bahn", "Preise") or rare in English ("Rabatt");
    not "Tech" or "Bio", which English writes all the time."""
    ze = zipf(part, "en")
    return ze < 2.0 or zipf(part, source) - ze >= 1.0


@functools.lru_cache(maxsize=50_000)
def source_compound(word: str, source: str, shapes: WordShapes) -> bool:
    """Frequent source-language words joined, at least one of them no English word: "Miet|spiegel",
    "Tank|rabatt", "Hygiene|konzept", "Pflege|notstand"; not "Street|worker" (English parts), nor a word
    with a family- or place-name ending ("Grün|heide", "Catter|feld"; but "Samstagabend|show" ends in a word) or
    built on a place name."""
    low = word.lower()
    if low.startswith(shapes.place_stems) or low.endswith(shapes.place_stems) or low.startswith(shapes.name_prefixes):
        return False  # a place; "Nord|kurier", "West|netz", "Süd|zucker": companies, papers and regions
    for cut in range(3, len(low) - 3):
        head, tail = low[:cut], low[cut:]
        if tail in shapes.function_words or not _is_part(tail, source) or low.endswith(tuple(
                e for e in shapes.name_endings if len(e) + 2 > len(tail))):
            continue
        words = head_words(head, source)
        if words and any(leans_to_source(w, source) for w in (*words, tail)):
            return True
    return False
