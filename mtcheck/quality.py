"""An MQM-style quality score per article: weighted error penalties per 100 words.

MQM (Multidimensional Quality Metrics) scores a translation by counting issues, weighting each by
severity and normalising by length. mtcheck maps its severities onto MQM's:

=========  ==========  ===============
mtcheck    MQM         default weight
=========  ==========  ===============
info       minor       1
warning    major       5
error      critical    10
=========  ==========  ===============

For an article of ``W`` words whose counted findings weigh ``P`` in total::

    penalty per 100 words = P * 100 / W
    quality score         = max(0, 100 - penalty per 100 words)

so one warning in a 500-word article costs 1 point, one error 2 points. Findings an editor
*dismissed* in review (false alarms) are not counted; every other status is, because the problem is
still in the text. The score is a triage signal for editors ("which article first?"), not an MQM
evaluation by trained annotators: automatic detectors miss issues and sometimes over-flag.

Weights are configurable (``[tool.mtcheck.weights]``, e.g. ``error = 25`` for MQM's stricter
critical weight) through :func:`parse_weights`, which accepts mtcheck's and MQM's severity names.
This module imports nothing of mtcheck but the model.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Mapping

from mtcheck.model import FileResult, Finding, Severity

DEFAULT_WEIGHTS: Mapping[Severity, float] = {Severity.INFO: 1.0, Severity.WARNING: 5.0, Severity.ERROR: 10.0}
MQM_NAMES = {"minor": Severity.INFO, "major": Severity.WARNING, "critical": Severity.ERROR}
#: statuses that do not count against the article: the editor judged the finding a false alarm.
NOT_PENALISED = frozenset({"dismissed"})
#: score bands, for colour in reports: at least GOOD is "good", at least FAIR is "fair", else "poor".
GOOD, FAIR = 95.0, 85.0

_WORD = re.compile(r"[^\W_]+(?:[-'’.,][^\W_]+)*")


def parse_weights(weights: Mapping[Any, Any] | None) -> dict[Severity, float]:
    """Severity weights from config-style keys ("error"/"critical", ...); missing ones keep defaults.

    Raises ValueError naming the culprit for an unknown severity or a negative / non-numeric weight.
    """
    parsed = dict(DEFAULT_WEIGHTS)
    for key, value in (weights or {}).items():
        if isinstance(key, Severity):
            severity = key
        else:
            name = str(key).strip().lower()
            severity = MQM_NAMES.get(name)
            if severity is None:
                try:
                    severity = Severity.parse(name)
                except ValueError:
                    raise ValueError(f"weights: unknown severity {key!r} "
                                     "(use error/warning/info or critical/major/minor)") from None
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
            raise ValueError(f"weights: {key} must be a non-negative number, got {value!r}")
        parsed[severity] = float(value)
    return parsed


def count_words(text: str) -> int:
    """Words and numbers in ``text`` ("100,000" and "Bundestag’s" count once)."""
    return sum(1 for _ in _WORD.finditer(text))


def is_penalised(finding: Finding) -> bool:
    return finding.status not in NOT_PENALISED


def band(score: float) -> str:
    return "good" if score >= GOOD else "fair" if score >= FAIR else "poor"


@dataclass(frozen=True)
class ArticleQuality:
    """The MQM-style verdict for one article."""

    words: int
    penalty: float  # sum of weights of the counted findings
    penalty_per_100_words: float
    score: float  # 0..100, higher is better
    counted: int  # findings that carried a penalty
    dismissed: int

    @property
    def band(self) -> str:
        return band(self.score)

    def to_json(self) -> dict[str, Any]:
        return {
            "words": self.words,
            "penalty": round(self.penalty, 2),
            "penalty_per_100_words": round(self.penalty_per_100_words, 2),
            "score": round(self.score, 2),
            "band": self.band,
            "counted_findings": self.counted,
            "dismissed_findings": self.dismissed,
        }


def article_quality(result: FileResult, weights: Mapping[Severity, float] | None = None) -> ArticleQuality:
    """Score one linted article. An article with no words scores 100 when clean and 0 otherwise."""
    weights = weights if weights is not None else DEFAULT_WEIGHTS
    words = result.words or count_words(result.text)
    counted = [f for f in result.findings if is_penalised(f)]
    penalty = sum(weights.get(f.severity, 0.0) for f in counted)
    if words:
        per_100 = penalty * 100.0 / words
    else:
        per_100 = 0.0 if penalty == 0 else 100.0
    score = max(0.0, 100.0 - per_100)
    return ArticleQuality(words, penalty, per_100, score, len(counted), len(result.findings) - len(counted))
