"""MT503 untranslated-abbreviation by class rather than by listed form: German abbreviations a machine
translation leaves in English in a shape the list does not spell out (written without their full stop,
run together, court and authority acronyms, registered-association suffixes, German weekday ranges,
stacked academic titles, German acronyms of bodies English names with its own acronym), and English
that looks alike (must stay quiet).

Decisions (see also tests/rules/test_german_abbreviations_dev.py):
- Company forms "GmbH", "AG", "KG", "SE", "KGaA", "GmbH & Co. KG" are part of a company's registered
  name and English business news keeps them ("Siemens AG"): not reported. "e.V." and "e.K."
  (registered association, registered trader) are dropped by English news ("the TSV Neustadt sports
  club"): reported.
- All-capital federal court acronyms ("BGH", "BFH", "BAG", "BSG") are kept by English news as a gloss
  ("the Federal Court of Justice (BGH)"): not reported. Mixed-case ones ("BVerfG", "BVerwG") and a court
  acronym before its seat ("LG Frankfurt", "OLG Köln", "AG") are legal shorthand an English
  reader cannot decode: reported, except as a gloss in parentheses after the English name.
- Law codes ("BGB", "StGB", "GG") after a section number are left alone (English legal writing keeps
  them, as the WMT22 references do).
- ISO currency codes after the amount ("2.50 EUR") are not abbreviations: MT703's matter (which leaves
  ISO codes alone; the WMT22 references write "20 EUR"). German-only money units ("500 TEUR", "300 T€")
  are abbreviations: reported.
"""
from __future__ import annotations

import pytest

from mtcheck.rules.untranslated_abbreviation import UntranslatedAbbreviation
from tests.conftest import hit_texts, run_rule

RULE = UntranslatedAbbreviation

FIRES = [
    # an acronym English has its own for is no gloss in parentheses: English writes "(GDPR)"
    ("The General Data Protection Regulation (DSGVO) applies from May.", "DSGVO"),
    # listed forms written without their full stop
    ("The tower is ca 120 metres high.", "ca"),
    ("Ca 40 people attended the meeting on Sunday.", "Ca"),
    ("The repair will cost ca 2 million euros.", "ca"),
    ("The fire destroyed ca 30 hectares of forest.", "ca"),
    ("Prices rose bzw fell depending on the region.", "bzw"),
    ("Tenants can ggf apply for a subsidy.", "ggf"),
    ("The ticket costs 15 euros inkl a drink.", "inkl"),
    ("The fee is 40 euros zzgl VAT.", "zzgl"),
    ("The mayor will evtl step down in spring.", "evtl"),
    ("The plan (vgl the 2019 report) was rejected.", "vgl"),
    ("Bread, milk, cheese usw are sold in the shop.", "usw"),
    ("Questions bzgl the new rules can be sent by email.", "bzgl"),
    ("Tenants can ggfs claim a refund.", "ggfs"),
    ("The zoo is open tägl from 9 a.m.", "tägl"),
    ("The ehem chancellor spoke at the ceremony.", "ehem"),
    ("Around 50 Tsd visitors came to the fair.", "Tsd"),
    ("The journey takes 3 Std by train.", "Std"),
    ("The house at Hauptstraße Nr 5 was sold.", "Nr"),
    ("The village has about 800 Einw and a school.", "Einw"),
    ("The deadline is 15 Okt for all applications.", "Okt"),
    ("Prices are given plus MwSt in the catalogue.", "MwSt"),
    # run together, or without the last full stop
    ("Some districts, zB Neukölln, are affected.", "zB"),
    ("Some districts, z.B Neukölln, are affected.", "z.B"),
    ("The road is uU closed until May.", "uU"),
    ("Such payments are idR made in March.", "idR"),
    ("The roads are zT still closed after the storm.", "zT"),
    ("The city, d.h its council, must decide.", "d.h"),
    # courts and authorities
    ("The judgment of the BVerfG was published on Tuesday.", "BVerfG"),
    ("The BVerwG dismissed the appeal of the city.", "BVerwG"),
    ("According to the BVerfG's ruling, the law is void.", "BVerfG"),
    ("The LG Frankfurt sentenced the man to four years.", "LG"),
    ("The OLG Köln overturned the ruling.", "OLG"),
    ("The case was heard by the AG München in March.", "AG"),
    ("The VG Berlin stopped the ban on Friday.", "VG"),
    ("The OVG Münster confirmed the decision.", "OVG"),
    ("The LAG Hamm ruled in favour of the workers.", "LAG"),
    ("A judge at the LG Munich rejected the claim.", "LG"),
    ("The OLG rejected the appeal as unfounded.", "OLG"),
    # registered association, registered trader
    ("The Friends of the Zoo e.V. collected 5,000 euros.", "e.V."),
    ("The sports club TSV Neustadt e. V. celebrated its anniversary.", "e. V."),
    ("The shop is run by Müller Bau e.K. in the town centre.", "e.K."),
    # money units and German acronyms English names with its own acronym
    ("The company reported a profit of 500 TEUR last year.", "TEUR"),
    ("Costs rose to 300 T€ in the first quarter.", "T€"),
    ("The DSGVO applies to all companies in the EU.", "DSGVO"),
    ("The EZB raised interest rates again on Thursday.", "EZB"),
    ("The IWF expects growth of 2 percent this year.", "IWF"),
    ("The BIP grew by 0.3 percent in the third quarter.", "BIP"),
    ("The EuGH ruled against the country on Tuesday.", "EuGH"),
    ("The EGMR condemned the country for the conditions in its prisons.", "EGMR"),
    ("The OSZE sent observers to the election.", "OSZE"),
    ("The AKW Isar 2 was shut down in April.", "AKW"),
    # weekday ranges, titles, legal citations, dates
    ("The shop is open Mo.-Fr. from 9 to 6.", "Mo.-Fr."),
    ("Opening hours are Mo-Fr 8 to 18 and Sa 9 to 13.", "Mo-Fr"),
    ("The office opens Di.–Do. only.", "Di.–Do."),
    ("Prof. Dr. Müller presented the study on Monday.", "Prof. Dr."),
    ("Dr. med. Anna Schulz treated the patients.", "Dr. med."),
    ("Dr. rer. nat. Peter Lang led the team.", "Dr. rer. nat."),
    ("Dipl.-Psych. Maria Berg advises the families.", "Dipl.-Psych."),
    ("Dipl.-Päd. Jonas Weber runs the youth centre.", "Dipl.-Päd."),
    ("The rules follow § 3 i.V.m. § 5 of the act.", "i.V.m."),
    ("The fine follows from § 4 Abs. 1 S. 2 of the statute.", "S."),
    ("The deadline is 3 Jän. for all applications.", "Jän."),
]

PASSES = [
    # "ca", "CA" and the like in English
    "The CA 120 is a regional train.",
    "The bill passed in California (CA) and Oregon.",
    "Visit www.cbc.ca for details.",
    "Write to news@example.ca 24 hours a day.",
    "The painting dates from ca 1850 according to the museum.",
    "The STD clinic treated 3 STD cases a day.",
    "Chem 101 is a first-year course.",
    "Serum Ca 2.4 mmol/l was measured in the patients.",
    "Washington, D.C is misspelt here without its last full stop.",
    # company names and forms English keeps
    "The LG Electronics TV costs 900 dollars.",
    "LG Display shares rose 3 percent in Seoul.",
    "LG Chem will build a plant in Arizona.",
    "Volkswagen AG said on Tuesday that sales rose.",
    "Deutsche Bank AG and Commerzbank AG ended their talks.",
    "Siemens AG Munich confirmed the order.",
    "The club, Hertha BSC GmbH & Co. KGaA, is in debt.",
    "SAP SE and Allianz SE are based in Germany.",
    "Handball champions SG Flensburg-Handewitt won again.",
    "VfL Wolfsburg beat SV Werder Bremen 2-1.",
    # attorneys general, grading, English acronyms
    "AG Merrick Garland announced the charges.",
    "The AG Barr memo was released on Friday.",
    "AG James filed the lawsuit in New York.",
    "The coin is in VG condition.",
    "The LAG between the two signals is small.",
    # courts as a gloss, all-capital federal courts, law codes
    "The Federal Constitutional Court (BVerfG) ruled on Tuesday.",
    "The Federal Court of Justice (BGH) rejected the appeal.",
    "The BGH ruled on Tuesday that the clause is void.",
    "It is clearly not an exception under Section 312d of the BGB.",
    "The Higher Regional Court (OLG) in Cologne heard the case.",
    # mixed-case names English news keeps
    "The AfD lost votes in the state election.",
    "BaFin and KfW issued a joint statement.",
    "BioNTech and Pfizer shared the profits.",
    "McKinsey advised the government on the plan.",
    "The new iPhone sold well on YouTube and PayPal.",
    "The BAföG grant rose to 934 euros.",
    # all-capital names and English acronyms
    "The SPD and the CDU agreed on a coalition.",
    "NATO and the EU met in Brussels.",
    "ZDF and ARD broadcast the debate.",
    "BMW and VW sales rose in China.",
    "The DAX rose 1 percent on Friday.",
    "The ECB and the IMF warned of inflation.",
    "GDP grew by 0.3 percent in the third quarter.",
    "The BND is Germany's foreign intelligence service.",
    # English weekday ranges and names
    "The shop is open Mon-Fri from 9am to 6pm.",
    "Mo Farah won the race in London.",
    "Di Maria scored twice for Juventus.",
    "The scale goes Do-Re-Mi.",
    "Fr. Murphy said Mass on Sunday.",
    # English titles and citations
    "The Rev. Dr. Martin Luther King Jr. spoke in Washington.",
    "Dr. John Smith, MD, treated the patients.",
    "Prof. Smith and Dr. Jones spoke at the conference.",
    "The bill S. 1260 passed the Senate.",
    "See p. 12 of the report and section 4.",
    # English abbreviations and their German lookalikes
    "Fruit, e.g. apples and pears, is cheaper; i.e. about 10 percent.",
    "The fee is 40 euros incl. VAT, excl. delivery.",
    "Prices were 2.50 EUR per litre last year.",
    "The bond raised EUR 2.5 billion.",
    "Initials such as J. R. R. Tolkien or T. S. Eliot are common.",
    "The U.S. and the U.K. signed the agreement at 10 a.m.",
    "He scored in the 3rd min of the game.",
    "The iA Writer app and the iPad were reviewed.",
    "The registered association is called Friends of the Zoo.",
    "The band's EP came out in Oct and Dec.",
]


@pytest.mark.positive
@pytest.mark.parametrize(("text", "form"), FIRES)
def test_fires(text, form):
    assert form in hit_texts(RULE, text)


@pytest.mark.negative
@pytest.mark.parametrize("text", PASSES)
def test_passes(text):
    assert hit_texts(RULE, text) == []


def test_dev_set_is_large_enough():
    assert len(FIRES) >= 50 and len(PASSES) >= 50


def test_variant_keeps_the_entry_fix():
    text = "Some districts, zB Neukölln, are affected."
    (hit,) = run_rule(RULE, text)
    assert hit.fix is not None and hit.fix.safe and hit.fix.edits[0].replacement == "e.g."
    assert '"z. B."' in hit.message


def test_capitalised_variant_gets_a_capitalised_suggestion():
    (hit,) = run_rule(RULE, "Ca 40 people attended the meeting on Sunday.")
    assert hit.message.endswith('English "About / approx."')


def test_possessive_reports_the_acronym_alone():
    text = "According to the BVerfG's ruling, the law is void."
    (hit,) = run_rule(RULE, text)
    assert text[hit.span.start:hit.span.end] == "BVerfG"
    assert "Federal Constitutional Court" in hit.message


def test_after_number_suggestion_for_money_unit():
    (hit,) = run_rule(RULE, "The company reported a profit of 500 TEUR last year.")
    assert 'English "thousand euros"' in hit.message


def test_class_hits_have_no_suggestion():
    (hit,) = run_rule(RULE, "The shop is open Mo.-Fr. from 9 to 6.")
    assert hit.fix is None and "weekday range" in hit.message


def test_shape_hits_are_shared_through_the_cache():
    from mtcheck.packs import Pack
    from mtcheck.rules.abbreviation_shapes import shape_hits
    from mtcheck.text.segment import segment

    doc = segment("Tenants can ggf apply, zB online.", source_lang="de", target_lang="en")
    cache: dict = {}
    first = shape_hits(doc, Pack("de", "en"), "German", cache)
    assert [doc.text[h.start:h.end] for h in first] == ["ggf", "zB"]
    assert shape_hits(doc, Pack("de", "en"), "German", cache) is first


def test_no_shapes_for_a_pair_without_a_pack():
    assert hit_texts(RULE, "Tenants can ggf apply.", source="xx") == []
