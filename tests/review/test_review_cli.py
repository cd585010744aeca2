"""`mtcheck review` end to end: a real terminal (pexpect), the real engine and rules, the real CLI.

An editor accepts one suggestion, dismisses one finding and quits; resumes and finishes; then
``mtcheck lint`` no longer reports the dismissed finding (``--show-dismissed`` shows it) and no longer fails.
"""
from __future__ import annotations

import functools
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from mtcheck.review import read_review_file

pexpect = pytest.importorskip("pexpect", reason="pexpect is not installed")

ARTICLE = (
    "Talks in Vienna\n"
    "\n"
    "The delegations met on Tuesday. “We need answers now, now,” the minister said.\n"
    "\n"
    "The talks will continue on Friday in in Vienna.\n"
    "\n"
    "Foreign ministers from both sides will will attend.\n"
)
PROMPT = "[q]uit › "
ENV = {**os.environ, "NO_COLOR": "1", "COLUMNS": "120", "TERM": "xterm"}


@functools.lru_cache(maxsize=1)
def _command() -> tuple[str, ...]:
    """``python -m mtcheck review`` once the CLI registers it, else the command module directly."""
    probe = subprocess.run([sys.executable, "-m", "mtcheck", "review", "--help"], capture_output=True, env=ENV)
    return (sys.executable, "-m", "mtcheck", "review") if probe.returncode == 0 else \
        (sys.executable, "-m", "mtcheck.cli_review")


@pytest.fixture
def project(tmp_path) -> Path:
    # only the duplicated-word rule: the test is about the review, not about which rules fire
    (tmp_path / "mtcheck.toml").write_text('select = ["duplicated-word"]\n', encoding="utf-8")
    article = tmp_path / "vienna.en.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    os.chmod(article, 0o664)
    return article


def _spawn(article: Path):
    cmd = _command()
    child = pexpect.spawn(cmd[0], [*cmd[1:], str(article)], cwd=str(article.parent), env=ENV, encoding="utf-8",
                          dimensions=(40, 120), timeout=60)
    return child


def _answer(child, expected: str, key: str) -> None:
    child.expect_exact(expected)
    child.expect_exact(PROMPT)
    child.send(key)  # a single key press: no Enter


def _lint_json(article: Path, *extra: str) -> tuple[int, dict]:
    done = subprocess.run([sys.executable, "-m", "mtcheck", "lint", "--format", "json", *extra, str(article)],
                          capture_output=True, text=True, cwd=str(article.parent), env=ENV)
    return done.returncode, json.loads(done.stdout)


def test_review_session_in_a_terminal(project):
    article = project
    child = _spawn(article)
    _answer(child, 'duplicated word "now"', "a")  # a safe fix: applied without a preview
    child.expect_exact("Replaced “now, now” with “now”.")
    _answer(child, 'duplicated word "in"', "d")
    _answer(child, 'duplicated word "will"', "q")
    child.expect_exact("Saved to vienna.en.txt.review.tsv: 1 accepted, 1 dismissed; 1 finding(s) undecided.")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0

    text = article.read_text(encoding="utf-8")
    assert "“We need answers now,” the minister said." in text and "in in Vienna" in text
    assert oct(article.stat().st_mode & 0o777) == oct(0o664)
    decisions = read_review_file(str(article) + ".review.tsv")
    assert [(d.rule, d.status, d.text) for d in decisions] == [
        ("MT101", "accepted", "now, now"), ("MT101", "dismissed", "in in")]
    raw = (article.parent / "vienna.en.txt.review.tsv").read_text(encoding="utf-8")
    assert raw.startswith("fingerprint\trule\tstatus\ttext\tnote\n")

    # resume: the dismissed finding is not asked again; "?" shows the rule's documentation
    child = _spawn(article)
    child.expect_exact('duplicated word "will"')
    child.expect_exact(PROMPT)
    child.send("?")
    child.expect_exact("What it does")
    child.expect_exact(PROMPT)
    child.send("d")
    child.expect_exact("Every finding of this article has been decided.")
    child.expect(pexpect.EOF)
    child.close()
    assert 'duplicated word "in"' not in child.before
    assert child.exitstatus == 0
    assert [d.status for d in read_review_file(str(article) + ".review.tsv")] == ["accepted", "dismissed", "dismissed"]

    # lint honours the review: dismissed findings are no longer reported and no longer fail …
    code, data = _lint_json(article)
    assert data["files"][0]["findings"] == [] and data["summary"]["suppressed"] == 2
    assert code == 0
    # … unless asked for, and then they carry their status
    code, data = _lint_json(article, "--show-dismissed")
    findings = data["files"][0]["findings"]
    assert sorted(f["text"] for f in findings) == ["in in", "will will"]
    assert {f["status"] for f in findings} == {"dismissed"}
    assert code == 0


def test_undo_in_a_terminal_restores_the_article(project):
    article = project
    before = article.read_bytes()
    child = _spawn(article)
    _answer(child, 'duplicated word "now"', "a")
    _answer(child, 'duplicated word "in"', "u")
    child.expect_exact("Undone.")
    _answer(child, 'duplicated word "now"', "q")
    child.expect(pexpect.EOF)
    child.close()
    assert article.read_bytes() == before
    assert not (article.parent / "vienna.en.txt.review.tsv").exists()


def test_export_and_import_round_trip(project, tmp_path):
    article = project
    out = tmp_path / "flagged.csv"
    cmd = _command()
    done = subprocess.run([*cmd, str(article), "--export", str(out)], capture_output=True, text=True, env=ENV,
                          cwd=str(article.parent))
    assert done.returncode == 0, done.stderr
    assert "3 finding(s) written" in done.stdout
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "fingerprint,line,column,rule,severity,message,text,suggestion,status"
    lines[2] = lines[2].rsplit(",", 1)[0] + ",dismissed"
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    done = subprocess.run([*cmd, str(article), "--import", str(out)], capture_output=True, text=True, env=ENV,
                          cwd=str(article.parent))
    assert done.returncode == 0, done.stderr
    assert "1 decision(s) changed" in done.stdout
    code, data = _lint_json(article, "--show-dismissed")
    statuses = {f["text"]: f["status"] for f in data["files"][0]["findings"]}
    assert statuses == {"now, now": "open", "in in": "dismissed", "will will": "open"}
    assert code == 1  # open errors remain

    bad = tmp_path / "bad.csv"
    bad.write_text("fingerprint,status\nabc,maybe\n", encoding="utf-8")
    done = subprocess.run([*cmd, str(article), "--import", str(bad)], capture_output=True, text=True, env=ENV,
                          cwd=str(article.parent))
    assert done.returncode == 2 and "bad.csv:2: unknown status 'maybe'" in done.stderr
