"""A published table, reproduced: WMT22 German→English, three systems, reference A and references A+B.

The data stay in ../shared (research-only, never copied into the project); the test is skipped where
../shared is absent. The expected values are the organisers' published sacrebleu scores, read from their
``automatic-scores.de-en.tsv`` (metrics ``bleu-A``, ``chrf-A``, ``bleu-all``, ``chrf-all``).
"""
from __future__ import annotations

import csv
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.scoring.test_cli_score import app

SYSTEMS = ("JDExploreAcademy", "Online-B", "LT22")


def published(wmt: Path) -> dict[tuple[str, str], float]:
    with (wmt / "automatic-scores.de-en.tsv").open(encoding="utf-8") as fh:
        rows = csv.DictReader(fh, delimiter="\t")
        return {(r["system"], r["metric"]): float(r["score"]) for r in rows}


@pytest.fixture(scope="module")
def wmt() -> Path:
    from tests.conftest import SHARED

    folder = SHARED / "wmt"
    if not (folder / "automatic-scores.de-en.tsv").is_file():
        pytest.skip("../shared/wmt is absent (WMT22 test data, research-only, kept outside the project)")
    return folder


@pytest.mark.slow
# Systems vary fastest: the three runs against the same references share their prepared statistics.
@pytest.mark.parametrize("system", SYSTEMS)
@pytest.mark.parametrize("refs", ["A", "all"])
def test_mtcheck_score_reproduces_the_published_bleu_and_chrf(wmt, system, refs):
    table = published(wmt)
    hyp = wmt / f"generaltest2022.de-en.hyp.{system}.en"
    ref_args = ["-r", str(wmt / "generaltest2022.de-en.ref.A.en")]
    if refs == "all":
        ref_args += ["-r", str(wmt / "generaltest2022.de-en.ref.B.en")]
    result = CliRunner().invoke(app, ["score", str(hyp), *ref_args, "--metrics", "bleu,chrf", "--format", "json"])
    assert result.exit_code in (0, 1), result.output
    import json

    scores = json.loads(result.stdout)["scores"]
    assert scores["mode"] == "line-aligned" and len(scores["pairs"]) == 1984
    got = {m["name"]: m for m in scores["metrics"]}
    assert got["BLEU"]["score"] == round(table[(system, f"bleu-{refs}")], 2)
    assert got["chrF2"]["score"] == round(table[(system, f"chrf-{refs}")], 2)
    nrefs = 1 if refs == "A" else 2
    assert got["BLEU"]["signature"].startswith(f"nrefs:{nrefs}|case:mixed|eff:no|tok:13a|smooth:exp")
    assert got["chrF2"]["signature"].startswith(f"nrefs:{nrefs}|case:mixed|eff:yes|nc:6|nw:0|space:no")
