"""Text to :class:`~mtcheck.model.Document`: lines, paragraphs, headings and sentences, once per document.

Every unit keeps its exact span in the text as read. Paragraphs are runs of non-blank lines; a
sentence never crosses a paragraph but may cross a line break inside one (scrapers and hard-wrapped
Markdown break lines mid-sentence).
"""
from __future__ import annotations

import re

from mtcheck.model import Document, Line, Paragraph, Sentence, Span

_NEWLINE = re.compile(r"\r\n|\r|\n")

# Abbreviations after which a full stop does not end a sentence (lower-cased, without the dot).
ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof sr jr st mt ft no nos nr vol pp p fig figs art sec gen col lt maj capt cmdr sgt
    adm gov sen rep pres rev hon messrs mme mlle jan feb mar apr jun jul aug sep sept oct nov dec
    approx ca cf vs etc e.g i.e u.s u.k u.n e.u a.m p.m inc corp co ltd bros dept est
    """.split()
)
_LONGER_THAN_ABBREVIATIONS = 1 + max(map(len, ABBREVIATIONS))
# "etc." and "Inc." often do end sentences; they stay abbreviations only before a lower-case word.
_AMBIGUOUS_ENDERS = frozenset({"etc", "inc", "corp", "co", "ltd", "bros", "a.m", "p.m", "u.s", "u.k", "u.n", "e.u"})

# Candidate boundary: terminal punctuation, optional closing quotes/brackets, then white space; the
# group is the first character after the white space.
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’»«)\]]*(?=\s+(\S))")
_WORD_BEFORE = re.compile(r"((?:[^\W\d_]\.)+[^\W\d_]|[^\W\d_]+)\.?$")
_MD_HEADING = re.compile(r"#{1,6}\s")
_FINAL_PUNCT = tuple(".!?…:;,")
HEADING_MAX_WORDS = 20
# Spans are made for every line and sentence: tuple.__new__ skips NamedTuple's Python-level constructor.
_new = tuple.__new__


def _split_lines(text: str, offset: int, first_number: int) -> list[Line]:
    lines, start, number = [], 0, first_number
    if "\r" not in text:  # the common case: str.split finds the breaks faster than the regex
        for piece in text.split("\n"):
            end = start + len(piece)
            lines.append(Line(piece, _new(Span, (offset + start, offset + end)), number))
            start, number = end + 1, number + 1
        return lines
    for m in _NEWLINE.finditer(text):
        lines.append(Line(text[start:m.start()], Span(offset + start, offset + m.start()), number))
        start, number = m.end(), number + 1
    lines.append(Line(text[start:], Span(offset + start, offset + len(text)), number))
    return lines


def _is_boundary(text: str, m: re.Match[str]) -> bool:
    punct_end = m.start() + len(m.group().rstrip("\"'”’»«)]"))
    nxt = m.group(1)  # not text[m.end():].lstrip()[:1]: that copies the rest of the paragraph at every stop
    if text[punct_end - 1] != ".":
        return not nxt.islower()  # "…acts?” said von der Leyen." goes on; otherwise ! ? … end it
    start = punct_end - 1 - _LONGER_THAN_ABBREVIATIONS
    if start >= 0 and text[start:punct_end - 1].isalpha():
        return not nxt.islower()  # a word longer than any abbreviation: most sentence ends, decided fast
    # The word before the stop: the last white-space token only (a regex search anchored with "$"
    # would try every start position, and this runs at every full stop of every document).
    tail = text[max(0, punct_end - 48):punct_end].rsplit(None, 1)[-1]
    wm = _WORD_BEFORE.search(tail)
    word = wm.group(1).lower() if wm else ""
    if word == "no" and nxt.isdigit():
        return False
    if word in ABBREVIATIONS:
        return word in _AMBIGUOUS_ENDERS and nxt.isupper() and word not in ("u.s", "u.k", "u.n", "e.u")
    if wm and len(wm.group(1)) == 1:
        return False  # an initial ("J. R. R. Tolkien") or a spaced abbreviation ("z. B.", "d. h.")
    if "." in word and nxt.isupper():
        return False  # dotted abbreviations ("U.S. President")
    return not nxt.islower()  # sentences start with anything but a lower-case letter


def split_sentences(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """Sentence spans (absolute, stripped of surrounding white space) within ``text``."""
    ends = [m.end() for m in _BOUNDARY.finditer(text) if _is_boundary(text, m)]
    ends.append(len(text))
    out, start = [], 0
    for end in ends:
        chunk = text[start:end]
        body = chunk.lstrip()
        length = len(body.rstrip())
        if length:
            first = offset + start + len(chunk) - len(body)
            out.append((first, first + length))
        start = end
    return out


def _is_heading(lines: list[Line], index: int) -> bool:
    """A short single line without final punctuation (or a Markdown ``#`` line) is a heading."""
    if len(lines) != 1:
        return False
    text = lines[0].text.strip()
    if _MD_HEADING.match(text):
        return True
    # cheapest test first: most single-line paragraphs are prose ending with punctuation
    if not text or text.rstrip("\"'”’»«)] ").endswith(_FINAL_PUNCT):
        return False
    return any(c.isalpha() for c in text) and len(text.split()) <= HEADING_MAX_WORDS


def segment(text: str, path: str = "<text>", *, source_lang: str | None = None,
            target_lang: str | None = None, encoding: str = "utf-8") -> Document:
    lines = _split_lines(text, 0, 1)
    line_starts = tuple(line.span.start for line in lines)
    paragraphs: list[Paragraph] = []
    block: list[Line] = []

    def close() -> None:
        if not block:
            return
        index = len(paragraphs)
        start, end = block[0].span.start, block[-1].span.end
        heading = _is_heading(block, index)
        ptext = text[start:end]
        if heading:
            lead = len(ptext) - len(ptext.lstrip())
            sentences = (Sentence(ptext.strip(), _new(Span, (start + lead, start + len(ptext.rstrip()))), True, index),)
        else:
            sentences = tuple(Sentence(text[s:e], _new(Span, (s, e)), False, index)
                              for s, e in split_sentences(ptext, start))
        paragraphs.append(Paragraph(ptext, _new(Span, (start, end)), tuple(block), sentences, index, heading))
        block.clear()

    for line in lines:
        if line.text.strip():
            block.append(line)
        else:
            close()
    close()
    return Document(path, text, tuple(paragraphs), line_starts, source_lang, target_lang, encoding)
