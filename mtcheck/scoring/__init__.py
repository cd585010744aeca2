"""Scoring a translation: back-translation against the source, round trip, or references.

Public API::

    from mtcheck.scoring import (score_document, ScoreOptions, DocumentScores, AlignedPair, MetricScore,
                                 Translator, TranslatorSettings, TranslationCache, find_companions)

    scores = score_document(target_doc, source=source_doc, translator=Translator(settings, cache=cache))
    report_scores[path] = scores.to_json()

Errors a caller turns into exit code 2: :class:`ScoringError` (inputs), :class:`TranslatorError` and its
subclasses (service, configuration, ``--offline`` misses), :class:`CacheError`. Their ``str`` is one line.
"""
from __future__ import annotations

from mtcheck.scoring.cache import CacheError, TranslationCache, default_cache_path
from mtcheck.scoring.companions import Companions, article_stem, find_companions
from mtcheck.scoring.errors import (NotInCache, TranslationIncomplete, TranslatorConfigError, TranslatorError,
                                    TranslatorUnavailable)
from mtcheck.scoring.metrics import FAMILIES, MetricScore, PairedResult, parse_families
from mtcheck.scoring.providers import PROVIDERS
from mtcheck.scoring.results import AlignedPair, Comparison, DocumentScores
from mtcheck.scoring.score import ScoreOptions, ScoringError, decide_lines, score_document
from mtcheck.scoring.units import is_line_aligned, line_document
from mtcheck.scoring.translate import Translator, TranslatorSettings

__all__ = [
    "AlignedPair", "CacheError", "Companions", "Comparison", "DocumentScores", "FAMILIES", "MetricScore",
    "NotInCache", "PROVIDERS", "PairedResult", "ScoreOptions", "ScoringError", "TranslationCache",
    "TranslationIncomplete", "Translator", "TranslatorConfigError", "TranslatorError", "TranslatorSettings",
    "TranslatorUnavailable", "article_stem", "decide_lines", "default_cache_path", "find_companions",
    "is_line_aligned", "line_document", "parse_families", "score_document",
]
