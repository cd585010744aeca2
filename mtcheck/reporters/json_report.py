"""``--format json``: the stable machine-readable contract (documented in the README)."""
from __future__ import annotations

import json

from mtcheck.model import Report
from mtcheck.reporters import summary

SCHEMA_VERSION = 1


def render(report: Report, **_: object) -> str:
    data = {
        "version": SCHEMA_VERSION,
        "tool": {"name": "mtcheck", "version": report.tool_version},
        "files": [
            {
                "path": fr.path,
                "language": {"source": fr.source_lang, "target": fr.target_lang},
                "findings": [f.to_json() for f in fr.findings],
            }
            for fr in report.files
        ],
        "summary": summary(report),
        "errors": list(report.errors),
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
