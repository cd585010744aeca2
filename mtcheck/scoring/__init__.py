"""Scoring a translation: back-translation against the source, round trip, or references.

Public API (imported lazily, so that the rule registry can import ``mtcheck.rules.scoring`` without
loading ``requests``, SQLite and deep-translator into every ``mtcheck lint``)::

    from mtcheck.scoring import (score_document, ScoreOptions, DocumentScores, AlignedPair, MetricScore,
                                 Translator, TranslatorSettings, TranslationCache, find_companions)

    scores = score_document(target_doc, source=source_doc, translator=Translator(settings, cache=cache))
    report_scores[path] = scores.to_json()

Errors a caller turns into exit code 2: :class:`ScoringError` (inputs), :class:`TranslatorError` and its
subclasses (service, configuration, ``--offline`` misses), :class:`CacheError`. Their ``str`` is one line.
"""
from __future__ import annotations

import importlib
from typing import Any

_API = {
    "CacheError": "cache", "TranslationCache": "cache", "default_cache_path": "cache",
    "Companions": "companions", "article_stem": "companions", "find_companions": "companions",
    "NotInCache": "errors", "TranslationIncomplete": "errors", "TranslatorConfigError": "errors",
    "TranslatorError": "errors", "TranslatorUnavailable": "errors",
    "FAMILIES": "metrics", "MetricScore": "metrics", "PairedResult": "metrics", "parse_families": "metrics",
    "PROVIDERS": "providers",
    "AlignedPair": "results", "Comparison": "results", "DocumentScores": "results",
    "ScoreOptions": "score", "ScoringError": "score", "decide_lines": "score", "score_document": "score",
    "is_line_aligned": "units", "line_document": "units",
    "Translator": "translate", "TranslatorSettings": "translate",
}


def __getattr__(name: str) -> Any:
    if name in _API:
        return getattr(importlib.import_module(f"mtcheck.scoring.{_API[name]}"), name)
    raise AttributeError(f"module 'mtcheck.scoring' has no attribute {name!r}")


__all__ = sorted(_API)
