"""MT702 date-format: a date or clock time written the source language's way ("12.01.2022", "20 Uhr").

The date, weekday and clock patterns come from ``mtcheck.rules.locale_conventions``.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterator

from mtcheck.model import Category, Document, Edit, Fix, Hit, Severity, Span
from mtcheck.rules.base import Context, Rule
from mtcheck.rules.locale_conventions import MONTHS, Conventions, conventions, prev_word, starts_word
from mtcheck.text.lazy_regex import lazy_compile

_DATELINE_DASH = lazy_compile(r"[ \u00a0]+[—–]")  # "ROSTOCK, 08.02. — BASF plans ..."
_DATE_AFTER_WEEKDAY = lazy_compile(r",?\s+(?:den\s+|le\s+|el\s+)?\d")  # "Montag, den 3.", "lundi 3"


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
            if not (1 <= day <= 31 and 1 <= month <= 12) or prev_word(text, m.start()) in conv.non_quantity:
                continue
            if sep in conv.ambiguous_date_seps and not options.flag_ambiguous_separators:
                continue
            if year is None and not (sep == "." and (prev_word(text, m.start()) in conv.date_preps
                                                     or _DATELINE_DASH.match(text, m.end()))):
                continue  # a bare "dd.mm." is a date only after "on", "until", "am" ... or in a dateline
            if year and len(year) == 2 and not (len(m.group(1)) == len(m.group(3)) == 2
                                                 or prev_word(text, m.start()) in conv.date_preps):
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
            if starts_word(text, m.start()):
                yield (Span(m.start(), m.end()), f'month name "{m.group(1)}" is not English',
                       f"{conv.source_months[m.group(1)]} {m.group(2)}")
        weekdays_present = any(name in text for name in conv.weekdays)
        for m in conv.weekday.finditer(text) if weekdays_present else ():
            if not starts_word(text, m.start()):
                continue
            after = text[m.end():m.end() + 12]
            if prev_word(text, m.start()) in conv.english_preps or _DATE_AFTER_WEEKDAY.match(after):
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


RULES = (DateFormat,)
