"""MT803 drop-cap-residue: a stray drop-cap letter at the start of a paragraph ("TThe", "T he").

Word frequencies come from wordfreq (through ``mtcheck.lang.wordstats``); sentence starters from
``mtcheck.rules.structure_lexicon``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from mtcheck.lang.verbs import pos_tags
from mtcheck.lang.wordstats import zipf as _zipf  # cached per word: wordfreq's own re-tokenises
from mtcheck.model import Category, Document, Edit, Fix, Hit, Severity, Span
from mtcheck.rules.base import Context, Rule
from mtcheck.rules.structure_lexicon import lexicon


class DropCapResidue(Rule):
    """A stray drop-cap letter left at the start of a paragraph ("TThe", "DThe", "T he").

    ## What it does
    Flags a paragraph whose first word is a capital glued to a capitalised word ("TThe", "BBerlin",
    "DThe") or split from the rest of its word ("T he"), when removing or joining the letter yields a
    common English word and the word as written is not one. Acronyms ("NATO", "OSCE"), camel-case names
    ("McDonald", "DeSantis", "iPhone") and brands in the word list ("UMass") do not match.

    ## Why it matters
    Web pages print the first letter as a separate, enlarged drop cap; scrapers keep it twice or cut it
    off, and MT may keep the source letter ("D" of "Die") before the translated "The".

    ## Example
        TThe government in Berlin has decided.

    ## Use instead
        The government in Berlin has decided.

    ## Fix safety
    Safe for a doubled or glued letter: deleting it yields the common word the lexicon confirmed.
    Unsafe for a split letter ("T he"), which is joined to the word.
    """

    id = "MT803"
    name = "drop-cap-residue"
    category = Category.SCRAPE
    severity = Severity.ERROR

    @dataclass(frozen=True)
    class Options:
        min_word_zipf: float = 3.0  # how common (wordfreq Zipf) the repaired word must be

    _FIRST = re.compile(r"\s*([^\W\d_]+)(?: ([^\W\d_]+))?")

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        lex, floor = lexicon(ctx), ctx.options.min_word_zipf
        lang = doc.target_lang or ctx.pack.target
        for para in doc.paragraphs:
            m = self._FIRST.match(para.text)
            if not m:
                continue
            word, nxt = m.group(1), m.group(2)
            start = para.span.start + m.start(1)
            if len(word) >= 3 and word[0].isupper() and word[1].isupper() and word[2:].islower():
                rest, whole = _zipf(word[1:], lang), _zipf(word, lang)
                # A doubled capital ("TThe", "SStreich") starts no English word or name; the stray letter is
                # certain once the word as written is unknown or much rarer than the word without it.
                doubled = word[0] == word[1] and (whole < 1.0 or (rest >= floor and whole <= rest - 2))
                if doubled or (word[1:] in lex.starters and whole < 2.5 and rest >= floor):
                    yield Hit(Span(start, start + len(word)), f'stray drop-cap letter "{word[0]}" before "{word[1:]}"',
                              suggestion=word[1:], fix=Fix((Edit(Span(start, start + 1), ""),), safe=True,
                                                           description="delete the stray letter"))
            elif len(word) == 1 and word.isupper() and nxt and nxt.islower() and len(nxt) >= 2:
                if word in "AIO" and pos_tags(nxt):
                    continue  # "A move ...", "I think ...": the letter is a word and so is the next one
                joined, alone = _zipf(word + nxt, lang), _zipf(nxt, lang)
                if joined >= max(floor, 4.0) and joined > alone and (word not in "AIO" or alone < 2.0):
                    end = para.span.start + m.end(2)
                    yield Hit(Span(start, end), f'drop-cap letter "{word}" split from "{nxt}"',
                              suggestion=word + nxt, fix=Fix((Edit(Span(start + 1, start + 2), ""),), safe=False,
                                                             description="join the letter to its word"))


RULES = (DropCapResidue,)
