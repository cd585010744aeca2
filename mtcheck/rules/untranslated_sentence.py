"""MT501 untranslated-sentence: a sentence (or quotation) still in the source language.

The judgement itself is the shared analysis in ``mtcheck.rules.untranslated_signals``; this rule
reports its verdicts and owns the options the analysis runs with.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from mtcheck.model import Category, Document, Hit, Severity
from mtcheck.rules.base import Context, Rule
from mtcheck.rules.untranslated_lexicon import residue
from mtcheck.rules.untranslated_signals import analyse


class UntranslatedSentence(Rule):
    """A sentence (or quotation) is still in the source language.

    ## What it does
    Picks candidate sentences by cheap signals (source-language function words such as German
    "und", "nicht", "ist"; the share of words frequent in the source language but rare in English),
    then asks language identification, restricted to the source language and English, for a verdict.
    Quotations inside English sentences are checked the same way. Texts too short for language
    identification (fewer than 40 letters: "NATO", "source site-16") are reported only on
    overwhelming word evidence: three source function words, or most words source-language words.
    A sentence of two to five words ("Kein Kommentar.", "Na und?") is reported when every word is a
    source-language word and one is a function word; names ("Bayern München.", "Otto von Bismarck."),
    famous phrases English quotes in German ("Auf Wiedersehen") and a sentence followed by its
    translation in parentheses are not. A lone article after a lower-case word ("in den Kinos") is no
    name particle, and "am"/"im" before a capitalised word ("am Dienstag") count as function words;
    function words inside a name of capitalised words ("Hochschule für Musik und Theater") do not. A
    sentence with a function word whose words nearly all lean to the source language ("Der Konzern
    verdoppelte seinen Gewinn.") is a candidate too, and two particles before a common source noun are
    a preposition and an article ("zu den Vorwürfen"), not a name's ("von der Leyen").

    ## Why it matters
    Engines skip sentences they fail on, and scrapers append untranslated captions and teasers; a
    German sentence in an English article is an accuracy error every reader sees.

    ## Example
        The talks ended on Wednesday. Die Gespräche sollen fortgesetzt werden.

    ## Use instead
        The talks ended on Wednesday. The talks are to continue.

    ## Fix safety
    No fix: the sentence must be translated. A quotation kept in the original language on purpose
    (followed by a translation) is reported too; the message says it is a quotation.
    """

    id = "MT501"
    name = "untranslated-sentence"
    category = Category.ACCURACY
    severity = Severity.ERROR

    @dataclass(frozen=True)
    class Options:
        min_words: int = 3
        min_share: float = 0.25  # share of lower-case source words that makes a sentence a candidate
        min_any_share: float = 0.5  # ... or share of source words of any case
        min_probability: float = 0.8
        short_share: float = 0.6  # for texts too short for language identification: lower-case words
        short_any_share: float = 0.75  # ... or words of any case (German capitalises its nouns)
        # A short sentence ("Der Kanzler schweigt.") with two lower-case source words (which names
        # cannot supply) goes to language identification from this many letters, and needs this
        # much of it: on a few words langdetect takes names for the source language too.
        short_min_letters: int = 15
        short_probability: float = 0.99

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        lang = residue(ctx.pack).language
        for verdict in analyse(doc, ctx, ctx.options).verdicts:
            how = f"language identification {verdict.probability:.0%}" if verdict.probability is not None \
                else "source-language function words"
            if verdict.quoted:
                message = f"quotation left in {lang} ({how}); fine only if the original wording is quoted on purpose"
            else:
                message = f"sentence left in {lang} ({how})"
            yield Hit(verdict.span, message)


RULES = (UntranslatedSentence,)
