"""A Markdown summary for a pull-request comment (GitHub-flavoured tables).

Totals, a quality score per article, the rules that fired, the worst back-translated sentences and the
sacrebleu signatures, then every finding folded in a ``<details>`` block. Article text is escaped so
it can neither format the comment, break a table, ping people (``@team``) nor inject HTML, and the
long lists are capped to stay well under GitHub's 65,536-character comment limit.
"""
from __future__ import annotations

import re
from typing import Any, Mapping

from mtcheck.model import Report
from mtcheck.reporters.overview import LOW_SENTENCE_SCORE, Overview, build_overview

MAX_ARTICLES = 50  # rows in the articles table; beyond that the lowest-scoring ones are listed
MAX_WORST_SENTENCES = 5  # per article
MAX_FINDINGS = 150  # in the folded list, over all articles
MAX_CELL = 160  # characters of article text per table cell
MAX_COMMENT = 60_000  # GitHub rejects comments over 65,536 characters
_BAND_MARK = {"good": "🟢", "fair": "🟡", "poor": "🔴"}

_SPACE = re.compile(r"\s+")
# bidi overrides/isolates could visually reorder the comment; C0/C1 controls have no business in it
_CONTROLS = re.compile("[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]")
# inside a table cell only inline syntax matters (block syntax needs a line start, which cells never have)
_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~])")


def escape_cell(text: str, limit: int = MAX_CELL) -> str:
    """Plain text made inert inside a GFM table cell: one line, no markup, no HTML, no mentions."""
    text = _CONTROLS.sub("\ufffd", _SPACE.sub(" ", text).strip())
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("@", "&#64;")
    return _MD_SPECIAL.sub(r"\\\1", text)


def _code(text: str) -> str:
    """A code span for tool-made strings (signatures, rule ids); pipes escaped as GFM tables require."""
    text = _SPACE.sub(" ", text).strip().replace("|", "\\|")
    fence = "``" if "`" in text else "`"
    return f"{fence} {text} {fence}" if fence == "``" else f"`{text}`"


def _num(value: float | None, places: int = 1) -> str:
    return "–" if value is None else f"{value:,.{places}f}"


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}" + ("" if n == 1 else "s")


def _totals(ov: Overview) -> list[str]:
    sev = ", ".join(f"{n:,} {s}" + ("s" if n != 1 and s != "info" else "") for s, n in ov.by_severity.items() if n)
    parts = [_plural(len(ov.articles), "article"), _plural(ov.words, "word"),
             f"**{_plural(ov.findings, 'finding')}**" + (f" ({sev})" if sev else "")]
    parts += [f"{n:,} {s}" for s, n in ov.by_status.items() if s != "open" and n]
    if ov.mean_score is not None:
        parts.append(f"mean quality **{_num(ov.mean_score)}**")
    lines = [" · ".join(parts), ""]
    lines += [f"> **Note:** {escape_cell(e, 500)}" for e in ov.errors]
    return lines + ([""] if ov.errors else [])


def _articles(ov: Overview) -> list[str]:
    shown = list(ov.articles)
    lines = ["### Articles", ""]
    if len(shown) > MAX_ARTICLES:
        worst = {a.index for a in sorted(shown, key=lambda a: (a.quality.score, a.index))[:MAX_ARTICLES]}
        shown = [a for a in shown if a.index in worst]
        lines += [f"The {MAX_ARTICLES} lowest-scoring of {len(ov.articles):,} articles.", ""]
    lines += ["| Article | Words | Findings | Errors | Warnings | Info | Quality | chrF |",
              "|---|--:|--:|--:|--:|--:|--:|--:|"]
    for a in shown:
        metrics = a.scores.metrics if a.scores else ()
        chrf = next((m.score for m in metrics if m.name.lower().startswith("chrf")), None)  # chrF2, chrF2++ …
        lines.append(f"| {escape_cell(a.path)} | {a.quality.words:,} | {len(a.findings)} | "
                     f"{a.by_severity.get('error', 0)} | {a.by_severity.get('warning', 0)} | "
                     f"{a.by_severity.get('info', 0)} | {_BAND_MARK[a.quality.band]} {_num(a.quality.score)} | "
                     f"{_num(chrf)} |")
    return lines + [""]


def _rules(ov: Overview) -> list[str]:
    if not ov.by_rule:
        return []
    lines = ["### Findings by rule", "", "| Rule | Name | Category | Severity | Count |", "|---|---|---|---|--:|"]
    lines += [f"| {_code(r.id)} | {escape_cell(r.name)} | {escape_cell(r.category)} | {r.severity} | {r.count} |"
              for r in ov.by_rule]
    return lines + [""]


def _worst_sentences(ov: Overview) -> list[str]:
    rows = [(a, s) for a in ov.articles if a.scores for s in a.scores.low_sentences[:MAX_WORST_SENTENCES]]
    if not rows:
        return []
    labels = {a.scores.comparison[0] for a, _ in rows}
    heading = labels.pop() if len(labels) == 1 else "Compared with"
    lines = ["### Worst sentences", "", f"Omissions, additions and sentences with chrF++ below "
             f"{LOW_SENTENCE_SCORE:g}, worst first.", "", f"| Article | chrF++ | Source | Translation | {heading} |",
             "|---|--:|---|---|---|"]
    for a, s in rows:
        label, attr = a.scores.comparison
        prefix = f"{label.lower()}: " if heading == "Compared with" else ""
        score = s.kind if s.flagged else _num(s.score)
        lines.append(f"| {escape_cell(a.path, 60)} | {score} | {escape_cell(s.source) or '–'} | "
                     f"{escape_cell(s.target) or '–'} | {prefix}{escape_cell(getattr(s, attr)) or '–'} |")
    return lines + [""]


def _signatures(ov: Overview) -> list[str]:
    rows = [(a, m) for a in ov.articles if a.scores for m in a.scores.metrics]
    if not rows:
        return []
    lines = ["### Scores", "", "| Article | Metric | Score | Signature |", "|---|---|--:|---|"]
    lines += [f"| {escape_cell(a.path, 60)} | {escape_cell(m.name)} | {_num(m.score, 2)} | "
              f"{_code(m.signature) if m.signature else '–'} |" for a, m in rows]
    return lines + [""]


def _findings(ov: Overview) -> list[str]:
    every = [(a, v.finding) for a in ov.articles for v in a.findings]
    if not every:
        return []
    lines = ["<details>", f"<summary>All findings ({len(every)})</summary>", "",
             "| Article | Line | Rule | Severity | Message | Flagged | Suggestion | Status |",
             "|---|--:|---|---|---|---|---|---|"]
    for a, f in every[:MAX_FINDINGS]:
        lines.append(f"| {escape_cell(a.path, 60)} | {f.line}:{f.column} | {_code(f.rule)} {escape_cell(f.name)} | "
                     f"{f.severity} | {escape_cell(f.message)} | {escape_cell(f.text, 80) or '–'} | "
                     f"{escape_cell(f.suggestion or '–', 80)} | {escape_cell(f.status)} |")
    if len(every) > MAX_FINDINGS:
        lines += ["", f"… and {len(every) - MAX_FINDINGS:,} more (see the HTML or JSON report)."]
    return lines + ["", "</details>", ""]


def render_markdown(report: Report, *, weights: Mapping[Any, Any] | None = None,
                    generated_at: str | None = None) -> str:
    """The report as a pull-request comment. Deterministic: no timestamp unless ``generated_at`` is given."""
    ov = build_overview(report, weights)
    weights_text = ", ".join(f"{s} {w:g}" for s, w in sorted(ov.weights.items(), reverse=True))
    head = ["## mtcheck quality report", "", *_totals(ov), *_articles(ov), *_rules(ov), *_worst_sentences(ov),
            *_signatures(ov)]
    foot = [f"<sub>Quality = 100 − weighted penalty per 100 words ({weights_text}); dismissed findings are not "
            f"counted. mtcheck {escape_cell(ov.tool_version, 40)}"
            + (f", {escape_cell(generated_at, 60)}" if generated_at else "") + ".</sub>"]
    text = "\n".join([*head, *_findings(ov), *foot]) + "\n"
    if len(text) > MAX_COMMENT:  # too long for a comment: the folded finding list goes first
        text = "\n".join([*head, "The full list of findings is in the HTML and JSON reports.", "", *foot]) + "\n"
    return text


def render(report: Report, *, colour: bool | None = None, weights: Mapping[Any, Any] | None = None,
           generated_at: str | None = None) -> str:
    """The reporter registry's calling convention (``colour`` does not apply to Markdown)."""
    return render_markdown(report, weights=weights, generated_at=generated_at)
