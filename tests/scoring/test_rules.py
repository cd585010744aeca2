"""MT901–MT903: scoring results as findings; nothing at all without scores."""
from __future__ import annotations

import inspect
import re

import pytest

from mtcheck.model import Category, Severity, Span
from mtcheck.packs import Pack
from mtcheck.rules.base import DOC_SECTIONS, Context, make_options
from mtcheck.scoring import AlignedPair, DocumentScores, score_document
from mtcheck.rules.scoring import RULES, LowBackTranslationSimilarity, PossibleAddition, PossibleOmission
from mtcheck.text.segment import segment
from tests.conftest import SEED, run_rule

REFERENCE = SEED.parent.parent / "references" / "nato-russia-talks.en.ref.txt"
TEXT = ("The council met on Tuesday in the town hall. The mayor spoke about the bridge repairs at length. "
        "Costs will rise again next year. Residents were told too late about the closure. Buses will run "
        "every ten minutes during the works. The work ends in 2027.")


def hits(rule_cls, doc, scores, **options):
    ctx = Context(make_options(rule_cls, options), Pack("de", "en"), (), {"scores": scores})
    return list(rule_cls().check(doc, ctx))


def texts(doc, found):
    return [doc.text[h.span.start:h.span.end] for h in found]


def synthetic(doc, chrfs, comparison="back-translation", **extra) -> DocumentScores:
    """One matched pair per sentence with the given chrF++ values."""
    pairs = []
    for sentence, chrf in zip(doc.sentences, chrfs):
        pairs.append(AlignedPair("1-1", "match", source=f"Quelle: {sentence.text}", source_span=Span(0, 1),
                                 target=sentence.text, target_span=sentence.span, anchor=sentence.span,
                                 back_translation=f"Rück: {sentence.text}", round_trip=f"Round: {sentence.text}",
                                 references=(f"Ref: {sentence.text}",), chrf=chrf))
    return DocumentScores(doc.path, comparison, comparison, "sentence-aligned", "de", "en", (), tuple(pairs), **extra)


@pytest.fixture
def doc():
    return segment(TEXT, "t.en.txt", source_lang="de", target_lang="en")


@pytest.mark.parametrize("rule", RULES)
def test_rule_metadata_and_documentation(rule):
    assert rule.id in ("MT901", "MT902", "MT903") and rule.category is Category.ACCURACY
    assert rule.severity is Severity.WARNING and rule.target_languages is None
    assert re.fullmatch(r"[a-z]+(-[a-z]+)+", rule.name)
    doc = inspect.getdoc(rule)
    headings = re.findall(r"^## (.+)$", doc, flags=re.M)
    assert headings == list(DOC_SECTIONS)
    assert rule.summary() and not rule.summary().startswith("#")
    assert re.search(r"## Example\n {4}\S", doc) and re.search(r"## Use instead\n {4}\S", doc)


@pytest.mark.negative
@pytest.mark.parametrize("rule", RULES)
def test_plain_lint_without_scores_finds_nothing(rule):
    assert run_rule(rule, SEED.read_text(encoding="utf-8")) == []


@pytest.mark.positive
def test_low_similarity_below_the_floor(doc):
    scores = synthetic(doc, [80, 78, 22, 81, 79, 80])
    found = hits(LowBackTranslationSimilarity, doc, scores)
    assert texts(doc, found) == ["Costs will rise again next year."]
    assert found[0].message == ("low back-translation similarity (chrF++ 22.0, document median 79.5): source "
                                "“Quelle: Costs will rise again next year.” back-translates as "
                                "“Rück: Costs will rise again next year.”")


@pytest.mark.positive
def test_low_similarity_far_below_the_median(doc):
    scores = synthetic(doc, [88, 90, 86, 52, 91, 89])  # 52 is above the floor but 37 points below the median
    assert texts(doc, hits(LowBackTranslationSimilarity, doc, scores)) == [
        "Residents were told too late about the closure."]
    assert hits(LowBackTranslationSimilarity, doc, scores, median_drop=40.0) == []


@pytest.mark.positive
def test_min_chrf_option(doc):
    scores = synthetic(doc, [60, 62, 61, 59, 63, 60])
    assert hits(LowBackTranslationSimilarity, doc, scores) == []
    assert len(hits(LowBackTranslationSimilarity, doc, scores, min_chrf=61.0)) == 3


@pytest.mark.negative
def test_no_median_with_few_pairs_and_short_sentences_skipped(doc):
    few = synthetic(doc, [90, 90, 45])  # median needs five scored pairs
    assert hits(LowBackTranslationSimilarity, doc, few) == []
    short = synthetic(doc, [80, 80, 80, 80, 80, 10])  # "The work ends in 2027." has 5 words
    assert hits(LowBackTranslationSimilarity, doc, short, min_words=6) == []
    unscored = synthetic(doc, [None] * 6)
    assert hits(LowBackTranslationSimilarity, doc, unscored) == []


@pytest.mark.parametrize("comparison, expected", [
    ("reference", "low similarity to the reference (chrF++ 10.0, document median 80.0): the reference has "
                  "“Ref: The work ends in 2027.”"),
    ("round-trip", "low round-trip similarity (chrF++ 10.0, document median 80.0): via “Rück: The work ends in "
                   "2027.” it comes back as “Round: The work ends in 2027.”"),
])
def test_message_names_what_was_compared(doc, comparison, expected):
    found = hits(LowBackTranslationSimilarity, doc, synthetic(doc, [80, 80, 80, 80, 80, 10], comparison))
    assert [h.message for h in found] == [expected]


@pytest.mark.positive
def test_omission_sits_on_the_preceding_target_sentence(doc):
    base = synthetic(doc, [80] * 6)
    anchor = doc.sentences[1].span
    omitted = AlignedPair("1-0", "omission", source="Die Kosten für die Sanierung steigen weiter.",
                          source_span=Span(5, 50), anchor=anchor)
    scores = DocumentScores(doc.path, "back-translation", "back-translation", "sentence-aligned", "de", "en", (),
                            base.pairs[:2] + (omitted,) + base.pairs[2:])
    found = hits(PossibleOmission, doc, scores)
    assert texts(doc, found) == ["The mayor spoke about the bridge repairs at length."]
    assert found[0].message == ("possible omission: the source sentence “Die Kosten für die Sanierung steigen "
                                "weiter.” has no counterpart in the translation")
    short = DocumentScores(doc.path, "back-translation", "back-translation", "sentence-aligned", "de", "en", (),
                           (AlignedPair("1-0", "omission", source="Mehr:", anchor=anchor),))
    assert hits(PossibleOmission, doc, short) == []


@pytest.mark.positive
def test_addition(doc):
    span = doc.sentences[4].span
    added = AlignedPair("0-1", "addition", target=doc.sentences[4].text, target_span=span, anchor=span)
    scores = DocumentScores(doc.path, "reference", "reference", "sentence-aligned", "de", "en", (), (added,))
    found = hits(PossibleAddition, doc, scores)
    assert texts(doc, found) == ["Buses will run every ten minutes during the works."]
    assert found[0].message == ("possible addition: “Buses will run every ten minutes during the works.” has no "
                                "counterpart in the reference")


@pytest.mark.negative
def test_scores_for_another_text_or_out_of_range_spans_are_ignored(doc):
    far = Span(10_000, 10_050)
    added = AlignedPair("0-1", "addition", target="x y z w", target_span=far, anchor=far)
    scores = DocumentScores(doc.path, "reference", "reference", "sentence-aligned", "de", "en", (), (added,))
    assert hits(PossibleAddition, doc, scores) == []
    assert hits(PossibleAddition, doc, {"another.txt": scores}) == []  # a mapping by path: not this document


def test_scores_by_path_mapping(doc):
    span = doc.sentences[0].span
    added = AlignedPair("0-1", "addition", target=doc.sentences[0].text, target_span=span, anchor=span)
    scores = DocumentScores(doc.path, "reference", "reference", "sentence-aligned", "de", "en", (), (added,))
    assert len(hits(PossibleAddition, doc, {doc.path: scores})) == 1


def test_seed_against_its_post_edited_reference():
    doc = segment(SEED.read_text(encoding="utf-8"), str(SEED), source_lang="de", target_lang="en")
    scores = score_document(doc, references=[REFERENCE.read_text(encoding="utf-8")])
    additions = texts(doc, hits(PossibleAddition, doc, scores))
    assert additions[0] == "Top jobs of the day\n\nFind the best jobs now and\nbe notified by email."
    assert additions[1].startswith("More: Comment: In the Russia dispute") and additions[1].endswith("source site-16")
    low = texts(doc, hits(LowBackTranslationSimilarity, doc, scores))
    assert "Admittedly, there have hardly been any approximations in the matter so far." in low
    assert hits(PossibleOmission, doc, scores) == []  # the post-edit removed, it added nothing
