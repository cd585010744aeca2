"""Source-language abbreviations in shapes the pack's list does not spell out, for MT503.

The pack lists each abbreviation once, with its full stops ("bzw.", "z. B.", "Tsd."). Machine
translation and hurried copy also leave them

- without their full stop: "bzw", "ggf", "ca 120 metres", "50 Tsd", "15 Okt";
- run together or without the last full stop: "zB", "uU", "idR", "z.B", "d.h";

and some kinds are classes rather than lists: weekday ranges ("Mo.-Fr.", "Sa/So"), diploma titles
("Dipl.-Psych.", "Dipl.-Päd."), and "S." (Satz) in a legal citation after "Abs. 2".

The pack's ``[[undotted_abbreviations]]`` may also hold one dotted word that counts only in a context
("Mag. Huber", "Gl. 7"): found by its token like the undotted ones. A rank read before a name also
counts in its feminine form ("KHKin Weber", "POKin Schulz": the rank and "-in").

The variants are derived from the pack's own entries, so a new entry brings its variants along. A
variant that could be English is not derived: a bare form that is an English word or frequent in
English ("mind", "usf", "bes"), and capitalised bare forms count only next to a number ("Nr 5",
"3 Std": not "Std" alone, which may be "STD"), and two-letter lower-case forms only before a
number ("ca 120 metres", "rd 500 jobs").
"""
from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any, Iterable, Iterator, NamedTuple

from mtcheck.lang.wordstats import is_english_word, zipf
from mtcheck.model import Document
from mtcheck.packs import Pack
from mtcheck.rules.abbreviation_classes import RANGE_DAYS, SENTENCE_START, SPACED, SPACED_MIN_ENTRIES, class_hits
from mtcheck.rules.abbreviation_contexts import pack_contexts
from mtcheck.rules.abbreviation_adverts import ADVERT_TOKENS
from mtcheck.rules.abbreviation_statutes import STATUTE_TOKENS
from mtcheck.rules.abbreviation_sectors import SECTOR_TOKENS
from mtcheck.text.lazy_regex import lazy_compile

_ENGLISH_ZIPF = 2.5  # a bare form this common in English may be English ("usf", "bes", "Std")
_ENGLISH_ZIPF_NEAR_NUMBER = 3.5  # next to a number, only a commoner one ("Nr" 3.4, "Std" 3.4)
_BARE = lazy_compile(r"([^\W\d_]+)\.")
_PARTS = lazy_compile(r"([^\W\d_]+)\.(?: ?)")
_NUMBER_BEFORE = lazy_compile(r"\d[\d.,]*\s?$")
_NUMBER_AFTER = lazy_compile(r"\s?\d")


class Variant(NamedTuple):
    entry: dict[str, Any]
    # "any", "sentence_start" (a capitalised lower-case form), "near_number", "before_number",
    # "sentence_start_before_number"
    where: str


class Shapes(NamedTuple):
    words: dict[str, Variant]  # bare, run-together or possessive form → its entry and where it counts
    by_token: dict[str, tuple[str, ...]]  # a form's token as written ("bzw", "BVerfG's", "Mag") → the forms
    compact: dict[str, Variant]  # "z.B", "d.h": forms with inner full stops
    other: tuple[str, ...]  # forms the tokenizer splits ("T€'s"), looked for as text
    token_keys: frozenset[str]  # ``by_token``'s keys, the weekdays of a range and the region codes
    spaced_letters: bool  # the language spaces its letter abbreviations ("z. B.", "u. U."): look for unlisted ones
    region_codes: frozenset[str]  # codes of regions written after a town ("Sarnen OW"), looked for as tokens


class ShapeHit(NamedTuple):
    start: int
    end: int
    entry: dict[str, Any] | None  # the pack's entry the variant derives from (None: a class)
    message: str


def shape_hits(doc: Document, pack: Pack, language: str,
               cache: dict[str, Any] | None = None) -> tuple[ShapeHit, ...]:
    """Abbreviations in ``doc`` that the pack lists in another shape, and the classes above (kept in
    the rules' per-document ``cache`` when given: MT502 may ask too, to leave them to MT503)."""
    if cache is None:
        return tuple(sorted(_shape_hits(doc, pack, language), key=_position))
    if "untranslated.abbreviation_shapes" not in cache:
        cache["untranslated.abbreviation_shapes"] = tuple(sorted(_shape_hits(doc, pack, language), key=_position))
    return cache["untranslated.abbreviation_shapes"]


def _position(hit: ShapeHit) -> tuple[int, int]:
    return hit.start, hit.end


def _shape_hits(doc: Document, pack: Pack, language: str) -> Iterator[ShapeHit]:
    """Cheap pre-tests first: the sentences' token texts (which other rules build too) against the
    variants' tokens as written (the scans below are case-sensitive: an English "as" or "em" need not
    send them looking for "AS" or "EM"), a literal scan for full stops before letters, ``in`` for the rest."""
    text = doc.text
    shapes = _shapes(pack.data_dir, pack.source, pack.target)
    keys = shapes.token_keys
    tokens: set[str] = set()
    for sentence in doc.sentences:
        texts = sentence.texts
        if not keys.isdisjoint(texts):
            tokens.update(keys.intersection(texts))
    found = [form for token in tokens if token in shapes.by_token for form in shapes.by_token[token]]
    if shapes.other and _any_literal(shapes.other).search(text):  # one scan first: most texts hold none
        found += [form for form in shapes.other if form in text]
    for form in found:
        yield from _variants(text, _whole_word(form).finditer(text), shapes.words, language)
    if shapes.compact:
        yield from _variants(text, _compact(text, shapes.compact), shapes.compact, language)
    for start, end, message in class_hits(text, pack.source, language, tokens, shapes.spaced_letters,
                                          pack_contexts(pack), shapes.region_codes & tokens):
        yield ShapeHit(start, end, None, message)


_DOT_LETTER = lazy_compile(r"\.(?=[^\W\d_])")
_COMPACT = lazy_compile(r"[^\W\d_]{1,2}(?:\.[^\W\d_]{1,4}){1,3}(?![\w.])")


def _compact(text: str, words: dict[str, Variant]) -> Iterator[re.Match[str]]:
    """"z.B", "d.h": found from their first inner full stop (a literal scan), not by trying every word."""
    done = 0
    for dot in _DOT_LETTER.finditer(text):
        at = dot.start()
        if at < done or not at or not text[at - 1].isalpha():
            continue
        for start in (at - 1, at - 2):
            if start < 0 or (start and (text[start - 1].isalnum() or text[start - 1] in "._")):
                continue
            m = _COMPACT.match(text, start)
            if m is not None and m.group() in words:
                done = m.end()
                yield m
                break


@functools.lru_cache(maxsize=16)
def _any_literal(forms: tuple[str, ...]) -> re.Pattern[str]:
    """Any of ``forms`` as written: one regex scan costs less than an ``in`` test each (``shapes.other``)."""
    return re.compile("|".join(map(re.escape, forms)))


@functools.lru_cache(maxsize=1024)
def _whole_word(form: str) -> re.Pattern[str]:
    """``form`` not inside a longer word or after a full stop; tested after its first character, so
    that the scan can skip ahead to that character."""
    return re.compile(re.escape(form[0]) + r"(?<![\w.].)" + re.escape(form[1:]) + r"(?!\w)")


def _variants(text: str, matches: Iterable[re.Match[str]], words: dict[str, Variant],
              language: str) -> Iterator[ShapeHit]:
    for m in matches:
        variant = words.get(m.group())
        if variant is None:
            continue
        start, end = m.span()
        if start and text[start - 1] in "./@:-_&#":
            continue  # part of an address, a file name or a hyphenated word
        if end < len(text) and (text[end] in "@-&" or (text[end] == "." and text[end + 1:end + 2].isalnum())
                                or (text[end] == "/" and not variant.entry.get("only_after_number"))):
            continue  # "72 dt/ha": a unit per hectare
        where = variant.where
        if where.startswith("sentence_start") and not SENTENCE_START.search(text, max(0, start - 3), start):
            continue
        if where.endswith("before_number") and not _NUMBER_AFTER.match(text, end):
            continue
        if where == "near_number" and not (_NUMBER_AFTER.match(text, end)
                                           or _NUMBER_BEFORE.search(text, max(0, start - 20), start)):
            continue
        form = variant.entry["form"]
        if m.group() == form or m.group()[len(form):] in ("'s", "’s"):  # the form itself, or its possessive
            yield ShapeHit(start, start + len(form), variant.entry, f'{language} abbreviation "{form}"')
        elif m.group() == form + _FEMININE:
            yield ShapeHit(start, end, variant.entry, f'{language} abbreviation "{m.group()}" (feminine of "{form}")')
        else:
            yield ShapeHit(start, end, variant.entry,
                           f'"{m.group()}" is the abbreviation "{form}" without its full stops')


_SIMPLE_TOKEN = lazy_compile(r"[^\W\d_][\w]*(?:['’]s)?")
_DOTTED_WORD = lazy_compile(r"[^\W\d_]+\.")
_FEMININE = "in"  # German feminine of a rank or a title: "KHK" → "KHKin", "RA" → "RAin"


@functools.lru_cache(maxsize=16)
def _shapes(data_dir: Path, source: str | None, target: str) -> Shapes:
    table = Pack(source, target, data_dir).table("untranslated")
    entries = table.get("abbreviations", ())
    words: dict[str, Variant] = {}
    listed = {e["form"] for e in entries}
    for entry in table.get("undotted_abbreviations", ()):
        words[entry["form"]] = Variant(entry, "any")
        if _DOTTED_WORD.fullmatch(entry["form"]):
            continue  # "Hj." after an ordinal: not "Hj" without it
        for form, where in _derived(entry):
            words.setdefault(form, Variant(entry, where))
    for entry in entries:
        for form, where in _derived(entry):
            if form not in listed and form not in words:
                words[form] = Variant(entry, where)
    by_token: dict[str, list[str]] = {}
    other = []
    compact = {}
    for form, variant in words.items():
        if _SIMPLE_TOKEN.fullmatch(form) and not any(c.isdigit() for c in form):
            by_token.setdefault(form, []).append(form)
        elif form.endswith(".") and _DOTTED_WORD.fullmatch(form):  # "Mag.", "Gl.": a dotted word with a context
            by_token.setdefault(form[:-1], []).append(form)
        elif "." in form:
            compact[form] = variant
        elif not form.endswith(("'s", "’s")):  # the possessive is found with the form ("T€'s"); "U3" is two tokens
            other.append(form)
    spaced = sum(1 for e in entries if SPACED.fullmatch(e["form"]) and any(c.islower() for c in e["form"]))
    regions = frozenset(table.get("acronyms", {}).get("region_codes", ()))  # "Sarnen OW": tested as tokens too
    return Shapes(words, {k: tuple(v) for k, v in by_token.items()}, compact, tuple(other),
                  frozenset(by_token) | RANGE_DAYS | regions | ADVERT_TOKENS | STATUTE_TOKENS | SECTOR_TOKENS,
                  spaced >= SPACED_MIN_ENTRIES, regions)


def _derived(entry: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """The shapes of one entry's form that the list does not spell out, and where each counts."""
    form = entry["form"]
    lower = form[:1].islower()
    if entry.get("before_name") and form.isalpha() and form[-1].isupper():
        yield form + _FEMININE, "any"  # "KHKin Weber", "POKin Schulz"; `before_name` still wants the name
    if "." not in form and " " not in form and not entry.get("before_place") \
            and not entry.get("only_after_number"):
        yield form + "'s", "any"  # "the BVerfG's ruling" (the list's matcher reads "BVerfG's" as one word)
        yield form + "’s", "any"
        return
    bare = _BARE.fullmatch(form)
    if bare:  # one word and its full stop: "bzw.", "Tsd."
        word = bare.group(1)
        if is_english_word(word):
            return
        inner_capital = any(c.isupper() for c in word[1:])
        if lower and len(word) >= 3 and zipf(word, "en") < _ENGLISH_ZIPF:
            yield word, "any"
            if not entry.get("case_sensitive"):
                yield word[:1].upper() + word[1:], "sentence_start"
        elif lower and len(word) == 2:  # "ca 120 metres", "rd 500 jobs"
            yield word, "before_number"
            if not entry.get("case_sensitive"):  # "Ca 40 people came", not "serum Ca 2.4 mmol/l"
                yield word[:1].upper() + word[1:], "sentence_start_before_number"
        elif not lower and inner_capital:
            yield word, "any"  # "MwSt", "USt"
        elif not lower and len(word) >= 2 and zipf(word, "en") < _ENGLISH_ZIPF_NEAR_NUMBER:
            yield word, "near_number"  # "50 Tsd", "Nr 5", "15 Okt"
        return
    parts = _PARTS.findall(form)
    if len(parts) < 2 or "".join(p + "." for p in parts) != form.replace(" ", "") or entry.get("case_sensitive") \
            or not lower:
        return
    joined = "".join(parts)
    if any(c.isupper() for c in joined[1:]):
        yield joined, "any"  # "zB", "uU", "idR"
    compact = ".".join(parts)  # "z.B", "d.h": the last full stop missing
    yield compact, "any"
    capitalised = compact[:1].upper() + compact[1:]
    if not capitalised.replace(".", "").isupper():  # "D.C" (Spanish "d. C.") is English "D.C."
        yield capitalised, "sentence_start"
