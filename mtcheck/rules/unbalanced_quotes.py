"""MT302 unbalanced-quotes: opening and closing quotes that do not pair up within a paragraph.

Curly quotes and parity-paired ASCII quotes come from the shared scanner in ``mtcheck.rules.quotes``;
this module adds what only MT302 needs: reading unpaired ASCII quotes by their shape, and deciding
whether an open quotation may run on into the next paragraph (the attribution verbs it consults
live in ``data/common/typography.en.toml``).
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from mtcheck.model import Category, Document, Hit, Paragraph, Severity, Span
from mtcheck.packs import DATA_DIR, Pack
from mtcheck.rules.base import Context, Rule
from mtcheck.rules.quotes import Quote, quoted_paragraphs


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

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        paragraphs = doc.paragraphs
        for para, quotes, unclosed in quoted_paragraphs(doc, ctx.cache):
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


RULES = (UnbalancedQuotes,)
