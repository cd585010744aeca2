"""MT203 stray-punctuation-line: a line holding nothing but punctuation (".", "*", "—", "|")."""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Iterator

from mtcheck.model import Category, Document, Fix, Hit, Severity
from mtcheck.rules.base import Context, Rule
from mtcheck.rules.widgets import content_span, delete_lines


class StrayPunctuationLine(Rule):
    """A line holding nothing but punctuation (".", "*", "—", "|").

    ## What it does
    Flags lines made only of punctuation marks and symbols. Section breaks ("***", "* * *", "---")
    are allowed unless ``allow_section_breaks`` is off; Markdown table rules ("|---|---|") always are.

    ## Why it matters
    A lone full stop or bar is residue of a removed element (an image, a widget, a table cell).

    ## Example
        ... severe sanctions

        .
        source site-16

    ## Use instead
        ... severe sanctions

    ## Fix safety
    Safe: the fix deletes the line with its line break.
    """

    id = "MT203"
    name = "stray-punctuation-line"
    category = Category.SCRAPE
    severity = Severity.WARNING
    target_languages = None

    @dataclass(frozen=True)
    class Options:
        allow_section_breaks: bool = True

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        for para in doc.paragraphs:
            for line in para.lines:
                if len(line.text) > 80 or line.text.lstrip()[:1].isalnum():
                    continue
                marks = "".join(line.text.split())
                if not marks or not all(unicodedata.category(c)[0] == "P" or unicodedata.category(c) in ("Sm", "Sk")
                                        for c in marks):
                    continue
                section_break = len(marks) >= 3 and len(set(marks)) == 1 and marks[0] in "*-_=~#"
                if section_break and ctx.options.allow_section_breaks:
                    continue
                if "|" in marks and "-" in marks and set(marks) <= set("|-:"):
                    continue  # the delimiter row of a Markdown table
                yield Hit(content_span(line), f'stray punctuation line "{marks}"',
                          fix=Fix((delete_lines(doc, para, line, line),), True, "delete the line"))


RULES = (StrayPunctuationLine,)
