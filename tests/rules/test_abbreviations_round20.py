"""MT503 untranslated-abbreviation, round 20: a regional daily's German acronyms (municipal and state bodies,
unions, courts' aids, police stations, schools and school-leaving certificates, universities and student
bodies, shared taxis and transport companies, energy, animal disease, physicians' associations, care and
rescue, leagues and regional sports associations, classified-ad cuts), with English that looks alike (must
stay quiet).

Written by hand for development; no evaluation material was read other than the list of fresh25's misses.
"""
from __future__ import annotations

import pytest

from mtcheck.rules.untranslated_abbreviation import UntranslatedAbbreviation
from tests.conftest import hit_texts

FIRES = [
    # municipal and state bodies and their business (committees, audits, roads, felling, water, plans, subsidies)
    ("The HFA of the town council will meet again in June.", "HFA"),
    ("The council's HFA approved the budget on Tuesday.", "HFA"),
    ("The LRH found that the ministry had wasted 40 million euros.", "LRH"),
    ("In its annual report, the LRH criticised the state's spending.", "LRH"),
    ("The SBA Rosenheim is in charge of the bypass.", "SBA"),
    ("The SBA Passau will resurface the federal road in autumn.", "SBA"),
    ("The NLStBV will renovate the bridge next year.", "NLStBV"),
    ("The UNB has stopped the felling of the trees.", "UNB"),
    ("The UNB must approve the new cycle path through the meadow.", "UNB"),
    ("The WWA warns of rising water levels on the Danube.", "WWA"),
    ("According to the WWA, the dyke will be raised by a metre.", "WWA"),
    ("The town's ISEK provides for a new market square.", "ISEK"),
    ("The council adopted the ISEK for the old town.", "ISEK"),
    ("The WFG of the district has sold all commercial plots.", "WFG"),
    ("The WFG is looking for investors for the business park.", "WFG"),
    ("The new GVZ will create 800 jobs.", "GVZ"),
    ("Lorries will reach the GVZ through a new junction.", "GVZ"),
    # unions: IG + a capitalised word
    ("The IG BAU is calling for higher wages for cleaners.", "IG BAU"),
    ("The IG BCE has agreed a new pay deal for chemical workers.", "IG BCE"),
    # courts' aids, public order, police stations with a place
    ("The JGH recommended a suspended sentence.", "JGH"),
    ("The court followed the JGH and imposed community service.", "JGH"),
    ("The KOD checks compliance with the alcohol ban.", "KOD"),
    ("The KOD fined eleven drivers for parking on the pavement.", "KOD"),
    ("The PASt Weißenburg is investigating the accident.", "PASt"),
    ("Witnesses should contact the PASt Hof.", "PASt"),
    ("The PI Rosenheim is looking for witnesses.", "PI"),
    # schools and school-leaving certificates
    ("The GTS at the primary school is fully booked.", "GTS"),
    ("Parents want a GTS with lunch and homework help.", "GTS"),
    ("Children with LRS receive extra lessons.", "LRS"),
    ("Pupils with LRS get more time in exams.", "LRS"),
    ("The SSA has sent two additional teachers.", "SSA"),
    ("The SSA approved the merger of the two schools.", "SSA"),
    ("The ZP10 in maths will take place in May.", "ZP10"),
    ("All pupils sat the ZP10 in English.", "ZP10"),
    ("More pupils left school with the MSA this year.", "MSA"),
    ("She passed the MSA exams at the comprehensive school.", "MSA"),
    ("She gained the FHR at the vocational college.", "FHR"),
    ("With the FHR he can study at a university of applied sciences.", "FHR"),
    ("He passed the Quali with a grade of 2.1.", "Quali"),
    ("Forty pupils sat the Quali at the secondary school.", "Quali"),
    # universities of applied sciences and student bodies
    ("The HAW Hamburg is building a new laboratory.", "HAW"),
    ("She studies engineering at the HAW Landshut.", "HAW"),
    ("The StuPa elected a new presidium.", "StuPa"),
    ("The AStA criticised the rise in semester fees.", "AStA"),
    ("The FSR organised the welcome week.", "FSR"),
    ("The FSR of the law faculty invited students to a party.", "FSR"),
    # shared taxis, transport companies
    ("In the evening, passengers have to book the AST by phone.", "AST"),
    ("The AST runs every hour and must be booked by phone.", "AST"),
    ("The DVB will replace all old trams.", "DVB"),
    ("The DVB are extending the tram line to the station.", "DVB"),
    # energy
    ("The farmer wants to build an FFPV plant on 15 hectares.", "FFPV"),
    ("The council approved two FFPV plants near the motorway.", "FFPV"),
    ("All systems must be registered in the MaStR.", "MaStR"),
    ("Operators must register the solar system in the MaStR.", "MaStR"),
    ("Homeowners need an iSFP for the higher subsidy.", "iSFP"),
    ("An energy adviser drew up an iSFP for the house.", "iSFP"),
    ("The new housing estate lies in an HQ100 area.", "HQ100"),
    ("No houses may be built in the HQ100 zone.", "HQ100"),
    # animal disease
    ("The ASP has reached the district.", "ASP"),
    ("A dead wild boar tested positive for ASP.", "ASP"),
    # physicians' associations
    ("The KVNO has closed two emergency practices.", "KVNO"),
    ("The KVWL is looking for doctors for rural areas.", "KVWL"),
    ("The KVB has approved three new GP practices.", "KVB"),
    # care and rescue
    ("The SAPV team cares for 50 patients at home.", "SAPV"),
    ("The SAPV looks after dying patients at home.", "SAPV"),
    ("The PDL of the care home resigned.", "PDL"),
    ("The PDL is responsible for 40 nurses.", "PDL"),
    ("The hospital is looking for PFK for the night shift.", "PFK"),
    ("The care home has hired three new PFK.", "PFK"),
    ("The HvO group of the village was first on the scene.", "HvO"),
    ("The HvO treated the injured man until the ambulance arrived.", "HvO"),
    ("The SEG looked after the evacuated residents.", "SEG"),
    ("The SEG of the Red Cross set up camp beds in the gym.", "SEG"),
    # leagues and regional sports associations
    ("The BBL wants to expand to 18 teams.", "BBL"),
    ("The BBL play-offs start in May.", "BBL"),
    ("The A-Kl. match was abandoned because of a storm.", "A-Kl."),
    ("The HVW has suspended the player for four matches.", "HVW"),
    ("The WFV has fined the club 500 euros.", "WFV"),
    # classified-ad cuts
    ("The flat is offered without Prov.", "Prov."),
    ("3-room flat, 78 sq m, balcony, no Prov., 890 euros.", "Prov."),
    ("VW Polo, ZV, new tyres, 4,200 euros.", "ZV"),
    ("Opel Corsa, 2015, ZV, air conditioning, 5,900 euros.", "ZV"),
]

PASSES = [
    # English acronyms in the same frames
    "The SBA approved 200 small business loans.",
    "The SBA = Small Business Administration offers loans.",
    "The EPA has stopped the project.",
    "The NHS is looking for nurses for the night shift.",
    "The UN warns of rising water levels in the Pacific.",
    "The FA has suspended the player for four matches.",
    "The PGA wants to expand the tour to 40 events.",
    "The NBA wants to expand to 32 teams.",
    "The BBC will replace all old studios.",
    "The SEC found that the company had misled investors.",
    "The ASPCA has rescued 50 dogs.",
    "The MSA has a population of 2.1 million.",
    "The company moved its HQ to Dublin.",
    "He works at HQ in London.",
    "The AST team observed the comet.",
    "The ASP.NET framework is popular.",
    "The BBL cricket season starts in December.",
    "The Big Bash League (BBL) starts in December.",
    "The WWA wrestling show was sold out.",
    "The DVB signal covers the whole country.",
    "The PDL is a programming language.",
    "The SSA sent her a new social security card.",
    "The HFA of the hospital reviewed the guidelines.",
    "The LRH group met in London.",
    "She works for the Kassenärztliche Vereinigung Nordrhein (KVNO).",
    "The Schulamt (SSA) has sent two additional teachers.",
    "The IG Farben trial ended in 1948.",
    "The IG Metall called a warning strike.",
    "The IG BAU construction union called for higher wages.",
    "The IG report on pay was published.",
    "The Kassenärztliche Vereinigung Nordrhein (KVNO) closed two practices.",
    "The KV cable was damaged.",
    "The IG Report was published in May.",
    "The IG Nobel prize was awarded.",
    "Schools in the Boston MSA reported higher test scores.",
    "The ASP rose to 300 dollars per unit.",
    "The ASP world tour returns to Hawaii.",
    "Passengers should board at 9 am AST.",
    "The DVB-T signal reaches passengers on trains.",
    "HAW 24, UNLV 21: the students cheered.",
    "The patient had a BBL in Turkey.",
    "The PI Smith said the police had ignored him.",
    "Quali was rained out, so the grid was set by points.",
    "The ZV Ambassador is a fictional car.",
    # expanded once in the document, all mentions are readable
    "The Social Security Administration (SSA) wrote to retired teachers. The SSA has sent two letters to teachers.",
    "The MSA (metropolitan statistical area) has 40 schools. Pupils in the MSA did well.",
    # German parties and companies English keeps
    "The CDU and the SPD agreed on a coalition.",
    "The AfD won 20 percent in the state election.",
    "BMW and SAP reported higher profits.",
    "The DAX closed higher on Friday.",
    "The ADAC warns of traffic jams.",
    # ordinary English words and cuts
    "The flat is offered without commission.",
    "The store sells pens, prov. items and books.",
    "He drove a VW Polo with central locking.",
    "The StarTrek convention was sold out.",
    "The HQ was moved to Dublin.",
    "The iPhone and iPad sold well.",
    "The A-Team was a TV series.",
    "She lives on Prov. Road.",
    "The flat was a gift, as Prov. 3:5 says about trust at home.",
]


@pytest.mark.parametrize("text,expected", FIRES)
def test_fires(text: str, expected: str) -> None:
    assert expected in hit_texts(UntranslatedAbbreviation, text)


@pytest.mark.parametrize("text", PASSES)
def test_passes(text: str) -> None:
    assert hit_texts(UntranslatedAbbreviation, text) == []
