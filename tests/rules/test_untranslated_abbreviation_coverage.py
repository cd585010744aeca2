"""MT503 on the wider set of German abbreviations left in English copy (data in de-en/untranslated.toml)."""
from __future__ import annotations

import pytest

from mtcheck.rules import find_rule
from tests.conftest import hit_texts

RULE = find_rule("MT503")


@pytest.mark.positive
@pytest.mark.parametrize("sentence, flagged", [
    ("The state invests 4 Mrd euros in its railways.", "Mrd"),
    ("The port handled 12 Mio containers last year.", "Mio"),
    ("The fine was set gem. Article 3 of the statute.", "gem."),
    ("The museum, gegr. 1850, reopened on Sunday.", "gegr."),
    ("The ehem. chancellor spoke at the ceremony.", "ehem."),
    ("Sales of Pkw fell sharply in the spring.", "Pkw"),
    ("A Lkw blocked the motorway for hours.", "Lkw"),
    ("Fares in the ÖPNV will rise next year.", "ÖPNV"),
    ("The city pays a subsidy i. H. v. 2 million euros.", "i. H. v."),
    ("Shoes, bags u. Ä. are sold on the ground floor.", "u. Ä."),
    ("Tenants can ggfs. claim a refund.", "ggfs."),
    ("The deadline is 15 Okt. for all applications.", "Okt."),
    ("The market opens on 1 Dez. this year.", "Dez."),
    ("The church dates from the 12th Jhd. and was restored.", "Jhd."),
    ("Costs rose to 3 Mill. euros.", "Mill."),
    ("Tools, paint u. dgl. are sold here.", "u. dgl."),
    ("The photo shows (v. l. n. r.) the mayor and two aides.", "v. l. n. r."),
])
def test_fires(sentence, flagged):
    assert flagged in hit_texts(RULE, sentence)


@pytest.mark.negative
@pytest.mark.parametrize("sentence", [
    "Mio Yamada won the women's final in Tokyo.",
    "The Mrd project is an acronym used by the ministry's engineers.",
    "The group's German subsidiary reported a loss.",
    "Drivers will pay at least 20 euros more a month.",
    "Rd. 7 is closed between the two villages.",
    "The mill closed in 1990, the Mill. Road bridge in 2001.",
    "John Stuart Mill.",
    "The film opens in Tel Aviv in Oct. and Dec.",
])
def test_passes(sentence):
    assert hit_texts(RULE, sentence) == []


# Round 4: sentences written after the shape rules (tests/rules/test_abbreviation_shapes.py) were in
# place and checked without changing them: undotted and run-together forms, courts, "e.V.", German
# acronyms, weekday ranges, titles.
@pytest.mark.positive
@pytest.mark.parametrize("sentence, flagged", [
    ('The lake is ca 40 metres deep at its deepest point.', 'ca'),
    ('The new hall will hold ca 3,000 spectators.', 'ca'),
    ('Ca 200 firefighters were deployed overnight.', 'Ca'),
    ('Residents are asked to close windows bzw stay indoors.', 'bzw'),
    ('The costs will evtl be passed on to tenants.', 'evtl'),
    ('Applicants must ggf submit further documents.', 'ggf'),
    ('The price is 99 euros inkl shipping.', 'inkl'),
    ('Rents rose by 4 percent, vgl table 2.', 'vgl'),
    ('The bus line, ehem route 12, was renamed.', 'ehem'),
    ('The company employs 12 Tsd people worldwide.', 'Tsd'),
    ('The flight takes 11 Std from Frankfurt.', 'Std'),
    ('Voting ends on 30 Okt at 6 pm.', 'Okt'),
    ('The market runs until 23 Dez this year.', 'Dez'),
    ('Several towns, zB Hanau and Gießen, joined the scheme.', 'zB'),
    ('Several towns, z.B Hanau and Gießen, joined the scheme.', 'z.B'),
    ('The figures are u.a from the statistics office.', 'u.a'),
    ('The area is v.a popular with families.', 'v.a'),
    ('The BVerfG will rule on the complaint in spring.', 'BVerfG'),
    ('The plaintiffs have appealed to the BVerwG in Leipzig.', 'BVerwG'),
    ('The LG Hamburg banned the advert last week.', 'LG'),
    ('The OLG Düsseldorf is expected to rule in June.', 'OLG'),
    ('A spokesman for the AG Köln confirmed the date.', 'AG'),
    ('The VG Stuttgart rejected the urgent application.', 'VG'),
    ('The OVG Lüneburg lifted the ban.', 'OVG'),
    ('The VGH Mannheim upheld the lockdown rules.', 'VGH'),
    ('The LSG Essen ruled on the pension claim.', 'LSG'),
    ('The local history association Heimatverein Oberdorf e.V. organised the fair.', 'e.V.'),
    ('Members of the Tafel e. V. distributed food.', 'e. V.'),
    ('The bakery Schmidt e.K. closed after 80 years.', 'e.K.'),
    ('Sales rose to 850 TEUR in 2022.', 'TEUR'),
    ('Under the DSGVO, customers can demand deletion.', 'DSGVO'),
    ('EZB president Christine Lagarde spoke in Frankfurt.', 'EZB'),
    ('The IWF cut its forecast for Germany.', 'IWF'),
    ("The EuGH's ruling affects all member states.", 'EuGH'),
    ('The KKW Brokdorf went offline in December.', 'KKW'),
    ('The pharmacy is open Mo.–Sa. from 8 am.', 'Mo.–Sa.'),
    ('Consultation hours: Di-Fr 9 to 12.', 'Di-Fr'),
    ('Prof. Dr. Schneider heads the clinic.', 'Prof. Dr.'),
    ('Dr. med. Klaus Weber opened a practice in the town.', 'Dr. med.'),
    ('Dr. phil. Sarah Klein teaches history.', 'Dr. phil.'),
    ('Dipl.-Kffr. Julia Braun runs the office.', 'Dipl.-Kffr.'),
    ('The claim is based on § 823 Abs. 1 S. 1 of the code.', 'S.'),
    ('Under § 2 i. V. m. § 7 the fee is due.', 'i. V. m.'),
    ('The event is on 12 Jän. in Vienna.', 'Jän.'),
    ('The fee is 20 euros zzgl shipping.', 'zzgl'),
    ('Questions bzgl the timetable go to the city.', 'bzgl'),
    ('The flat costs 800 euros, inkl heating.', 'inkl'),
    ("The AKW's cooling towers were demolished.", 'AKW'),
    ('The BIP fell by 0.5 percent.', 'BIP'),
    ('The Court of Justice (EuGH) ruled.', 'EuGH'),  # English glosses with its own acronym (CJEU)
    ('Local public transport (ÖPNV) is to get more money.', 'ÖPNV'),  # a term's acronym is no gloss
])
def test_round4_fires(sentence, flagged):
    assert flagged in hit_texts(RULE, sentence)


@pytest.mark.negative
@pytest.mark.parametrize("sentence", [
    'Prices in CA rose by 5 percent.',
    'Contact us at info@firm.ca 24/7.',
    'LG Electronics and Samsung lead the market.',
    'AG Ken Paxton sued the administration.',
    "The AG's office declined to comment.",
    'Allianz AG Munich is the insurer.',
    'Siemens AG, Munich, announced job cuts.',
    'The Federal Administrative Court (BVerwG) in Leipzig ruled.',
    'Bayer AG Leverkusen posted a loss.',
    'Prices rose at BASF SE and Covestro AG.',
    'The VG-rated coin sold for 300 dollars.',
    'The OLED TV from LG costs more.',
    "The ECB's decision surprised markets.",
    'The IMF and the World Bank met.',
    'The GDP data were released on Friday.',
    'He works for the BBC and the CBC.',
    "The Tsar's palace is open to visitors.",
    'The STD rate fell in 2021.',
    'Dr. Anna Schulz treated the patients.',
    'Professor Müller presented the study.',
    'The Rev. Dr. Smith gave the sermon.',
    'He holds a PhD and an MBA.',
    'Open Monday to Friday, 9 to 5.',
    'Mo Salah scored again.',
    'Sa Pa is a town in Vietnam.',
    'Fr. Brown solved the case.',
    'Mi Casa is a restaurant in town.',
    'The Di Stefano family ran the shop.',
    'It happened in Oct. and Dec. last year.',
    'The U.N. and the E.U. agreed.',
    'i.e. the money, e.g. the fees, etc.',
    'The ticket costs 15 euros incl. a drink.',
    'Brands such as DKNY and H&M opened stores.',
    'The AfD and the FDP lost votes.',
    'The TÜV inspected the car.',
    'The KfW bank lends to start-ups.',
    'The Wehrmacht and the SS committed crimes.',
    'Ca. 1850 the village had 300 residents.',
    'Deutsche Telekom AG Bonn reported results.',
    'The club 1. FC Köln won.',
    'EV sales rose.',
    'She studied at the LSE in London.',
])
def test_round4_passes(sentence):
    assert hit_texts(RULE, sentence) == []
