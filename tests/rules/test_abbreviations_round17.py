"""MT503 untranslated-abbreviation, round 17: shorthand of weather services, health insurers and care, federal
bodies and funds, taxes, customs and federal police, aviation, transport and utilities, universities, TV
ratings and ice hockey, by its shape and sector, with English that looks alike (must stay quiet).

1. Shapes: an authority's acronym English does not know before its place in a customs or border sentence ("the
   GZD in Bonn", "the ZFA Essen", "the BPOLD Munich"); a transport association's acronym (a V for Verbund) in
   a sentence about fares ("the RMV", "the ZVV"); a municipal utility ("the SWM": Stadtwerke) in a sentence
   about gas or power; a semester with its academic year ("the WS 2025/26"); a TV market share ("an MA of
   27.4 percent"); a German compound's cut after a number ("16 Strafmin."); "metres above NN"; a German
   word's cut before a name ("Geschf. Anna Berger").
2. Entries in their sector: health insurers and the care assessment ("the TK", "the DAK", "its own BKK",
   "the GKV-SV", "the ÖGK", "the MD", "PG 4"), federal bodies and funds ("the WD of the Bundestag", "the BRH",
   "the KTF", "the WSF", "Epl. 14"), taxes ("ESt", "KiSt"), aviation ("the VC", "the DFS", "the BDL", "the
   ADV"), universities ("the WR", "the GRK", "the HRK", "an HZB"), ice hockey ("the DEB", "the SIHF"), flood
   and warning services ("the HND", "MoWaS").
3. Pack entries followed or preceded by an English noun that explains them ("the VVS transport association",
   "the TK health insurer") are quiet, as the general acronym rule's are.

Written by hand for development; no evaluation material was read other than the list of fresh22's misses.
"""
from __future__ import annotations

import pytest

from mtcheck.rules.untranslated_abbreviation import UntranslatedAbbreviation
from tests.conftest import hit_texts

FIRES = [
    # weather and hazards
    ("The summit lies at 2,962 metres above NN.", "NN"),
    ("The village lies 480 m above NN on a plateau.", "NN"),
    ("The new gauge stands 312 meters above NHN.", "NHN"),
    ("The warning was sent to all warning apps via MoWaS.", "MoWaS"),
    ("Residents were alerted through MoWaS and the sirens.", "MoWaS"),
    ("The HND expects the Danube to peak at 7.8 metres.", "HND"),
    ("According to the HND, the flood will peak on the Isar on Sunday.", "HND"),
    # health insurers and care
    ("Members of the TK will pay a higher additional contribution.", "TK"),
    ("The TK expects its insured members to pay more next year.", "TK"),
    ("The DAK is raising its additional contribution to 2.8 percent.", "DAK"),
    ("According to the DAK, sick days of insured employees rose again.", "DAK"),
    ("Employees of the carmaker are insured with its own BKK.", "BKK"),
    ("The Siemens BKK raised its contribution rate for members.", "BKK"),
    ("The GKV-SV expects a deficit of 3.5 billion euros.", "GKV-SV"),
    ("The ÖGK covers seven million insured people in Austria.", "ÖGK"),
    ("The ÖGK wants to cut waiting times for patients.", "ÖGK"),
    ("The MD assessed her mother's care needs at home.", "MD"),
    ("After the visit, the MD granted him care level 3.", "MD"),
    ("Residents with PG 4 pay the same share as those with level 2.", "PG"),
    ("Her father was moved into PG 3 after the nursing care assessment.", "PG"),
    # federal bodies and funds
    ("A report by the WD of the Bundestag doubts that the law is constitutional.", "WD"),
    ("The WD of the Bundestag examined whether the ban is legal.", "WD"),
    ("The BRH criticised the ministry's consultancy contracts.", "BRH"),
    ("The BRH warned that the federal budget relies on special funds.", "BRH"),
    ("The KTF is to finance the subsidies for heat pumps.", "KTF"),
    ("The government wants to move 60 billion euros into the KTF budget.", "KTF"),
    ("The WSF was used to pay for the gas price brake.", "WSF"),
    ("The ministry plans to close the WSF and use its funds for the budget.", "WSF"),
    ("The defence budget in Epl. 14 is to grow again.", "Epl."),
    ("Spending under Epl. 12 falls by two billion euros.", "Epl."),
    # taxes
    ("The ESt rate for top earners remains at 42 percent.", "ESt"),
    ("Pensioners pay ESt only on part of their pension income.", "ESt"),
    ("Church members in Bavaria pay KiSt of 8 percent on top.", "KiSt"),
    ("The KiSt is collected by the tax office together with the income tax.", "KiSt"),
    # customs and federal police before their place
    ("The GZD in Bonn reported a record number of seized cigarettes.", "GZD"),
    ("The ZFA Essen led the investigation.", "ZFA"),
    ("The BPOLD Munich registered 2,000 unauthorised entries.", "BPOLD"),
    ("The BPOLI Passau arrested two smugglers.", "BPOLI"),
    ("Officers of the BPOLI Rosenheim checked 300 vehicles at the border.", "BPOLI"),
    ("The ZFA Stuttgart seized 40 kilograms of cocaine at the customs check.", "ZFA"),
    ("The BPOLD Pirna detained six people smugglers on the border with the Czech Republic.", "BPOLD"),
    # aviation
    ("The VC warned that pilots could walk out at Easter.", "VC"),
    ("The VC called on Lufthansa pilots to strike on Friday.", "VC"),
    ("The DFS counted 30 percent fewer flights on the strike day.", "DFS"),
    ("According to the DFS, air traffic over Germany grew by 4 percent.", "DFS"),
    ("The BDL criticised the strike as disproportionate.", "BDL"),
    ("The BDL says airlines are cutting flights because of high fees.", "BDL"),
    ("The ADV expects 20 million passengers at German airports over the summer.", "ADV"),
    ("The ADV reported that passenger numbers at the airports are still below 2019.", "ADV"),
    # transport associations and utilities
    ("The RMV is raising fares by 5.9 percent.", "RMV"),
    ("The ZVV will raise fares in December.", "ZVV"),
    ("The HVV is adding night buses to its timetable.", "HVV"),
    ("The KVV sold 20 percent more season tickets.", "KVV"),
    ("The SWM are raising gas prices from April.", "SWM"),
    ("The SWK will cut electricity prices for 80,000 customers.", "SWK"),
    ("The SWU warned its customers about higher district heating prices.", "SWU"),
    ("Geschf. Anna Berger said the utility had no choice.", "Geschf."),
    ("Geschf. Thomas Maier announced the new tariffs.", "Geschf."),
    # universities
    ("The WR recommends merging the two universities.", "WR"),
    ("The WR evaluated the research institutes of the university.", "WR"),
    ("The new GRK will fund twelve doctoral positions.", "GRK"),
    ("The DFG approved a GRK on climate research at the university.", "GRK"),
    ("The HRK warned of cuts in university funding.", "HRK"),
    ("The HRK president called for more money for universities.", "HRK"),
    ("Applications for the WS 2025/26 close on 15 July.", "WS 2025/26"),
    ("Lectures in the WS 2024/25 start in October.", "WS 2024/25"),
    ("Applicants need an HZB from a German school or an equivalent.", "HZB"),
    ("Without an HZB, applicants can qualify through a vocational entrance exam.", "HZB"),
    # TV ratings
    ("The crime series reached a MA of 27.4 percent.", "MA"),
    ("The show had 5.2 million viewers, an MA of 18.1 percent.", "MA"),
    ("The final episode reached an MA of 22 percent among young viewers.", "MA"),
    # winter sport and units
    ("The DEB named a young squad for the World Championship.", "DEB"),
    ("The DEB suspended the forward for three games.", "DEB"),
    ("The SIHF has suspended the defender for four games.", "SIHF"),
    ("The SIHF fined the club after the ice hockey play-off game.", "SIHF"),
    ("The Eisbären had 16 Strafmin. in the first period.", "Strafmin."),
    ("The visitors collected 24 Strafmin. and lost 2-5.", "Strafmin."),
]

PASSES = [
    # English look-alikes
    "TK Maxx opened a new store in Leeds.",
    "She bought a coat at TK Maxx for 30 pounds.",
    "The MD of the company said sales rose.",
    "The MD said the firm would hire 200 people.",
    "He was treated at MD Anderson Cancer Center.",
    "The film was rated PG 13 in some markets.",
    "Spray some WD-40 on the hinges.",
    "The WD hard drives are cheaper this year.",
    "The EPL. 14 clubs voted for the change.",
    "The VC firm invested 20 million dollars in the start-up.",
    "He was awarded the VC for bravery in 1944.",
    "The VC funding round closed in March.",
    "DFS is cutting prices on sofas this weekend.",
    "The DFS algorithm visits every node once.",
    "The WR caught two touchdown passes.",
    "She has an MA in history from Edinburgh.",
    "The MA programme accepts 30 students a year.",
    "The 200-day MA of the share price is rising.",
    "The stock has a 50-day MA of 12.4 dollars.",
    "Her HND in engineering helped her find a job.",
    "The flight landed at HND in Tokyo.",
    "The HZB synchrotron in Berlin is used by scientists.",
    "The DEB package installs on Ubuntu.",
    "The WS 2812 LEDs are cheap.",
    "The SS Great Britain is a museum ship.",
    "The NN model was trained on 10,000 images.",
    "The summit lies at 2,962 metres above sea level.",
    "The BBC Scotland team reported from Glasgow.",
    "The NYPD Brooklyn precinct arrested two men.",
    "Flights to BKK were cancelled.",
    "The ESTA form is required for the US border.",
    "EST is five hours behind GMT.",
    "The SWAT team entered the building.",
    "The SW London utility raised water prices.",
    "The SWR broadcast a debate on gas prices.",
    "The VRE raised fares for commuters on its trains.",
    "The NHK said insured workers would pay more.",
    "The FBI Miami office arrested two smugglers.",
    "The CBP Detroit field office seized cocaine at the border.",
    "The AVV said the shares rose.",
    "Mr. Anna Berger said nothing.",
    "She met Gen. David Petraeus in Kabul.",
    "The team scored 16 min. into the game.",
    "He scored 16 pts. in the first half.",
    "The RSPCA rescued two dogs.",
    "The DAK Foundation funds art schools in Kenya.",
    "The ADV Fund invested in the airline.",
    # German names and places
    "The border police in Passau arrested two smugglers.",
    "Customs officers in Essen seized 40 kilograms of cocaine.",
    "Anna Berger and Thomas Maier live in Munich.",
    "The university in Bonn opened a new faculty.",
]

EXPLAINED = [
    "The VVS transport association is raising fares by five percent.",
    "The RMV transport association will raise fares in December.",
    "The health insurer TK expects its members to pay more.",
    "The DFS, the German air traffic control agency, counted fewer flights.",
    "The Federal Audit Office (BRH) criticised the ministry.",
    "The health insurer DAK is raising its contribution.",
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
