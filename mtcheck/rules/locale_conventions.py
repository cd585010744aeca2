"""Source-language conventions shared by the locale rules (MT701 number-format, MT702 date-format,
MT703 currency-format): one pair's conventions compiled into patterns, plus word-context helpers.

The rule code is generic: each pair's ``data/<src>-<tgt>/conventions.toml`` says how the source
language writes numbers ("100.000", "4,5"), dates ("12.01.2022", "12. Januar"), clock times ("20 Uhr"),
amounts ("5 Mio. €") and percentages ("5 %"); ``data/common/structure.en.toml`` ([locale_context])
holds the English context words that settle ambiguous cases. A new pair is a new data file.
"""
from __future__ import annotations

import re
from typing import Any

from mtcheck.rules.base import Context
from mtcheck.text.lazy_regex import lazy_compile

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
_PREV_WORD = lazy_compile(r"([^\s\d]+)\s*$")
_NEXT_WORD = lazy_compile(r"\s*([^\s\d]+)")
_YEAR = lazy_compile(r"(?:19|20)\d\d")
_WORD_EDGE = "“”\"'‘’()[],.;:!?"


def _alternation(words: Any) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"


class Conventions:
    """One pair's conventions.toml plus the English context lists, compiled once."""

    # The number patterns start with a digit and look behind it ("\d(?<![\w.,]\d)") rather than start
    # with the look-behind: a leading digit lets the regex engine skip to candidates, ~3x faster on prose.

    def __init__(self, conv: dict[str, Any], english: dict[str, Any]) -> None:
        numbers, dates, times = conv.get("numbers", {}), conv.get("dates", {}), conv.get("times", {})
        currency, percent = conv.get("currency", {}), conv.get("percent", {})
        self.empty = not conv
        self.thousands = tuple(numbers.get("thousands_separators", ()))
        self.decimal = numbers.get("decimal_separator", ".")
        seps = _alternation({*self.thousands, self.decimal})
        self.number = re.compile(rf"\d(?<![\w.,/:]\d)\d*(?:(?:{seps})\d+)+(?!\w)(?![.,/:]\d)")
        self.group_split = re.compile(_alternation(self.thousands))
        self.scale_words = frozenset(english.get("scale_words", ()))
        self.decimal_units = frozenset(english.get("decimal_units", ()))
        self.non_quantity = frozenset(english.get("non_quantity_words", ()))
        self.count_words = frozenset(english.get("count_units", ())) | {
            w.lower() for w in (*currency.get("words", {}), *percent.get("words", {}))}
        self.date_preps = frozenset(english.get("date_prepositions", ())) | set(dates.get("date_prepositions", ()))
        self.source_months: dict[str, str] = dict(dates.get("months", {}))
        self.weekdays: dict[str, str] = dict(dates.get("weekdays", {}))
        self.ordinal_dot = bool(dates.get("ordinal_dot", False))
        self.date_seps = tuple(dates.get("numeric_separators", ()))
        self.ambiguous_date_seps = tuple(dates.get("ambiguous_separators", ()))
        self.clock_words = tuple(times.get("clock_words", ()))
        self.hour_letter = times.get("hour_letter", "")
        self.symbols = tuple(currency.get("symbols", ()))
        self.currency_words: dict[str, str] = dict(currency.get("words", {}))
        self.scales: dict[str, str] = dict(currency.get("scales", {}))
        self.percent_words: dict[str, str] = dict(percent.get("words", {}))
        self.percent_space = bool(percent.get("space_before_sign", False))
        self.english_preps = frozenset(english.get("date_prepositions", ()))
        self._compile_dates(dates)
        self._compile_amounts()

    def _compile_dates(self, dates: dict[str, Any]) -> None:
        any_sep = _alternation(self.date_seps + self.ambiguous_date_seps)
        self.numeric_date = re.compile(
            rf"(\d(?<![\w.,/:-]\d)\d?)({any_sep})(\d{{1,2}})\2(\d{{4}}|\d{{2}})?(?!\w)(?![.,/:-]\d)")
        # "on 1.1." matches with the trailing separator and no year
        months = _alternation({*MONTHS, *self.source_months})
        suffix = _alternation(dates.get("day_suffixes", ()))
        link = _alternation(dates.get("day_month_links", ()))
        self.day_month = re.compile(
            rf"(\d(?<![\w.,:–-]\d)\d?)(?:{suffix})?(\.)?[ \u00a0]+(?:(?:{link})[ \u00a0]+)?({months})\b"
            rf"(?:,?[ \u00a0]+(?:(?:{link})[ \u00a0]+)?(\d{{4}})\b)?")
        # No leading \b: a pattern that starts with its literals scans fast; callers check the start.
        self.month_year = re.compile(rf"({_alternation(self.source_months)})[ \u00a0]+(\d{{4}})\b")
        self.weekday = re.compile(rf"({_alternation(self.weekdays)})\b")
        clock = _alternation(self.clock_words)
        self.clock = re.compile(rf"(\d(?<![\w.,:]\d)\d?)(?:[.:](\d{{2}}))?[ \u00a0]*(?:{clock})(?!\w)")
        letter = re.escape(self.hour_letter) if self.hour_letter else "(?!)"
        self.hour_letter_time = re.compile(rf"(\d(?<![\w.,:]\d)\d?) ?{letter} ?(\d{{2}})\b")

    def _compile_amounts(self) -> None:
        plain_space = r"| (?=\d{3}(?!\d))" if " " in self.thousands else ""  # "5 000 €" in French only
        num = rf"\d*(?:(?:[.,\u00a0\u202f]{plain_space})\d+)*"  # after a first digit
        gap = r"[ \u00a0\u202f]?"
        self.amount = re.compile(
            rf"(\d(?<![\w.,]\d){num})(?:({gap})({_alternation({*self.scales, *self.scale_words})})(?!\w))?"
            rf"(?:({gap})(?:({_alternation(self.symbols)})|({_alternation(self.currency_words)})(?!\w)"
            rf"|({_alternation(self.percent_words)})(?!\w)|(%)))?")
        signs = [s for s in self.symbols if not s.isalpha()]  # "CHF 5" is correct; "€ 5" is not
        self.symbol_first = re.compile(rf"({_alternation(signs)})[ \u00a0\u202f]+(\d+(?:[.,]\d+)*)")

    def to_english(self, num: str) -> tuple[str, bool] | None:
        """The English spelling of a source-format number and whether the reading is ambiguous ("1.500"),
        or None when ``num`` is no source-format number (English "2,500", a date "12.01.2022")."""
        int_part, dec = num, ""
        if self.decimal in num:
            int_part, _, dec = num.rpartition(self.decimal)
            if self.decimal in int_part or not dec.isdigit():
                return None  # "1,2,3" is a list, "1,234.56" English
            if len(dec) == 3 and not self.group_split.search(int_part):
                return None  # "2,500": English thousands
            if len(dec) >= 4 and (len(int_part) >= 4 or _YEAR.fullmatch(dec)):
                return None  # "2019,2020": a list of years, not a decimal
        groups = self.group_split.split(int_part) if self.thousands else [int_part]
        seps = self.group_split.findall(int_part) if self.thousands else []
        if len(groups) > 1:
            if not (len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])):
                return None
            if " " in seps and not all(g.endswith("00") for g in groups[1:]):
                return None  # a plain space groups digits only in round numbers ("5 000")
        english = ",".join(groups) + ("." + dec if dec else "")
        if english == num:
            return None
        ambiguous = len(groups) == 2 and not dec and seps[0] == "."
        return english, ambiguous


_CACHE: dict[tuple[int, int], tuple[Any, Any, Conventions]] = {}


def conventions(ctx: Context) -> Conventions:
    conv, english = ctx.pack.table("conventions"), ctx.pack.common("structure").get("locale_context", {})
    if not conv:
        return _NO_CONVENTIONS  # no source language, or a pair without conventions.toml
    key = (id(conv), id(english))
    hit = _CACHE.get(key)
    if hit is None or hit[0] is not conv or hit[1] is not english:  # packs cache tables: ids are stable
        hit = _CACHE[key] = (conv, english, Conventions(conv, english))
    return hit[2]


_NO_CONVENTIONS = Conventions({}, {})


def starts_word(text: str, start: int) -> bool:
    return start == 0 or not text[start - 1].isalnum()


def prev_word(text: str, start: int) -> str:
    m = _PREV_WORD.search(text, max(0, start - 40), start)
    return m.group(1).strip(_WORD_EDGE).lower() if m else ""


def next_word(text: str, end: int) -> str:
    m = _NEXT_WORD.match(text, end, end + 40)
    return m.group(1).strip(_WORD_EDGE).lower() if m else ""
