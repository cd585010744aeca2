"""Typography: quote spacing (MT301), unbalanced quotes (MT302), foreign quote marks (MT303), space before
punctuation (MT304), missing space after punctuation (MT305), doubled spaces (MT306).

Quote roles come from one left-to-right scan per paragraph: “ opens, ” closes what is open. ASCII
double quotes are paired by parity, and only in paragraphs where that is unambiguous (an even count,
none touching a digit, which would make it an inch or seconds mark); where they do not pair, MT302
reads each mark's role from its shape (space before and word after: opening). Paragraphs with German
or French quote marks are left to MT303, so one quotation never yields two findings.
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, NamedTuple

from mtcheck.model import Category, Document, Edit, Fix, Hit, Paragraph, Severity, Span
from mtcheck.packs import DATA_DIR, Pack
from mtcheck.rules.base import Context, Rule

_QUOTE_CHARS = re.compile(r"[“”\"]")
_CURLY_DOUBLE = re.compile("[“”]")
_FOREIGN_MARK = re.compile("[„‚»«‹›]")
_HSPACE = " \t\u00a0"


class Quote(NamedTuple):
    offset: int  # absolute offset of the mark
    char: str
    role: str  # "open", "close" or "stray" (a closing mark with nothing open)


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
    for m in _QUOTE_CHARS.finditer(text):
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


def _has_foreign_marks(para: Paragraph) -> bool:
    return _FOREIGN_MARK.search(para.text) is not None


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

    @dataclass(frozen=True)
    class Options:
        pass

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        text = doc.text
        if not _QUOTE_CHARS.search(text):
            return
        for para in doc.paragraphs:
            if not _QUOTE_CHARS.search(para.text) or _has_foreign_marks(para):
                continue
            for q in quote_roles(para)[0]:
                hit = (self._after_closing(text, q, para.span) if q.role == "close"
                       else self._around_opening(text, q, para.span) if q.role == "open" else None)
                if hit:
                    yield hit

    def _after_closing(self, text: str, q: Quote, para: Span) -> Hit | None:
        i, c = q.offset, q.char
        after = text[i + 1] if i + 1 < para.end else "\n"
        ws = i
        while ws > para.start and text[ws - 1] in _HSPACE:
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
        while end < para.end and text[end] in _HSPACE:
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


class UnbalancedQuotes(Rule):
    """Opening and closing quotes do not pair up within a paragraph.

    ## What it does
    Pairs “ with ” from left to right in each paragraph and flags an opening quote never closed or a
    closing quote with nothing open. ASCII double quotes that do not pair by parity (an odd count)
    are read by their shape: a mark after a space and before a word opens, a mark after a word or
    punctuation and before a space closes; a paragraph with a mark of neither shape is left alone,
    and so are inch and seconds marks ("a 15" screen"). A quotation running over several paragraphs
    is exempt (the paragraph leaves it open, the next one starts with an opening quote), unless the
    paragraph shows that the closing mark was lost: another double quote follows the opening one,
    the quote sits inside a sentence (a few words or a title: had “played with courage), or an
    attribution follows it ("…, said Reznikov"; verbs in ``data/common/typography.en.toml``).
    Paragraphs with German or French quote marks are left to MT303.

    ## Why it matters
    A lost quote mark leaves the reader unsure where a quotation ends: who said what.

    ## Example
        “We need guarantees, Putin said at the end of December.

    ## Use instead
        “We need guarantees,” Putin said at the end of December.

    ## Fix safety
    No fix: only a person can tell where the quotation ends.
    """

    id = "MT302"
    name = "unbalanced-quotes"
    category = Category.FLUENCY
    severity = Severity.WARNING
    target_languages = frozenset({"en"})

    @dataclass(frozen=True)
    class Options:
        pass

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        if not _QUOTE_CHARS.search(doc.text):
            return
        paragraphs = doc.paragraphs
        for para in paragraphs:
            if not _QUOTE_CHARS.search(para.text) or _has_foreign_marks(para):
                continue
            quotes, unclosed = quote_roles(para)
            strays = [q for q in quotes if q.role == "stray"]
            if '"' in para.text and not any(q.char == '"' for q in quotes):  # straight marks parity could not pair
                straight_unclosed, straight_strays = _straight_by_shape(para)
                unclosed, strays = unclosed + straight_unclosed, strays + straight_strays
            nxt = paragraphs[para.index + 1].text.lstrip() if para.index + 1 < len(paragraphs) else ""
            for q in sorted(strays + unclosed):
                if q.role == "stray":
                    yield Hit(Span(q.offset, q.offset + 1), f"closing quote {q.char} without an opening quote")
                elif not (nxt[:1] in ("“", '"') and _may_run_on(doc.text, q.offset, para, ctx)):
                    yield Hit(Span(q.offset, q.offset + 1),
                              f"opening quote {q.char} is never closed in this paragraph")


@dataclass(frozen=True)
class Attribution:
    verbs: frozenset[str]  # "said", "told", "according" ...
    pattern: re.Pattern[str]  # "…, Scholz said"; "…, said the minister"; "…, according to Reuters"


@functools.lru_cache(maxsize=8)
def _attribution(data_dir: Path, target: str) -> Attribution | None:
    """How the target language attributes a quotation, or None when it has no list of attribution verbs."""
    verbs = Pack(None, target, data_dir).common("typography").get("quotes", {}).get("attribution_verbs", ())
    if not verbs:
        return None
    verb = "(?:" + "|".join(sorted(map(re.escape, verbs), key=len, reverse=True)) + ")"
    name_word = r"(?:[A-Z][\w’'.-]*|of|de|von|van|der|al)"
    return Attribution(frozenset(verbs), re.compile(
        rf"[,.;:?!…’']\s+(?:{name_word}\s+){{1,8}}{verb}\b|,\s+{verb}\s+(?:[A-Z]|the\b|to\b)"))


def _may_run_on(text: str, offset: int, para: Paragraph, ctx: Context) -> bool:
    """Can the quotation opened at ``offset`` run on into the next paragraph (the news convention: the
    paragraph ends inside the quote, the next one opens with a quote mark)? Not when another double
    quote follows it in the paragraph (double quotes do not nest in English), when it quotes a few words
    or a title inside a sentence (the team had “played with courage"; a role in “Anatomy of a Fall"), or
    when an attribution follows it ("…, said Reznikov"): the lost mark closed it."""
    rest = text[offset + 1:para.span.end]
    if any(c in rest for c in "“”\""):
        return False
    attribution = _attribution(getattr(ctx.pack, "data_dir", DATA_DIR), ctx.pack.target)
    before = text[para.span.start:offset].rstrip()
    if before[-1:].isalnum():  # no colon or comma before the quote: unless "said “We ...", it is embedded
        last_word = before.rsplit(None, 1)[-1].lower()
        if rest[:1].islower() or attribution is None or last_word not in attribution.verbs:
            return False
    return attribution is None or attribution.pattern.search(rest) is None


def _straight_shape(text: str, i: int) -> str:
    """The role the ASCII double quote at ``i`` has by its shape: "open", "close", "measure" (after a
    number: an inch or seconds mark, or the close of a quote that ends on a number) or "" (no clear
    shape)."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isdigit() and not after.isalnum():
        return "measure"
    if (before.isspace() or before in "([{/—–-") and (after.isalnum() or after in "‘'…$€£"):
        return "open"
    if (before.isalnum() or before in ".,!?;:…’')%") and (after.isspace() or after in ".,;:!?)]}—–-/"):
        return "close"
    return ""


def _straight_by_shape(para: Paragraph) -> tuple[list[Quote], list[Quote]]:
    """Openers left unclosed and closers with nothing open among the ASCII double quotes of ``para``,
    paired by their shape; nothing when a mark has no clear shape."""
    text, base = para.text, para.span.start
    shapes = [(m.start(), _straight_shape(text, m.start())) for m in re.finditer('"', text)]
    if any(shape == "" for _, shape in shapes):
        return [], []
    unclosed: list[Quote] = []
    strays: list[Quote] = []
    open_at: int | None = None
    for i, shape in shapes:
        if shape == "open":
            if open_at is not None:  # a second opener: double quotes do not nest in English
                unclosed.append(Quote(base + open_at, '"', "open"))
            open_at = i
        elif shape == "close" or (shape == "measure" and open_at is not None):  # ("Nord Stream 2")
            if open_at is None:
                strays.append(Quote(base + i, '"', "stray"))
            open_at = None
    if open_at is not None:
        unclosed.append(Quote(base + open_at, '"', "open"))
    return unclosed, strays


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

    @dataclass(frozen=True)
    class Options:
        pass

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        if not _FOREIGN_MARK.search(doc.text):
            return
        for para in doc.paragraphs:
            if not _has_foreign_marks(para):
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


# Space before , . ; : ! ? that ends a clause (followed by space, a closing mark or the line end).
_SPACE_BEFORE = re.compile(r"[ \t\u00a0]([,.;:!?])(?=[\s”\"’)\]]|$)")


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

    @dataclass(frozen=True)
    class Options:
        pass

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        text = doc.text
        for m in _SPACE_BEFORE.finditer(text):
            start = m.start()
            while start > 0 and text[start - 1] in _HSPACE:
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
_GLUED = re.compile(r"[,;.!?:](?=[^\W\d_])")
_NOT_PROSE = re.compile(r"://|www\.|@|/|=|&|\\|#")


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

    @dataclass(frozen=True)
    class Options:
        pass

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


_DOUBLE_SPACE = re.compile(r"  +")
_TWO_AFTER_STOP = re.compile(r"[.!?][”\"’)]?  (?=\S)")
_ONE_AFTER_STOP = re.compile(r"[.!?][”\"’)]? (?=[A-Z“\"‘])")


def _follows_stop(text: str, run_start: int) -> bool:
    """Does the run of spaces at ``run_start`` follow a sentence end ("ends.  Next", "said.”  Next")?"""
    mark = run_start - (2 if text[run_start - 1] in "”\"’)" else 1)
    return bool(_TWO_AFTER_STOP.match(text, mark))


class DoubledSpace(Rule):
    """Two or more spaces between words.

    ## What it does
    Flags runs of spaces inside a line. Indentation, column-aligned lines (three or more runs) and,
    in documents that consistently put two spaces after a full stop, spaces after sentence ends are
    not flagged. Spaces before punctuation or inside quote marks are left to MT304 and MT301.

    ## Why it matters
    Doubled spaces are leftovers of deleted words or tags; they look careless in print and on the web.

    ## Example
        the delivery of the  goods

    ## Use instead
        the delivery of the goods

    ## Fix safety
    Safe: the fix replaces the run with one space.
    """

    id = "MT306"
    name = "doubled-space"
    category = Category.STYLE
    severity = Severity.INFO
    target_languages = None

    @dataclass(frozen=True)
    class Options:
        max_runs_per_line: int = 2  # more runs than this mark a column-aligned line, not a slip

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        text = doc.text
        if "  " not in text:
            return
        two_after_stop: bool | None = None  # decided on the first run that follows a sentence end
        runs_by_line: dict[int, list[re.Match[str]]] = {}
        for m in _DOUBLE_SPACE.finditer(text):
            if m.start() == 0 or text[m.start() - 1].isspace() or m.end() == len(text) or text[m.end()].isspace():
                continue  # indentation, trailing space or a run of mixed white space
            runs_by_line.setdefault(bisect.bisect_right(doc.line_starts, m.start()), []).append(m)
        for runs in runs_by_line.values():
            after_stop = [_follows_stop(text, m.start()) for m in runs]
            if after_stop.count(False) > ctx.options.max_runs_per_line:
                continue  # a column-aligned line
            for m, follows_stop in zip(runs, after_stop):
                before, after = text[m.start() - 1], text[m.end()]
                if after in ",.;:!?”\"" or before in "“":
                    continue  # MT304 or MT301 reports these spaces
                if follows_stop:
                    if two_after_stop is None:
                        two = len(_TWO_AFTER_STOP.findall(text))
                        two_after_stop = two >= max(2, len(_ONE_AFTER_STOP.findall(text)))
                    if two_after_stop:
                        continue  # the document's convention: two spaces after a full stop
                yield Hit(Span(m.start(), m.end()), f"{m.end() - m.start()} spaces between words",
                          suggestion=" ", fix=Fix((Edit(Span(*m.span()), " "),), True, "use one space"))


RULES = (QuoteSpacing, UnbalancedQuotes, ForeignQuotes, SpaceBeforePunctuation, MissingSpaceAfterPunctuation,
         DoubledSpace)
