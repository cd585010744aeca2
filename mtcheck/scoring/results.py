"""The frozen results of scoring one document, and their stable JSON form.

``DocumentScores.to_json()`` is a contract (reports render ``Report.scores[path]`` from it): key names do
not change, floats are rounded (scores to 2 decimals, as sacrebleu prints them; similarities to 3).
"""
from __future__ import annotations

import statistics
from dataclasses import dataclass
from typing import Any

from mtcheck.model import Span
from mtcheck.scoring.metrics import MetricScore, PairedResult

MODES = ("back-translation", "round-trip", "reference", "line-aligned")


def _r(value: float | None, digits: int = 2) -> float | None:
    return None if value is None else round(value, digits)


def _span(span: Span | None) -> list[int] | None:
    return None if span is None else [span.start, span.end]


@dataclass(frozen=True)
class AlignedPair:
    """One aligned unit: source (or first-reference) sentences linked to target sentences.

    ``link`` counts the units on each side, pivot (source, or first reference) first: ``"1-2"`` is one
    source sentence translated as two target sentences. ``kind`` is ``"omission"`` when pivot text has no
    target counterpart (``"1-0"``), ``"addition"`` when target text has none in the source or in any
    reference (``"0-1"``), else ``"match"``. Spans index the
    source document (``source_span``) and the target document (``target_span``); ``anchor`` is where a
    finding about this pair belongs in the target (the target span, or for an omission the target
    sentence after which the missing text would have gone).
    """

    link: str
    kind: str = "match"  # match | omission | addition
    source: str | None = None
    source_span: Span | None = None
    target: str | None = None
    target_span: Span | None = None
    anchor: Span | None = None
    back_translation: str | None = None
    round_trip: str | None = None
    references: tuple[str, ...] = ()
    chrf: float | None = None  # chrF++
    bleu: float | None = None  # sentence BLEU, effective order
    ter: float | None = None
    similarity: float | None = None  # alignment similarity (Dice of character n-grams)

    @property
    def is_omission(self) -> bool:
        return self.kind == "omission"

    @property
    def is_addition(self) -> bool:
        return self.kind == "addition"

    def to_json(self) -> dict[str, Any]:
        return {
            "link": self.link, "kind": self.kind, "source": self.source, "source_span": _span(self.source_span),
            "target": self.target, "target_span": _span(self.target_span), "anchor": _span(self.anchor),
            "back_translation": self.back_translation, "round_trip": self.round_trip,
            "references": list(self.references), "chrf": _r(self.chrf), "bleu": _r(self.bleu),
            "ter": _r(self.ter), "similarity": _r(self.similarity, 3),
        }


@dataclass(frozen=True)
class Comparison:
    """``--compare``: the scored target (baseline) against another translation of the same source."""

    other: str
    test: str  # "bs" (paired bootstrap resampling) or "ar" (approximate randomization)
    results: tuple[PairedResult, ...]
    segments: int

    def to_json(self) -> dict[str, Any]:
        return {"other": self.other, "test": self.test, "segments": self.segments,
                "results": [r.to_json() for r in self.results]}


@dataclass(frozen=True)
class DocumentScores:
    """How well one translated document scores, corpus-level and pair by pair."""

    path: str
    mode: str  # see MODES; "line-aligned" when files were scored line by line
    comparison: str  # what was compared: back-translation | round-trip | reference
    segmentation: str  # line-aligned | sentence-aligned (split and aligned) | sentences (one to one)
    source_lang: str | None
    target_lang: str | None
    metrics: tuple[MetricScore, ...]
    pairs: tuple[AlignedPair, ...]
    references: tuple[str, ...] = ()  # names (paths) of the references
    source: str | None = None  # name (path) of the source, or of the back-translation file
    translator: str | None = None  # provider label, never a key
    translation: dict[str, int] | None = None  # sentences, from_cache, translated, requests
    compare: Comparison | None = None
    notes: tuple[str, ...] = ()

    @property
    def omissions(self) -> tuple[AlignedPair, ...]:
        return tuple(p for p in self.pairs if p.is_omission)

    @property
    def additions(self) -> tuple[AlignedPair, ...]:
        return tuple(p for p in self.pairs if p.is_addition)

    @property
    def median_chrf(self) -> float | None:
        values = [p.chrf for p in self.pairs if p.chrf is not None]
        return statistics.median(values) if values else None

    def metric(self, name: str) -> MetricScore | None:
        """A corpus score by sacrebleu name (``BLEU``, ``chrF2``, ``chrF2++``, ``TER``)."""
        return next((m for m in self.metrics if m.name == name), None)

    def to_json(self) -> dict[str, Any]:
        return {
            "path": self.path, "mode": self.mode, "comparison": self.comparison,
            "segmentation": self.segmentation, "source_lang": self.source_lang,
            "target_lang": self.target_lang, "source": self.source, "references": list(self.references),
            "translator": self.translator, "translation": self.translation,
            "metrics": [m.to_json() for m in self.metrics], "median_chrf": _r(self.median_chrf),
            "pairs": [p.to_json() for p in self.pairs],
            "omissions": [i for i, p in enumerate(self.pairs) if p.is_omission],
            "additions": [i for i, p in enumerate(self.pairs) if p.is_addition],
            "compare": self.compare.to_json() if self.compare else None,
            "notes": list(self.notes),
        }
