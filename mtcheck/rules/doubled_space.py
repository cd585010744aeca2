"""MT306 doubled-space: two or more spaces between words."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Iterator

from mtcheck.model import Category, Document, Edit, Fix, Hit, Severity, Span
from mtcheck.rules.base import Context, Rule
from mtcheck.text.lazy_regex import lazy_compile

_DOUBLE_SPACE = lazy_compile(r"  +")
_TWO_AFTER_STOP = lazy_compile(r"[.!?][”\"’)]?  (?=\S)")
_ONE_AFTER_STOP = lazy_compile(r"[.!?][”\"’)]? (?=[A-Z“\"‘])")


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


RULES = (DoubledSpace,)
