"""MT503 untranslated-abbreviation, round 6: four kinds of German shorthand a blind evaluation found
still missed, with English that looks alike (must stay quiet).

1. Federal and state office acronyms of the "Bundesamt/Landesamt für ..." kind ("BfJ", "BfR", "LfU",
   "BfDI"): a B or L, the "f" of "für", and capitals. wordfreq hardly knows the rarer ones in German
   (BfJ 1.1) and confuses others with English lower-case words ("bfr", "bfs"), so the frequency test
   missed them; the shape is German enough on its own. English news keeps the domestic
   intelligence agency (BfV) and the KfW, and its own "X for Y" acronyms start with other letters
   (DfE, TfL, PfP, CfD, IfG).
2. Academic and professional title chains: "Jun.-Prof.", "Priv.-Doz.", "Univ.-Prof." (two capitalised
   abbreviations joined by ".-"; English writes this shape only for its military ranks: "Lt.-Col.",
   "Maj.-Gen."), a German abbreviation before "Prof." or "Dr." ("apl. Prof.", "PD Dr."), "Dr." with a
   Latin faculty abbreviation ("Dr. habil.", "Dr. sc. techn.", "Dr. theol.") and "Dr. Dr.". English
   keeps "Dr." and "Prof." alone.
3. Units German writes after a number and English does not: "dt/ha" (Dezitonnen), "Ztr." (Zentner),
   "Pfd.", "Fm" (Festmeter), "U/min", "Gew.-%", "Vol.-%", "EL" (Esslöffel), Swiss "Mia." (Milliarden),
   "km/Std."; English units (kg, km/h, hp, rpm, tbsp, ha, t) and English "dt" elsewhere stay quiet.
4. Short all-capital German acronyms: ranks before a surname ("KOR Becker", "OB Reiter", "KBM
   Schulz"), party organs after a German party ("the BPT of the FDP", "the CDU's LPT"), and German
   league names in a football sentence ("plays in the OL", "promoted to the RL"); English acronyms
   in the same places stay quiet (the DOJ, the NHL, MLS, the FBI, the PM, the MPs of the SPD).
"""
from __future__ import annotations

import pytest

from mtcheck.rules.untranslated_abbreviation import UntranslatedAbbreviation
from tests.conftest import hit_texts

RULE = UntranslatedAbbreviation

OFFICE_FIRES = [
    ("The BfJ imposed a fine of 5 million euros on the platform.", "BfJ"),
    ("According to the BfR, the residues pose no health risk.", "BfR"),
    ("The BfS measured higher radiation levels near the plant.", "BfS"),
    ("The BfN wants more land set aside for wolves.", "BfN"),
    ("The BfE is responsible for the search for a repository.", "BfE"),
    ("The BfDI criticised the app's handling of data.", "BfDI"),
    ("The LfU warned of high ozone levels on Sunday.", "LfU"),
    ("The LfL advises farmers in Bavaria on crop rotation.", "LfL"),
    ("A spokesman for the LfD said the complaint was being examined.", "LfD"),
    ("The LfDI fined the hospital 100,000 euros.", "LfDI"),
    ("The BfG has been measuring the Rhine's water level since 1948.", "BfG"),
    ("Data from the BfS show a rise in radon in cellars.", "BfS"),
    ("The LfSt will process the tax returns electronically.", "LfSt"),
    ("The BfJ's decision can be appealed in court.", "BfJ"),
    ("Both the BfR and the BVL examined the samples.", "BfR"),
    ("The LfA granted the company a loan of two million euros.", "LfA"),
]

OFFICE_PASSES = [
    "The BfV monitors right-wing extremists.",
    "The BfV's annual report lists 38,000 extremists.",
    "The KfW lends money to small firms.",
    "The AfD won 20 percent of the vote in Thuringia.",
    "The DfE said schools would reopen in March.",
    "TfL raised fares on the Underground by 5 percent.",
    "The DfT approved the new rail line.",
    "The DfID budget was merged into the Foreign Office.",
    "Russia joined NATO's PfP programme in 1994.",
    "The CfD auction awarded contracts for offshore wind.",
    "The IfG think tank published a report on the civil service.",
    "The Federal Office of Justice (BfJ) imposed a fine.",
    "The BfJ (Federal Office of Justice) imposed a fine.",
    "Germany's Federal Institute for Risk Assessment, the BfR, found no risk.",
    "The federal agency BfR found no risk in the samples.",
    "The BfR, the federal risk assessment institute, found no risk.",
    "The Bundesamt für Justiz imposed the fine.",
    "The file was saved as report.BfR.pdf.",
    "The BfR-funded study was published in May.",
    "He bought an iPhone and a MacBook on eBay.",
    "McKinsey and PwC advised the ministry.",
    "The CfA at Harvard studies black holes.",
    "The TfGM network covers Manchester.",
    "The PfE group in the European Parliament grew.",
    "The RfP was issued in January.",
    "The DoJ, the MoD and the DfE issued statements.",
]

TITLE_FIRES = [
    ("Jun.-Prof. Lea Brandt leads the group.", "Jun.-Prof."),
    ("The study was led by Priv.-Doz. Thomas Keller.", "Priv.-Doz."),
    ("Univ.-Prof. Maria Huber spoke at the opening.", "Univ.-Prof."),
    ("Hon.-Prof. Klaus Wendt teaches tax law.", "Hon.-Prof."),
    ("Ass.-Prof. Anna Gruber from Graz presented the results.", "Ass.-Prof."),
    ("apl. Prof. Jens Vogel heads the clinic.", "apl. Prof."),
    ("The team of apl. Prof. Vogel found the gene.", "apl. Prof."),
    ("According to PD Dr. Sabine Roth, the risk is low.", "PD Dr."),
    ("Dr. habil. Peter Lang was appointed director.", "Dr. habil."),
    ("Dr. sc. techn. Urs Meier developed the sensor.", "Dr. sc. techn."),
    ("The sermon was given by Dr. theol. Martin Sauer.", "Dr. theol."),
    ("Dr. Dr. Franz Albrecht chairs the ethics council.", "Dr. Dr."),
    ("Dr. rer. nat. Julia Kern analysed the samples.", "Dr. rer. nat."),
    ("Dr.-Ing. Stefan Roth designed the bridge.", "Dr.-Ing."),
    ("Dipl.-Kfm. Walter Busch is the new treasurer.", "Dipl.-Kfm."),
    ("The lecture by Dr. oec. Ralf Hahn was cancelled.", "Dr. oec."),
    ("Vertr.-Prof. Nina Weiss took over the chair.", "Vertr.-Prof."),
    ("Dr. agr. Hans Moser studies soil erosion.", "Dr. agr."),
]

TITLE_PASSES = [
    "Prof. Lea Brandt leads the group.",
    "Dr. Thomas Keller led the study.",
    "Prof. Weber and Dr. Weber are siblings.",
    "Lt.-Col. Smith led the troops into the town.",
    "Maj.-Gen. Brown and Lt.-Gen. Jones inspected the base.",
    "Brig.-Gen. Taylor visited the troops in Kabul.",
    "The Lt.-Cdr. of the frigate was relieved of command.",
    "The U.S.-led coalition bombed the base.",
    "Assoc. Prof. Jane Doe and Asst. Prof. John Roe wrote the paper.",
    "Dr. Smith, Dr. Jones and Dr. Brown signed the letter.",
    "The report, see Dr. Lang, was published.",
    "The clinic is run by Dr. Lang. Dr. Moser joined in May.",
    "Emeritus Prof. Jens Vogel died at 90.",
    "The St.-Jean festival starts on Friday.",
    "The vote took place in St.-Pol in June.",
    "The PD officers arrested the suspect.",
    "The PD chief, Dr. Ross, resigned.",
    "She met Dr. Who fans at the convention.",
    "Prof. Lang is a physicist, Dr. Lang a chemist.",
    "He thanked Dr. and Mrs. Lang for their help.",
    "The appointment of Dr. Ing to the board was approved.",
    "The Ph.D. student and Prof. Hill wrote the paper.",
    "Vol. 3 of the series, ed. Prof. Hill, appeared in 2001.",
    "Prof. emer. Hill was present.",
    "The course, e.g. Prof. Hill's seminar, is popular.",
    "Rev. Dr. Martin Luther King Jr. spoke in 1963.",
]

UNIT_FIRES = [
    ("Wheat yields averaged 72 dt/ha this year.", "dt"),
    ("Farmers harvested 85 dt per hectare of barley.", "dt"),
    ("Mix the flour with 1 TL salt and the yeast.", "TL"),
    ("A pig weighed about 2 Ztr. at the time.", "Ztr."),
    ("The butcher sold 5 Pfd. of sausages.", "Pfd."),
    ("Each pack holds 2 Pfd. of coffee beans.", "Pfd."),
    ("The engine runs at 3,000 U/min at full load.", "U/min"),
    ("The alloy contains 12 Gew.-% chromium.", "Gew.-%"),
    ("The liqueur has 40 Vol.-% alcohol.", "Vol.-%"),
    ("Add 2 EL olive oil and stir.", "EL"),
    ("The deficit reached 3 Mia. francs.", "Mia."),
    ("Trains run at up to 160 km/Std. on the line.", "Std."),
    ("The company lost 45 Tsd. € last year.", "Tsd."),
    ("The port handled 12 Mio. t of cargo.", "Mio."),
    ("Germany imported 90 Mrd. m³ of gas.", "Mrd."),
    ("The beer has 5 Vol.-% and is brewed in Bamberg.", "Vol.-%"),
    ("Yields fell from 80 to 65 dt/ha because of the drought.", "dt"),
]

UNIT_PASSES = [
    "Wheat yields averaged 7.2 tonnes per hectare.",
    "The car reaches 160 km/h and has 150 hp.",
    "The engine runs at 3,000 rpm.",
    "Add 2 tbsp olive oil and 1 tsp salt.",
    "The forest covers 8 ha and the lake 3 km².",
    "The alloy contains 12% chromium by weight.",
    "The whisky has 40% ABV.",
    "The step size dt is 0.01 seconds.",
    "Set dt to 5 and run the simulation again.",
    "The DT 50 model was launched in 2010.",
    "He scored 2 EL Clasico goals last season.",
    "The 3 Mia Farrow films were shown on Sunday.",
    "Mia, 3, and her brother Ben, 5, were rescued.",
    "Tickets cost 5 euros; Fm radio stations are closing.",
    "He lost 5 lbs in a week.",
    "The company lost 45,000 euros last year.",
    "The port handled 12 million tonnes of cargo.",
    "Germany imported 90 billion cubic metres of gas.",
    "There were 2 EL players and 3 NBA players on the team.",
    "The 4 Fm stations broadcast the match.",
    "Exit 5 U/S of the bridge is closed.",
    "The dam holds 2 km³ of water.",
    "She ran 5 km in 20 min.",
    "The lira fell to 18 TL per dollar.",
    "Section 12 EL of the code applies.",
    "Set the step to dt = 0.5 and repeat the run.",
]

ORGAN_FIRES = [
    ("KOR Becker presented the crime statistics.", "KOR"),
    ("OB Reiter opened the Oktoberfest on Saturday.", "OB"),
    ("According to KBM Schulz, the fire started in the roof.", "KBM"),
    ("The investigation is led by KHK Meier and KOR Lang.", "KOR"),
    ("LKD Hoffmann heads the state criminal police office.", "LKD"),
    ("POR Klein said more officers would patrol the station.", "POR"),
    ("KBI Wagner coordinated the rescue.", "KBI"),
    ("The BPT of the FDP confirmed the party leader.", "BPT"),
    ("The LPT of the CDU elected a new chairman.", "LPT"),
    ("The SPD's LPT voted against the coalition deal.", "LPT"),
    ("The BDK of the Greens backed the arms deliveries.", "BDK"),
    ("The CSU's KV in Passau nominated him as candidate.", "KV"),
    ("The club now plays in the OL after two promotions.", "OL"),
    ("The team was promoted to the RL last season.", "RL"),
    ("Relegated from the VL, the club is rebuilding its squad.", "VL"),
    ("The reserve team plays in the LL and won 3-1 on Sunday.", "LL"),
    ("Top of the OL, the club hopes for promotion.", "OL"),
]

ORGAN_PASSES = [
    "The DOJ charged the suspect on Friday.",
    "The NHL season starts in October.",
    "He plays in MLS for the LA Galaxy.",
    "The FBI arrested the man in Ohio.",
    "The PM Johnson met the press.",
    "The MPs of the SPD voted against the bill.",
    "The MEPs of the CDU abstained.",
    "The HQ of the SPD is in Berlin.",
    "The CEO of the FDP-owned firm resigned.",
    "The PR of the AfD was criticised.",
    "The US of the 1950s was different.",
    "The OB van of the BBC was parked outside the stadium.",
    "The OB-GYN at the clinic saw 30 patients.",
    "The BPT of the company was low.",
    "The club now plays in the NFL.",
    "The team was promoted to the Premier League last season.",
    "Lyon, known as OL, beat PSG 2-1 in Ligue 1.",
    "OL Reign won the NWSL title.",
    "He switched from RL to union in 2010.",
    "The RL circuit of the radio was faulty.",
    "The LL Cool J concert was sold out.",
    "The VL model is top of the range, he said of the car.",
    "The NBA club now plays in a new arena.",
    "The EU of today is bigger than the EC of 1992.",
    "The KV of the reactor was measured.",
    "FBI agent Becker presented the statistics.",
    "UK police chief Becker presented the statistics.",
    "The club's CEO Smith presented the accounts.",
]

FIRES = OFFICE_FIRES + TITLE_FIRES + UNIT_FIRES + ORGAN_FIRES
PASSES = OFFICE_PASSES + TITLE_PASSES + UNIT_PASSES + ORGAN_PASSES


@pytest.mark.positive
@pytest.mark.parametrize(("text", "form"), FIRES)
def test_fires(text, form):
    assert form in hit_texts(RULE, text)


@pytest.mark.negative
@pytest.mark.parametrize("text", PASSES)
def test_passes(text):
    assert hit_texts(RULE, text) == []


def test_dev_set_is_large_enough():
    for fires, passes in ((OFFICE_FIRES, OFFICE_PASSES), (TITLE_FIRES, TITLE_PASSES),
                          (UNIT_FIRES, UNIT_PASSES), (ORGAN_FIRES, ORGAN_PASSES)):
        assert len(fires) >= 15 and len(passes) >= 25
