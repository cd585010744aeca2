"""MT503 untranslated-abbreviation, round 15: German, Austrian and Swiss bodies by their letters after "the"
(or "the Swiss", "the Austrian") in a sentence about their sector, with English that looks alike (must stay
quiet).

1. Asylum and migration: "the Swiss SEM", "the Austrian BFA", "the ABH", "the LEA", "the EJPD"; child
   protection: "the KESB"; migration papers and company forms English never writes: "umF", "eAT", "gUG".
2. Property and cars: "the ZIA", "the IVD", "the VDA", "the VDIK"; adverts: "NKM" (a flat), "SHZ" (a price).
3. Jobs and pensions: "the Austrian AMS", "the PVA", "the SVS", "the bAV".
4. Heritage and churches: "the BLfD", "the LDA", "the SPK", "the SKD", "the DSD", "the EKiR".
5. The Alps and sport: "the DAV", "the ÖAV", "the AVS", "the LWD", "the DFeB".

Written by hand for development; no evaluation material was read other than the list of round 15's misses
(the first items of each list).
"""
from __future__ import annotations

import pytest

from mtcheck.rules.untranslated_abbreviation import UntranslatedAbbreviation
from tests.conftest import hit_texts

FIRES = [
    ("The Swiss SEM expects 30,000 asylum applications this year.", "SEM"),
    ("The Austrian BFA rejected the application within six weeks.", "BFA"),
    ("The number of umF in the city's care has doubled.", "umF"),
    ("The ABH in Cologne has a backlog of 20,000 applications.", "ABH"),
    ("Refugees are first taken to the LEA in Karlsruhe.", "LEA"),
    ("The eAT is issued as a card the size of a bank card.", "eAT"),
    ("The KESB placed the children with a foster family.", "KESB"),
    ("The Swiss EJPD wants to speed up asylum procedures.", "EJPD"),
    ("Flat, 62 m², 890 euros NKM, available now.", "NKM"),
    ("The ZIA warned of a collapse in residential construction.", "ZIA"),
    ("The IVD expects property prices to stabilise.", "IVD"),
    ("The DSD is funding the restoration of the church roof.", "DSD"),
    ("Leather seats, SHZ, navigation, 14,500 euros.", "SHZ"),
    ("The VDA expects car production in Germany to fall again.", "VDA"),
    ("The VDIK represents foreign carmakers in Germany.", "VDIK"),
    ("The social start-up is organised as a gUG.", "gUG"),
    ("The Austrian AMS reported 320,000 unemployed at the end of January.", "AMS"),
    ("The PVA rejected her application for an early pension.", "PVA"),
    ("Employers must subsidise the bAV by 15 percent.", "bAV"),
    ("Farmers pay their pension contributions to the SVS.", "SVS"),
    ("The SPK wants to return the objects to Nigeria.", "SPK"),
    ("The SKD reported record visitor numbers.", "SKD"),
    ("The BLfD has listed the former brewery.", "BLfD"),
    ("The LDA listed the former department store in 2019.", "LDA"),
    ("The EKiR wants to give up a third of its churches.", "EKiR"),
    ("The DAV warns of rockfall on many routes.", "DAV"),
    ("The ÖAV maintains more than 200 huts in Austria.", "ÖAV"),
    ("The AVS closed two huts in South Tyrol because of rockfall.", "AVS"),
    ("The LWD raised the avalanche danger to level four.", "LWD"),
    ("The DFeB sent 14 fencers to the European Championships.", "DFeB"),
    # variants of our own
    ("The Swiss SEM deported 200 rejected asylum seekers in May.", "SEM"),
    ("An appeal against the BFA decision on asylum failed.", None),
    ("Her residence permit was extended by the ABH in Essen.", "ABH"),
    ("The LEA in Ellwangen houses 700 refugees.", "LEA"),
    ("The KESB took custody of the two children.", "KESB"),
    ("Residential construction fell by a third, the ZIA said.", "ZIA"),
    ("Rents rose by four percent, according to the IVD.", "IVD"),
    ("Electric car registrations rose, the VDA said.", "VDA"),
    ("Sunny 2-room flat, 640 euros NKM plus heating.", "NKM"),
    ("VW Golf, 2018, SHZ, air conditioning, 11,900 euros.", "SHZ"),
    ("The AMS counted 40,000 jobseekers in Vienna.", "AMS"),
    ("The PVA pays the pensions of 2.5 million people.", "PVA"),
    ("The BLfD refused to remove the villa from the list of monuments.", "BLfD"),
    ("The DAV closed the hut after a rockfall.", "DAV"),
    ("The LWD warned of avalanches above 2,000 metres.", "LWD"),
    ("The company was founded as a gUG in 2021.", "gUG"),
]
FIRES = [(t, f) for t, f in FIRES if f is not None]

PASSES = [
    # English letters alike, outside the sector's sentence (or without "the")
    "The SEM images show the cell wall in detail.",
    "The LEA decided to close two primary schools.",
    "Scientists used SEM to study the asylum seekers' documents.",
    "The AMS conference takes place in Denver.",
    "The DSD format is used for high-resolution audio.",
    "The LDA model was trained on 10,000 documents.",
    "The DAV camera records at 60 frames per second.",
    "The VDA link of the display was damaged.",
    "The IVD test detects the virus in 15 minutes.",
    "The SPK of the speaker was measured in the lab.",
    "He ran the AVS file through the converter.",
    "The Swiss army knife is a classic souvenir.",
    "The Austrian government announced new asylum rules.",
    "The German PEN centre defended the refugees' right to write.",
    "The building society raised mortgage rates for homes.",
    "The MOT test checks every car's brakes.",
    # German names and places
    "Refugees from Syria arrived in Karlsruhe and Heidelberg.",
    "The Alpine club of Garmisch-Partenkirchen rebuilt the hut.",
]


@pytest.mark.parametrize(("text", "form"), FIRES)
def test_fires(text, form):
    assert form in hit_texts(UntranslatedAbbreviation, text, source="de")


@pytest.mark.parametrize("text", PASSES)
def test_passes(text):
    assert hit_texts(UntranslatedAbbreviation, text, source="de") == []
