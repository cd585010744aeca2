"""MT503 untranslated-abbreviation, round 22: shapes that recur across the read sets' writers rather than one
more set's acronyms. A local authority's unit (police, fire brigade, prosecutors, district office) as the subject
of its sentence, before its German place and a finite verb ("The PD Hanover is looking for witnesses"), with
English that looks alike (must stay quiet): universities, clubs, firms and English bodies before a city.

Written by hand for development; no evaluation material was read other than the list of read sets' items.
"""
from __future__ import annotations

import pytest

from mtcheck.rules.untranslated_abbreviation import UntranslatedAbbreviation
from tests.conftest import hit_texts

FIRES = [
    ("The PD Göttingen is appealing for witnesses to the robbery.", "PD"),
    ("The PD Munich said on Monday that two men had been arrested.", "PD"),
    ("The BF Hamburg was called out to a fire in a warehouse.", "BF"),
    ("The FF Oberstdorf pumped water out of forty cellars.", "FF"),
    ("The StA Bonn has dropped the case against the mayor.", "StA"),
    ("The StA Stuttgart is investigating the former manager.", "StA"),
    ("The PP Oberbayern recorded fewer burglaries last year.", "PP"),
    ("The BH Schwaz imposed a curfew on the village.", "BH"),
    ("Floods in Bavaria.\n\nThe FF Garmisch was called out forty times.", "FF"),
    ("Two men were arrested. The PD Bremen has set up a special unit.", "PD"),
]

QUIET = [
    # universities, clubs and firms English names so before their town
    "The TU Dresden has opened a new laboratory.",
    "The LMU Munich is one of the oldest universities in Germany.",
    "The FU Berlin has cancelled the lecture.",
    "RB Leipzig won 2-0 at home.",
    "The ZF Friedrichshafen group said it would cut jobs.",
    "The SPD Berlin has chosen a new leader.",
    "The DJ Munich played until dawn.",
    # English bodies and offices before a city, and nouns after the place
    "The US Berlin embassy is closed on Monday.",
    "The BBC Berlin correspondent reported from the scene.",
    "The AP Berlin bureau confirmed the report.",
    "The UN Vienna office was evacuated.",
    "The UK Frankfurt consulate issued a statement.",
    # English units a translator writes for German ones
    "The CID Fürstenfeldbruck took over the investigation.",
    "Storm news.\n\nThe CID Rosenheim has arrested two men.",
    "The MP of Saxony travelled to China.",
    # not the subject, or no verb after the place
    "He took the PD Hanover exam last year.",
    "The PD Hanover team won the cup.",
    # explained
    "The Hanover police department (PD) is looking for witnesses. The PD Hanover said the man was armed.",
]


def _texts(text: str) -> list[str]:
    return hit_texts(UntranslatedAbbreviation, text)


@pytest.mark.parametrize("text,expected", FIRES)
def test_fires(text: str, expected: str) -> None:
    assert expected in _texts(text)


@pytest.mark.parametrize("text", QUIET)
def test_quiet(text: str) -> None:
    assert _texts(text) == []
