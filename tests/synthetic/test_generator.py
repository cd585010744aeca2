"""The synthetic evaluation's own machinery: clean generator, edit bookkeeping, injectors."""
from __future__ import annotations

import random
import re

import pytest

from benchmarks.synthetic import injectors as inj
from benchmarks.synthetic.evaluate import DETECTORS, build_documents, glossary_entries
from benchmarks.synthetic.generator import generate_article, generate_articles, topics


def test_generator_is_deterministic_and_varied() -> None:
    assert generate_article(7) == generate_article(7)
    articles = generate_articles(30)
    assert len(set(articles)) == 30
    assert {t.name for t in topics()} >= {"politics", "economy", "sport", "culture", "science", "foreign"}


@pytest.mark.parametrize("seed", range(40))
def test_clean_article_has_no_template_residue_or_repeats(seed: int) -> None:
    text = generate_article(seed)
    assert not re.search(r"[{}\[\]~]", text), "unfilled slot or marker"
    sentences = [s.strip() for s in re.split(r"(?<=[.!?”\"])\s+", text) if len(s.split()) >= 5]
    assert len(sentences) == len(set(sentences)), "a sentence appears twice in a clean article"
    assert "  " not in text and " ," not in text


def test_apply_edits_maps_gold_through_earlier_edits() -> None:
    text = "Alpha beta. Gamma delta."
    result = inj.apply_edits(text, [
        inj.Edit(0, 0, "XX ", ((0, 2),)),
        inj.Edit(11, 11, " Alpha beta.", ((1, 12),), ((0, 11),)),
    ])
    assert result.text == "XX Alpha beta. Alpha beta. Gamma delta."
    (first,), (copy, original) = result.instances
    assert result.text[slice(*first)] == "XX"
    assert result.text[slice(*copy)] == result.text[slice(*original)] == "Alpha beta."
    assert original[0] == 3  # the first copy moved by the insertion before it


def test_quotations_pair_straight_marks_in_order() -> None:
    text = 'He said "short" and: "This is a long quotation here," she said.'
    assert [text[a:b] for a, b in inj._quotations(text)] == ['"This is a long quotation here,"']


@pytest.mark.parametrize("detector", DETECTORS, ids=lambda d: d.name)
def test_injector_plants_what_its_gold_says(detector) -> None:
    docs = build_documents(3, 0, seed=5, detectors=(detector,))
    assert len(docs) == 3, "no article offered a site"
    for doc in docs:
        for instance in doc.instances:
            for start, end in instance:
                assert 0 <= start < end <= len(doc.text)
                assert doc.text[start:end].strip() or detector.name == "doubled-space", "gold span is blank"


CHECKS = {
    inj.duplicated_word: lambda g: re.fullmatch(r"(\S+),? \1", g),
    inj.foreign_quotes: lambda g: g[0] in "„»«" and g[-1] in "“«»",
    inj.drop_cap: lambda g: g[0] == g[1] and g[1].isupper() and g[2].islower(),
    inj.run_in_dateline: lambda g: g.rsplit(" ", 1)[0] in inj.DATELINE_PLACES,
    inj.doubled_space: lambda g: g in ("  ", "   "),
    inj.space_before_punctuation: lambda g: g[0] == " " and g[1] in ",;:?!.",
    inj.number_format: lambda g: re.fullmatch(r"\d{1,3}(\.\d{3})+|\d+,\d{1,2}", g),
    inj.currency_format: lambda g: g.endswith(("Euro", "€", "Dollar")),
}


@pytest.mark.parametrize("injector", list(CHECKS), ids=lambda f: f.__name__)
def test_injector_gold_holds_the_artefact(injector) -> None:
    planted = 0
    for seed in range(30):
        result = injector(generate_article(seed), random.Random(seed), 2)
        for instance in result.instances if result else ():
            gold = result.text[slice(*instance[0])]
            assert CHECKS[injector](gold), f"{injector.__name__}: {gold!r}"
            planted += 1
    assert planted >= 20


def test_a_material_set_without_glossary_terms_gives_the_rules_no_glossary():
    # fresh21's writer left the glossary empty: the evaluation then plants no glossary variant and lints
    # without a glossary, instead of failing on an empty CSV.
    assert glossary_entries("fresh21") == ()
    assert glossary_entries("artefacts")  # the development set has terms
