"""MT503 untranslated-abbreviation, round 21: Austrian and Swiss institutions, laws, parliamentary roles, Vienna's
municipal departments, body values and classified-ad cuts, with English that looks alike (must stay quiet).

Written by hand for development; no evaluation material was read other than the list of fresh26's misses.
"""
from __future__ import annotations

import pytest

from mtcheck.rules.untranslated_abbreviation import UntranslatedAbbreviation
from tests.conftest import hit_texts

_AT = " The case was heard in Vienna."
_CH = " The case was heard in Zurich."

FIRES = [
    # Austrian and Swiss authorities, insurers, unions, universities, transport associations (listed)
    ("The RTR has cleared the merger of the two broadcasters.", "RTR"),
    ("Complaints about the roaming bill can be sent to the RTR.", "RTR"),
    ("The AGES found salmonella in four of the samples." + _AT, "AGES"),
    ("According to the AGES, the tick season starts early in Austria.", "AGES"),
    ("Teachers are insured with the BVAEB.", "BVAEB"),
    ("The BVAEB will reimburse the cost of the glasses.", "BVAEB"),
    ("The FSW funds places in assisted living.", "FSW"),
    ("The BBU runs the reception centre in Traiskirchen.", "BBU"),
    ("Researchers at the BOKU have bred a new apple variety.", "BOKU"),
    ("The ALV will run a deficit next year.", "ALV"),
    ("He has to prove to the RAV that he applied for ten jobs.", "RAV"),
    ("The SUVA pays for the treatment after the accident at work.", "SUVA"),
    ("The GDK calls on the cantons to plan hospitals jointly.", "GDK"),
    ("The GGR rejected the motion by a clear majority.", "GGR"),
    # ambiguous letters, in a document about Austria or Switzerland
    ("The FMA has revoked the licence of the broker." + _AT, "FMA"),
    ("The VA criticised the long waiting times at the passport office." + _AT, "VA"),
    ("The DSB imposed a fine on the hospital." + _AT, "DSB"),
    ("The GPA and the employers have agreed a new contract." + _AT, "GPA"),
    ("The BFG overturned the tax office's decision." + _AT, "BFG"),
    ("Students at the WU protested against the fees." + _AT, "WU"),
    ("The VOR will add more trains to the S-Bahn." + _AT, "VOR"),
    ("A ticket from the VVT now costs 1 euro a day in Innsbruck.", "VVT"),
    ("The EO compensates soldiers for their lost earnings." + _CH, "EO"),
    ("The SNF supports 5,000 researchers a year." + _CH, "SNF"),
    # laws: by the law frame ("Article N of the X", "under the X", "subject to X") or after "the"
    ("Under Article 336 of the OR, the dismissal was abusive.", "OR"),
    ("Art. 257 of the OR sets the deadline for the rent.", "OR"),
    ("Tenants in old buildings are protected by the MRG.", "MRG"),
    ("Under the MRG, the rent may not exceed the reference value.", "MRG"),
    ("Buyers must pay NoVA on imported cars." + _AT, "NoVA"),
    ("The FSG sets a probation period for new drivers." + _AT, "FSG"),
    ("The EAG guarantees market premiums for wind power.", "EAG"),
    ("Under the DSG, companies must report data breaches." + _CH, "DSG"),
    ("The SVG was tightened for reckless drivers." + _CH, "SVG"),
    # parliamentary roles of a party; Vienna's municipal departments
    ("The ÖVP KO rejected the proposal.", "KO"),
    ("The KO of the SPÖ spoke for an hour.", "KO"),
    ("The MA 48 collects the rubbish twice a week.", "MA 48"),
    ("Applications are processed by the MA 35.", "MA 35"),
    # body values
    ("Her BZ was measured every two hours.", "BZ"),
    ("The nurse checked his BZ before lunch.", "BZ"),
    # recipe and advert cuts
    ("Stir in 2 geh. teaspoons of cocoa.", "geh."),
    ("Add 1 gestr. teaspoon of salt.", "gestr."),
    ("Opel Astra, 95 Tkm, winter tyres.", "Tkm"),
    ("Skoda Octavia, 210 Tkm, towbar.", "Tkm"),
    ("BMW 320d, el. FH, heated seats.", "el. FH"),
    ("Ford Focus with AT-Motor, new clutch.", "AT-Motor"),
    ("The museum is open So. u. Fei. from 2 p.m.", "So. u. Fei."),
]

QUIET = [
    # English regulators and bodies in the same frames
    "The FDA approved the drug on Monday.",
    "The FCA warns against the trading platform.",
    "The SEC fined the bank 20 million dollars.",
    "The VA received 20,000 complaints from veterans in Ohio last year.",
    "The DSB ruled that the tariffs broke WTO rules.",
    "The FMA in Wellington warned investors about the scheme.",
    "Under Article 5 of the NATO treaty, an attack on one is an attack on all.",
    "Under Article 50 of the TEU, a state may leave the union.",
    "The surgeon was called back to the OR at midnight.",
    "The EO signed by the president takes effect on Friday.",
    "She sent the money home with WU.",
    "The GPA of the students rose to 3.4.",
    "The BFG is a children's book by Roald Dahl.",
    "The SVG file is too large to upload.",
    "The new DSG gearbox shifts faster.",
    "He drove a Toyota RAV4 to the coast.",
    "The VOR beacon at the airport was switched off.",
    "The boxer won by KO in the third round.",
    "He has an MA in history from Boston.",
    "Send it to 12 Main Street, Boston, MA 02115.",
    "The EKG showed no abnormalities.",
    "The BZ reported on the fire in Freiburg.",
    "The AGES of the children ranged from 6 to 12.",
    "The SNF cares for 120 residents in Ohio.",
    "Under FSG, Liverpool won the Premier League.",
    # explained in the same article
    "The Financial Market Authority (FMA) warned investors. The FMA said the platform was unlicensed." + _AT,
    "The Ombudsman Board (VA) received 20,000 complaints. The VA said most were about the police." + _AT,
    "The RTR (the telecoms regulator) approved the price rise.",
    # Austrian and Swiss names English keeps
    "The ÖVP and the FPÖ agreed on a coalition in Vienna.",
    "The SVP won the election in Zurich.",
    "The ORF broadcast the debate live.",
    "The SNB left rates unchanged at 1 percent in Zurich.",
    # recipe, car and opening-time English
    "Add 1 heaped tablespoon of sugar.",
    "VW Golf, 140,000 km, new brakes.",
    "Audi A4, electric windows, air conditioning, 6,900 euros.",
    "Open Sundays and public holidays from 10 a.m.",
]


def _texts(text: str) -> list[str]:
    return hit_texts(UntranslatedAbbreviation, text)


@pytest.mark.parametrize("text,expected", FIRES)
def test_fires(text: str, expected: str) -> None:
    assert expected in _texts(text)


@pytest.mark.parametrize("text", QUIET)
def test_quiet(text: str) -> None:
    assert _texts(text) == []
