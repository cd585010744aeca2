"""``--format text``: findings grouped by file, each with its sentence and the span underlined."""
from __future__ import annotations

from mtcheck.model import Finding, Report, Severity
from mtcheck.reporters import summary

CONTEXT = 60  # characters of sentence shown on each side of the span
_COLOURS = {Severity.ERROR: "\x1b[31m", Severity.WARNING: "\x1b[33m", Severity.INFO: "\x1b[36m"}
_BOLD, _DIM, _RESET = "\x1b[1m", "\x1b[2m", "\x1b[0m"


def _excerpt(f: Finding) -> tuple[str, int, int]:
    """The sentence around the span on one line, with the span's start and end in it."""
    sentence = f.sentence
    start = sentence.find(f.text) if f.text else -1
    if start < 0:
        sentence, start = f.text, 0
    end = start + len(f.text)
    left = max(0, start - CONTEXT)
    right = min(len(sentence), end + CONTEXT)
    prefix = "…" if left else ""
    suffix = "…" if right < len(sentence) else ""
    shown = prefix + sentence[left:right] + suffix
    shown = shown.replace("\r\n", "⏎").replace("\n", "⏎").replace("\r", "⏎")
    s = start - left + len(prefix)
    return shown, s, s + (end - start)


def render_finding(f: Finding, colour: bool = False) -> list[str]:
    c = (lambda code, s: f"{code}{s}{_RESET}") if colour else (lambda code, s: s)
    status = "" if f.status == "open" else f" [{f.status}]"
    lines = [f"  {f.line}:{f.column}  {c(_BOLD, f.rule)} {c(_COLOURS[f.severity], str(f.severity))}  {f.message}{status}"]
    shown, s, e = _excerpt(f)
    lines.append("      " + shown[:s] + c(_COLOURS[f.severity] + _BOLD, shown[s:e]) + shown[e:])
    lines.append("      " + " " * s + c(_COLOURS[f.severity], "^" * max(1, e - s)))
    if f.suggestion:
        fixable = " (fixable with --fix)" if f.fix and f.fix.safe else ""
        lines.append(f"      {c(_DIM, 'suggestion:')} {f.suggestion}{fixable}")
    return lines


def render(report: Report, *, colour: bool = False, **_: object) -> str:
    out: list[str] = []
    for fr in report.files:
        if not fr.findings:
            continue
        out.append((_BOLD + fr.path + _RESET) if colour else fr.path)
        for f in fr.findings:
            out.extend(render_finding(f, colour))
        out.append("")
    for err in report.errors:
        out.append(f"error: {err}")
    s = summary(report)
    sev = s["by_severity"]
    fixable = sum(1 for f in report.findings if f.fix and f.fix.safe)
    tail = f"{s['findings']} finding{'s' * (s['findings'] != 1)} ({sev['error']} errors, {sev['warning']} warnings, " \
           f"{sev['info']} info) in {s['files']} file{'s' * (s['files'] != 1)}"
    if fixable:
        tail += f"; {fixable} fixable with --fix"
    if s["suppressed"]:
        tail += f"; {s['suppressed']} suppressed (baseline or review)"
    out.append(tail)
    return "\n".join(out) + "\n"
