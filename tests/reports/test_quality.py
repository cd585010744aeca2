"""The MQM-style quality score and the report overview the quality reporters share."""
from __future__ import annotations

import dataclasses

import pytest

from mtcheck.model import FileResult, Severity
from mtcheck.quality import DEFAULT_WEIGHTS, article_quality, band, count_words, parse_weights
from mtcheck.reporters.overview import build_overview, json_safe, score_view
from tests.reports.conftest import DUPLICATE, NAME, NUMBER, make_finding, span_of

TEXT = "word " * 195 + "now now the the 100.000 Lawrow\n"  # 201 words


def _result(statuses=("open", "open", "open", "open"), words=0) -> FileResult:
    p = "a.txt"
    findings = (
        make_finding(TEXT, p, DUPLICATE, span_of(TEXT, "now now"), "dup", status=statuses[0]),  # error
        make_finding(TEXT, p, DUPLICATE, span_of(TEXT, "the the"), "dup", status=statuses[1]),  # error
        make_finding(TEXT, p, NUMBER, span_of(TEXT, "100.000"), "num", status=statuses[2]),  # warning
        make_finding(TEXT, p, NAME, span_of(TEXT, "Lawrow"), "name", status=statuses[3]),  # info
    )
    return FileResult(p, TEXT, "de", "en", findings, 0, words)


def test_default_weights_are_mqm_minor_major_critical():
    assert DEFAULT_WEIGHTS == {Severity.INFO: 1.0, Severity.WARNING: 5.0, Severity.ERROR: 10.0}


def test_score_is_100_minus_weighted_penalty_per_100_words():
    q = article_quality(_result(), DEFAULT_WEIGHTS)
    assert q.words == 201
    assert q.penalty == 10 + 10 + 5 + 1
    assert q.penalty_per_100_words == pytest.approx(26 * 100 / 201)
    assert q.score == pytest.approx(100 - 26 * 100 / 201)
    assert (q.counted, q.dismissed) == (4, 0)


def test_dismissed_findings_cost_nothing_but_confirmed_ones_do():
    q = article_quality(_result(("dismissed", "confirmed", "open", "dismissed")))
    assert q.penalty == 10 + 5
    assert (q.counted, q.dismissed) == (2, 2)


def test_engine_word_count_wins_over_own_count():
    assert article_quality(_result(words=1000)).penalty_per_100_words == pytest.approx(2.6)


def test_score_floors_at_zero_and_empty_articles_are_handled():
    heavy = article_quality(_result(), {Severity.ERROR: 1000})
    assert heavy.score == 0.0 and heavy.band == "poor"
    empty = FileResult("e.txt", "", None, None, (), 0, 0)
    assert article_quality(empty).score == 100.0
    only_finding = dataclasses.replace(_result(), text="", words=0)
    assert article_quality(only_finding).score == 0.0


@pytest.mark.parametrize("raw, expected", [
    ({"error": 25}, {Severity.ERROR: 25.0, Severity.WARNING: 5.0, Severity.INFO: 1.0}),
    ({"critical": 25, "major": 4, "minor": 0.5}, {Severity.ERROR: 25.0, Severity.WARNING: 4.0, Severity.INFO: 0.5}),
    ({"WARNING": 3}, {Severity.ERROR: 10.0, Severity.WARNING: 3.0, Severity.INFO: 1.0}),
    ({Severity.INFO: 0}, {Severity.ERROR: 10.0, Severity.WARNING: 5.0, Severity.INFO: 0.0}),
    (None, dict(DEFAULT_WEIGHTS)),
])
def test_parse_weights(raw, expected):
    assert parse_weights(raw) == expected


@pytest.mark.parametrize("raw, culprit", [({"fatal": 1}, "fatal"), ({"error": -1}, "error"),
                                          ({"error": "high"}, "error"), ({"info": True}, "info")])
def test_parse_weights_rejects_bad_values_naming_the_culprit(raw, culprit):
    with pytest.raises(ValueError, match=culprit):
        parse_weights(raw)


@pytest.mark.parametrize("text, n", [
    ("Around 100,000 soldiers", 3), ("the Bundestag’s Foreign Affairs Committee", 5),
    ("non-enlargement – he said.", 3), ("", 0), ("   \n\n", 0), ("U.S. 12.01.2022", 2),
])
def test_count_words(text, n):
    assert count_words(text) == n


def test_bands():
    assert [band(s) for s in (100, 95, 94.9, 85, 84.9, 0)] == ["good", "good", "fair", "fair", "poor", "poor"]


def test_overview_counts(quality_report):
    ov = build_overview(quality_report)
    assert ov.findings == len(quality_report.findings) == 19
    assert sum(ov.by_category.values()) == sum(ov.by_severity.values()) == 19
    assert list(ov.by_category) == ["accuracy", "fluency", "terminology", "style", "locale-convention",
                                    "scrape-residue"]
    assert ov.by_status == {"open": 17, "confirmed": 1, "dismissed": 1}
    assert [r.id for r in ov.by_rule] == sorted(r.id for r in ov.by_rule)
    assert ov.by_rule[0].summary == "Run-in dateline."
    assert ov.errors == ("scoring skipped for articles/clean.en.txt: no translator configured",)
    keys = [v.key for a in ov.articles for v in a.findings]
    assert len(keys) == len(set(keys))


def test_score_view_reads_scores_defensively():
    assert score_view(None) is None and score_view({}) is None and score_view("oops") is None
    v = score_view({"metrics": {"chrF": {"score": 50.0, "signature": "s"}, "BLEU": 12},
                    "sentences": [{"chrf": 20}, "junk", {"score": float("nan")}, {"chrf": 70, "source": "x"}]})
    assert [(m.name, m.score, m.signature) for m in v.metrics] == [("chrF", 50.0, "s"), ("BLEU", 12.0, "")]
    assert [s.score for s in v.sentences] == [20.0, None, 70.0]
    assert [s.index for s in v.low_sentences] == [1]
    assert v.mode == "" and v.message == ""
    assert score_view({"skipped": "no translator"}).message == "no translator"


def test_low_sentences_are_worst_first_and_capped():
    v = score_view({"sentences": [{"chrf": float(i)} for i in range(40, -1, -1)]})
    assert [s.score for s in v.low_sentences] == [float(i) for i in range(10)]


def test_json_safe_is_deterministic_and_plain():
    assert json_safe({1: (1.234567, float("inf")), "s": {"b", "a", "c"}, "o": object}) == {
        "1": [1.2346, None], "s": ["a", "b", "c"], "o": "<class 'object'>"}


def test_score_view_reads_the_scoring_contract():
    results = pytest.importorskip("mtcheck.scoring.results")
    from mtcheck.scoring.metrics import MetricScore

    pairs = (results.AlignedPair("1-1", "match", "Quelle eins.", None, "Target one.", None, None, "Quelle 1.",
                                 chrf=72.0),
             results.AlignedPair("1-0", "omission", "Fehlt.", chrf=None),
             results.AlignedPair("1-1", "match", "Quelle drei.", None, "Target three.", None, None, "Etwas.",
                                 chrf=20.5))
    scores = results.DocumentScores("t.txt", "back-translation", "back-translation", "sentence-aligned", "de", "en",
                                     (MetricScore("chrF2++", 51.0, "sig"),), pairs, notes=("note one",))
    v = score_view(scores.to_json())
    assert v.mode == "back-translation" and v.message == "note one" and v.median == pytest.approx(46.25)
    assert [(m.name, m.score, m.signature) for m in v.metrics] == [("chrF2++", 51.0, "sig")]
    assert [(s.index, s.kind, s.score) for s in v.sentences] == [(1, "match", 72.0), (2, "omission", None),
                                                                 (3, "match", 20.5)]
    assert [s.index for s in v.low_sentences] == [2, 3]
    assert v.comparison == ("Back-translation", "back_translation")
