"""Metric values equal those of the ``sacrebleu`` command on the same files; sacrebleu's traps avoided."""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from sacrebleu.metrics import BLEU, CHRF, TER

from mtcheck.scoring import ScoreOptions, line_document, score_document
from mtcheck.scoring.metrics import parse_families, score_segments
from mtcheck.scoring.translate import Translator
from mtcheck.text.segment import segment
from tests.scoring.conftest import BRIDGE_DE, BRIDGE_EN, fast

HYP = [
    "The Cologne city council decided on Tuesday to renovate the Mülheim Bridge.",
    "The work is scheduled to start in spring 2025 and will take around three years.",
    "The costs are estimated at 180 million euros.",
    "The bridge will remain closed to cars during the construction period.",
    "The transport company announced that it would deploy additional buses.",
    "Mayor Henriette Reker spoke of a necessary investment in the future of the city.",
    "Criticism came from the opposition, which complained that residents had been informed too late.",
    "Since then, heavy trucks have no longer been allowed to use the bridge.",
]
REF_A = [
    "On Tuesday, Cologne city council approved the renovation of the Mülheim Bridge.",
    "Work is due to begin in spring 2025 and to last about three years.",
    "The cost is estimated at 180 million euros.",
    "The bridge will stay closed to cars while the work goes on.",
    "The transport authority said it would put on extra buses.",
    "Mayor Henriette Reker spoke of a necessary investment in the city's future.",
    "The opposition criticised the plan, complaining that residents had been told too late.",
    "Since then, heavy lorries have not been allowed on the bridge.",
]
REF_B = [
    "Cologne's city council decided on Tuesday to renovate the Mülheim Bridge.",
    "The works should start in spring 2025 and take roughly three years.",
    "Costs are put at 180 million euros.",
    "During construction the bridge remains closed to cars.",
    "The transport company announced it would use additional buses.",
    "Mayor Henriette Reker called it a necessary investment in the future of the city.",
    "Criticism came from the opposition, which said residents had been informed too late.",
    "Heavy trucks have not been allowed to use the bridge since then.",
]


def sacrebleu_cli(refs: list[Path], hyp: Path, *args: str) -> str:
    exe = shutil.which("sacrebleu", path=os.path.dirname(sys.executable)) or shutil.which("sacrebleu")
    if exe is None:
        pytest.skip("the sacrebleu command is not installed")
    done = subprocess.run([exe, *map(str, refs), "-i", str(hyp), "-w", "4", *args], capture_output=True,
                          text=True, check=True)
    return done.stdout


def cli_corpus(refs: list[Path], hyp: Path) -> dict[str, tuple[float, str]]:
    scores = json.loads(sacrebleu_cli(refs, hyp, "-m", "bleu", "chrf", "ter", "-f", "json"))
    plus = [json.loads(sacrebleu_cli(refs, hyp, "-m", "chrf", "--chrf-word-order", "2", "-f", "json"))]
    return {s["name"]: (s["score"], s["signature"]) for s in [*scores, *plus]}


def cli_sentences(refs: list[Path], hyp: Path, *metric: str) -> list[float]:
    out = sacrebleu_cli(refs, hyp, "-sl", "-m", *metric)
    return [float(re.search(r" = (-?[\d.]+)", line).group(1)) for line in out.splitlines() if " = " in line]


def write_lines(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_line_aligned_files_equal_the_sacrebleu_command(tmp_path):
    hyp, ref_a, ref_b = (write_lines(tmp_path / n, lines) for n, lines in
                         (("hyp.en", HYP), ("ref.A.en", REF_A), ("ref.B.en", REF_B)))
    doc = line_document(hyp.read_text(encoding="utf-8"), str(hyp))
    scores = score_document(doc, references=[ref_a.read_text(), ref_b.read_text()])
    assert scores.mode == "line-aligned" and len(scores.pairs) == len(HYP)
    expected = cli_corpus([ref_a, ref_b], hyp)
    assert [m.name for m in scores.metrics] == ["BLEU", "chrF2", "chrF2++", "TER"]
    for m in scores.metrics:
        assert round(m.score, 4) == pytest.approx(expected[m.name][0], abs=1e-9), m.name
        assert m.signature == expected[m.name][1]
    # sentence level: chrF++, BLEU with effective order, TER — as `sacrebleu -sl` computes them
    assert [round(p.chrf, 4) for p in scores.pairs] == pytest.approx(
        cli_sentences([ref_a, ref_b], hyp, "chrf", "--chrf-word-order", "2"), abs=1e-9)
    assert [round(p.bleu, 4) for p in scores.pairs] == pytest.approx(cli_sentences([ref_a, ref_b], hyp, "bleu"), abs=1e-9)
    assert [round(p.ter, 4) for p in scores.pairs] == pytest.approx(cli_sentences([ref_a, ref_b], hyp, "ter"), abs=1e-9)


def test_aligned_article_scores_equal_the_sacrebleu_command_on_the_aligned_rows(tmp_path, server, cache):
    """Back-translation mode: the aligned rows, written as files, give the same numbers through sacrebleu."""
    target = segment(BRIDGE_EN.read_text(encoding="utf-8"), str(BRIDGE_EN))
    source = segment(BRIDGE_DE.read_text(encoding="utf-8"), str(BRIDGE_DE))
    scores = score_document(target, source=source, translator=Translator(fast(server.url), cache=cache, environ={}),
                            options=ScoreOptions(source_lang="de", target_lang="en"))
    assert scores.segmentation == "sentence-aligned"
    hyp = write_lines(tmp_path / "bt.de", [p.back_translation or "" for p in scores.pairs])
    ref = write_lines(tmp_path / "src.de", [p.source or "" for p in scores.pairs])
    expected = cli_corpus([ref], hyp)
    for m in scores.metrics:
        assert round(m.score, 4) == pytest.approx(expected[m.name][0], abs=1e-9), m.name
    cli_chrf = cli_sentences([ref], hyp, "chrf", "--chrf-word-order", "2")
    for pair, value in zip(scores.pairs, cli_chrf):
        if pair.chrf is not None:
            assert round(pair.chrf, 4) == pytest.approx(value, abs=1e-9)
    assert sum(p.chrf is None for p in scores.pairs) == 2  # the omission and the addition


def test_sentence_scores_are_sacrebleus_sentence_scores():
    _, segments = score_segments(HYP, [REF_A])
    for h, r, seg in zip(HYP, REF_A, segments):
        assert seg.chrf == pytest.approx(CHRF(word_order=2).sentence_score(h, [r]).score, abs=1e-12)
        assert seg.bleu == pytest.approx(BLEU(effective_order=True).sentence_score(h, [r]).score, abs=1e-12)
        assert seg.ter == pytest.approx(TER().sentence_score(h, [r]).score, abs=1e-12)


def test_corpus_bleu_has_no_effective_order_and_sentence_bleu_has():
    corpus, segments = score_segments(["Cats sleep."], [["Cats sleep all day."]], ("bleu",))
    assert "eff:no" in corpus[0].signature
    # two words only: without effective order sentence BLEU would be 0
    assert BLEU().sentence_score("Cats sleep.", ["Cats sleep all day."]).score == 0.0
    assert segments[0].bleu > 0


def test_references_are_streams_parallel_to_the_hypotheses():
    with pytest.raises(ValueError, match="one segment per hypothesis"):
        score_segments(HYP, [REF_A[:-1]])
    corpus, _ = score_segments(HYP, [REF_A, REF_B], ("bleu",))
    assert corpus[0].signature.startswith("nrefs:2|")
    assert corpus[0].score == pytest.approx(BLEU().corpus_score(HYP, [REF_A, REF_B]).score)


def test_masked_segments_get_no_sentence_scores_but_count_in_the_corpus():
    corpus, segments = score_segments(["A cat.", ""], [["A cat.", "A dog barked."]], ("chrf++",),
                                      sentence_mask=[True, False])
    assert segments[1].chrf is None and segments[0].chrf == 100.0
    assert corpus[0].score < 100.0


def test_tokenizer_follows_the_language():
    corpus, _ = score_segments(["今天天气很好"], [["今天天气不错"]], ("bleu",), lang="zh")
    assert "tok:zh" in corpus[0].signature
    corpus, _ = score_segments(["Guten Tag."], [["Guten Tag."]], ("bleu",), lang="de")
    assert "tok:13a" in corpus[0].signature


@pytest.mark.parametrize("text, expected", [
    ("chrf,bleu,ter", ("chrf", "bleu", "ter")), ("TER, chrF++", ("chrf++", "ter")), (["bleu"], ("bleu",)),
    ("bleu,chrf++,chrf,ter", ("chrf", "chrf++", "bleu", "ter"))])
def test_parse_families(text, expected):
    assert parse_families(text) == expected


@pytest.mark.parametrize("text", ["meteor", "", "bleu,comet"])
def test_parse_families_rejects_unknown(text):
    with pytest.raises(ValueError, match="unknown metric"):
        parse_families(text)
