"""The per-document analysis shared by MT501-MT503: which sentences and quotations are still in the
source language.

Cheap word signals (source-language function words, the share of words that lean to the source
language) pick candidate sentences; language identification, restricted to the source language and
English, decides. The result is computed once per document and kept in ``ctx.cache``.
"""
from __future__ import annotations

from typing import Any, Callable, NamedTuple

from mtcheck.lang import detect
from mtcheck.lang.wordstats import zipf
from mtcheck.model import Document, Sentence, Span
from mtcheck.rules.base import Context
from mtcheck.rules.untranslated_lexicon import Residue, residue
from mtcheck.rules.untranslated_short import (MAX_TOKENS, WORD, ShortTables, allowed_sentence, before_capital,
                                              short_sentence, short_tables)
from mtcheck.text.lazy_regex import lazy_compile

_QUOTED = lazy_compile(r"[„“”\"«»‚‘]([^„“”\"«»]{12,})[“”\"«»‘’]")


class Verdict(NamedTuple):
    """A stretch of text judged to be in the source language."""

    span: Span
    probability: float | None  # langdetect's, or None for a short text judged on word signals
    quoted: bool


class Analysis(NamedTuple):
    verdicts: list[Verdict]  # untranslated sentences and quotations
    suspects: list[Sentence]  # sentences with at least one source-looking word, source noun or exonym
    allowed: list[Span]  # famous phrases English quotes in the source language ("Ich bin ein Berliner")


def analyse(doc: Document, ctx: Context, opts: Any) -> Analysis:
    """One pass over the sentences shared by MT501-MT503 (kept in ``ctx.cache``).

    ``opts`` are MT501's options: MT501 runs first (rules run in id order) and passes its own; MT502 and
    MT503 reuse its result, or compute it with MT501's default options when MT501 is not selected.
    """
    cached = ctx.cache.get("untranslated.analysis")
    if cached is not None:
        return cached
    src, res = ctx.pack.source, residue(ctx.pack)
    analysis = Analysis([], [], [])
    if src and src != ctx.pack.target and res.function_words:
        exonyms, leans, find_words = res.exonyms.keys(), res.lean.__getitem__, WORD.findall
        candidates = res.candidate.__getitem__  # lean words and capitalised nouns English does not know
        function_word, lean_lower = res.function_words.__contains__, res.lean_lower.__getitem__
        tables = short_tables(ctx.pack)
        for sentence in doc.sentences:
            # The sentence's token texts, shared with other rules, select the suspects: they are the
            # words WORD finds, plus numbers and punctuation marks (which no table knows), except where
            # a token joins letters to digits ("COVID-19": no German word hides there) or to "_"
            # (Markdown emphasis: "_Bürgergeld_"), for which the words are found anew.
            words = find_words(sentence.text) if "_" in sentence.text else sentence.texts
            if exonyms.isdisjoint(words):
                if not any(map(candidates, words)):
                    continue  # the common case: nothing but English words
                analysis.suspects.append(sentence)
                if not any(map(leans, words)):
                    continue  # only capitalised nouns: no sentence in the source language
            else:
                analysis.suspects.append(sentence)
            # What ``_signals`` needs at the least, for the sentence or any quotation in it: two
            # function words (compared lower-cased, as the pack lists them: tests/data check that,
            # which also covers a capitalised first word) or two lower-case source words. About one
            # suspect sentence in eighty gets past this.
            if len(sentence.texts) <= MAX_TOKENS and short_sentence(sentence.text, src, res, tables) \
                    and not doc.text.startswith("(", _next_char(doc.text, sentence.span.end)):
                # two to five words, all of them source-language words ("Kein Kommentar."), and no
                # translation in parentheses after them
                text = sentence.text.strip()
                begin = sentence.span.start + sentence.text.index(text[:1])
                analysis.verdicts.append(Verdict(Span(begin, begin + len(text)), None, False))
                continue
            functions = sum(map(function_word, map(str.lower, words)))
            if functions == 1:  # "am", "im" before a capitalised word: "Das Museum öffnet am Dienstag."
                functions += before_capital(sentence.text, tables)
            if functions < 2 and sum(map(lean_lower, words)) < 2 and not (
                    functions and sum(map(leans, words)) >= opts.short_any_share * sum(map(str.isalpha, words))):
                continue  # (the last: an article and nearly every word leaning, see ``_mostly_source``)
            words = find_words(sentence.text)  # exactly: tokens include numbers and punctuation marks
            analysis.verdicts.extend(_judge_sentence(sentence, words, src, res, opts, tables))
            if tables.allowed and allowed_sentence(sentence.text, tables):
                analysis.allowed.append(sentence.span)
    ctx.cache["untranslated.analysis"] = analysis
    return analysis


def _next_char(text: str, i: int) -> int:
    """Where the next character that is not white space is, from ``i``."""
    while i < len(text) and text[i].isspace():
        i += 1
    return i


def untranslated_spans(doc: Document, ctx: Context, opts: Any) -> list[Span]:
    return [v.span for v in analyse(doc, ctx, opts).verdicts]


def _judge_sentence(sentence: Sentence, words: list[str], src: str, res: Residue, opts: Any,
                    tables: ShortTables | None = None) -> list[Verdict]:
    """The sentence, or only its quotations when the words around them are English."""
    text, start = sentence.text, sentence.span.start
    quotes = [(m, _judge(m.group(1), start + m.start(1), True, src, res, opts, None, tables))
              for m in _QUOTED.finditer(text)]
    quoted = [v for _, v in quotes if v]
    # a famous phrase quoted in the original ("Kennedy said „Ich bin ein Berliner“") is not the
    # sentence's own German
    if quoted or (tables is not None and tables.allowed
                  and any(allowed_sentence(m.group(1), tables) for m, _ in quotes)):
        rest = text
        for m, _ in quotes:
            rest = rest[:m.start()] + " " * (m.end() - m.start()) + rest[m.end():]
        if _signals(rest, src, res, opts, None, tables) is None:
            return quoted  # an English sentence quoting the original
    whole = _judge(text, start, False, src, res, opts, words, tables)
    return [whole] if whole else quoted


class Signals(NamedTuple):
    function_words: int  # source-language function words ("und", "nicht")
    lower_share: float  # share of words that are lower-case source-language words
    lower: int  # how many those are
    any_share: float  # share of words, capitalised or not, frequent in the source and rare in English


def _signals(text: str, src: str, res: Residue, opts: Any, words: list[str] | None = None,
             tables: ShortTables | None = None) -> Signals | None:
    """The word signals of ``text`` when it is a candidate for language identification, else None."""
    words = WORD.findall(text) if words is None else words
    if not res.particles.isdisjoint(words):
        words = _without_name_particles(words, res.particles, src, res.function_words,
                                        res.noun_like.__getitem__)  # "said von der Leyen"
    if len(words) < opts.min_words:
        return None
    # Function words count as written (capitalised ones are inside names: "Unter den Linden"),
    # except the first word of the text.
    function_words = sum(map(res.function_words.__contains__, words)) + (words[0].lower() in res.function_words
                                                                           and not words[0].islower())
    if function_words == 1 and tables is not None:
        function_words += before_capital(text, tables)  # "am Dienstag", "im Sommer"
    elif function_words >= 2:
        # not those inside a name of capitalised words: "the Hochschule für Musik und Theater"
        function_words -= sum(1 for k in range(2, len(words) - 1) if words[k] in res.function_words
                              and words[k - 1][0].isupper() and words[k + 1][0].isupper())
    lower = sum(map(res.lean_lower.__getitem__, words))
    signals = Signals(function_words, lower / len(words), lower,
                      sum(map(res.lean.__getitem__, words)) / len(words))
    if function_words >= 2 or (lower >= 2 and (signals.lower_share >= opts.min_share
                                               or signals.any_share >= opts.min_any_share)):
        return signals
    if _mostly_source(signals, len(words), opts):
        return signals  # "Der Konzern verdoppelte seinen Gewinn.": nearly every word leans to the source
    return None


def _mostly_source(signals: Signals, n_words: int, opts: Any) -> bool:
    """An article or other function word and nearly all words leaning to the source language: a
    sentence of nouns and verb forms rarer than the lean lists know ("verdoppelte")."""
    return signals.function_words >= 1 and n_words >= 4 and signals.any_share >= opts.short_any_share


def _without_name_particles(words: list[str], particles: frozenset[str], src: str,
                            function_words: frozenset[str] = frozenset(),
                            noun_like: Callable[[str], bool] = lambda word: False) -> list[str]:
    """``words`` less the particles that lead up to a family name ("von der Leyen"); not those before
    a common source-language noun ("von der Nato", "von der Regierung", "zu den Vorwürfen": a noun the
    source language writes and English does not), which are prepositions, nor a lone particle that is a
    source function word after a lower-case word ("in den Kinos", "nach dem Spiel"): a name's particle
    follows a given name ("Joop den Uyl") or comes in a pair ("van der")."""
    keep, i = [], 0
    while i < len(words):
        j = i
        while j < len(words) and words[j] in particles:
            j += 1
        if j == i + 1 and i and words[i] in function_words and words[i - 1].islower():
            pass  # a preposition or an article: "in den Kinos"
        elif j > i and j < len(words) and words[j][0].isupper() and zipf(words[j], src) < 4.0 \
                and not noun_like(words[j]):
            i = j  # drop the particles, keep the name
            continue
        keep.append(words[i])
        i += 1
    return keep


def _judge(text: str, offset: int, quoted: bool, src: str, res: Residue, opts: Any,
           words: list[str] | None = None, tables: ShortTables | None = None) -> Verdict | None:
    """Cheap signals pick candidates; langdetect (restricted to source and English) decides."""
    signals = _signals(text, src, res, opts, words, tables)
    if signals is None or (tables is not None and allowed_sentence(text, tables)):
        return None
    stripped = text.strip()
    begin = offset + text.index(stripped[:1])
    span = Span(begin, begin + len(stripped))
    verdict = detect(text, candidates=(src, "en"))
    if verdict is None and (signals.lower >= 2 or (signals.function_words >= 2 and not quoted)
                            or (not quoted and _mostly_source(signals, len(WORD.findall(text)), opts))):
        # short: two lower-case source words, or two function words outside quotation marks (where
        # titles stand: "Das Leben der Anderen"): "Das Museum öffnet am Dienstag."; then langdetect
        short = detect(text, (src, "en"), opts.short_min_letters)
        if short is not None and short[0] == src and short[1] >= opts.short_probability:
            return Verdict(span, short[1], quoted)
    if verdict is None:  # too short for langdetect: only overwhelming word evidence counts
        overwhelming = signals.function_words >= 3 \
            or (signals.function_words >= 2 and signals.lower_share >= opts.short_share) \
            or (signals.lower >= 2 and signals.any_share >= opts.short_any_share)
        return Verdict(span, None, quoted) if overwhelming else None
    lang, probability = verdict
    return Verdict(span, probability, quoted) if lang == src and probability >= opts.min_probability else None
