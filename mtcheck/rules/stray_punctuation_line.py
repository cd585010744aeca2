"""MT203 stray-punctuation-line: a line holding nothing but punctuation or symbols (".", "»", "■", "|")."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Iterator

from mtcheck.model import Category, Document, Fix, Hit, Line, Paragraph, Severity, Span
from mtcheck.rules.base import Context, Rule
from mtcheck.rules.widgets import content_span, delete_lines
from mtcheck.text.lazy_regex import lazy_compile

_MAX_LINE = 80  # a longer line of marks is ASCII art or a rule, not a stray mark
# Symbols ("So") that scrapers leave as bullets, arrows and icons: arrows, technical symbols (media
# controls "⏵"), box drawing, blocks and geometric shapes ("■", "▶", "◆"), miscellaneous symbols
# ("★", "☐"), dingbats ("✓", "➤"), the supplementary arrows and the broken bar ("¦"). Emoji (U+1F000
# and above) of objects and signs are what web pages use as interface icons ("📹", "📊", "🔴", "🔗");
# the emoji of a reaction quoted on a line of its own are content: faces, gestures and body parts,
# hearts, celebration ("👍", "😂", "🙏", "🎉", "💯"). Enclosed letters ("ⓘ") are icons too. Punctuation,
# maths, modifier and currency symbols ("|", "+", "^", "$") count too.
_SYMBOL_BLOCKS = ((0x2190, 0x23FF), (0x2460, 0x24FF), (0x2500, 0x27BF), (0x27F0, 0x27FF), (0x2900, 0x297F),
                  (0x2B00, 0x2BFF))
_EMOJI = 0x1F000  # from here on: emoji (the pictographs' planes)
# Reactions: body parts, gestures and people; kisses and hearts; faces; more faces, hands and people
# (not the objects and animals of the same block: "🧭", "🧯"); party popper and confetti, fire, hundred
# points, trophy; hearts of the dingbats ("❣", "❤", with or without the emoji variation selector).
# Flags alone on a line are a site's language or edition switch ("🇬🇧"), not a reaction.
_REACTIONS = ((0x1F440, 0x1F450), (0x1F466, 0x1F487), (0x1F48B, 0x1F49F), (0x1F4AA, 0x1F4AA),
              (0x1F600, 0x1F64F), (0x1F90C, 0x1F93A), (0x1F970, 0x1F97A), (0x1F9D0, 0x1F9DF),
              (0x1F9E1, 0x1F9E1), (0x1FAE0, 0x1FAFF), (0x1F389, 0x1F38A), (0x1F525, 0x1F525),
              (0x1F4AF, 0x1F4AF), (0x1F3C6, 0x1F3C6), (0x2763, 0x2764))
_MARK_CATEGORIES = frozenset({"Sm", "Sk", "Sc"})
_FORMAT_CHARS = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_VARIATION_SELECTORS = "\ufe0e\ufe0f"  # text or emoji style of the character before
_INVISIBLE = dict.fromkeys(map(ord, _FORMAT_CHARS + _VARIATION_SELECTORS))  # dropped from the marks
_STRIP = _FORMAT_CHARS + " \t\u00a0\u3000"
# Characters a scene break repeats ("***", "* * *", "---", "• • •", "~~~") and marks that are one alone.
_BREAK_CHARS = frozenset("*-_=~#•·—–")
_BREAK_MARKS = frozenset("⁂❧❦☙")
_RULE_LENGTH = 8  # a break this long is a rule typed across the page
_RATING = frozenset("★☆✩✪⭐")  # "★★★★☆" in a review
_OMISSION = frozenset({"[…]", "(…)", "[...]", "(...)"})  # an editor's mark for a cut in a quotation
_ALNUM = lazy_compile(r"[^\W_]")
_FENCE = lazy_compile(r"^[ \t]*(?:`{3,}|~{3,})", re.MULTILINE)


def _is_mark(c: str) -> bool:
    category = unicodedata.category(c)
    if category[0] == "P" or category in _MARK_CATEGORIES:
        return True
    if category != "So":
        return False
    code = ord(c)
    if any(lo <= code <= hi for lo, hi in _REACTIONS):
        return False
    return code >= _EMOJI or c == "¦" or any(lo <= code <= hi for lo, hi in _SYMBOL_BLOCKS)


def _is_break(marks: str) -> bool:
    """Is the line a section break: one break character three times or more, or an asterism?"""
    return (len(marks) >= 3 and marks[0] in _BREAK_CHARS and marks.count(marks[0]) == len(marks)) or (
        marks in _BREAK_MARKS)


def _marks(text: str) -> str:
    return "".join(text.translate(_INVISIBLE).split())


def _is_prose(para: Paragraph) -> bool:
    """Is the paragraph body text: no heading, and more than marks?"""
    return not para.is_heading and _ALNUM.search(para.text) is not None


class StrayPunctuationLine(Rule):
    """A line holding nothing but punctuation (".", "*", "—", "|").

    ## What it does
    Flags lines made only of punctuation marks and symbols: full stops, quotation marks, guillemets,
    dashes, bars, brackets, bullets, arrows and geometric shapes ("■", "▶", "◆", "►", "→", "⏵"),
    ticker marks ("+++"), whether the line stands alone between blank lines or sits inside a paragraph.
    Left alone:

    - a **scene break** ("***", "* * *", "---", "• • •", "~~~", "⁂") that stands as a paragraph of its
      own with body text both before and after it. Features and long reads use them to separate
      sections, so they are legitimate there. The same marks are residue (and flagged) at the top or
      the end of an article, right under the headline with no body text before them, or glued to the
      lines of a paragraph. A rule typed across the page (eight marks or more: "==========") is layout
      wherever it stands. With ``allow_section_breaks`` off, scene breaks and rules are flagged everywhere;
    - Markdown structure: a table's delimiter row ("|---|:---:|"), a heading's underline
      ("Title⏎=====", under a line without final punctuation or as long as it), front matter between
      "---" lines at the top, code fences ("```") that come in pairs and the code between them, and the
      empty line ">" of a quotation;
    - a star rating ("★★★★☆"), an editor's omission mark ("[…]", "(...)") and the emoji of a quoted
      reaction: faces, gestures, hearts, celebration ("👍", "😂", "🎉"). Emoji of objects and signs
      ("📹", "📊", "🔴", "🧭") and flags ("🇬🇧") are interface icons and are flagged;
    - any line with a letter or digit: list bullets and dialogue dashes followed by text ("• 12 new
      stops", "— Are you coming?"), "1.", "§ 5".

    ## Why it matters
    A lone full stop, bar or bullet is residue of a removed element (an image, a widget, a table cell,
    a teaser list).

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
        # Scene breaks ("***", "* * *", "---") between paragraphs of body text and typed-out rules
        # ("==========") are legitimate; off, they are flagged wherever they stand.
        allow_section_breaks: bool = True

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        fences: list[int] | None = None
        for para in doc.paragraphs:
            for line in para.lines:
                text = line.text
                if len(text) > _MAX_LINE or text.lstrip()[:1].isalnum() or _ALNUM.search(text):
                    continue  # the common case: a line that starts with (or holds) a letter or digit
                marks = _marks(text)
                if not marks or not all(map(_is_mark, marks)):
                    continue
                if "|" in marks and "-" in marks and set(marks) <= set("|-:"):
                    continue  # the delimiter row of a Markdown table
                if marks in _OMISSION or (len(marks) >= 2 and set(marks) <= _RATING):
                    continue
                if marks == ">" and _in_blockquote(para, line):
                    continue  # the empty line of a Markdown quotation ("> We will.⏎>⏎> It takes time.")
                if fences is None:
                    fences = _fence_lines(doc)
                if fences and _in_code(fences, line.number):
                    continue  # a code fence, or code between two
                if _is_break(marks) and _legitimate_break(doc, para, para.lines.index(line), marks,
                                                          ctx.options.allow_section_breaks):
                    continue
                yield Hit(_mark_span(line), f'stray punctuation line "{marks}"',
                          fix=Fix((delete_lines(doc, para, line, line),), True, "delete the line"))


def _legitimate_break(doc: Document, para: Paragraph, k: int, marks: str, allow_breaks: bool) -> bool:
    """A section break that belongs: Markdown front matter or a heading underline, a typed-out rule,
    or a scene break standing alone between body paragraphs."""
    if marks.count("-") == len(marks) and _front_matter(doc, para, k):
        return True
    if k >= 1 and set(marks) <= set("=-") and _underlines(para.lines[k - 1], marks):
        return True  # a setext heading: "Title⏎=====" (the body may follow on the next line)
    if not allow_breaks:
        return False
    if len(marks) >= _RULE_LENGTH:
        return True  # a rule typed out across the page ("==========") is layout, never residue
    paragraphs = doc.paragraphs
    return len(para.lines) == 1 and (any(_is_prose(p) for p in paragraphs[:para.index])
                                     and any(_is_prose(p) for p in paragraphs[para.index + 1:]))


def _underlines(line: Line, marks: str) -> bool:
    """Does a rule of ``marks`` underline ``line`` as a heading: a short line without final punctuation,
    or one as long as the rule ("How are compilers selected?⏎---------------------------")?"""
    text = line.text.strip()
    if not any(c.isalpha() for c in text) or len(text.split()) > 20:
        return False
    return text[-1] not in ".!?,;:…" or abs(len(text) - len(marks)) <= max(2, len(text) // 10)


def _fence_lines(doc: Document) -> list[int]:
    """The numbers of the lines that open or close a Markdown code block ("```", "~~~")."""
    if "```" not in doc.text and "~~~" not in doc.text:
        return []
    return [doc.line_col(m.start())[0] for m in _FENCE.finditer(doc.text)]


def _in_code(fences: list[int], number: int) -> bool:
    """Is line ``number`` a fence of a pair, or between the two?"""
    for opening, closing in zip(fences[::2], fences[1::2]):
        if opening <= number <= closing:
            return True
    return False


def _in_blockquote(para: Paragraph, line: Line) -> bool:
    k = para.lines.index(line)
    return any(0 <= j < len(para.lines) and para.lines[j].text.lstrip().startswith(">") for j in (k - 1, k + 1))


def _mark_span(line: Line) -> Span:
    """The line without surrounding white space and invisible format characters."""
    span = content_span(line)
    text = line.text[span.start - line.span.start:span.end - line.span.start]
    lead = len(text) - len(text.lstrip(_STRIP))
    return Span(span.start + lead, span.start + len(text.rstrip(_STRIP)))


def _front_matter(doc: Document, para: Paragraph, k: int) -> bool:
    """Is the line a "---" that opens or closes front matter ("---⏎title: ...⏎---") at the top?"""
    if para.index != 0 or not _marks(para.lines[0].text).startswith("---"):
        return False
    lines = para.lines
    closing = next((i for i in range(1, len(lines)) if set(_marks(lines[i].text)) == {"-"}), None)
    return closing is not None and k in (0, closing) and all(":" in line.text for line in lines[1:closing])


RULES = (StrayPunctuationLine,)
