"""MT503 untranslated-abbreviation, round 9: German abbreviations left in English, by kind (everyday,
official and legal, ranks, school and university, medicine, business, units, sport, transport, places,
weekdays, titles, credits, classified ads, weather, periods), with English that looks alike (must stay
quiet): English abbreviations and acronyms, initials (also Indian English "KR Narayanan"), British police
ranks ("DI Sarah Jones"), US states ("Kansas City, Mo."), brands, places.

New kinds of knowledge this round:
1. ``before_number``: reference words before their number ("Gl. 7", "HRB 12345", "KW 12").
2. Dotted words with a context in ``[[undotted_abbreviations]]`` ("Mag. Eva Huber", "1. Hj.").
3. Feminine ranks of the ranks read before a name ("POKin Schulz", "PHMin Braun").
4. Classes: single weekdays in a date or an opening time ("Di., 14 May"), age groups ("Ü30"), number
   compounds ("Kd.-Nr.", "USt-IdNr."), film credits ("Kam.", "Schn."), "an OHG".
5. Named sentence contexts: police, fire_service, tournament, transport, price, sick_note.

Written by hand for development; no evaluation material was read.
"""
from __future__ import annotations

import pytest

from mtcheck.rules.untranslated_abbreviation import UntranslatedAbbreviation
from tests.conftest import hit_texts

FIRES = [
    # everyday, spaced and dotted
    ("The museum is closed on public holidays, s. a. the notice at the entrance.", "s. a."),
    ("Prices have risen sharply, u. E. mainly because of energy costs.", "u. E."),
    ("The book appeared o. J. in a small edition in Leipzig.", "o. J."),
    ("The meeting on 14 March d. J. was postponed.", "d. J."),
    ("Applications must be submitted by the 15th d. M. at the latest.", "d. M."),
    ("The regulation applies in the version a. F. until the end of the year.", "a. F."),
    ("The offer is valid ausschl. for new customers.", "ausschl."),
    ("The building was urspr. planned as a school.", "urspr."),
    ("The club meets allg. on the first Monday of the month.", "allg."),
    ("The study was carried out by a wiss. team from Bonn.", "wiss."),
    ("The payment is made zzgl. shipping costs.", "zzgl."),
    # official and legal
    ("The court ruled in its Urt. v. 12 March 2021 that the fee was unlawful.", "Urt."),
    ("The Beschl. of the city council was challenged by residents.", "Beschl."),
    ("The case is filed under Gz. 4 K 123/22.", "Gz."),
    ("The rule is set out in sentence 2 Hs. 1 of the provision.", "Hs."),
    ("The damage claim is based on § 823 Abs. 1 BGB i. S. d. law of torts.", "i. S. d."),
    ("The fine was imposed under the law n. F. that took effect in January.", "n. F."),
    ("Anyone who violates the rules commits an OWi and must pay a fine.", "OWi"),
    ("The prosecutor charged him under the StGB with fraud.", "StGB"),
    ("The judges referred to the ZPO in their decision.", "ZPO"),
    # ranks, police, fire, military
    ("KHKin Weber from the criminal investigation department led the search.", "KHKin"),
    ("POKin Schulz said the driver had been drinking.", "POKin"),
    ("According to PHMin Braun, nobody was injured.", "PHMin"),
    ("PK Hoffmann stopped the car on the motorway.", "PK"),
    ("KK Neumann took the witness statements.", "KK"),
    ("BI Krause led the firefighters into the building.", "BI"),
    ("KBR Lehmann praised the volunteers for their work.", "KBR"),
    ("SBI Wolf said the fire had started in the kitchen.", "SBI"),
    ("Obst. Keller commands the battalion in Hammelburg.", "Obst."),
    ("OStGefr. Becker was awarded a medal for bravery.", "OStGefr."),
    ("The fire was reported to the ILS shortly after midnight.", "ILS"),
    ("The injured man was taken to hospital in a KTW.", "KTW"),
    # school and university
    ("Lectures in the WiSe 2023/24 begin on 16 October.", "WiSe"),
    ("The seminar will be offered again in the SoSe 2024.", "SoSe"),
    ("Pupils in Kl. 5 learn English and French.", "Kl."),
    ("The pupils of Jgst. 11 visited the parliament.", "Jgst."),
    ("OStR Maier teaches history and German at the grammar school.", "OStR"),
    ("StD Fischer has been head of the school since 2015.", "StD"),
    # medicine
    ("The patient was admitted with V. a. pneumonia.", "V. a."),
    ("The man was treated in the ZNA of the university hospital.", "ZNA"),
    ("Take one Tbl. three times a day after meals.", "Tbl."),
    ("Members of the GKV pay an additional contribution from January.", "GKV"),
    ("The new MVZ in the town centre has four GPs.", "MVZ"),
    ("Employees must submit an AU from the third day of illness.", "AU"),
    # business and company forms
    ("For questions, contact Fa. Schneider in Ulm.", "Fa."),
    ("The shop is run by Inh. Peter Wagner.", "Inh."),
    ("The company is registered under HRB 12345 at the local court.", "HRB"),
    ("Please quote your Kd.-Nr. when you call.", "Kd.-Nr."),
    ("The spare part has Art.-Nr. 4711 in the catalogue.", "Art.-Nr."),
    ("Please transfer the amount quoting the Rg.-Nr. on the invoice.", "Rg.-Nr."),
    ("The company was founded in 1998 as a GbR by two brothers.", "GbR"),
    ("The bakery was converted into an OHG in 2010.", "OHG"),
    ("The transfer goes to Kto. 123456 at the savings bank.", "Kto."),
    ("Please state the BLZ and the account number.", "BLZ"),
    ("The USt-IdNr. must appear on every invoice.", "USt-IdNr."),
    # units and numbers
    ("Heavy rain brought up to 40 l/qm in a few hours.", "l/qm"),
    ("Add 1 Pck. baking powder and stir well.", "Pck."),
    ("Season with 1 Msp. nutmeg and a little salt.", "Msp."),
    ("Stir in 300 g TK peas and simmer for five minutes.", "TK"),
    # sport
    ("Germany won the WM in Brazil in 2014.", "WM"),
    ("The team was knocked out of the EM in the group stage.", "EM"),
    ("Bayern won 2:1 n. V. after a dramatic second half.", "n. V."),
    ("The final ended 5:4 i. E. after a goalless draw.", "i. E."),
    ("The club was promoted to the KL after a strong season.", "KL"),
    ("The reserves play in the KOL next season.", "KOL"),
    ("The Ü30 team won the county cup.", "Ü30"),
    # transport
    ("The train to Munich departs from Gl. 7.", "Gl."),
    ("The accident happened near the AS Würzburg-Heidingsfeld.", "AS"),
    ("Traffic backed up to the AK Kamen in the evening.", "AK"),
    ("Passengers must switch to SEV buses between the two stations.", "SEV"),
    ("The buses leave from the ZOB every 20 minutes.", "ZOB"),
    ("The Abf. of the train was delayed by 20 minutes.", "Abf."),
    ("The Fzg. was towed away by the police.", "Fzg."),
    # addresses and regions
    ("The festival takes place in Freiburg i. Br. every summer.", "i. Br."),
    ("He was born in Frankfurt a. M. in 1962.", "a. M."),
    ("The company is based in Bad Homburg v. d. H. near Frankfurt.", "v. d. H."),
    ("The new plant is located in the LK Rosenheim.", "LK"),
    ("The village belongs to the VGem Hahnbach.", "VGem"),
    # weekdays and months
    ("The office is open Di., 14 May, from 9 am.", "Di."),
    ("The market takes place every Sa. from 8 am to 1 pm.", "Sa."),
    ("The exhibition opens on Mi., 3 April, at 7 pm.", "Mi."),
    ("The shop is closed Mo. and open Di.-Sa. from 10 am.", "Mo."),
    # titles
    ("The contract was drawn up by RAin Julia Berger.", "RAin"),
    ("Mag. Eva Huber is the new head of the department.", "Mag."),
    ("The speech was given by Dkfm. Karl Moser.", "Dkfm."),
    ("Her tax advisor, StB Martin Roth, was not available for comment.", "StB"),
    # media credits
    ("(Kam. Jan Fehse; Schn. Eva Roth)", "Kam."),
    ("The documentary (Drehb. Anna Keller) will be shown on Sunday.", "Drehb."),
    ("The talk show (Mod. Anne Will) returns in autumn.", "Mod."),
    # classified ads
    ("Flat for rent: 2 rooms, 850 euros plus NK, deposit 3 months.", "NK"),
    ("VW Golf, EZ 03/2018, 85,000 km, 12,500 euros VB.", "EZ"),
    ("Sofa in good condition for 200 euros VHB.", "VHB"),
    ("Room in a WG near the university, 400 euros a month.", "WG"),
    ("Flat with FBH and fitted kitchen, 950 euros warm.", "FBH"),
    # weather
    # time, periods
    ("Sales rose by 5 per cent in the 1. Hj. 2024.", "Hj."),
    ("The road will be closed in KW 12 for repairs.", "KW"),
    ("The figures for the 3. Qu. will be published in November.", "Qu."),
]

PASSES = [
    # English abbreviations and acronyms that look alike
    "The company reported revenue of $2 bn in the third quarter.",
    "The flight leaves at 10 a.m. from Terminal 2.",
    "Sales rose in H1 2024 and fell in Q3.",
    "The WHO and the IMF warned of a slowdown.",
    "He scored 20 goals in the MLS last season.",
    "The NHL season starts in October.",
    "The AU summit in Addis Ababa ended on Sunday.",
    "The African Union (AU) sent observers.",
    "The PS5 sold out within hours.",
    "He wrote a PS at the end of the letter.",
    "The DI water is used in the laboratory.",
    "The HRB format is used by the camera.",
    "The KL Tower is the tallest building in Kuala Lumpur.",
    "He flew from KL to Singapore on Friday.",
    "The GKN plant in Birmingham will close.",
    "Her PK scores were the best in the class.",
    "The EM spectrum includes visible light.",
    "She works as an EM physician in Boston.",
    "The WM plant in Ohio employs 400 people.",
    "The SEV team is based in Norway.",
    "Fr. Murphy celebrated Mass on Sunday.",
    "Mo Farah won the 10,000 metres.",
    "Sa Pa is a town in northern Vietnam.",
    "The NK cells attack infected cells.",
    "The show airs on Sat. and Sun. evenings.",
    "The store is open Mon.-Fri. from 9 am.",
    "Mag. 7 is the lightest calibre in the range.",
    "The article appeared in Time mag. last week.",
    "She holds a B.Sc. in chemistry and an M.A. in history.",
    "The rifle's Kl. designation was never explained.",
    "Vol. 3 of the series will appear in spring.",
    "See Fig. 2 and Table 1 for details.",
    "The Rt. Hon. member for Bath spoke first.",
    "Lt. Col. James Smith led the unit.",
    "Sgt. Pepper's Lonely Hearts Club Band was released in 1967.",
    "Gov. Newsom signed the bill on Tuesday.",
    "The case Smith v. Jones was decided in 1998.",
    "Under 18 U.S.C. § 1030, hacking is a crime.",
    "The Act was amended by s. 12 of the 2010 Act.",
    "The ruling cited Art. 5 of the convention.",
    "J. R. R. Tolkien wrote The Hobbit.",
    "The research was led by Dr. A. B. Smith.",
    "Washington, D.C. is the capital.",
    "The meeting is at 3 p.m. in Room 4.",
    "The KW rating of the engine is 150.",
    "The engine delivers 110 kW at 5,000 rpm.",
    "The Ltd. company was dissolved in 2019.",
    "Inc. magazine ranked the firm first.",
    "The Gym is open daily from 6 am.",
    "He finished his MSc at the LSE.",
    "The EZ Pass is used on toll roads.",
    "They took the WG Grace stand at Bristol.",
    "The Bft platform handles payments.",
    "The TK Maxx store opened in May.",
    "Add 1 tbsp olive oil and 2 tsp salt.",
    "Mix 1 cup flour with 2 tsp baking powder.",
    "The AS Roma coach was sacked.",
    "AK Steel shares fell on Monday.",
    "The LK-99 superconductor claims were rejected.",
    "The ILS approach was used in fog.",
    "The FH-70 howitzer is still in service.",
    "The KR-20 test has high reliability.",
    "Di Maria scored the winner for Argentina.",
    "Mi Hyun Kim won the tournament.",
    "The StB shares were suspended.",
    "Visitors from the UK need a passport.",
    "The VB macro failed to run.",
    "The FBH handles federal buildings.",
    "Munich is in Upper Bavaria, Germany.",
    "The film was shot in Frankfurt am Main and Berlin.",
    "He studied at the University of Freiburg.",
    "Helmut Kohl and Angela Merkel led the CDU.",
    "The BMW i3 was built in Leipzig.",
    "The SAP headquarters are in Walldorf.",
    "Deutsche Bank AG reported a profit.",
    "The DAX rose 1 percent on Friday.",
    "ZDF and ARD broadcast the match.",
    "Bayern Munich beat Dortmund 2-1 in extra time.",
    "The final ended 5-4 on penalties after a goalless draw.",
    "Germany won the World Cup in Brazil in 2014.",
    "Take one tablet three times a day.",
    "The patient was admitted with suspected pneumonia.",
    "The DWDM network carries data over fibre.",
    "Pupils in Year 5 learn French.",
    "The train departs from platform 7.",
    "PS: Don't forget the keys.",
    "The rally in KL drew thousands.",
    "Heavy rain brought up to 40 mm in a few hours.",
    "DI Sarah Jones of Thames Valley Police said the investigation was continuing.",
    "The 1.5 TSI engine develops 150 PS and 250 Nm.",
    "Police in Kansas City, Mo., said two people were injured.",
    "The storm hit St. Louis, Mo., on Friday night.",
    "Former president KR Narayanan visited the flood victims.",
    "Principal secretary PK Mishra chaired the meeting.",
    "KK Shailaja, the former health minister, spoke to reporters.",
    "LK Advani and AK Antony attended the ceremony.",
    "SBI Chairman Dinesh Khara announced the results.",
    "The DWD, Germany's weather service, warned of storms.",
    "FH Aachen University of Applied Sciences opened a new campus.",
    "In 64 AD Rome burned for six days.",
    "Blk 123 Ang Mo Kio is a typical HDB flat block.",
    "Ing. Carlos Slim Helú is one of the richest men in Mexico.",
    "He studied at the TU Munich and later at MIT.",
    "The EM algorithm converged after ten iterations.",
    "Police arrested the driver on the motorway near Kamen.",
    "The shop offers 20 percent off for the over-50s.",
    "His customer number is printed on the invoice.",
    "The VB team won the match on Saturday.",
]


# More forms of the same kinds (written after the first measurement, as regression tests).
MORE_FIRES = [
    ("StRin Hoffmann teaches maths and physics.", "StRin"),
    ("BOI Hartmann said the fire brigade arrived within minutes.", "BOI"),
    ("The firm is entered in the register under HRA 4567.", "HRA"),
    ("The lorry overturned on the BAB 3 near Regensburg.", "BAB"),
    ("Please have your Kunden-Nr. ready when you call.", "Kunden-Nr."),
    ("The Ü50 party in the town hall was sold out.", "Ü50"),
    ("Zgf. Berger was injured during the exercise.", "Zgf."),
    ("The trade fair takes place in Weiden i. d. OPf. in May.", "i. d. OPf."),
    ("The patient was admitted Z. n. knee surgery.", "Z. n."),
    ("Since January, doctors send the eAU directly to the health insurer.", "eAU"),
    ("Give the child 10 Trpf. before bedtime.", "Trpf."),
    ("The contract was signed by Prok. Anna Lang.", "Prok."),
    ("The talk is on Mi., 5 June, at 6 pm in the library.", "Mi."),
    ("The shop is closed on Sa. and public holidays.", "Sa."),
    ("Customs found the drugs in a car at the AS Kiefersfelden.", "AS"),
]

MORE_PASSES = [
    "Fr. Murphy will celebrate Mass on Sunday, 14 May.",
    "The Missouri city of Springfield, Mo., 30 miles away, was spared.",
    "The company's Merck KGaA and Müller OHG units were merged.",
    "He joined the Over-50s club last year.",
    "The item number is printed on the box.",
    "The Lt.-Col. gave a speech.",
    "AS Monaco beat Lille on Sunday.",
    "The new PK-1 rocket was launched.",
    "Kunden in Europe is a Danish company.",
]


@pytest.mark.positive
@pytest.mark.parametrize(("text", "form"), FIRES + MORE_FIRES)
def test_fires(text, form):
    assert form in hit_texts(UntranslatedAbbreviation, text, source="de")


@pytest.mark.negative
@pytest.mark.parametrize("text", PASSES + MORE_PASSES)
def test_passes(text):
    assert hit_texts(UntranslatedAbbreviation, text, source="de") == []


@pytest.mark.positive
def test_feminine_rank_is_one_hit_with_its_rank_named():
    hits = hit_texts(UntranslatedAbbreviation, "KHKin Weber and POKin Schulz led the search.", source="de")
    assert hits == ["KHKin", "POKin"]


@pytest.mark.positive
def test_weekday_range_and_single_day_in_one_sentence():
    text = "The shop is closed Mo. and open Di.-Sa. from 10 am."
    assert hit_texts(UntranslatedAbbreviation, text, source="de") == ["Mo.", "Di.-Sa."]


@pytest.mark.negative
def test_context_entries_need_their_context():
    for text in ("The WM plant in Ohio employs 400 people.", "The VB macro failed to run.",
                 "Gl. Smith signed the form.", "The 1. Hj Smith label.", "The NK cells attack infected cells."):
        assert hit_texts(UntranslatedAbbreviation, text, source="de") == [], text
