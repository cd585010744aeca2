"""score_document: the three comparisons, line-aligned versus split-and-aligned, and the JSON contract."""
from __future__ import annotations

import json

import pytest

from mtcheck.model import Span
from mtcheck.scoring import (DocumentScores, ScoreOptions, ScoringError, is_line_aligned, line_document,
                             score_document)
from mtcheck.scoring.translate import Translator
from mtcheck.text.segment import segment
from tests.scoring.conftest import BRIDGE_BT, BRIDGE_DE, BRIDGE_EN, fast
from tests.scoring.libre_server import LibreServer

TARGET_TEXT = BRIDGE_EN.read_text(encoding="utf-8")
SOURCE_TEXT = BRIDGE_DE.read_text(encoding="utf-8")


@pytest.fixture
def target():
    return segment(TARGET_TEXT, "bridge.en.txt", source_lang="de", target_lang="en")


@pytest.fixture
def source():
    return segment(SOURCE_TEXT, "bridge.de.txt")


@pytest.fixture
def bt_scores(target, source, translator) -> DocumentScores:
    return score_document(target, source=source, translator=translator)


def test_back_translation_mode(bt_scores, target, server):
    s = bt_scores
    assert (s.mode, s.comparison, s.segmentation) == ("back-translation", "back-translation", "sentence-aligned")
    assert (s.source_lang, s.target_lang, s.source) == ("de", "en", "bridge.de.txt")
    assert s.translator == f"libre ({server.url})"
    assert s.translation == {"sentences": 13, "from_cache": 0, "translated": 13, "requests": 13}
    assert [m.name for m in s.metrics] == ["BLEU", "chrF2", "chrF2++", "TER"]
    assert [p.link for p in s.pairs] == ["1-1"] * 5 + ["1-0", "1-1", "1-2", "2-1", "1-1", "1-1", "0-1", "1-1"]
    (omission,), (addition,) = s.omissions, s.additions
    assert omission.source == "Fußgänger und Radfahrer können sie aber weiter nutzen."
    assert omission.target is None and omission.chrf is None
    # the omission is anchored on the target sentence after which it would have come
    assert target.text[omission.anchor.start:omission.anchor.end].startswith("The bridge will remain closed")
    assert addition.target == "This has led to long detours for freight companies in the region."
    assert addition.back_translation == BRIDGE_BT[addition.target]
    split = s.pairs[7]
    assert split.target == target.text[split.target_span.start:split.target_span.end].replace("\n", " ")
    assert split.back_translation.startswith("Bürgermeisterin Henriette Reker") and "jahrelang" in split.back_translation
    assert SOURCE_TEXT[split.source_span.start:split.source_span.end] == split.source
    assert all(p.chrf is not None for p in s.pairs if p.kind == "match")
    assert 20 < s.median_chrf < 100


def test_json_contract(bt_scores):
    data = bt_scores.to_json()
    json.dumps(data)  # plain data only
    assert list(data) == ["path", "mode", "comparison", "segmentation", "source_lang", "target_lang", "source",
                          "references", "translator", "translation", "metrics", "median_chrf", "pairs",
                          "omissions", "additions", "compare", "notes"]
    assert list(data["pairs"][0]) == ["link", "kind", "source", "source_span", "target", "target_span", "anchor",
                                      "back_translation", "round_trip", "references", "chrf", "bleu", "ter",
                                      "similarity"]
    assert data["omissions"] == [5] and data["additions"] == [11]
    for metric in data["metrics"]:
        assert set(metric) == {"name", "score", "signature"} and metric["score"] == round(metric["score"], 2)
        assert "version:" in metric["signature"]
    assert all(p["chrf"] is None or p["chrf"] == round(p["chrf"], 2) for p in data["pairs"])


def test_second_scoring_of_the_same_article_uses_the_cache(target, source, server, cache):
    score_document(target, source=source, translator=Translator(fast(server.url), cache=cache, environ={}))
    server.reset_counts()
    again = score_document(target, source=source, translator=Translator(fast(server.url), cache=cache, environ={}))
    assert server.count == 0 and again.translation["from_cache"] == 13


def test_translation_counts_are_per_document(target, source, translator):
    score_document(target, source=source, translator=translator)
    again = score_document(target, source=source, translator=translator)  # the same translator, reused
    assert again.translation == {"sentences": 13, "from_cache": 13, "translated": 0, "requests": 0}


def test_progress_is_reported(target, source, translator):
    seen: list[tuple[int, int]] = []
    score_document(target, source=source, translator=translator, progress=lambda d, t: seen.append((d, t)))
    assert seen[0] == (0, 13) and seen[-1] == (13, 13)


def test_reference_mode_with_two_references(target):
    ref_a = TARGET_TEXT.replace("This has led to long detours for freight companies in the region. ", "")
    ref_b = TARGET_TEXT.replace("The costs are estimated at 180 million euros.", "It will cost 180 million euros.")
    s = score_document(target, references=[ref_a, ref_b])
    assert (s.mode, s.comparison) == ("reference", "reference")
    assert all(m.signature.startswith("nrefs:2|") for m in s.metrics)
    # the sentence only reference B has is not an addition: one of the references has it
    assert s.additions == ()
    detour = next(p for p in s.pairs if p.target and "detours" in p.target)
    assert detour.references[0] == "" and "detours" in detour.references[1]


def test_reference_mode_finds_an_addition_no_reference_has(target):
    ref = TARGET_TEXT.replace("This has led to long detours for freight companies in the region. ", "")
    s = score_document(target, references=[ref])
    assert [p.target for p in s.additions] == ["This has led to long detours for freight companies in the region."]
    assert s.metric("TER").score > 0  # against a post-edit, TER is HTER
    assert s.metric("BLEU").signature == "nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:2.6.0"


def test_round_trip(target):
    reverse = {v: k for k, v in BRIDGE_BT.items()}

    def answer(text: str, source: str, target_lang: str) -> str:
        return reverse.get(text, f"[{source}>{target_lang}] {text}")

    with LibreServer(BRIDGE_BT, fallback=answer) as srv:
        s = score_document(target, translator=Translator(fast(srv.url), environ={}))
        assert srv.count == 26  # there and back
    assert (s.mode, s.segmentation) == ("round-trip", "sentences")
    assert len(s.pairs) == 13 and all(p.link == "1-1" for p in s.pairs)
    assert s.pairs[3].back_translation == "Die Kosten werden auf 180 Millionen Euro geschätzt."
    assert s.pairs[3].round_trip == s.pairs[3].target and s.pairs[3].chrf == 100.0
    assert s.metric("chrF2").score == 100.0


@pytest.mark.parametrize("texts, expected", [
    (["a\nb\nc\n", "x\ny\nz\n"], True),
    (["a\nb\nc", "x\ny\nz\n"], True),  # a missing final newline does not count
    (["a\r\nb\r\n", "x\ny\n"], True),
    (["a\n\nb\n", "x\n\ny\n"], False),  # blank lines: articles
    (["a\nb\n", "x\ny\nz\n"], False),
    (["a\n", "x\n"], False),  # one line is no evidence
    (["a\nb\n"], False),
])
def test_line_alignment_detection(texts, expected):
    assert is_line_aligned(texts) is expected


def test_line_aligned_files_are_scored_line_by_line():
    hyp = "The first line. It has two sentences.\nThe second line.\nThe third line.\n"
    ref = "The first line. It has two sentences!\nA second line.\nThe third line.\n"
    s = score_document(line_document(hyp, "hyp.en"), references=[ref])
    assert (s.mode, s.segmentation) == ("line-aligned", "line-aligned")
    assert len(s.pairs) == 3 and s.pairs[0].target == "The first line. It has two sentences."
    assert s.pairs[1].target_span == Span(38, 54)
    assert s.notes[0].startswith("line-aligned: 3 lines in every file")


def test_forced_line_mode_needs_equal_line_counts(target):
    with pytest.raises(ScoringError, match=r"same number of lines in every file \(bridge.en.txt: 9, reference 1: 2\)"):
        score_document(target, references=["a\nb\n"], options=ScoreOptions(segmentation="lines"))


def test_forced_sentence_mode_splits_line_aligned_files():
    hyp = "One. Two.\nThree.\n"
    s = score_document(segment(hyp), references=["One. Two.\nThree.\n"], options=ScoreOptions(segmentation="sentences"))
    assert s.segmentation == "sentence-aligned" and len(s.pairs) == 3


def test_line_document():
    doc = line_document("first line\r\n\r\n  second  \nthird", "f.txt")
    assert [s.text for s in doc.sentences] == ["first line", "second", "third"]
    assert doc.sentences[1].span == Span(16, 22) and doc.line_col(16) == (3, 3)
    assert line_document("", "empty").sentences == ()


@pytest.mark.parametrize("layout, note", [
    ("paragraphs", "back-translation file: sentence by sentence"),
    ("lines", "back-translation file: one target sentence per line"),
])
def test_back_translation_file(target, source, layout, note):
    sentences = [BRIDGE_BT[s.text] for s in target.sentences]
    if layout == "lines":
        # "Die Kosten ... geschätzt. Die Brücke ..." on one line would split differently: keep one per line
        text = "\n".join(sentences) + "\n"
    else:
        text = "\n\n".join(" ".join(BRIDGE_BT[s.text] for s in p.sentences) for p in target.paragraphs)
    s = score_document(target, source=source, back_translation=text)
    assert note in s.notes and s.translator is None and s.translation is None
    assert [p.link for p in s.pairs] == ["1-1"] * 5 + ["1-0", "1-1", "1-2", "2-1", "1-1", "1-1", "0-1", "1-1"]


def test_back_translation_file_with_other_sentence_boundaries(target, source):
    text = "\n\n".join(" ".join(BRIDGE_BT[s.text] for s in p.sentences) for p in target.paragraphs)
    merged = text.replace("dauern. Die Kosten werden", "dauern, und die Kosten werden")  # two sentences as one
    s = score_document(target, source=source, back_translation=merged)
    assert any("matched to 13 target sentences by alignment" in n for n in s.notes)
    assert [p.target for p in s.omissions] == [None]
    assert "Fußgänger" in s.omissions[0].source
    assert [p.target for p in s.additions] == ["This has led to long detours for freight companies in the region."]


def test_back_translation_file_with_text_before_the_first_target_sentence(source):
    target = segment("The costs are estimated at 180 million euros. The work ends in 2027. Buses will run.",
                     "t.en.txt")
    bt = "Vorab eine Notiz. Die Kosten werden auf 180 Millionen Euro geschätzt. Die Arbeiten enden 2027. Ein " \
         "Satz mehr. Busse fahren."
    s = score_document(target, source=source, back_translation=bt)
    back = [p.back_translation for p in s.pairs if p.back_translation]
    assert "Vorab eine Notiz." in " ".join(back)  # nothing of the back-translation is lost


@pytest.mark.parametrize("kwargs, message", [
    ({}, "nothing to score against"),
    ({"back_translation": "Hallo."}, "a back-translation is compared with the source article: give --source"),
    ({"source": segment("Hallo Welt.")}, "scoring against the source needs a translator"),
])
def test_usage_errors(target, kwargs, message):
    with pytest.raises(ScoringError, match=message):
        score_document(target, **kwargs)


def test_empty_target_is_refused():
    with pytest.raises(ScoringError, match="no text to score"):
        score_document(segment("  \n", "empty.txt"), references=["Something."])


def test_compare_two_translations_with_a_paired_test(target):
    worse_text = TARGET_TEXT.replace("The costs are estimated at 180 million euros.", "It costs a lot.").replace(
        "The transport company announced that it would deploy additional buses.", "There are buses.")
    worse = segment(worse_text, "worse.en.txt")
    s = score_document(target, references=[TARGET_TEXT], compare=worse, options=ScoreOptions(compare_samples=200))
    cmp = s.compare
    assert cmp.other == "worse.en.txt" and cmp.test == "bs" and cmp.segments == 13
    assert [r.name for r in cmp.results] == ["BLEU", "chrF2", "chrF2++", "TER"]
    bleu = cmp.results[0]
    assert bleu.baseline == pytest.approx(100.0) and bleu.other < 99 and bleu.delta < 0
    assert "bs:200" in bleu.signature and 0 <= bleu.p_value <= 1
    assert s.to_json()["compare"]["results"][0]["name"] == "BLEU"


def test_compare_in_back_translation_mode_aligns_both_to_the_source(target, source, translator):
    other = segment(TARGET_TEXT.replace(" This has led to long detours for freight companies in the region.", ""),
                    "other.en.txt")
    s = score_document(target, source=source, translator=translator, compare=other,
                       options=ScoreOptions(compare_samples=100))
    assert s.compare.segments == 13  # rows both agree on: the addition of the first is a row of its own
    assert s.compare.results[0].other > s.compare.results[0].baseline  # no addition: closer to the source


def test_compare_needs_a_yardstick(target, translator):
    with pytest.raises(ScoringError, match="--compare needs a common yardstick"):
        score_document(target, translator=translator, compare=target)
