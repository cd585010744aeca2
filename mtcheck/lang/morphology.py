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
import itertools
import math
from typing import NamedTuple

from mtcheck.lang.derived import LookupTable, cached_lookup_table, package_files
from mtcheck.lang.wordstats import frequency_dict, is_english_word, zipf

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
                if not value and ze == 0:  # "Abschieds", "Hochspannungskabels", "Druckern"
                    value = any(self[base] for base in uninflected(word))
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


class CandidateTable(dict):
    """word → lean, noun-like or a source word in English spelling (``DressTable``): may MT502 report
    it? (filled on demand; the cheap test comes first)"""

    def __init__(self, lean: LeanTable, noun_like: NounTable, dressed: "DressTable | None" = None) -> None:
        super().__init__()
        self.lean, self.noun_like = lean, noun_like
        self.dressed = dressed if dressed is not None else DressTable(lean.source, dress_rules(lean.source))

    def __missing__(self, word: str) -> bool:
        value = self.lean[word] or (word[:1].isupper() and self.noun_like[word]) or bool(self.dressed[word])
        self[word] = value
        return value


# --- source words in English spelling ----------------------------------------------------------------
# "hypothec" (Hypothek), "akademy" (Akademie), "premiated" (prämiert): neither English nor the source
# language as written, but a frequent source word once spelt back with the pack's ``[english_dress]``
# changes. Thresholds in Zipf: the word itself must be (nearly) unknown to English and rare in the
# source language; what it spells back to must be common there and clearly rarer in English.
_DRESS_MIN_LENGTH = 5
_DRESS_MAX_ENGLISH = 1.5  # the word as written, in English (and not in the English dictionary)
_DRESS_MAX_SOURCE = 3.0  # ... and in the source language (more is MT502's "lean" word: "konsequent")
_DRESS_MIN_ZIPF = 2.5  # the source word it spells back to
_DRESS_GAIN = 1.5  # ... at least this much more frequent there than the word as written
_DRESS_LEAN = 1.5  # ... and this much more frequent in the source language than in English
# A word of French, Italian or Spanish this common is a foreign word, not a misspelt German one
# ("actuelle", "dictature", "curiose"); German MT never writes them (Spanish "reclame" is 3.0).
_DRESS_FOREIGN = ("fr", "it", "es")
_DRESS_MAX_FOREIGN = 3.3
# One typing slip away from an English word this common: a typo ("cabel", "becam", "muscel"), unless
# the slip is the dressing itself ("akademy" for academy, "korrect").
_TYPO_ENGLISH_ZIPF = 3.0
_ALPHABET = "abcdefghijklmnopqrstuvwxyz"


class DressRules(NamedTuple):
    """The pack's ``[english_dress]`` table: English spellings of the source language's letters and endings."""

    letters: tuple[tuple[str, str], ...] = ()  # (English, source), anywhere in a word: ("c", "k"), ("ph", "f")
    endings: tuple[tuple[str, str, int], ...] = ()  # (English, source, least letters before it): ("y", "ie", 4)
    umlauts: frozenset[str] = frozenset()  # source letters of which one change per word at most
    max_changes: int = 3
    lower_endings: tuple[str, ...] = ()  # source words ending so are written in lower case in messages
    cognate_letters: frozenset[tuple[str, str]] = frozenset()  # one-letter changes that are no typing slip


@functools.lru_cache(maxsize=8)
def dress_rules(source: str) -> DressRules:
    """The source language's ``[english_dress]`` table from its pack into English (empty rules without one)."""
    if not source:
        return DressRules()
    from mtcheck.packs import Pack

    table = Pack(source, "en").table("untranslated").get("english_dress", {})
    letters = tuple((a, b) for a, b in table.get("letters", ()))
    endings = tuple((e[0], e[1], int(e[2]) if len(e) > 2 else 4) for e in table.get("endings", ()))
    return DressRules(letters, endings, frozenset(table.get("umlauts", "äöü")), int(table.get("max_changes", 3)),
                      tuple(table.get("lower_endings", ())),
                      frozenset((a, b) for a, b in letters if len(a) == len(b) == 1))


def dress_variants(low: str, rules: DressRules, umlauts: int = 1, telling: bool = False) -> set[str]:
    """``low`` spelt back with up to ``rules.max_changes`` changes (at most one ending, ``umlauts`` umlauts);
    with ``telling``, only spellings with a consonant changed ("hypothe|c" → "k"): an umlaut or an ending
    alone does not tell a rare English word ("unfallen", "semantical") from a German one."""
    sites = []
    for english, source in rules.letters:
        start = low.find(english)
        while start >= 0:
            sites.append((start, start + len(english), source))
            start = low.find(english, start + 1)
    if not umlauts:
        sites = [s for s in sites if s[2] not in rules.umlauts]
    ends = [(len(low) - len(english), len(low), source) for english, source, stem in rules.endings
            if low.endswith(english) and len(low) - len(english) >= stem]
    found: set[str] = set()
    for end in (None, *ends):
        usable = sites if end is None else [s for s in sites if s[1] <= end[0]]
        for n in range(0 if end else 1, rules.max_changes + (0 if end else 1)):
            for combo in itertools.combinations(usable, n):
                changes = sorted(combo + ((end,) if end else ()))
                if sum(c[2] in rules.umlauts for c in changes) > umlauts \
                        or any(a[1] > b[0] for a, b in zip(changes, changes[1:])) \
                        or (telling and all(c[2] in rules.umlauts for c in combo)):
                    continue
                parts, last = [], 0
                for start, stop, source in changes:
                    parts += (low[last:start], source)
                    last = stop
                found.add("".join(parts) + low[last:])
    found.discard(low)
    return found


def typo_of_english(low: str, cognate: frozenset[tuple[str, str]]) -> bool:
    """Is ``low`` one typing slip (a letter dropped, added, replaced, or two swapped) from a common
    English word? Replacing a letter by its source-language spelling ("akademy") is no slip."""
    for i in range(len(low) + 1):
        candidates = [low[:i] + c + low[i:] for c in _ALPHABET]
        if i < len(low):
            candidates.append(low[:i] + low[i + 1:])
            if i + 1 < len(low):
                candidates.append(low[:i] + low[i + 1] + low[i] + low[i + 2:])
            candidates += [low[:i] + c + low[i + 1:] for c in _ALPHABET
                           if c != low[i] and (c, low[i]) not in cognate]
        if any(zipf(c, "en") >= _TYPO_ENGLISH_ZIPF for c in candidates):
            return True
    return False


# English endings after a stem: "british|er", "phish|ers", "canal|ised", "method|ic", "electron|ical".
_ENGLISH_SUFFIXES = ("isations", "izations", "isation", "ization", "ised", "ized", "ise", "ize", "ated", "ical",
                     "ics", "ic", "ish", "ers", "er", "ing", "ed", "es", "s")
_STEM_ENGLISH_ZIPF = 2.5


def english_stem(low: str) -> bool:
    """Is ``low`` an English word with an English ending or "un-" ("british|er", "canal|ised",
    "concret|ized", "un|commented")?"""
    if low.startswith("un") and zipf(low[2:], "en") >= _STEM_ENGLISH_ZIPF:
        return True
    return any(low.endswith(s) and len(low) - len(s) >= 4
               and max(zipf(low[:-len(s)], "en"), zipf(low[:-len(s)] + "e", "en")) >= _STEM_ENGLISH_ZIPF
               for s in _ENGLISH_SUFFIXES)


class DressTable(dict):
    """word → the source-language word it spells in English ("hypothec" → "hypothek"), or "" (filled on
    demand: the cheap tests, on the word as written, come first)."""

    def __init__(self, source: str, rules: DressRules) -> None:
        super().__init__()
        self.source, self.rules = source, rules

    def __missing__(self, word: str) -> str:
        value = ""
        if self.rules.letters and len(word) >= _DRESS_MIN_LENGTH and word.isalpha() \
                and (word.islower() or word[1:].islower()):
            # A capitalised word without its umlauts is a name written the English way ("Schauble",
            # "Goettingen", "Ozdemir"), not a noun: only lower-case words may gain one ("gebaude").
            value = self._spelt_back(word.lower(), 1 if word[0].islower() else 0)
        self[word] = value
        return value

    def _spelt_back(self, low: str, umlauts: int) -> str:
        english = zipf(low, "en")
        if english >= _DRESS_MAX_ENGLISH or is_english_word(low):
            return ""
        as_written = zipf(low, self.source)
        if as_written >= _DRESS_MAX_SOURCE:
            return ""
        # A word English has seen at all ("hypothec", "reclame", but also "britisher", "canalised",
        # "digitalised") needs a consonant changed, and no common English word inside it.
        if english and english_stem(low):
            return ""
        best, best_zipf = "", 0.0
        for variant in dress_variants(low, self.rules, umlauts, telling=bool(english)):
            z = zipf(variant, self.source)
            if z > best_zipf:
                best, best_zipf = variant, z
        if not best or best_zipf < _DRESS_MIN_ZIPF or best_zipf - as_written < _DRESS_GAIN \
                or best_zipf - zipf(best, "en") < _DRESS_LEAN:
            return ""
        if any(zipf(low, lang) >= _DRESS_MAX_FOREIGN for lang in _DRESS_FOREIGN if lang != self.source):
            return ""
        return "" if typo_of_english(low, self.rules.cognate_letters) else best

    def display(self, german: str, capitalised: bool) -> str:
        """The source word as a message writes it: nouns capitalised ("Hypothek"), not "prämiert"."""
        if capitalised or not german.endswith(self.rules.lower_endings):
            return german[:1].upper() + german[1:]
        return german


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
def _head_words(head: str, source: str, depth: int = 0) -> tuple[str, ...]:
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
                first = _head_words(head[:cut], source, depth + 1)
                if first:
                    return (*first, word)
    return ()


def _leans(part: str, source: str) -> bool:
    """A part far more frequent in the source language ("Bahn", "Preise") or rare in English ("Rabatt");
    not "Tech" or "Bio", which English writes all the time."""
    ze = zipf(part, "en")
    return ze < 2.0 or zipf(part, source) - ze >= 1.0


@functools.lru_cache(maxsize=50_000)
def source_compound(word: str, source: str, shapes: WordShapes) -> bool:
    """Frequent source-language words joined, at least one of them no English word: "Miet|spiegel",
    "Tank|rabatt", "Hygiene|konzept", "Pflege|notstand"; not "Street|worker" (English parts), nor a word
    with a family- or place-name ending ("Grün|heide", "Catter|feld") or built on a place name."""
    low = word.lower()
    if low.endswith(shapes.name_endings) or low.startswith(shapes.place_stems) \
            or low.endswith(shapes.place_stems):
        return False
    if low.startswith(shapes.name_prefixes):
        return False  # "Nord|kurier", "West|netz", "Süd|zucker": companies, papers and regions
    for cut in range(3, len(low) - 3):
        head, tail = low[:cut], low[cut:]
        if tail in shapes.function_words or not _is_part(tail, source):
            continue
        words = _head_words(head, source)
        if words and any(_leans(w, source) for w in (*words, tail)):
            return True
    return False


# --- abbreviations by shape --------------------------------------------------------------------------
# Prefixes of frequent source-language words: "jährl." and "voraussichtl." are cut-off German words.
_PREFIX_MIN_ZIPF = 3.5
_PREFIX_LENGTHS = range(3, 17)


@functools.lru_cache(maxsize=4)
def _prefix_table(source: str) -> LookupTable:
    """prefix → the highest Zipf frequency of a source-language word that starts with it (derived
    once from wordfreq and kept in the user cache)."""
    files = package_files("wordfreq", f"data/*_{source}.msgpack.gz")

    def build() -> dict[str, float]:
        table: dict[str, float] = {}
        for word, frequency in frequency_dict(source).items():
            if frequency <= 0 or not word.isalpha():
                continue
            z = round(math.log10(frequency) + 9, 2)
            if z < _PREFIX_MIN_ZIPF:
                continue
            for n in _PREFIX_LENGTHS:
                if n < len(word) and table.get(word[:n], 0.0) < z:
                    table[word[:n]] = z
        return table

    return cached_lookup_table(f"prefixes-{source}", files, build, version="2")


_CUT_OFF_MARGIN = 0.9  # the full word this much more frequent (Zipf) than the stem written alone
_STEM_MAX_ZIPF = 3.5  # a stem this frequent on its own is a word ("Abt", "Bio")


def cut_off_word(stem: str, source: str) -> bool:
    """Is ``stem`` (an abbreviation without its full stop) the start of a frequent source-language
    word and rare on its own ("jährl" of "jährlich", "Einw" of "Einwohner"; wordfreq counts the
    abbreviations themselves too, so "rare" means much rarer than the word)?"""
    key = stem.casefold()
    if len(key) not in _PREFIX_LENGTHS:
        return False
    alone = zipf(key, source)
    return alone < _STEM_MAX_ZIPF and (_prefix_table(source).get(key) or 0.0) - alone >= _CUT_OFF_MARGIN
