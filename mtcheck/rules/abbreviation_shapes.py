"""Source-language abbreviations in shapes the pack's list does not spell out, for MT503.

The pack lists each abbreviation once, with its full stops ("bzw.", "z. B.", "Tsd."). Machine
translation and hurried copy also leave them

- without their full stop: "bzw", "ggf", "ca 120 metres", "50 Tsd", "15 Okt";
- run together or without the last full stop: "zB", "uU", "idR", "z.B", "d.h";

and some kinds are classes rather than lists: weekday ranges ("Mo.-Fr.", "Sa/So"), diploma titles
("Dipl.-Psych.", "Dipl.-Päd."), and "S." (Satz) in a legal citation after "Abs. 2".

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
from mtcheck.rules.abbreviation_acronyms import mixed_acronyms

_ENGLISH_ZIPF = 2.5  # a bare form this common in English may be English ("usf", "bes", "Std")
_ENGLISH_ZIPF_NEAR_NUMBER = 3.5  # next to a number, only a commoner one ("Nr" 3.4, "Std" 3.4)
_BARE = re.compile(r"([^\W\d_]+)\.")
_PARTS = re.compile(r"([^\W\d_]+)\.(?: ?)")
_NUMBER_BEFORE = re.compile(r"\d[\d.,]*\s?$")
_NUMBER_AFTER = re.compile(r"\s?\d")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“„'‘(\[\n]\s*|\n)$")
_WEEKDAYS = ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So")
_WEEKDAY_RANGE = re.compile(
    r"(?<![\w.])(Mo|Di|Mi|Do|Fr|Sa|So)(\.?) ?[-–/] ?(Mo|Di|Mi|Do|Fr|Sa|So)(\.?)(?![\w-])")
_DIPLOMA = re.compile(r"(?<![\w.])Dipl\. ?-? ?[A-ZÄÖÜ][a-zäöüß]{1,12}\.")
_SATZ = re.compile(r"\bAbs\. ?\d+[a-z]? (S\.) ?\d")


class Variant(NamedTuple):
    entry: dict[str, Any]
    # "any", "sentence_start" (a capitalised lower-case form), "near_number", "before_number",
    # "sentence_start_before_number"
    where: str


class Shapes(NamedTuple):
    words: dict[str, Variant]  # bare, run-together or possessive form → its entry and where it counts
    by_token: dict[str, tuple[str, ...]]  # a form's lower-case token ("bzw", "bverfg's") → the forms
    compact: dict[str, Variant]  # "z.B", "d.h": forms with inner full stops
    other: tuple[str, ...]  # forms the tokenizer splits ("T€'s"), looked for as text
    token_keys: frozenset[str]  # ``by_token``'s keys and the weekdays of a range
    spaced_letters: bool  # the language spaces its letter abbreviations ("z. B.", "u. U."): look for unlisted ones


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
    """Cheap pre-tests first: the sentences' lower-case token texts (which other rules build too)
    against the variants' tokens, a literal scan for full stops before letters, ``in`` for the rest."""
    text = doc.text
    shapes = _shapes(pack.data_dir, pack.source, pack.target)
    keys = shapes.token_keys
    tokens: set[str] = set()
    for sentence in doc.sentences:
        lower = sentence.lower_texts
        if not keys.isdisjoint(lower):
            tokens.update(keys.intersection(lower))
    found = [form for token in tokens if token in shapes.by_token for form in shapes.by_token[token]]
    found += [form for form in shapes.other if form in text]
    for form in found:
        yield from _variants(text, _whole_word(form).finditer(text), shapes.words, language)
    if shapes.compact:
        yield from _variants(text, _compact(text, shapes.compact), shapes.compact, language)
    if shapes.spaced_letters:
        yield from _spaced_letters(text, language)
    if pack.source != "de":
        return
    if tokens & _RANGE_DAYS:
        for m in _WEEKDAY_RANGE.finditer(text):
            if m.group(1) != m.group(3) and (m.group(2) or m.group(4) or m.group(1) != "Do"):
                yield ShapeHit(m.start(), m.end(), None, f'German weekday range "{m.group()}": '
                                                         'English "Mon-Fri" style ("Monday to Friday")')
    if "Dipl" in text:
        for m in _DIPLOMA.finditer(text):
            yield ShapeHit(m.start(), m.end(), None,
                           f'German diploma title "{m.group()}": English names the degree or drops it')
    if "Abs." in text:
        for m in _SATZ.finditer(text):
            yield ShapeHit(m.start(1), m.end(1), None,
                           'German abbreviation "S." (Satz) in a legal citation: English "sentence"')
    if ".-" in text:
        for m in _DOT_HYPHEN.finditer(text):
            if _german_word(m.group(2), pack.source):
                yield ShapeHit(m.start(), m.end(), None,
                               f'German abbreviated compound "{m.group()}": write the word out in English')
        for m in _TITLE_CHAIN.finditer(text):
            if not (m.group(1) in _ENGLISH_CHAIN_PARTS and m.group(2) in _ENGLISH_CHAIN_PARTS) \
                    and m.group(1) not in _PLACE_PREFIXES and m.group(1) != "Dipl":
                yield ShapeHit(m.start(), m.end(), None, f'German title "{m.group()}": English writes "Prof." or '
                                                         '"Dr." alone, or names the post ("junior professor")')
    if "Dr. " in text or "Prof. " in text:
        yield from _titles(text)
    if _PARTY.search(text):
        yield from _party_organs(text)
    for start, end, message in mixed_acronyms(text, pack.source, language):
        yield ShapeHit(start, end, None, message)


# Letters with full stops, spaced, at least one of them lower-case: "o. r." (oben rechts), "m. W.",
# "i. e. S.", "ü. d. M.". A language whose pack lists several such forms ("z. B.", "u. U.", "i. d. R.")
# spaces its letter abbreviations; English writes its own unspaced ("e.g.", "a.m."), and where it spaces
# them ("e. g.", "a. m."), they are still English: a spaced form whose unspaced one English writes often
# (wordfreq), or one of English's rarer ones below, is left alone. Initials are capitals ("J. R. R.").
# Found from a literal scan for ". x." (a full stop, a space, a letter, a full stop).
_SPACED = re.compile(r"[^\W\d_]\. [^\W\d_]\.(?: [^\W\d_]\.)*")
_SPACED_AT = re.compile(r"[^\W\d_]\. [^\W\d_]\.(?: [^\W\d_]\.)*(?![\w'’-])")
_SPACED_PAIR = re.compile(r"\. [^\W\d_]\.")
_SPACED_MIN_ENTRIES = 3
_ENGLISH_DOTTED_ZIPF = 3.3  # "e.g" 4.5, "a.m" 4.4, "b.c" 3.7, "a.k.a" 3.3; German "m.e" 2.9, "d.h" 2.4
_ENGLISH_DOTTED = frozenset({"n.b", "q.v", "c.f", "w.r.t", "r.s.v.p", "v.s", "i.v", "s.v", "n.d", "o.k", "p.p",
                             "a.s.a.p", "i.m", "s.c", "p.o", "o.d", "b.s", "m.a", "m.s", "m.d", "p.a"})


def _spaced_letters(text: str, language: str) -> Iterator[ShapeHit]:
    done = 0
    for pair in _SPACED_PAIR.finditer(text):
        start = pair.start() - 1
        if start < done or start < 0 or (start and (text[start - 1].isalnum() or text[start - 1] in "._'’-")):
            continue
        m = _SPACED_AT.match(text, start)
        if m is None:
            continue
        done = m.end()
        form = m.group()
        letters = form[::3]
        if letters.isupper():
            continue  # initials: "J. R. R. Tolkien", "the U. S."
        if letters[0].isupper() and (letters[1].isupper()
                                     or not _SENTENCE_START.search(text, max(0, start - 3), start)):
            continue  # "A. d. Smith"; "O. r." only at the start of a sentence
        if letters[1:].islower() and _english_dotted(".".join(letters.lower())):
            continue  # "e. g.", "a. m."; not "a. M." (am Main)
        yield ShapeHit(m.start(), m.end(), None, f'"{form}" looks like a {language} abbreviation (spaced letters '
                                                 "with full stops): write it out in English")


@functools.lru_cache(maxsize=256)
def _english_dotted(key: str) -> bool:
    return key in _ENGLISH_DOTTED or zipf(key, "en") >= _ENGLISH_DOTTED_ZIPF


# A German compound whose first part is abbreviated: "prov.-frei" (provisionsfrei), "gebührenpfl." is
# a cut-off word (MT503's shape test); the part after the hyphen must be a German word, not English
# ("U.S.-led", "Inc.-owned"), and capitalised parts are left to the list ("Reg.-Bez.", "Lt.-Col.").
_DOT_HYPHEN = re.compile(r"(?<![\w.])([^\W\d_]{2,8})\.-([a-zäöüß]{3,20})(?![\w-])")


@functools.lru_cache(maxsize=1024)
def _german_word(word: str, source: str | None) -> bool:
    if not source:
        return False
    src, en = zipf(word, source), zipf(word, "en")
    return src >= 2.5 and src - en >= 1.0 and not is_english_word(word)


# Academic and professional titles English writes as "Dr." or "Prof." alone, or names in words:
# - two capitalised abbreviations joined by ".-": "Jun.-Prof." (Juniorprofessor), "Priv.-Doz.",
#   "Univ.-Prof.", "Hon.-Prof."; English writes this shape only for its ranks ("Lt.-Col.", "Maj.-Gen.")
#   and month or weekday ranges ("Jan.-Feb."), and French saints' places ("St.-Jean");
# - a German abbreviation before "Prof." or "Dr.": "apl. Prof." (außerplanmäßig), "o. Prof.", "PD Dr."
#   (Privatdozent), and the double doctorate "Dr. Dr."; not English "ed.", "cf.", "vs." ...;
# - "Dr." with Latin faculty abbreviations: "Dr. habil.", "Dr. sc. techn.", "Dr. theol.", "Dr. oec."
#   (the pack lists the commonest: "Dr. med.", "Dr. rer. nat.", "Dr. phil.").
_TITLE_CHAIN = re.compile(r"(?<![\w.-])([A-ZÄÖÜ][a-zäöüß]{1,5})\.-([A-ZÄÖÜ][a-zäöüß]{1,5})\.(?![\w-])")
_ENGLISH_CHAIN_PARTS = frozenset("""Lt Lieut Col Gen Maj Brig Cdr Cmdr Comdr Adm Capt Sgt Cpl Gov Vice Rear Sub
Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun""".split())
_PLACE_PREFIXES = frozenset({"St", "Ste", "Mt", "Ft", "Pt"})
_TITLE_BEFORE = re.compile(r"(?<![\w.])(?:([a-zäöü]{1,4})\.|PD|(Dr)\.) ?(?:Prof|Dr)\.(?= [A-ZÄÖÜ])")
_ENGLISH_BEFORE_TITLE = frozenset({"ed", "eds", "cf", "vs", "etc", "viz", "incl", "esp", "resp", "al", "rev",
                                   "trans", "per", "and", "by", "ie", "eg", "pp", "p", "no", "am", "pm", "approx",
                                   "fig", "ch", "vol", "sec", "art", "para", "op", "cit", "ibid", "sr", "jr"})
_LATIN_DOCTOR = re.compile(r"(?<![\w.])Dr\. ((?:[a-z]{1,6}\. ?){1,3})(?=[A-ZÄÖÜ,]|$)")
_FACULTIES = frozenset("""med dent vet rer nat pol phil jur iur oec publ soc techn sc agr theol habil paed des ing
troph medic hum biol math h c mult pharm cult silv forest nutr disc mont hort sportwiss""".split())


def _titles(text: str) -> Iterator[ShapeHit]:
    for m in _TITLE_BEFORE.finditer(text):
        stem = m.group(1)
        if stem is not None and (stem in _ENGLISH_BEFORE_TITLE or is_english_word(stem)):
            continue
        yield ShapeHit(m.start(), m.end(), None, f'German title "{m.group()}": English writes "Prof." or "Dr." '
                                                 "alone, or names the post")
    for m in _LATIN_DOCTOR.finditer(text):
        stems = m.group(1).replace(" ", "").rstrip(".").split(".")
        if all(stem in _FACULTIES for stem in stems):
            end = m.start(1) + len(m.group(1).rstrip())
            yield ShapeHit(m.start(), end, None, f'German doctoral title "{text[m.start():end]}": English '
                                                 'writes "Dr." alone, or names the degree')


# A party's organ by its German acronym: "the BPT of the FDP" (Bundesparteitag), "the SPD's LPT"
# (Landesparteitag), "the BDK of the Greens", "the CSU's KV" (Kreisverband). English names the organ
# ("the FDP's federal party conference"); acronyms English writes (MP, MEP, HQ, PR, CEO, EU) are too
# frequent in English to count, and German states (NRW) are names English news keeps.
_PARTIES = r"CDU|CSU|SPD|FDP|AfD|Greens|Left Party|Linke|BSW|Free Voters|ÖVP|SPÖ|FPÖ"
_PARTY = re.compile(rf"\b(?:{_PARTIES})\b")
_ORGAN_OF = re.compile(rf"(?<![\w.])(?:the|The) ([A-ZÄÖÜ]{{2,4}}) of the (?:{_PARTIES})\b")
_PARTYS_ORGAN = re.compile(rf"\b(?:{_PARTIES})(?:['’]s|['’]) ([A-ZÄÖÜ]{{2,4}})(?![\w'’.-])")
_ORGAN_ENGLISH_ZIPF = 3.2  # KV 3.1; MP, MEP, HQ, PR, CEO, EU, TV, IT far above
_STATES = frozenset({"NRW", "BW", "MV", "RLP", "LSA", "NDS", "SH", "HH", "HB", "BY", "SN", "TH", "ST", "BE", "BB"})
# English acronyms rarer than that which English writes of a party all the same: its members of the
# European Parliament and their groups, company meetings and officers, other parties and unions.
_ENGLISH_ORGANS = frozenset({"MEP", "EPP", "ECR", "ALDE", "AGM", "EGM", "CFO", "COO", "SME", "ECB", "ERP", "CDU",
                             "CSU", "SPD", "FDP", "BSW", "DGB", "ÖVP", "SPÖ", "FPÖ"})


def _party_organs(text: str) -> Iterator[ShapeHit]:
    for pattern in (_ORGAN_OF, _PARTYS_ORGAN):
        for m in pattern.finditer(text):
            word = m.group(1)
            if word in _STATES or word in _ENGLISH_ORGANS or zipf(word, "en") >= _ORGAN_ENGLISH_ZIPF or text[m.end(1):m.end(1) + 2] == " (":
                continue
            yield ShapeHit(m.start(1), m.end(1), None, f'German party acronym "{word}" (a party organ or branch) '
                                                       "left unexplained: write the English name")


_DOT_LETTER = re.compile(r"\.(?=[^\W\d_])")
_COMPACT = re.compile(r"[^\W\d_]{1,2}(?:\.[^\W\d_]{1,4}){1,3}(?![\w.])")
# a range's tokens: "mo", "fr" ("Mo.-Fr."), or "mo-fr" as one token; "do" and "so" are English words
_RANGE_DAYS = frozenset({"mo", "di", "mi", "fr", "sa"}) | frozenset(
    f"{a.lower()}-{b.lower()}" for a in _WEEKDAYS for b in _WEEKDAYS if a != b)


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
        if where.startswith("sentence_start") and not _SENTENCE_START.search(text, max(0, start - 3), start):
            continue
        if where.endswith("before_number") and not _NUMBER_AFTER.match(text, end):
            continue
        if where == "near_number" and not (_NUMBER_AFTER.match(text, end)
                                           or _NUMBER_BEFORE.search(text, max(0, start - 20), start)):
            continue
        form = variant.entry["form"]
        if m.group() == form or m.group()[len(form):] in ("'s", "’s"):  # the form itself, or its possessive
            yield ShapeHit(start, start + len(form), variant.entry, f'{language} abbreviation "{form}"')
        else:
            yield ShapeHit(start, end, variant.entry,
                           f'"{m.group()}" is the abbreviation "{form}" without its full stops')


_SIMPLE_TOKEN = re.compile(r"[^\W\d_][\w]*(?:['’]s)?")


@functools.lru_cache(maxsize=16)
def _shapes(data_dir: Path, source: str | None, target: str) -> Shapes:
    table = Pack(source, target, data_dir).table("untranslated")
    entries = table.get("abbreviations", ())
    words: dict[str, Variant] = {}
    listed = {e["form"] for e in entries}
    for entry in table.get("undotted_abbreviations", ()):
        words[entry["form"]] = Variant(entry, "any")
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
        if _SIMPLE_TOKEN.fullmatch(form):
            by_token.setdefault(form.lower(), []).append(form)
        elif "." in form:
            compact[form] = variant
        elif not form.endswith(("'s", "’s")):  # the possessive is found with the form ("T€'s")
            other.append(form)
    spaced = sum(1 for e in entries if _SPACED.fullmatch(e["form"]) and any(c.islower() for c in e["form"]))
    return Shapes(words, {k: tuple(v) for k, v in by_token.items()}, compact, tuple(other),
                  frozenset(by_token) | _RANGE_DAYS, spaced >= _SPACED_MIN_ENTRIES)


def _derived(entry: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """The shapes of one entry's form that the list does not spell out, and where each counts."""
    form = entry["form"]
    lower = form[:1].islower()
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
