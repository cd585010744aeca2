"""MT801 sentence-fragment: verbless sentences and stranded subordinate clauses.

The word lists come from ``mtcheck.rules.structure_lexicon``; the verb test from lemminflect's
lexicon via ``mtcheck.lang.verbs``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Iterator, NamedTuple

from mtcheck.lang.verbs import has_possible_verb
from mtcheck.model import Category, Document, Hit, Paragraph, Sentence, Severity
from mtcheck.rules.base import Context, Rule
from mtcheck.rules.structure_lexicon import StructureLexicon, lexicon

_OPEN_QUOTES = "“„«‹‚‘\"'"
_CLOSE_QUOTES = "”“»›’'\""
# Common verb forms: a sentence with one of these as a bare word needs no lexicon walk (the cheap path
# for most text). Case-sensitive on purpose: "May" is a month, "Will" a name.
_COMMON_VERBS = frozenset(
    "is are was were be been has have had will would can could should may might must do does did said says "
    "say want wants wanted get got make made take took see saw know knew think it's It's that's there's "
    "don't doesn't didn't won't can't isn't aren't wasn't".split())
_OPENING_WORD = re.compile(r"[^\W\d_]+")
# Words (with inner hyphens and apostrophes, as in mtcheck.model) and single punctuation marks.
_TOKEN = re.compile(r"[^\W_](?:\w|[-'’](?=\w))*|[^\w\s]")


def _inside_quotation(para: Paragraph, sent: Sentence) -> bool:
    """Does the sentence open or close a quotation, or sit inside one that opened earlier?"""
    text = sent.text.rstrip(".…")
    if text[:1] in _OPEN_QUOTES or text[-1:] in _CLOSE_QUOTES:
        return True
    before = para.text[: sent.span.start - para.span.start]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


class SentenceFragment(Rule):
    """Verbless sentences and stranded subordinate clauses.

    ## What it does
    Flags a sentence with no verb that starts with a subordinator ("Because despite all the talks
    this week."), a causal or concessive preposition ("Despite all the warnings.", "Because of the
    strike."), a long "with"/"without" phrase ("Without any result so far.") or a focusing adverb and a
    preposition ("Especially in the east of the country.", "Not least because of the war."); a short
    sentence that starts with "Although", "Whereas" or "Which" and has no comma, so no room for a main
    clause; and a connective left standing alone ("After all.", "Instead.", "By the way.", "Still.").
    With the option ``check_long_verbless``, also long sentences with no verb. The verb test uses
    lemminflect's lexicon and is conservative: any word that can be a verb outside a noun phrase counts
    as one. Headings, list items, captions, quotations, questions, exclamations, answers to a question
    and the short fragments good journalism uses ("No wonder.", "As usual.", "Not so in Berlin.", "Far
    from it.", "In vain.", "Without a doubt.", "Because of you.") are left alone.

    ## Why it matters
    German MT splits a sentence at "Denn ..." or "Immerhin." and moves the verb into the next sentence,
    or keeps a German sentence adverb ("Stattdessen.", "Trotz allem.", "Vor allem in den Städten.") as a
    sentence of its own, leaving a fragment that reads as a glitch.

    ## Example
        It cannot be ruled out. Because despite all the talks this week. No move is foreseeable.
        After all. This is not a breakthrough.

    ## Use instead
        It cannot be ruled out, because despite all the talks this week no move is foreseeable.
        At least, this is not a breakthrough.

    ## Fix safety
    No fix: rejoining the clause needs a rewrite.
    """

    id = "MT801"
    name = "sentence-fragment"
    category = Category.FLUENCY
    severity = Severity.WARNING

    @dataclass(frozen=True)
    class Options:
        # Also flag any verbless sentence of ``long_verbless_words`` or more. Off by default: on human
        # English it finds instructions ("1 g per 250 ml of water or 100 g of soft food.") and noun/verb
        # ambiguities ("The 16-year-old steps into the shoes of ...") as often as lost verbs.
        check_long_verbless: bool = False

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        lex = lexicon(ctx)
        for para in doc.paragraphs:
            first_line = para.lines[0].text.lstrip().lower()
            if para.is_heading or lex.list_item.match(first_line) or first_line.startswith(lex.captions):
                continue
            previous = ""
            for sent in para.sentences:
                answers_question, previous = previous.endswith("?"), sent.text
                if not sent.text.endswith(".") or sent.text.endswith("...") or answers_question:
                    continue  # questions, exclamations, "...", and answers ("Why? Because of the war.")
                hit = self._judge(sent, lex, ctx.options)
                if hit and not _inside_quotation(para, sent):
                    yield hit

    @staticmethod
    def _judge(sent: Sentence, lex: StructureLexicon, options: Any) -> Hit | None:
        text = sent.text
        if len(text) <= lex.longest_connective + 1:
            key = " ".join(text[:-1].lower().split()).rstrip(",;")
            if key in lex.connectives:
                return Hit(sent.span, f'"{text}" cannot stand alone as an English sentence: {lex.connectives[key]}')
        first = _OPENING_WORD.match(text)
        if not options.check_long_verbless and (not first or first.group().lower() not in lex.opening_words):
            return None  # the cheap exit: most sentences open with no subordinator or preposition
        tokens = _TOKEN.findall(text)
        words = [t.lower() for t in tokens if t[0].isalnum()]
        if not words:
            return None
        kind, focused, opener, after = _opening(words, lex)
        if kind is None and not (options.check_long_verbless and len(words) >= lex.long_verbless):
            return None
        if (kind == "subordinator" and not focused and opener in lex.stranded_openers and "," not in text
                and lex.min_stranded <= len(words) <= (
                    lex.max_stranded_relative if opener in lex.relative_pronouns else lex.max_stranded)
                and not text.lower().startswith(lex.stranded_exempt)):
            return Hit(sent.span, f'"{opener}" clause stands alone without a main clause; join it to the '
                                  "sentence it belongs to")
        if not _COMMON_VERBS.isdisjoint(text.split()):
            return None  # the cheap path: most sentences hold an "is", "has" or "said"
        if kind is not None and not _long_enough(kind, after, lex):
            return None
        if has_possible_verb(tokens, lex.phrase_openers, lex.function_words):
            return None
        if kind is None:
            return Hit(sent.span, "sentence has no verb; check for a verb lost in translation")
        if kind == "subordinator":
            return Hit(sent.span, f'stranded "{opener}" clause with no verb and no main clause; join it to the '
                                  "neighbouring sentence that holds its verb")
        return Hit(sent.span, f'verbless "{opener}" phrase standing alone as a sentence; join it to the '
                              "sentence it belongs to")


class _Opening(NamedTuple):
    kind: str | None  # "causal", "manner", "subordinator", "preposition" or None
    focused: bool  # after a focusing adverb ("Especially in ...")
    opener: str  # the subordinator or preposition, lower-case
    after: list[str]  # the words after it, lower-case


def _opening(words: list[str], lex: StructureLexicon) -> _Opening:
    """What a sentence opens with, after any focusing adverb ("Especially in ...", "Not least because
    ..."): a causal preposition ("despite", "because of"), "with"/"without", a subordinator, or (only
    after a focusing adverb) any preposition."""
    focus = lex.focus.match(words)
    for kind, phrases in (("causal", lex.causal), ("manner", lex.manner), ("subordinator", lex.subordinators),
                          ("preposition", lex.prepositions if focus else None)):
        n = phrases.match(words, focus) if phrases else 0
        if n:
            return _Opening(kind, focus > 0, " ".join(words[focus:focus + n]), words[focus + n:])
    return _Opening(None, focus > 0, "", words)


def _long_enough(kind: str, after: list[str], lex: StructureLexicon) -> bool:
    """Is there enough after the opener for a cut-off phrase, rather than a stylistic fragment?"""
    if not after or after[0] in lex.elliptical:
        return False  # "If so.", "Though not for long.", "Since then."
    if kind == "causal":
        return not all(w in lex.pronouns for w in after)  # "Despite everything.", not "Because of you."
    if kind == "manner":
        return len(after) >= lex.min_after_manner  # "With consequences for the whole region.", not "With ease."
    if kind == "subordinator":
        return len(after) >= lex.min_after
    return True  # a preposition after a focusing adverb: "Above all in the big cities."


RULES = (SentenceFragment,)
