"""Names as the entity rules see them: the capitalised mentions of a document (MT401
entity-inconsistency) and the inflection test both MT401 and MT402 glossary-term use to keep related
words (Russia/Russian, Merkel/Merkels) apart from misspellings.
"""
from __future__ import annotations

import bisect
from typing import NamedTuple

from mtcheck.lang.wordstats import zipf
from mtcheck.model import Document, Span
from mtcheck.text.lazy_regex import lazy_compile

_OPENERS = frozenset(":“\"‘'«»(—–‚„[")  # a capital right after these is positional, not a name
# Endings that turn one name into a related word, not a misspelling: Russia/Russian, Iraq/Iraqi,
# Europe/European, Russian/Russians, Merkel/Merkels, Germany/German.
_INFLECTIONS = ("s", "es", "n", "an", "ian", "ns", "ans", "i", "is", "y", "er", "ers", "ese", "ish", "ic")


class Mention(NamedTuple):
    key: tuple[str, ...]  # case-folded parts ("nord", "stream", "2")
    span: Span
    joins: str = ""  # the separator before each part after the first: " " or "-"


_UPPER = "".join(chr(c) for c in range(0x3000) if chr(c).isupper() and chr(c).isalpha())
# A capitalised word (as the tokenizer sees words: inner hyphens and apostrophes allowed), then more
# of them separated by white space within a paragraph, then perhaps one number ("Nord Stream 2").
# (The start-of-word test looks back from after the capital: a pattern that begins with a character
# class lets the regex engine skip ahead quickly, one that begins with a look-behind does not.)
_NAME_WORD = rf"[{_UPPER}](?<![\w'’\-‐‑].)(?:\w|[-‐‑'’](?=\w))*"
_SPACE = r"(?:[ \t]+\n?[ \t]*|\n[ \t]*)"
_NAME_RUN = lazy_compile(rf"{_NAME_WORD}(?:{_SPACE}{_NAME_WORD})*(?:{_SPACE}\d+(?![\w.,:/]\d))?")
_HYPHEN_SPLIT = lazy_compile(r"[-‐‑]")
_COMPLEX_RUN = lazy_compile(r"[\s\-‐‑'’]")  # several words, hyphens or a possessive
_NON_SPACE = lazy_compile(r"\S+")
_FUNCTION_ZIPF = 5.5  # "The" (7.7), "However" (5.6): never the first word of a name; "Deutsche" (3.7) may be


def find_mentions(doc: Document, common_zipf: float) -> list[Mention]:
    """Capitalised runs of two or more parts, and every capitalised word that is not an acronym.

    A capital that only marks a position (first word of a sentence or heading, after a colon or an
    opening quote) does not make a common English word a name: "However", "The", "Security".
    """
    text = doc.text
    starts = {s.span.start for s in doc.sentences}
    headings = [s.span for s in doc.sentences if s.is_heading]
    heading_starts = [h.start for h in headings]
    out: list[Mention] = []

    def in_heading(pos: int) -> bool:
        h = bisect.bisect_right(heading_starts, pos) - 1
        return h >= 0 and pos < headings[h].end

    def positional_at(pos: int) -> bool:
        if pos in starts:
            return True
        back = pos
        while back > 0 and text[back - 1] in " \t\n":
            back -= 1
        return (back > 0 and text[back - 1] in _OPENERS) or in_heading(pos)

    append = out.append
    new = tuple.__new__  # skips NamedTuple's Python-level constructor: this loop sees every capital
    plain, complex_runs = _plain_words(common_zipf), _complex_runs(common_zipf)
    for m in _NAME_RUN.finditer(text):
        group = m.group()
        verdict = plain.get(group)
        if verdict is None:
            verdict = plain[group] = _plain_verdict(group, common_zipf)
        if verdict is not _COMPLEX:  # fast path (most runs): one plain word
            if verdict is not _NO_NAME:
                key, common = verdict
                pos = m.start()
                if not (common and positional_at(pos)):
                    append(new(Mention, (key, new(Span, (pos, m.end())), "")))
            continue
        pos = m.start()
        heading = in_heading(pos)  # title case: every common word may be capitalised
        positional = positional_at(pos)
        # The run's mentions depend on its words and these two facts only: kept, relative to its start.
        known = complex_runs.get((group, heading, positional))
        if known is None:
            known = complex_runs[(group, heading, positional)] = _run_mentions(group, heading, positional,
                                                                               common_zipf)
        for key, start, end, joins in known:
            append(new(Mention, (key, new(Span, (pos + start, pos + end)), joins)))
    return out


def _run_mentions(group: str, heading: bool, positional: bool, common_zipf: float
                  ) -> tuple[tuple[tuple[str, ...], int, int, str], ...]:
    """The mentions in a run of several words, hyphens or a possessive, as (key, start, end, joins)
    relative to the run's start; ``heading`` and ``positional`` say where the run stands."""
    out: list[Mention] = []
    run: list[tuple[str, int, str]] = []  # (part, start, join)
    for w in _NON_SPACE.finditer(group):
        word, offset, join = w.group(), w.start(), " "
        if word[-2:] in ("'s", "’s"):
            word = word[:-2]
        for piece in ((word,) if word.isalnum() else _HYPHEN_SPLIT.split(word)):
            if piece and ((not piece[0].isupper() and not piece.isdigit()) or "_" in piece):
                _flush(run, out)
                break  # "York-based": the name ends before the lower-case part; "PRS_ORG" is a placeholder
            frequency = zipf(piece, "en") if (positional or heading) and not piece.isdigit() else 0.0
            # A common word with a positional capital is no name on its own ("However"), but it
            # may start one ("Deutsche Bahn" at the start of a sentence); function words never do.
            starts_name = positional and not heading and frequency < _FUNCTION_ZIPF and w.end() < len(group)
            if frequency >= common_zipf and not starts_name:
                _flush(run, out)
            elif piece:
                run.append((piece, offset, join))
                if frequency < common_zipf and not piece.isdigit() and not piece.isupper():
                    out.append(Mention((piece.casefold(),), Span(offset, offset + len(piece))))
            offset, join = offset + len(piece) + 1, "-"
        positional = False
    _flush(run, out)
    return tuple((m.key, m.span.start, m.span.end, m.joins) for m in out)


# A run's verdict on its own, kept per common-word threshold: most capitalised words recur.
_COMPLEX = "complex"  # several words, hyphens or a possessive: judged part by part
_NO_NAME = "no name"  # an acronym or a placeholder ("PRS_ORG")
_PLAIN_LIMIT = 200_000  # words remembered before the memory starts afresh
_plain: dict[float, dict[str, object]] = {}


def _plain_words(common_zipf: float) -> dict[str, object]:
    words = _plain.setdefault(common_zipf, {})
    if len(words) > _PLAIN_LIMIT:
        words.clear()
    return words


_complex: dict[float, dict[tuple[str, bool, bool], tuple]] = {}


def _complex_runs(common_zipf: float) -> dict[tuple[str, bool, bool], tuple]:
    runs = _complex.setdefault(common_zipf, {})
    if len(runs) > _PLAIN_LIMIT:
        runs.clear()
    return runs


def _plain_verdict(group: str, common_zipf: float) -> object:
    """_COMPLEX, _NO_NAME, or (key, is a common English word) for a one-word run."""
    if not group.isalnum() and _COMPLEX_RUN.search(group):
        return _COMPLEX
    if group.isupper() or "_" in group:
        return _NO_NAME
    return (group.casefold(),), zipf(group, "en") >= common_zipf


def _flush(run: list[tuple[str, int, str]], out: list[Mention]) -> None:
    if len(run) > 1:
        key = tuple([p.casefold() for p, _, _ in run])
        out.append(tuple.__new__(Mention, (key, tuple.__new__(Span, (run[0][1], run[-1][1] + len(run[-1][0]))),
                                           "".join([j for _, _, j in run[1:]]))))
    run.clear()


def is_inflection(a: str, b: str) -> bool:
    short, long_ = sorted((a, b), key=len)
    return long_.startswith(short) and long_[len(short):] in _INFLECTIONS
