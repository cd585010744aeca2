"""MT503 untranslated-abbreviation, round 7: kinds of German shorthand a blind evaluation found still
missed, with English that looks alike (must stay quiet).

1. German acronyms the frequency test cannot see because wordfreq folds case and counts an English
   word or name with them ("KatS" ~ "kats", "DaZ" ~ "Daz", "BFD"): a short constant list in
   ``abbreviation_acronyms`` (a candidate for the pack's list).
2. Credits: a dotted German abbreviation of a noun right before a first name and surname, in
   parentheses or after a colon, semicolon or comma ("(Insz. Claudia Bauer)", "Bühnenb.", "Übers.");
   English titles before a name ("Rep.", "Sen.", "Gov.", "Insp.", "Supt.") are English.
3. Fire-brigade, rescue and police acronyms and vehicle codes in a sentence about a fire, a rescue or
   a police call-out ("an RTW", "the NEF", "the KDD", "the LF 20", "DLK 23/12"): the context lets a
   wider frequency window count; English ones (EMS, EMT, CPR, HGV, an AK 47, MH 17) stay quiet.
"""
from __future__ import annotations

import pytest

from mtcheck.rules.untranslated_abbreviation import UntranslatedAbbreviation
from tests.conftest import hit_texts

RULE = UntranslatedAbbreviation

FOLDED_FIRES = [
    ("The KatS units were put on standby.", "KatS"),
    ("Children who need DaZ lessons get two extra hours a week.", "DaZ"),
    ("More young people are doing the BFD this year.", "BFD"),
    ("She did an FSJ at a hospital after school.", "FSJ"),
    ("The district's KatS plan was updated after the flood.", "KatS"),
    ("Teachers for DaF are in short supply.", "DaF"),
    ("The number of places in the BFD rose to 40,000.", "BFD"),
    ("He spent a year as a BuFDi in a nursing home.", "BuFDi"),
    ("An FÖJ on an organic farm is popular with school leavers.", "FÖJ"),
    ("The school offers DaZ classes for refugee children.", "DaZ"),
    ("Volunteers in the BFD receive pocket money.", "BFD"),
    ("The KatS staff met in the town hall.", "KatS"),
]

FOLDED_PASSES = [
    "Daz Sampson represented the UK at Eurovision.",
    "The Kats family moved to Ohio.",
    "She washed the shirts with Daz.",
    "The federal volunteer service (BFD) has 40,000 places.",
    "Katz's Delicatessen is in New York.",
    "The cat sat on the mat.",
    "He plays for the Kats basketball team.",
    "The volunteer year (FSJ) is popular.",
    "The German as a second language (DaZ) classes are full.",
    "The KatSu restaurant opened in May.",
    "The BFD-funded project ended.",
    "The file is saved as plan.KatS.pdf.",
    "The civil protection authorities were on standby.",
    "Young people doing federal volunteer service get pocket money.",
    "The DAZ newspaper reported on the case.",
    "He bought a new iPad and an iPhone.",
    "The KfW and the AfD were in the news.",
    "The BBC and the NHS responded.",
    "Two DJs and the MCs played all night.",
    "The FBI and the CIA briefed the senators.",
    "The ZDF and the ARD broadcast the debate.",
]

CREDIT_FIRES = [
    ("The production (Insz. Claudia Bauer) runs until May.", "Insz."),
    ("The premiere (Reg. Anna Berger) was sold out.", "Reg."),
    ("The set (Bühnenb. Olaf Altmann) was praised.", "Bühnenb."),
    ("The costumes (Kost. Eva Roth) were colourful.", "Kost."),
    ("The play (Dramat. Jan Koch) opened on Friday.", "Dramat."),
    ("The new edition (Bearb. Karl Meier) appeared in spring.", "Bearb."),
    ("The novel (Übers. Ute Lang) sold well.", "Übers."),
    ("Credits: Insz. Claudia Bauer, Ausst. Peter Weiss.", "Ausst."),
    ("The ballet (Choreogr. Mia Hahn) was a success.", "Choreogr."),
    ("The evening (Reg. Anna Berger, Kost. Eva Roth) was long.", "Kost."),
    ("The anthology (Bearb. Karl Meier; Übers. Ute Lang) is out.", "Übers."),
    ("The opera (Insz. Tobias Kratzer) was booed.", "Insz."),
]

CREDIT_PASSES = [
    "The bill (Rep. John Smith) passed the House.",
    "The hearing (Sen. Ted Cruz, Gov. Gavin Newsom) was tense.",
    "The case (Insp. John Smith) was closed.",
    "The meeting (Cllr. Mary Jones; Supt. Tom Hill) was brief.",
    "The mass (Rev. Martin Luther) was held in St. Mary's.",
    "The novel (trans. Anthea Bell) appeared in 2005.",
    "The army (Gen. Mark Milley) said nothing.",
    "The ceremony (Pres. Joe Biden) was held.",
    "The clinic (Dr. Anna Roth) is closed.",
    "The lecture (Prof. Hans Weber) was cancelled.",
    "The raid (Capt. John Miller) succeeded.",
    "The unit (Sgt. Tom Hill) was praised.",
    "The production was directed by Claudia Bauer.",
    "Directed by: Claudia Bauer; set design: Olaf Altmann.",
    "The film (dir. Wim Wenders) won a prize.",
    "The letter (Mr. John Smith) arrived.",
    "The team (Lt. Anna Berg) landed.",
    "The show (feat. Anna Berg) was fun.",
    "The story (Det. John Smith) was told.",
    "The reading (Hon. John Smith) was held.",
    "The school, St. John Fisher, closed.",
]

EMERGENCY_FIRES = [
    ("The LF 20 from Neustadt was first on the scene.", "LF 20"),
    ("The HLF 20 was deployed to the blaze.", "HLF"),
    ("Firefighters used the DLK 23/12 to reach the roof.", "DLK"),
    ("An RTW took the injured man to hospital.", "RTW"),
    ("The emergency doctor arrived in the NEF ten minutes later.", "NEF"),
    ("Firefighters arrived in an MTW.", "MTW"),
    ("The KDD was called to the flat.", "KDD"),
    ("The crew brought a TLF to fight the flames.", "TLF"),
    ("Two RTW and an NEF were at the scene of the accident.", "NEF"),
    ("The fire brigade sent an ELW to coordinate the rescue.", "ELW"),
    ("The DLRG rescued two swimmers from the lake, police said.", "DLRG"),  # not "SEK": Swedish krona too
    ("The injured were taken away by an RTH.", "RTH"),
]

EMERGENCY_PASSES = [
    "The works fire brigade of BASF helped fight the fire.",  # a company English news writes (fresh13)
    "Rescue teams reached the MH 17 crash site.",
    "An HGV crashed into the car and firefighters freed the driver.",
    "Paramedics performed CPR at the scene before the EMS crew arrived.",
    "The gunman fired an AK 47 at police officers.",
    "The injured were taken to the ICU.",
    "The LF 20 engine is used in the aircraft.",
    "The RTW meeting was held in Berlin.",
    "Firefighters from the FDNY were at the scene.",
    "Police said the SWAT team entered the building.",
    "The FBI took over the investigation, police said.",
    "Emergency crews were sent to COP 26 in Glasgow.",
    "An EF 3 tornado hit the town; rescue teams searched the rubble.",
    "The fire brigade arrived with two fire engines and an ambulance.",
    "The German Red Cross (DRK) sent an ambulance to the scene.",
    "The ambulance (RTW) arrived after ten minutes.",
    "The blaze destroyed the BBC studio.",
    "Police officers found the suspect's BMW near the scene.",
    "The NHS said 12 people were injured.",
    "Firefighters said the UK 1 had to be closed.",
    "The emergency services were called at 10 pm.",
    "Helpers of the THW pumped water from cellars after the fire.",
    "Rescuers found the A 380 wreckage near the scene.",
]

FIRES = FOLDED_FIRES + CREDIT_FIRES + EMERGENCY_FIRES
PASSES = FOLDED_PASSES + CREDIT_PASSES + EMERGENCY_PASSES


@pytest.mark.positive
@pytest.mark.parametrize(("text", "form"), FIRES)
def test_fires(text, form):
    assert form in hit_texts(RULE, text)


@pytest.mark.negative
@pytest.mark.parametrize("text", PASSES)
def test_passes(text):
    assert hit_texts(RULE, text) == []


def test_dev_set_is_large_enough():
    for fires, passes in ((FOLDED_FIRES, FOLDED_PASSES), (CREDIT_FIRES, CREDIT_PASSES),
                          (EMERGENCY_FIRES, EMERGENCY_PASSES)):
        assert len(fires) >= 12 and len(passes) >= 20
