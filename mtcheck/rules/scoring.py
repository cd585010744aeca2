"""Scoring rules: weak sentences found by back-translation or reference scoring, as findings.

They compute nothing: ``mtcheck score`` and ``mtcheck check`` score the document first and hand the
:class:`~mtcheck.scoring.results.DocumentScores` to the engine as ``extras={"scores": scores}``; these rules
read it from ``ctx.cache["scores"]`` and yield nothing when it is absent (a plain ``mtcheck lint``). So
scoring findings go through selection, severity, baselines and reports like any other.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Iterator

from mtcheck.model import Category, Document, Hit, Severity, Span
from mtcheck.rules.base import Context, Rule
from mtcheck.scoring.results import AlignedPair, DocumentScores

_QUOTE_MAX = 120
MIN_PAIRS_FOR_MEDIAN = 5  # below this a document median says little


def scores_for(doc: Document, ctx: Context) -> DocumentScores | None:
    """The scores of ``doc`` from the engine's extras (one DocumentScores, or a mapping by path)."""
    scores = ctx.cache.get("scores")
    if isinstance(scores, Mapping):
        scores = scores.get(doc.path)
    return scores if isinstance(scores, DocumentScores) else None


def quote(text: str | None) -> str:
    text = " ".join((text or "").split())
    return f"“{text if len(text) <= _QUOTE_MAX else text[:_QUOTE_MAX - 1].rstrip() + '…'}”"


def _fits(doc: Document, span: Span | None) -> bool:
    return span is not None and 0 <= span.start <= span.end <= len(doc.text)


def _compared_with(scores: DocumentScores) -> str:
    """What the translation was compared with, for messages: the source (back-translation) or a reference."""
    return "source" if scores.comparison == "back-translation" else "reference"


def _words(text: str | None) -> int:
    return sum(1 for w in (text or "").split() if any(c.isalnum() for c in w))


class LowBackTranslationSimilarity(Rule):
    """A sentence whose back-translation (or reference, or round trip) hardly matches.

    ## What it does
    Flags a target sentence whose sentence-level chrF++ is below `min_chrf`, or more than `median_drop`
    points below the document's median chrF++. In back-translation scoring the chrF++ compares the
    sentence's back-translation with the aligned source sentence; in reference scoring it compares the
    sentence with the aligned reference; in a round trip, the sentence with its round trip. The message
    quotes the source (or reference) and the back-translation so that an editor who does not read the
    source language can still judge the sentence. Sentences with fewer than `min_words` words (headings,
    datelines) are skipped: chrF++ on a few words is noise.

    ## Why it matters
    A sentence that back-translates into something unlike its source is where meaning was lost: a
    mistranslated idiom, an inverted negation, a garbled subject. chrF++ is the sentence-level metric
    sacrebleu's maintainers recommend (sentence BLEU is unreliable on single sentences).

    ## Example
        Source:            Immerhin. Ein Durchbruch ist das noch lange nicht.
        Target:            After all. This is not a breakthrough, for a long time.
        Back-translation:  Schließlich. Das ist kein Durchbruch, für eine lange Zeit.

    ## Use instead
        Target:            It is far from a breakthrough, but it is at least something.

    ## Fix safety
    No fix: the sentence needs a translator's judgement.
    """

    id = "MT901"
    name = "low-back-translation-similarity"
    category = Category.ACCURACY
    severity = Severity.WARNING
    target_languages = None

    @dataclass(frozen=True)
    class Options:
        min_chrf: float = 30.0  # chrF++ below this is always flagged
        median_drop: float = 25.0  # chrF++ this many points below the document median is flagged
        min_words: int = 4

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        scores = scores_for(doc, ctx)
        if scores is None:
            return
        opts = ctx.options
        scored = [p for p in scores.pairs if p.chrf is not None]
        median = scores.median_chrf if len(scored) >= MIN_PAIRS_FOR_MEDIAN else None
        for pair in scored:
            if not _fits(doc, pair.target_span) or _words(pair.target) < opts.min_words:
                continue
            below_floor = pair.chrf < opts.min_chrf
            below_median = median is not None and pair.chrf < median - opts.median_drop
            if below_floor or below_median:
                yield Hit(pair.target_span, self._message(scores, pair, median))  # type: ignore[arg-type]

    @staticmethod
    def _message(scores: DocumentScores, pair: AlignedPair, median: float | None) -> str:
        stat = f"chrF++ {pair.chrf:.1f}" + (f", document median {median:.1f}" if median is not None else "")
        if scores.comparison == "back-translation":
            return (f"low back-translation similarity ({stat}): source {quote(pair.source)} "
                    f"back-translates as {quote(pair.back_translation)}")
        if scores.comparison == "round-trip":
            return (f"low round-trip similarity ({stat}): via {quote(pair.back_translation)} "
                    f"it comes back as {quote(pair.round_trip)}")
        return f"low similarity to the reference ({stat}): the reference has {quote(pair.references[0])}"


class PossibleOmission(Rule):
    """A source sentence with no counterpart in the translation.

    ## What it does
    Flags a sentence of the source article (or of the reference) that the sentence alignment could not
    link to any target sentence. The finding sits on the target sentence after which the missing text
    would have gone, and quotes the sentence that seems to be missing. Sentences with fewer than
    `min_words` words are ignored.

    ## Why it matters
    Machine translation sometimes drops a sentence outright, most often a short one between two long
    ones or the second half of a split. Nothing in the English text shows the gap: only a comparison
    with the source does.

    ## Example
        Source:  Die Brücke bleibt für Autos gesperrt. Fußgänger können sie weiter nutzen.
        Target:  The bridge will remain closed to cars.

    ## Use instead
        Target:  The bridge will remain closed to cars. Pedestrians can still use it.

    ## Fix safety
    No fix: the missing sentence has to be translated.
    """

    id = "MT902"
    name = "possible-omission"
    category = Category.ACCURACY
    severity = Severity.WARNING
    target_languages = None

    @dataclass(frozen=True)
    class Options:
        min_words: int = 3

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        scores = scores_for(doc, ctx)
        if scores is None:
            return
        where = _compared_with(scores)
        for pair in scores.omissions:
            missing = pair.source if where == "source" else (pair.references[0] if pair.references else None)
            if _words(missing) < ctx.options.min_words:
                continue
            anchor = pair.anchor if _fits(doc, pair.anchor) else Span(0, 0)
            yield Hit(anchor, f"possible omission: the {where} sentence {quote(missing)} has no counterpart "
                              "in the translation")  # type: ignore[arg-type]


class PossibleAddition(Rule):
    """A target sentence with no counterpart in the source or the references.

    ## What it does
    Flags a target sentence that the sentence alignment could not link to any source sentence (in
    back-translation scoring) or to any reference sentence (in reference scoring). Sentences with fewer
    than `min_words` words are ignored.

    ## Why it matters
    Text that is not in the source is either scraped page furniture (job widgets, teasers, source
    markers) or content the translation invented; both must go before publication.

    ## Example
        Source:  Seitdem dürfen schwere Lastwagen die Brücke nicht mehr befahren.
        Target:  Since then, heavy trucks may no longer use the bridge. This has led to long detours.

    ## Use instead
        Target:  Since then, heavy trucks may no longer use the bridge.

    ## Fix safety
    No fix: the sentence may be a legitimate addition by an editor; a person decides.
    """

    id = "MT903"
    name = "possible-addition"
    category = Category.ACCURACY
    severity = Severity.WARNING
    target_languages = None

    @dataclass(frozen=True)
    class Options:
        min_words: int = 3

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        scores = scores_for(doc, ctx)
        if scores is None:
            return
        where = _compared_with(scores)
        for pair in scores.additions:
            if not _fits(doc, pair.target_span) or _words(pair.target) < ctx.options.min_words:
                continue
            yield Hit(pair.target_span, f"possible addition: {quote(pair.target)} has no counterpart in the "  # type: ignore[arg-type]
                                        f"{where}")


RULES = (LowBackTranslationSimilarity, PossibleOmission, PossibleAddition)
