"""MT503 untranslated-abbreviation, round 12: German abbreviations by their shape and kind, with English that
looks alike (must stay quiet).

1. Classified car and travel adverts: dotted compounds cut down to a consonant skeleton ("Sitzhzg.",
   "Standhzg.", "NR-Fzg.": Heizung, Fahrzeug), abbreviated pairs before a German noun ("So.+Wi.-Reifen"),
   "1. Hd." (erste Hand), board and room shorthand in a hotel sentence ("with HP", "Du/WC").
2. Academic shorthand: "c.t."/"s.t." after a time, Latin faculty abbreviations after a degree ("Mag. pharm.",
   "lic. iur."), German gendered titles ("Prof.in", "Dr.in"), student jobs in camel case ("HiWi", "WiMis"),
   study and research shorthand in a sentence about study or research ("a degree in BWL", "a SFB").
3. School, church and sport bodies by their German acronym after "the", in a sentence about a school, a
   church or a sport ("The SMV organised ...", "The PGR of St. Martin ...", "The BDR suspended ..."), and
   titles before a name in a sentence about music or theatre ("GMD Anna Skryleva", "KS Günther Groissböck").
4. Ratings, tourism, wine and school subjects: "FSK 12", "a DSE" in a theatre sentence, "QbA", "the Div." in
   a sentence about shares, "the Gym." and "as a GK" in a sentence about school.

Written by hand for development; no evaluation material was read other than the list of round 12's misses
(the first items of each list).
"""
from __future__ import annotations

import pytest

from mtcheck.rules.untranslated_abbreviation import UntranslatedAbbreviation
from tests.conftest import hit_texts

ADVERTS = [
    ("Golf VII, 1. Hd., 89,000 km, 11,900 euros.", "Hd."),
    ("Passat estate, NR-Fzg., full service history.", "NR-Fzg."),
    ("Opel Astra with Sitzhzg. and parking sensors, 7,500 euros.", "Sitzhzg."),
    ("Camper van with Standhzg., ready for winter.", "Standhzg."),
    ("Polo, 2016, So.+Wi.-Reifen, 6,200 euros.", "So.+Wi.-Reifen"),
    ("Ford Fiesta, ATM at 120,000 km, 3,900 euros.", "ATM"),
    ("Seven nights in a double room with HP from 699 euros.", "HP"),
    ("Hotel with pool, all rooms with Du/WC.", "Du/WC"),
    # variants of our own
    ("BMW 320d, 2. Hd., 140,000 km, leather seats.", "Hd."),
    ("Family house with Zentralhzg. and a large garden for sale.", "Zentralhzg."),
    ("Golf Variant with Gashzg. in the garage, 4,000 euros.", "Gashzg."),
    ("Audi A4, Nichtraucherfzg., first owner, 9,800 euros.", "Nichtraucherfzg."),
    ("Skoda Octavia, NR-Fzg., tow bar, 8,400 euros.", "NR-Fzg."),
    ("Seat Ibiza, Alu.+Stahl-Felgen, 5,100 euros.", "Alu.+Stahl-Felgen"),
    ("Fiat Panda with Wi.-Reifen on steel rims, 2,900 euros.", "Wi.-Reifen"),
    ("VW Touran, new ATM at 80,000 km, diesel, 7,900 euros.", "ATM"),
    ("Three nights in a single room with VP from 320 euros per person.", "VP"),
    ("The hotel offers double rooms with ÜF from 89 euros a night.", "ÜF"),
    ("All rooms with DU/WC, TV and balcony.", "DU/WC"),
    ("The guesthouse has six rooms with Bad/WC and a sauna.", "Bad/WC"),
    ("A week at the hotel with HP costs 540 euros per person.", "HP"),
]

ACADEMIC = [
    ("He holds a degree in BWL from the University of Cologne.", "BWL"),
    ("The project is part of a SFB funded for twelve years.", "SFB"),
    ("Three WiMis and two student assistants work on the project.", "WiMis"),
    ("The HiWi positions are paid 13.25 euros an hour.", "HiWi"),
    ("Prof.in Anna Berger will give the opening lecture.", "Prof.in"),
    ("The lecture begins at 10 c.t. in lecture hall 1.", "c.t."),
    ("The seminar starts at 14:00 s.t.", "s.t."),
    ("Mag. pharm. Julia Wimmer runs the pharmacy on the main square.", "Mag. pharm."),
    ("lic. iur. Peter Meier chairs the commission.", "lic. iur."),
    ("The Ärztl. Dir. of the clinic rejected the allegations.", "Ärztl. Dir."),
    # variants of our own
    ("She studied BWL in Mannheim before joining the bank.", "BWL"),
    ("The DFG extended the SFB for another four years of research.", "SFB"),
    ("The institute is looking for two HiWis for the summer semester.", "HiWis"),
    ("As a WiMi, she teaches two seminars a week.", "WiMi"),
    ("The talk by Dr.in Maria Huber was cancelled.", "Dr.in"),
    ("The exam starts at 9 s.t. in room 204.", "s.t."),
    ("The colloquium begins at 16.15 c.t. on Thursday.", "c.t."),
    ("Mag. iur. Thomas Gruber represented the city.", "Mag. iur."),
    ("lic. phil. Ursula Keller wrote the report.", "lic. phil."),
    ("The Kaufm. Dir. of the hospital resigned on Monday.", "Kaufm. Dir."),
    ("The KiGa in the village is to be extended.", "KiGa"),
]

STATUTES = [
    ("Municipal heat plans are required under the WPG.", "WPG"),
    ("The tax on electricity is set in the StromStG.", "StromStG"),
    # variants of our own
    ("The levy on inheritances is calculated under the ErbStG.", "ErbStG"),
    ("Vehicle tax is set in the KraftStG and rises for older cars.", "KraftStG"),
    ("Cities must draw up heat plans under the WPG by 2028.", "WPG"),
]

BODIES = [
    ("The SMV organised a protest against the new timetable.", "SMV"),
    ("The BLLV called for smaller classes in Bavaria.", "BLLV"),
    ("The FöS in the town is to close next year.", "FöS"),
    ("The KGR decided to sell the parish hall.", "KGR"),
    ("The PGR of St. Martin elected a new chairwoman.", "PGR"),
    ("The DTB named its team for the Davis Cup.", "DTB"),
    ("The BDR suspended the rider with immediate effect.", "BDR"),
    ("GMD Anna Skryleva conducted the premiere.", "GMD"),
    ("KS Günther Groissböck sang the role of Baron Ochs.", "KS"),
    # variants of our own
    ("The SMV of the grammar school collected signatures for a new bike shed.", "SMV"),
    ("The VBE warned that schools lack teachers.", "VBE"),
    ("The KGR of the Protestant parish approved the budget.", "KGR"),
    ("The PGR wants the church to stay open on weekdays.", "PGR"),
    ("The DBK published new guidelines for the dioceses.", "DBK"),
    ("The DSV named six athletes for the World Cup opener.", "DSV"),
    ("The DHB extended the coach's contract until 2027.", "DHB"),
    ("The concert was conducted by GMD Markus Poschner.", "GMD"),
    ("KSin Camilla Nylund sang the Marschallin.", "KSin"),
    ("The BDR nominated four riders for the championships.", "BDR"),
    ("Pupils at the FöS will move to the new building in May.", "FöS"),
]

RATINGS = [
    ("The film is rated FSK 12.", "FSK"),
    ("The play is a DSE at the Schauspielhaus Graz.", "DSE"),
    ("The wine is a QbA from Rheinhessen.", "QbA"),
    ("The Div. is to rise to 2.10 euros per share.", "Div."),
    ("He teaches maths and physics at the Gym. in Passau.", "Gym."),
    ("She took biology as a GK and English as an advanced course.", "GK"),
    # variants of our own
    ("The thriller was released with FSK 16 in German cinemas.", "FSK"),
    ("The game is rated USK 18 in Germany.", "USK"),
    ("The production is a DSE of the award-winning play from London.", "DSE"),
    ("The Riesling is a QmP from the Mosel.", "QmP"),
    ("Shareholders will receive a Div. of 1.50 euros per share.", "Div."),
    ("She teaches German and history at the Gym. in Landshut.", "Gym."),
    ("He took maths as an LK and physics as a GK for his Abitur.", "LK"),
]

# written after the rules, to check they generalise (25 of 26 found untuned; the miss, "a DEA" for a German
# first performance, is left alone: the DEA is the US drug agency)
LATER = [
    ("Mercedes C-Class, Fußbodenhzg. not included, 3. Hd., 12,000 euros.", "Fußbodenhzg."),
    ("Renault Clio, NR-Fzg., So.+Wi.-Räder, 4,300 euros.", "So.+Wi.-Räder"),
    ("The house has Ölhzg. and a new roof.", "Ölhzg."),
    ("Two nights in a double room incl. HP, 199 euros per person.", "HP"),
    ("All rooms with DU/WC and TV.", "DU/WC"),
    ("The tutorial starts at 12 c.t. in room 3.", "c.t."),
    ("Univ.-Prof.in Maria Huber gave the talk.", "Prof.in"),
    ("Mag. phil. Eva Gruber teaches German.", "Mag. phil."),
    ("The HiWis went on strike for better pay.", "HiWis"),
    ("The SMV elected a new student representative for the school.", "SMV"),
    ("The KGR of the parish voted against the plan.", "KGR"),
    ("The DLV nominated 40 athletes for the championships.", "DLV"),
    ("The BDR named its team for the Tour, the riders said.", "BDR"),
    ("GMD Joana Mallwitz conducted the symphony.", "GMD"),
    ("KS Michael Volle sang the role of Hans Sachs.", "KS"),
    ("The documentary is rated FSK 6.", "FSK"),
    ("The Kaufm. Dir. of the clinic left.", "Kaufm. Dir."),
    ("He took physics as an LK for his Abitur.", "LK"),
    ("She earned a master's degree in BWL.", "BWL"),
    ("The Div. of 0.80 euros per share will be paid in May.", "Div."),
    ("She teaches Latin at the Gym. in Regensburg.", "Gym."),
    ("The ÖSV named its squad for the World Cup.", "ÖSV"),
    ("Under the StromStG, the rate is 2.05 cents per kilowatt hour.", "StromStG"),
    ("The EnergieStG sets the tax on diesel.", "EnergieStG"),
    ("Municipalities must draft a heat plan under the WPG.", "WPG"),
]

FIRES = ADVERTS + ACADEMIC + STATUTES + BODIES + RATINGS + LATER
TWO_IN_ONE = {
    "He took maths as an LK and physics as a GK for his Abitur.": ["LK", "GK"],
    "Mercedes C-Class, Fußbodenhzg. not included, 3. Hd., 12,000 euros.": ["Hd.", "Fußbodenhzg."],
    "Renault Clio, NR-Fzg., So.+Wi.-Räder, 4,300 euros.": ["So.+Wi.-Räder", "NR-Fzg."],
}

# Left alone: nothing in the sentence says what kind of body the DBK is (its frequencies are too close to
# English for the general acronym test), and "the teachers' union VBE" names what the VBE is (an acronym after
# the noun that says what it is counts as explained, like "the regulator BaFin").
KNOWN_MISSES = [
    ("The DBK meets in Fulda next week.", "DBK"),
    ("The teachers' union VBE criticised the plan.", "VBE"),
]

PASSES = [
    # English academic and classified shorthand
    "The meeting starts at 10 a.m. and ends at 2 p.m.",
    "She has a B.Sc. in physics and an M.Sc. in chemistry.",
    "He earned his PhD at Oxford and a BA from Durham.",
    "The flat has a separate w/c and an en suite bathroom.",
    "Ford Focus, FSH, long MOT, 4,500 ono.",
    "Land Rover Defender, 4WD, tow bar, 12,000 pounds.",
    "The engine delivers 150 BHP and 320 Nm of torque.",
    "The Mustang's V8 makes 450 HP.",
    "HP and Dell both reported lower PC sales.",
    "The HP printer was out of ink.",
    "The GK made three fine saves in the second half.",
    "Neuer was named GK of the season.",
    "He grew up in Wichita, KS, and moved to Denver in 2010.",
    "The company is based in Topeka, KS.",
    "They won the Div. 1 title in 2019.",
    "The club plays in Div. 2 of the regional league.",
    "He trains at the gym. Then he goes to work.",
    "Let x be a real number s.t. x > 0.",
    "The hotel is a short walk from the ATM and the station.",
    "I took 200 euros out of the ATM at the station.",
    "The ATM network covers 1,000 km of fibre.",
    "Double rooms with breakfast cost 90 euros; half board (HB) is extra.",
    "All rooms have a shower and WC.",
    "Rooms are B&B or HB, with FB on request.",
    "Photos: A. Berger, J. Smith.",
    "Prof. Anna Berger gave the opening lecture.",
    "Dr. Maria Huber treated the patient.",
    "The rates are listed at prof.in/rates.",
    "He was born ca. 1850 in Vienna.",
    "Professor John Smith, MA, PhD, chaired the panel.",
    # English and international bodies and acronyms
    "The NFL suspended the player for four games.",
    "The NEU called for smaller classes.",
    "The PTA organised a bake sale for the school.",
    "The NASUWT warned that schools lack teachers.",
    "The UCU called a strike at 150 universities.",
    "The RFU named its squad for the Six Nations.",
    "The UCI suspended the rider for doping.",
    "The USGA changed the rules for amateurs.",
    "The BBC reported that the bishops met on Monday.",
    "The FBI arrested the priest in March.",
    "The CDC said schools should stay open.",
    "The NAACP called for a boycott of the church.",
    "The WWF warned that the species could die out.",
    "The ECB named its team for the Ashes tour.",
    "The NCAA suspended the coach for two games.",
    "The GDL train drivers' union called another strike.",
    "The DFB named its squad for the World Cup.",
    "The teachers' union GEW (Education and Science Workers' Union) criticised the plan.",
    "The German Tennis Federation (DTB) named its team for the Davis Cup.",
    "The German Bishops' Conference (DBK) meets in Fulda; the DBK will elect a chairman.",
    "The US Conference of Catholic Bishops met in Baltimore.",
    "The EBU said the contest will go ahead.",
    "The WEU operation enforced the embargo.",
    # camel case, brands, names
    "The hotel has free WiFi and a HiFi system in every room.",
    "She lives in SoHo and works in NoHo.",
    "LeBron James scored 30 points.",
    "Betsy DeVos visited the school.",
    "The DeFi platform lost 20 million dollars.",
    "The LoRa network connects sensors.",
    "He bought a GoPro and a MacBook.",
    "McKay and McGee won the doubles.",
    "He works for FedEx in Memphis.",
    # dotted English words and names before capitals or in adverts
    "The Intl. Dir. of the agency resigned.",
    "He was appointed Exec. Dir. of the foundation.",
    "The Asst. Dir. of the museum spoke.",
    "Mt. Everest and Ft. Worth are famous names.",
    "The U.S.-Mexico border was closed.",
    "The St.-Jean festival starts on Monday.",
    "The Lt.-Col. led the parade.",
    "He lives at 12 Bahnhofstr. 3 in Munich.",
    "The Engr. dept. said the bridge is safe.",
    "The winner was Smith. Then Jones came second.",
    "The shop sells hi-fi and wi-fi kits.",
    # music, theatre, ratings, wine in English
    "The opera was conducted by Sir Simon Rattle.",
    "The film is rated PG-13 in the US and 12A in the UK.",
    "The game is rated PEGI 12.",
    "The DEA raided the theatre's office.",
    "The play had its UK premiere at the National Theatre.",
    "The wine is an AOC Bordeaux from a small estate.",
    "The Chianti is a DOCG wine.",
    "The dividend (div.) rose to 2.10 dollars per share.",
    "The stock's Div. yield is 3 percent, shareholders said.",
    "She teaches at the gym in Passau.",
    "He studied PPE at Oxford and has a degree in CS.",
    "The SFB Bay Bridge was closed for repairs.",
    "The DSE team published the report.",
    # probes written after the rules, against each new shape
    "Ford Focus with heated seats, ATM card holder, 5,000 pounds.",
    "The BMW dealer has an ATM outside.",
    "Hotel rooms come with HP laptops.",
    "The double rooms with HP printers cost more.",
    "He paid with VP approval at the hotel.",
    "The Calif. Gov. signed the bill.",
    "He drove down Penn. Ave. yesterday.",
    "She works at Mass. Gen. Hospital.",
    "The Dept. Sec. resigned.",
    "The Gen. Mgr. resigned.",
    "The Govt. Dir. said the plan was ready.",
    "The AQA exam board changed the syllabus for schools.",
    "The OCR said pupils would sit the exam.",
    "The SQA apologised to pupils.",
    "The CofE said the church would apologise.",
    "The ELCA elected its first female bishop.",
    "The USCCB met in Baltimore; the bishops voted.",
    "The WCC said churches must act.",
    "The BDO world championship was played at Lakeside.",
    "The DCMS funded the national team.",
    "The DWP said the squad will not be paid.",
    "The SNP said pupils deserve better.",
    "The EIS warned schools about cuts.",
    "The GTCS struck off the teacher.",
    "On this sitcom she plays the new student in the IHP.",
    "The EHF fined the club and the IHF banned the coach.",
    "The film was rated 12A by the BBFC.",
    "Open Mon.-Fri. 9-5; the Jan.-Feb. issue is out.",
    "His Ph.D.-Thesis was published in 2001.",
    "The office is on Oak Blvd. and Elm St.",
    "The Mgmt. team met. Our Hdqrs. in Boston closed.",
    "EnBW and NordLB reported losses; BayWa grew.",
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
@pytest.mark.xfail(strict=True, reason="no sentence context, or explained by the noun before it")
def test_known_misses(text, form):
    assert form in hit_texts(UntranslatedAbbreviation, text, source="de")


@pytest.mark.negative
@pytest.mark.parametrize("text", PASSES)
def test_passes(text):
    assert hit_texts(UntranslatedAbbreviation, text, source="de") == []
