"""The pair's ``untranslated.toml`` compiled for the untranslated-text rules (MT501-MT503), and the
word-level tests they share: does a word lean to the source language, is it a source-language
compound, where do the pack's abbreviations occur.

All language knowledge comes from the pair's pack (``untranslated.toml``: function words, diacritics,
word endings, allow-lists, exonyms, abbreviations) and from wordfreq's frequency lists of the source
language and English; a new source language is a new data file.
"""
from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any, Iterator, NamedTuple

from mtcheck.lang.wordstats import zipf
from mtcheck.model import Document
from mtcheck.packs import Pack

# A word "leans" to the source language when it is at least this frequent there (Zipf) and this much
# more frequent there than in English: "und" (7.4 / 3.9), "Regierung" (5.2 / 1.1), not "also" (6.0 / 6.2).
_LEAN_ZIPF, _LEAN_MARGIN = 3.0, 1.0
_RARE_PART_ZIPF = 4.0  # ... and very common when the compound itself is rare in the source
_DOT = re.compile(r"\.")
_WORD_BEFORE = re.compile(r"[^\W\d_]{1,8}$")
_WORD_AT = re.compile(r"[^\W\d_](?:\w|[-'’](?=\w))*")


class Residue(NamedTuple):
    """A pair's untranslated.toml, compiled once."""

    language: str  # the source language's English name, for messages
    function_words: frozenset[str]
    diacritics: frozenset[str]
    shapes: "WordShapes"
    titles: frozenset[str]
    particles: frozenset[str]  # lower-case words inside names: "von der Leyen"
    allow_words: frozenset[str]  # case-folded
    allow_phrases: re.Pattern[str] | None
    exonyms: dict[str, dict[str, Any]]
    abbreviations: dict[str, tuple[tuple[re.Pattern[str], dict[str, Any]], ...]]  # by first word
    undotted: re.Pattern[str] | None  # first words of forms whose first word has no full stop after it
    transliterated: frozenset[str]  # names MT403 reports; MT502 leaves them to it
    lean: "_LeanTable"  # word → looks like a source-language word (filled as documents are read)
    lean_lower: "_LeanTable"  # the same for lower-case words only


def residue(pack: Pack) -> Residue:
    return _compile(pack.data_dir, pack.source, pack.target)


@functools.lru_cache(maxsize=16)
def _compile(data_dir: Path, source: str | None, target: str) -> Residue:
    pack = Pack(source, target, data_dir)
    data = pack.table("untranslated")
    signals, allow = data.get("signals", {}), data.get("allow", {})
    phrases = sorted(allow.get("phrases", ()), key=len, reverse=True)
    abbreviations: dict[str, list[tuple[re.Pattern[str], dict[str, Any]]]] = {}
    undotted: set[str] = set()
    for entry in data.get("abbreviations", ()):
        compiled = (re.compile(_abbreviation_pattern(entry["form"], entry.get("case_sensitive", False))), entry)
        first = _WORD_AT.match(entry["form"]).group()
        for key in {first} if entry.get("case_sensitive") else {first, first[:1].upper() + first[1:]}:
            abbreviations.setdefault(key, []).append(compiled)
            if entry["form"][len(first):len(first) + 1] != ".":
                undotted.add(key)
    shapes = WordShapes(tuple(signals.get("word_suffixes", ())),
                        tuple(data.get("names", {}).get("surname_endings", ())),
                        tuple(k.lower() for k in data.get("exonyms", {}) if " " not in k))
    return Residue(
        language=data.get("language", source or "source-language"),
        function_words=frozenset(signals.get("function_words", ())),
        diacritics=frozenset(signals.get("diacritics", "")),
        shapes=shapes,
        titles=frozenset(data.get("names", {}).get("titles", ())),
        particles=frozenset(data.get("names", {}).get("particles", ())),
        allow_words=frozenset(w.casefold() for w in allow.get("words", ())),
        allow_phrases=re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, phrases)) + r")(?!\w)", re.IGNORECASE)
        if phrases else None,
        exonyms={k: (v if isinstance(v, dict) else {"en": v}) for k, v in data.get("exonyms", {}).items()},
        abbreviations={k: tuple(v) for k, v in abbreviations.items()},
        undotted=_word_alternation(sorted(undotted)) if undotted else None,
        transliterated=frozenset(pack.table("transliteration").get("known", {}))
        | frozenset(pack.table("transliteration").get("given_names", {})),
        lean=_LeanTable(source or "", False, shapes),
        lean_lower=_LeanTable(source or "", True, shapes),
    )


def _word_alternation(words: list[str]) -> re.Pattern[str]:
    r"""Any of ``words`` as a whole word. Each alternative tests "no word character before" after its
    first character (same meaning as a leading ``(?<!\w)``), so the scan can skip ahead to candidates."""
    alternatives = [re.escape(w[0]) + r"(?<!\w.)" + re.escape(w[1:]) if w and w[0] != "\n"
                    else r"(?<!\w)" + re.escape(w) for w in words]
    return re.compile(r"(?:" + "|".join(alternatives) + r")(?!\w)")


def _abbreviation_pattern(form: str, case_sensitive: bool = False) -> str:
    """"z. B." matches "z. B.", "z.B." and "Z. B." (tried only where a word token starts)."""
    body = re.escape(form).replace(r"\.\ ", r"\.\s?")
    if form[:1].islower() and not case_sensitive:
        body = f"[{form[0]}{form[0].upper()}]" + body[len(re.escape(form[0])):]
    return body if form.endswith(".") else body + r"(?!\w)"


class _LeanTable(dict):
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

def abbreviation_matches(doc: Document, res: Residue) -> tuple[tuple[re.Match[str], dict[str, Any]], ...]:
    """Matches of the pack's abbreviations. Scanning every token is slow, so candidates are the word
    before each full stop, plus the first words of the few forms without one ("Mme", "n°").

    MT502 and MT503 both ask for the same document: the last answer is kept (keyed by identity)."""
    cached = _last_matches
    if cached and cached[0] is doc and cached[1] is res:
        return cached[2]
    found = tuple(_abbreviation_matches(doc, res))
    _last_matches[:] = [doc, res, found]
    return found


_last_matches: list[Any] = []  # [document, residue, its matches]: one entry, shared by MT502 and MT503


def _abbreviation_matches(doc: Document, res: Residue) -> Iterator[tuple[re.Match[str], dict[str, Any]]]:
    if not res.abbreviations:
        return
    text = doc.text
    starts = set()
    word_before = _WORD_BEFORE.search
    for dot in _DOT.finditer(text):
        word = word_before(text, max(0, dot.start() - 8), dot.start())
        if word:
            starts.add(word.start())
    if res.undotted is not None:
        starts.update(m.start() for m in res.undotted.finditer(text))
    abbreviations = res.abbreviations
    for start in sorted(starts):
        if start and (text[start - 1].isalnum() or text[start - 1] in ".-"):
            continue  # inside a longer word or abbreviation
        word = _WORD_AT.match(text, start)
        for pattern, entry in abbreviations.get(word.group() if word else "", ()):
            m = pattern.match(text, start)
            if m:
                yield m, entry
                break
