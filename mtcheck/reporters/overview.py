"""What the quality reports show, computed once: the HTML, Markdown and quality-JSON reporters render it.

Everything is derived from a :class:`~mtcheck.model.Report` and ordered deterministically (articles
in report order, findings by position, rules by id, categories and severities in enum order), so
the same report always renders to the same bytes. ``Report.scores`` comes from the scoring step as
plain JSON-like dicts; it is read defensively because any part of it may be missing.
"""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from typing import Any, Mapping

from mtcheck.model import Category, FileResult, Finding, Report, Severity
from mtcheck.quality import ArticleQuality, article_quality, parse_weights

SEVERITIES = (Severity.ERROR, Severity.WARNING, Severity.INFO)  # most severe first, as people read
STATUSES = ("open", "confirmed", "dismissed", "accepted", "edited")
#: a back-translated sentence scoring below this chrF++ is shown side by side with its source.
LOW_SENTENCE_SCORE = 50.0
MAX_LOW_SENTENCES = 10
_SENTENCE_SCORE_KEYS = ("chrf", "chrF", "score")  # not "similarity": that is the aligner's 0..1 Dice


@dataclass(frozen=True)
class MetricView:
    name: str
    score: float | None
    signature: str


@dataclass(frozen=True)
class SentenceView:
    """One aligned unit of a scored article (a ``pairs`` entry of ``DocumentScores.to_json()``)."""

    index: int  # position in the scorer's list, 1-based
    source: str
    target: str
    back_translation: str
    reference: str  # the first reference, in reference mode
    score: float | None  # chrF++ of this unit
    kind: str = "match"  # match | omission | addition
    round_trip: str = ""

    @property
    def flagged(self) -> bool:
        return self.kind in ("omission", "addition")


@dataclass(frozen=True)
class ScoreView:
    mode: str  # back-translation | round-trip | reference | line-aligned
    metrics: tuple[MetricView, ...]
    sentences: tuple[SentenceView, ...]
    low_sentences: tuple[SentenceView, ...]  # omissions, additions and low chrF++, worst first
    message: str  # the scorer's notes
    raw: dict[str, Any]  # JSON-safe copy of what the scorer produced
    translator: str = ""
    median: float | None = None  # median chrF++ of the units

    @property
    def comparison(self) -> tuple[str, str]:
        """(column heading, SentenceView attribute) of what the target was compared with."""
        for label, attr in (("Back-translation", "back_translation"), ("Round trip", "round_trip"),
                            ("Reference", "reference")):
            if any(getattr(s, attr) for s in self.low_sentences or self.sentences):
                return label, attr
        return "Back-translation", "back_translation"


@dataclass(frozen=True)
class FindingView:
    key: str  # unique in the report, e.g. "a2-f7": anchors, data attributes
    finding: Finding


@dataclass(frozen=True)
class ArticleView:
    index: int
    key: str  # "a1", "a2", …
    result: FileResult
    quality: ArticleQuality
    findings: tuple[FindingView, ...]
    by_category: dict[str, int]
    by_severity: dict[str, int]
    scores: ScoreView | None

    @property
    def path(self) -> str:
        return self.result.path


@dataclass(frozen=True)
class RuleCount:
    id: str
    name: str
    category: str
    severity: str  # the most severe severity it was reported with
    summary: str
    count: int


@dataclass(frozen=True)
class Overview:
    tool_version: str
    weights: dict[Severity, float]
    articles: tuple[ArticleView, ...]
    by_category: dict[str, int]  # every category, in enum order, zeros included
    by_severity: dict[str, int]  # error, warning, info
    by_status: dict[str, int]
    by_rule: tuple[RuleCount, ...]
    errors: tuple[str, ...]
    words: int
    findings: int
    mean_score: float | None
    sentence_scores: tuple[float, ...]  # every scored sentence of every article, for the histogram


def json_safe(value: Any) -> Any:
    """A deterministic JSON-able copy: floats rounded to 4 places, NaN/inf to None, keys to str, sets sorted."""
    if isinstance(value, bool) or value is None or isinstance(value, (int, str)):
        return value
    if isinstance(value, float):
        return round(value, 4) if math.isfinite(value) else None
    if isinstance(value, Mapping):
        return {str(k): json_safe(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [json_safe(v) for v in value]
    if isinstance(value, (set, frozenset)):  # unordered: sort for stable output
        return sorted((json_safe(v) for v in value), key=repr)
    if hasattr(value, "to_json"):
        return json_safe(value.to_json())
    return str(value)


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        return None
    return float(value)


def _text(value: Any) -> str:
    return value if isinstance(value, str) else "" if value is None else str(value)


def _metrics(raw: Any) -> tuple[MetricView, ...]:
    if isinstance(raw, Mapping):  # {"chrF": {"score": …, "signature": …}} is accepted too
        raw = [{"name": k, **(v if isinstance(v, Mapping) else {"score": v})} for k, v in raw.items()]
    if not isinstance(raw, (list, tuple)):
        return ()
    return tuple(MetricView(_text(m.get("name")) or "metric", _number(m.get("score")), _text(m.get("signature")))
                 for m in raw if isinstance(m, Mapping))


def _sentence(index: int, raw: Mapping[str, Any]) -> SentenceView:
    score = next((_number(raw[k]) for k in _SENTENCE_SCORE_KEYS if _number(raw.get(k)) is not None), None)
    refs = raw.get("references")
    reference = raw.get("reference") or (refs[0] if isinstance(refs, (list, tuple)) and refs else "")
    return SentenceView(index, _text(raw.get("source")), _text(raw.get("target")),
                        _text(raw.get("back_translation")), _text(reference), score,
                        _text(raw.get("kind")) or "match", _text(raw.get("round_trip")))


def _notes(raw: Mapping[str, Any]) -> str:
    notes = raw.get("notes")
    parts = [_text(n) for n in notes if n] if isinstance(notes, (list, tuple)) else []
    parts += [_text(raw[k]) for k in ("message", "error", "skipped") if raw.get(k)]
    return "; ".join(parts)


def score_view(raw: Any) -> ScoreView | None:
    """Read one article's scores (``DocumentScores.to_json()``, or a subset of it); None when there are none."""
    if not isinstance(raw, Mapping) or not raw:
        return None
    units = raw.get("pairs", raw.get("sentences"))
    sentences = tuple(_sentence(i, s) for i, s in enumerate(units, 1) if isinstance(s, Mapping)) \
        if isinstance(units, (list, tuple)) else ()
    low = sorted((s for s in sentences if s.flagged or (s.score is not None and s.score < LOW_SENTENCE_SCORE)),
                 key=lambda s: (not s.flagged, s.score if s.score is not None else -1.0, s.index))
    return ScoreView(_text(raw.get("mode")), _metrics(raw.get("metrics")), sentences, tuple(low[:MAX_LOW_SENTENCES]),
                     _notes(raw), json_safe(dict(raw)), _text(raw.get("translator")), _number(raw.get("median_chrf")))


def _status_order(status: str) -> tuple[int, str]:
    return (STATUSES.index(status) if status in STATUSES else len(STATUSES), status)


def _rule_meta(report: Report) -> dict[str, Any]:
    return {getattr(r, "id", ""): r for r in report.rules}


def build_overview(report: Report, weights: Mapping[Any, Any] | None = None) -> Overview:
    """Aggregate a report for rendering. ``weights`` as for :func:`mtcheck.quality.parse_weights`."""
    parsed = parse_weights(weights)
    articles = []
    for i, fr in enumerate(report.files, 1):
        key = f"a{i}"
        findings = sorted(fr.findings, key=lambda f: (f.span.start, f.span.end, f.rule, f.fingerprint))
        views = tuple(FindingView(f"{key}-f{j}", f) for j, f in enumerate(findings, 1))
        cats = Counter(str(f.category) for f in findings)
        sevs = Counter(str(f.severity) for f in findings)
        articles.append(ArticleView(
            i, key, fr, article_quality(fr, parsed), views,
            {str(c): cats[str(c)] for c in Category if cats[str(c)]},
            {str(s): sevs[str(s)] for s in SEVERITIES if sevs[str(s)]},
            score_view(report.scores.get(fr.path)),
        ))
    every = [f for fr in report.files for f in fr.findings]
    cats = Counter(str(f.category) for f in every)
    sevs = Counter(str(f.severity) for f in every)
    statuses = Counter(f.status for f in every)
    meta = _rule_meta(report)
    rules: dict[str, list[Finding]] = {}
    for f in every:
        rules.setdefault(f.rule, []).append(f)
    by_rule = tuple(
        RuleCount(rid, fs[0].name, str(fs[0].category), str(max(f.severity for f in fs)),
                  meta[rid].summary() if rid in meta and hasattr(meta[rid], "summary") else "", len(fs))
        for rid, fs in sorted(rules.items())
    )
    scores = [a.quality.score for a in articles]
    sentence_scores = tuple(s.score for a in articles if a.scores for s in a.scores.sentences if s.score is not None)
    return Overview(
        tool_version=report.tool_version,
        weights=parsed,
        articles=tuple(articles),
        by_category={str(c): cats[str(c)] for c in Category},
        by_severity={str(s): sevs[str(s)] for s in SEVERITIES},
        by_status={s: statuses[s] for s in sorted(statuses, key=_status_order)},
        by_rule=by_rule,
        errors=tuple(report.errors),
        words=sum(a.quality.words for a in articles),
        findings=len(every),
        mean_score=sum(scores) / len(scores) if scores else None,
        sentence_scores=sentence_scores,
    )
