"""MT202 broken-line: a line or paragraph that breaks off mid-sentence.

Holds the rule and what only it needs: telling markup and code from prose, spotting hard-wrapped
documents and text that starts its sentences in lower case. The word lists (dangling words, words
before a number, name particles) come with the widget data in ``mtcheck.rules.widgets``.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from mtcheck.model import Category, Document, Edit, Fix, Hit, Line, Severity, Span
from mtcheck.rules.base import Context, Rule
from mtcheck.rules.widgets import CLOSERS, BoilerplateData, boilerplate_data, content_span, ends_sentence, widget_blocks
from mtcheck.text.lazy_regex import lazy_compile
from mtcheck.text.segment import ABBREVIATIONS


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
                    inside and headings_apart and ends_sentence(para.lines[-1].text.strip())))
                last = _unfinished_end(line.text, nxt.text if nxt else None, data, by_case, prose,
                                       opts.min_unfinished_words)
                if last is None or _is_markup(line.text) or (nxt is not None and _is_markup(nxt.text)):
                    continue
                content = content_span(line)
                fix = Fix((Edit(Span(content.end, content_span(nxt).start), " "),), False,
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
                    mid_sentence += not ends_sentence(text)
        return mid_sentence >= 3 and wrapped >= share * n_lines and mid_sentence * 2 >= wrapped


# Lines that are not prose: list items, Markdown quotes, reStructuredText directives and fields, header
# fields ("Author: ..."), indented code, code characters (brackets, operators, back-ticks, links) and
# column-aligned tables.
_MARKUP_START = lazy_compile(r"\s*(?:[-*+•>]\s|\.\.\s|:\w|```|~~~|[A-Z][\w-]*:\s)|\s{4}|\t")
_CODE = lazy_compile(r"[`{}<>=\\]|\[\[|\]\(|://")


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
_FINISHED_SENTENCE = lazy_compile(r"[.!?…][\"'”’)\]]*\s+(?=[\"“‘(]?[A-Z])")
_LIST_MARKER = lazy_compile(r"\d+[.)]\s")


def _unfinished_end(text: str, following: str | None, data: BoilerplateData, by_case: bool, prose: bool,
                    min_unfinished_words: int) -> str | None:
    """The last word of the line ``text`` if its sentence plainly goes on after it, else None.
    ``following`` is the next line (of the paragraph, or the next paragraph's first), None at the end of
    the document; ``prose`` says the line cannot be a heading."""
    content = text.strip()
    if (not content or ends_sentence(content) or content.endswith(":") or content.startswith("#")
            or "|" in content or "\t" in content):
        return None  # a finished line, a list's lead-in, a Markdown heading or a table row
    last = content.split()[-1].rstrip(CLOSERS + ",")
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
            if text[:1].islower() and prev.rstrip(CLOSERS).endswith((".", "!", "?")) and not prev.endswith("..."):
                last = prev.split()[-1].rstrip(CLOSERS).lower()
                if last.count(".") <= 1 and last.rstrip(".") not in ABBREVIATIONS and not _not_a_sentence_start(
                        text, text.split(maxsplit=1)[0], data):
                    seen += 1
                    if seen == 2:
                        return True
            prev = text
    return False


RULES = (BrokenLine,)
