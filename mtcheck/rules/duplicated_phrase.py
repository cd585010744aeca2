"""MT102 duplicated-phrase: a phrase repeated back to back ("move into Ukraine in Ukraine").

Machine translation often renders a German verb-final phrase twice ("in die Ukraine einmarschieren"
→ "move into Ukraine in Ukraine"). The word lists come from ``mtcheck.rules.repetition_lexicon``.
"""
from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations, compress, count, islice
from operator import eq
from typing import Iterator

from mtcheck.model import Category, Document, Edit, Fix, Hit, Severity, Span
from mtcheck.rules.base import Context, Rule
from mtcheck.rules.repetition_lexicon import lexicon


def _may_hold_copy(low: list[str], window: int, locative: frozenset[str]) -> bool:
    """A necessary condition for a hit, tested at C speed so that most sentences are never tokenised.

    Every hit has either a word pair that recurs within the window (exact and gapped copies; "in the X
    … in the X") or two locative prepositions within the window followed by the same word ("into
    Ukraine in Ukraine").
    """
    # The pairs are listed only when one recurs (one sentence in fifty): the set is built from the zip.
    if len(set(zip(low, islice(low, 1, None)))) < len(low) - 1:
        pairs = list(zip(low, islice(low, 1, None)))
        if any(any(map(eq, pairs, islice(pairs, d, None))) for d in range(2, window + 1)):
            return True
    places = list(compress(count(), map(locative.__contains__, low)))
    return len(places) > 1 and any(q - p <= window and low[p + 1:p + 2] == low[q + 1:q + 2]
                                   for p, q in combinations(places, 2))


class DuplicatedPhrase(Rule):
    """A phrase is repeated back to back ("the European Union the European Union").

    ## What it does
    Flags, within one sentence, a run of two or more words repeated immediately ("said on Monday
    said on Monday"), a phrase of two or more content words repeated with only a preposition or an
    article between the copies, and a prepositional phrase duplicated with two prepositions of place
    ("move into Ukraine in Ukraine"). Idioms built on repetition ("step by step", "from time to
    time", "more and more", "side by side"), tautologies ("a deal is a deal") and coordinated
    phrases ("in Berlin and in Paris") are not flagged.

    ## Why it matters
    Machine translation often renders a German verb-final phrase twice: once where English wants it
    and once where German had it. The sentence then reads as garbled.

    ## Example
        In the event that Putin lets his troops move into Ukraine in Ukraine, ...

    ## Use instead
        In the event that Putin lets his troops move into Ukraine, ...

    ## Fix safety
    Safe only for an exact back-to-back copy (the fix deletes the second copy). When the copies
    differ (another preposition, words between them) the deletion is offered as an unsafe fix.
    """

    id = "MT102"
    name = "duplicated-phrase"
    category = Category.FLUENCY
    severity = Severity.ERROR
    target_languages = frozenset({"en"})

    @dataclass(frozen=True)
    class Options:
        max_phrase_words: int = 6
        max_gap_words: int = 2  # prepositions and articles allowed between two copies of a multi-word phrase

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        lex, opts = lexicon(ctx), ctx.options
        window = opts.max_phrase_words + opts.max_gap_words
        for sentence in doc.sentences:
            if not _may_hold_copy(sentence.lower_texts, window, lex.locative_prepositions):
                continue
            toks = sentence.tokens
            if len(toks) < 4:
                continue
            low = [t.text.lower() if t.kind != "punct" else None for t in toks]
            # A duplicate starts with a word that recurs a few tokens later: only those pairs are examined.
            last: dict[str, int] = {}
            pairs = []
            for j, w in enumerate(low):
                if w is not None:
                    i = last.get(w)
                    if i is not None and j - i <= window:
                        pairs.append((i, j))
                    last[w] = j
            covered = -1
            for i, j in sorted(pairs):
                if i < covered:
                    continue
                found = (self._exact_or_gapped(toks, low, i, j, lex, opts)
                         or self._prepositional(toks, low, i, j, lex))
                if found is None:
                    continue
                first_start, first_end, second_start, second_end, exact = found
                unit = " ".join(t.text for t in toks[second_start:second_end])
                yield Hit(Span(toks[first_start].start, toks[second_end - 1].end), f'duplicated phrase "{unit}"',
                          suggestion=doc.text[toks[first_start].start:toks[first_end - 1].end],
                          fix=Fix((Edit(Span(toks[first_end - 1].end, toks[second_end - 1].end), ""),), exact,
                                  f'delete the second "{unit}"'))
                covered = second_end

    @staticmethod
    def _exact_or_gapped(toks, low, i, j, lex, opts) -> tuple[int, int, int, int, bool] | None:
        """A unit starting at ``i`` repeated at ``j``, back to back or across prepositions and articles."""
        for gap in range(0, opts.max_gap_words + 1):
            n = j - i - gap
            if n < 2 or n > opts.max_phrase_words or low[j:j + n] != low[i:i + n]:
                continue
            unit = low[i:i + n]
            if None in unit or len(set(unit)) == 1 or all(toks[k].kind == "number" for k in range(i, i + n)):
                continue
            if gap == 0:
                if n == 2 and ((i > 0 and low[i - 1] == unit[1]) or low[j + n:j + n + 1] == [unit[0]]):
                    continue  # one word alternating with a link: "more and more and more", "day after day after day"
                return i, j, j, j + n, True
            between = low[i + n:j]
            if (None not in between and all(w in lex.gap_words for w in between)
                    and sum(w not in lex.function_words for w in unit) >= 2
                    and not (i > 0 and low[i - 1] in lex.range_openers)):
                return i, i + n, j, j + n, False
        return None

    @staticmethod
    def _prepositional(toks, low, x, x2, lex) -> tuple[int, int, int, int, bool] | None:
        """``P1 [det] X P2 [det] X``, P1 and P2 prepositions of place ("into Ukraine in Ukraine")."""
        if low[x] in lex.function_words:
            return None
        det = 1 if x >= 2 and low[x - 1] in lex.determiners else 0
        p1, p2 = x - 1 - det, x2 - 1 - det
        n = p2 - x
        if p1 < 0 or not 1 <= n <= 4 or (det and low[x2 - 1] != low[x - 1]):
            return None
        if low[p1] not in lex.locative_prepositions or low[p2] not in lex.locative_prepositions:
            return None
        if low[x2:x2 + n] != low[x:x + n] or None in low[x:x + n]:
            return None
        if n == 1 and toks[x].kind == "number":
            return None
        # "in face to face talks": a bare lower-case noun between two different prepositions is an idiom.
        if n == 1 and not det and low[p1] != low[p2] and toks[x].text.islower():
            return None
        return p1, x + n, p2, x2 + n, False


RULES = (DuplicatedPhrase,)
