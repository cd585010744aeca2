"""Small matplotlib charts as inline SVG strings, byte-identical from run to run.

Determinism: a fixed ``svg.hashsalt`` (matplotlib otherwise salts element ids randomly), no date or
creator metadata, text kept as ``<text>`` (``svg.fonttype = none``) so the page's font renders it and
no glyph paths bloat the file. Ids are prefixed per chart so several charts can share one page.
Only the object-oriented API is used (no pyplot): no global figure state, no GUI backend.
"""
from __future__ import annotations

import io
import re
from typing import Mapping, Sequence

_RC = {
    "svg.hashsalt": "mtcheck",
    "svg.fonttype": "none",
    "font.family": "sans-serif",
    "font.sans-serif": ["DejaVu Sans"],
    "font.size": 10,
    "axes.edgecolor": "#9aa3ad",
    "axes.labelcolor": "#3a4149",
    "xtick.color": "#3a4149",
    "ytick.color": "#3a4149",
}
_INK = "#3a4149"
_XML_PROLOGUE = re.compile(r"<\?xml[^>]*\?>\s*|<!DOCTYPE[^>]*>\s*")
_METADATA = re.compile(r"\s*<metadata>.*?</metadata>", re.S)
_ID = re.compile(r'\bid="([^"]+)"')
_SIZE = re.compile(r'<svg([^>]*?)\swidth="[^"]*"\s+height="[^"]*"')


def _inline(fig, prefix: str, title: str) -> str:
    """Serialise ``fig`` as an ``<svg>`` element fit to embed in HTML."""
    buf = io.StringIO()
    fig.patch.set_alpha(0)  # transparent: the page's card colour shows through
    for ax in fig.axes:
        ax.set_facecolor("none")
    fig.savefig(buf, format="svg", metadata={"Date": None, "Creator": None, "Format": None, "Type": None})
    svg = _METADATA.sub("", _XML_PROLOGUE.sub("", buf.getvalue()))
    for old in sorted(set(_ID.findall(svg)), key=len, reverse=True):
        new = f"{prefix}-{old}"
        svg = svg.replace(f'id="{old}"', f'id="{new}"').replace(f"#{old})", f"#{new})") \
                 .replace(f'href="#{old}"', f'href="#{new}"')
    # the page sizes the chart (CSS); the viewBox keeps its proportions
    svg = _SIZE.sub(r'<svg\1 class="chart" role="img"', svg, count=1)
    return svg.replace(">", f"><title>{_escape(title)}</title>", 1).strip() + "\n"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def bar_chart_svg(counts: Mapping[str, int], colors: Mapping[str, str], *, title: str,
                  prefix: str = "bars") -> str:
    """Horizontal bars, one per key in the given order, each labelled with its count."""
    from matplotlib import rc_context
    from matplotlib.figure import Figure

    labels = list(counts)
    values = [counts[k] for k in labels]
    with rc_context(_RC):
        fig = Figure(figsize=(5.2, 0.42 * max(len(labels), 1) + 0.5))
        ax = fig.add_subplot()
        rows = list(range(len(labels)))[::-1]  # first key on top
        ax.barh(rows, values, color=[colors.get(k, "#888888") for k in labels], height=0.62)
        ax.set_yticks(rows, labels)
        top = max(values, default=0) or 1
        ax.set_xlim(0, top * 1.15)
        for y, v in zip(rows, values):
            ax.text(v + top * 0.02, y, str(v), va="center", color=_INK)
        ax.xaxis.set_visible(False)
        for side in ("top", "right", "bottom"):
            ax.spines[side].set_visible(False)
        fig.tight_layout(pad=0.3)
        return _inline(fig, prefix, title)


def bin_counts(values: Sequence[float], bins: int, low: float, high: float) -> list[int]:
    """Values per equal-width bin over ``[low, high]``; the last bin is closed, outliers go to the ends."""
    width = (high - low) / bins
    counts = [0] * bins
    for v in values:
        counts[min(bins - 1, max(0, int((min(max(v, low), high) - low) // width)))] += 1
    return counts


def histogram_svg(values: Sequence[float], *, title: str, xlabel: str, threshold: float | None = None,
                  bins: int = 10, low: float = 0.0, high: float = 100.0, prefix: str = "hist") -> str:
    """A histogram over ``[low, high]``; bars under ``threshold`` are drawn in the warning colour."""
    from matplotlib import rc_context
    from matplotlib.figure import Figure

    width = (high - low) / bins
    edges = [low + i * width for i in range(bins + 1)]
    counts = bin_counts(values, bins, low, high)
    with rc_context(_RC):
        fig = Figure(figsize=(5.2, 2.4))
        ax = fig.add_subplot()
        colours = ["#d55e00" if threshold is not None and edges[i + 1] <= threshold else "#0072b2"
                   for i in range(bins)]
        ax.bar(edges[:-1], counts, width=width * 0.92, align="edge", color=colours)
        if threshold is not None:
            ax.axvline(threshold, color=_INK, linestyle="--", linewidth=1)
        ax.set_xlim(low, high)
        ax.set_xlabel(xlabel)
        ax.set_ylabel("sentences")
        ax.yaxis.get_major_locator().set_params(integer=True)
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        fig.tight_layout(pad=0.3)
        return _inline(fig, prefix, title)
