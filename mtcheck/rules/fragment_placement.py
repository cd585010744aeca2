"""Where a fragment stands, for MT801 sentence-fragment: in narrative prose or in dialogue, as a reply to a
question or a denial, inside a quotation, as a scene phrase cut off the sentence next to it. The rule asks
these only of sentences whose shape already makes them fragments.
"""
from __future__ import annotations

import re

from mtcheck.model import Paragraph, Sentence
from mtcheck.rules.fragment_connectives import ConnectiveLists, adverb_only
from mtcheck.rules.fragment_grammar import Extra
from mtcheck.rules.structure_lexicon import StructureLexicon
from mtcheck.text.lazy_regex import lazy_compile

_OPEN_QUOTES = "“„«‹‚‘\"'"
_CLOSE_QUOTES = "”“»›’'\""
# Common verb forms: a sentence with one of these as a bare word needs no lexicon walk (the cheap path
# for most text). Case-sensitive on purpose: "May" is a month, "Will" a name.
COMMON_VERBS = frozenset(
    "is are was were be been has have had will would can could should may might must do does did said says "
    "say want wants wanted get got make made take took see saw know knew think it's It's that's there's "
    "don't doesn't didn't won't can't isn't aren't wasn't".split())
# A paragraph that opens with a dash is dialogue ("– Will you stay?⏎– Certainly."). One that opens with a
# quotation is not, by itself: news paragraphs open with a quote, then go on in narrative ("“We deserved
# more,” the coach said. Neither side deserved to lose. Tragically."); a comment on the quotation just
# before it, or a sentence inside one, is recognised by its own place.
_DIALOGUE_OPENERS = ("-", "–", "—")
_WORD_OR_NOT = lazy_compile(r"n't|n’t|[a-z]+")
_CLOSERS = "\"'”’»›)]"
# A scene phrase cut off its sentence is plain prose: any of these makes it a reply ("In a way, yes."), a
# citation ("In: ..."), a dialogue line or an aside.
_NOT_PLAIN = lazy_compile(r"[,;:()\[\]\"“”„«»–—…]| - ")
_LOWER_WORD = lazy_compile(r"\b[a-z]{3,}\b")


def narrative(sent: Sentence, para: Paragraph, before: str, adverb: str, lex: StructureLexicon,
              extra: Extra) -> bool:
    """Does a lone sentence adverb stand in narrative prose, where it qualifies nothing? Not in a
    dialogue paragraph, not as the answer to a question, not as a comment on a quotation just before it
    ("“Did it work?” Probably.", "He said: “It will hold.” Probably."), not after a label ("A:"), not as a
    list item, not as the teaser "Until now." after a negated past perfect ("No one had solved it. Until
    now."), not as an afterthought as a paragraph of its own, nor after a sentence of the same paragraph
    if English writes it there too ("He was warned. Repeatedly.", "The plan worked. Mostly.", "He is still
    the chairman. Technically."), it is more than one word ("Slowly but steadily.", "Very slowly.") or it
    stands in a run of lone adverbs ("She smiled slightly. Softly. Warmly."). Other manner, degree and
    hedge adverbs after a statement are German one-word sentences ("The deal was signed. Secretly.", "Air
    quality improved. Measurably."), and at the head of a paragraph an afterthought leads into nothing
    ("Slowly. The water rose.")."""
    if para.text.startswith(_DIALOGUE_OPENERS):
        return False
    lists = extra.connectives
    if lists.afterthought(adverb) and (len(para.sentences) == 1 or (
            para.sentences[0] is not sent and (lists.quiet_after_statement(adverb) or " " in sent.text
                                               or _in_a_run(sent, para, lists)))):
        return False  # "He was warned. Repeatedly.", "Slowly but steadily.", "She smiled. Softly. Warmly."
    previous = before.rstrip(".")
    if previous.endswith(("?", ":")) or (previous[-1:] and previous[-1] in _CLOSERS
                                         and previous.rstrip(_CLOSERS)[-1:] in ("?", "!", ".", ",")):
        return False
    at = sent.span.start - para.span.start
    line_start = para.text.rfind("\n", 0, at) + 1
    if lex.list_item.match(para.text[line_start:at + 1].lower()):
        return False
    words = _WORD_OR_NOT.findall(before.lower()) if adverb in lists.teasers else ()
    if "had" in words and not lists.negations.isdisjoint(words):
        return False
    return True


def _in_a_run(sent: Sentence, para: Paragraph, lists: ConnectiveLists) -> bool:
    """Does a lone adverb stand next to another one, a run of the literary style ("She smiled slightly.
    Softly. Warmly.")? Only asked of a finding."""
    at = para.sentences.index(sent)
    return any(adverb_only(other.text, lists) for other in para.sentences[max(at - 1, 0):at + 2] if other is not sent)


_DENIAL = frozenset({"hardly", "nor", "without"})


def answers_denial(text: str, before: str, extra: Extra) -> bool:
    """Does a contradicting connective ("On the contrary.") answer a denial in the sentence before it?"""
    lists = extra.connectives
    if text[:-1].lower() not in lists.contradicting:
        return False
    words = set(_WORD_OR_NOT.findall(before.lower()))
    return not words.isdisjoint(lists.negations) or not words.isdisjoint(_DENIAL)


def scene_candidate(sent: Sentence, para: Paragraph, first: re.Match[str], extra: Extra) -> bool:
    """Might ``sent`` be a long prepositional phrase cut off its sentence ("In the presence of numerous
    guests of honour.")? It opens with a scene preposition, is long, plain (no comma, colon, quotation mark,
    bracket or dash), holds no common verb, and its paragraph has another sentence that could take it."""
    text = sent.text  # the caller has checked the preposition, the comma and the length already
    if first.start() or _NOT_PLAIN.search(text):
        return False
    return len(para.sentences) > 1 and COMMON_VERBS.isdisjoint(text.split())


def scene_placed(sent: Sentence, para: Paragraph, before: str) -> bool:
    """Is a verbless scene phrase prose cut off a sentence next to it: not after a question, a colon or an
    exclamation, and mostly lower-case (not a name or a citation)? Only asked of a finding."""
    if para.sentences[0] is not sent and before.rstrip(_CLOSERS)[-1:] in ("?", "!", ":"):
        return False
    return len(_LOWER_WORD.findall(sent.text)) >= 3


def inside_quotation(para: Paragraph, sent: Sentence) -> bool:
    """Does the sentence open or close a quotation, or sit inside one that opened earlier?"""
    text = sent.text.rstrip(".…")
    if text[:1] in _OPEN_QUOTES or text[-1:] in _CLOSE_QUOTES:
        return True
    before = para.text[: sent.span.start - para.span.start]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1
