"""Lint reporters: golden files, the SARIF schema, escaping. Regenerate with MTCHECK_UPDATE_GOLDEN=1."""
from __future__ import annotations

import json
import os
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from mtcheck.reporters import get_reporter
from tests.conftest import SHARED
from tests.core.reportfixture import build_report

GOLDEN = Path(__file__).parent / "golden"


@pytest.mark.parametrize("fmt, suffix", [("text", "txt"), ("json", "json"), ("sarif", "sarif"),
                                         ("github", "github.txt"), ("junit", "junit.xml")])
def test_golden(fmt, suffix):
    rendered = get_reporter(fmt)(build_report(), colour=False)
    golden = GOLDEN / f"demo.{suffix}"
    if os.environ.get("MTCHECK_UPDATE_GOLDEN"):
        golden.write_text(rendered, encoding="utf-8")
    assert rendered == golden.read_text(encoding="utf-8")


def test_reporters_are_deterministic():
    for fmt in ("text", "json", "sarif", "github", "junit"):
        assert get_reporter(fmt)(build_report()) == get_reporter(fmt)(build_report())


def test_json_contract_keys():
    data = json.loads(get_reporter("json")(build_report()))
    assert data["version"] == 1 and data["tool"]["name"] == "mtcheck"
    f = data["files"][0]["findings"][0]
    for key in ("rule", "name", "category", "severity", "message", "line", "column", "end_line",
                "end_column", "offset", "length", "text", "suggestion"):
        assert key in f
    assert data["summary"] == {"files": 2, "findings": 3, "by_severity": {"error": 1, "warning": 1, "info": 1},
                               "by_rule": {"MT991": 1, "MT992": 1, "MT993": 1}, "suppressed": 0}


def test_json_positions_are_code_points():
    report = build_report()
    data = json.loads(get_reporter("json")(report))
    text = report.files[0].text
    lines = text.split("\n")
    for f in data["files"][0]["findings"]:
        assert text[f["offset"]:f["offset"] + f["length"]] == f["text"]
        line = lines[f["line"] - 1]
        assert line[f["column"] - 1:f["end_column"] - 1] == f["text"]


def test_sarif_validates_against_the_official_schema():
    jsonschema = pytest.importorskip("jsonschema")
    schema_path = SHARED / "schemas" / "sarif-schema-2.1.0.json"
    if not schema_path.is_file():
        pytest.skip("../shared/schemas/sarif-schema-2.1.0.json is absent (the schema is not shipped)")
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    sarif = json.loads(get_reporter("sarif")(build_report()))
    jsonschema.validate(sarif, schema)
    run = sarif["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    assert all("mtcheck/v1" in r["partialFingerprints"] for r in run["results"])
    assert {r["id"] for r in run["tool"]["driver"]["rules"]} == {"MT991", "MT992", "MT993"}
    assert "What it does" in run["tool"]["driver"]["rules"][0]["help"]["text"]


def test_github_escapes_properties_and_data():
    out = get_reporter("github")(build_report())
    line = [x for x in out.splitlines() if "MT993" in x][0]
    assert line.startswith("::notice file=articles/demo.en.txt,line=6,col=1,endLine=6,endColumn=15,")
    assert "scraper marker%2C 100%25%3A" not in line.split("::", 2)[2]  # data part escapes only % \r \n
    assert line.endswith("::scraper marker, 100%25: delete it")


def test_junit_is_well_formed():
    root = ET.fromstring(get_reporter("junit")(build_report()))
    assert root.get("tests") == "4" and root.get("failures") == "3"


def test_text_colour_only_when_asked():
    report = build_report()
    assert "\x1b[" not in get_reporter("text")(report, colour=False)
    assert "\x1b[" in get_reporter("text")(report, colour=True)
