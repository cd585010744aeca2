"""Sentence alignment on hand-made German pairs: merges, splits, omissions, additions; row combination."""
from __future__ import annotations

import random
import time

import pytest

from mtcheck.scoring.align import Link, align, profile, similarity
from mtcheck.scoring.units import Row, combine
from mtcheck.text.segment import segment
from tests.scoring.conftest import BRIDGE_BT, BRIDGE_DE, BRIDGE_EN


def shape(links: list[Link]) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    return [(link.pivot, link.other) for link in links]


def test_bridge_article_merge_split_omission_addition():
    source = [s.text for s in segment(BRIDGE_DE.read_text(encoding="utf-8")).sentences]
    target = [s.text for s in segment(BRIDGE_EN.read_text(encoding="utf-8")).sentences]
    links = align(source, [BRIDGE_BT[t] for t in target])
    assert [link.kind for link in links] == [
        "1-1", "1-1", "1-1", "1-1", "1-1",
        "1-0",  # "Fußgänger und Radfahrer können sie aber weiter nutzen." was dropped
        "1-1",
        "1-2",  # the mayor's long sentence was split in two
        "2-1",  # "Kritik kam von der Opposition. Sie bemängelt, ..." became one sentence
        "1-1", "1-1",
        "0-1",  # "This has led to long detours ..." is not in the source
        "1-1",
    ]
    assert links[5].pivot == (5, 6) and links[7].other == (6, 8) and links[8].pivot == (8, 10)
    assert links[11].other == (11, 12)


SOURCE = [
    "Die Polizei hat am Montag in Hamburg einen mutmaßlichen Betrüger festgenommen.",
    "Der 45-Jährige soll ältere Menschen um mehr als 200.000 Euro gebracht haben.",
    "Er gab sich am Telefon als Enkel aus.",
    "Die Opfer übergaben ihm Bargeld und Schmuck.",
    "Nach Angaben eines Sprechers dauern die Ermittlungen gegen mehrere Komplizen weiter an.",
    "Die Staatsanwaltschaft prüft weitere Fälle in Niedersachsen und Schleswig-Holstein.",
]
BACK = [
    "Die Polizei nahm am Montag in Hamburg einen mutmaßlichen Betrüger fest, der ältere Menschen um mehr "
    "als 200.000 Euro gebracht haben soll.",
    "Am Telefon gab er sich als Enkel aus, und die Opfer übergaben ihm Bargeld und Schmuck.",
    "Die Staatsanwaltschaft untersucht weitere Fälle.",
    "Sie betreffen Niedersachsen und Schleswig-Holstein.",
    "Abonnieren Sie unseren Newsletter und erhalten Sie jeden Morgen die wichtigsten Nachrichten.",
]


def test_two_merges_an_omission_a_split_and_a_trailing_addition():
    assert shape(align(SOURCE, BACK)) == [
        ((0, 2), (0, 1)), ((2, 4), (1, 2)), ((4, 5), (2, 2)), ((5, 6), (2, 4)), ((6, 6), (4, 5))]


def test_omission_at_the_start_and_addition_at_the_start():
    assert [link.kind for link in align(SOURCE, SOURCE[1:])] == ["1-0"] + ["1-1"] * 5
    extra = "Heute neu: unser Podcast zu Kriminalfällen aus der Region und darüber hinaus."
    assert [link.kind for link in align(SOURCE, [extra, *SOURCE])] == ["0-1"] + ["1-1"] * 6


def test_a_lone_omission_beside_a_lone_addition_becomes_a_weak_match():
    """One sentence translated into something unrecognisable: report it once, as a weak 1-1 link."""
    back = [SOURCE[0], SOURCE[1], "Ein völlig anderer Gedanke über das Wetter in Bayern im Sommer.", *SOURCE[3:]]
    links = align(SOURCE, back)
    assert [link.kind for link in links] == ["1-1"] * 6
    assert links[2].similarity < 0.15


def test_identical_texts_align_one_to_one():
    links = align(SOURCE, SOURCE)
    assert shape(links) == [((i, i + 1), (i, i + 1)) for i in range(6)]
    assert all(link.similarity == 1.0 for link in links)


@pytest.mark.parametrize("pivot, other, kinds", [
    ([], ["Ein Satz hier."], ["0-1"]),
    (["Ein Satz hier."], [], ["1-0"]),
    ([], [], []),
])
def test_empty_sides(pivot, other, kinds):
    assert [link.kind for link in align(pivot, other)] == kinds


def test_similarity_ignores_case_and_punctuation_and_separates_unrelated_text():
    a, b = profile("Die Kosten: 180 Millionen Euro!"), profile("die kosten 180 millionen euro")
    assert similarity(a, b) == 1.0
    assert similarity(profile(SOURCE[0]), profile(SOURCE[5])) < 0.12


def test_long_articles_align_fast():
    from wordfreq import top_n_list

    rng = random.Random(7)
    words = top_n_list("de", 3000)
    source = [" ".join(rng.choice(words) for _ in range(rng.randint(8, 30))) + "." for _ in range(300)]
    back = source[:100] + source[101:250] + ["Neu hinzugefügt, ohne Vorlage im Original."] + source[250:]
    start = time.monotonic()
    links = align(source, back)
    assert time.monotonic() - start < 2.0
    kinds = [link.kind for link in links]
    assert (kinds.count("1-1"), kinds.count("1-0"), kinds.count("0-1")) == (299, 1, 1)
    assert links[100].kind == "1-0" and links[100].pivot == (100, 101)


def test_combine_agrees_on_the_coarsest_needed_rows():
    # text A merges pivot 0+1; text B splits pivot 2 and adds a sentence after pivot 1
    a = [Link((0, 2), (0, 1)), Link((2, 3), (1, 2)), Link((3, 4), (2, 3))]
    b = [Link((0, 1), (0, 1)), Link((1, 2), (1, 2)), Link((2, 2), (2, 3)), Link((2, 3), (3, 5)),
         Link((3, 4), (5, 5))]
    rows = combine(4, [a, b])
    assert rows == [
        Row((0, 2), ((0, 1), (0, 2))),
        Row((2, 2), ((1, 1), (2, 3))),  # B's addition sits at a boundary both agree on: a row of its own
        Row((2, 3), ((1, 2), (3, 5))),
        Row((3, 4), ((2, 3), (5, 5))),  # B omitted pivot 3
    ]


def test_combine_folds_an_addition_inside_another_texts_merge():
    a = [Link((0, 2), (0, 1))]
    b = [Link((0, 1), (0, 1)), Link((1, 1), (1, 2)), Link((1, 2), (2, 3))]
    assert combine(2, [a, b]) == [Row((0, 2), ((0, 1), (0, 3)))]


def test_combine_of_one_alignment_is_that_alignment():
    links = align(SOURCE, BACK)
    rows = combine(len(SOURCE), [links])
    assert [(r.pivot, r.others[0]) for r in rows] == shape(links)
