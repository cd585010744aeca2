"""Widget detection shared by the scrape-residue rules (MT201 boilerplate-line, MT202 broken-line,
MT203 stray-punctuation-line): the pattern data, the widget blocks of a document and line helpers.

The widget patterns live in ``data/common/boilerplate.toml``. A pattern marked ``structural`` also
needs the line to look like furniture rather than prose: it stands alone (it neither continues nor
leads into a sentence on a neighbouring line) and it is short, unpunctuated, or near the start or
end of the article. Real subheads ("Moscow is demanding security guarantees from NATO") match no
pattern, so they never fire. Lines no pattern matches are offered to the generic signals of
:mod:`mtcheck.rules.widget_signals` (short stand-alone lines made of furniture vocabulary only).
MT202 skips the lines MT201 reports, so both read the same blocks, computed once per document.
"""
from __future__ import annotations

import functools
import re
from operator import itemgetter
from dataclasses import dataclass
from pathlib import Path

from mtcheck.model import Document, Edit, Line, Paragraph, Span
from mtcheck.packs import DATA_DIR, Pack
from mtcheck.rules.base import Context
from mtcheck.rules.widget_boxes import IN_BOX, boxed
from mtcheck.rules.widget_lists import match_official
from mtcheck.rules.widget_kind_catalogue import DESCRIPTIONS, OPEN_KINDS, TITLE_KINDS
from mtcheck.rules.widget_signals import Signals, furniture_kind
from mtcheck.lang.derived import cached_derivation
from mtcheck.text import prefixes as prefixes_module
from mtcheck.text.lazy_regex import lazy_compile
from mtcheck.text.prefixes import prefix_keys, prefixes

_LEAD_MARKERS = lazy_compile(r"^[\s\-–—*•·»›>|→▶►#]+(?=\w)")
_ARROWS = "»›>→▶►"
_TRAIL_MARKERS = lazy_compile(f"[\\s{_ARROWS}]+$")
_SENTENCE_END = tuple(".!?…;")
CLOSERS = "\"'”’»«)]"
START = 3  # how many first characters of a line choose the patterns it is tried against
# Words that join names in a list ("Cynthia Brewer, Mark Harrower, and The Pennsylvania State University").
_NAME_GLUE = frozenset({"and", "or", "of", "the", "for", "de", "von", "van", "der", "&"})


def _ends_on_clause(text: str) -> bool:
    """Does the sentence end on a clause of three words or more after a comma, two of them lower-case
    ("Download the app, the health ministry urged.")? That is prose, even where its opening looks like
    a widget; a list of names or a short offer ("…, cancel anytime.") is not."""
    if "," not in text or not text.rstrip(CLOSERS).endswith((".", "!", "?")):
        return False
    clause = text.rsplit(",", 1)[1].split()
    return len(clause) >= 3 and sum(w[:1].islower() and w.lower() not in _NAME_GLUE for w in clause) >= 2


@dataclass(frozen=True)
class WidgetPattern:
    id: str
    source: str  # the regex, compiled on first use: one article meets only a few of them
    description: str
    structural: bool
    list_header: bool
    contains: str  # a literal the lower-cased line must contain before the regex is tried ("" for none)

    @property
    def regex(self) -> re.Pattern[str]:
        return _compiled(self.source)


@functools.lru_cache(maxsize=None)  # bounded by the pattern file
def _compiled(source: str) -> re.Pattern[str]:
    return re.compile(source, re.IGNORECASE)


class _PatternsByStart(dict):
    """A line's first three characters -> the patterns whose matches can start with them: a line is
    tried against these few, not all 150. Filled on demand (lines start alike), from an index of the
    patterns by each start they allow. (One index holds the patterns without ``contains``, another those
    with a ``contains`` literal and known starts, tried only when the line also holds the literal.)"""

    def __init__(self, plain: list[tuple[int, WidgetPattern, frozenset[str] | None]]) -> None:
        super().__init__()
        self._pattern = {index: pattern for index, pattern, _ in plain}
        self._anywhere = {index for index, _, allowed in plain if allowed is None}
        self._by_start: dict[str, set[int]] = {}
        for index, _, allowed in plain:
            for start in allowed or ():
                self._by_start.setdefault(start, set()).add(index)

    def __missing__(self, start: str) -> tuple[tuple[int, WidgetPattern, re.Pattern[str]], ...]:
        indices = set(self._anywhere)
        for key in prefix_keys(start, START):
            for n in range(len(key) + 1):
                indices.update(self._by_start.get(key[:n], ()))
        self[start] = tuple((i, self._pattern[i], self._pattern[i].regex) for i in sorted(indices))
        return self[start]


@dataclass(frozen=True)
class BoilerplateData:
    patterns: tuple[WidgetPattern, ...]
    by_start: _PatternsByStart  # the patterns without ``contains`` that a line's first characters allow
    # the patterns with ``contains`` and known starts that a line's first characters allow (tried on a
    # line that holds their literal: "The video could not be loaded", keyed on " be ", is never tried on
    # the many lines of prose that start with "The" but hold no " be ", nor on those with " be " elsewhere)
    keyed_by_start: _PatternsByStart
    literals: tuple[str, ...]  # the ``contains`` literals of the patterns that may start anyhow
    by_literal: dict[str, tuple[tuple[int, WidgetPattern], ...]]  # each such literal -> its patterns
    head_paragraphs: int
    tail_paragraphs: int
    short_line_words: int
    max_line_chars: int
    list_item_words: int
    dangling_words: frozenset[str]
    before_number: frozenset[str]
    name_particles: frozenset[str]
    signals: Signals


@functools.lru_cache(maxsize=8)
def _load_data(data_dir: Path, target: str) -> BoilerplateData:
    table = Pack(None, target, data_dir).common("boilerplate")
    patterns = tuple(WidgetPattern(p["id"], p["regex"], p["description"], bool(p.get("structural")),
                                   bool(p.get("list_header")), p.get("contains", ""))
                     for p in table.get("pattern", ()))
    starts = _pattern_prefixes(data_dir, target, [p.source for p in patterns])
    plain = [(i, p, allowed) for (i, p), allowed in zip(enumerate(patterns), starts) if not p.contains]
    keyed = [(i, p, allowed) for (i, p), allowed in zip(enumerate(patterns), starts) if p.contains and allowed]
    loose = [(i, p) for (i, p), allowed in zip(enumerate(patterns), starts) if p.contains and not allowed]
    structure = table.get("structure", {})
    broken = table.get("broken_line", {})
    return BoilerplateData(
        patterns=patterns,
        by_start=_PatternsByStart(plain),
        keyed_by_start=_PatternsByStart(keyed),
        literals=tuple(sorted({p.contains for _, p in loose})),
        by_literal={literal: tuple((i, p) for i, p in loose if p.contains == literal)
                    for literal in {p.contains for _, p in loose}},
        head_paragraphs=structure.get("head_paragraphs", 2),
        tail_paragraphs=structure.get("tail_paragraphs", 4),
        short_line_words=structure.get("short_line_words", 12),
        max_line_chars=structure.get("max_line_chars", 300),
        list_item_words=structure.get("list_item_words", 14),
        dangling_words=frozenset(broken.get("dangling_words", ())),
        before_number=frozenset(broken.get("before_number", ())),
        name_particles=frozenset(broken.get("name_particles", ())),
        signals=Signals.from_table(table.get("signals", {})),
    )


def _pattern_prefixes(data_dir: Path, target: str, regexes: list[str]) -> list[frozenset[str] | None]:
    """Each pattern's possible starts; parsing 130 regexes takes a while, so the result is cached on disk."""
    sources = [data_dir / "common" / f"boilerplate.{target}.toml", data_dir / "common" / "boilerplate.toml"]
    return cached_derivation(f"widget-starts-{target}", [s for s in sources if s.exists()],
                             lambda: [prefixes(r, START) for r in regexes],
                             version=f"{START}-all-{prefixes_module.CODE_DIGEST}")


def boilerplate_data(ctx: Context) -> BoilerplateData:
    return _load_data(getattr(ctx.pack, "data_dir", DATA_DIR), ctx.pack.target)


def normalise_line(text: str) -> str:
    """A line as patterns see it: trimmed, without leading bullets or trailing arrows."""
    text = text.strip()
    if text and text[0].isalnum() and text[-1] not in _ARROWS:
        return text  # the common case, without a regex
    return _TRAIL_MARKERS.sub("", _LEAD_MARKERS.sub("", text))


def ends_sentence(text: str) -> bool:
    return text.rstrip(CLOSERS + " ").endswith(_SENTENCE_END)


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
        if not ends_sentence(prev) and not prev.endswith(":") and (
                len(prev.split()) - prev.count(" – ") - prev.count(" - ") > data.short_line_words
                or (lines[k].text.strip()[:1].islower() and not _matches_any_pattern(normalise_line(prev), data))):
            return False
    if k + 1 < len(lines):
        below = normalise_line(lines[k + 1].text)
        return not below[:1].islower() or _matches_any_pattern(below, data)
    return True


def _matches_any_pattern(text: str, data: BoilerplateData) -> bool:
    """Does some widget pattern match ``text`` (structural support aside)?"""
    if any(regex.match(text) for _, _, regex in data.by_start[text[:START]]):
        return True
    lowered = text.lower()
    if any(p.contains in lowered and regex.match(text) for _, p, regex in data.keyed_by_start[text[:START]]):
        return True
    return any(p.regex.match(text) for literal in data.literals if literal in lowered
               for _, p in data.by_literal[literal])


def _matching_pattern(text: str, para: Paragraph, k: int, n_paragraphs: int,
                      data: BoilerplateData) -> WidgetPattern | None:
    if len(text) > data.max_line_chars:
        return None
    lowered = text.lower()
    # Only the patterns the line's first characters allow can match, and those whose literal it holds;
    # they are tried in the file's order (the first that applies names the widget).
    start = text[:START]
    tried = [(i, p) for i, p, regex in data.by_start[start] if regex.match(text)]
    keyed = data.keyed_by_start[start]
    if keyed:
        tried += [(i, p) for i, p, _ in keyed if p.contains in lowered]
    for literal in data.literals:
        if literal in lowered:
            tried += data.by_literal[literal]
    if not tried:
        return None
    for _, pattern in sorted(tried, key=itemgetter(0)):
        if pattern.contains and not pattern.regex.match(text):
            continue
        if not pattern.structural:
            return pattern
        edge = para.index < data.head_paragraphs or para.index >= n_paragraphs - data.tail_paragraphs
        if _stands_alone(para.lines, k, data) and not _ends_on_clause(text) and (
                edge or not ends_sentence(text) or len(text.split()) <= data.short_line_words):
            return pattern
    return None


# The generic signals as patterns, so that blocks and messages treat them alike.
SIGNAL_PATTERNS = {kind: WidgetPattern(f"signal-{kind}", r"(?!)", description, True, False, "")
                   for kind, description in DESCRIPTIONS.items()}
OFFICIALS_PATTERN = WidgetPattern("match-official-in-box", r"(?!)", "Match officials in a match-facts box",
                                  True, False, "")


def _signalled_pattern(text: str, para: Paragraph, k: int, n_paragraphs: int,
                       data: BoilerplateData) -> WidgetPattern | None:
    """Furniture no pattern knows, by the generic signals: a short line that stands alone and does not
    end on a clause (the caller checks that its paragraph holds short lines only); a control, call to
    action or channel promotion that is a finished sentence only near the edges of the article."""
    kind = furniture_kind(text, data.signals)
    if kind is None or not _stands_alone(para.lines, k, data) or _ends_on_clause(text):
        return None
    if kind in OPEN_KINDS and ends_sentence(text) and data.head_paragraphs <= para.index < (
            n_paragraphs - data.tail_paragraphs):
        return None
    if kind in TITLE_KINDS and para.index == 0:
        return None  # a hub page's own title ("All news about the war in Ukraine")
    return SIGNAL_PATTERNS[kind]


def widget_blocks(doc: Document, ctx: Context) -> list[WidgetBlock]:
    """The widget blocks of ``doc`` (computed once per document, shared by MT201 and MT202)."""
    if "boilerplate.blocks" in ctx.cache:
        return ctx.cache["boilerplate.blocks"]
    data, blocks = boilerplate_data(ctx), []
    for para in doc.paragraphs:
        current: list[Line] = []
        pattern: WidgetPattern | None = None
        in_list = False
        # Signals read paragraphs of short lines only (not a prose paragraph wrapped into lines).
        # (A row of drawn numbers is short too: "Lotto numbers: 4 – 11 – 19 – 23 – 37 – 42".)
        short_lines = len(para.lines) == 1 or all(
            len(line.text) <= data.signals.max_chars and (line.text.count(" ") < data.short_line_words
                                                         or line.text.count(" – ") + line.text.count(" - ") > 3)
            for line in para.lines)
        for k, line in enumerate(para.lines):
            text = normalise_line(line.text) if len(line.text) <= data.max_line_chars + 20 else line.text
            found = _matching_pattern(text, para, k, len(doc.paragraphs), data) if text else None
            if short_lines and text and not found and not in_list and len(text) <= data.signals.max_chars:
                found = _signalled_pattern(text, para, k, len(doc.paragraphs), data)
                if not found and match_official(text, data.signals.lists) and _stands_alone(para.lines, k, data):
                    found = OFFICIALS_PATTERN  # kept only beside other match facts (``boxed``)
            is_item = (in_list and not found and text and len(text.split()) <= data.list_item_words
                       and not text.rstrip(CLOSERS).endswith((".", "!", ";", ",")))
            if found or is_item:
                if pattern is None or (found and pattern.id.endswith(IN_BOX) and not found.id.endswith(IN_BOX)):
                    pattern = found or pattern  # a block is in-box only when all its patterns are
                current.append(line)
                in_list = in_list or bool(found and found.list_header)
                continue
            if current and pattern:
                blocks.append(WidgetBlock(para, tuple(current), pattern))
            current, pattern, in_list = [], None, False
        if current and pattern:
            blocks.append(WidgetBlock(para, tuple(current), pattern))
    if any(b.pattern.id.endswith(IN_BOX) for b in blocks):
        blocks = boxed(blocks)
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


def content_span(line: Line) -> Span:
    stripped = line.text.lstrip()
    start = line.span.start + len(line.text) - len(stripped)
    return Span(start, start + len(stripped.rstrip()))
