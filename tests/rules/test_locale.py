"""MT701 number-format, MT702 date-format, MT703 currency-format."""
from __future__ import annotations

from pathlib import Path

import pytest

from mtcheck.packs import Pack
from mtcheck.rules.base import Context, make_options
from mtcheck.rules.currency_format import CurrencyFormat
from mtcheck.rules.date_format import DateFormat
from mtcheck.rules.number_format import NumberFormat
from mtcheck.text.segment import segment
from tests.conftest import SEED, hit_texts, run_rule


def _apply(text: str, hit) -> str:
    out = text
    for edit in sorted(hit.fix.edits, key=lambda e: e.span.start, reverse=True):
        out = out[:edit.span.start] + edit.replacement + out[edit.span.end:]
    return out


# --- MT701 number-format ------------------------------------------------------------------------------

GERMAN_NUMBERS = [
    ("Russia has gathered 100.000 soldiers on the border.", "100.000", "100,000"),
    ("Inflation rose to 4,5 Prozent in March.", "4,5", "4.5"),
    ("Inflation rose to 4,5 percent in March.", "4,5", "4.5"),
    ("The deal is worth 2,5 billion euros.", "2,5", "2.5"),
    ("A total of 1.000.000 people took part.", "1.000.000", "1,000,000"),
    ("Only 0,5 percent voted.", "0,5", "0.5"),
    ("A ticket costs 3,75 Euro.", "3,75", "3.75"),
    ("The sum was 1.234,56 euros.", "1.234,56", "1,234.56"),
    ("Around 1.500 people attended the rally.", "1.500", "1,500"),
    ("The town has 12.345 inhabitants.", "12.345", "12,345"),
    ("Pi is roughly 3,1416.", "3,1416", "3.1416"),
    ("The fund holds 250.000 euros.", "250.000", "250,000"),
    ("The pipeline is 1.234 km long.", "1.234", "1,234"),
    ("The rally drew 1.500 on Monday.", "1.500", "1,500"),
    ("I generated a list of 10.000 strings.", "10.000", "10,000"),
]


@pytest.mark.positive
@pytest.mark.parametrize("text, number, english", GERMAN_NUMBERS)
def test_source_number_format_flagged(text: str, number: str, english: str) -> None:
    [hit] = run_rule(NumberFormat, text)
    assert text[hit.span.start:hit.span.end] == number
    assert hit.suggestion == english and not hit.fix.safe
    assert _apply(text, hit) == text.replace(number, english)


ENGLISH_NUMBERS = [
    "Russia has gathered 100,000 soldiers.",
    "Inflation was 2.5 percent; 1,000,000 people paid 3.75 dollars.",
    "Options 1, 2, 3 and 1,2,3 were discussed.",
    "About 2,500 people came.",
    "The sum was 1,234.56 dollars.",
    "Version 1.500 was released.",
    "The board measured 2.125 inches.",
    "The euro traded at $1.125.",
    "The company made $1.275 billion.",
    "The group reported revenue of 1.275 billion dollars.",
    "Yields rose to 1.375 percent.",
    "He ran 100 m in 9.580 seconds.",
    "The laptop (ThinkPad E480,20KQ) broke.",
    "The index closed at 0.125.",
    "The talks resume on 12.01.2022.",
    "The meeting starts at 10.30 and ends at 12.15.",
    "Please update to 1.5.2 now; see section 4.100.",
    "The server at 192.168.1.1 is down.",
    "The score was 3:1 after 90 minutes.",
    "He was born in 1990 and 100 people came.",
    "The 30 years since May 1997 have changed NATO.",
    "Copyright © 2019,2020 Facebook, Inc.",
    "BP = 1.000, ratio = 1.026, hyp_len = 62880.",
    "The frequencies of 484977 and 98.371 and every other sequence.",
    "The reading was 12.345, well above the norm.",
    "The exchange rate stood at 1.125 for a week.",
]


@pytest.mark.negative
@pytest.mark.parametrize("text", ENGLISH_NUMBERS)
def test_english_numbers_not_flagged(text: str) -> None:
    assert hit_texts(NumberFormat, text) == []


@pytest.mark.negative
def test_ambiguous_thousands_can_be_left_alone() -> None:
    assert hit_texts(NumberFormat, "Around 1.500 people attended.", flag_ambiguous=False) == []
    assert hit_texts(NumberFormat, "Around 100.000.000 people.", flag_ambiguous=False) == ["100.000.000"]


@pytest.mark.negative
def test_no_source_language_means_no_judgement() -> None:
    assert hit_texts(NumberFormat, "Russia has gathered 100.000 soldiers.", source=None) == []


@pytest.mark.positive
def test_french_space_grouping() -> None:
    text = "Russia has gathered 100\u202f000 soldiers, 5 000 tanks and 4,5 % of its reserves."
    assert hit_texts(NumberFormat, text, source="fr") == ["100\u202f000", "5 000", "4,5"]


@pytest.mark.negative
@pytest.mark.parametrize("text", [
    "In 2019 100 people died.", "The model has 12 345 parts.", "Only 1.500 people came.",
])
def test_french_pack_leaves_english_and_odd_groupings(text: str) -> None:
    assert hit_texts(NumberFormat, text, source="fr") == []


@pytest.mark.positive
def test_spanish_pack() -> None:
    assert hit_texts(NumberFormat, "Spain sent 100.000 doses and 4,5 tonnes.", source="es") == ["100.000", "4,5"]


# --- MT702 date-format --------------------------------------------------------------------------------

GERMAN_DATES = [
    ("The talks resume on 12.01.2022.", "12.01.2022", "12 January 2022"),
    ("On 12. Januar the talks resume.", "12. Januar", "12 January"),
    ("On 12. January the talks resume.", "12. January", "12 January"),
    ("The talks resumed am 3. März.", "3. März", "3 March"),
    ("Until 31.12. nothing will change.", "31.12.", "31 December"),
    ("ROSTOCK, 08.02. — BASF plans to cut jobs.", "08.02.", "8 February"),
    ("Order and payment was on 12.1.21.", "12.1.21", "12 January 2021"),
    ("My order from 03.01.21 arrived.", "03.01.21", "3 January 2021"),
    ("The meeting starts at 20 Uhr.", "20 Uhr", "8 pm"),
    ("The meeting starts at 20.15 Uhr.", "20.15 Uhr", "8:15 pm"),
    ("Doors open at 9:30 Uhr.", "9:30 Uhr", "9:30 am"),
    ("Midnight is 24 Uhr in Germany.", "24 Uhr", "midnight"),
    ("The vote is on Montag.", "Montag", "Monday"),
    ("The vote is next Donnerstag.", "Donnerstag", "Thursday"),
    ("The programme starts in Mai 2022.", "Mai 2022", "May 2022"),
    ("It ends on 24 Dezember 2023.", "24 Dezember 2023", "24 December 2023"),
    ("It ends on 1. Juli 2023, a Friday.", "1. Juli 2023", "1 July 2023"),
]


@pytest.mark.positive
@pytest.mark.parametrize("text, date, english", GERMAN_DATES)
def test_source_date_flagged(text: str, date: str, english: str) -> None:
    [hit] = run_rule(DateFormat, text)
    assert text[hit.span.start:hit.span.end] == date
    assert hit.suggestion == english


ENGLISH_DATES = [
    "The meeting is on January 12, 2022.",
    "The meeting is on 12 January 2022.",
    "The meeting starts at 8 pm, and at 10.30 the doors close.",
    "The deadline is 31.12.",
    "Please update to 1.5.2 now.",
    "Python 3.10.12 is out.",
    "Version 1.10.22 fixes it.",
    "The Bild am Sonntag reported it.",
    "Freitag bags are popular.",
    "Mai Thi Nguyen-Kim spoke.",
    "Juli Zeh wrote a novel.",
    "1. January: new law\n2. February: new tax",
    "He won 3-1. May was a good month.",
    "In 2012. January was cold.",
    "The index rose to 12.01.",
    "Troops have been stationed there since May 1997.",
    "The ceasefire began on Monday, 3 March.",
    "He said it 20 times.",
    "I was told on the 18/01 that the payment was made.",
]


@pytest.mark.negative
@pytest.mark.parametrize("text", ENGLISH_DATES)
def test_english_dates_not_flagged(text: str) -> None:
    assert hit_texts(DateFormat, text) == []


@pytest.mark.positive
def test_french_dates_and_times() -> None:
    text = "The talks resume on 1er janvier 2022 at 20h30, and on lundi at 20 heures."
    assert hit_texts(DateFormat, text, source="fr") == ["1er janvier 2022", "20h30", "lundi", "20 heures"]


@pytest.mark.positive
def test_ambiguous_slash_dates_only_on_request() -> None:
    text = "The talks resume on 12/01/2022."
    assert hit_texts(DateFormat, text, source="fr") == []
    assert hit_texts(DateFormat, text, source="fr", flag_ambiguous_separators=True) == ["12/01/2022"]


@pytest.mark.positive
def test_spanish_dates() -> None:
    text = "The talks resume on 12 de enero de 2022 at 20:15 horas."
    assert hit_texts(DateFormat, text, source="es") == ["12 de enero de 2022", "20:15 horas"]
    assert hit_texts(DateFormat, "It was on 2022-01-12 and 12-01-2022.", source="es") == []


# --- MT703 currency-format ----------------------------------------------------------------------------

AMOUNTS = [
    ("A ticket costs 5 €.", "5 €", "€5", False),
    ("A ticket costs 5€.", "5€", "€5", False),
    ("The plan costs 5 Mio. €.", "5 Mio. €", "€5 million", False),
    ("The plan costs 3 Mio. Euro.", "3 Mio. Euro", "3 million euros", False),
    ("The plan costs 2 Mrd. Euro more.", "2 Mrd. Euro", "2 billion euros", False),
    ("A ticket costs 60 Euro.", "60 Euro", "60 euros", False),
    ("Inflation rose by 5 Prozent.", "5 Prozent", "5 percent", False),
    ("Costs rose 5 Prozentpunkte.", "5 Prozentpunkte", "5 percentage points", False),
    ("Unemployment fell by 5 %.", "5 %", "5%", True),
    ("Unemployment fell by 4,5 %.", "4,5 %", "4.5%", False),
    ("It costs € 5.", "€ 5", "€5", True),
    ("I ordered it for € 249.", "€ 249", "€249", True),
    ("It costs £ 1,200.50 now.", "£ 1,200.50", "£1,200.50", True),
    ("The plan costs 1.500 €.", "1.500 €", "€1,500", False),
    ("The mission will cost 7.5 million Euro.", "7.5 million Euro", "7.5 million euros", False),
    ("The fee was about 100 million €.", "100 million €", "€100 million", False),
    ("Russia froze assets worth 17 million Dollar.", "17 million Dollar", "17 million dollars", False),
]


@pytest.mark.positive
@pytest.mark.parametrize("text, amount, english, safe", AMOUNTS)
def test_source_amount_flagged(text: str, amount: str, english: str, safe: bool) -> None:
    [hit] = run_rule(CurrencyFormat, text)
    assert text[hit.span.start:hit.span.end] == amount
    assert hit.suggestion == english and hit.fix.safe is safe
    if safe:
        assert _apply(text, hit) == text.replace(amount, english)


@pytest.mark.positive
def test_amount_suggestion_in_words_when_asked() -> None:
    [hit] = run_rule(CurrencyFormat, "The plan costs 5 Mio. €.", sign_before_amount=False)
    assert hit.suggestion == "5 million €"


ENGLISH_AMOUNTS = [
    "A ticket costs €5, or 5 euros, or $5, or £5.",
    "The plan costs €5 million.",
    "Inflation hit 5% and 4.5 percent.",
    "It costs 5 EUR or EUR 5.",
    "It costs CHF 5.",
    "The Euro 2024 final was in Berlin.",
    "The euro fell 5 cents.",
    "Russia has gathered around 100,000 soldiers.",
]


@pytest.mark.negative
@pytest.mark.parametrize("text", ENGLISH_AMOUNTS)
def test_english_amounts_not_flagged(text: str) -> None:
    assert hit_texts(CurrencyFormat, text) == []


@pytest.mark.positive
def test_french_amounts() -> None:
    text = "It costs 5 000 €, 3 M€ and 4,5 % more."
    assert hit_texts(CurrencyFormat, text, source="fr") == ["5 000 €", "3 M€", "4,5 %"]


# --- the seed article and human English ----------------------------------------------------------------

RULES = (NumberFormat, DateFormat, CurrencyFormat)


def _hits(text: str) -> dict[str, list[str]]:
    doc = segment(text, source_lang="de", target_lang="en")
    out = {}
    for rule in RULES:
        ctx = Context(make_options(rule, {}), Pack("de", "en"))
        out[rule.id] = [text[h.span.start:h.span.end] for h in rule().check(doc, ctx)]
    return out


@pytest.mark.negative
def test_seed_has_no_locale_findings() -> None:
    """The seed's numbers and dates ("100,000 soldiers", "May 1997", "30 years") are English."""
    assert _hits(SEED.read_text(encoding="utf-8")) == {"MT701": [], "MT702": [], "MT703": []}


@pytest.mark.negative
def test_few_findings_on_human_reference_translations(shared_dir: Path) -> None:
    """WMT22 de-en reference A: only "1,000 Euro" (a German capital-E Euro left by the translator)."""
    lines = (shared_dir / "wmt" / "generaltest2022.de-en.ref.A.en").read_text(encoding="utf-8").split("\n")
    assert _hits("\n\n".join(lines)) == {"MT701": [], "MT702": [], "MT703": ["1,000 Euro"]}
