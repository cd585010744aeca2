"""The quality report as JSON: everything the HTML report shows, machine-readable.

Contract: ``schema_version`` 1 (bumped on any incompatible change), keys sorted, two-space indent,
floats rounded (scores to 2 places, anything from the scorer to 4), no timestamp unless
``generated_at`` is given: the same report always gives the same bytes. Findings use the lint JSON
contract (:meth:`mtcheck.model.Finding.to_json`) plus the sentence they sit in. Each article carries
its full text, so a consumer can rebuild the highlighting from the findings' offsets (code points).
"""
from __future__ import annotations

import json
from typing import Any, Mapping

from mtcheck.model import Report
from mtcheck.reporters.overview import (
    LOW_SENTENCE_SCORE, ArticleView, Overview, ScoreView, SentenceView, build_overview, json_safe,
)

SCHEMA_VERSION = 1
_SCORE_KEYS_SHOWN = {"mode", "metrics", "pairs", "sentences", "notes", "message", "error", "skipped", "translator",
                     "median_chrf"}


def _round(value: float | None, places: int = 2) -> float | None:
    return None if value is None else round(value, places)


def _sentence(s: SentenceView) -> dict[str, Any]:
    return {"index": s.index, "kind": s.kind, "source": s.source, "target": s.target,
            "back_translation": s.back_translation, "round_trip": s.round_trip, "reference": s.reference,
            "score": _round(s.score)}


def _scores(view: ScoreView | None) -> dict[str, Any] | None:
    if view is None:
        return None
    return {
        "mode": view.mode or None,
        "message": view.message or None,
        "translator": view.translator or None,
        "median_chrf": _round(view.median),
        "comparison": view.comparison[1],
        "metrics": [{"name": m.name, "score": _round(m.score), "signature": m.signature} for m in view.metrics],
        "sentences": [_sentence(s) for s in view.sentences],
        "low_sentences": [s.index for s in view.low_sentences],
        # whatever else the scorer reported (segmentation, omissions, comparisons …), passed through
        "extra": {k: v for k, v in view.raw.items() if k not in _SCORE_KEYS_SHOWN},
    }


def _article(a: ArticleView) -> dict[str, Any]:
    return {
        "id": a.key,
        "path": a.path,
        "source_lang": a.result.source_lang,
        "target_lang": a.result.target_lang,
        "suppressed": a.result.suppressed,
        "quality": a.quality.to_json(),
        "by_category": a.by_category,
        "by_severity": a.by_severity,
        "findings": [{**v.finding.to_json(), "id": v.key, "sentence": v.finding.sentence} for v in a.findings],
        "scores": _scores(a.scores),
        "text": a.result.text,
    }


def quality_data(ov: Overview, generated_at: str | None = None) -> dict[str, Any]:
    data: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "mtcheck", "version": ov.tool_version},
        "weights": {str(s): w for s, w in ov.weights.items()},
        "low_sentence_threshold": LOW_SENTENCE_SCORE,
        "summary": {
            "articles": len(ov.articles),
            "words": ov.words,
            "findings": ov.findings,
            "mean_quality_score": _round(ov.mean_score),
            "by_category": ov.by_category,
            "by_severity": ov.by_severity,
            "by_status": ov.by_status,
        },
        "rules": [{"id": r.id, "name": r.name, "category": r.category, "severity": r.severity,
                   "summary": r.summary, "count": r.count} for r in ov.by_rule],
        "articles": [_article(a) for a in ov.articles],
        "errors": list(ov.errors),
    }
    if generated_at is not None:
        data["generated_at"] = generated_at
    return data


def render_quality_json(report: Report, *, weights: Mapping[Any, Any] | None = None,
                        generated_at: str | None = None) -> str:
    data = json_safe(quality_data(build_overview(report, weights), generated_at))
    return json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def render(report: Report, *, colour: bool | None = None, weights: Mapping[Any, Any] | None = None,
           generated_at: str | None = None) -> str:
    """The reporter registry's calling convention (``colour`` does not apply to JSON)."""
    return render_quality_json(report, weights=weights, generated_at=generated_at)
