"""Reporters: pure functions from a :class:`~mtcheck.model.Report` to text. They never detect anything."""
from __future__ import annotations

import importlib
from typing import Callable

from mtcheck.model import Report

# format name -> module that defines ``render(report, **options) -> str``
LINT_FORMATS = {
    "text": "mtcheck.reporters.text",
    "json": "mtcheck.reporters.json_report",
    "sarif": "mtcheck.reporters.sarif",
    "github": "mtcheck.reporters.github",
    "junit": "mtcheck.reporters.junit",
}


def get_reporter(name: str) -> Callable[..., str]:
    return importlib.import_module(LINT_FORMATS[name]).render


def summary(report: Report) -> dict:
    """Counts shared by several reporters."""
    by_severity = {"error": 0, "warning": 0, "info": 0}
    by_rule: dict[str, int] = {}
    for f in report.findings:
        by_severity[str(f.severity)] += 1
        by_rule[f.rule] = by_rule.get(f.rule, 0) + 1
    return {
        "files": len(report.files),
        "findings": len(report.findings),
        "by_severity": by_severity,
        "by_rule": dict(sorted(by_rule.items())),
        "suppressed": sum(fr.suppressed for fr in report.files),
    }
