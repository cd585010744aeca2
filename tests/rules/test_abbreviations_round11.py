"""MT503 untranslated-abbreviation, round 11: German abbreviations by their shape and kind, with English that
looks alike (must stay quiet).

1. German statute and regulation abbreviations in a legal sentence ("under the BJagdG", "in breach of the
   BDSG", "SGB II", "the GlüStV", Austrian "ABGB", Swiss "ZGB"): a capitalised stem fragment and the ending
   of a law's name (G Gesetz, V/VO Verordnung, O Ordnung, B Buch, StV Staatsvertrag), or all capitals after
   "the" with a law's ending in a legal sentence (``abbreviation_statutes``). English acts and international
   instruments (the ADA, GDPR, the ECHR, PACE, "section 5 of the PSA") stay quiet, and so do citations
   after a section number ("§ 312d BGB": English legal writing keeps them).
2. Job-advert gender markers ("(m/w/d)", "(w/m/d)"; not "(m/f/d)", the English one) and full-time/part-time
   shorthand ("in VZ", "TZ"); flat-advert rent and deposit shorthand ("650 euros KM", "KT 2,000 euros").
3. Unit compounds with a hyphen and a German noun ("25 kg-Sack", "m²-Preis", "km-Pauschale"; not "10 km-long").
4. Church, academic and order titles before a name ("KMD Johannes Weber", "OStR Sabine Klein", "P. Anselm
   Grün OSB", "P. Dr. Karl Huber"); initials before a surname ("J. Smith", "P. Diddy") stay quiet.
5. Social-insurance and benefit shorthand in a benefits sentence ("ALG II", "the GKV", "a GdB of 50").

Written by hand for development; no evaluation material was read.
"""
from __future__ import annotations

import pytest

from mtcheck.rules.untranslated_abbreviation import UntranslatedAbbreviation
from tests.conftest import hit_texts

STATUTES = [
    ("Hunters must follow the rules set out in the BJagdG.", "BJagdG"),
    ("Under the MitbestG, half of the supervisory board seats go to employees.", "MitbestG"),
    ("The dismissal breached the KSchG, the labour court found.", "KSchG"),
    ("The works council invoked the BetrVG to demand a say in the layoffs.", "BetrVG"),
    ("His residence permit was revoked under the AufenthG.", "AufenthG"),
    ("Fixed-term contracts are governed by the TzBfG.", "TzBfG"),
    ("Employers who ignore the ArbZG face heavy fines.", "ArbZG"),
    ("The amendment to the IfSG allowed states to close schools.", "IfSG"),
    ("He was charged with violating the WaffG after police found two rifles.", "WaffG"),
    ("Possession of cannabis was still an offence under the BtMG at the time.", "BtMG"),
    ("The tax office applied section 35 of the EStG to the payment.", "EStG"),
    ("Sales of the vouchers are exempt under the UStG, the court ruled.", "UStG"),
    ("The plan conflicts with the BauGB because the land is farmland.", "BauGB"),
    ("Felling the trees breached the BNatSchG, the environmental group said.", "BNatSchG"),
    ("The farmer was fined under the TierSchG for neglecting his cattle.", "TierSchG"),
    ("The company processed the data in breach of the BDSG.", "BDSG"),
    ("Emissions from the plant must comply with the BImSchG.", "BImSchG"),
    ("Ride-hailing services are regulated by the PBefG.", "PBefG"),
    ("Drones weighing more than 250 grams fall under the LuftVG.", "LuftVG"),
    ("The landlord calculated the floor area according to the WoFlV.", "WoFlV"),
    ("Workplaces must meet the requirements of the ArbStättV.", "ArbStättV"),
    ("Handling of the solvents is governed by the GefStoffV.", "GefStoffV"),
    ("The bar's licence was withdrawn under the GewO.", "GewO"),
    ("Insolvency proceedings were opened under the InsO on Monday.", "InsO"),
    ("The lawsuit was brought under the VwGO before the administrative court.", "VwGO"),
    ("Paragraph 3 of the EntgFG guarantees continued pay during illness.", "EntgFG"),
    ("Pregnant employees are protected from dismissal by the MuSchG.", "MuSchG"),
    ("New heating systems must meet the standards of the GEG from next year.", "GEG"),
    ("Jobseekers receive basic income support under SGB II.", "SGB II"),
    ("Care costs are covered by SGB XI, the insurer said.", "SGB XI"),
    ("The claim was rejected under SGB V because the treatment is experimental.", "SGB V"),
    ("Social assistance under SGB XII is means-tested.", "SGB XII"),
    ("The contract is void under the ABGB, the Supreme Court in Vienna ruled.", "ABGB"),
    ("His pension is calculated under the ASVG.", "ASVG"),
    ("Under the ZGB, the estate passes to the children in equal shares.", "ZGB"),
    ("The debt collection followed the procedure of the SchKG.", "SchKG"),
    ("The fine was imposed under the VStG by the district authority.", "VStG"),
    ("The new BayBO allows taller timber buildings.", "BayBO"),
    ("The amendment of the NBauO makes solar roofs compulsory.", "NBauO"),
    ("The patient was committed to a closed ward under the PsychKG.", "PsychKG"),
    ("The shareholders sued the board under the AktG.", "AktG"),
    ("The managing director is personally liable under the GmbHG.", "GmbHG"),
    ("The advert was ruled unfair competition under the UWG.", "UWG"),
    ("Smoking in pubs is banned by the NiSchG of each state.", "NiSchG"),
    ("Sunday trading is restricted by the LadSchlG.", "LadSchlG"),
    ("The council levied the fee under the KAG.", "KAG"),
    ("The grid operator must pay compensation under the EnWG.", "EnWG"),
    ("Asylum seekers receive benefits under the AsylbLG.", "AsylbLG"),
    ("Foreign investors must notify the ministry under the AWV.", "AWV"),
    ("The speeding fine was based on the BKatV.", "BKatV"),
    ("The licensing rules in the GlüStV restrict online casinos.", "GlüStV"),
    ("The broadcasting fee is levied under the RBStV.", "RBStV"),
    ("Under the MStV, streamers with a large audience need a licence.", "MStV"),
    ("The authority issued the order under the VwVfG.", "VwVfG"),
    ("Basic insurance under the KVG is compulsory in Switzerland.", "KVG"),
    ("Under the AngG, notice periods depend on years of service.", "AngG"),
    ("The new StVZO rules ban the bright headlights.", "StVZO"),
    ("The works agreement must comply with the ArbVG, the union said.", "ArbVG"),
    ("The court ordered the evictions under the ZPO.", "ZPO"),
    ("Tenants may demand a breakdown under the HeizkostenV.", "HeizkostenV"),
    # written after the rules, to check they generalise (22 of 23 found untuned)
    ("The operator was fined for breaching the KrWG, which governs waste disposal.", "KrWG"),
    ("Under the BauNVO, shops are not allowed in purely residential areas.", "BauNVO"),
    ("The landlord violated the WoBindG by charging too much.", "WoBindG"),
    ("The hospital must comply with the KHG.", "KHG"),
    ("Lawyers' fees are set out in the RVG.", "RVG"),
    ("The mayor invoked the GemO to call an emergency session.", "GemO"),
    ("The KiföG guarantees a nursery place for every toddler.", "KiföG"),
    ("The rules on hate speech are in the NetzDG, which came into force in 2017.", "NetzDG"),
    ("Landlords must follow the EnEV when renovating.", "EnEV"),
    ("Pensions are adjusted under SGB VI every July.", "SGB VI"),
    ("Her claim under the OEG was rejected.", "OEG"),
    ("The farm was inspected under the DüV.", "DüV"),
    ("The ArbSchG requires employers to assess risks.", "ArbSchG"),
    ("Under the LPartG, same-sex couples could register their partnership.", "LPartG"),
]

# All-capital statutes whose German frequency hardly exceeds their English one (wordfreq: MRG 2.1 vs 1.75,
# BEEG 1.8 vs 1.5, TTDSG unknown in both): left alone in round 11, like the CISG (2.0 vs 1.5), an English
# convention; found since round 13, which needs a smaller margin for laws ending in G after a legal cue.
WEAK_STATUTES = [
    ("The tenant invoked the MRG to challenge the rent increase.", "MRG"),
    ("Parental allowance is paid under the BEEG for up to 14 months.", "BEEG"),
    ("The data was stored in breach of the TTDSG.", "TTDSG"),
]

ADVERTS = [
    ("We are looking for a sales manager (m/w/d) for our office in Hamburg.", "(m/w/d)"),
    ("Nurse (w/m/d) wanted for the night shift.", "(w/m/d)"),
    ("Software developer (m/w/x) in Berlin, starting in April.", "(m/w/x)"),
    ("Apprentice (d/m/w) wanted for the 2025 training year.", "(d/m/w)"),
    ("Electrician (m/w) wanted immediately for a family firm.", "(m/w)"),
    ("Bookkeeper (m|w|d) for a tax office in Leipzig.", "(m|w|d)"),
    ("The bakery is hiring a sales assistant in TZ, 20 hours a week.", "TZ"),
    ("Warehouse worker wanted in VZ, start immediately.", "VZ"),
    ("Two-room flat in the centre, 650 euros KM, available from May.", "KM"),
    ("Bright attic flat, KT two months' rent, no pets.", "KT"),
    ("The flat rents for 720 euros KM plus heating.", "KM"),
    ("A 25 kg-Sack of cement costs nine euros at the DIY store.", "kg-Sack"),
    ("The m²-Preis in Munich rose to 9,000 euros.", "m²-Preis"),
    ("The qm-Preis for new flats has doubled in ten years.", "qm-Preis"),
    ("The km-Pauschale for commuters rises to 38 cents.", "km-Pauschale"),
    ("The kWh-Preis for households fell in January.", "kWh-Preis"),
    ("A 10 l-Eimer of wall paint is on offer this week.", "l-Eimer"),
    ("Assistant (m/w/d) wanted for our practice.", "(m/w/d)"),
    ("Apartment for rent: 540 € WM, available now.", "WM"),
    ("A 5 kg-Packung of flour costs two euros.", "kg-Packung"),
]

TITLES = [
    ("The concert was conducted by KMD Johannes Weber.", "KMD"),
    ("LKMD Ulrike Brand played the new organ.", "LKMD"),
    ("P. Anselm Grün OSB gave a talk on leadership.", "P."),
    ("The mass was celebrated by P. Dr. Karl Huber.", "P."),
    ("The abbey's P. Michael Bauer OSB blessed the bells.", "P."),
    ("OKR Martin Becker spoke for the regional church.", "OKR"),
    ("OStR Sabine Klein teaches history at the grammar school.", "OStR"),
    ("The head teacher, OStD Peter Braun, welcomed the pupils.", "OStD"),
    ("The youth group will be led by Kpl. Jonas Fischer.", "Kpl."),
    ("The baptism was performed by Diak. Markus Roth.", "Diak."),
    ("The service was led by KMDin Sarah Vogel.", "KMDin"),
    ("P. Johannes Maria Schmid SJ celebrated the mass.", "P."),
    ("The homily was given by Präl. Georg Weber.", "Präl."),
]

BENEFITS = [
    ("She has been living on ALG II since losing her job.", "ALG II"),
    ("His ALG I runs out in March, and then he will need basic income support.", "ALG I"),
    ("The job centre also pays the KdU for benefit recipients.", "KdU"),
    ("Members of the GKV pay an extra contribution from January.", "GKV"),
    ("Patients insured with the PKV often get appointments sooner.", "PKV"),
    ("The DRV rejected her application for a disability pension.", "DRV"),
    ("He has a GdB of 50 and is entitled to extra leave.", "GdB"),
    ("The company applied for KUG for 300 workers.", "KUG"),
    ("Her care level PG 3 entitles her to a monthly care allowance.", "PG"),
    ("Recipients of ALG-II were exempt from the fee.", "ALG-II"),
    ("The MdE was set at 30 percent after the accident, the insurer said.", "MdE"),
]

FIRES = STATUTES + WEAK_STATUTES + ADVERTS + TITLES + BENEFITS

PASSES = [
    # English and international law
    "The company was sued under the ADA for failing to provide ramps.",
    "The UK's FCA fined the bank 40 million pounds.",
    "The case was taken to the ECHR in Strasbourg.",
    "Firms that break GDPR face fines of up to 4 percent of turnover.",
    "Police interviewed him under PACE rules.",
    "The surveillance was authorised under RIPA.",
    "The trust was created under the NHS Act.",
    "He was charged under section 5 of the PSA.",
    "The BBG said its profits rose last year.",
    "The studio filed a DMCA takedown notice.",
    "The hospital breached HIPAA by sharing the records.",
    "Journalists obtained the emails through a FOIA request.",
    "California's CCPA gives consumers the right to delete data.",
    "The EU's DSA forces platforms to remove illegal content.",
    "The DMA targets the largest tech gatekeepers.",
    "The SEC charged the firm with fraud.",
    "The IRS audited the charity.",
    "The CPS decided not to prosecute.",
    "The seller is liable under § 312d BGB for the missing information.",
    "The court applied Section 130 StGB to the speech.",
    "The act was passed under the GOP majority.",
    "The ICC issued an arrest warrant in March.",
    "He invoked the Fifth Amendment and refused to testify.",
    "Under the Equality Act 2010, employers must make reasonable adjustments.",
    "The NLRB ruled that the workers could unionise.",
    "The EEOC filed a lawsuit against the retailer.",
    "The ECB raised interest rates again.",
    "The WHO declared the outbreak a global emergency.",
    "The deal must be approved by the CMA.",
    "Under the TRIPS agreement, patents last 20 years.",
    "The OECD expects growth to slow.",
    "He was convicted under the RICO Act.",
    "The DOJ opened an antitrust investigation.",
    "The bill passed the Senate under the CRA.",
    # companies, brands, camel case
    "He bought a new iPhone and a MacBook.",
    "She sent the PowerPoint slides by email.",
    "The video went viral on YouTube.",
    "McDonald's opened a new restaurant in Leipzig.",
    "Leonardo DiCaprio attended the premiere.",
    "BioNTech and Pfizer developed the vaccine.",
    "PayPal and eBay split in 2015.",
    "The ETF tracks the MSCI World index.",
    "BMW and VW both reported higher sales.",
    "Deutsche Telekom owns a stake in T-Mobile US.",
    "SAP shares rose after the results.",
    "The GmbH was founded in 2010.",
    "The AfD won 20 percent of the vote.",
    "The KfW bank approved the loan.",
    "LinkedIn and GitHub are owned by Microsoft.",
    "The PlayStation 5 sold out in hours.",
    "He studied at MIT and worked at IBM.",
    # initials and names
    "J. Smith won the race.",
    "P. Diddy performed at the party.",
    "The report was written by P. J. Harvey.",
    "T. Boone Pickens made his fortune in oil.",
    "F. Scott Fitzgerald wrote The Great Gatsby.",
    "P. Anselm wrote to the editor.",
    "The letter was signed by K. Müller and P. Schmidt.",
    "J. Edgar Hoover led the FBI for decades.",
    "Dr. Anna Weber treated the patient.",
    "Prof. Karl Lauterbach spoke at the conference.",
    "Rev. Martin Luther King Jr. gave the speech.",
    "Fr. Michael Kelly celebrated the mass.",
    "The choir was led by Sr. Mary Joseph.",
    # units and formulas
    "The 10 km-long tunnel opened in 2020.",
    "The truck carried a 40 t load.",
    "The price is 12 euros per m² a month.",
    "The plant emits 500 t of CO2 a year.",
    "Water is H2O and table salt is NaCl.",
    "The battery stores 80 kWh.",
    "The road is 5 km long.",
    "The kWh-based tariff was dropped.",
    "The solution contains MgSO4 and NaOH.",
    # job and flat adverts in English
    "Sales manager (m/f/d) wanted for our Hamburg office.",
    "We are hiring a nurse (all genders) for the night shift.",
    "The flat costs 650 euros a month, excluding utilities.",
    "The job is full-time (40 hours) with flexible hours.",
    "He works at the VZ plant near the station.",
    "The TZ software update was released on Monday.",
    "The KM marker shows the distance to the border.",
    # benefits and insurance in English
    "She claims Universal Credit and housing benefit.",
    "The NHS pays for the treatment.",
    "He receives a state pension and a small private one.",
    "The PG rating of the film is unchanged.",
    "Her ALG blog has 20,000 followers.",
    "The KAG concert was cancelled because of rain.",
    "The GKN plant in Birmingham will close.",
    "The DRC government signed the peace deal.",
    "The PKK claimed responsibility for the attack.",
    # more English that looks alike: fighters, clubs, tickers, country codes, distances, concentrations,
    # English titles inside a sentence, English and international instruments
    "The MiG fighters violated Turkish airspace under the orders of the air force.",
    "The VfB was fined 50,000 euros by the DFB for the fireworks.",
    "The TSV was fined under the league's rules.",
    "Verizon (VZ) said it would cut 2,000 jobs.",
    "The company is hiring engineers in Dar es Salaam, TZ, this year.",
    "The house is 2 KM from the beach and costs 300,000 euros.",
    "Add 5 ml of a 10% (w/v) solution and 2% (w/w) salt.",
    "The article was written by Asst. Prof. John Smith.",
    "The motion was backed by Ald. Maria Lopez, the council said.",
    "The meeting was chaired by Assoc. Prof. Jane Doe.",
    "Attending were the governor, Lt. Gov. Dan Patrick, and others.",
    "The letter, signed by Thos. Jefferson, was sold.",
    "The 10 km-Run was held on Sunday.",
    "The T-Mobile deal was approved under the merger rules.",
    "Under the MoU, both sides must comply with the rules.",
    "Under the NHS Act, patients are entitled to free care.",
    "He breached the DPA, the regulator said.",
    "The lawsuit invoked the ADEA and the FMLA.",
    "The firm breached the FCPA and was fined.",
    "Under the TUPE rules, staff transfer to the new employer.",
    "The law is governed by the UCC.",
    "The contract is governed by the CISG.",
    "The fine was imposed under the EDPB guidelines.",
    "The case was referred to the SFO under the act.",
    "The MgO content must comply with the standard.",
    "The suspect was held under PACE and the TACT.",
    "It is clearly not an exception under Section 312d of the BGB.",
    "The seller must refund the price under § 312g BGB.",
    "The Federal Hunting Act (BJagdG) sets the seasons.",
    "The Works Constitution Act, the BetrVG, gives councils a say.",
]


@pytest.mark.positive
@pytest.mark.parametrize(("text", "form"), FIRES)
def test_fires(text, form):
    assert hit_texts(UntranslatedAbbreviation, text, source="de") == [form]


@pytest.mark.negative
@pytest.mark.parametrize("text", PASSES)
def test_passes(text):
    assert hit_texts(UntranslatedAbbreviation, text, source="de") == []
