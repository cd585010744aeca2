"""MT303 foreign-quotes: German or French quotation marks („…“, »…«, «…») in English text."""
from __future__ import annotations

from typing import Iterator

from mtcheck.model import Category, Document, Edit, Fix, Hit, Severity, Span
from mtcheck.rules.base import Context, Rule
from mtcheck.rules.quotes import FOREIGN_MARK, has_foreign_marks

_FOREIGN_PAIRS = {"„": "“”", "‚": "‘’", "»": "«", "«": "»", "‹": "›", "›": "‹"}
_ENGLISH = {"„": "“”", "‚": "‘’", "»": "“”", "«": "“”", "‹": "‘’", "›": "‘’"}


class ForeignQuotes(Rule):
    """German or French quotation marks („…“, »…«, «…») in English text.

    ## What it does
    Flags „ and ‚ (low-9 opening marks) and pairs of guillemets. A matched pair gets a fix that
    replaces both marks with English quotes; a lone guillemet is taken for an arrow ("Read more »")
    and left alone. The English opening quote “ is never flagged by itself.

    ## Why it matters
    German quote marks are the most visible sign of an unedited machine translation.

    ## Example
        „Nord Stream has always been a political project,“ said Roth.

    ## Use instead
        “Nord Stream has always been a political project,” said Roth.

    ## Fix safety
    Safe for a matched pair (both marks are replaced); a lone „ or ‚ gets a suggestion only.
    """

    id = "MT303"
    name = "foreign-quotes"
    category = Category.LOCALE
    severity = Severity.WARNING
    target_languages = frozenset({"en"})

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        if not FOREIGN_MARK.search(doc.text):
            return
        for para in doc.paragraphs:
            if not has_foreign_marks(para):
                continue
            text, base, i = para.text, para.span.start, 0
            while i < len(text):
                c = text[i]
                if c not in _FOREIGN_PAIRS:
                    i += 1
                    continue
                close = self._closing(text, i, _FOREIGN_PAIRS[c])
                if close is not None and c in "»›" and (text[i + 1].isspace() or text[close - 1].isspace()):
                    close = None  # German »…« hug their text; "» and «" are arrows
                english = _ENGLISH[c]
                if close is not None:
                    yield Hit(Span(base + i, base + close + 1), f"foreign quotation marks {c}…{text[close]}",
                              suggestion=f"{english[0]}…{english[1]}",
                              fix=Fix((Edit(Span(base + i, base + i + 1), english[0]),
                                       Edit(Span(base + close, base + close + 1), english[1])), True,
                                      "use English quotation marks"))
                    i = close + 1
                    continue
                if c in "„‚":
                    yield Hit(Span(base + i, base + i + 1), f"foreign opening quotation mark {c}",
                              suggestion=english[0])
                i += 1

    @staticmethod
    def _closing(text: str, i: int, closers: str) -> int | None:
        """Offset in ``text`` of the mark closing the quote opened at ``i``, if any."""
        for j in range(i + 1, len(text)):
            if text[j] in closers:
                if text[j] == "’" and text[j + 1:j + 2].isalpha():
                    continue  # an apostrophe: "Bundestag’s"
                return j
            if text[j] == text[i]:
                return None  # another opener first: not a pair
        return None


RULES = (ForeignQuotes,)
