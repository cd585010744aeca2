"""The HTML quality report: one self-contained file (CSS, JS and SVG charts inline, no network).

The template (``templates/report.html.j2``) is rendered with autoescape on, and article text reaches
it only as plain strings inside a tree of highlight nodes: every character of an article is escaped by
Jinja, never assembled into markup here. The charts are the only pre-built markup (SVG made by
matplotlib from counts and category names).

Overlapping findings are nested as far as they nest; a finding that crosses the end of an enclosing
one is split into pieces, each a ``<mark>`` carrying the finding's key (``data-finding``). The first
piece has the finding's ``id`` and ``data-first``, so ``mark[data-first]`` counts findings exactly.
"""
from __future__ import annotations

import functools
import heapq
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

from mtcheck.model import Category, Report
from mtcheck.reporters.charts import bar_chart_svg, histogram_svg
from mtcheck.reporters.overview import (
    LOW_SENTENCE_SCORE, SEVERITIES, STATUSES, FindingView, Overview, build_overview,
)

TEMPLATES = Path(__file__).parent / "templates"
#: one colour per category (Okabe–Ito palette: distinguishable with the common colour-vision deficiencies)
CATEGORY_COLOURS: dict[str, str] = {
    str(Category.ACCURACY): "#d55e00",
    str(Category.FLUENCY): "#0072b2",
    str(Category.TERMINOLOGY): "#cc79a7",
    str(Category.STYLE): "#009e73",
    str(Category.LOCALE): "#e69f00",
    str(Category.SCRAPE): "#6f6f6f",
}


@dataclass
class MarkNode:
    """One ``<mark>``: a whole finding, or one piece of a finding split by an overlap."""

    view: FindingView
    first: bool
    empty: bool = False  # a zero-length span (something missing between two characters)
    children: list[Any] = field(default_factory=list)  # str | MarkNode


def highlight_tree(text: str, views: tuple[FindingView, ...]) -> list[Any]:
    """``text`` as a list of strings and nested :class:`MarkNode`, covering every character once."""
    n = len(text)
    queue: list[tuple[int, int, int, bool]] = []  # (start, -end, order, is_continuation)
    for order, view in enumerate(views):
        start = min(max(view.finding.span.start, 0), n)
        end = min(max(view.finding.span.end, start), n)
        queue.append((start, -end, order, False))
    heapq.heapify(queue)
    root: list[Any] = []
    stack: list[tuple[list[Any], int]] = [(root, n)]  # (children of the open element, where it ends)
    pos = 0

    def emit(upto: int) -> None:
        nonlocal pos
        if upto > pos:
            stack[-1][0].append(text[pos:upto])
            pos = upto

    while queue:
        start, neg_end, order, continuation = heapq.heappop(queue)
        end = -neg_end
        while len(stack) > 1 and stack[-1][1] <= start:  # close marks that end before this one starts
            emit(stack[-1][1])
            stack.pop()
        emit(start)
        parent_end = stack[-1][1]
        if end > parent_end:  # crosses the enclosing mark's end: split, resume the rest after it
            heapq.heappush(queue, (parent_end, -end, order, True))
            end = parent_end
        node = MarkNode(views[order], first=not continuation, empty=start == end)
        stack[-1][0].append(node)
        stack.append((node.children, end))
    while len(stack) > 1:
        emit(stack[-1][1])
        stack.pop()
    emit(n)
    return root


@functools.lru_cache(maxsize=1)
def _environment():
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=True, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    env.filters["num"] = lambda v, places=1: "–" if v is None else f"{v:,.{places}f}"
    env.filters["thousands"] = lambda v: f"{v:,}"
    return env


@functools.lru_cache(maxsize=4)
def _asset(name: str) -> str:
    return (TEMPLATES / name).read_text(encoding="utf-8")


def _charts(overview: Overview) -> dict[str, str]:
    charts = {}
    if overview.findings:
        counts = {c: n for c, n in overview.by_category.items() if n}
        charts["categories"] = bar_chart_svg(counts, CATEGORY_COLOURS, title="Findings by category",
                                             prefix="chart-cat")
    if overview.sentence_scores:
        charts["sentences"] = histogram_svg(overview.sentence_scores, title="Per-sentence chrF++",
                                            xlabel="chrF++ of each aligned sentence",
                                            threshold=LOW_SENTENCE_SCORE, prefix="chart-chrf")
    return charts


def render_html(report: Report, *, weights: Mapping[Any, Any] | None = None, generated_at: str | None = None,
                title: str = "mtcheck quality report") -> str:
    """The report as one HTML page. Deterministic: no timestamp unless ``generated_at`` is given."""
    from markupsafe import Markup

    overview = build_overview(report, weights)
    charts = {k: Markup(v) for k, v in _charts(overview).items()}  # SVG built from numbers and enum names
    articles = [(a, highlight_tree(a.result.text, a.findings)) for a in overview.articles]
    template = _environment().get_template("report.html.j2")
    return template.render(
        title=title, overview=overview, articles=articles, charts=charts, generated_at=generated_at,
        colours=CATEGORY_COLOURS, categories=list(CATEGORY_COLOURS), severities=[str(s) for s in SEVERITIES],
        statuses=list(STATUSES), low_threshold=LOW_SENTENCE_SCORE,
        weights={str(s): w for s, w in sorted(overview.weights.items(), reverse=True)},
        css=Markup(_asset("report.css")), js=Markup(_asset("report.js")),  # our own files, inlined verbatim
    )


def render(report: Report, *, colour: bool | None = None, weights: Mapping[Any, Any] | None = None,
           generated_at: str | None = None) -> str:
    """The reporter registry's calling convention (``colour`` does not apply: the page always has colour)."""
    return render_html(report, weights=weights, generated_at=generated_at)
