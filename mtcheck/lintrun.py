"""One ``mtcheck lint`` run: collect files, lint, honour reviews and baselines, fix, decide the exit code.

Kept apart from ``cli`` so that the command line only parses and prints, and so that ``check`` reuses it.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

from mtcheck.config import Config
from mtcheck.discover import collect
from mtcheck.engine import lint_paths, lint_text
from mtcheck.fix import apply_edits, atomic_write_text, safe_edits, unified_diff
from mtcheck.model import Report, Severity
from mtcheck.suppress import BaselineError, apply_baseline, apply_decisions, load_baseline
from mtcheck.suppress import write_baseline as save_baseline  # `run` has a parameter named write_baseline


class LintRunError(Exception):
    """A user error found during the run (bad baseline, --fix on stdin …): exit code 2."""


@dataclass(frozen=True)
class Outcome:
    report: Report
    exit_code: int
    diff_text: str | None = None


def exit_code(report: Report, fail_on: str) -> int:
    if report.errors:
        return 2
    if fail_on == "never":
        return 0
    threshold = Severity.parse(fail_on)
    return int(any(f.severity >= threshold and f.status != "dismissed" for f in report.findings))


def _with_reviews(report: Report, show_dismissed: bool) -> Report:
    """Stamp review decisions; dismissed findings are dropped (counted as suppressed) unless shown."""
    from mtcheck.review import ReviewFileError, load_decisions

    files = []
    try:
        for fr in report.files:
            fr = apply_decisions(fr, load_decisions(fr.path)) if fr.path != "-" else fr
            if not show_dismissed:
                kept = tuple(f for f in fr.findings if f.status != "dismissed")
                fr = dataclasses.replace(fr, findings=kept, suppressed=fr.suppressed + len(fr.findings) - len(kept))
            files.append(fr)
    except ReviewFileError as exc:
        raise LintRunError(str(exc)) from None
    return dataclasses.replace(report, files=tuple(files))


def _fix(report: Report, config: Config, write: bool) -> tuple[Report, str]:
    """Apply safe fixes (or only diff them); re-lint fixed files so the report shows what remains."""
    diffs, files = [], []
    for fr in report.files:
        edits = safe_edits(f for f in fr.findings if f.status != "dismissed")
        if not edits:
            files.append(fr)
            continue
        fixed = apply_edits(fr.text, edits)
        diffs.append(unified_diff(fr.text, fixed, fr.path))
        if write:
            if fr.path == "-":
                raise LintRunError("--fix cannot write to stdin; use --diff")
            from mtcheck.text.read import read_path

            encoding = read_path(fr.path).encoding
            atomic_write_text(fr.path, fixed, encoding)
            files.append(lint_text(fixed, fr.path, config, encoding=encoding))
        else:
            files.append(fr)
    return dataclasses.replace(report, files=tuple(files)), "".join(diffs)


def run(paths: list[str], config: Config, *, jobs: int = 1, baseline: Path | None = None,
        write_baseline: Path | None = None, fix: bool = False, diff: bool = False,
        progress: bool = False, show_dismissed: bool = False) -> Outcome:
    files = collect(paths, config.include, config.exclude)
    report = _lint_with_progress(files, config, jobs, progress)
    report = _with_reviews(report, show_dismissed)
    if write_baseline:
        try:
            save_baseline(report, str(write_baseline))
        except OSError as exc:
            raise LintRunError(f"{write_baseline}: cannot write baseline: {exc.strerror}") from None
        return Outcome(report, 2 if report.errors else 0)
    if baseline:
        try:
            report = apply_baseline(report, load_baseline(str(baseline)))
        except BaselineError as exc:
            raise LintRunError(str(exc)) from None
    diff_text = None
    if fix or diff:
        report, diff_text = _fix(report, config, write=fix and not diff)
        if not diff:
            diff_text = None
    return Outcome(report, exit_code(report, config.fail_on), diff_text)


def _lint_with_progress(files: list[str], config: Config, jobs: int, progress: bool) -> Report:
    if not progress or len(files) < 20 or jobs > 1:
        return lint_paths(files, config, jobs=jobs)
    from rich.progress import Progress

    with Progress(transient=True) as bar:
        task = bar.add_task("linting", total=len(files))
        return lint_paths(files, config, jobs=jobs, progress=lambda: bar.advance(task))
