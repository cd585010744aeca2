"""MT703 currency-format: an amount or percentage written the source language's way ("5 €", "5 %").

The amount patterns come from ``mtcheck.rules.locale_conventions``.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from mtcheck.model import Category, Document, Edit, Fix, Hit, Severity, Span
from mtcheck.rules.base import Context, Rule
from mtcheck.rules.locale_conventions import conventions


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


RULES = (CurrencyFormat,)
