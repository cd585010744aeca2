"""``--format github``: GitHub Actions workflow commands, shown as annotations on the diff."""
from __future__ import annotations

from mtcheck.model import Report, Severity

_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _prop(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def render(report: Report, **_: object) -> str:
    lines = []
    for fr in report.files:
        for f in fr.findings:
            message = f.message + (f" (suggestion: {f.suggestion})" if f.suggestion else "")
            lines.append(
                f"::{_LEVEL[f.severity]} file={_prop(fr.path)},line={f.line},col={f.column},"
                f"endLine={f.end_line},endColumn={f.end_column},title={_prop(f'{f.rule} {f.name}')}::{_data(message)}"
            )
    return "\n".join(lines) + ("\n" if lines else "")
