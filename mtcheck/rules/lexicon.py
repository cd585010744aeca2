"""False friends and calques: English that a look-alike source word or a literal rendering produced.

Both rules are driven entirely by the language-pair pack (``false_friends.toml`` and ``calques.toml``,
one ``[[entry]]`` per item with ``match``, ``requires``, ``unless``, ``source``, ``explanation``,
``suggestion`` and ``confidence``). A document is first scanned once (Aho–Corasick) for the literal
keywords every entry needs (derived from its ``match`` by ``mtcheck.text.keywords`` and cached between
runs), so an entry's own patterns are compiled, on first use, and run only in sentences that can match.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from mtcheck.model import Category, Document, Hit, Severity, Span
from mtcheck.rules.base import Context, Rule
from mtcheck.rules.lexicon_pack import TABLES, candidates, compiled_pack

LANGUAGE_NAMES = {"de": "German", "fr": "French", "es": "Spanish", "it": "Italian", "nl": "Dutch",
                  "pt": "Portuguese", "pl": "Polish", "ru": "Russian"}
CONFIDENCE_RANK = {"medium": 1, "high": 2}


class _LexiconRule(Rule):
    table = ""
    kind = ""

    @dataclass(frozen=True)
    class Options:
        min_confidence: str = "medium"  # "high" reports only the surest entries
        ignore_entries: tuple = ()  # entry ids to switch off, e.g. ("eventually-conditional",)

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        lexicon = compiled_pack(ctx.pack.source, ctx.pack.target)
        # One scan serves both lexicon rules: the second one finds it in the per-document cache.
        key = f"lexicon-candidates:{ctx.pack.pair}"
        if key not in ctx.cache:
            by_table: dict[str, list[tuple[int, int]]] = {t: [] for t in TABLES}
            for i, t, e in sorted(candidates(doc, lexicon)):
                by_table[t].append((i, e))
            ctx.cache[key] = by_table  # table -> (sentence index, entry index), in sentence order
        floor = CONFIDENCE_RANK.get(ctx.options.min_confidence, 1)
        ignored = set(ctx.options.ignore_entries)
        sentences = doc.sentences
        language = LANGUAGE_NAMES.get(ctx.pack.source or "", ctx.pack.source or "source")
        # Spans are shared by both rules: words listed in both tables are reported once, by the first.
        taken: list[Span] = ctx.cache.setdefault(f"lexicon-taken:{ctx.pack.pair}", [])
        table = self.table
        entries = lexicon.entries.get(table, ())
        for i, e in ctx.cache[key].get(table, ()):
            entry = entries[e]
            if CONFIDENCE_RANK.get(entry.confidence, 1) < floor or entry.id in ignored:
                continue
            sentence = sentences[i]
            for start, end in entry.hits_in(sentence.text):
                span = Span(sentence.span.start + start, sentence.span.start + end)
                if any(span.overlaps(t) for t in taken):
                    continue  # two entries (of either table) on the same words: report the first only
                taken.append(span)
                hedge = "" if entry.confidence == "high" else " (check the context)"
                yield Hit(span, f'"{doc.text[span.start:span.end]}" looks like a {self.kind} of '
                                f'{language} "{entry.source}"{hedge}: {entry.explanation}',
                          suggestion=entry.suggestion or None)


class FalseFriend(_LexiconRule):
    """English word that is a typical mistranslation of a look-alike source word.

    ## What it does
    Flags English words that machine translation picks because they look like a source word with a
    different meaning (German "eventuell" → "eventually", "aktuell" → "actual", "Annäherung" →
    "approximation"). Entries come from the pack's ``false_friends.toml``; each may require or exclude
    context words so that the English word's legitimate uses pass.

    ## Why it matters
    A false friend reads fluently but says something else; readers cannot notice the error.

    ## Example
        There have hardly been any approximations between the two sides.

    ## Use instead
        There has hardly been any rapprochement between the two sides.

    ## Fix safety
    No fix: the right word depends on the meaning, so only a suggestion is given. Entries marked
    ``confidence = "medium"`` say "check the context"; ``min_confidence = "high"`` leaves them out.
    """

    id = "MT601"
    name = "false-friend"
    category = Category.ACCURACY
    severity = Severity.WARNING
    table = "false_friends"
    kind = "false friend"


class Calque(_LexiconRule):
    """Literal rendering of a source idiom, compound or title that English does not use.

    ## What it does
    Flags word-for-word translations of source expressions (German "Prestigeobjekt" → "prestige
    object", "aneinander vorbeireden" → "talking at odds with each other", "Vize-Außenministerin" →
    "Vice Secretary of State") and pseudo-anglicisms ("Beamer", "Oldtimer"), from the pack's
    ``calques.toml``. Established English titles ("Vice President", "Vice Chancellor") are not flagged.

    ## Why it matters
    Calques mark a text as machine-translated and can garble titles and idioms a reader relies on.

    ## Example
        The minister appeared in front of the press on Wednesday.

    ## Use instead
        The minister faced the press on Wednesday.

    ## Fix safety
    No fix: the idiomatic rendering depends on the sentence, so only a suggestion is given.
    Entries marked ``confidence = "medium"`` say "check the context"; ``min_confidence = "high"``
    leaves them out, and ``ignore_entries`` switches single entries off by id.
    """

    id = "MT602"
    name = "calque"
    category = Category.ACCURACY
    severity = Severity.WARNING
    table = "calques"
    kind = "calque"


RULES = (FalseFriend, Calque)
