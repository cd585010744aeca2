"""The HTML report: self-contained, deterministic, every finding highlighted once, all text escaped."""
from __future__ import annotations

import random
import re
from html.parser import HTMLParser

import pytest

from mtcheck.model import FileResult, Report, Span
from mtcheck.reporters.html import MarkNode, highlight_tree, render_html
from mtcheck.reporters.overview import FindingView
from tests.reports.conftest import DUPLICATE, HOSTILE_PATH, make_finding


class Page(HTMLParser):
    """Start tags with their attributes, the <mark> nesting, and the text inside .text blocks."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.depth = 0  # open <mark>s
        self.max_depth = 0
        self.in_text = 0  # >0 inside <div class="text">
        self.div_stack: list[bool] = []
        self.article_texts: list[str] = []
        self.feed(html)
        self.close()
        assert self.depth == 0, "unbalanced <mark>"

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append((tag, a))
        if tag == "mark":
            self.depth += 1
            self.max_depth = max(self.max_depth, self.depth)
        if tag == "div":
            is_text = "text" in (a.get("class") or "").split()
            self.div_stack.append(is_text)
            if is_text:
                self.in_text += 1
                self.article_texts.append("")

    def handle_endtag(self, tag):
        if tag == "mark":
            self.depth -= 1
            assert self.depth >= 0
        if tag == "div" and self.div_stack and self.div_stack.pop():
            self.in_text -= 1

    def handle_data(self, data):
        if self.in_text:
            self.article_texts[-1] += data


def _flatten(nodes) -> str:
    return "".join(n if isinstance(n, str) else _flatten(n.children) for n in nodes)


def _pieces(nodes, out=None) -> dict[str, list[MarkNode]]:
    out = {} if out is None else out
    for n in nodes:
        if isinstance(n, MarkNode):
            out.setdefault(n.view.key, []).append(n)
            _pieces(n.children, out)
    return out


def _views(text: str, spans: list[tuple[int, int]]) -> tuple[FindingView, ...]:
    return tuple(FindingView(f"f{i}", make_finding(text, "t.txt", DUPLICATE, Span(s, e), "m"))
                 for i, (s, e) in enumerate(spans))


@pytest.mark.parametrize("spans", [
    [],
    [(0, 5)],
    [(0, 5), (6, 11)],  # disjoint
    [(0, 11), (3, 5)],  # nested
    [(0, 7), (4, 11)],  # crossing
    [(0, 11), (0, 11)],  # identical
    [(2, 2), (5, 5), (0, 11)],  # zero-length, inside and before a longer one
    [(0, 4), (2, 9), (6, 11), (1, 10)],  # a chain of crossings
    [(8, 50)],  # runs past the end of the text
])
def test_highlight_tree_covers_text_once_and_keeps_each_finding_whole(spans):
    text = "hello world"
    views = _views(text, spans)
    tree = highlight_tree(text, views)
    assert _flatten(tree) == text
    pieces = _pieces(tree)
    assert sorted(pieces) == sorted(v.key for v in views)
    for v in views:
        ps = pieces[v.key]
        assert sum(p.first for p in ps) == 1 and ps[0].first
        s, e = v.finding.span
        assert "".join(_flatten(p.children) for p in ps) == text[s:min(e, len(text))]


def test_highlight_tree_random_overlaps():
    rng = random.Random(7)
    text = "".join(rng.choice("ab cd\nef") for _ in range(120))
    for _ in range(200):
        spans = []
        for _ in range(rng.randint(1, 8)):
            s = rng.randint(0, len(text))
            spans.append((s, min(len(text), s + rng.randint(0, 30))))
        views = _views(text, spans)
        tree = highlight_tree(text, views)
        assert _flatten(tree) == text
        pieces = _pieces(tree)
        for v in views:
            s, e = v.finding.span
            assert "".join(_flatten(p.children) for p in pieces[v.key]) == text[s:e]
            assert sum(p.first for p in pieces[v.key]) == 1


def test_every_finding_has_exactly_one_first_mark(quality_report):
    page = Page(render_html(quality_report))
    firsts = [a["data-finding"] for t, a in page.tags if t == "mark" and "data-first" in a]
    assert len(firsts) == len(set(firsts)) == len(quality_report.findings)
    marks = {a["data-finding"] for t, a in page.tags if t == "mark"}
    assert marks == set(firsts)
    assert page.max_depth >= 2  # the nested and crossing findings nest


def test_article_text_is_rendered_verbatim(quality_report):
    page = Page(render_html(quality_report))
    assert page.article_texts == [fr.text for fr in quality_report.files]


def test_hostile_article_is_inert(quality_report):
    html = render_html(quality_report)
    page = Page(html)
    hostile = HOSTILE_PATH.read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" in hostile
    scripts = [a for t, a in page.tags if t == "script"]
    assert len(scripts) == 1 and "src" not in scripts[0]  # only the report's own inline script
    assert not [t for t, _ in page.tags if t in ("img", "iframe", "object", "embed", "textarea", "link")]
    for tag, attrs in page.tags:
        assert not [k for k in attrs if k.startswith("on")], (tag, attrs)
    assert "<script>alert" not in html and "<img src=x" not in html and "<svg onload" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "{{ 7*7 }}" in html and "${7*7}" in html  # article text is never evaluated as a template


def test_hostile_strings_in_attributes_stay_inside_them(quality_report):
    page = Page(render_html(quality_report))
    marks = [a for t, a in page.tags if t == "mark" and "data-first" in a]
    by_message = {a["data-message"]: a for a in marks}
    assert 'odd text "><img src=x onerror=alert(1)>' in by_message
    assert by_message['markup "<script>alert(1)</script>" left in the text']["data-suggestion"] == "</script><b>x"


def test_self_contained_no_network(quality_report):
    html = render_html(quality_report)
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:|//)""", html)
    assert "<link" not in html and "@import" not in html and "url(http" not in html
    assert "default-src 'none'" in html  # CSP: even a bug cannot make the page fetch anything


def test_deterministic(quality_report):
    assert render_html(quality_report) == render_html(quality_report)
    assert "generated" not in render_html(quality_report).split("<main")[0].split("<header")[1]
    assert "generated 2024-05-01" in render_html(quality_report, generated_at="2024-05-01")


def test_charts_and_side_by_side_when_scored(quality_report):
    html = render_html(quality_report)
    assert html.count("<svg") == 2  # findings by category, chrF histogram
    assert "Weak sentences (4: omissions, additions and chrF++ below 50)" in html
    assert "Eine Einigung ist nicht in Sicht." in html and ">omission<" in html
    assert "median sentence chrF++ 48.5" in html and "(test-double)" in html
    assert "Finde jetzt die besten Jobs" in html
    assert "nrefs:1|case:mixed|eff:yes|nc:6|nw:2|space:no|version:2.6.0" in html
    assert "scoring skipped for articles/clean.en.txt: no translator configured" in html


def test_without_scores_or_findings():
    clean = FileResult("c.txt", "Nothing to see.\n", None, None, (), 0, 0)
    html = render_html(Report("0.1.0", (clean,)))
    assert "<svg" not in html and "<mark" not in html
    assert ">100.0<" in html  # the clean article's score
    html = render_html(Report("0.1.0", ()))
    assert "0</span><span class=\"label\">articles checked" in html


def test_filters_cover_every_category_severity_and_status(quality_report):
    html = render_html(quality_report)
    for value in ("accuracy", "fluency", "terminology", "style", "locale-convention", "scrape-residue"):
        assert f'data-filter="cat" value="{value}"' in html
        assert f"body.hide-cat-{value} mark.cat-{value}" in html
    for value in ("error", "warning", "info"):
        assert f'data-filter="sev" value="{value}"' in html
    for value in ("open", "confirmed", "dismissed"):
        assert f'data-filter="st" value="{value}"' in html


def test_custom_weights_change_the_score(quality_report):
    default = render_html(quality_report)
    lenient = render_html(quality_report, weights={"error": 0, "warning": 0, "info": 0})
    assert default != lenient and lenient.count(">100.0<") >= 3


def test_reference_mode_without_sources_drops_the_source_column(quality_report):
    import dataclasses

    from tests.reports.conftest import SCORES

    pairs = [dict(p, source=None, back_translation=None, references=["A human reference."]) for p in SCORES["pairs"]]
    scores = dict(SCORES, mode="reference", pairs=pairs)
    report = dataclasses.replace(quality_report, scores={quality_report.files[0].path: scores})
    html = render_html(report)
    assert 'class="side-by-side cols-2"' in html and ">Reference</div>" in html
    assert ">Source (de)</div>" not in html and "A human reference." in html
    assert ">Source (de)</div>" in render_html(quality_report)
