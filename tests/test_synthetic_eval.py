"""Synthetic evaluation: each detector reaches 0.9 precision and 0.9 recall on generated news text.

A smaller run of ``benchmarks/synthetic_eval.py`` (different seed, held-out material): artefacts planted into clean,
generated English news (full of legitimate German names, numbers and quotations) plus clean documents
for false positives. A detector whose rules are not registered fails here; it is never skipped.
"""
from __future__ import annotations

import pytest

from benchmarks.synthetic.evaluate import DETECTORS, TARGET, Evaluation, evaluate

DOCS_PER_DETECTOR = 10
CLEAN_DOCS = 24
SEED = 1  # the benchmark script uses seed 0: the test sees other articles
MIN_INSTANCES = 10  # below this a single miss would swing recall by more than 0.1


@pytest.fixture(scope="module")
def evaluation() -> Evaluation:
    # The held-out items: list-driven rules are measured on words their packs were not written from.
    return evaluate(DOCS_PER_DETECTOR, CLEAN_DOCS, seed=SEED, material="heldout")


def _examples(title: str, items: list[str]) -> str:
    return f"\n{title}:\n" + "\n".join(f"  {i}" for i in items) if items else ""


# Lexicon-driven detectors catch only what their packs list; on unseen items their recall is below the
# target (see the README's synthetic table). A detector below it here is held to a floor so that it
# cannot regress, and its full-target test is a strict xfail: it starts failing, as a reminder, once
# it reaches 0.9 (false friends did, on this material, after the third lexicon round; calques after the
# fifteenth, which worked through every read set's missed calques by family). None is below it now.
RECALL_SHORTFALL: dict[str, float] = {}


def _params():
    for d in DETECTORS:
        marks = ()
        if d.name in RECALL_SHORTFALL:
            marks = pytest.mark.xfail(strict=True, reason="lexicon coverage of unseen items is below 0.9 recall")
        yield pytest.param(d.name, marks=marks)


@pytest.mark.parametrize("detector", list(_params()))
def test_detector_precision_and_recall(evaluation: Evaluation, detector: str) -> None:
    score = evaluation.scores[detector]
    rules = "/".join(score.detector.rules)
    assert score.implemented, f"{detector}: no rule {rules} is registered in mtcheck.rules.ALL_RULES"
    assert score.instances >= MIN_INSTANCES, f"{detector}: only {score.instances} instances planted"
    assert score.recall >= TARGET, (
        f"{detector} ({rules}) recall {score.recall:.2f}: {score.detected}/{score.instances} found"
        + _examples("missed", score.misses))
    assert score.precision >= TARGET, (
        f"{detector} ({rules}) precision {score.precision:.2f}: {score.true_positives} right, "
        f"{score.false_positives} false" + _examples("false positives", score.false_alarms))


@pytest.mark.parametrize("detector", sorted(RECALL_SHORTFALL))
def test_lexicon_detectors_keep_precision_and_their_recall_floor(evaluation: Evaluation, detector: str) -> None:
    score = evaluation.scores[detector]
    assert score.precision >= TARGET, _examples("false positives", score.false_alarms)
    assert score.recall >= RECALL_SHORTFALL[detector], (
        f"{detector} recall {score.recall:.2f} fell below its floor" + _examples("missed", score.misses))
