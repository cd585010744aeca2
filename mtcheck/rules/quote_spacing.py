"""MT301 quote-spacing: a space on the wrong side of a quotation mark.

Quote roles come from the shared scanner in ``mtcheck.rules.quotes``.
"""
from __future__ import annotations

from typing import Iterator

from mtcheck.model import Category, Document, Edit, Fix, Hit, Severity, Span
from mtcheck.rules.base import Context, Rule
from mtcheck.rules.quotes import HSPACE, Quote, quoted_paragraphs


class QuoteSpacing(Rule):
    """A space sits on the wrong side of a quotation mark (`now, ”he said`).

    ## What it does
    Flags a space before a closing quote (and none after it), a space after an opening quote, and a
    quote glued to the word outside it. Curly quotes are judged by their role; ASCII double quotes
    only where their pairing is unambiguous in the paragraph.

    ## Why it matters
    Converting German „…“ quotes often leaves the space on the wrong side, which reads as sloppy.

    ## Example
        “Right now, ”he said.

    ## Use instead
        “Right now,” he said.

    ## Fix safety
    Safe: the fix only moves, removes or inserts the space next to the quote mark.
    """

    id = "MT301"
    name = "quote-spacing"
    category = Category.FLUENCY
    severity = Severity.ERROR
    target_languages = frozenset({"en"})

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        text = doc.text
        for para, quotes, _ in quoted_paragraphs(doc, ctx.cache):
            for q in quotes:
                hit = (self._after_closing(text, q, para.span) if q.role == "close"
                       else self._around_opening(text, q, para.span) if q.role == "open" else None)
                if hit:
                    yield hit

    def _after_closing(self, text: str, q: Quote, para: Span) -> Hit | None:
        i, c = q.offset, q.char
        after = text[i + 1] if i + 1 < para.end else "\n"
        ws = i
        while ws > para.start and text[ws - 1] in HSPACE:
            ws -= 1
        if ws < i:  # white space before the closing mark
            if ws == para.start or text[ws - 1].isspace():
                return None
            if after.isalnum():  # `now, ”he said`
                return self._moved(ws, i + 1, c + " ", f"space before the closing quote {c} instead of after it")
            if after.isspace() or after in ".,;:!?)":
                return self._moved(ws, i + 1, c, f"space before the closing quote {c}")
            return None
        if after.isalpha() and not (after == "s" and not text[i + 2:i + 3].isalpha()):  # `we go.”Then`
            return Hit(Span(i, i + 2), f"no space after the closing quote {c}",
                       fix=Fix((Edit(Span(i + 1, i + 1), " "),), True, "insert a space after the quote"))
        return None

    def _around_opening(self, text: str, q: Quote, para: Span) -> Hit | None:
        i, c = q.offset, q.char
        before = text[i - 1] if i > para.start else "\n"
        after = text[i + 1] if i + 1 < para.end else "\n"
        end = i + 1
        while end < para.end and text[end] in HSPACE:
            end += 1
        if end > i + 1:  # white space after the opening mark: `“ We`
            if end < para.end and not text[end].isspace() and (before.isspace() or before in "([—–-"):
                return self._moved(i, end, c, f"space after the opening quote {c}")
            return None
        if before.isalnum() or (before in ",:" and after.isalnum()):  # `said“We`
            return Hit(Span(i - 1, i + 1), f"no space before the opening quote {c}",
                       fix=Fix((Edit(Span(i, i), " "),), True, "insert a space before the quote"))
        return None

    @staticmethod
    def _moved(start: int, end: int, replacement: str, message: str) -> Hit:
        return Hit(Span(start, end), message, suggestion=replacement,
                   fix=Fix((Edit(Span(start, end), replacement),), True, "move the space to its side of the quote"))


RULES = (QuoteSpacing,)
