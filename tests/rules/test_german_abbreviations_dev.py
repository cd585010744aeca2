"""MT503 untranslated-abbreviation on hand-written development sentences: German abbreviations a
machine translation leaves in English news (must fire), and legitimate English that looks alike
(must stay quiet). Data in mtcheck/data/de-en/untranslated.toml ([[abbreviations]]).

Deliberately not reported (legitimate in English news, or too ambiguous without context):
company forms "GmbH", "AG", "KG" (part of the name); law codes and all-capital federal courts cited
by their German abbreviation ("§ 312d BGB", "Article 5 GG", "the Federal Court of Justice (BGH)":
English legal and news writing keeps them, as both WMT22 human references do); "Art." and "ff."
(English uses them too: "Art. 6 GDPR", "pp. 12 ff."); "S." (initials: "S. Fischer"); "Kita" (a loan
the pack allows); "OB", "BM", "AO" (English acronyms), and "LG", "AG" except before a German court's
seat ("LG Frankfurt"); "Jan.", "Apr.", "Aug.", "Nov.", "Dr.", "Prof.", "St.", "vs.", "Fax", "km/h"
(English as written). Shapes and classes beyond the list (undotted "bzw", "zB", courts, "e.V.",
weekday ranges) are in tests/rules/test_abbreviation_shapes.py.
"""
from __future__ import annotations

import pytest

from mtcheck.rules.untranslated_abbreviation import UntranslatedAbbreviation
from tests.conftest import hit_texts

RULE = UntranslatedAbbreviation

FIRES = [
    # everyday
    ("Shoes, bags u. ä. are sold on the ground floor.", "u. ä."),
    ("Paints, brushes o. ä. are in aisle four.", "o. ä."),
    ("The festival offers music, food u. v. m. for families.", "u. v. m."),
    ("The plan is, m. E., too expensive for a small town.", "m. E."),
    ("The letter was signed i. A. by a clerk of the ministry.", "i. A."),
    ("The contract was signed i. V. by the deputy director.", "i. V."),
    ("The roads are z. T. still closed after the storm.", "z. T."),
    ("The museum is z. Zt. closed for renovation.", "z. Zt."),
    ("The hall is z. Z. being renovated.", "z. Z."),
    ("Please send the forms z. Hd. of the mayor's office.", "z. Hd."),
    ("The minister is zzt. on a trip to Asia.", "zzt."),
    ("Prices rose by 5 percent ggü. the previous year.", "ggü."),
    ("Questions bzgl. the new rules can be sent by email.", "bzgl."),
    ("The ticket costs 12 euros inkl. a drink.", "inkl."),
    ("The flat costs 900 euros exkl. heating.", "exkl."),
    ("The fee is 40 euros zzgl. VAT.", "zzgl."),
    ("The refund is 200 euros abzgl. a handling fee.", "abzgl."),
    ("Players, coaches, referees usf. met in the hall.", "usf."),
    ("The fire broke out zw. 2 and 3 in the morning.", "zw."),
    ("Such payments are i. d. R. made in March.", "i. d. R."),
    ("The rule applies i. S. v. section 4 of the statute.", "i. S. v."),
    ("The word is used ugs. for a small bar.", "ugs."),
    ("The office is closed wg. a strike.", "wg."),
    ("Restaurants are bisw. full on Mondays.", "bisw."),
    ("Such exceptions are i. Allg. rare.", "i. Allg."),
    ("The trains run tägl. between the two cities.", "tägl."),
    ("The bridge is z. B. used by 20,000 cars a day.", "z. B."),
    ("The city, d. h. its council, must decide.", "d. h."),
    ("Tenants can ggf. claim a refund.", "ggf."),
    ("The mayor will evtl. resign next week.", "evtl."),
    # units and quantities
    ("The village has about 800 Einw. and a school.", "Einw."),
    ("The town, 12,000 Einw., lies on the river.", "Einw."),
    ("The state will invest 3 Mio. euros in schools.", "Mio."),
    ("The debt rose to 2.4 Mrd. euros.", "Mrd."),
    ("Around 50 Tsd. visitors came to the fair.", "Tsd."),
    ("The journey takes 3 Std. by train.", "Std."),
    ("The talks lasted 45 Min. and ended without result.", "Min."),
    ("He ran the distance in 9.8 Sek. on Saturday.", "Sek."),
    ("The concert starts at 20 Uhr in the main hall.", "Uhr"),
    ("The flat has 80 qm and a balcony.", "qm"),
    ("The park covers 12 qkm on the edge of the city.", "qkm"),
    ("The shop sold 300 Stk. on the first day.", "Stk."),
    # official, legal, administrative
    ("The case is filed under Az. 3 K 12/21 at the court.", "Az."),
    ("The rule is laid down in Abs. 2 of the law.", "Abs."),
    ("The house at Hauptstraße Nr. 5 was sold.", "Nr."),
    ("Files Nrn. 4 to 9 are missing.", "Nrn."),
    ("Call Tel. 030 123456 for details.", "Tel."),
    ("Visitors should go to the Abt. for public order.", "Abt."),
    ("Buses leave from the Bhf. every ten minutes.", "Bhf."),
    ("The Kfz tax will rise next year.", "Kfz"),
    ("Three PKW were damaged in the crash.", "PKW"),
    ("A LKW overturned on the motorway.", "LKW"),
    ("A Pkw was stolen in the night.", "Pkw"),
    ("The ÖPNV will be free for pupils.", "ÖPNV"),
    ("Prices are given incl. the USt. of 19 percent.", "USt."),
    # titles and roles
    ("The speaker was Dipl.-Ing. Klaus Becker of the city council.", "Dipl.-Ing."),
    ("Anna Schmid, Dipl.-Kfm., heads the finance department.", "Dipl.-Kfm."),
    ("Peter Wagner MdB visited the school on Friday.", "MdB"),
    ("Sabine Koch MdL opened the exhibition.", "MdL"),
    ("Jutta Frank MdEP spoke in Brussels.", "MdEP"),
    ("Hrn. Müller was not available for comment.", "Hrn."),
    ("The letter was addressed to Frl. Weber.", "Frl."),
    ("Abg. Schulz asked the government about the costs.", "Abg."),
    ("Bgm. Hofmann opened the new bridge.", "Bgm."),
    ("Präs. Steinmeier will visit the city in May.", "Präs."),
    ("General a. D. Harald Kujat criticised the plan.", "a. D."),
    ("Pastor i. R. Martin Vogel led the service.", "i. R."),
    # dates
    ("The deadline is 3 Febr. for all applications.", "Febr."),
    ("The market opens on 15 Mrz. this year.", "Mrz."),
    ("The vote is on 12 Mär. in all districts.", "Mär."),
    ("The deadline is 15 Okt. for all applications.", "Okt."),
    ("The church dates from the 12th Jh. and was restored.", "Jh."),
    ("The castle dates from the 14th Jahrh. and is open to visitors.", "Jahrh."),
    # media, notes
    ("(Anm. d. Red.: the interview was shortened.)", "Anm. d. Red."),
    ("The book, Hrsg. by the city archive, appears in May.", "Hrsg."),
    ("The mayor, verh., two children, lives in the old town.", "verh."),
    ("The church is kath. and was built in 1890.", "kath."),
    ("The letter was gez. by the mayor.", "gez."),
]

PASSES = [
    # company forms and names
    "Siemens AG reported higher profits.",
    "The Handelsblatt Media Group GmbH publishes the paper.",
    "Volkswagen AG and Porsche SE announced the deal.",
    "The club, Hertha BSC GmbH & Co. KGaA, is in debt.",
    "The publisher S. Fischer Verlag is based in Frankfurt.",
    "The novel was published by S. Fischer in 1925.",
    "LG Electronics unveiled a new television.",
    # English abbreviations
    "The fee is about 20 dollars, i.e. less than last year.",
    "Fruit, e.g. apples and pears, is cheaper this year.",
    "The meeting is at 10 a.m. on Monday.",
    "The event ends at 5 p.m. sharp.",
    "Germany vs. France is the match of the day.",
    "Dr. Smith and Prof. Jones spoke at the conference.",
    "The shop is on St. Mary's Road.",
    "The deadline is Jan. 15 for all applications.",
    "Sales rose in Aug. and Sept. and fell in Nov.",
    "The report appeared in Dec. 2021.",
    "The speed limit is 130 km/h on this stretch.",
    "Send your comments by email or fax.",
    "The rule is in Art. 6 of the GDPR.",
    "See pp. 12 ff. of the report.",
    "The company, Acme Ltd., was sold.",
    "The session lasted 45 min. in total.",
    "The temperature fell to a min. of minus 5 degrees.",
    "The vote took place on Oct. 3.",
    "It cost 5 million euros, approx. a third of the budget.",
    "The event is for adults, incl. pensioners.",
    "The U.S. and the U.K. signed the agreement.",
    "Write to P.O. Box 12 for details.",
    "The number of cases, No. 5 on the list, was small.",
    "The treaty was signed in A.D. 800 according to legend.",
    "A.D. Miller wrote the novel.",
    "The ceremony started at 10 a.m. and ended at noon.",
    # legal citations English keeps
    "It is clearly not an exception according to § 312d BGB.",
    "The court ruled under Section 130 StGB.",
    "The Federal Court of Justice (BGH) rejected the appeal.",
    "Article 5 GG protects the freedom of the press.",
    # initials and names
    "The poet T. S. Eliot lived in London.",
    "Author J. K. Rowling published a new book.",
    "The composer C. P. E. Bach was born in Weimar.",
    "The critic I. A. Richards taught at Cambridge.",
    "The physicist M. E. J. Newman wrote the paper.",
    "The economist J. M. Keynes wrote about the peace.",
    "The writer Z. Z. Packer spoke at the festival.",
    "Mio Yamada won the final in Tokyo.",
    "The singer Min Yoon-gi performed in Seoul.",
    "Kath. Kelly and Tom Brown spoke to reporters.",
    "I spoke to Kath. She said no.",
    "Emperor Charles V. and Louis XIV. ruled large empires.",
    "Pope John Paul II visited Poland.",
    "Frankfurt am Main is the seat of the central bank.",
    # art, museums, English words
    "She studied at the Royal College of Art. Then she moved to Paris.",
    "The exhibition of modern Art. opens today.",
    "The show is a gem. Critics loved it.",
    "She changed her mind. Then she left.",
    "The band played the song Min. Later they left the stage.",
    "The report is in Vol. 3 of the series.",
    "The Kita was closed for a week.",
    "Kita staff went on strike over pay.",
    "The Bundestag passed the bill.",
    "The figure is 5 per cent higher.",
    "The fund invests in AO companies, its chief executive said.",
    "The OB-GYN clinic reopened.",
    "Tel Aviv is the country's economic centre.",
    "The singer is from Tel Aviv.",
    "Wg. Cdr. Smith flew the plane.",
]


@pytest.mark.parametrize("sentence, flagged", FIRES)
def test_fires(sentence, flagged):
    assert flagged in hit_texts(RULE, sentence)


@pytest.mark.parametrize("sentence", PASSES)
def test_passes(sentence):
    assert hit_texts(RULE, sentence) == []


def test_dev_set_is_large_enough():
    assert len(FIRES) >= 60 and len(PASSES) >= 60
