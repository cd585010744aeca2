"""MT503 untranslated-abbreviation, round 5: four kinds of German shorthand a blind evaluation found
still missed, with English that looks alike (must stay quiet).

1. Spaced letters with full stops, at least one lower-case ("o. r." oben rechts, "u. l.", "m. W.",
   "i. e. S.", "o. J."): German typography spaces its letter abbreviations; English writes its few
   unspaced ("e.g.", "i.e.", "a.m."), and the spaced "e. g.", "i. e.", "a. m.", "p. m." are English
   too (old-fashioned, but not a translation error): left alone. Initials are capitals ("J. R. R.").
2. German ranks and titles before a name ("Oblt.", "Hptm.", "OFw.", "StFw.", "PHM", "POK"): listed in
   the pack, the upper-case police and fire-brigade ones only before a capitalised name ("POM" is
   also an English word); unlisted ones by shape: a capitalised stem ending in two consonants, known
   to German and never written by English, cut off by a full stop before a surname ("Uffz. Meyer").
   English keeps "Dr.", "Prof.", "Gen.", "Lt.", "Col.", "Maj.", "Sgt.", "Capt.", "Insp.", "Det.".
3. League and floor abbreviations after an ordinal ("2. BL", "1. HBL", "3. OG"): "2. Bundesliga",
   "3. Liga" and club names ("1. FC Köln", "1. FSV Mainz 05") are names English keeps; floor and
   house-type abbreviations of property adverts ("DG", "EG", "DHH", "EBK") only in a sentence about
   a flat or a house ("DG" is also a Director-General).
4. All-capital German acronyms English hardly writes, left unexplained ("BAFA", "NGG", "JVA", "IHK",
   "DLRG"): not the ones English news keeps (NATO, EU, SPD, CDU, BND, ZDF, DAX, ADAC, parties of
   Austria), nor glossed ones ("the NGG union", "(BAFA)"), nor part of a club's name ("TSG
   Hoffenheim"), nor capitals of a heading.
"""
from __future__ import annotations

import pytest

from mtcheck.rules.untranslated_abbreviation import UntranslatedAbbreviation
from tests.conftest import hit_texts

RULE = UntranslatedAbbreviation

SPACED_FIRES = [
    ("The top right picture (o. r.) shows the new town hall.", "o. r."),
    ("In the photo, u. l., the mayor can be seen with her deputy.", "u. l."),
    ("The picture at the bottom right (u. r.) was taken in 1950.", "u. r."),
    ("The top left image (o. l.) shows the old bridge.", "o. l."),
    ("Pictured v. l.: the coach, the captain and the mayor.", "v. l."),
    ("The award went, m. W., to a local firm for the first time.", "m. W."),
    ("The term is meant i. e. S. here, as the court said.", "i. e. S."),
    ("The book (o. J.) was printed in Leipzig.", "o. J."),
    ("The figures for the year (d. J.) are higher than expected.", "d. J."),
    ("Sales were up on the previous year (v. J.) by 4 percent.", "v. J."),
    ("The village lies 400 metres ü. d. M. in the Black Forest.", "ü. d. M."),
    ("The decision was, u. E., premature.", "u. E."),
    ("Appointments are possible n. V. with the practice.", "n. V."),
    ("The mayor of Frankfurt a. M. opened the fair.", "a. M."),
    ("The party, m. M. n., has lost its way.", "m. M. n."),
    ("The route (s. a. the map) crosses the river twice.", "s. a."),
    ("O. r. you can see the new station building.", "O. r."),
]

SPACED_PASSES = [
    "Fruit, e. g. apples and pears, is cheaper this year.",
    "The talks, i. e. the second round, begin on Monday.",
    "The train leaves at 7 a. m. and arrives at 3 p. m.",
    "Fruit, e.g. apples, and vegetables, i.e. carrots, are cheaper.",
    "The meeting starts at 10 a.m. and ends at 2 p.m.",
    "J. R. R. Tolkien and T. S. Eliot were both in Oxford.",
    "The letter was signed by H. G. Wells and G. K. Chesterton.",
    "The U. S. and the U. K. signed the agreement.",
    "He studied at M. I. T. before moving to Berlin.",
    "The singer, a.k.a. the Boss, played for three hours.",
    "The Ph. D. thesis was published in 2010.",
    "Read pp. 12-14 and p. 20 of the report.",
    "Vitamin C is given i.v. in hospital.",
    "Please RSVP by Friday; N.B. the venue has changed.",
    "The empire fell in 476 A.D., centuries after 44 B.C.",
    "Mr. and Mrs. Smith arrived at 6 p.m. sharp.",
    "The St. Louis Cardinals beat the L.A. Dodgers.",
    "Washington, D.C. is the capital of the U.S.",
    "He ran 100 m. in 10 s. flat, the record at the time.",
    "She wrote to A. N. Other about the plan.",
    "The first option (a) and the second (b) were rejected.",
    "Options a, b and c are on the table.",
    "The Rev. J. Smith led the service on Sunday.",
    "The villa of E. M. Forster was sold last year.",
    "The vote was 5-4, i.e. a narrow majority.",
    "Cf. the annual report, which gives more detail.",
    "The ballot took place on Oct. 3; P.S. the results follow.",
]

RANK_FIRES = [
    ("Oblt. Schneider commands the platoon in Munster.", "Oblt."),
    ("Hptm. Weber was in charge of the company.", "Hptm."),
    ("OFw. Becker trained the new recruits.", "OFw."),
    ("StFw. Hoffmann has served for 30 years.", "StFw."),
    ("The squad was led by Fw. Krüger.", "Fw."),
    ("HptFw. Schulz is responsible for the barracks.", "HptFw."),
    ("Uffz. Meyer was injured in the accident.", "Uffz."),
    ("Oberstlt. Wagner spoke to the press.", "Oberstlt."),
    ("PHM Müller arrested the suspect at the station.", "PHM"),
    ("POK Schmidt confirmed the accident on the motorway.", "POK"),
    ("According to POM Fischer, the driver was drunk.", "POM"),
    ("KOK Richter is leading the investigation.", "KOK"),
    ("The fire was fought under OBM Braun.", "OBM"),
    ("Gefr. Hartmann was on guard that night.", "Gefr."),
    ("OStR Wolf teaches history at the grammar school.", "OStR"),
    ("KptLt. Sommer commands the submarine.", "KptLt."),
    ("Dr. med. Lange treated the patients.", "Dr. med."),
]

RANK_PASSES = [
    "Dr. Schneider treated the patient in hospital.",
    "Prof. Weber gave a lecture on climate change.",
    "Gen. Milley met his German counterpart in Berlin.",
    "Lt. Col. Smith and Maj. Brown led the exercise.",
    "Sgt. Jones and Cpl. Evans were decorated.",
    "Capt. Hook and Adm. Nelson are famous sailors.",
    "Insp. Morse and Det. Lewis solved the case.",
    "Brig. Gen. Taylor visited the troops in Kabul.",
    "Pvt. Ryan and Pfc. Miller were rescued.",
    "Mr. Schneider and Mrs. Weber met Ms. Becker.",
    "Rev. King and Sen. Warren spoke at the rally.",
    "Gov. Newsom and Rep. Pelosi visited the site.",
    "St. Pauli beat Hamburg in the derby.",
    "The pom-poms of the cheerleaders were red.",
    "He likes his POM juice in the morning.",
    "The kok of the ship was Dutch.",
    "The PHM lecture series starts in May.",
    "The ship's crew saluted. Schneider then spoke.",
    "The soldiers ate their rations. Meyer said they were cold.",
    "He grew up in Ansbach. Schmidt moved there later.",
    "She works in Hamburg. Weber lives in Kiel.",
    "The Oberstleutnant gave the order.",
    "Mt. Everest and Ft. Worth are far apart.",
    "Msgr. Ryan blessed the new church.",
    "The firm is called Smith Bros. Ltd. and is based in Leeds.",
    "He studied at the Technical University. Müller joined him later.",
]

LEAGUE_FIRES = [
    ("Hamburg lead the 2. BL by four points.", "BL"),
    ("Schalke were relegated to the 2. BL last season.", "BL"),
    ("The club hopes to return to the 1. BL next year.", "BL"),
    ("Kiel are top of the 1. HBL after ten games.", "HBL"),
    ("The flat is on the 3. OG and has a balcony.", "OG"),
    ("The apartment on the 2. OG has three rooms.", "OG"),
    ("The office is on the 1. OG of the building.", "OG"),
    ("The 2-room flat in the DG has a view of the Alps.", "DG"),
    ("DG apartment, 65 square metres, rent 900 euros.", "DG"),
    ("The flat in the EG has a small garden and a terrace.", "EG"),
    ("The DHH with garden is for sale for 450,000 euros.", "DHH"),
    ("The apartment has an EBK and a balcony.", "EBK"),
    ("3 ZKB flat with balcony, rent 850 euros.", "ZKB"),
    ("The house has a TG space and a cellar; the flat costs 1,200 euros rent.", "TG"),
    ("The ETW with two rooms is for sale in the city centre.", "ETW"),
    ("The 2. BuLi restarts in August.", "BuLi"),
    ("The EFH with a large garden was sold in spring.", "EFH"),
]

LEAGUE_PASSES = [
    "Hamburg lead the 2. Bundesliga by four points.",
    "Dynamo Dresden play in the 3. Liga this season.",
    "1. FC Köln beat 1. FSV Mainz 05 on Saturday.",
    "1. FC Union Berlin qualified for the Champions League.",
    "1. FC Nürnberg and 1. FC Kaiserslautern drew 1-1.",
    "The 1. FFC Frankfurt women's team won the cup.",
    "SSV Ulm 1846 and 1. FC Heidenheim were promoted.",
    "The DG for Competition at the European Commission opened a probe.",
    "The WHO's DG warned of a new wave of infections.",
    "The EG was founded in 1957 as a common market.",
    "The OG rapper released a new album.",
    "The BL of the two signals is equal.",
    "He is a DG of the World Trade Organization.",
    "The TG article was published on Monday.",
    "The TG Foundation funds research into rare diseases.",
    "1. NATO will send more troops. 2. The EU will pay.",
    "The list: 1. EU, 2. UN, 3. WHO.",
    "TSG Hoffenheim beat RB Leipzig 2-1.",
    "The 2. Bundesliga season starts in July.",
    "The 3. Liga is the third tier of German football.",
    "VfL Wolfsburg and SV Werder Bremen drew.",
    "FC Bayern won the Bundesliga again.",
    "The DHH framework for web apps is popular.",
    "The EBK and the EU agreed on the rules.",
    "The EBK grant was renewed in 2020.",
]

CAPS_FIRES = [
    ("The BAFA has approved 400,000 applications.", "BAFA"),
    ("The NGG called on workers to strike.", "NGG"),
    ("The prisoner escaped from the JVA in the night.", "JVA"),
    ("The IHK warned of a shortage of apprentices.", "IHK"),
    ("The DLRG rescued two swimmers from the lake.", "DLRG"),
    ("The GEW wants smaller classes in primary schools.", "GEW"),
    ("The DOSB decided not to bid for the Olympics.", "DOSB"),
    ("The VZBV is suing the bank over its fees.", "VZBV"),
    ("According to the GKV, contributions will rise next year.", "GKV"),
    ("The KMK agreed on a common school-leaving exam.", "KMK"),
    ("The STIKO recommends a booster for the over-60s.", "STIKO"),
    ("The HWK said many bakeries are closing.", "HWK"),
    ("The event starts at 8 pm MESZ.", "MESZ"),
    ("The EVG rejected the offer of Deutsche Bahn.", "EVG"),
    ("The HVV will raise fares in January.", "HVV"),
    ("The BDEW expects gas prices to fall.", "BDEW"),
    ("The MVV has extended the night service.", "MVV"),
]

CAPS_PASSES = [
    "The SPD and the CDU agreed on a coalition.",
    "NATO and the EU met in Brussels; the AfD protested.",
    "The BND is Germany's foreign intelligence service.",
    "The BBC reported that GDP fell in the third quarter.",
    "ZDF and ARD broadcast the debate live.",
    "The DAX rose 1 percent on Friday.",
    "The ADAC warned of traffic jams at Easter.",
    "The FPÖ and the ÖVP formed a coalition in Vienna.",
    "The SPÖ lost votes in the election.",
    "The Federal Office for Economic Affairs (BAFA) has approved the applications.",
    "The NGG union called on workers to strike.",
    "The food workers' union NGG called for a strike.",
    "The BAFA, the federal export control agency, approved the deal.",
    "TSG Hoffenheim beat VfB Stuttgart on Sunday.",
    "The FIFA and UEFA presidents met in Zurich.",
    "NASA and ESA will launch the probe in 2026.",
    "The IMF and the OECD cut their forecasts.",
    "BREAKING NEWS: STORM HITS THE COAST",
    "The DFB and the DFL agreed on the new rules.",
    "The RKI reported 5,000 new infections.",
    "The BKA is investigating the attack.",
    "The IHK-funded course starts in May.",
    "Tickets are available at www.hvv.de and by phone.",
    "The HVV transport association will raise fares.",
    "The ZEW index of investor sentiment fell.",
    "The ICE from Munich was late; the CEO apologised.",
    "The social partners ÖGB and the Chamber of Commerce called for incentives.",
    "The Direktbank DKB lowered its allowance to 25,000 euros.",
    "RBTV promised a lot, and the OSCAST podcast festival returns.",
    "The USA and the UK imposed sanctions.",
]

FIRES = SPACED_FIRES + RANK_FIRES + LEAGUE_FIRES + CAPS_FIRES
PASSES = SPACED_PASSES + RANK_PASSES + LEAGUE_PASSES + CAPS_PASSES


@pytest.mark.positive
@pytest.mark.parametrize(("text", "form"), FIRES)
def test_fires(text, form):
    assert form in hit_texts(RULE, text)


@pytest.mark.negative
@pytest.mark.parametrize("text", PASSES)
def test_passes(text):
    assert hit_texts(RULE, text) == []


def test_dev_set_is_large_enough():
    for fires, passes in ((SPACED_FIRES, SPACED_PASSES), (RANK_FIRES, RANK_PASSES),
                          (LEAGUE_FIRES, LEAGUE_PASSES), (CAPS_FIRES, CAPS_PASSES)):
        assert len(fires) >= 15 and len(passes) >= 25
