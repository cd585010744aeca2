"""Clauses that cannot stand alone, for MT801 sentence-fragment: an infinitive of purpose or a perfect
participle clause with no main clause ("To strengthen the alliance.", "In order to reduce the deficit.",
"Having said that the talks would go on."), a sentence that opens with a word that never starts an
English statement ("Than in the previous year.", "Whereby the costs would rise."), and how short a
stranded relative clause may be when it has a subject of its own ("Which the minister rejected.").

German "Um ... zu ...", "Nachdem ...", "Als im Vorjahr", "Wobei ..." and "Woraufhin ..." end up as
sentences of their own when machine translation splits at the comma. The main-clause test reads the
words after the infinitive or participle up to the first subordinator ("that", "which", "because"):
if lemminflect's lexicon finds no possible verb there (the object is read as a noun phrase), no main
clause followed. Infinitives of comment ("To put it mildly.", "To say the least.", "To be fair."), a
gerund subject ("Having children changes everything.") and anything with a comma stay quiet.
"""
from __future__ import annotations

import re
from typing import Any

from mtcheck.lang.verbs import VERB_TAGS, has_possible_verb, pos_tags
from mtcheck.model import Paragraph, Sentence
from mtcheck.text.tokens import token_texts

_NOUN_PHRASE_START = "of"  # read what follows the verb as its object, a noun phrase
_PARTICIPLE_ENDINGS = ("ed", "en")
_NO_MATCH = re.compile("(?!)")
_ADVERB_ONLY = frozenset({"ADV"})


def _alternation(phrases: Any) -> str:
    """A regex group matching any of ``phrases`` literally, longest first."""
    return f"(?:{'|'.join(map(re.escape, sorted(phrases, key=len, reverse=True)))})"


class ClauseLists:
    """The ``[fragment]`` lists this module reads, compiled once per data table."""

    def __init__(self, table: dict[str, Any]) -> None:
        fragment = table.get("fragment", {})
        self.nonfinite: dict[str, str] = dict(fragment.get("nonfinite_openers", {}))
        self.never_initial = frozenset(fragment.get("never_initial", ()))
        openers = sorted([*self.nonfinite, *self.never_initial], key=len, reverse=True)
        # Case-sensitive: only the sentence-initial form ("To", "Having", "Than") counts.
        self.first_words = frozenset(opener.split()[0] for opener in openers)  # the cheap pre-test
        self.start = re.compile(rf"{_alternation(openers)}\b") if openers else _NO_MATCH
        infinitives = [opener for opener, kind in self.nonfinite.items() if kind == "infinitive"]
        comments = fragment.get("comment_infinitives", ())
        self.comment = re.compile(rf"{_alternation(infinitives)} {_alternation(comments)}\b", re.I) if (
            infinitives and comments) else _NO_MATCH
        self.pronouns = frozenset(table.get("grammar", {}).get("personal_pronouns", ()))
        self.min_words: dict[str, int] = dict(fragment.get("min_words_nonfinite", {}))
        self.boundaries = frozenset(fragment.get("clause_boundaries", ()))
        self.object_starts = frozenset(fragment.get("object_relative_starts", ()))
        self.min_object_relative = int(fragment.get("min_words_object_relative", 0))

    def min_stranded(self, words: list[str], relative: bool, default: int) -> int:
        """Fewest words a stranded clause needs: fewer for "which" with a subject ("Which the minister
        rejected.") than for "Which is fine."."""
        if relative and self.min_object_relative and len(words) > 1 and words[1] in self.object_starts:
            return self.min_object_relative
        return default


def clause_fragment(text: str, lists: ClauseLists, phrase_openers: frozenset[str],
                    function_words: frozenset[str], common_verbs: frozenset[str]) -> str | None:
    """What is wrong with ``text`` if it is a non-finite clause or a sentence's end standing alone."""
    found = lists.start.match(text)
    if not found or not text.endswith("."):
        return None
    opener = found.group()
    tokens = token_texts(text)
    n = len(opener.split())
    if opener in lists.never_initial:
        if len(tokens) <= n + 1:
            return None  # "Whereupon." alone is a stand-alone connective, judged as one
        return (f'"{opener}" does not start an English sentence: this is the end of the sentence before it; '
                "join them")
    kind = lists.nonfinite[opener]
    if any(mark in text for mark in ",;:") or len(tokens) < max(n + 3, lists.min_words.get(kind, 0) + 1):
        return None  # "To strengthen the alliance, the ministers ...", "To date.", "To catch up."
    if pos_tags(tokens[n]) == _ADVERB_ONLY and tokens[n].islower():
        n += 1  # "Having already won ...", "To quickly end the war."
    verb, rest = tokens[n], tokens[n + 1:]
    tags = pos_tags(verb)
    if not (verb.isalpha() and verb.islower() and tags & VERB_TAGS):
        return None  # "To this day.", "To no avail.", "Having a car ...", "To Berlin."
    if kind == "infinitive":
        if lists.comment.match(text) or rest[0] in lists.pronouns or not common_verbs.isdisjoint(rest):
            return None  # "To put it mildly.", "To stop them ...", "To claim that ... would be wrong."
    elif "NOUN" in tags and not verb.endswith(_PARTICIPLE_ENDINGS):
        return None  # a gerund with an object: "Having kids changes everything."
    if "AUX" in tags and rest and rest[0].isalpha() and pos_tags(rest[0]) & VERB_TAGS:
        rest = rest[1:]  # "Having been elected ...": the participle belongs to the verb
    clause = [_NOUN_PHRASE_START]
    infinitive = False
    for token in rest:
        if token.lower() in lists.boundaries:
            break  # "To ensure that the talks continue.": the main clause must come before "that"
        if not (infinitive and pos_tags(token) & VERB_TAGS):  # "failed to reach": never finite
            clause.append(token)
        infinitive = token == "to"
    if has_possible_verb(clause, phrase_openers, function_words):
        return None  # "To protect the children the school closed early."
    return (f'"{opener} {verb}" {kind} clause stands alone without a main clause; join it to the sentence '
            "it belongs to")


def listed(sent: Sentence, word: str, para: Paragraph, before: str, after_heading: bool) -> bool:
    """Is ``sent`` an item of a list without bullets ("Our aims:⏎To strengthen the alliance.⏎To protect
    ...")? It follows a colon or a heading, starts a line, or a sentence next to it opens with the same
    word ("Two aims. To support young artists. To promote new groups.")."""
    if after_heading or before.endswith(":") or before.startswith(f"{word} "):
        return True
    at = sent.span.start - para.span.start
    if at > 0 and para.text[at - 1] == "\n":
        return True
    following = para.sentences[para.sentences.index(sent) + 1:]  # only reached for a finding: rare
    return bool(following) and following[0].text.startswith(f"{word} ")
