"""MT503 untranslated-abbreviation, round 19: well-known German bodies left unexplained after "the"
unknown to English (``abbreviation_everyday``), outlets after "according to the", syllable-cut titles before a name, and a few
sector-bound entries (research institutes, parliament, ice hockey, adverts, polling, adult education), with
English that looks alike (must stay quiet).

Written by hand for development; no evaluation material was read other than the list of fresh24's misses.
"""
from __future__ import annotations

import pytest

from mtcheck.rules.untranslated_abbreviation import UntranslatedAbbreviation
from tests.conftest import hit_texts

FIRES = [
    # German bodies English does not write, after "the", unexplained; the Swiss railways in a transport sentence
    ("The SBB raised its fares for season tickets.", "SBB"),
    ("The SBB cancelled 200 trains because of the storm.", "SBB"),
    ("The DEHOGA expects fewer guests this winter.", "DEHOGA"),
    ("The HWWI sees inflation falling next year.", "HWWI"),
    ("The treatment was approved by the PKV beforehand.", "PKV"),
    # outlets after "according to", "told the"
    ("According to the HAZ, the mayor will resign.", "HAZ"),
    ("According to the SDA, two climbers died on the Matterhorn.", "SDA"),
    ("The minister told the SZ that the border would stay open.", "SZ"),
    ("According to the TAZ, two ministers will resign.", "TAZ"),
    # research institutes
    ("The MPG is opening a new institute in Tübingen.", "MPG"),
    ("Scientists at the PIK warn of more droughts.", "PIK"),
    ("The AWI measured record temperatures in the Arctic.", "AWI"),
    # parliament, ice hockey, polling, adult education
    ("The bill was passed by the BT with a large majority.", "BT"),
    ("The BT debated the budget for three days.", "BT"),
    ("The DEL final series starts on Friday.", "DEL"),
    ("Munich won the DEL title for the fourth time.", "DEL"),
    ("The FGW poll puts the Greens at 12 percent.", "FGW"),
    ("The VHS offers evening courses in Spanish.", "VHS"),
    ("She signed up for a course at the VHS.", "VHS"),
    # Swiss and Austrian bodies
    ("The SFV fined the club for its fans' pyrotechnics.", "SFV"),
    ("The WBF lowered its economic forecast.", "WBF"),
    ("The BVT was replaced by a new intelligence agency.", "BVT"),
    ("The BVT was dissolved after the raid.", "BVT"),
    # German words and advert cuts
    ("All rooms have free WLAN.", "WLAN"),
    ("The WLAN in the train rarely works.", "WLAN"),
    ("Three nights in Vienna, 3 ÜN with breakfast, 299 euros.", "ÜN"),
    ("Kitchen, NP 12,000 euros, for sale at 4,000 euros.", "NP"),
    ("Anyone with a P-Konto keeps a basic allowance.", "P-Konto"),
    ("The bank must convert the account into a P-Konto.", "P-Konto"),
    # syllable-cut titles before a name
    ("MinDir Anna Berger chaired the meeting.", "MinDir"),
    ("The letter was signed by RegDir Thomas Lang.", "RegDir"),
    ("RegSpr. Steffen Hebestreit declined to comment.", "RegSpr."),
]

PASSES = [
    # established names English news writes (earlier rounds' passes: the ADAC, the ZDF, the SWR, the TÜV)
    "The ADAC expects long tailbacks this weekend.",
    "The car failed the TÜV because of rusty brakes.",
    "The RBB will cut 100 jobs next year.",
    "The SRF showed the debate on Sunday evening.",
    "The BND and the BKA share the files.",
    "The SBB logo is red.",
    # explained German bodies
    "The ADAC motoring club expects long tailbacks.",
    "The German motoring club ADAC expects long tailbacks.",
    "The car passed its TÜV inspection.",
    "TÜV Süd tested the bridge.",
    "The Swiss Federal Railways (SBB) cancelled 200 trains.",
    "The Swiss rail operator SBB cancelled 200 trains.",
    "The broadcaster RBB cut 100 jobs.",
    "The German Football Association, the DFB, hosted the tournament.",
    # English look-alikes
    "The NP saw the patient on Monday.",
    "A nurse practitioner (NP) earns 120,000 dollars.",
    "According to the APA, depression is underdiagnosed.",
    "The APA reported that more psychologists are needed.",
    "The APA style guide requires a running head.",
    "BT shares fell 3 percent on Thursday.",
    "The BT Tower is a London landmark.",
    "The car does 40 MPG on the motorway.",
    "The MPG of the new model is better.",
    "He still has a box of VHS tapes.",
    "The VHS tape was released in 1992.",
    "Press the DEL key to delete the file.",
    "Superconducting SRF cavities were cooled to 2 kelvin.",
    "According to the CBO, the deficit will grow.",
    "According to the ONS, inflation fell.",
    "According to the AP, three people died.",
    "The minister told the BBC that talks were needed.",
    "The RMV renewed her licence.",
    "McKay Jones scored twice.",
    "LeBron James scored 30 points.",
    "DeShawn Smith was injured.",
    "The Wi-Fi in all rooms is free.",
    "The FBI and the CIA shared the files.",
    "The NHS plan came into force in April.",
    "He won the WPT title last year.",
    "This is no exception according to Section 312d of the BGB.",
    "The strike by the GDL train drivers’ union was the ninth. The GDL wants a 35-hour week.",
    "We are going to put on the OSCAST again this year!",
    "Stuffed toys like LumBear Teddy sold well.",
    "The VecTrol Company makes paints.",
    "The German Football Association,the DFB, hosted the tournament.",
    "The strike by the GDL\ntrain drivers’ union was the ninth.",
]


@pytest.mark.parametrize("text,expected", FIRES)
def test_fires(text: str, expected: str) -> None:
    assert expected in hit_texts(UntranslatedAbbreviation, text)


@pytest.mark.parametrize("text", PASSES)
def test_passes(text: str) -> None:
    assert hit_texts(UntranslatedAbbreviation, text) == []
