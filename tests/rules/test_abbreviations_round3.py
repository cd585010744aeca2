"""MT503 untranslated-abbreviation, round 3: German abbreviations of regional news, administration,
police and sport reporting left in English text, and English that looks alike.

Left out on purpose (English uses the same letters): "Kr." (Kreis; too short to tell from initials),
"OT" (Ortsteil; overtime, Old Testament), "PI" (Polizeiinspektion; private investigator, pi), "Pol."
(Polish, political), "Pl." (English Place), "Gr." (Greek, gross), "Verb.", "Ver.", "Ges.", "Inst.",
"Univ." (English abbreviations), weekday abbreviations "Mo." (Missouri), "Fr." (Father), "Sa."/"So."/
"Do." (too short to tell from English in a sentence of their own).
"""
from __future__ import annotations

import pytest

from mtcheck.rules.untranslated_abbreviation import UntranslatedAbbreviation
from tests.conftest import hit_texts

RULE = UntranslatedAbbreviation

FIRES = [
    # already covered before round 3 (regression checks)
    ("The Hbf. was closed for two hours after the bomb threat.", "Hbf."),
    ("Under § 3 Abs. 2 of the law the fine is higher.", "Abs."),
    ("The festival had ca. 5,000 visitors.", "ca."),
    ("The road is closed lt. the police until Friday.", "lt."),
    # new
    ("The Landkr. Rosenheim reported 40 new cases.", "Landkr."),
    ("The Gde. Oberhaching wants a new school.", "Gde."),
    ("KHK Müller of the criminal police led the search.", "KHK"),
    ("PHK Schneider spoke to the press on Tuesday.", "PHK"),
    ("Trains stop at the Bf. only twice an hour.", "Bf."),
    ("The items with lfd. Nr. 4 to 9 were sold.", "lfd."),
    ("The bridge will vorauss. reopen in May.", "vorauss."),
    ("The pool is open tgl. from 9 a.m.", "tgl."),
    ("The 3-room Whg. costs 900 euros a month.", "Whg."),
    ("Bayern lead the table with 45 Pkt. after 18 games.", "Pkt."),
    ("The car was found near the verst. owner's house.", "verst."),
    ("The FFW Hausen was called to the fire at midnight.", "FFW"),
]

PASSES = [
    "The BF of the singer posted a photo.",
    "The bf. was not there, she wrote.",
    "The PI was hired by the family.",
    "The team won 3-2 in OT.",
    "The Pol. and Lith. editions differ.",
    "He lives at 4 Grosvenor Pl. in London.",
    "Univ. of Chicago Press published the book.",
    "Kansas City, Mo., hosted the game.",
    "Fr. Murphy said Mass on Sunday.",
    "The rain stopped. So. What happens now?",
    "The score after the first half was 1-0.",
    "She lost 12 points in the ranking.",
    "The points table was updated on Sunday.",
    "Whatever the result, the club stays up.",
]


@pytest.mark.positive
@pytest.mark.parametrize(("text", "form"), FIRES)
def test_fires(text, form):
    assert form in hit_texts(RULE, text)


@pytest.mark.negative
@pytest.mark.parametrize("text", PASSES)
def test_passes(text):
    assert hit_texts(RULE, text) == []
