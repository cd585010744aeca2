"""Score output for people (rich tables) and programs (a stable JSON dict). Pure: scores in, text out."""
from __future__ import annotations

import io
from typing import Any, Sequence

from mtcheck.model import Document
from mtcheck.scoring.results import AlignedPair, DocumentScores

JSON_VERSION = 1
SHOW_ALL_UP_TO = 100  # pairs; longer documents (test sets) show their weakest sentences only
_TEXT_MAX = 70


def _clip(text: str | None, width: int = _TEXT_MAX) -> str:
    """One line: white space collapsed, long text cut with an ellipsis."""
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[:width - 1] + "…"


def _num(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}"


def to_json(scores: DocumentScores, findings: Sequence[Any] = (), tool_version: str = "") -> dict[str, Any]:
    """``mtcheck score --format json``: the scores contract plus the findings (Finding.to_json)."""
    return {"version": JSON_VERSION, "tool": {"name": "mtcheck", "version": tool_version},
            "scores": scores.to_json(), "findings": [f.to_json() for f in findings]}


def _chosen_pairs(scores: DocumentScores, top: int | None) -> tuple[list[tuple[int, AlignedPair]], str]:
    indexed = list(enumerate(scores.pairs))
    if top is None:
        top = 0 if len(indexed) <= SHOW_ALL_UP_TO else 25
    if top <= 0 or top >= len(indexed):
        return indexed, ""
    weakest = sorted((ip for ip in indexed if ip[1].chrf is not None), key=lambda ip: ip[1].chrf)[:top]
    flagged = [ip for ip in indexed if ip[1].kind != "match"]
    chosen = sorted({i: p for i, p in weakest + flagged}.items())
    return chosen, f"{len(chosen)} of {len(indexed)} units shown: the {top} lowest chrF++ and every omission or addition"


def render_text(scores: DocumentScores, target: Document | None = None, *, colour: bool = False,
                width: int = 120, top: int | None = None) -> str:
    """Corpus scores with signatures, then a sentence table (all units, or the weakest for long files)."""
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table
    from rich.text import Text

    buf = io.StringIO()
    console = Console(file=buf, width=width, color_system="standard" if colour else None, highlight=False,
                      soft_wrap=False, emoji=False)
    head = Text(f"{scores.path} — {scores.mode} ", style="bold" if colour else "")
    head.append(f"({scores.comparison}, {scores.segmentation}; {scores.source_lang}→{scores.target_lang})")
    console.print(head)
    against = scores.source or ", ".join(scores.references)
    if against:
        console.print(f"  against: {against}", markup=False)
    if scores.translator:
        t = scores.translation or {}
        console.print(f"  translator: {scores.translator}; {t.get('sentences', 0)} sentences, "
                      f"{t.get('from_cache', 0)} from the cache, {t.get('translated', 0)} translated now, "
                      f"{t.get('requests', 0)} requests", markup=False)
    for note in scores.notes:
        console.print(f"  {note}", markup=False)

    corpus = Table(title="Corpus scores", title_justify="left", show_edge=False)
    corpus.add_column("metric")
    corpus.add_column("score", justify="right")
    corpus.add_column("signature", overflow="fold")
    for m in scores.metrics:
        corpus.add_row(m.name, f"{m.score:.2f}", Text(m.signature))
    console.print(corpus)
    if scores.median_chrf is not None:
        console.print(f"  median sentence chrF++: {scores.median_chrf:.1f}", markup=False)

    chosen, note = _chosen_pairs(scores, top)
    side = "back-translation" if scores.comparison != "reference" else "reference"
    table = Table(title="Sentences", title_justify="left", show_edge=False)
    shown = {key: any(getattr(p, key) is not None for _, p in chosen) for key in ("chrf", "bleu", "ter")}
    columns = [("#", "right"), ("line", "right"), ("link", "left")]
    columns += [(label, "right") for key, label in (("chrf", "chrF++"), ("bleu", "BLEU"), ("ter", "TER"))
                if shown[key]]
    for name, justify in columns:
        table.add_column(name, justify=justify, no_wrap=True)
    text_width = max(20, (width - 50) // 2)
    for name in ("target", side):
        table.add_column(name, overflow="ellipsis", no_wrap=True, max_width=text_width)
    for i, pair in chosen:
        anchor = pair.target_span or pair.anchor
        line = str(target.line_col(anchor.start)[0]) if target is not None and anchor is not None else ""
        other = pair.back_translation if side == "back-translation" else (pair.references[0] if pair.references else "")
        if pair.kind == "omission":
            other = f"[omission] {pair.source or other}"
        elif pair.kind == "addition":
            other = "[addition]"
        values = [_num(getattr(pair, key)) for key in ("chrf", "bleu", "ter") if shown[key]]
        table.add_row(str(i + 1), line, pair.link, *values, Text(_clip(pair.target)), Text(_clip(other)))
    console.print(table)
    if note:
        console.print(f"  {note}", markup=False)
    if scores.compare is not None:
        cmp = scores.compare
        ctable = Table(title=f"Compared with {escape(cmp.other)} (paired {cmp.test}, {cmp.segments} segments)",
                       title_justify="left", show_edge=False)
        for name in ("metric", "this", "other", "Δ", "p-value", "signature"):
            ctable.add_column(name, justify="right" if name not in ("metric", "signature") else "left",
                              overflow="fold")
        for r in cmp.results:
            p = "–" if r.p_value is None else f"{r.p_value:.4f}"
            ctable.add_row(r.name, f"{r.baseline:.2f}", f"{r.other:.2f}", f"{r.delta:+.2f}", p, Text(r.signature))
        console.print(ctable)
        console.print("  p < 0.05: the difference is unlikely to be chance (sacrebleu paired test)", markup=False)
    return buf.getvalue()
