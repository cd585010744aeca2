"""MT503 untranslated-abbreviation: a source-language abbreviation ("z. B.", "Mrd.") left in English text.

The pack's abbreviations are found by ``mtcheck.rules.untranslated_lexicon``; sentences already judged
untranslated (MT501) are skipped.
"""
from __future__ import annotations

import functools
import re
from typing import Iterator

from mtcheck.lang.morphology import cut_off_word
from mtcheck.lang.verbs import pos_tags
from mtcheck.lang.wordstats import is_english_word, zipf
from mtcheck.model import Category, Document, Edit, Fix, Hit, Severity, Span
from mtcheck.rules.base import Context, Rule
from mtcheck.rules.untranslated_lexicon import abbreviation_matches, residue
from mtcheck.rules.untranslated_sentence import UntranslatedSentence
from mtcheck.rules.untranslated_signals import untranslated_spans

_NUMBER_BEFORE = re.compile(r"\d[\d.,]*\s*$")
_YEAR_AFTER = re.compile(r"\s*(1\d{3}|20\d{2})(?![\d.,]\d)(?:\s+([^\W\d_]+))?")
# What may follow an abbreviation that is also an English word ("mind.", "gem."): the sentence goes on
# ("mind. two weeks", "gem. Article 3"); "she changed her mind. Then ..." is the English word.
_SENTENCE_GOES_ON = re.compile(r"\s*(?:[a-zäöüß\d§(+]|[A-ZÄÖÜ][^\W\d_]*\.?\s+\d)")
_COUNTED = frozenset({"euro", "euros", "dollars", "km", "kilometres", "kilometers", "tonnes", "metres", "meters"})
# An unlisted abbreviation by its shape: a word cut off by a full stop while the sentence goes on.
# The full stops are found first (a literal scan), the letters before each one after.
_STOP_GOES_ON = re.compile(r"\.(?=[),;]|\s+[a-zäöüß\d(])")
_STEM_BEFORE = re.compile(r"[^\W\d_]{3,16}$")
_ENGLISH_ZIPF = 2.5  # a stem this common in English is English ("approx", "int", "dept")


class UntranslatedAbbreviation(Rule):
    """A source-language abbreviation is left in the English text.

    ## What it does
    Reports abbreviations from the pack's list ("z. B.", "u. a.", "bzw.", "Mio.", "Mrd.", "ca.",
    "Nr.", "usw." for German; "p. ex." for French; "p. ej." for Spanish) with the English wording,
    and, by its shape, an abbreviation the list lacks: a word cut off by a full stop while the
    sentence goes on, whose stem starts a frequent source-language word and is rare on its own and
    in English ("jährl.", "Einw."; a message without a suggestion).
    After a number, "Mio." and "Mrd." are suggested as "million" and "billion". "ca." before a year
    is English "circa" and is left alone ("ca. 1850", not "ca. 1500 visitors"); forms that are also
    English words ("mind.", "gem.") count only where the sentence goes on after them. Spaced or not
    ("z. B.", "z.B."), and capitalised at the start of a sentence ("Z. B."). Untranslated sentences
    are left to MT501.

    ## Why it matters
    English readers do not know "bzw." or "Mrd."; and "5 Mrd." may be read as a typo.

    ## Example
        The project costs 2.5 Mrd. euros, z. B. for new pipes.

    ## Use instead
        The project costs 2.5 billion euros, e.g. for new pipes.

    ## Fix safety
    Safe only for one-to-one replacements the pack marks `safe` ("z. B." → "e.g.", "d. h." → "i.e.",
    "usw." → "etc.", "Nr." → "No."): the English abbreviation says exactly the same in the same
    place. The others ("bzw." = "or" or "respectively"; "u. a." = "among others" or "including";
    "Mio." needs the number's wording reviewed) get a suggestion only.
    """

    id = "MT503"
    name = "untranslated-abbreviation"
    category = Category.LOCALE
    severity = Severity.WARNING

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        res = residue(ctx.pack)
        covered: list[Span] | None = None
        listed: list[Span] = []
        text = doc.text
        for m, entry in abbreviation_matches(doc, res, ctx.cache):
            span = Span(m.start(), m.end())
            after_number = bool(_NUMBER_BEFORE.search(text, max(0, span.start - 20), span.start))
            if entry.get("only_after_number") and not after_number:
                continue
            if entry.get("skip_before_year") and _before_year(text, span.end):
                continue
            if _english_word(entry["form"]) and not _SENTENCE_GOES_ON.match(text, span.end):
                continue  # "she changed her mind.", "a hidden gem."
            if covered is None:
                covered = untranslated_spans(doc, ctx, UntranslatedSentence.Options())
            if any(c.overlaps(span) for c in covered):
                continue  # part of an untranslated sentence (which "z. B." may split in two)
            english = entry.get("after_number", entry["en"]) if after_number else entry["en"]
            if m.group()[:1].isupper() and entry["form"][:1].islower():
                english = english[:1].upper() + english[1:]
            fix = Fix((Edit(span, english),), safe=True, description=f'write "{english}"') \
                if entry.get("safe") else None
            yield Hit(span, f'{res.language} abbreviation "{m.group()}": English "{english}"', english, fix)
            listed.append(span)
        yield from self._by_shape(doc, ctx, res.language, listed, covered)

    @staticmethod
    def _by_shape(doc: Document, ctx: Context, language: str, listed: list[Span],
                  covered: list[Span] | None) -> Iterator[Hit]:
        """Abbreviations the pack does not list: a stem that starts a frequent source-language word
        and is rare on its own ("jährl.", "Einw."), cut off by a full stop while the sentence goes on."""
        source = ctx.pack.source
        if not source or source == ctx.pack.target:
            return
        text = doc.text
        for stop in _STOP_GOES_ON.finditer(text):
            m = _STEM_BEFORE.search(text, max(0, stop.start() - 17), stop.start())
            if m is None or (m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_.'’-")):
                continue  # no word, a longer word, or part of a dotted or hyphenated one
            stem = m.group()
            span = Span(m.start(), stop.end())
            if any(s.overlaps(span) for s in listed) or is_english_word(stem) \
                    or zipf(stem, "en") >= _ENGLISH_ZIPF or not cut_off_word(stem, source):
                continue
            if covered is None:
                covered = untranslated_spans(doc, ctx, UntranslatedSentence.Options())
            if any(c.overlaps(span) for c in covered):
                continue
            yield Hit(span, f'"{stem}." looks like a {language} abbreviation (a cut-off {language} word): '
                            "write the word out in English")


def _before_year(text: str, end: int) -> bool:
    """"ca. 1850" (circa, a year), not "ca. 1500 visitors" (a number of things)."""
    m = _YEAR_AFTER.match(text, end)
    if m is None:
        return False
    after = m.group(2)
    if after is None or not after.islower():
        return True
    tags = pos_tags(after)
    return not (after in _COUNTED or ("NOUN" in tags and "ADV" not in tags))


@functools.lru_cache(maxsize=256)
def _english_word(form: str) -> bool:
    """Is the abbreviation without its full stop an English word ("mind.", "gem.", "Tel.")?"""
    bare = form.rstrip(".")
    return bare.isalpha() and (is_english_word(bare) or zipf(bare, "en") >= 3.5)


RULES = (UntranslatedAbbreviation,)
