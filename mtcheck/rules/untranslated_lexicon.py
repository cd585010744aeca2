"""The pair's ``untranslated.toml`` compiled for the untranslated-text rules (MT501-MT503), with the
word tables they share (the word-shape tests themselves are in ``mtcheck.lang.morphology``) and where
the pack's abbreviations occur.

All language knowledge comes from the pair's pack (``untranslated.toml``: function words, diacritics,
word endings and prefixes, allow-lists, name and region endings, exonyms, abbreviations) and from
wordfreq's frequency lists (the source language, English, and a few unrelated languages for names,
derived once into a table in the user cache); a new source language is a new data file.
"""
from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any, Iterator, NamedTuple

from mtcheck.lang.morphology import CandidateTable, LeanTable, NounTable, WordShapes
from mtcheck.model import Document
from mtcheck.packs import Pack
from mtcheck.text.lazy_regex import lazy_compile

_DOT = lazy_compile(r"\.")
_LONGEST_DOTTED_WORD = 16  # "voraussichtl.": the longest word before an abbreviation's full stop
_WORD_BEFORE = lazy_compile(rf"[^\W\d_]{{1,{_LONGEST_DOTTED_WORD}}}$")
_WORD_AT = lazy_compile(r"[^\W\d_](?:\w|[-'’](?=\w))*")


class Residue(NamedTuple):
    """A pair's untranslated.toml, compiled once."""

    language: str  # the source language's English name, for messages
    function_words: frozenset[str]
    diacritics: frozenset[str]
    shapes: WordShapes
    titles: frozenset[str]
    particles: frozenset[str]  # lower-case words inside names: "von der Leyen"
    allow_words: frozenset[str]  # case-folded
    allow_phrases: re.Pattern[str] | None
    exonyms: dict[str, dict[str, Any]]
    place_words: frozenset[str]  # one-word exonyms in both languages ("München", "Munich"): MT503's courts
    abbreviations: dict[str, tuple[tuple[str, dict[str, Any]], ...]]  # regex source and entry, by first word
    undotted: re.Pattern[str] | None  # first words of forms whose first word has no full stop after it
    transliterated: frozenset[str]  # names MT403 reports; MT502 leaves them to it
    lean: LeanTable  # word → looks like a source-language word (filled as documents are read)
    lean_lower: LeanTable  # the same for lower-case words only
    noun_like: NounTable  # capitalised word → a source-language noun English does not know (MT502)
    candidate: CandidateTable  # word → lean or noun-like: worth MT502's closer look


def residue(pack: Pack) -> Residue:
    return _compile(pack.data_dir, pack.source, pack.target)


@functools.lru_cache(maxsize=16)
def _compile(data_dir: Path, source: str | None, target: str) -> Residue:
    pack = Pack(source, target, data_dir)
    data = pack.table("untranslated")
    signals, allow = data.get("signals", {}), data.get("allow", {})
    phrases = sorted(allow.get("phrases", ()), key=len, reverse=True)
    abbreviations: dict[str, list[tuple[str, dict[str, Any]]]] = {}
    undotted: set[str] = set()
    for entry in data.get("abbreviations", ()):
        # compiled when a document first has the word (``_compiled``): most documents have none of them
        compiled = (_abbreviation_pattern(entry["form"], entry.get("case_sensitive", False)), entry)
        first = _WORD_AT.match(entry["form"]).group()
        for key in {first} if entry.get("case_sensitive") else {first, first[:1].upper() + first[1:]}:
            abbreviations.setdefault(key, []).append(compiled)
            if entry["form"][len(first):len(first) + 1] != ".":
                undotted.add(key)
    shapes = WordShapes(tuple(signals.get("word_suffixes", ())),
                        tuple(data.get("names", {}).get("surname_endings", ())),
                        tuple(k.lower() for k in data.get("exonyms", {}) if " " not in k),
                        frozenset(signals.get("function_words", ())),
                        tuple(data.get("names", {}).get("region_endings", ())),
                        tuple(data.get("names", {}).get("compound_name_prefixes", ())),
                        tuple(signals.get("word_prefixes", ())), tuple(signals.get("stem_endings", ())),
                        tuple(signals.get("feminine_endings", ())), tuple(signals.get("agent_endings", ())))
    lean = LeanTable(source or "", False, shapes)
    noun_like = NounTable(source or "", shapes)
    exonyms = {k: (v if isinstance(v, dict) else {"en": v}) for k, v in data.get("exonyms", {}).items()}
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
        exonyms=exonyms,
        place_words=frozenset(w for k, v in exonyms.items() for w in (k, v.get("en", "")) if w.isalpha()),
        abbreviations={k: tuple(v) for k, v in abbreviations.items()},
        undotted=_word_alternation(sorted(undotted)) if undotted else None,
        transliterated=frozenset(pack.table("transliteration").get("known", {}))
        | frozenset(pack.table("transliteration").get("given_names", {})),
        lean=lean,
        lean_lower=LeanTable(source or "", True, shapes),
        noun_like=noun_like,
        candidate=CandidateTable(lean, noun_like),
    )


def _word_alternation(words: list[str]) -> re.Pattern[str]:
    r"""Any of ``words`` as a whole word. Each alternative tests "no word character before" after its
    first character (same meaning as a leading ``(?<!\w)``), so the scan can skip ahead to candidates."""
    alternatives = [re.escape(w[0]) + r"(?<!\w.)" + re.escape(w[1:]) if w and w[0] != "\n"
                    else r"(?<!\w)" + re.escape(w) for w in words]
    return re.compile(r"(?:" + "|".join(alternatives) + r")(?!\w)")


@functools.lru_cache(maxsize=1024)
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _abbreviation_pattern(form: str, case_sensitive: bool = False) -> str:
    """"z. B." matches "z. B.", "z.B.", "z.b." and "Z. B." (tried only where a word token starts).

    A lower-case form also matches capitalised at the start of a sentence, with its other letters as
    written ("D. h.", not "D. H.": that is a person's initials); written lower-case, the letters after
    its full stops may take either case ("o. Ä." for "o. ä.", "z.b." for "z. B.")."""
    body = re.escape(form).replace(r"\.\ ", r"\.\s?")
    if not form[:1].islower() or case_sensitive:
        return body if form.endswith(".") else body + r"(?!\w)"
    rest = body[len(re.escape(form[0])):]
    loose = re.sub(r"(?<=\.)(\\s\?)?([^\W\d_])",
                   lambda m: (m.group(1) or "") + f"[{m.group(2).lower()}{m.group(2).upper()}]", rest)
    body = f"(?:{form[0]}{loose}|{form[0].upper()}{rest})"
    return body if form.endswith(".") else body + r"(?!\w)"


def abbreviation_matches(doc: Document, res: Residue,
                         cache: dict[str, Any]) -> tuple[tuple[re.Match[str], dict[str, Any]], ...]:
    """Matches of the pack's abbreviations. Scanning every token is slow, so candidates are the word
    before each full stop, plus the first words of the few forms without one ("Mme", "n°").

    MT502 and MT503 both ask for the same document: the answer is kept in the rules' per-document
    ``cache``."""
    if "untranslated.abbreviations" not in cache:
        cache["untranslated.abbreviations"] = tuple(_abbreviation_matches(doc, res))
    return cache["untranslated.abbreviations"]


def _abbreviation_matches(doc: Document, res: Residue) -> Iterator[tuple[re.Match[str], dict[str, Any]]]:
    if not res.abbreviations:
        return
    text = doc.text
    starts = set()
    word_before = _WORD_BEFORE.search
    abbreviations = res.abbreviations
    for dot in _DOT.finditer(text):
        word = word_before(text, max(0, dot.start() - _LONGEST_DOTTED_WORD), dot.start())
        # Most full stops end a sentence after a word no form starts with ("said."): only a word the
        # table knows is kept (the word before the stop is all letters, so it is what ``_WORD_AT`` reads below).
        if word and word.group() in abbreviations:
            starts.add(word.start())
    if res.undotted is not None:
        starts.update(m.start() for m in res.undotted.finditer(text))
    for start in sorted(starts):
        if start and (text[start - 1].isalnum() or text[start - 1] in ".-"):
            continue  # inside a longer word or abbreviation
        word = _WORD_AT.match(text, start)
        for pattern, entry in abbreviations.get(word.group() if word else "", ()):
            m = _compiled(pattern).match(text, start)
            if m:
                yield m, entry
                break
