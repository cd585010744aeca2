"""MT701 number-format: a number written the source language's way ("100.000", "4,5").

The number patterns and the English context words come from ``mtcheck.rules.locale_conventions``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Iterator

from mtcheck.lang.verbs import pos_tags
from mtcheck.model import Category, Document, Edit, Fix, Hit, Severity, Span
from mtcheck.rules.base import Context, Rule
from mtcheck.rules.locale_conventions import Conventions, conventions, next_word, prev_word

_NOUNISH = frozenset({"NOUN", "ADJ"})


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
            if english is None or prev_word(text, m.start()) in conv.non_quantity:
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
        following = next_word(text, m.end())
        if following in conv.scale_words or following in conv.decimal_units:
            return False  # "1.275 billion", "2.125 inches"
        if m.group().endswith("00"):
            return True  # "1.500", "10.000": English decimals are not written with trailing zeros
        # "12.345 inhabitants": a count noun follows (English decimals qualify units, not nouns)
        return following in conv.count_words or bool(following.isalpha() and pos_tags(following) & _NOUNISH)


RULES = (NumberFormat,)
