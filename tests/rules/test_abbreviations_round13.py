"""MT503 untranslated-abbreviation, round 13: German abbreviations by their shape and kind, with English that
looks alike (must stay quiet).

1. Military: mixed-case vehicle, unit and rank words built from German military parts ("SPz", "KPz", "PzH",
   "InspH", "PzGrenBtl": Panzer, Inspekteur, Bataillon), dotted ones in a military sentence ("the Kdr. of the
   brigade"), volunteers ("FWDL").
2. EU bodies and policies by their German acronym where English has its own ("the GAP", "the GASP", "the
   EKR group", "GD Competition"); parliamentary papers, chairs and press conferences ("LT-Drs. 8/1234",
   "Fraktionsvors.", "the LPK", "WK 14" in an election sentence).
3. Statutes round 11 missed ("TDDDG", "BEEG", "KSG", "IT-SiG", "MStV", "KiBiz").
4. Consumer, climate, broadcast, sailing and youth-sport shorthand ("MHD", "AGB", "with UT", "Obermat.",
   "THG", "EE", "CO2-Äq.", "(Erstausstr.)", "250 sm", "A-Jun.", "Ü3").

Written by hand for development; no evaluation material was read other than the list of round 13's misses
(the first items of each list).
"""
from __future__ import annotations

import pytest

from mtcheck.rules.untranslated_abbreviation import UntranslatedAbbreviation
from tests.conftest import hit_texts

MILITARY = [
    ("The army wants to order 50 more SPz Puma.", "SPz"),
    ("The KPz Leopard 2 A8 is to be delivered from 2027.", "KPz"),
    ("The number of FWDL fell to 10,000 last year.", "FWDL"),
    ("The InspH warned that the army was more or less bare.", "InspH"),
    ("The Kdr. of the brigade in Lithuania took office on Monday.", "Kdr."),
    # variants of our own
    ("The Bundeswehr has ordered 20 more SPz for the brigade.", "SPz"),
    ("Two KPz were damaged during the exercise.", "KPz"),
    ("The PzH 2000 fired at targets 40 kilometres away.", "PzH"),
    ("The InspL said the air force needed new jets.", "InspL"),
    ("The InspM visited the frigate in Wilhelmshaven.", "InspM"),
    ("The GenInsp briefed the defence committee on Wednesday.", "GenInsp"),
    ("The PzGrenBtl 122 is stationed in Oberviechtach.", "PzGrenBtl"),
    ("Soldiers of the FschJgRgt 26 took part in the exercise.", "FschJgRgt"),
    ("The KdoH in Strausberg ordered the exercise.", "KdoH"),
    ("The Kdr. of the battalion was relieved of his command.", "Kdr."),
    ("Soldiers of the 3. Btl. returned from Mali on Friday.", "Btl."),
    ("She served as a SaZ in the army for twelve years.", "SaZ"),
]

EU_PARLIAMENT = [
    ("Farmers fear cuts to the GAP after 2027.", "GAP"),
    ("The GASP requires unanimity among the member states.", "GASP"),
    ("The EKR group voted against the compromise.", "EKR"),
    ("The GD Competition opened an in-depth investigation.", "GD"),
    ("The government's answer is printed in LT-Drs. 8/1234.", "LT-Drs."),
    ("She won the WK 14 with 34.2 percent of the vote.", "WK"),
    ("The Fraktionsvors. of the Greens rejected the proposal.", "Fraktionsvors."),
    ("The minister will present the figures at the LPK on Thursday.", "LPK"),
    # variants of our own
    ("The GAP reform gives farmers more flexibility.", "GAP"),
    ("The GASP is the weakest part of EU policy.", "GASP"),
    ("Member states want to strengthen the GSVP.", "GSVP"),
    ("The EKR is the fourth-largest group in the European Parliament.", "EKR"),
    ("The EVP group won the most seats in the European election.", "EVP"),
    ("The GD Trade is preparing the tariffs.", "GD"),
    ("Officials of the GD Agriculture visited the farms.", "GD"),
    ("Norway is part of the EWR but not of the EU.", "EWR"),
    ("The AEUV sets out the powers of the Commission.", "AEUV"),
    ("The figures are in BT-Drs. 20/4567.", "BT-Drs."),
    ("The motion was published as Drs. 19/2211 in March.", "Drs."),
    ("The Landesvors. of the SPD resigned.", "Landesvors."),
    ("The Kreisvors. of the CDU called for new elections.", "Kreisvors."),
    ("The chancellor answered questions at the BPK on Monday.", "BPK"),
    ("He won the WK 7 for the CSU with 41 percent of the vote.", "WK"),
    ("In WK 120, the Greens' candidate came second.", "WK"),
]

STATUTES = [
    ("Operators of power grids must report attacks under the IT-SiG.", "IT-SiG"),
    ("Cookie banners are regulated by the TDDDG.", "TDDDG"),
    ("The reform of the MStV is to be signed in December.", "MStV"),
    ("Parental leave is regulated in the BEEG.", "BEEG"),
    ("The court ruled that the KSG must be tightened.", "KSG"),
    ("Day-care fees in North Rhine-Westphalia are set out in the KiBiz.", "KiBiz"),
    # variants of our own
    ("Providers must obtain consent under the TDDDG.", "TDDDG"),
    ("The rules on parental allowance are laid down in the BEEG.", "BEEG"),
    ("The Constitutional Court ruled that the KSG was partly unconstitutional.", "KSG"),
    ("Hospitals are covered by the IT-SiG since 2021.", "IT-SiG"),
    ("The JMStV is meant to protect minors online.", "JMStV"),
    ("The broadcasting fee is set in the RBStV.", "RBStV"),
    ("Day-care places are regulated in the KiBiz.", "KiBiz"),
]

CONSUMER_CLIMATE = [
    ("Only products with the MHD 12.05.2026 are affected.", "MHD"),
    ("Customers should check the AGB before signing the contract.", "AGB"),
    ("The film is shown with UT for the deaf and hard of hearing.", "UT"),
    ("Leather sneakers, Obermat. calfskin, 129 euros.", "Obermat."),
    ("There are still 40 places for children Ü3 in the district.", "Ü3"),
    ("Germany must cut THG emissions by 65 percent by 2030.", "THG"),
    ("The share of EE in electricity consumption rose to 55 percent.", "EE"),
    ("The plant emits 2,000 tonnes of CO2-Äq. a year.", "CO2-Äq."),
    ("Sunday, 22:15, ZDF (Erstausstr.)", "Erstausstr."),
    ("The race over 250 sm starts on Saturday.", "sm"),
    ("The A-Jun. of the club won the regional cup.", "A-Jun."),
    # variants of our own
    ("The MHD on the pack of yoghurt has already expired.", "MHD"),
    ("Many foods can still be eaten after the MHD.", "MHD"),
    ("The AGB of the provider allow price increases.", "AGB"),
    ("By ordering, customers accept the AGB of the online shop.", "AGB"),
    ("The series is available with UT in the media library.", "UT"),
    ("Thursday, 20:15, ARD (UT)", "UT"),
    ("Winter boots, Obermat. suede, 89 euros.", "Obermat."),
    ("THG emissions from transport rose again last year.", "THG"),
    ("Electricity from EE is cheaper than coal power.", "EE"),
    ("Germany wants 80 percent of its power from EE by 2030.", "EE"),
    ("Emissions fell by 3 million t CO2-Äq. last year.", "CO2-Äq."),
    ("The farm emits 400 tonnes of CO₂-Äq. a year.", "CO₂-Äq."),
    ("Saturday, 20:15, ARD (Wdh.)", "Wdh."),
    ("The documentary runs on arte (Erstausstr. 2019).", "Erstausstr."),
    ("The yachts sailed 120 sm in the first night of the regatta.", "sm"),
    ("The regatta covers a course of 80 sm.", "sm"),
    ("The B-Jun. of the club reached the final.", "B-Jun."),
    ("The C-Jgd. won 3-1 against Bayern.", "C-Jgd."),
    ("The new group takes 25 children Ü3 from August.", "Ü3"),
]

# written after the rules, to check they generalise (22 of 23 found untuned; the miss, "Under the OZG", a
# three-letter law neither language's word list knows, is found since: unknown laws count after a legal cue)
LATER = [
    ("The Kdr. of the tank battalion spoke to the soldiers.", "Kdr."),
    ("The army received the first SPz Puma in 2015.", "SPz"),
    ("The InspSan criticised the shortage of military doctors.", "InspSan"),
    ("The JgBtl 292 is based in Donaueschingen.", "JgBtl"),
    ("Farmers protested against the GAP rules in Brussels.", "GAP"),
    ("The EKR wants fewer powers for Brussels.", "EKR"),
    ("The GD Energy published the figures.", "GD"),
    ("The reply is in LT-Drs. 17/5678.", "LT-Drs."),
    ("The Ortsvors. of the SPD resigned.", "Ortsvors."),
    ("The SPD won the WK 3 with 38 percent.", "WK"),
    ("Under the OZG, services must go online.", "OZG"),
    ("Gamblers are protected by the GlüStV.", "GlüStV"),
    ("Customers can cancel under the AGB of the provider.", "AGB"),
    ("The THG quota rises for fuel suppliers.", "THG"),
    ("The share of EE in the power mix rose.", "EE"),
    ("The stove saves 3 t CO2-Äq. a year.", "CO2-Äq."),
    ("The film runs with UT on ZDF.", "UT"),
    ("The yacht covered 300 sm in two days.", "sm"),
    ("The D-Jun. of the club won the tournament.", "D-Jun."),
    ("The playground is suitable for children Ü6.", "Ü6"),
    ("Dresses, Obermat. cotton, 49 euros.", "Obermat."),
    ("The Bundesvors. of the Greens spoke.", "Bundesvors."),
]

FIRES = MILITARY + EU_PARLIAMENT + STATUTES + CONSUMER_CLIMATE + LATER
TWO_IN_ONE: dict[str, list[str]] = {}

# Left alone: English news writes the KSK as it is (the pack keeps it: "Germany's KSK special forces"); a
# yacht club's initials are English's own shape too (the NYYC, the RYC), and "KYC" is English "know your
# customer"; "the OZG" has no word around it that says it is a law, and only a bare list entry would find it;
# an acronym after a number reads as a citation ("Section 130 StGB"); "GAP" counts after "the" only ("jeans at
# GAP" is the brand, even beside farmers).
KNOWN_MISSES = [
    ("Soldiers of the KSK were flown out of Sudan.", "KSK"),
    ("The regatta is organised by the KYC.", "KYC"),
    ("The OZG was meant to put all services online by 2022.", "OZG"),
    ("Around 500 FWDL left the Bundeswehr early.", "FWDL"),
    ("Brussels wants to shift GAP funds to climate measures.", "GAP"),
]

PASSES = [
    # military English
    "Soldiers of the SAS were flown out of Sudan.",
    "The SBS boarded the tanker off the Isle of Wight.",
    "The army ordered 50 more Bradley IFVs.",
    "The M1 Abrams MBT is to be upgraded.",
    "The Cdr. of the fleet took office on Monday.",
    "Gen. Smith and Col. Jones met the press.",
    "Lt. Col. Brown led the battalion into the town.",
    "Sgt. Miller and Cpl. Davies were injured in the attack.",
    "HMS Queen Elizabeth left Portsmouth with 1,000 sailors.",
    "The 1st Bn. of the Rifles deployed to Estonia.",
    "The MajGen inspected the troops.",
    "The PzKpfw IV was the workhorse of the German army.",
    "The US Army's JSOC ran the operation.",
    "The Bundeswehr's KSK commandos were deployed to Kabul.",
    "The VJTF was put on alert by NATO.",
    "The APC was hit by a mine near the border.",
    "The soldiers' CO praised the unit.",
    "The RAF scrambled two jets over the North Sea.",
    "The Panzer division was disbanded in 1945.",
    "The Leopard tanks of the brigade arrived in Lithuania.",
    # EU English
    "Farmers fear cuts to the CAP after 2027.",
    "The CFSP requires unanimity among the member states.",
    "The ECR group voted against the compromise.",
    "The EPP won the most seats in the European election.",
    "The EU's DG Competition opened an in-depth investigation.",
    "The DG for Trade is preparing the tariffs.",
    "The gap between farmers' incomes is growing in the EU.",
    "Gap Inc. reported higher sales in Europe.",
    "She bought jeans at GAP before the farmers' protest.",
    "The EEA includes Norway and Iceland.",
    "The EVP of the European Commission, Margrethe Vestager, spoke in Brussels.",
    "GD shares rose after the Pentagon awarded the contract.",
    "General Dynamics (GD) builds the Abrams tank.",
    "Flights from EWR to Frankfurt were cancelled.",
    "The EU's GSP scheme lowers tariffs for poor countries.",
    # parliamentary English
    "Drs. Smith and Jones published the study in 2019.",
    "The report was published as Cm 1234 in March.",
    "She won Ward 14 with 34.2 percent of the vote.",
    "WK 14 of the season brought three upsets.",
    "The minister spoke at the press conference on Thursday.",
    "The SPD chairman rejected the proposal.",
    "The vote was 8/12 in favour.",
    "The party's Vice-Chair resigned.",
    # statutes and law, English
    "The ADA requires ramps at all public buildings.",
    "Cookie banners are regulated by the GDPR.",
    "Under the CISG, the seller must deliver the goods.",
    "The court ruled that the NHS must pay compensation.",
    "The court ruled that the LPG tank was unsafe.",
    "The court ruled that the PNG government must pay.",
    "The IT department must report attacks under the NIS2 directive.",
    "The AI Act was signed in December.",
    "DeMar DeRozan scored 30 points.",
    "McRae and McKay won the doubles.",
    "The US-CERT issued a warning under the law.",
    # consumer, climate, broadcast, English
    "Check the T&Cs before signing the contract.",
    "The AGM approved the dividend.",
    "The film is shown with subtitles for the deaf.",
    "She studied at UT Austin, where the film was shown.",
    "The best-before date is 12.05.2026.",
    "MHD simulations of the solar wind were published.",
    "The shoes have a leather upper and a rubber sole.",
    "Germany must cut GHG emissions by 65 percent by 2030.",
    "The share of RES in electricity consumption rose.",
    "EE customers lost their mobile signal during the storm.",
    "The plant emits 2,000 tonnes of CO2e a year.",
    "Emissions of 3 Mt CO2-eq were recorded.",
    "The steroid THG was found in the samples.",
    "Sunday, 22:15, BBC Two (repeat)",
    "Thursday, 9pm, ITV (first shown 2019)",
    # sailing, youth sport, age groups
    "The race over 250 nm starts on Saturday.",
    "The regatta is organised by the RYC.",
    "The NYYC hosted the America's Cup.",
    "KYC checks are required for all customers.",
    "The boat is 12 m long and sailed 30 miles.",
    "The U19 team won the regional cup.",
    "John Smith Jun. won the prize.",
    "The meeting is on Mon. 3 Jun. in the town hall.",
    "Classes for the U3A start in May.",
    "Sammy Davis Jr. sang at the party.",
    "A-levels and B-tech courses start in September.",
    "Sizes S, M and L are in stock.",
    # probes written after the rules, against each new shape
    "The EU's common agricultural policy has a budget gap.",
    "The Commission's DG ECFIN published the forecast.",
    "The GD Express delivered the parcel.",
    "The UK's EE network was down.",
    "He holds 5 percent of EE shares, energy analysts said.",
    "The boat sank in 30 m of water near the harbour.",
    "The THG test found traces in the athlete's sample.",
    "The film comes with English subtitles (UT Austin production).",
    "The AGB Nielsen ratings showed a drop.",
    "The MHD model explains the solar flares.",
    "Brig. Gen. Smith commanded the brigade.",
    "The Bn. Cdr. of the regiment spoke.",
    "The GAP store in Berlin is closing, shoppers said.",
    "Dr. Smith and Drs. Brown and Jones saw 3 cases.",
    "Under the CISG, the buyer may claim damages.",
]


@pytest.mark.positive
@pytest.mark.parametrize(("text", "form"), FIRES)
def test_fires(text, form):
    assert form in hit_texts(UntranslatedAbbreviation, text, source="de")


@pytest.mark.positive
@pytest.mark.parametrize(("text", "form"), FIRES)
def test_fires_only_that(text, form):
    hits = hit_texts(UntranslatedAbbreviation, text, source="de")
    assert hits == TWO_IN_ONE.get(text, [form])


@pytest.mark.positive
@pytest.mark.parametrize(("text", "form"), KNOWN_MISSES)
@pytest.mark.xfail(strict=True, reason="English writes it so too, or only a bare list entry would find it")
def test_known_misses(text, form):
    assert form in hit_texts(UntranslatedAbbreviation, text, source="de")


@pytest.mark.negative
@pytest.mark.parametrize("text", PASSES)
def test_passes(text):
    assert hit_texts(UntranslatedAbbreviation, text, source="de") == []
