"""MT402 glossary-term: a glossary term written in a listed wrong form or misspelt."""
from __future__ import annotations

import functools
import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Iterator

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from mtcheck.lang.wordstats import is_english_word, zipf
from mtcheck.model import Category, Document, Edit, Fix, Hit, Severity, Span
from mtcheck.rules.base import Context, Rule
from mtcheck.rules.name_mentions import is_inflection
from mtcheck.text.tokens import without_possessive


class GlossaryTerm(Rule):
    """A glossary term is written in a listed wrong form or misspelt.

    ## What it does
    Checks the text against the user's glossary (``glossary = "terms.csv"`` in the configuration, or
    ``--glossary``; CSV ``term,variants,note`` or TBX). It reports (a) every occurrence of a wrong
    form the glossary lists for a term ("Vice Secretary of State" for "Deputy Secretary of State";
    "Swift" for "SWIFT" when listed, matched case-sensitively because it differs only in case) and
    (b) near misses of a term: one typo away, two for long terms ("Nord Steam 2" for "Nord Stream 2",
    "Gruschko" for "Grushko"), even when the document has it only once. Case-only differences, plural
    or possessive forms are not near misses; nor are words and names of their own near a one-word term
    ("equalised" near "equaliser", "Spahn" near "Spain": both word lists know them, while a
    misspelling made in translation is in neither), nor one language's word for the other's ("Berlin
    Philharmonie" near "Berlin Philharmonic").

    ## Why it matters
    Publishers keep glossaries so that names and titles are written one way; a single misspelt
    name in a published article is an error readers notice.

    ## Example
        Deputy Foreign Minister Alexander Gruschko attended.

    ## Use instead
        Deputy Foreign Minister Alexander Grushko attended.

    ## Fix safety
    Listed wrong forms come with an unsafe fix (the glossary says what to write, but the sentence
    around it may need adjusting); near misses come with a suggestion only.
    """

    id = "MT402"
    name = "glossary-term"
    category = Category.TERMINOLOGY
    severity = Severity.ERROR

    @dataclass(frozen=True)
    class Options:
        near_misses: bool = True
        min_length: int = 5  # shorter terms get no near-miss search (too many look-alikes)
        long_term_length: int = 10  # from this length two edits count as a near miss
        common_zipf: float = 3.0  # a one-word near miss this common in English is another word
        known_zipf: float = 2.5  # ... and one this common in English or the source language a name of its own

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        entries = tuple(ctx.glossary)
        if not entries:
            return
        taken: list[Span] = []
        for pattern, entry in _variant_patterns(entries):
            for m in pattern.finditer(doc.text):
                span = Span(m.start(), m.end())
                if m.group() == entry.term or any(span.overlaps(t) for t in taken):
                    continue
                taken.append(span)
                note = f" ({entry.note})" if entry.note else ""
                yield Hit(span, f'"{m.group()}" is a wrong form of glossary term "{entry.term}"{note}', entry.term,
                          Fix((Edit(span, entry.term),), safe=False, description=f'write "{entry.term}"'))
        if ctx.options.near_misses:
            for hit in self._near_misses(doc, entries, ctx.options, ctx.pack.source):
                if not any(hit.span.overlaps(t) for t in taken):
                    yield hit

    def _near_misses(self, doc: Document, entries: tuple, opts, source: str | None) -> Iterator[Hit]:
        """Windows of the text that equal a term but for one word one typo away from the term's word."""
        terms = [(e, tuple(w.casefold() for w in e.term.split())) for e in entries if len(e.term) >= opts.min_length]
        term_words = sorted({w for _, words in terms for w in words if len(w) >= 4 and w.isalpha()})
        known = {w.casefold() for e in entries for form in (e.term, *e.variants) for w in form.split()}
        sentences = doc.sentences
        positions: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for si, sentence in enumerate(sentences):
            for wi, tok in enumerate(sentence.words):
                positions[without_possessive(tok.text).casefold()].append((si, wi))
        candidates = [w for w in positions if len(w) >= 4 and w not in known and w.isalpha()]
        if not term_words or not candidates:
            return
        # All distances at once in C (rapidfuzz): cheap even for a long document and a large glossary.
        matrix = process.cdist(candidates, term_words, scorer=Levenshtein.distance, score_cutoff=2, workers=1)
        seen: set[Span] = set()
        for ci, ti in zip(*(matrix <= 2).nonzero()):
            word, term_word, distance = candidates[ci], term_words[ti], int(matrix[ci, ti])
            if distance > (2 if min(len(word), len(term_word)) >= opts.long_term_length else 1) \
                    or is_inflection(word, term_word):
                continue
            for entry, words in terms:
                if term_word not in words:
                    continue
                k = words.index(term_word)
                if len(words) == 1 and _known_word(word, source, opts):
                    continue  # "Swiss" is not a misspelt "Swift", "equalised" not "equaliser", "Spahn" not "Spain"
                if is_english_word(word) != is_english_word(term_word) and (
                        is_english_word(word) or _source_word(word, source)):
                    # One language's word for the other's: "Berlin Philharmonic" for a term "Berlin
                    # Philharmonie", "Berlin Philharmonie" for "Berlin Philharmonic" (MT502's business),
                    # not a typo; a misspelt name ("Olaf Schulz" for "Olaf Scholz") still is one
                    continue
                for si, wi in positions[word]:
                    window = sentences[si].words[wi - k:wi - k + len(words)] if wi >= k else ()
                    if len(window) != len(words) or any(j != k and without_possessive(t.text).casefold() != w
                                                        for j, (t, w) in enumerate(zip(window, words))):
                        continue  # the other words of the term must be there as written
                    span = Span(window[0].start, window[-1].start + len(without_possessive(window[-1].text)))
                    if span not in seen:
                        seen.add(span)
                        text = doc.text[span.start:span.end]
                        yield Hit(span, f'"{text}" looks like a misspelling of glossary term "{entry.term}"',
                                  entry.term)


def _known_word(word: str, source: str | None, opts) -> bool:
    """Is ``word`` a word or name of its own, in English or the source language ("Spahn", "equalised")?
    A misspelling made in translation ("Gruschko", "Selensky") is in neither word list."""
    if zipf(word, "en") >= opts.common_zipf or is_english_word(word):
        return True
    return max(zipf(word, "en"), zipf(word, source) if source and source != "en" else 0.0) >= opts.known_zipf


def _source_word(word: str, source: str | None) -> bool:
    """Is ``word`` a common source-language word that English hardly uses ("Philharmonie")?"""
    if not source or source == "en":
        return False
    zs = zipf(word, source)
    return zs >= _SOURCE_ZIPF and zs - zipf(word, "en") >= _SOURCE_MARGIN


_SOURCE_ZIPF, _SOURCE_MARGIN = 3.0, 1.0


@functools.lru_cache(maxsize=8)
def _variant_patterns(entries: tuple) -> list[tuple[re.Pattern[str], object]]:
    """One regex per listed wrong form; case-sensitive when it differs from the term only in case."""
    out = []
    for entry in entries:
        for variant in entry.variants:
            words = [re.escape(w) for w in variant.split()]
            if not words:
                continue
            flags = 0 if variant.casefold() == entry.term.casefold() else re.IGNORECASE
            out.append((re.compile(r"(?<![\w-])" + r"\s+".join(words) + r"(?![\w-])", flags), entry))
    return out


RULES = (GlossaryTerm,)
