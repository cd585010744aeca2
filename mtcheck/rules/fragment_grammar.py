"""The grammar behind MT801 sentence-fragment: how a sentence opens (a focusing adverb, a causal or
complex preposition, a subordinator …) and which of its words the verb test reads.

Kept apart from the rule so that the rule module holds the decision and this one the reading.
"""
from __future__ import annotations

import re
from typing import Any, NamedTuple

from mtcheck.lang.verbs import pos_tags
from mtcheck.model import Paragraph, Sentence
from mtcheck.rules.base import Context
from mtcheck.rules.fragment_clauses import ClauseLists
from mtcheck.rules.fragment_connectives import ConnectiveLists
from mtcheck.rules.fragment_formulae import Formulae
from mtcheck.rules.structure_lexicon import StructureLexicon, _Phrases
from mtcheck.text.lazy_regex import lazy_compile

# Stands in for a word read as a modifier inside a noun phrase ("the rising costs", "a small number of"):
# an adjective that can be nothing else, so the verb test reads the phrase as it reads "the new costs".
_MODIFIER = "new"
_GERUND = "things"  # stands in for a noun the lexicon misreads: a gerund ("for speeding."), a unit ("euros")
_NOUN_PHRASE_START = "of"  # stands in for an opener that ends in a preposition the verb test skips ("due to")
_CONJUNCTIONS = frozenset({"and", "or"})
_PHRASE_RESTARTS = _CONJUNCTIONS | {_MODIFIER}  # after these a noun phrase goes on
_PARTICIPLE_ENDINGS = ("ing", "ed")
_ADJECTIVE_ONLY = frozenset({"ADJ"})
_NOUN_ONLY = frozenset({"NOUN"})
_VERB_ONLY = frozenset({"VERB"})
_VERB_LIKE_ENDINGS = ("s", "ed", "ing")
_NOUN_PHRASE_STARTS = frozenset({_NOUN_PHRASE_START, *_CONJUNCTIONS})
_NEVER = lazy_compile("(?!)never")  # not the rule's "(?!)" sentinel, which re's cache would hand back


class Extra:
    """The lists of ``[fragment]`` that only this rule reads (the shared lexicon does not carry them)."""

    def __init__(self, table: dict[str, Any]) -> None:
        fragment = table.get("fragment", {})
        participles = fragment.get("participle_prepositions", ())
        self.participles = _Phrases(participles)
        self.min_after_participle = int(fragment.get("min_words_after_participle_preposition", 1))
        self.min_after_passive = int(fragment.get("min_words_after_passive_by", 0))
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
        self.scene = frozenset(fragment.get("scene_prepositions", ()))
        for first in self.scene - self.openers.keys():
            self.openers[first] = _NEVER  # a scene preposition ("during"): read only by the scene test
        self.prefixes = frozenset(fragment.get("clause_prefixes", ()))
        self.focus_conjunctions = frozenset(fragment.get("focus_conjunctions", ()))
        self.time_nouns = frozenset(table.get("grammar", {}).get("time_nouns", ()))
        self.scale_words = frozenset(table.get("locale_context", {}).get("scale_words", ()))
        self.participle_adjectives = frozenset(table.get("grammar", {}).get("participle_adjectives", ()))
        self.number_words = frozenset(table.get("grammar", {}).get("number_words", ()))
        self.exempt_openings = tuple(f"{p} " for p in fragment.get("exempt", {}).get("exempt_openings", ()))
        self.modal_openers = frozenset(fragment.get("modal_subjectless_openers", ()))
        self.subjectless_openers = frozenset(fragment.get("subjectless_openers", ())) | self.modal_openers
        self.modal_adverbs = frozenset(fragment.get("modal_adverbs", ()))
        self.modals = frozenset(fragment.get("subjectless_modals", ()))
        self.min_after_modal_be = int(fragment.get("min_words_after_modal_be", 0))
        self.subject_starts = frozenset(fragment.get("subject_starts", ()))
        self.min_after_scene = int(fragment.get("min_words_after_scene_preposition", 0))
        self.connectives = ConnectiveLists(fragment)
        self.formulae = Formulae(fragment)  # round 20: "Said is said."
        self.clauses = ClauseLists(table)
        for first in self.clauses.focus_leads:
            self.openers.setdefault(first, _NEVER)  # "Only after the police had arrived.": read by the clause test


_EXTRAS: dict[int, tuple[StructureLexicon, Extra]] = {}


def extra_lists(ctx: Context, lex: StructureLexicon) -> Extra:
    """The extra lists, built once per structure lexicon (and so once per structure table)."""
    hit = _EXTRAS.get(id(lex))
    if hit is None or hit[0] is not lex:
        hit = _EXTRAS[id(lex)] = (lex, Extra(ctx.pack.common("structure")))
    return hit[1]


class Opening(NamedTuple):
    kind: str | None  # "causal", "manner", "subordinator", "participle", "preposition", "scene" or None
    focused: bool  # after a focusing adverb ("Especially in ...")
    opener: str  # the subordinator or preposition, lower-case
    after: list[str]  # the words after it, lower-case


def opening(words: list[str], lex: StructureLexicon, extra: Extra) -> Opening:
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
            return Opening(kind, focus > 0, " ".join(words[focus:focus + n]), words[focus + n:])
    if focus and len(words) == focus + 1 and words[focus] in extra.focus_conjunctions:
        return Opening("subordinator", True, words[focus], [])
    return Opening(None, focus > 0, "", words)


def long_enough(kind: str, focused: bool, opener: str, after: list[str], lex: StructureLexicon,
                extra: Extra) -> bool:
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
    if kind == "scene":  # "After weeks of heavy rainfall in southern Bavaria.", not "In the middle of the night."
        return len(after) >= extra.min_after_scene
    if kind == "subordinator":
        # After a focusing adverb ("Especially since the costs.") or a concessive that needs a main clause
        # ("Although without result."), any verbless rest is a fragment; "Because of you." style needs more.
        if focused or opener in lex.stranded_openers:
            return True
        return len(after) >= lex.min_after
    return True  # a preposition after a focusing adverb: "Above all in the big cities."


def verb_test_tokens(tokens: list[str], kind: str | None, opener_words: int, lex: StructureLexicon,
                     extra: Extra) -> list[str]:
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
    phrase = kind != "subordinator"
    if phrase:
        rest.insert(0, _NOUN_PHRASE_START)
    for i in range(1, len(rest)):
        word, before = rest[i], rest[i - 1].lower()
        if not word[:1].islower():
            continue
        if phrase and word in _CONJUNCTIONS and i + 1 < len(rest) and rest[i + 1][:1].islower():
            rest[i] = _NOUN_PHRASE_START  # "with the help of a drone and two dogs": "and" goes on with a noun phrase
            continue
        if before in _NOUN_PHRASE_STARTS and word in extra.number_words:
            rest[i] = "2"  # "two sniffer dogs": a number word modifies what follows, as a digit does
            continue
        if phrase and i > 1 and _compound_half(rest, i, lex):
            rest[i] = _GERUND  # "the construction work on the bridge": the second half of a compound noun
            continue
        if word == "last" and i + 1 < len(rest) and (rest[i + 1] in extra.time_nouns or rest[i + 1][:1].isupper()):
            rest[i] = _MODIFIER  # "last year", "last Monday": a time, not the verb "to last"
            continue
        if (before[:1].isdigit() or before in extra.scale_words) and not pos_tags(word) and not (
                i + 1 < len(rest) and "NOUN" in pos_tags(rest[i + 1]) and rest[i + 1][:1].islower()):
            rest[i] = _GERUND  # a unit lemminflect lacks ("two million euros"), not a modifier ("2 sniffer dogs")
            continue
        determiner = before in lex.phrase_openers and before not in lex.prepositions
        if not (before in lex.phrase_openers or before in _PHRASE_RESTARTS or before[:1].isdigit()):
            continue  # only a word that opens a noun phrase (after "the", "of", "and", "20") is read here
        nxt = rest[i + 1] if i + 1 < len(rest) else "."
        if determiner and (nxt[:1].isdigit() or nxt in extra.number_words) and _is_participle(word, _PARTICIPLE_ENDINGS):
            rest[i] = _MODIFIER  # "the planned six lanes", "the promised 500 jobs"
            continue
        if nxt[:1].islower() and nxt.isalpha() and ("NOUN" in pos_tags(nxt) or _is_participle(nxt, "ing")
                                                     or pos_tags(nxt) == _ADJECTIVE_ONLY):
            # before a noun or an adjective: an adjective, or a participle ("the planned cuts", "the old
            # nuclear plant"; after a bare preposition only one that takes no object: "of rising costs", not
            # "without giving reasons")
            if "ADJ" in pos_tags(word) or word in extra.participle_adjectives or (
                    _is_participle(word, _PARTICIPLE_ENDINGS) and (determiner or word.endswith("ed"))):
                rest[i] = _MODIFIER
                if before in _CONJUNCTIONS and i > 1 and rest[i - 2] != "of" and "ADJ" in pos_tags(rest[i - 2]):
                    rest[i - 1] = _NOUN_PHRASE_START  # "a long and controversial debate": one phrase
        elif _is_participle(word, "ing") and (not nxt[:1].isalnum() or nxt.lower() in lex.prepositions
                                              or nxt in _CONJUNCTIONS):
            rest[i] = _GERUND  # "for speeding.", "higher spending on ...": no object, so a noun
    return rest


def _compound_half(rest: list[str], i: int, lex: StructureLexicon) -> bool:
    """Is ``rest[i]`` a noun-or-verb in its base form right after the singular head of a noun phrase and
    before a preposition, a conjunction or the end ("the construction work on ...", "the price increase
    in ...", "the water damage.")? Inside a phrase a preposition governs, a verb there would need a
    subject of its own, and a singular noun takes no verb without "-s"."""
    word, head, before = rest[i], rest[i - 1], rest[i - 2].lower()
    if word.endswith(_VERB_LIKE_ENDINGS) or not {"NOUN", "VERB"} <= pos_tags(word):
        return False
    if not (before in lex.phrase_openers or before in _PHRASE_RESTARTS) or not head.isalpha() or not head.islower():
        return False
    if head.endswith("s") or pos_tags(head) != _NOUN_ONLY:
        return False  # "the rain people stay": only a head that is a singular noun and nothing else
    nxt = rest[i + 1] if i + 1 < len(rest) else "."
    return not nxt[:1].isalnum() or nxt.lower() in lex.prepositions or nxt in _CONJUNCTIONS


def _is_participle(word: str, endings: str | tuple[str, ...]) -> bool:
    """Is ``word`` an "-ing" or "-ed" form that lemminflect knows only as a verb ("rising", "spending")?"""
    return word.endswith(endings) and pos_tags(word) <= {"VERB"}


def passive_phrase(words: list[str], sent: Sentence, para: Paragraph, before: str, after_heading: bool,
                   extra: Extra) -> bool:
    """May a sentence that opens with a past participle and "by" (lower-case ``words``) be a phrase cut off
    its clause ("Accompanied by loud protests from the opposition benches.")? The participle is only a
    verb form, enough words follow "by", there is no comma, and the paragraph holds another sentence."""
    return (bool(extra.min_after_passive) and len(words) - 2 >= extra.min_after_passive and "," not in sent.text
            and pos_tags(words[0]) == _VERB_ONLY and len(para.sentences) > 1 and not after_heading)


def subjectless(text: str, extra: Extra, heads_paragraph: bool = False) -> str | None:
    """The finite verb a statement opens with when it has no subject ("Is leading in the polls.",
    "Was arrested on Monday."): German drops a repeated subject after "und", and machine translation
    then cuts the sentence there. Not a question (it ends with a full stop), not an inverted
    condition ("Had the talks failed, …", "Were it not for …": a subject follows the verb), not a
    name ("Will Smith …": "Will" is not on the list)."""
    words = text.split(None, 2)
    if len(words) < 3 or words[0] not in extra.subjectless_openers or not text.endswith("."):
        return None
    second = words[1].strip("\"'“”‘’,")
    if not second[:1].islower() or second in extra.subject_starts:
        return None
    rest = text[:-1].split()[1:]
    if words[0] in extra.modal_openers:  # "Will also meet the president there.", not "Will said ..."
        verb = rest[1] if rest[0] in extra.modal_adverbs and len(rest) > 1 else rest[0]
        if heads_paragraph or not _base_verb(verb):
            return None
    if words[0] in extra.modals:  # "Could be worse.", "Must have cost plenty.": colloquial, not cut off
        if rest[0] == "have" or (rest[0] == "be" and len(rest) - 1 < extra.min_after_modal_be):
            return None
    return words[0]


def _base_verb(word: str) -> bool:
    """Is ``word`` a verb in its base form ("be", "meet", "take"): one with a third-person "-s" form?"""
    if word in ("be", "have"):
        return True
    if not (word.isalpha() and word.islower()) or word.endswith(_VERB_LIKE_ENDINGS) or "VERB" not in pos_tags(word):
        return False
    return "VERB" in pos_tags(f"{word}s") or "VERB" in pos_tags(f"{word}es")
