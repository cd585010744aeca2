"""MT503 untranslated-abbreviation, round 4: German mixed-case acronyms of institutions, laws and legal
forms left unexplained in English text ("BZgA", "KGaA", "AöR", "gGmbH", "OStA"), abbreviated compounds
("prov.-frei") and consonant-only abbreviations ("mtl.") of classified ads.

Left alone on purpose: acronyms English news keeps (AfD, KfW, BfV, GmbH, BaFin: wordfreq knows them in
English, or the regulator is a name English writes), glossed ones (in parentheses, with an apposition
or a noun saying what they are, cited after a section number), legal forms after a company's name
(Merck KGaA), brand and camel-case names (iPhone, BioNTech, NordLB, EnBW), English mixed-case acronyms
(DoJ, PhD, mRNA, kWh), and acronyms whose lower-cased form is an English word or acronym (GdP: GDP,
StA, BfS, KiTa: missed, as the price of precision).
"""
from __future__ import annotations

import pytest

from mtcheck.rules.untranslated_abbreviation import UntranslatedAbbreviation
from tests.conftest import hit_texts

RULE = UntranslatedAbbreviation

FIRES = [
    # institutions, courts, offices
    ("The BZgA has launched a campaign against binge drinking.", "BZgA"),
    ("The OStA in charge declined to comment on the case.", "OStA"),
    ("The BfArM has approved the vaccine for children.", "BfArM"),
    ("According to the LOStA, charges will follow within weeks.", "LOStA"),  # a pack entry
    ("The GStA Celle took over the investigation.", "GStA"),  # a pack entry
    ("The BMVg confirmed the order of new tanks.", "BMVg"),
    ("The BNetzA warned of gas shortages in the winter.", "BNetzA"),
    ("The LfV classified the group as extremist.", "LfV"),
    ("The DAkkS accredited the laboratory last year.", "DAkkS"),
    ("The VfGH in Vienna overturned the law.", "VfGH"),
    ("The IQWiG found no added benefit for patients.", "IQWiG"),
    ("The DPolG called for more officers at stations.", "DPolG"),
    ("Germany's BZgA says more teenagers vape.", "BZgA"),
    # laws and schemes
    ("Drivers who break the StVO face higher fines.", "StVO"),
    ("Under the StPO, the accused may remain silent.", "StPO"),
    ("The BImSchG limits emissions from factories.", "BImSchG"),
    ("The VwGO allows an appeal within one month.", "VwGO"),
    ("Students will receive more BAföG from the winter semester.", "BAföG"),
    ("The TVöD pay deal covers 2.5 million workers.", "TVöD"),
    # legal forms standing for the form itself
    ("The firm was converted into a KGaA in 2004.", "KGaA"),
    ("The clinic is run as an AöR by the county.", "AöR"),
    ("Profits of a gGmbH must go to charitable purposes.", "gGmbH"),
    ("An eG is owned by its members.", "eG"),
    # classified-ad abbreviations
    ("The apartment is prov.-frei and available now.", "prov.-frei"),
    ("Garage for rent, 80 euros mtl., available from June.", "mtl."),
    ("Rent 850 euros zzgl. 150 euros service charges.", "zzgl."),
    ("Rent 700 euros inkl. heating.", "inkl."),
]

PASSES = [
    # explained: English name before, gloss after, apposition, a noun saying what it is
    "The Federal Centre for Health Education (BZgA) has launched a campaign.",
    "The BZgA (Federal Centre for Health Education) has launched a campaign.",
    "The BZgA, the federal health education agency, said more teenagers drink.",
    "Germany's drug regulator BfArM has approved the vaccine.",
    "The Federal Centre for Health Education (BZgA) said so, and the BZgA repeated it.",
    "Paragraph 219a StGB was scrapped by the Bundestag.",
    # legal forms in company names, and the ones English knows
    "Merck KGaA raised its forecast for the year.",
    "Henkel AG & Co. KGaA reported higher sales.",
    "The company is a GmbH based in Munich.",
    # established in English
    "The AfD won 20 percent of the vote in Thuringia.",
    "The KfW lends money to small firms.",
    "The BfV monitors right-wing extremists.",
    "The BaFin said it was investigating the bank.",
    # brands and camel-case names
    "He bought an iPhone and a MacBook on eBay.",
    "She posted the video on YouTube, TikTok and LinkedIn.",
    "BioNTech and Pfizer developed the vaccine.",
    "McKinsey and PwC advised the ministry; DeepMind and OpenAI build models.",
    "EnBW and NordLB reported losses; BayWa grew.",
    "ZDFneo and ServusTV broadcast the film.",
    "Devolo's DLan adapters work with the FritzBox router.",
    "VfB Stuttgart beat SpVgg Greuther Fürth 2-0.",
    "The MDax and the SDax fell while the TecDAX rose.",
    "The xAI lab released a new model.",
    "Shoppers queued outside the KaDeWe in Berlin.",
    # English mixed-case acronyms, units, formulas, plurals
    "The DoJ, the MoD and the DfE issued statements.",
    "The battery stores 5 kWh and the plant produces 3 GWh a year.",
    "The mRNA vaccine changed the pH of the solution.",
    "He has a PhD and an MSc from Oxford.",
    "SARS-CoV-2 spread quickly in the winter.",
    "The NaCl solution and the HCl acid were mixed.",
    "The CDs, DVDs and PhDs were listed.",
    # English abbreviations of consonants and dotted compounds
    "The course takes 12 hrs. in total.",
    "The govt. plans to cut taxes, he said.",
    "The U.S.-led coalition bombed the base.",
    "The Lt.-Col. led the troops into the town.",
]


@pytest.mark.positive
@pytest.mark.parametrize(("text", "form"), FIRES)
def test_fires(text, form):
    assert form in hit_texts(RULE, text)


@pytest.mark.negative
@pytest.mark.parametrize("text", PASSES)
def test_passes(text):
    assert hit_texts(RULE, text) == []
