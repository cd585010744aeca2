"""Which findings are silenced: baselines (accepted legacy findings) and review dismissals.

A baseline is a JSON file of fingerprints per file path. Fingerprints hash the rule, the normalised
sentence, the flagged text and its occurrence number, so edits elsewhere in a file do not revive
baselined findings, while a new instance of the same problem is still reported.
"""
from __future__ import annotations

import dataclasses
import json
from collections import Counter
from pathlib import Path

from mtcheck.fix import atomic_write_text
from mtcheck.model import FileResult, Report

BASELINE_VERSION = 1


class BaselineError(Exception):
    """The baseline file is missing or malformed (exit code 2)."""


def _key(path: str) -> str:
    return Path(path).as_posix()


def write_baseline(report: Report, path: str) -> None:
    data = {
        "version": BASELINE_VERSION,
        "tool": "mtcheck",
        "files": {_key(fr.path): sorted(f.fingerprint for f in fr.findings) for fr in report.files},
    }
    atomic_write_text(path, json.dumps(data, indent=1, sort_keys=True) + "\n")


def load_baseline(path: str) -> dict[str, Counter]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BaselineError(f"{path}: baseline file not found (create it with --write-baseline)") from None
    except (OSError, ValueError) as exc:
        raise BaselineError(f"{path}: not a readable mtcheck baseline: {exc}") from None
    if not isinstance(data, dict) or data.get("version") != BASELINE_VERSION or not isinstance(data.get("files"), dict):
        raise BaselineError(f"{path}: not an mtcheck baseline (version {BASELINE_VERSION} expected)")
    return {k: Counter(v) for k, v in data["files"].items()}


def apply_baseline(report: Report, baseline: dict[str, Counter]) -> Report:
    """Drop findings whose fingerprints the baseline holds (each entry silences one finding)."""
    files = []
    for fr in report.files:
        budget = Counter(baseline.get(_key(fr.path), Counter()))
        kept = []
        for f in fr.findings:
            if budget[f.fingerprint] > 0:
                budget[f.fingerprint] -= 1
            else:
                kept.append(f)
        files.append(dataclasses.replace(fr, findings=tuple(kept),
                                         suppressed=fr.suppressed + len(fr.findings) - len(kept)))
    return dataclasses.replace(report, files=tuple(files))


def apply_decisions(result: FileResult, decisions: dict[str, str]) -> FileResult:
    """Stamp review statuses; dismissed findings stay visible in reports but stop failing CI."""
    if not decisions:
        return result
    findings = tuple(dataclasses.replace(f, status=decisions[f.fingerprint]) if f.fingerprint in decisions else f
                     for f in result.findings)
    return dataclasses.replace(result, findings=findings)
