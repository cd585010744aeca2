"""Markdown and quality-JSON reports: golden files, escaping, schema. Regenerate: MTCHECK_UPDATE_GOLDEN=1."""
from __future__ import annotations

import itertools
import json
import os
import re
from pathlib import Path

import pytest

from mtcheck.model import FileResult, Report
from mtcheck.reporters.markdown import escape_cell, render_markdown
from mtcheck.reporters.quality_json import render_quality_json
from tests.reports.conftest import build_quality_report

GOLDEN = Path(__file__).parent / "golden"
SCHEMA = Path(__file__).parent / "quality.schema.json"


def _check_golden(name: str, rendered: str) -> None:
    path = GOLDEN / name
    if os.environ.get("MTCHECK_UPDATE_GOLDEN"):
        path.write_text(rendered, encoding="utf-8", newline="")
    assert rendered == path.read_bytes().decode("utf-8"), f"{name} differs; MTCHECK_UPDATE_GOLDEN=1 regenerates it"


@pytest.mark.parametrize("name, render", [("quality.md", render_markdown), ("quality.json", render_quality_json)])
def test_golden(name, render):
    _check_golden(name, render(build_quality_report()))


@pytest.mark.parametrize("render", [render_markdown, render_quality_json])
def test_deterministic(render):
    assert render(build_quality_report()) == render(build_quality_report())


def test_quality_json_contract():
    text = render_quality_json(build_quality_report())
    data = json.loads(text)
    assert data["schema_version"] == 1
    assert text == json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"  # sorted, stable
    assert "generated_at" not in data
    assert json.loads(render_quality_json(build_quality_report(), generated_at="2024-05-01"))["generated_at"] == \
        "2024-05-01"
    article = data["articles"][0]
    scores = article["scores"]
    assert scores["low_sentences"] == [4, 6, 5, 2]  # omission, addition, then chrF++ 31.25, 48.5
    assert [s["kind"] for s in scores["sentences"]] == ["match", "match", "match", "omission", "match", "addition"]
    assert (scores["translator"], scores["median_chrf"], scores["comparison"]) == ("test-double", 48.5,
                                                                                 "back_translation")
    assert scores["extra"]["omissions"] == [3] and scores["extra"]["segmentation"] == "sentence-aligned"
    assert "pairs" not in scores["extra"] and "notes" not in scores["extra"]
    assert scores["message"] == "1 source sentence has no counterpart in the translation"
    f = article["findings"][0]
    assert article["text"][f["offset"]:f["offset"] + f["length"]] == f["text"]
    assert data["summary"]["findings"] == sum(len(a["findings"]) for a in data["articles"])


def test_quality_json_matches_schema():
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(json.loads(render_quality_json(build_quality_report())), schema)
    jsonschema.validate(json.loads(render_quality_json(Report("0.1.0", ()))), schema)


def _cells(row: str) -> list[str]:
    return re.split(r"(?<!\\)\|", row.strip())[1:-1]


def test_markdown_tables_keep_their_shape_with_hostile_text():
    md = render_markdown(build_quality_report())
    tables = [list(rows) for is_row, rows in itertools.groupby(md.splitlines(), lambda l: l.startswith("|"))
              if is_row]
    assert len(tables) == 5
    for table in tables:
        assert len({len(_cells(row)) for row in table}) == 1, table  # no cell broke out of its column


def test_markdown_is_inert():
    md = render_markdown(build_quality_report())
    assert "<script" not in md and "<img" not in md and "<svg" not in md and "</textarea" not in md
    assert "@everyone" not in md  # no mentions from article text
    assert "\u202e" not in md  # no bidi override reordering the comment
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in md
    assert r"\[bold\]not markup\[/bold\]" in md


@pytest.mark.parametrize("raw, escaped", [
    ("a | b", r"a \| b"), ("**x**", r"\*\*x\*\*"), ("`code`", r"\`code\`"), ("<b>", "&lt;b&gt;"),
    ("line\nbreak\r\n  here", "line break here"), ("@team", "&#64;team"), ("[link](x)", r"\[link\](x)"),
    ("a & b", "a &amp; b"), ("plain text, 100.000", "plain text, 100.000"), ("x" * 200, "x" * 159 + "…"),
])
def test_escape_cell(raw, escaped):
    assert escape_cell(raw) == escaped


def test_markdown_without_scores_or_findings():
    md = render_markdown(Report("0.1.0", (FileResult("c.txt", "Fine.\n", None, None, (), 0, 1),)))
    assert "### Articles" in md and "🟢 100.0" in md
    for absent in ("### Findings by rule", "### Worst sentences", "### Scores", "<details>"):
        assert absent not in md


def test_markdown_caps_the_findings_list(monkeypatch):
    from mtcheck.reporters import markdown

    report = build_quality_report()
    monkeypatch.setattr(markdown, "MAX_FINDINGS", 5)
    md = render_markdown(report)
    assert f"… and {len(report.findings) - 5} more" in md


def test_markdown_stays_within_a_comment_for_many_articles(monkeypatch):
    import dataclasses

    from mtcheck.reporters import markdown

    base = build_quality_report()
    files = tuple(dataclasses.replace(base.files[i % 3], path=f"articles/a{i:04}.en.txt") for i in range(1500))
    md = render_markdown(dataclasses.replace(base, files=files, scores={}))
    assert len(md) < 65_536
    assert "The 50 lowest-scoring of 1,500 articles." in md
    assert "<details>" in md and "… and 9,350 more" in md
    rows = [line for line in md.splitlines() if line.startswith("| articles/a")]
    assert len(rows) == 50 + 150 and all("a0002.en.txt" not in r for r in rows[:50])  # clean ones are not worst
    monkeypatch.setattr(markdown, "MAX_FINDINGS", 100_000)  # a list too long for a comment is left out
    md = render_markdown(dataclasses.replace(base, files=files, scores={}))
    assert len(md) < 65_536 and "<details>" not in md
    assert "The full list of findings is in the HTML and JSON reports." in md


@pytest.mark.parametrize("module", ["markdown", "quality_json", "html"])
def test_registry_calling_convention(module):
    import importlib

    render = importlib.import_module(f"mtcheck.reporters.{module}").render
    report = build_quality_report()
    assert render(report, colour=True) == render(report, colour=False)
    assert "2024-05-01T12:00Z" in render(report, generated_at="2024-05-01T12:00Z")
    assert "2024-05-01" not in render(report)
    assert render(report, weights={"error": 0}) != render(report)
