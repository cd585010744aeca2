"""MT101 duplicated-word: a word repeated back to back ("the the", "Right now, now").

Machine translation duplicates when it renders one source word twice ("Sofort, jetzt" → "Right now,
now"). Whether a doubling across a comma is deliberate is judged in ``mtcheck.rules.deliberate_doubling``.
"""
from __future__ import annotations

from dataclasses import dataclass
from itertools import compress, count, islice, repeat
from operator import eq
from typing import Iterator

from mtcheck.model import Category, Document, Edit, Fix, Hit, Severity, Span, Token
from mtcheck.rules.base import Context, Rule
from mtcheck.rules.deliberate_doubling import PosTags, deliberate_across_comma, english_pos_tags
from mtcheck.rules.repetition_lexicon import RepetitionLexicon, lexicon


def _may_hold_doubling(low: list[str], across_commas: bool) -> bool:
    """A necessary condition for a hit, tested at C speed so that most sentences are never tokenised:
    two equal neighbouring tokens, or (across commas) equal tokens on both sides of a comma."""
    if any(map(eq, low, islice(low, 1, None))):
        return True
    if not across_commas:
        return False
    last = len(low) - 2
    return any(i < last and low[i] == low[i + 2] for i in compress(count(), map(eq, islice(low, 1, None), repeat(","))))


class DuplicatedWord(Rule):
    """A word is repeated back to back ("the the", "Right now, now").

    ## What it does
    Flags a word immediately repeated, case-insensitively, with only white space or a comma between
    the two copies. Legitimate doublings from the target language's allow-list ("had had", "that
    that", "very, very", "a long, long way", "bye bye"), emphatic runs of three or more ("go, go, go")
    and numbers are not flagged. Across a comma, neither are interjections opening a sentence ("Now,
    now, calm down"), function words that end one clause and start the next ("against it, it is";
    "what it is, is"; "he came in, in the morning"), a noun restated to open a modifier ("fear, fear
    of retribution") or a word the sentence lists three times or more. Words that cannot end a
    clause ("its, its own", "of the, the states"), auxiliaries after a noun ("sanctions will, will
    not"), a particle after anything but a verb ("in, in 2018") and a repeated verb or object ("was
    closed, closed for"; "ending months, months of") are flagged.

    ## Why it matters
    A doubled word is a typical machine-translation slip (one source word rendered twice) and a
    typo no reader overlooks.

    ## Example
        “You have to give us guarantees. Right now, now,” he said.

    ## Use instead
        “You have to give us guarantees. Right now,” he said.

    ## Fix safety
    Safe: the fix deletes the second copy with its separating comma and space.
    """

    id = "MT101"
    name = "duplicated-word"
    category = Category.FLUENCY
    severity = Severity.ERROR
    target_languages = frozenset({"en", "de", "fr", "es"})

    @dataclass(frozen=True)
    class Options:
        across_commas: bool = True  # also flag "now, now"

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        lex, across = lexicon(ctx), ctx.options.across_commas
        pos = english_pos_tags() if ctx.pack.target == "en" else None
        for sentence in doc.sentences:
            if not _may_hold_doubling(sentence.lower_texts, across):
                continue
            tokens = sentence.tokens
            last = len(tokens) - 1
            i = 0
            while i < last:
                # Cheap test first: is the next word (after an optional comma) the same length?
                t, j = tokens[i], i + 1
                if across and tokens[j].text == "," and j < last:
                    j += 1
                if t.kind != "word" or len(tokens[j].text) != len(t.text):
                    i += 1
                    continue
                run = self._run(tokens, i, across)
                if len(run) == 2 and not self._legitimate(tokens, run, lex, pos):
                    first, second = tokens[run[0]], tokens[run[1]]
                    yield Hit(Span(first.start, second.end), f'duplicated word "{second.text}"',
                              suggestion=first.text,
                              fix=Fix((Edit(Span(first.end, second.end), ""),), True,
                                      f'delete the second "{second.text}"'))
                i = run[-1] + 1

    @staticmethod
    def _run(tokens: tuple[Token, ...], i: int, across_commas: bool) -> list[int]:
        """Indexes of the copies of ``tokens[i]`` that follow it back to back (itself first)."""
        run = [i]
        if tokens[i].kind != "word":
            return run
        word = tokens[i].lower
        j = i + 1
        while j < len(tokens):
            if across_commas and tokens[j].text == "," and j + 1 < len(tokens):
                j += 1
            if tokens[j].kind == "word" and tokens[j].lower == word:
                run.append(j)
                j += 1
            else:
                break
        return run

    @staticmethod
    def _legitimate(tokens: tuple[Token, ...], run: list[int], lex: RepetitionLexicon, pos: PosTags | None) -> bool:
        pair = f"{tokens[run[0]].lower} {tokens[run[1]].lower}"
        back_to_back = run[1] - run[0] == 1
        if pair in lex.allowed_pairs or pair in (lex.back_to_back_pairs if back_to_back else lex.across_comma_pairs):
            return True
        return not back_to_back and deliberate_across_comma(tokens, run[0], run[1], lex, pos)


RULES = (DuplicatedWord,)
