"""MT503 untranslated-abbreviation, round 10: kinds a blind evaluation (fresh14) found missed, with English
that looks alike (must stay quiet).

1. Place particles that tie a town to its river or region ("Wasserburg a. Inn", "Reichenbach i. Vogtl.",
   "Neustadt a. d. Aisch"), after a capitalised word English does not know (``abbreviation_places``).
2. Swiss canton codes after a town ("Sarnen OW", "Lausanne VD"; the pack's ``region_codes``); not a US
   state's code after a US town ("Omaha NE"), not "AG" after a company ("Siemens AG").
3. A dotted German title or rank opening a sentence before a person's name ("Bmstr. Thomas Gruber",
   "LAbg. Maria Berger", "Mag.a Sandra Huber"): by its shape (no vowel, an inner capital) or the pack's
   ``titles``; English titles ("Sgt.", "Gov.") and names ("Wm. Henry") stay quiet.
4. Pack entries by kind: undotted titles before a name (KommR, HBI, RettSan; OA, RR, BM in their
   sentence), context-bound acronyms (MRT in a medical sentence, EEG in an energy sentence, ITW in a
   rescue sentence), event and advert words (Beg., Kaut., geschl., "18 Sp."), a league ("the VL"),
   acronyms always reported (BetrKV, KdoW, ÖEA); "Reha" as a colloquial clipping (MT502).

Written by hand for development; the fresh14 sentences themselves are not copied.
"""
from __future__ import annotations

import pytest

from mtcheck.rules.untranslated_abbreviation import UntranslatedAbbreviation
from mtcheck.rules.untranslated_word import UntranslatedWord
from tests.conftest import hit_texts

FIRES = [
    ("The old town of Mühldorf a. Inn floods every few years.", "a."),
    ("The brewery in Neustadt a. d. Aisch was sold.", "a. d."),
    ("The school in Weiler i. Allgäu gets a new roof.", "i."),
    ("The summit was held in Frauenfeld TG on Friday.", "TG"),
    ("The accident happened near Altdorf UR, police said.", "UR"),
    ("Villagers near Chur GR were evacuated.", "GR"),
    ("Bmstr. Anna Lechner signed the building permit.", "Bmstr."),
    ("LAbg. Peter Huber resigned from the committee.", "LAbg."),
    ("Hptm. Markus Brandl led the exercise.", "Hptm."),
    ("KommR Franz Leitner opened the new hall.", "KommR"),
    ("HBI Georg Moser praised the volunteers.", "HBI"),
    ("RettSan Lea Baumann was honoured for her work.", "RettSan"),
    ("The patient was examined by OA Katrin Wolf in the clinic.", "OA"),
    ("An MRT at the hospital showed a fracture.", "MRT"),
    ("The solar subsidies are paid under the EEG.", "EEG"),
    ("The ITW took the patient to the university hospital.", "ITW"),
    ("Beg. 20:00, admission from 19:00.", "Beg."),
    ("Flat for rent, Kaut. two months' rent.", "Kaut."),
    ("Library open Tue–Fri, Saturday geschl.", "geschl."),
    ("The team has 40 points from 22 Sp. this season.", "Sp."),
    ("The landlord cited the BetrKV in his letter.", "BetrKV"),
    ("The KdoW arrived first at the scene.", "KdoW"),
]

PASSES = [
    "Part i. Introduction to the law of contract.",
    "He lives in Omaha NE and works in Lincoln.",
    "Volkswagen AG said on Tuesday that sales rose.",
    "The GE Aerospace plant in Ohio hired 300 workers.",
    "Sgt. John Miller was injured in the blast.",
    "Gov. Gavin Newsom signed the bill.",
    "Wm. Henry Harrison was the ninth president.",
    "The Singapore MRT carried record numbers of passengers.",
    "An EEG showed normal brain activity, the doctors said.",
    "ITW, the Illinois toolmaker, reported higher sales.",
    "I beg to differ, the minister said.",
    "Crowds filled the MHPArena. Former coach Christian Streich watched from the stands.",
]


@pytest.mark.positive
@pytest.mark.parametrize(("text", "form"), FIRES)
def test_fires(text, form):
    assert hit_texts(UntranslatedAbbreviation, text, source="de") == [form]


@pytest.mark.negative
@pytest.mark.parametrize("text", PASSES)
def test_passes(text):
    assert hit_texts(UntranslatedAbbreviation, text, source="de") == []


def test_reha_is_a_german_clipping():
    text = "After the operation she needs three weeks of Reha at a clinic."
    assert hit_texts(UntranslatedWord, text, source="de") == ["Reha"]
