"""The quote scanner shared by the quote rules (MT301 quote-spacing, MT302 unbalanced-quotes,
MT303 foreign-quotes).

Quote roles come from one left-to-right scan per paragraph: “ opens, ” closes what is open. ASCII
double quotes are paired by parity, and only in paragraphs where that is unambiguous (an even count,
none touching a digit, which would make it an inch or seconds mark); where they do not pair, MT302
reads each mark's role from its shape (space before and word after: opening). Paragraphs with German
or French quote marks are left to MT303, so one quotation never yields two findings.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from mtcheck.model import Document, Paragraph
from mtcheck.text.lazy_regex import lazy_compile

QUOTE_CHARS = lazy_compile(r"[“”\"]")
FOREIGN_MARK = lazy_compile("[„‚»«‹›]")
HSPACE = " \t\u00a0"  # horizontal white space: a quote's space never spans a line break


class Quote(NamedTuple):
    offset: int  # absolute offset of the mark
    char: str
    role: str  # "open", "close" or "stray" (a closing mark with nothing open)


def quoted_paragraphs(doc: Document, cache: dict) -> list[tuple[Paragraph, list[Quote], list[Quote]]]:
    """The paragraphs with English double quotes and no foreign marks, each with ``quote_roles``;
    computed once per document (``cache`` is the rules' per-document cache), shared by MT301 and MT302."""
    if "quotes.paragraphs" not in cache:
        found = []
        if QUOTE_CHARS.search(doc.text):
            for para in doc.paragraphs:
                if QUOTE_CHARS.search(para.text) and not has_foreign_marks(para):
                    found.append((para, *quote_roles(para)))
        cache["quotes.paragraphs"] = found
    return cache["quotes.paragraphs"]


def quote_roles(para: Paragraph) -> tuple[list[Quote], list[Quote]]:
    """Curly and ASCII double quotes of a paragraph with their roles, plus the openers left unclosed."""
    text, base = para.text, para.span.start
    quotes, stack = [], []
    straight = [m.start() for m in re.finditer('"', text)] if '"' in text else []
    parity_ok = len(straight) % 2 == 0 and not any(
        (i > 0 and text[i - 1].isdigit()) or text[i + 1:i + 2].isdigit() for i in straight)
    # Parity pairing is trusted only if no mark has the clear shape of the other role
    # (`okay," said`: a closer left over from a quote opened before this paragraph).
    parity_ok = parity_ok and not any(_shape(text, i) not in ("", "open" if k % 2 == 0 else "close")
                                      for k, i in enumerate(straight))
    n_straight = 0
    for m in QUOTE_CHARS.finditer(text):
        char = m.group()
        if char == '"':
            if not parity_ok:
                continue
            role = "open" if n_straight % 2 == 0 else "close"
            n_straight += 1
        elif char == "“":
            role = "open"
            stack.append(Quote(base + m.start(), char, role))
        elif stack:
            role = "close"
            stack.pop()
        else:
            role = "stray"
        quotes.append(Quote(base + m.start(), char, role))
    return quotes, stack


def _shape(text: str, i: int) -> str:
    """ "open" for a mark with space before and a word after, "close" for the reverse, else ""."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isspace() and after.isalnum():
        return "open"
    if (before.isalnum() or before in ".,!?;:") and (after.isspace() or after in ".,;:!?)"):
        return "close"
    return ""


def has_foreign_marks(para: Paragraph) -> bool:
    """Does the paragraph hold German or French quote marks (then MT303 alone reports its quotes)?"""
    return FOREIGN_MARK.search(para.text) is not None
