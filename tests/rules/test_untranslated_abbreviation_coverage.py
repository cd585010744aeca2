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
