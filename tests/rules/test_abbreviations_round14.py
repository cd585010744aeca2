"""MT503 untranslated-abbreviation, round 14: German abbreviations by their shape and kind, with English that
looks alike (must stay quiet).

1. Pharmacy: package sizes and dosages ("10 Filmtbl.", "100 ml Fl.", "1 Msl."), prescription status
   ("verschreibungspfl."), the medicines acts ("the AMG", "the AMVV") in a sentence about medicines.
2. Pet and horse adverts: "kastr.", "EKH"/"BKH" (cat breeds), "Stm. 1.46 m" (Stockmaß), riding classes ("Kl. S").
3. Units after a number: "per lfm", "2.5 million Lj.", "0.6 AE", "184,000 BRZ"; insurance excess ("300 euros SB").
4. Bodies by their German letters in a sentence about their sector: waterways ("the WSA", "the NOK"), collective
   bargaining ("the TdL", "the TV-L", "the ÖD", "the AGV", "the ZDS"), sport ("the LSB", "the KSB").
5. Press and table furniture: "Akt. 17:45", "Forts. on page 14", "Bildq.:", "Text: Vf.", "Anz.", "Lfg.",
   "Tordiff."; history: "the NS era"; statutes: "the BKleingG".

Written by hand for development; no evaluation material was read other than the list of round 14's misses
(the first items of each list).
"""
from __future__ import annotations

import pytest

from mtcheck.rules.untranslated_abbreviation import UntranslatedAbbreviation
from tests.conftest import hit_texts

PHARMACY = [
    ("Paracetamol 500 mg, 10 Filmtbl., only in pharmacies.", "Filmtbl."),
    ("The drug is verschreibungspfl. and not available online.", "verschreibungspfl."),
    ("Online pharmacies must comply with the AMG.", "AMG"),
    ("Cough syrup, 100 ml Fl., 7.49 euros.", "Fl."),
    ("Dosage: 1 Msl. of syrup every six hours.", "Msl."),
    ("Prescription rules are set out in the AMVV.", "AMVV"),
    # variants of our own
    ("Vitamin C, 20 Brausetbl., 3.99 euros.", "Brausetbl."),
    ("Ibuprofen 400 mg, 50 Filmtbl., 5.95 euros at the pharmacy.", "Filmtbl."),
    ("Omega-3, 60 Weichkps., in every drugstore.", "Weichkps."),
    ("The painkiller is apothekenpfl. but not prescription-only.", "apothekenpfl."),
    ("The cream is rezeptpfl. in Germany since 2020.", "rezeptpfl."),
    ("Nasal spray, 20 ml Fl., 4.50 euros at the pharmacy.", "Fl."),
    ("Children take 2 Msl. of the syrup a day.", "Msl."),
    ("The pharmacy broke the AMG by selling the drug online.", "AMG"),
    ("Doctors must follow the AMVV when prescribing the drug.", "AMVV"),
    ("Pharmacists must document the drugs under the BtMVV.", "BtMVV"),
]

PETS_HORSES = [
    ("Tomcat, 4 years, kastr., looking for a quiet home.", "kastr."),
    ("Mila, EKH, two years old, gets along with other cats.", "EKH"),
    ("Pony mare, 5 years, Stm. 1.46 m, for experienced children.", "Stm."),
    ("He won the jumping test of Kl. S with a clear round.", "Kl. S"),
    # variants of our own
    ("Female cat, 2 years, kastr. and vaccinated, to a good home.", "kastr."),
    ("Rüde, 3 years, kastr., gets along with cats.", "kastr."),
    ("Felix, BKH, three years old, looking for a home with a garden.", "BKH"),
    ("Our EKH tomcat Moritz is looking for a new home.", "EKH"),
    ("Gelding, 8 years, Stm. 1.68 m, for sale.", "Stm."),
    ("She rode the mare to victory in the dressage of Kl. M.", "Kl. M"),
    ("The young horse is placed in show jumping up to Kl. L.", "Kl. L"),
]

UNITS = [
    ("Fence panels for 19.90 euros per lfm.", "lfm"),
    ("The galaxy is 2.5 million Lj. away.", "Lj."),
    ("The comet passes the sun at a distance of 0.6 AE.", "AE"),
    ("The cruise ship measures 184,000 BRZ.", "BRZ"),
    ("The policy costs 480 euros a year with 300 euros SB.", "SB"),
    # variants of our own
    ("The hedge costs 25 euros/lfm including planting.", "lfm"),
    ("The contractor laid 120 lfm of kerbstones.", "lfm"),
    ("The star is 4.2 Lj. from Earth.", "Lj."),
    ("The asteroid orbits the sun at 2.8 AE.", "AE"),
    ("The container ship of 95,000 BRZ ran aground in the Elbe.", "BRZ"),
    ("Comprehensive cover costs 600 euros with 500 euros SB.", "SB"),
    ("The insurance has an SB of 150 euros per claim.", "SB"),
]

BODIES = [
    ("The WSA closed the lock for three days.", "WSA"),
    ("Ships queued for hours at the entrance to the NOK.", "NOK"),
    ("The ZDS and the union agreed on a deal for 12,000 dock workers.", "ZDS"),
    ("The TdL rejected the union's demand as unaffordable.", "TdL"),
    ("Teachers in Berlin are paid according to the TV-L.", "TV-L"),
    ("Strikes in the ÖD hit daycare centres and rubbish collection.", "ÖD"),
    ("The regional AGV called the strike disproportionate.", "AGV"),
    ("The LSB pays clubs 500 euros for every new youth coach.", "LSB"),
    ("The KSB honoured 40 volunteers on Sunday.", "KSB"),
    # variants of our own
    ("The WSA Elbe ordered the dredging of the river.", "WSA"),
    ("The NOK was closed to large ships after a lock failure.", "NOK"),
    ("The TdL offered the union a pay rise of 5 percent.", "TdL"),
    ("Nurses in Hesse are paid under the TV-H.", "TV-H"),
    ("The union wants higher wages for everyone in the ÖD.", "ÖD"),
    ("The AGV rejected the union's pay demands.", "AGV"),
    ("The ZDS offered port workers a one-off payment.", "ZDS"),
    ("The LSB supports sports clubs with new gyms.", "LSB"),
    ("The KSB called on clubs to apply for funding.", "KSB"),
]

FURNITURE = [
    ("The post was marked Anz. only after complaints.", "Anz."),
    ("Akt. 17:45 – the police have lifted the closure.", "Akt."),
    ("Forts. on page 14", "Forts."),
    ("Photo: private | Text: Vf. unknown", "Vf."),
    ("Delivery of the new ferries: Lfg. from spring 2027.", "Lfg."),
    ("Table: 1. Kiel, 20 games, 36 points, Tordiff. +85", "Tordiff."),
    ("Bildq.: picture alliance", "Bildq."),
    ("The town hall was built in the NS era.", "NS"),
    ("Garden sheds are limited by the BKleingG to 24 square metres.", "BKleingG"),
    # variants of our own
    ("Akt. 09:30: The motorway has been reopened.", "Akt."),
    ("Forts. from page 1", "Forts."),
    ("Bildq.: dpa", "Bildq."),
    ("Text and photos: Vf. unknown", "Vf."),
    ("The advert is labelled Anz. in small print.", "Anz."),
    ("2. Flensburg, 20 games, 33 points, Tordiff. +61", "Tordiff."),
    ("The archive documents crimes of the NS regime in the city.", "NS"),
    ("Forced labourers were exploited during the NS dictatorship.", "NS"),
    ("Allotments are governed by the BKleingG.", "BKleingG"),
]

FIRES = PHARMACY + PETS_HORSES + UNITS + BODIES + FURNITURE

PASSES = [
    # pharmacy English
    "Drink 8 fl. oz. of water a day.",
    "Cough syrup, 4 Fl. oz., 7.49 dollars at the pharmacy.",
    "Children's cough syrup, 2 Tbsp. every six hours.",
    "The bottle holds 12 fl oz, about 355 ml.",
    "Tampa, Fla., police said the driver fled.",
    "Take 2 tabs. daily with food.",
    "The Mercedes-AMG GT costs 150,000 euros.",
    "The AMG team won the race at the Nürburgring.",
    "The summit is 1,200 m above MSL.",
    "Paracetamol 500 mg, 10 tablets, only in pharmacies.",
    "The drug is prescription-only and not available online.",
    "He was given a tsp. of honey for his cough.",
    "The film was shot on 35 mm film.",
    # pets, horses
    "Tomcat, 4 years, neutered, looking for a quiet home.",
    "Mila, a British Shorthair, gets along with other cats.",
    "The pony is 14.2 hands high.",
    "He flew from KL. to Singapore on Monday.",
    "The class S jumping test was won by a Swede.",
    "Kl. Smith was a well-known printer.",
    # units
    "The fence costs 19.90 euros per metre.",
    "The galaxy is 2.5 million light years away.",
    "The comet passes the sun at a distance of 0.6 AU.",
    "The cruise ship measures 184,000 GT.",
    "Brazil (BRZ) beat Argentina 2-1.",
    "The policy costs 480 euros a year with a 300 euro excess.",
    "SB 1047 was vetoed by the governor of California.",
    "She sold 300 shares of SB Financial.",
    "The LJ reported that 40 people were injured.",
    "AE Industrial bought the company for 300 million dollars.",
    "American English (AE) spells it differently.",
    "He paid 500 NOK for the ferry ticket.",
    "The price rose to NOK 1.2 billion.",
    # bodies
    "The NOK fell against the euro after the rate cut.",
    "Norway's NOK weakened as oil prices fell.",
    "The WSA World Surfing Awards were held in Sydney.",
    "Teachers in Berlin are paid according to a collective agreement.",
    "The union rejected the TV licence fee increase.",
    "The AGV moved pallets around the warehouse.",
    "The LSB of the register holds the parity bit.",
    "KSB shares rose after the pump maker raised its forecast.",
    "The KSB pump maker in Frankenthal hired 200 workers.",
    "The TDL of the project was postponed.",
    # furniture, history, statutes
    "The forts on the coast were built in 1870.",
    "Forts were built along the border.",
    "The ANZ bank cut its forecast.",
    "Act. 2 begins after the interval.",
    "He served in the Royal Navy (NS) during the war.",
    "Halifax, NS, had a snowstorm on Monday.",
    "The NS Savannah was the first nuclear merchant ship.",
    "Dutch NS trains were cancelled in the storm.",
    "Garden sheds are limited by the allotment law to 24 square metres.",
    "The Nazi era left its mark on the town hall.",
    "Bild: dpa",
    "Photo: private | Text: Maria Weber",
    "Delivery of the new ferries from spring 2027.",
    "Table: 1. Kiel, 20 games, 36 points, goal difference +85",
    "Vf. Zeppelin was the name of the team.",
]


@pytest.mark.parametrize(("text", "form"), FIRES)
def test_fires(text, form):
    assert form in hit_texts(UntranslatedAbbreviation, text, source="de")


@pytest.mark.parametrize(("text", "form"), FIRES)
def test_fires_only_that(text, form):
    hits = hit_texts(UntranslatedAbbreviation, text, source="de")
    assert hits == [form], hits


@pytest.mark.parametrize("text", PASSES)
def test_passes(text):
    assert hit_texts(UntranslatedAbbreviation, text, source="de") == []
