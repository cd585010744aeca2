"""``mtcheck score`` through CliRunner on a local Typer app, and once through the installed command."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest
import typer
from typer.testing import CliRunner

from mtcheck.cli_score import score
from tests.conftest import ROOT, SEED
from tests.scoring.conftest import BRIDGE_BT, BRIDGE_DE, BRIDGE_EN
from tests.scoring.libre_server import LibreServer
from tests.scoring.test_translate import KEY, closed_port

REFERENCE = ROOT / "references" / "nato-russia-talks.en.ref.txt"
FAST = ("--timeout", "0.5", "--retries", "1", "--rate-limit", "0")

app = typer.Typer(pretty_exceptions_enable=False)
app.command("score")(score)


@app.callback()
def _root() -> None:
    """A stand-in for mtcheck's app, with only this command."""


runner = CliRunner()


def run(*args: str, env: dict[str, str] | None = None):
    return runner.invoke(app, ["score", *map(str, args)], env=env)


def one_error_line(result, *parts: str) -> str:
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("mtcheck: "), result.stderr
    assert "Traceback" not in result.output
    for part in parts:
        assert part in lines[0]
    return lines[0]


def test_seed_against_its_reference_prints_scores_with_signatures():
    result = run(SEED, "--reference", REFERENCE)
    assert result.exit_code == 0, result.output  # MT90x are warnings; --fail-on defaults to error
    out = result.stdout
    assert "reference (reference, sentence-aligned; de→en)" in out
    assert "split into sentences and aligned" in out
    for name, sig in (("BLEU", "nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:"),
                      ("chrF2", "nrefs:1|case:mixed|eff:yes|nc:6|nw:0|space:no|version:"),
                      ("chrF2++", "nrefs:1|case:mixed|eff:yes|nc:6|nw:2|space:no|version:"),
                      ("TER", "nrefs:1|case:lc|tok:tercom|norm:no|punct:yes|asian:no|version:")):
        assert f" {name} " in out and sig in out
    assert "Sentences" in out and "chrF++" in out and "[addition]" in out
    assert "MT903 warning  possible addition: “Top jobs of the day" in out
    assert run(SEED, "--reference", REFERENCE, "--fail-on", "warning").exit_code == 1


def test_json_output_is_stable_and_carries_signatures(tmp_path):
    out_file = tmp_path / "scores.json"
    result = run(SEED, "-r", REFERENCE, "--format", "json", "-o", out_file)
    assert result.exit_code == 0 and result.stdout == ""
    data = json.loads(out_file.read_text(encoding="utf-8"))
    assert list(data) == ["version", "tool", "scores", "findings"]
    scores = data["scores"]
    assert scores["mode"] == "reference" and scores["references"] == [str(REFERENCE)]
    bleu = scores["metrics"][0]
    assert bleu["name"] == "BLEU" and bleu["signature"].startswith("nrefs:1|case:mixed|eff:no|tok:13a")
    assert {f["rule"] for f in data["findings"]} <= {"MT901", "MT902", "MT903"}
    assert any(f["rule"] == "MT903" for f in data["findings"])


def test_min_chrf_flags_more():
    base = json.loads(run(SEED, "-r", REFERENCE, "-f", "json").stdout)["findings"]
    strict = json.loads(run(SEED, "-r", REFERENCE, "-f", "json", "--min-chrf", "95").stdout)["findings"]
    assert sum(f["rule"] == "MT901" for f in strict) > sum(f["rule"] == "MT901" for f in base)


def test_sarif_through_the_shared_reporters():
    data = json.loads(run(SEED, "-r", REFERENCE, "-f", "sarif").stdout)
    assert data["version"] == "2.1.0"
    assert {r["ruleId"] for r in data["runs"][0]["results"]} <= {"MT901", "MT902", "MT903"}


def test_back_translation_through_libre_then_from_the_cache_then_offline(tmp_path):
    cache = tmp_path / "cache.sqlite3"
    args = (BRIDGE_EN, "--source", BRIDGE_DE, "--cache", cache, *FAST)
    with LibreServer(BRIDGE_BT) as srv:
        first = run(*args, "--translator", "libre", "--translator-url", srv.url, "-f", "json")
        assert first.exit_code == 0, first.output
        data = json.loads(first.stdout)
        assert data["scores"]["translation"]["translated"] == 13
        assert [f["rule"] for f in data["findings"]] == ["MT902", "MT903"]
        omission = data["findings"][0]
        assert omission["text"].startswith("The bridge will remain closed to cars")
        assert "Fußgänger und Radfahrer können sie aber weiter nutzen." in omission["message"]
        second = run(*args, "--translator", "libre", "--translator-url", srv.url)
        assert second.exit_code == 0 and srv.count == 13  # nothing sent the second time
        assert "13 from the cache, 0 translated now, 0 requests" in second.stdout
    offline = run(*args, "--translator", "libre", "--translator-url", srv.url, "--offline")
    assert offline.exit_code == 0, offline.output
    other = BRIDGE_EN.read_text(encoding="utf-8").replace("180 million", "190 million")
    (tmp_path / "other.en.txt").write_text(other, encoding="utf-8")
    missing = run(tmp_path / "other.en.txt", "--source", BRIDGE_DE, "--cache", cache, "--offline",
                  "--translator", "libre", "--translator-url", srv.url)
    one_error_line(missing, "--offline: 1 of 13 sentences are not in the cache", "run without --offline")


def test_unreachable_translator_exits_2_with_one_line(tmp_path):
    url = f"http://127.0.0.1:{closed_port()}/"
    result = run(BRIDGE_EN, "--source", BRIDGE_DE, "--translator", "libre", "--translator-url", url,
                 "--cache", tmp_path / "c.sqlite3", *FAST)
    one_error_line(result, f"translator libre ({url}) could not be reached: connection refused",
                   "0 of 13 sentences translated and cached", "run the same command again to continue")


def test_failure_mid_article_then_resume(tmp_path):
    cache = tmp_path / "c.sqlite3"
    with LibreServer(BRIDGE_BT) as srv:
        srv.fail_after(6, "500")
        args = (BRIDGE_EN, "--source", BRIDGE_DE, "--translator", "libre", "--translator-url", srv.url,
                "--cache", cache, "--concurrency", "1", *FAST, "--retries", "0")
        one_error_line(run(*args), "kept failing: HTTP 500", "6 of 13 sentences translated and cached")
        srv.heal()
        srv.reset_counts()
        assert run(*args).exit_code == 0
        assert srv.count == 7


def test_keys_stay_out_of_output_and_cache(tmp_path):
    cache = tmp_path / "c.sqlite3"
    with LibreServer(BRIDGE_BT, api_key=KEY) as srv:
        args = (BRIDGE_EN, "--source", BRIDGE_DE, "--translator", "libre", "--translator-url", srv.url,
                "--cache", cache, *FAST)
        good = run(*args, "-f", "json", env={"MTCHECK_LIBRE_API_KEY": KEY})
        assert good.exit_code == 0 and srv.requests[0]["api_key"] == KEY
        bad = run(BRIDGE_EN, "--source", BRIDGE_DE, "--translator", "libre", "--translator-url", srv.url,
                  "--cache", tmp_path / "other.sqlite3", *FAST, env={"MTCHECK_LIBRE_API_KEY": KEY + "-old"})
        one_error_line(bad, "refused the request: HTTP 403", "check the key in the environment")
    for result in (good, bad):
        assert KEY not in result.output
    stored = b"".join(p.read_bytes() for p in tmp_path.iterdir())
    assert KEY.encode() not in stored


def test_round_trip_and_compare(tmp_path):
    reverse = {v: k for k, v in BRIDGE_BT.items()}
    with LibreServer(BRIDGE_BT, fallback=lambda t, s, g: reverse.get(t, t)) as srv:
        result = run(BRIDGE_EN, "--translator", "libre", "--translator-url", srv.url, "--cache",
                     tmp_path / "c.sqlite3", *FAST)
        assert result.exit_code == 0, result.output
        assert "round-trip (round-trip, sentences; de→en)" in result.stdout
    worse = tmp_path / "worse.en.txt"
    worse.write_text(BRIDGE_EN.read_text(encoding="utf-8").replace("180 million euros", "a lot"), encoding="utf-8")
    result = run(BRIDGE_EN, "--reference", BRIDGE_EN, "--compare", worse)
    assert result.exit_code == 0, result.output
    assert f"Compared with {worse} (paired bs, 13 segments)" in result.stdout


def test_line_aligned_files(tmp_path):
    hyp, ref = tmp_path / "hyp.en", tmp_path / "ref.en"
    hyp.write_text("The cat sat on the mat.\nA dog barked.\nIt rained all day.\n", encoding="utf-8")
    ref.write_text("The cat sat on a mat.\nThe dog barked.\nIt rained all day long.\n", encoding="utf-8")
    result = run(hyp, "-r", ref, "--metrics", "bleu,chrf")
    assert result.exit_code == 0, result.output
    assert "line-aligned (reference, line-aligned; de→en)" in result.stdout
    assert "line-aligned: 3 lines in every file, scored line by line without re-splitting" in result.stdout
    assert " TER " not in result.stdout and " chrF2++ " not in result.stdout
    assert "no chrF++ asked for: sentences get no chrF++, so no low-similarity findings (MT901)" in result.stdout


@pytest.mark.parametrize("args, message", [
    (("missing.txt", "-r", "x.txt"), "missing.txt: no such file"),
    ((str(BRIDGE_EN), "-r", str(BRIDGE_EN), "--metrics", "bleu,meteor"), "unknown metric meteor"),
    ((str(BRIDGE_EN), "--translator", "babelfish"), "unknown translator 'babelfish'"),
    ((str(BRIDGE_EN), "--back-translation", str(BRIDGE_DE)), "a back-translation is compared with the source"),
    ((str(BRIDGE_EN), "--source", str(BRIDGE_DE), "--translator", "deepl"), "needs api_key: set MTCHECK_DEEPL_API_KEY"),
    ((str(BRIDGE_EN), "--translator", "google", "--translator-url", "http://127.0.0.1:1/"), "does not take --translator-url"),
    ((str(BRIDGE_EN), "-r", str(BRIDGE_EN), "--segmentation", "lines", "-r", str(SEED)), "same number of lines"),
])
def test_usage_errors_exit_2_with_one_line(tmp_path, args, message):
    env = {"MTCHECK_DEEPL_API_KEY": "", "DEEPL_API_KEY": ""}
    result = runner.invoke(app, ["score", *args, "--cache", str(tmp_path / "c.sqlite3")], env=env)
    one_error_line(result, message)


def test_a_back_translation_file_needs_no_service(tmp_path):
    bt = tmp_path / "bt.de.txt"
    target = BRIDGE_EN.read_text(encoding="utf-8")
    from mtcheck.text.segment import segment

    bt.write_text("\n".join(BRIDGE_BT[s.text] for s in segment(target).sentences) + "\n", encoding="utf-8")
    result = run(BRIDGE_EN, "--source", BRIDGE_DE, "--back-translation", bt, "--translator", "libre")
    assert result.exit_code == 0, result.output
    assert "back-translation file: one target sentence per line" in result.stdout
    assert "translator:" not in result.stdout


def installed_help() -> tuple[str, str]:
    exe = shutil.which("mtcheck", path=os.path.dirname(sys.executable)) or shutil.which("mtcheck")
    if exe is None:
        pytest.skip("the mtcheck console script is not installed")
    probe = subprocess.run([exe, "score", "--help"], capture_output=True, text=True,
                           env={**os.environ, "COLUMNS": "300"})
    if probe.returncode != 0:
        pytest.skip("the installed mtcheck has no score command yet")
    return exe, probe.stdout


def test_installed_command():
    exe, help_text = installed_help()
    assert "MTCHECK_DEEPL_API_KEY" in help_text and "--back-translation" in help_text
    proc = subprocess.run([exe, "score", str(SEED), "--reference", str(REFERENCE), "--fail-on", "warning"],
                          capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 1 and proc.stderr == "", proc.stderr
    assert "nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp" in proc.stdout and "MT903" in proc.stdout


def test_an_unexpected_error_is_one_line_without_the_key(monkeypatch, tmp_path):
    import mtcheck.scoring

    def broken(*args, **kwargs):
        raise RuntimeError(f"GET /translate?api_key={KEY} went wrong")

    monkeypatch.setattr(mtcheck.scoring, "score_document", broken)
    result = run(BRIDGE_EN, "--source", BRIDGE_DE, "--translator", "libre", "--translator-url", "http://127.0.0.1:1/",
                 "--cache", tmp_path / "c.sqlite3", env={"MTCHECK_LIBRE_API_KEY": KEY})
    line = one_error_line(result, "internal error (RuntimeError: GET /translate?api_key=*** went wrong)")
    assert KEY not in line
