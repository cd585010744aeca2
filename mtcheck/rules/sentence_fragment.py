"""MT801 sentence-fragment: verbless sentences and stranded subordinate clauses.

The word lists come from ``mtcheck.rules.structure_lexicon`` (and, for the lists only this rule reads,
straight from ``data/common/structure.<tgt>.toml``); the verb test from lemminflect's lexicon via
``mtcheck.lang.verbs``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Iterator, NamedTuple

from mtcheck.lang.verbs import has_possible_verb, pos_tags
from mtcheck.model import Category, Document, Hit, Paragraph, Sentence, Severity
from mtcheck.rules.base import Context, Rule
from mtcheck.rules.structure_lexicon import StructureLexicon, _Phrases, lexicon

_OPEN_QUOTES = "“„«‹‚‘\"'"
_CLOSE_QUOTES = "”“»›’'\""
# Common verb forms: a sentence with one of these as a bare word needs no lexicon walk (the cheap path
# for most text). Case-sensitive on purpose: "May" is a month, "Will" a name.
_COMMON_VERBS = frozenset(
    "is are was were be been has have had will would can could should may might must do does did said says "
    "say want wants wanted get got make made take took see saw know knew think it's It's that's there's "
    "don't doesn't didn't won't can't isn't aren't wasn't".split())
_OPENING_WORD = re.compile(r"[^\W\d_]+")
# Numbers with their separators ("20,000"), words (with inner hyphens and apostrophes, as in
# mtcheck.model) and single punctuation marks.
_TOKEN = re.compile(r"\d+(?:[.,:/]\d+)*|[^\W_](?:\w|[-'’](?=\w))*|[^\w\s]")
# Stands in for a word read as a modifier inside a noun phrase ("the rising costs", "a small number of"):
# an adjective that can be nothing else, so the verb test reads the phrase as it reads "the new costs".
_MODIFIER = "new"
_GERUND = "things"  # stands in for a noun the lexicon misreads: a gerund ("for speeding."), a unit ("euros")
_NOUN_PHRASE_START = "of"  # stands in for an opener that ends in a preposition the verb test skips ("due to")
_CONJUNCTIONS = frozenset({"and", "or"})
_PHRASE_RESTARTS = _CONJUNCTIONS | {_MODIFIER}  # after these a noun phrase goes on
_PARTICIPLE_ENDINGS = ("ing", "ed")
_NO_OPENER = re.compile(r"(?!)")


def _inside_quotation(para: Paragraph, sent: Sentence) -> bool:
    """Does the sentence open or close a quotation, or sit inside one that opened earlier?"""
    text = sent.text.rstrip(".…")
    if text[:1] in _OPEN_QUOTES or text[-1:] in _CLOSE_QUOTES:
        return True
    before = para.text[: sent.span.start - para.span.start]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


class _Extra:
    """The lists of ``[fragment]`` that only this rule reads (the shared lexicon does not carry them)."""

    def __init__(self, table: dict[str, Any]) -> None:
        fragment = table.get("fragment", {})
        participles = fragment.get("participle_prepositions", ())
        self.participles = _Phrases(participles)
        self.min_after_participle = int(fragment.get("min_words_after_participle_preposition", 1))
        # The cheap exit: first word -> a regex of the openers that start with it ("in" -> "in spite of",
        # "in view of", ...), so "In the middle of the night." is dismissed without tokenising.
        by_first: dict[str, list[str]] = {}
        for key in ("focus_adverbs", "causal_prepositions", "manner_prepositions", "subordinators",
                    "participle_prepositions"):
            for phrase in fragment.get(key, ()):
                words = phrase.split()
                by_first.setdefault(words[0], []).append(r"\s+".join(map(re.escape, words[1:])))
                if key in ("causal_prepositions", "subordinators"):  # "For despite all the talks."
                    for prefix in fragment.get("clause_prefixes", ()):
                        by_first.setdefault(prefix, []).append(r"\s+".join(map(re.escape, words)))
        # None: the first word is an opener by itself ("despite"); else the rest must follow ("in" -> "view of")
        self.openers: dict[str, re.Pattern[str] | None] = {
            first: None if "" in rests else re.compile(
                rf"\s+(?:{'|'.join(sorted(set(rests), key=len, reverse=True))})\b", re.I)
            for first, rests in by_first.items()}
        self.prefixes = frozenset(fragment.get("clause_prefixes", ()))
        self.focus_conjunctions = frozenset(fragment.get("focus_conjunctions", ()))
        self.time_nouns = frozenset(table.get("grammar", {}).get("time_nouns", ()))
        self.scale_words = frozenset(table.get("locale_context", {}).get("scale_words", ()))
        self.participle_adjectives = frozenset(table.get("grammar", {}).get("participle_adjectives", ()))
        self.exempt_openings = tuple(f"{p} " for p in fragment.get("exempt", {}).get("exempt_openings", ()))


_EXTRAS: dict[int, tuple[StructureLexicon, _Extra]] = {}


def _extra(ctx: Context, lex: StructureLexicon) -> _Extra:
    """The extra lists, built once per lexicon (keyed by it: fetching the table again costs a stat)."""
    hit = _EXTRAS.get(id(lex))
    if hit is None or hit[0] is not lex:
        hit = _EXTRAS[id(lex)] = (lex, _Extra(ctx.pack.common("structure")))
    return hit[1]


class SentenceFragment(Rule):
    """Verbless sentences and stranded subordinate clauses.

    ## What it does
    Flags a sentence with no verb that starts with a subordinator ("Because despite all the talks
    this week.", "Although without result.", also after "For", German "denn": "For despite all the
    talks."), a causal, concessive or other complex preposition of officialese ("Despite all the
    warnings.", "Because of the strike.", "In view of the rising costs.", "Against the background of
    the war.", "According to the ministry.", "Such as the bridge in Dresden."), a long "with"/"without"
    phrase ("Without any result so far."), a preposition made from a participle with three words or
    more after it ("Following months of talks.") or a focusing adverb and a preposition or subordinator
    ("Especially in the east of the country.", "Not least because of the war.", "Especially since the
    costs."); a conjunction with nothing after it ("Because.", "Especially since.", "Especially as.");
    a short sentence that starts with "Although", "Whereas" or "Which" and has no comma, so no room for
    a main clause; and a connective left standing alone, or two of them ("After all.", "Instead.", "By
    the way.", "Overall.", "In this context.", "After all, however."). With the option
    ``check_long_verbless``, also long sentences with no verb.

    The verb test uses lemminflect's lexicon and is conservative: any word that can be a verb outside a
    noun phrase counts as one. Only what follows the opener is tested, and inside a noun phrase an
    adjective or participle before a noun is a modifier ("the rising costs", "of growing tensions", "a
    small number of"), an "-ing" form with no object a gerund ("for speeding."), "last" before a time a
    time ("last week"); an "-ing" form with an object stays a possible verb ("without giving reasons").

    Left alone: headings, list items, captions, quotations, questions, exclamations, answers to a
    question (also in the paragraph after it, as in interviews), labels with a colon, credit lines
    ("With material from dpa and AFP.", "With additional reporting by ..."), noun-phrase fragments ("A
    bold move.", "Another defeat.", "Especially families with children.") and the short fragments and
    afterthoughts good journalism uses ("No wonder.", "As usual.", "Not so in Berlin.", "Far from it.",
    "In vain.", "Without a doubt.", "Because of you.", "Given the circumstances.", "With no end in
    sight.", "In the middle of the night.", "Except for the mayor.", "With the exception of Bavaria.",
    "For fear of reprisals.", "In the hope of a better life.", "Compared to last year.").

    ## Why it matters
    German MT splits a sentence at "Denn ..." or "Immerhin." and moves the verb into the next sentence,
    or keeps a German sentence adverb ("Stattdessen.", "Trotz allem.", "Vor allem in den Städten.") or a
    fronted phrase ("Vor dem Hintergrund des Krieges.") as a sentence of its own, leaving a fragment
    that reads as a glitch.

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
        extra = _extra(ctx, lex)
        previous = ""
        for para in doc.paragraphs:
            first_line = para.lines[0].text.lstrip().lower()
            if para.is_heading or lex.list_item.match(first_line) or first_line.startswith(lex.captions):
                previous = para.sentences[-1].text if para.sentences else ""
                continue
            # ``previous`` runs on across paragraphs: an answer may open the paragraph after the question
            # ("Why did you leave?⏎⏎Because of the constant pressure.").
            for sent in para.sentences:
                answers_question, previous = previous.endswith("?"), sent.text
                if not sent.text.endswith(".") or sent.text.endswith("...") or answers_question:
                    continue  # questions, exclamations, "...", and answers ("Why? Because of the war.")
                hit = self._judge(sent, lex, extra, ctx.options)
                if hit and not _inside_quotation(para, sent):
                    yield hit

    @staticmethod
    def _judge(sent: Sentence, lex: StructureLexicon, extra: _Extra, options: Any) -> Hit | None:
        text = sent.text
        if len(text) <= lex.longest_connective + 1:
            key = " ".join(text[:-1].lower().split()).rstrip(",;")
            parts = [part.strip() for part in key.split(",")]  # "After all, however."
            if all(part in lex.connectives for part in parts):
                return Hit(sent.span, f'"{text}" cannot stand alone as an English sentence: '
                                      f"{lex.connectives[parts[0]]}")
        if not options.check_long_verbless:
            first = _OPENING_WORD.match(text)
            word = first.group().lower() if first else ""
            rest = extra.openers.get(word, _NO_OPENER)
            if rest is _NO_OPENER or (rest is not None and not rest.match(text, first.end())):
                return None  # the cheap exit: most sentences open with no subordinator or preposition
        tokens = _TOKEN.findall(text)
        words = [t.lower() for t in tokens if t[0].isalnum()]
        if not words:
            return None
        kind, focused, opener, after = _opening(words, lex, extra)
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
        if kind is not None and not _long_enough(kind, focused, opener, after, lex, extra):
            return None
        if has_possible_verb(_rest(tokens, kind, len(words) - len(after), lex, extra), lex.phrase_openers,
                             lex.function_words):
            return None
        if ":" in text or f"{' '.join(words)} ".startswith(extra.exempt_openings):
            return None  # a label ("In favour of the motion: 312."), "With no end in sight.", a credit line
        if kind is None:
            return Hit(sent.span, "sentence has no verb; check for a verb lost in translation")
        if kind == "subordinator":
            if not after:
                return Hit(sent.span, f'"{text}" is a conjunction with no clause; join it to the sentence '
                                      "that gives its reason or condition")
            return Hit(sent.span, f'stranded "{opener}" clause with no verb and no main clause; join it to the '
                                  "neighbouring sentence that holds its verb")
        return Hit(sent.span, f'verbless "{opener}" phrase standing alone as a sentence; join it to the '
                              "sentence it belongs to")


class _Opening(NamedTuple):
    kind: str | None  # "causal", "manner", "subordinator", "participle", "preposition" or None
    focused: bool  # after a focusing adverb ("Especially in ...")
    opener: str  # the subordinator or preposition, lower-case
    after: list[str]  # the words after it, lower-case


def _opening(words: list[str], lex: StructureLexicon, extra: _Extra) -> _Opening:
    """What a sentence opens with, after any focusing adverb ("Especially in ...", "Not least because
    ...") or a conjunction that German "denn" becomes ("For despite all the talks ..."): a causal or
    complex preposition ("despite", "because of", "against the background of"), "with"/"without", a
    subordinator, a participle preposition ("following", "given"), or (only after a focusing adverb) any
    preposition, or a conjunction with nothing after it ("Especially as.")."""
    lead = int(words[0] in extra.prefixes and bool(lex.causal.match(words, 1) or lex.subordinators.match(words, 1)))
    focus = lead + lex.focus.match(words, lead)
    for kind, phrases in (("causal", lex.causal), ("manner", lex.manner), ("subordinator", lex.subordinators),
                          ("participle", extra.participles),
                          ("preposition", lex.prepositions if focus else None)):
        n = phrases.match(words, focus) if phrases else 0
        if n:
            return _Opening(kind, focus > 0, " ".join(words[focus:focus + n]), words[focus + n:])
    if focus and len(words) == focus + 1 and words[focus] in extra.focus_conjunctions:
        return _Opening("subordinator", True, words[focus], [])
    return _Opening(None, focus > 0, "", words)


def _long_enough(kind: str, focused: bool, opener: str, after: list[str], lex: StructureLexicon,
                 extra: _Extra) -> bool:
    """Is there enough after the opener for a cut-off phrase, rather than a stylistic fragment?"""
    if not after:
        return kind == "subordinator"  # "Because.", "Especially since.": a conjunction joins nothing
    if after[0] in lex.elliptical:
        return False  # "If so.", "Though not for long.", "Since then."
    if kind == "causal":
        return not all(w in lex.pronouns for w in after)  # "Despite everything.", not "Because of you."
    if kind == "manner":
        return len(after) >= lex.min_after_manner  # "With consequences for the whole region.", not "With ease."
    if kind == "participle":
        return len(after) >= extra.min_after_participle  # "Following a bomb threat.", not "Given the circumstances."
    if kind == "subordinator":
        # After a focusing adverb ("Especially since the costs.") or a concessive that needs a main clause
        # ("Although without result."), any verbless rest is a fragment; "Because of you." style needs more.
        if focused or opener in lex.stranded_openers:
            return True
        return len(after) >= lex.min_after
    return True  # a preposition after a focusing adverb: "Above all in the big cities."


def _rest(tokens: list[str], kind: str | None, opener_words: int, lex: StructureLexicon,
          extra: _Extra) -> list[str]:
    """The tokens the verb test reads: those after the opener (the opener itself may look like a verb:
    "according to", "following"), behind a stand-in preposition when the opener governs a noun phrase.
    Inside a phrase, a participle or adjective before a noun is a modifier ("the rising costs", "of
    falling prices", "a small number of"), and an "-ing" form with no object after it a gerund ("for
    speeding.", "higher spending on defence"): a finite verb never directly follows a determiner or a
    preposition."""
    if kind is None:
        return tokens
    start, seen = 0, 0
    while seen < opener_words:
        if tokens[start][0].isalnum():
            seen += 1
        start += 1
    rest = tokens[start:]
    if kind != "subordinator":
        rest.insert(0, _NOUN_PHRASE_START)
    for i in range(1, len(rest)):
        word, before = rest[i], rest[i - 1].lower()
        if not word[:1].islower():
            continue
        if word == "last" and i + 1 < len(rest) and (rest[i + 1] in extra.time_nouns or rest[i + 1][:1].isupper()):
            rest[i] = _MODIFIER  # "last year", "last Monday": a time, not the verb "to last"
            continue
        if (before[:1].isdigit() or before in extra.scale_words) and not pos_tags(word):
            rest[i] = _GERUND  # a unit lemminflect lacks ("two million euros")
            continue
        determiner = before in lex.phrase_openers and before not in lex.prepositions
        if not (before in lex.phrase_openers or before in _PHRASE_RESTARTS or before[:1].isdigit()):
            continue  # only a word that opens a noun phrase (after "the", "of", "and", "20") is read here
        nxt = rest[i + 1] if i + 1 < len(rest) else "."
        if nxt[:1].islower() and nxt.isalpha() and ("NOUN" in pos_tags(nxt) or _is_participle(nxt, "ing")):
            # before a noun: an adjective, or a participle ("the planned cuts"; after a bare preposition
            # only one that takes no object: "of rising costs", not "without giving reasons")
            if "ADJ" in pos_tags(word) or word in extra.participle_adjectives or (
                    _is_participle(word, _PARTICIPLE_ENDINGS) and (determiner or word.endswith("ed"))):
                rest[i] = _MODIFIER
        elif _is_participle(word, "ing") and (not nxt[:1].isalnum() or nxt.lower() in lex.prepositions
                                              or nxt in _CONJUNCTIONS):
            rest[i] = _GERUND  # "for speeding.", "higher spending on ...": no object, so a noun
    return rest


def _is_participle(word: str, endings: str | tuple[str, ...]) -> bool:
    """Is ``word`` an "-ing" or "-ed" form that lemminflect knows only as a verb ("rising", "spending")?"""
    return word.endswith(endings) and pos_tags(word) <= {"VERB"}


RULES = (SentenceFragment,)
