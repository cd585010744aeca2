"""``--format sarif``: SARIF 2.1.0 for code-scanning dashboards (GitHub, Azure DevOps, …)."""
from __future__ import annotations

import json
from pathlib import Path

from mtcheck.model import Report, Severity

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def _rule_descriptor(rule) -> dict:
    doc = rule.documentation()
    return {
        "id": rule.id,
        "name": rule.name,
        "shortDescription": {"text": rule.summary() or rule.name},
        "fullDescription": {"text": doc or rule.name},
        "help": {"text": doc or rule.name, "markdown": doc or rule.name},
        "defaultConfiguration": {"level": _LEVEL[rule.severity]},
        "properties": {"category": str(rule.category), "tags": [str(rule.category)]},
    }


def _uri(path: str) -> str:
    return "stdin" if path == "-" else Path(path).as_posix()


def render(report: Report, **_: object) -> str:
    rules = sorted({r.id: r for r in report.rules}.values(), key=lambda r: r.id)
    known = {r.id for r in rules}
    index = {r.id: i for i, r in enumerate(rules)}
    results = []
    for fr in report.files:
        for f in fr.findings:
            region = {
                "startLine": f.line, "startColumn": f.column, "endLine": f.end_line, "endColumn": f.end_column,
                "charOffset": f.span.start, "charLength": f.span.length, "snippet": {"text": f.text},
            }
            result = {
                "ruleId": f.rule,
                "level": _LEVEL[f.severity],
                "message": {"text": f.message + (f" Suggestion: {f.suggestion}" if f.suggestion else "")},
                "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(fr.path)}, "region": region}}],
                "partialFingerprints": {"mtcheck/v1": f.fingerprint},
                "properties": {"category": str(f.category), "status": f.status},
            }
            if f.rule in known:
                result["ruleIndex"] = index[f.rule]
            if f.related:
                result["relatedLocations"] = [
                    {"id": i, "physicalLocation": {"artifactLocation": {"uri": _uri(fr.path)},
                                                   "region": {"charOffset": r.start, "charLength": r.length}}}
                    for i, r in enumerate(f.related)
                ]
            results.append(result)
    sarif = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "mtcheck", "version": report.tool_version,
                                "informationUri": "https://pypi.org/project/mtcheck/", "rules": [_rule_descriptor(r) for r in rules]}},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }
    return json.dumps(sarif, ensure_ascii=False, indent=2) + "\n"
