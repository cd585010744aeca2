"""The command line: exit codes, formats, bad input, baseline, fixes — via CliRunner and the installed command."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mtcheck.cli import _register_optional_commands, app
from tests.conftest import SEED

_register_optional_commands()
runner = CliRunner()
DIRTY = "The talks were difficult.\n\nRight now, now, the the government must act.\n"
CLEAN = "The talks were difficult.\n\nThe government must act now.\n"


def lint(*args: str, input: str | None = None):
    return runner.invoke(app, ["lint", *args], input=input)


def installed() -> list[str]:
    exe = shutil.which("mtcheck", path=os.path.dirname(sys.executable)) or shutil.which("mtcheck")
    if exe is None:
        pytest.skip("the mtcheck console script is not installed")
    return [exe]


@pytest.fixture
def article(tmp_path: Path) -> Path:
    p = tmp_path / "a.en.txt"
    p.write_text(DIRTY, encoding="utf-8")
    return p


def test_findings_exit_1_and_clean_exit_0(tmp_path, article):
    assert lint(str(article), "--select", "MT101").exit_code == 1
    clean = tmp_path / "clean.txt"
    clean.write_text(CLEAN)
    assert lint(str(clean), "--select", "MT101").exit_code == 0


def test_fail_on_levels(article):
    assert lint(str(article), "--select", "MT101", "--fail-on", "never").exit_code == 0
    cfg = article.parent / "mtcheck.toml"
    cfg.write_text('[rules.MT101]\nseverity = "info"\n')
    assert lint(str(article), "--select", "MT101").exit_code == 0
    assert lint(str(article), "--select", "MT101", "--fail-on", "info").exit_code == 1


def test_stdin(article):
    result = lint("-", "--select", "MT101", "--format", "json", input=DIRTY)
    assert result.exit_code == 1
    assert json.loads(result.stdout)["files"][0]["path"] == "-"


def test_output_file(tmp_path, article):
    out = tmp_path / "out.sarif"
    result = lint(str(article), "--format", "sarif", "--output", str(out))
    assert result.stdout == "" and json.loads(out.read_text())["version"] == "2.1.0"


@pytest.mark.parametrize("content, message", [
    (b"\x00\x01\x02binary\x00" * 50, "binary"),
])
def test_bad_input_exit_2(tmp_path, content, message):
    p = tmp_path / "x.txt"
    p.write_bytes(content)
    result = lint(str(p))
    assert result.exit_code == 2 and message in result.stderr and "Traceback" not in result.output


def test_latin1_and_utf16_are_read(tmp_path):
    latin = tmp_path / "latin.txt"
    latin.write_bytes(("Die Straße in Köln. " * 10 + "\n\nRight now, now, it failed.\n").encode("latin-1"))
    utf16 = tmp_path / "utf16.txt"
    utf16.write_bytes(DIRTY.encode("utf-16"))
    for p in (latin, utf16):
        result = lint(str(p), "--select", "MT101", "--format", "json")
        assert result.exit_code == 1, result.output
        f = json.loads(result.stdout)["files"][0]["findings"][0]
        assert f["text"].lower().startswith("now")


def test_empty_file_has_no_findings(tmp_path):
    p = tmp_path / "empty.txt"
    p.write_bytes(b"")
    assert lint(str(p)).exit_code == 0


def test_huge_file_is_refused(tmp_path):
    p = tmp_path / "huge.txt"
    with p.open("wb") as fh:
        fh.write(b"A sentence of an article that goes on. " * (50 * 1024 * 1024 // 40))
    result = lint(str(p))
    assert result.exit_code == 2 and "limit" in result.stderr


def test_directory_without_text_files(tmp_path):
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    result = lint(str(tmp_path))
    assert result.exit_code == 2 and "no files matching" in result.stderr


def test_missing_path():
    result = lint("/nonexistent/article.txt")
    assert result.exit_code == 2 and "no such file" in result.stderr


def test_unknown_rule_and_key(tmp_path, article):
    result = lint(str(article), "--select", "MT999")
    assert result.exit_code == 2 and "MT999" in result.stderr
    (article.parent / "mtcheck.toml").write_text("colour = true\n")
    result = lint(str(article))
    assert result.exit_code == 2 and "unknown key 'colour'" in result.stderr


def test_unreadable_file(tmp_path, article):
    target = str(article)
    if os.geteuid() == 0:
        # root reads any regular file whatever its mode; this write-only kernel file refuses even root
        target = "/proc/sys/vm/compact_memory"
        if not os.path.exists(target):
            pytest.skip("running as root and no root-unreadable file is available")
    else:
        article.chmod(0)
    proc = subprocess.run([*installed(), "lint", target], capture_output=True, text=True)
    article.chmod(0o644)
    assert proc.returncode == 2, proc.stderr
    assert "permission denied" in proc.stderr and "Traceback" not in proc.stderr


def test_nothing_is_written_without_fix(tmp_path, article):
    before = {p: p.read_bytes() for p in tmp_path.iterdir()}
    for fmt in ("text", "json", "sarif", "github", "junit"):
        lint(str(tmp_path), "--format", fmt)
    lint(str(article), "--diff")
    assert {p: p.read_bytes() for p in tmp_path.iterdir()} == before


def test_diff_and_fix(article):
    article.chmod(0o640)
    result = lint(str(article), "--select", "MT101", "--diff")
    assert result.stdout.startswith("--- a/") and "+Right now, the government must act." in result.stdout
    assert article.read_text() == DIRTY
    result = lint(str(article), "--select", "MT101", "--fix")
    assert article.read_text() == "The talks were difficult.\n\nRight now, the government must act.\n"
    assert result.exit_code == 0 and oct(article.stat().st_mode & 0o777) == "0o640"


def test_baseline_only_new_findings_fail(tmp_path, article):
    base = tmp_path / "baseline.json"
    assert lint(str(article), "--select", "MT101", "--write-baseline", str(base)).exit_code == 0
    assert lint(str(article), "--select", "MT101", "--baseline", str(base)).exit_code == 0
    # an edit elsewhere keeps the baseline valid; a new duplicate fails
    article.write_text("A new first paragraph was added.\n\n" + DIRTY)
    assert lint(str(article), "--select", "MT101", "--baseline", str(base)).exit_code == 0
    article.write_text(DIRTY + "\nThe the minister resigned.\n")
    result = lint(str(article), "--select", "MT101", "--baseline", str(base), "--format", "json")
    assert result.exit_code == 1
    assert [f["text"] for f in json.loads(result.stdout)["files"][0]["findings"]] == ["The the"]


def test_bad_baseline(tmp_path, article):
    bad = tmp_path / "b.json"
    bad.write_text("{}")
    result = lint(str(article), "--baseline", str(bad))
    assert result.exit_code == 2 and "not an mtcheck baseline" in result.stderr


def test_jobs_give_the_same_report(tmp_path):
    for i in range(6):
        (tmp_path / f"a{i}.txt").write_text(DIRTY)
    one = lint(str(tmp_path), "--format", "json")
    two = lint(str(tmp_path), "--format", "json", "--jobs", "2")
    assert one.stdout == two.stdout and one.exit_code == two.exit_code == 1


def test_exclude(tmp_path):
    (tmp_path / "keep.txt").write_text(CLEAN)
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "x.txt").write_text(DIRTY)
    result = lint(str(tmp_path), "--exclude", "drafts", "--select", "MT101")
    assert result.exit_code == 0


def test_rules_listing_and_docs():
    listing = runner.invoke(app, ["rules"])
    assert listing.exit_code == 0 and "MT101" in listing.stdout and "de-en" in listing.stdout
    for key in ("MT101", "duplicated-word", "mt101"):
        doc = runner.invoke(app, ["rules", key])
        assert doc.exit_code == 0
        for section in ("What it does", "Why it matters", "Example", "Use instead", "Fix safety"):
            assert section in doc.stdout
    assert runner.invoke(app, ["rules", "MT000"]).exit_code == 2


def test_installed_command_exit_codes(tmp_path, article):
    exe = installed()
    assert subprocess.run([*exe, "lint", str(article)], capture_output=True).returncode == 1
    clean = tmp_path / "clean.txt"
    clean.write_text(CLEAN)
    assert subprocess.run([*exe, "lint", "--select", "MT1", str(clean)], capture_output=True).returncode == 0
    proc = subprocess.run([*exe, "lint", str(tmp_path / "missing.txt")], capture_output=True, text=True)
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1
    proc = subprocess.run([sys.executable, "-m", "mtcheck", "lint", "--format", "github", str(article)],
                          capture_output=True, text=True)
    assert proc.returncode == 1 and proc.stdout.startswith("::")


def test_installed_command_on_the_seed():
    proc = subprocess.run([*installed(), "lint", str(SEED)], capture_output=True, text=True)
    assert proc.returncode == 1
    assert "MT101" in proc.stdout and "MT201" in proc.stdout


def test_bad_glossary_is_a_config_error(tmp_path, article):
    bad = tmp_path / "g.csv"
    bad.write_text("nope\n\x00\x01")
    result = lint(str(article), "--glossary", str(bad))
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert str(bad) in result.stderr or "glossary" in result.stderr.lower()
