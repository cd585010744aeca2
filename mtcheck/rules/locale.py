"""Source-language number, date, time, currency and percent formats left in English text.

The rule code is generic: each pair's ``data/<src>-<tgt>/conventions.toml`` says how the source
language writes numbers ("100.000", "4,5"), dates ("12.01.2022", "12. Januar"), clock times ("20 Uhr"),
amounts ("5 Mio. €") and percentages ("5 %"); ``data/common/structure.en.toml`` ([locale_context])
holds the English context words that settle ambiguous cases. A new pair is a new data file.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Iterator

from mtcheck.lang.verbs import pos_tags
from mtcheck.model import Category, Document, Edit, Fix, Hit, Severity, Span
from mtcheck.rules.base import Context, Rule

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
_PREV_WORD = re.compile(r"([^\s\d]+)\s*$")
_NEXT_WORD = re.compile(r"\s*([^\s\d]+)")
_DATELINE_DASH = re.compile(r"[ \u00a0]+[—–]")  # "ROSTOCK, 08.02. — BASF plans ..."
_YEAR = re.compile(r"(?:19|20)\d\d")
_NOUNISH = frozenset({"NOUN", "ADJ"})
_DATE_AFTER_WEEKDAY = re.compile(r",?\s+(?:den\s+|le\s+|el\s+)?\d")  # "Montag, den 3.", "lundi 3"
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


def _starts_word(text: str, start: int) -> bool:
    return start == 0 or not text[start - 1].isalnum()


def _prev_word(text: str, start: int) -> str:
    m = _PREV_WORD.search(text, max(0, start - 40), start)
    return m.group(1).strip(_WORD_EDGE).lower() if m else ""


def _next_word(text: str, end: int) -> str:
    m = _NEXT_WORD.match(text, end, end + 40)
    return m.group(1).strip(_WORD_EDGE).lower() if m else ""


class NumberFormat(Rule):
    """A number written the source language's way: thousands dots, decimal commas.

    ## What it does
    Flags "100.000" (German thousands), "4,5" and "0,5" (decimal comma), "1.234,56" and French
    "100 000". English forms ("100,000", "2.5", "2,500", lists "1,2,3" and "2019,2020") pass. A lone
    "1.500" is ambiguous: it is flagged when it ends in "00" or a noun or unit follows ("12.345
    inhabitants", "1.234 km"), unless it starts with 0, follows a currency sign, "=" or a word like
    "version", or precedes "million" or a unit English writes with three decimals ("inches",
    "seconds", "percent"). Numeric dates belong to MT702.

    ## Why it matters
    "100.000 soldiers" reads as one hundred soldiers to an English reader; "4,5 percent" looks like a list.

    ## Example
        Russia has massed 100.000 soldiers; inflation rose to 4,5 percent.

    ## Use instead
        Russia has massed 100,000 soldiers; inflation rose to 4.5 percent.

    ## Fix safety
    Unsafe: the conversion is certain for "4,5" but not for a lone "1.500", and a few
    contexts (codes, scores) may still slip through.
    """

    id = "MT701"
    name = "number-format"
    category = Category.LOCALE
    severity = Severity.ERROR

    @dataclass(frozen=True)
    class Options:
        flag_ambiguous: bool = True  # judge a lone "1.500" by its context (else never flag it)

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        conv, text = conventions(ctx), doc.text
        if conv.empty:
            return
        for m in conv.number.finditer(text):
            english = conv.to_english(m.group())
            if english is None or _prev_word(text, m.start()) in conv.non_quantity:
                continue
            value, ambiguous = english
            if ambiguous and not self._thousands_in_context(conv, text, m, ctx.options):
                continue
            span = Span(m.start(), m.end())
            yield Hit(span, f'"{m.group()}" uses the source-language number format; English writes {value}',
                      suggestion=value, fix=Fix((Edit(span, value),), safe=False, description="convert the number"))

    @staticmethod
    def _thousands_in_context(conv: Conventions, text: str, m: re.Match[str], options: Any) -> bool:
        """Is a lone "d.ddd" German-style thousands here rather than an English three-decimal number?"""
        if not options.flag_ambiguous or m.group().startswith("0"):
            return False
        before = text[max(0, m.start() - 2):m.start()].strip()
        if before and before[-1] in "$£€¥=<>±~×":
            return False  # "$1.125", "ratio = 1.026": English decimals
        following = _next_word(text, m.end())
        if following in conv.scale_words or following in conv.decimal_units:
            return False  # "1.275 billion", "2.125 inches"
        if m.group().endswith("00"):
            return True  # "1.500", "10.000": English decimals are not written with trailing zeros
        # "12.345 inhabitants": a count noun follows (English decimals qualify units, not nouns)
        return following in conv.count_words or bool(following.isalpha() and pos_tags(following) & _NOUNISH)


class DateFormat(Rule):
    """A date or clock time written the source language's way.

    ## What it does
    Flags numeric dates ("12.01.2022", "on 1.1."), ordinal dots ("12. January", "am 3. März"),
    source-language month names next to a day or year ("12 Januar", "Mai 2022"), source weekday names
    after "on"/"last"/"next" ("on Montag") and clock times with a clock word ("20 Uhr", "20.15 Uhr") or
    hour letter ("20h30"). English dates ("January 12, 2022", "12 January 2022") and version numbers
    ("version 1.10.22") pass. Slash dates shared with English ("12/01/2022") are judged only on request.

    ## Why it matters
    "12.01.2022" is read as December 1 in the US; "20 Uhr" and "12. Januar" are untranslated conventions.

    ## Example
        The talks resume on 12.01.2022 at 20.15 Uhr.

    ## Use instead
        The talks resume on 12 January 2022 at 8:15 pm.

    ## Fix safety
    Unsafe: the suggestion picks the day-month-year style; house style may want "January 12, 2022".
    """

    id = "MT702"
    name = "date-format"
    category = Category.LOCALE
    severity = Severity.WARNING

    @dataclass(frozen=True)
    class Options:
        flag_ambiguous_separators: bool = False  # also judge "12/01/2022" for packs that mark "/" ambiguous

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        conv, text = conventions(ctx), doc.text
        if conv.empty:
            return
        seen: list[Span] = []
        for span, message, suggestion in sorted(self._candidates(conv, text, ctx.options)):
            if any(span.overlaps(s) for s in seen):
                continue
            seen.append(span)
            fix = Fix((Edit(span, suggestion),), safe=False, description="rewrite the date") if suggestion else None
            yield Hit(span, message, suggestion=suggestion, fix=fix)

    def _candidates(self, conv: Conventions, text: str, options: Any) -> Iterator[tuple[Span, str, str]]:
        for m in conv.numeric_date.finditer(text):
            day, sep, month, year = int(m.group(1)), m.group(2), int(m.group(3)), m.group(4)
            if not (1 <= day <= 31 and 1 <= month <= 12) or _prev_word(text, m.start()) in conv.non_quantity:
                continue
            if sep in conv.ambiguous_date_seps and not options.flag_ambiguous_separators:
                continue
            if year is None and not (sep == "." and (_prev_word(text, m.start()) in conv.date_preps
                                                     or _DATELINE_DASH.match(text, m.end()))):
                continue  # a bare "dd.mm." is a date only after "on", "until", "am" ... or in a dateline
            if year and len(year) == 2 and not (len(m.group(1)) == len(m.group(3)) == 2
                                                 or _prev_word(text, m.start()) in conv.date_preps):
                continue
            english = f"{day} {MONTHS[month - 1]}" + (f" {self._year(year)}" if year else "")
            yield Span(m.start(), m.end()), f'numeric date "{m.group()}" in the source-language format', english
        for m in conv.day_month.finditer(text):
            day, dot, month, year = m.group(1), m.group(2), m.group(3), m.group(4)
            source_month = month in conv.source_months
            at_line_start = m.start() == 0 or text[m.start() - 1] == "\n"
            if not (source_month or (dot and conv.ordinal_dot and not at_line_start)) or not 1 <= int(day) <= 31:
                continue
            english = f"{int(day)} {conv.source_months.get(month, month)}" + (f" {year}" if year else "")
            why = f'month name "{month}"' if source_month else f'ordinal dot in "{day}."'
            yield Span(m.start(), m.end()), f"{why} follows the source-language date style", english
        # ``str in`` is far cheaper than a regex scan: run the name patterns only when a name occurs.
        months_present = any(name in text for name in conv.source_months)
        for m in conv.month_year.finditer(text) if months_present else ():
            if _starts_word(text, m.start()):
                yield (Span(m.start(), m.end()), f'month name "{m.group(1)}" is not English',
                       f"{conv.source_months[m.group(1)]} {m.group(2)}")
        weekdays_present = any(name in text for name in conv.weekdays)
        for m in conv.weekday.finditer(text) if weekdays_present else ():
            if not _starts_word(text, m.start()):
                continue
            after = text[m.end():m.end() + 12]
            if _prev_word(text, m.start()) in conv.english_preps or _DATE_AFTER_WEEKDAY.match(after):
                yield Span(m.start(), m.end()), f'weekday "{m.group()}" is not English', conv.weekdays[m.group()]
        clocks = [conv.clock] if any(word in text for word in conv.clock_words) else []
        for pattern in clocks + ([conv.hour_letter_time] if conv.hour_letter else []):
            for m in pattern.finditer(text):
                hour, minute = int(m.group(1)), m.group(2)
                if hour <= 24 and (minute is None or int(minute) < 60):
                    yield Span(m.start(), m.end()), f'clock time "{m.group()}" in the source-language style', \
                        self._clock(hour, minute)

    @staticmethod
    def _year(year: str) -> str:
        return year if len(year) == 4 else f"20{year}" if int(year) < 50 else f"19{year}"

    @staticmethod
    def _clock(hour: int, minute: str | None) -> str:
        if hour in (0, 24) and not minute:
            return "midnight"
        if hour == 12 and not minute:
            return "noon"
        h12 = hour % 12 or 12
        return f"{h12}{':' + minute if minute else ''} {'am' if hour % 24 < 12 else 'pm'}"


class CurrencyFormat(Rule):
    """An amount or percentage written the source language's way.

    ## What it does
    Flags a currency sign after the amount ("5 €", "100 million €"), a source currency noun after it
    ("5 Euro", "7.5 million Euro"), abbreviated source scale words ("3 Mio.", "2 Mrd. Euro"), source
    percent words ("5 Prozent"), a space before the percent sign ("5 %") and a space after a leading
    sign ("€ 5"). ISO codes ("EUR 5", "5 EUR") are left alone: finance English uses them.

    ## Why it matters
    English puts the sign first and joins the percent sign: "€5 million", "5%".

    ## Example
        The project costs 3 Mio. Euro, 5 % more than planned; a ticket is 12 €.

    ## Use instead
        The project costs €3 million, 5% more than planned; a ticket is €12.

    ## Fix safety
    Safe for spacing alone ("5 %" → "5%", "€ 5" → "€5"); unsafe otherwise, since "€5" or "5 euros" is a
    house-style choice.
    """

    id = "MT703"
    name = "currency-format"
    category = Category.LOCALE
    severity = Severity.WARNING

    @dataclass(frozen=True)
    class Options:
        sign_before_amount: bool = True  # suggest "€5 million" rather than "5 million euros"

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        conv, text = conventions(ctx), doc.text
        if conv.empty:
            return
        for m in conv.amount.finditer(text):
            num, _, scale, gap, symbol, word, pct_word, pct = m.groups()
            source_scale = scale in conv.scales
            if not (source_scale or symbol or word or pct_word or (pct and gap and conv.percent_space)):
                continue  # "5 million euros", "5%": English
            english = conv.to_english(num)
            value = english[0] if english else num
            span = Span(m.start(), m.end())
            if pct and not source_scale:
                safe = value == num
                yield Hit(span, f'space before the percent sign in "{m.group()}"', suggestion=value + "%",
                          fix=Fix((Edit(Span(m.start(4), m.end(4)), ""),) if safe
                                  else (Edit(span, value + "%"),), safe=safe, description="join the percent sign"))
                continue
            amount = value + (" " + conv.scales.get(scale, scale) if scale else "")
            if symbol and ctx.options.sign_before_amount:
                suggestion = symbol + amount
            elif symbol or word:
                suggestion = amount + " " + (conv.currency_words.get(word or "", "") or symbol)
            else:
                suggestion = amount + (" " + conv.percent_words[pct_word] if pct_word else "%" if pct else "")
            what = symbol or word or pct_word or scale
            yield Hit(span, f'"{what}" after the amount follows the source-language style', suggestion=suggestion,
                      fix=Fix((Edit(span, suggestion),), safe=False, description="rewrite the amount"))
        for m in conv.symbol_first.finditer(text):
            gap = Span(m.end(1), m.start(2))
            yield Hit(Span(m.start(), m.end()), f'space between "{m.group(1)}" and the amount',
                      suggestion=m.group(1) + m.group(2),
                      fix=Fix((Edit(gap, ""),), safe=True, description="join the sign to the amount"))


RULES = (NumberFormat, DateFormat, CurrencyFormat)
