"""Spacing around clause punctuation: a space before it (MT304 space-before-punctuation) and none
after it (MT305 missing-space-after-punctuation). The two rules are mirror images over the same marks.
"""
from __future__ import annotations

from typing import Iterator

from mtcheck.model import Category, Document, Edit, Fix, Hit, Severity, Span
from mtcheck.rules.base import Context, Rule
from mtcheck.rules.quotes import HSPACE
from mtcheck.text.lazy_regex import lazy_compile

# Space before , . ; : ! ? that ends a clause (followed by space, a closing mark or the line end).
_SPACE_BEFORE = lazy_compile(r"[ \t\u00a0]([,.;:!?])(?=[\s”\"’)\]]|$)")


class SpaceBeforePunctuation(Rule):
    """A space before a comma, full stop, colon, semicolon, question or exclamation mark.

    ## What it does
    Flags white space between a word and the punctuation that ends its clause. An ellipsis
    (" ..."), a decimal (" .5"), a score or ratio ("2 : 1"), an emoticon (" :)") and a line of
    lone punctuation (MT203) are not flagged.

    ## Why it matters
    English sets no space before these marks; French-style spacing in English text is a
    translation artefact.

    ## Example
        The talks ended without agreement .

    ## Use instead
        The talks ended without agreement.

    ## Fix safety
    Safe: the fix deletes the space.
    """

    id = "MT304"
    name = "space-before-punctuation"
    category = Category.FLUENCY
    severity = Severity.WARNING
    target_languages = frozenset({"en"})

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        text = doc.text
        for m in _SPACE_BEFORE.finditer(text):
            start = m.start()
            while start > 0 and text[start - 1] in HSPACE:
                start -= 1
            before = text[start - 1] if start else "\n"
            if not (before.isalnum() or before in "”\"’)]%"):
                continue  # a line of lone punctuation (MT203), or a run of marks
            mark, after = m.group(1), text[m.end():m.end() + 2].strip()
            if mark == ":" and before.isdigit() and after[:1].isdigit():
                continue  # a score or ratio
            if mark in ":;" and after[:1] in ")(]|":
                continue  # an emoticon
            yield Hit(Span(start, m.end()), f'space before "{mark}"', suggestion=mark,
                      fix=Fix((Edit(Span(start, m.start(1)), ""),), True, "delete the space"))


# Punctuation glued to the next word: ",;" between letters; ".!?" before a capitalised word; ":" before one.
_GLUED = lazy_compile(r"[,;.!?:](?=[^\W\d_])")
_NOT_PROSE = lazy_compile(r"://|www\.|@|/|=|&|\\|#")


class MissingSpaceAfterPunctuation(Rule):
    """No space after a comma, full stop or other mark ("word.Next", "word,next").

    ## What it does
    Flags a comma or semicolon between two letters and a full stop, colon, question or exclamation
    mark followed by a capitalised word. Decimals ("2.5"), times ("10:30"), abbreviations ("U.S.",
    "e.g."), URLs, e-mail addresses, domains and file names ("example.com", "report.pdf") are not
    flagged.

    ## Why it matters
    A glued sentence boundary is a segmentation or scraping slip that also confuses sentence
    splitting downstream.

    ## Example
        The talks ended.Both sides will meet again.

    ## Use instead
        The talks ended. Both sides will meet again.

    ## Fix safety
    Safe for , ; . ! ? (a space is inserted); unsafe after a colon, which may belong to a name or
    code.
    """

    id = "MT305"
    name = "missing-space-after-punctuation"
    category = Category.FLUENCY
    severity = Severity.WARNING
    target_languages = frozenset({"en"})

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        text = doc.text
        for m in _GLUED.finditer(text):
            i, mark = m.start(), m.group()
            if i < 2 or not text[i - 1].isalpha():
                continue
            starts_word = text[i + 1].isupper() and text[i + 2:i + 3].islower()
            if mark in ".!?:" and not (text[i - 2].isalpha() and starts_word):
                continue  # "U.S.Army", "example.com", "file.PDF": not a sentence boundary
            chunk_start = max(text.rfind(" ", 0, i), text.rfind("\n", 0, i)) + 1
            chunk_end = min((j for j in (text.find(" ", i), text.find("\n", i)) if j >= 0), default=len(text))
            if _NOT_PROSE.search(text, chunk_start, chunk_end):
                continue  # a URL, e-mail address, path or markup
            yield Hit(Span(i - 1, i + 2), f'no space after "{mark}"', suggestion=f"{mark} ",
                      fix=Fix((Edit(Span(i + 1, i + 1), " "),), mark != ":", "insert a space"))


RULES = (SpaceBeforePunctuation, MissingSpaceAfterPunctuation)
