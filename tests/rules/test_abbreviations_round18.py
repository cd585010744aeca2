"""MT503 untranslated-abbreviation, round 18: German, Austrian and Swiss bodies' acronyms by their shape
(``abbreviation_bodies``), statutes that enter into force, and a few sector-bound entries, with English
that looks alike (must stay quiet).

Written by hand for development; no evaluation material was read other than the list of fresh23's misses.
"""
from __future__ import annotations

import pytest

from mtcheck.rules.untranslated_abbreviation import UntranslatedAbbreviation
from tests.conftest import hit_texts

FIRES = [
    # an unknown acronym before a German-speaking place
    ("According to the IW Cologne, companies are investing less in Germany.", "IW"),
    ("The IWH in Halle counted a record number of insolvencies in October.", "IWH"),
    ("The IHS in Vienna lowered its forecast for next year.", "IHS"),
    ("The ZAB in Cologne organises the deportations for the state.", "ZAB"),
    ("The EAE in Gießen has room for 5,000 people.", "EAE"),
    ("The VBS in Bern wants to buy more air defence systems.", "VBS"),
    ("The BGer in Lausanne rejected the appeal.", "BGer"),
    ("The BMEIA in Vienna summoned the Russian ambassador.", "BMEIA"),
    ("The LfV in Erfurt is monitoring the group.", "LfV"),
    ("The ZAS in Bremen has processed fewer applications.", "ZAS"),
    ("The WIFO in Vienna expects growth of 1 percent.", "WIFO"),
    ("The IfW Kiel cut its growth forecast.", "IfW"),
    # an outlet or a body after "told the", "according to the"
    ("The minister told the NOZ that deportations must rise.", "NOZ"),
    ("The foreign minister told the DLF that talks were needed.", "DLF"),
    ("The chancellor told the WAZ that he would run again.", "WAZ"),
    ("According to the KNA, the bishops will meet in Fulda.", "KNA"),
    # umlaut, "d" and syllable acronyms, the government, ministries and ministers' conferences
    ("The bank's JÜ rose to 1.2 billion euros.", "JÜ"),
    ("The HÄV warns that 5,000 GP practices will soon be vacant.", "HÄV"),
    ("The ÖBH is sending 100 more soldiers to the border with Hungary.", "ÖBH"),
    ("The ÖAAB backed the candidate.", "ÖAAB"),
    ("The BdB expects more bank branches to close.", "BdB"),
    ("The BdSt criticised the spending plans.", "BdSt"),
    ("The JuMiKo called for tougher penalties for attacks on rescue workers.", "JuMiKo"),
    ("The InMiKo met in Potsdam.", "InMiKo"),
    ("The BReg announced further aid for Ukraine.", "BReg"),
    ("The BMAS wants to raise the basic allowance.", "BMAS"),
    ("The GMK met in Lübeck on Thursday.", "GMK"),
    ("The IMK discussed deportations to Syria.", "IMK"),
    # statutes entering into force, a new law
    ("The KHVVG is to come into force in January.", "KHVVG"),
    ("The GEG came into force at the start of the year.", "GEG"),
    ("Since the MasernschutzG came into force, nurseries must check vaccination records.", "MasernschutzG"),
    ("The new FEG makes it easier for skilled workers to come to Germany.", "FEG"),
    # cuts
    ("Ahead of the NR-Wahl the FPÖ leads the polls.", "NR-Wahl"),
    ("Before the LT-Wahl the CDU is ahead in the polls.", "LT-Wahl"),
    ("The EU-Kom. proposed new rules on returns.", "EU-Kom."),
    ("The presiding judge, VRiBGH Klaus Bauer, read out the verdict.", "VRiBGH"),
    ("The case was heard by RiAG Petra Lang.", "RiAG"),
]

PASSES = [
    "The IMF in Washington cut its forecast.",
    "The ECB in Frankfurt held rates steady.",
    "The UN in Geneva called for a ceasefire.",
    "The WEF in Davos opens on Monday.",
    "The OSCE in Vienna sent observers.",
    "The IAEA in Vienna said the plant was safe.",
    "The FDP in Hesse lost half its voters.",
    "The SPD in Bavaria chose a new leader.",
    "The NFL in Munich drew 70,000 fans.",
    "The BBC in London reported the story.",
    "The minister told the BBC that talks were needed.",
    "The minister told the FT that rates would fall.",
    "According to the AP, three people died.",
    "According to the CBO, the deficit will grow.",
    "According to the ONS, inflation fell.",
    "The senator told the WSJ that he would resign.",
    "The ÖVP and the FPÖ agreed on a coalition.",
    "The Bank of Japan (BoJ) held rates; the BoJ said so.",
    "The DfE published new guidance for schools.",
    "The MoD confirmed the deployment.",
    "The IHS Markit index rose in May.",
    "The BMW in the garage belongs to my uncle.",
    "The BMI of the patients was recorded.",
    "The MacArthur Foundation gave a grant.",
    "He joined the US-Army in 1990 and the US-Navy later.",
    "Jean-Claude van Damme was there.",
    "The ZAB is a company in Texas.",
    "The CDU in Dresden wants a new mayor.",
    "The UNHCR in Geneva counted more refugees.",
    "The ICC in The Hague issued a warrant.",
    "Uber and Lyft drivers protested.",
    "The new GDPR rules came into force in 2018.",
    "The new NHS plan came into force in April.",
    "The Marburg Institute (IWH) in Halle counted more.",
]

EXPLAINED = [
    "The Halle Institute for Economic Research (IWH) counted a record number of insolvencies; the IWH in Halle said so.",
    "The Institute for Advanced Studies (IHS) in Vienna lowered its forecast.",
    "The IWH institute in Halle counted more insolvencies.",
    "The minister told the NOZ newspaper that deportations must rise.",
]


@pytest.mark.parametrize(("text", "form"), FIRES)
def test_fires(text, form):
    assert form in hit_texts(UntranslatedAbbreviation, text, source="de")


@pytest.mark.parametrize("text", PASSES)
def test_passes(text):
    assert hit_texts(UntranslatedAbbreviation, text, source="de") == []


@pytest.mark.parametrize("text", EXPLAINED)
def test_explained_stays_quiet(text):
    assert hit_texts(UntranslatedAbbreviation, text, source="de") == []


SECTOR_FIRES = [
    ("The BDA rejected the demand for a higher minimum wage.", "BDA"),
    ("The BDA warned the unions against strikes.", "BDA"),
    ("The MB called junior doctors at university hospitals out on strike.", "MB"),
    ("The MB is demanding more pay for hospital doctors.", "MB"),
    ("The VCI warned that the chemical industry is losing ground.", "VCI"),
    ("The DSGV warned of rising loan defaults among small firms.", "DSGV"),
    ("The BVR reported record deposits at the cooperative banks.", "BVR"),
    ("The IGH in The Hague ordered Israel to allow more aid into Gaza.", "IGH"),
    ("The WEP warned of a famine in northern Gaza.", "WEP"),
    ("Inflation measured by the HVPI rose to 2.4 percent.", "HVPI"),
    ("The KOF barometer fell for the third month in a row.", "KOF"),
    ("The DSN arrested a suspected Russian spy in Vienna.", "DSN"),
    ("The BAZG stopped 40 migrants on a freight train in Chiasso.", "BAZG"),
    ("The KKJPD called for faster asylum procedures.", "KKJPD"),
]

SECTOR_PASSES = [
    "The file is 5 MB and the hospital doctors could not open it.",
    "The BDA, the American dental association, met in Chicago.",
    "The router still uses WEP encryption.",
    "The DSN network tracked the spacecraft.",
    "Oil prices rose after the KOF meeting.",
]


@pytest.mark.parametrize(("text", "form"), SECTOR_FIRES)
def test_sector_fires(text, form):
    assert form in hit_texts(UntranslatedAbbreviation, text, source="de")


@pytest.mark.parametrize("text", SECTOR_PASSES)
def test_sector_passes(text):
    assert hit_texts(UntranslatedAbbreviation, text, source="de") == []
