"""Scrape residue: widget lines (MT201), lines broken mid-sentence (MT202), lone punctuation lines (MT203).

The widget patterns live in ``data/common/boilerplate.toml``. A pattern marked ``structural`` also
needs the line to look like furniture rather than prose: it stands alone (it neither continues nor
leads into a sentence on a neighbouring line) and it is short, unpunctuated, or near the start or
end of the article. Real subheads ("Moscow is demanding security guarantees from NATO") match no
pattern, so they never fire.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from mtcheck.model import Category, Document, Edit, Fix, Hit, Line, Paragraph, Severity, Span
from mtcheck.packs import DATA_DIR, Pack
from mtcheck.rules.base import Context, Rule

_LEAD_MARKERS = re.compile(r"^[\s\-–—*•·»›>|→▶►#]+(?=\w)")
_ARROWS = "»›>→▶►"
_TRAIL_MARKERS = re.compile(f"[\\s{_ARROWS}]+$")
_SENTENCE_END = tuple(".!?…;")
_CLOSERS = "\"'”’»«)]"


@dataclass(frozen=True)
class WidgetPattern:
    id: str
    regex: re.Pattern[str]
    description: str
    structural: bool
    list_header: bool
    contains: str  # a literal the lower-cased line must contain before the regex is tried ("" for none)


@dataclass(frozen=True)
class BoilerplateData:
    patterns: tuple[WidgetPattern, ...]
    any_pattern: re.Pattern[str]  # the patterns without ``contains``, in one alternation: a cheap first test
    literals: tuple[str, ...]  # the ``contains`` literals of the other patterns
    head_paragraphs: int
    tail_paragraphs: int
    short_line_words: int
    max_line_chars: int
    list_item_words: int
    dangling_words: frozenset[str]


@functools.lru_cache(maxsize=8)
def _load_data(data_dir: Path, target: str) -> BoilerplateData:
    table = Pack(None, target, data_dir).common("boilerplate")
    patterns = tuple(WidgetPattern(p["id"], re.compile(p["regex"], re.IGNORECASE), p["description"],
                                   bool(p.get("structural")), bool(p.get("list_header")), p.get("contains", ""))
                     for p in table.get("pattern", ()))
    combined = "|".join(f"(?:{p.regex.pattern})" for p in patterns if not p.contains) or r"(?!)"
    structure = table.get("structure", {})
    return BoilerplateData(
        patterns=patterns,
        any_pattern=re.compile(combined, re.IGNORECASE),
        literals=tuple(sorted({p.contains for p in patterns if p.contains})),
        head_paragraphs=structure.get("head_paragraphs", 2),
        tail_paragraphs=structure.get("tail_paragraphs", 4),
        short_line_words=structure.get("short_line_words", 12),
        max_line_chars=structure.get("max_line_chars", 300),
        list_item_words=structure.get("list_item_words", 14),
        dangling_words=frozenset(table.get("broken_line", {}).get("dangling_words", ())),
    )


def boilerplate_data(ctx: Context) -> BoilerplateData:
    return _load_data(getattr(ctx.pack, "data_dir", DATA_DIR), ctx.pack.target)


def normalise_line(text: str) -> str:
    """A line as patterns see it: trimmed, without leading bullets or trailing arrows."""
    text = text.strip()
    if text and text[0].isalnum() and text[-1] not in _ARROWS:
        return text  # the common case, without a regex
    return _TRAIL_MARKERS.sub("", _LEAD_MARKERS.sub("", text))


def _ends_sentence(text: str) -> bool:
    return text.rstrip(_CLOSERS + " ").endswith(_SENTENCE_END)


@dataclass(frozen=True)
class WidgetBlock:
    """Consecutive lines of one paragraph that belong to one widget."""

    paragraph: Paragraph
    lines: tuple[Line, ...]
    pattern: WidgetPattern


def _stands_alone(lines: tuple[Line, ...], k: int, data: BoilerplateData) -> bool:
    """The line neither continues a long prose line above it nor runs on into a lower-case line below."""
    if k > 0:
        prev = lines[k - 1].text.strip()
        if not _ends_sentence(prev) and not prev.endswith(":") and len(prev.split()) > data.short_line_words:
            return False
    return not (k + 1 < len(lines) and lines[k + 1].text.strip()[:1].islower())


def _matching_pattern(text: str, para: Paragraph, k: int, n_paragraphs: int,
                      data: BoilerplateData) -> WidgetPattern | None:
    if len(text) > data.max_line_chars:
        return None
    lowered = text.lower()
    if not data.any_pattern.match(text) and not any(literal in lowered for literal in data.literals):
        return None
    for pattern in data.patterns:
        if (pattern.contains and pattern.contains not in lowered) or not pattern.regex.match(text):
            continue
        if not pattern.structural:
            return pattern
        edge = para.index < data.head_paragraphs or para.index >= n_paragraphs - data.tail_paragraphs
        if _stands_alone(para.lines, k, data) and (
                edge or not _ends_sentence(text) or len(text.split()) <= data.short_line_words):
            return pattern
    return None


def widget_blocks(doc: Document, ctx: Context) -> list[WidgetBlock]:
    """The widget blocks of ``doc`` (computed once per document, shared by MT201 and MT202)."""
    if "boilerplate.blocks" in ctx.cache:
        return ctx.cache["boilerplate.blocks"]
    data, blocks = boilerplate_data(ctx), []
    for para in doc.paragraphs:
        current: list[Line] = []
        pattern: WidgetPattern | None = None
        in_list = False
        for k, line in enumerate(para.lines):
            text = normalise_line(line.text) if len(line.text) <= data.max_line_chars + 20 else line.text
            found = _matching_pattern(text, para, k, len(doc.paragraphs), data) if text else None
            is_item = (in_list and not found and text and len(text.split()) <= data.list_item_words
                       and not text.rstrip(_CLOSERS).endswith((".", "!", ";", ",")))
            if found or is_item:
                pattern = pattern or found
                current.append(line)
                in_list = in_list or bool(found and found.list_header)
                continue
            if current and pattern:
                blocks.append(WidgetBlock(para, tuple(current), pattern))
            current, pattern, in_list = [], None, False
        if current and pattern:
            blocks.append(WidgetBlock(para, tuple(current), pattern))
    ctx.cache["boilerplate.blocks"] = blocks
    return blocks


def delete_lines(doc: Document, para: Paragraph, first: Line, last: Line) -> Edit:
    """Delete lines with their line break; a whole paragraph goes with the blank lines after it."""
    paragraphs = doc.paragraphs
    if first is para.lines[0] and last is para.lines[-1]:
        nxt = para.index + 1
        end = paragraphs[nxt].span.start if nxt < len(paragraphs) else len(doc.text)
        return Edit(Span(para.span.start, end), "")
    end = doc.line_starts[last.number] if last.number < len(doc.line_starts) else last.span.end
    return Edit(Span(first.span.start, end), "")


def _content_span(line: Line) -> Span:
    stripped = line.text.lstrip()
    start = line.span.start + len(line.text) - len(stripped)
    return Span(start, start + len(stripped.rstrip()))


class BoilerplateLine(Rule):
    """A line left by a scraper or site widget ("Top jobs of the day", "Read more: ...").

    ## What it does
    Matches every line against the widget patterns in ``data/common/boilerplate.toml`` (job boxes,
    newsletter and notification prompts, "Read also:" teasers, share buttons, photo credits, agency
    credits, cookie notices, copyright footers, "source site-16" markers ...). Patterns that could
    also open a real sentence need structural support: the line stands alone and is short,
    unpunctuated, or near the head or tail of the article. Short lines listed under a widget header
    ("Related articles") join its block.

    ## Why it matters
    Widget text is not part of the article; left in a translation it confuses readers and wastes
    post-editing time.

    ## Example
        Top jobs of the day

        Find the best jobs now and
        be notified by email.

    ## Use instead
        (the lines deleted)

    ## Fix safety
    Safe: the fix deletes the line(s) with their line breaks (a whole paragraph with the blank
    lines after it).
    """

    id = "MT201"
    name = "boilerplate-line"
    category = Category.SCRAPE
    severity = Severity.ERROR
    target_languages = frozenset({"en"})

    @dataclass(frozen=True)
    class Options:
        pass

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        for block in widget_blocks(doc, ctx):
            first, last = block.lines[0], block.lines[-1]
            span = Span(_content_span(first).start, _content_span(last).end)
            yield Hit(span, f"scraped widget text: {block.pattern.description}",
                      fix=Fix((delete_lines(doc, block.paragraph, first, last),), True,
                              "delete the widget line" + ("s" if len(block.lines) > 1 else "")))


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
                yield Hit(_content_span(line), f'stray punctuation line "{marks}"',
                          fix=Fix((delete_lines(doc, para, line, line),), True, "delete the line"))


class BrokenLine(Rule):
    """A line breaks off mid-sentence after "and", "the", "of" ...

    ## What it does
    Flags a line inside a paragraph, or a paragraph, that ends without punctuation on a word that
    cannot end an English sentence (an article, a conjunction, a preposition; list in
    ``data/common/boilerplate.toml``). Documents that are hard-wrapped throughout are skipped, and
    lines already reported as widget text (MT201) are not reported again.

    ## Why it matters
    A break in mid-sentence is scrape residue (a widget or an image cut the text) or a segment
    split; the sentence reads as two fragments.

    ## Example
        The talks between Russia and
        NATO will continue on Thursday.

    ## Use instead
        The talks between Russia and NATO will continue on Thursday.

    ## Fix safety
    Unsafe: joining the lines is offered, but the break may mark removed text that needs restoring.
    """

    id = "MT202"
    name = "broken-line"
    category = Category.SCRAPE
    severity = Severity.WARNING
    target_languages = frozenset({"en"})

    @dataclass(frozen=True)
    class Options:
        hard_wrap_share: float = 0.3  # share of lines that are wrapped prose above which the rule stays quiet

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        if self._hard_wrapped(doc, ctx.options.hard_wrap_share):
            return
        dangling = boilerplate_data(ctx).dangling_words
        widget_lines = {line.number for block in widget_blocks(doc, ctx) for line in block.lines}
        paragraphs = doc.paragraphs
        for para in paragraphs:
            for k, line in enumerate(para.lines):
                if line.number in widget_lines:
                    continue
                words = line.text.split()
                last = words[-1] if words else ""
                if not (last.isalpha() and last.islower() and last in dangling):
                    continue
                if k + 1 < len(para.lines):
                    nxt = para.lines[k + 1]
                elif para.index + 1 < len(paragraphs):
                    nxt = paragraphs[para.index + 1].lines[0]
                else:
                    nxt = None
                if nxt is not None and nxt.number in widget_lines:
                    continue
                content = _content_span(line)
                fix = Fix((Edit(Span(content.end, _content_span(nxt).start), " "),), False,
                          "join with the next line") if nxt is not None else None
                yield Hit(content, f'line breaks off mid-sentence after "{last}"', fix=fix)

    @staticmethod
    def _hard_wrapped(doc: Document, share: float) -> bool:
        lines = [line for p in doc.paragraphs for line in p.lines]
        wrapped = sum(1 for p in doc.paragraphs for line in p.lines[:-1] if len(line.text.strip()) >= 40)
        return wrapped >= 3 and wrapped >= share * len(lines)


RULES = (BoilerplateLine, BrokenLine, StrayPunctuationLine)
