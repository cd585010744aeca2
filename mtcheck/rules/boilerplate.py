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
from mtcheck.text.segment import ABBREVIATIONS

_LEAD_MARKERS = re.compile(r"^[\s\-–—*•·»›>|→▶►#]+(?=\w)")
_ARROWS = "»›>→▶►"
_TRAIL_MARKERS = re.compile(f"[\\s{_ARROWS}]+$")
_SENTENCE_END = tuple(".!?…;")
_CLOSERS = "\"'”’»«)]"
# Words that join names in a list ("Cynthia Brewer, Mark Harrower, and The Pennsylvania State University").
_NAME_GLUE = frozenset({"and", "or", "of", "the", "for", "de", "von", "van", "der", "&"})


def _ends_on_clause(text: str) -> bool:
    """Does the sentence end on a clause of three words or more after a comma, two of them lower-case
    ("Download the app, the health ministry urged.")? That is prose, even where its opening looks like
    a widget; a list of names or a short offer ("…, cancel anytime.") is not."""
    if "," not in text or not text.rstrip(_CLOSERS).endswith((".", "!", "?")):
        return False
    clause = text.rsplit(",", 1)[1].split()
    return len(clause) >= 3 and sum(w[:1].islower() and w.lower() not in _NAME_GLUE for w in clause) >= 2


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
    before_number: frozenset[str]
    name_particles: frozenset[str]


@functools.lru_cache(maxsize=8)
def _load_data(data_dir: Path, target: str) -> BoilerplateData:
    table = Pack(None, target, data_dir).common("boilerplate")
    patterns = tuple(WidgetPattern(p["id"], re.compile(p["regex"], re.IGNORECASE), p["description"],
                                   bool(p.get("structural")), bool(p.get("list_header")), p.get("contains", ""))
                     for p in table.get("pattern", ()))
    combined = "|".join(f"(?:{p.regex.pattern})" for p in patterns if not p.contains) or r"(?!)"
    structure = table.get("structure", {})
    broken = table.get("broken_line", {})
    return BoilerplateData(
        patterns=patterns,
        any_pattern=re.compile(combined, re.IGNORECASE),
        literals=tuple(sorted({p.contains for p in patterns if p.contains})),
        head_paragraphs=structure.get("head_paragraphs", 2),
        tail_paragraphs=structure.get("tail_paragraphs", 4),
        short_line_words=structure.get("short_line_words", 12),
        max_line_chars=structure.get("max_line_chars", 300),
        list_item_words=structure.get("list_item_words", 14),
        dangling_words=frozenset(broken.get("dangling_words", ())),
        before_number=frozenset(broken.get("before_number", ())),
        name_particles=frozenset(broken.get("name_particles", ())),
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
    """The line continues no prose line above it (a long unfinished one, or any unfinished one when the
    line starts in lower case) and runs on into no lower-case line below (unless the neighbour is widget
    text too: "Subscribe now and read on⏎for just 1 euro a month")."""
    if k > 0:
        prev = lines[k - 1].text.strip()
        if not _ends_sentence(prev) and not prev.endswith(":") and (
                len(prev.split()) > data.short_line_words
                or (lines[k].text.strip()[:1].islower() and not _matches_any_pattern(normalise_line(prev), data))):
            return False
    if k + 1 < len(lines):
        below = normalise_line(lines[k + 1].text)
        return not below[:1].islower() or _matches_any_pattern(below, data)
    return True


def _matches_any_pattern(text: str, data: BoilerplateData) -> bool:
    """Does some widget pattern match ``text`` (structural support aside)?"""
    if data.any_pattern.match(text):
        return True
    lowered = text.lower()
    return any(p.contains and p.contains in lowered and p.regex.match(text) for p in data.patterns)


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
        if _stands_alone(para.lines, k, data) and not _ends_on_clause(text) and (
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
    Matches every line against the widget patterns in ``data/common/boilerplate.toml`` (video and
    podcast players, galleries, photo credits and captions, newsletter, alert and app prompts,
    paywalls and prices, comment and share buttons, "Read also:" teasers, related, recommended and
    most-read lists, sponsored and affiliate notes, corrections, live-blog controls, timestamps,
    bylines, cookie notices, copyright footers, "source site-16" markers ...). Patterns that could
    also open a real sentence need structural support: the line stands alone (a line below it in
    lower case must be widget text too, as in "Subscribe now and read on⏎for just 1 euro a month")
    and is short, unpunctuated, or near the head or tail of the article, and it does not end on a
    clause after a comma ("Download the app, the ministry urged."). Short lines listed under a
    widget header ("Related articles") join its block.

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
    """A line or paragraph breaks off mid-sentence ("The team plans⏎to repeat the study").

    ## What it does
    Flags a line, or a paragraph, that ends without final punctuation where the sentence plainly
    goes on:

    * it ends on a word that cannot end an English sentence (an article, a conjunction, a
      preposition; list in ``data/common/boilerplate.toml``), whatever follows;
    * the next line or paragraph starts in lower case ("plans⏎to repeat"), except a name particle
      ("von der Leyen"), a brand with an inner capital ("iPhone") or a web address;
    * the next one starts with a number after a word that leads into one ("closes on⏎12 January",
      "recorded⏎15,100 cases") or after a finished sentence on the same line, so that a heading above
      a number ("Key figures⏎15,100 ...") passes;
    * the next one starts with a capital and the line cannot be a heading: it holds a finished
      sentence and then three or more words of an unfinished one ("... last year. The Robert
      Koch⏎Institute recorded ..."), or it is part of a wrapped paragraph, or of a paragraph of
      prose in an article that sets its headings apart by blank lines.

    Line breaks inside paragraphs are only judged in documents whose paragraphs are single lines:
    documents hard-wrapped throughout (most long lines end mid-sentence) are only checked for breaks
    between paragraphs. In text that starts sentences in lower case (chat messages, comments) the
    case of the next word is no evidence. Headings followed by a capitalised paragraph, lists, table
    rows, salutations ("Good morning,") and lines already reported as widget text (MT201) are not
    reported.

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
        hard_wrap_share: float = 0.3  # share of lines that are wrapped prose above which line breaks are not judged
        min_unfinished_words: int = 3  # words of an unfinished sentence before a capitalised next line

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        data, opts = boilerplate_data(ctx), ctx.options
        wrapped = self._hard_wrapped(doc, opts.hard_wrap_share)
        # The case of the next word is evidence only in text that starts its sentences in upper case.
        by_case = not _starts_sentences_in_lower_case(doc, data)
        # A document that sets its headings apart by blank lines has no heading glued to the line below it.
        headings_apart = any(para.is_heading for para in doc.paragraphs)
        # widget text (MT201's business) and fenced code are not prose
        skipped = {line.number for block in widget_blocks(doc, ctx) for line in block.lines} | _fenced_lines(doc)
        paragraphs = doc.paragraphs
        for para in paragraphs:
            for k, line in enumerate(para.lines):
                inside = k + 1 < len(para.lines)
                if line.number in skipped or (inside and wrapped):
                    continue
                if inside:
                    nxt: Line | None = para.lines[k + 1]
                elif para.index + 1 < len(paragraphs):
                    nxt = paragraphs[para.index + 1].lines[0]
                else:
                    nxt = None
                if nxt is not None and nxt.number in skipped:
                    continue
                # the line cannot be a heading: it is part of a wrapped paragraph, or of a paragraph of
                # prose (it ends a sentence) in a document that sets its headings apart
                prose = len(para.lines) > 1 and (wrapped or (
                    inside and headings_apart and _ends_sentence(para.lines[-1].text.strip())))
                last = _unfinished_end(line.text, nxt.text if nxt else None, data, by_case, prose,
                                       opts.min_unfinished_words)
                if last is None or _is_markup(line.text) or (nxt is not None and _is_markup(nxt.text)):
                    continue
                content = _content_span(line)
                fix = Fix((Edit(Span(content.end, _content_span(nxt).start), " "),), False,
                          "join with the next line") if nxt is not None else None
                unit = "line" if inside else "paragraph"
                yield Hit(content, f'{unit} breaks off mid-sentence after "{last}"', fix=fix)

    @staticmethod
    def _hard_wrapped(doc: Document, share: float) -> bool:
        """Are the document's paragraphs wrapped at a fixed width, most long lines ending mid-sentence?
        (One sentence per line, as in segment files, is not hard wrapping.)"""
        n_lines = wrapped = mid_sentence = 0
        for para in doc.paragraphs:
            n_lines += len(para.lines)
            for line in para.lines[:-1]:
                text = line.text.strip()
                if len(text) >= 40:
                    wrapped += 1
                    mid_sentence += not _ends_sentence(text)
        return mid_sentence >= 3 and wrapped >= share * n_lines and mid_sentence * 2 >= wrapped


# Lines that are not prose: list items, Markdown quotes, reStructuredText directives and fields, header
# fields ("Author: ..."), indented code, code characters (brackets, operators, back-ticks, links) and
# column-aligned tables.
_MARKUP_START = re.compile(r"\s*(?:[-*+•>]\s|\.\.\s|:\w|```|~~~|[A-Z][\w-]*:\s)|\s{4}|\t")
_CODE = re.compile(r"[`{}<>=\\]|\[\[|\]\(|://")


def _is_markup(text: str) -> bool:
    return bool(_MARKUP_START.match(text) or _CODE.search(text) or "   " in text.strip()
                or not any(c.isalpha() for c in text))


def _fenced_lines(doc: Document) -> set[int]:
    """Numbers of the lines of fenced code blocks (``` or ~~~), fences included."""
    if "```" not in doc.text and "~~~" not in doc.text:
        return set()
    numbers, fenced = set(), False
    for para in doc.paragraphs:
        for line in para.lines:
            fence = line.text.lstrip().startswith(("```", "~~~"))
            if fenced or fence:
                numbers.add(line.number)
            fenced = fenced != fence
    return numbers


# A sentence end followed by the start of the next sentence, inside a line or paragraph.
_FINISHED_SENTENCE = re.compile(r"[.!?…][\"'”’)\]]*\s+(?=[\"“‘(]?[A-Z])")
_LIST_MARKER = re.compile(r"\d+[.)]\s")


def _unfinished_end(text: str, following: str | None, data: BoilerplateData, by_case: bool, prose: bool,
                    min_unfinished_words: int) -> str | None:
    """The last word of the line ``text`` if its sentence plainly goes on after it, else None.
    ``following`` is the next line (of the paragraph, or the next paragraph's first), None at the end of
    the document; ``prose`` says the line cannot be a heading."""
    content = text.strip()
    if (not content or _ends_sentence(content) or content.endswith(":") or content.startswith("#")
            or "|" in content or "\t" in content):
        return None  # a finished line, a list's lead-in, a Markdown heading or a table row
    last = content.split()[-1].rstrip(_CLOSERS + ",")
    if last.isalpha() and last.islower() and last in data.dangling_words:
        return last
    if following is None or not last:
        return None
    after = following.lstrip()
    first_word = after.split(maxsplit=1)[0] if after else ""
    sentences = _FINISHED_SENTENCE.split(content)
    prose = prose or len(sentences) > 1  # a finished sentence on the line: not a heading
    if first_word[:1].isdigit():
        if _LIST_MARKER.match(after):
            return None  # a numbered list: "1. ...⏎2. ..."
        return last if prose or last.lower() in data.before_number else None
    if not by_case:
        return None
    if first_word[:1].islower():
        if content.endswith(",") and len(content.split()) <= 3:
            return None  # a salutation: "Good morning,⏎my order has not arrived."
        return None if _not_a_sentence_start(after, first_word, data) else last
    if first_word[:1].isupper() and prose and not content.endswith(","):
        return last if len(sentences[-1].split()) >= min_unfinished_words else None
    return None


def _not_a_sentence_start(after: str, first_word: str, data: BoilerplateData) -> bool:
    """A lower-case start that begins a sentence all the same: a name after its particle ("von der
    Leyen"), a brand with an inner capital ("iPhone"), a web address or handle."""
    if any(c.isupper() for c in first_word[1:]) or any(c in first_word for c in "./@#"):
        return True
    rest = after[len(first_word):].split(maxsplit=2)
    return first_word.lower() in data.name_particles and bool(rest) and (
        rest[0][:1].isupper() or (rest[0].lower() in data.name_particles and len(rest) > 1 and rest[1][:1].isupper()))


def _starts_sentences_in_lower_case(doc: Document, data: BoilerplateData) -> bool:
    """Does the text start sentences in lower case (chat messages, reader comments)? Two lines that
    open in lower case after a line ending with a full stop, question or exclamation mark say so."""
    seen, prev = 0, ""
    for para in doc.paragraphs:
        for line in para.lines:
            text = line.text.strip()
            if text[:1].islower() and prev.rstrip(_CLOSERS).endswith((".", "!", "?")) and not prev.endswith("..."):
                last = prev.split()[-1].rstrip(_CLOSERS).lower()
                if last.count(".") <= 1 and last.rstrip(".") not in ABBREVIATIONS and not _not_a_sentence_start(
                        text, text.split(maxsplit=1)[0], data):
                    seen += 1
                    if seen == 2:
                        return True
            prev = text
    return False


RULES = (BoilerplateLine, BrokenLine, StrayPunctuationLine)
