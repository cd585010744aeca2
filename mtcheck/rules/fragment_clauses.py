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

Also a finite temporal clause after a focusing word with no main clause (``focus_clause``: "Even before
the first votes had been counted.", "Only after the police had arrived.", German "Noch bevor ...", "Erst
nachdem ..."): one verb group and nothing after it that can be a verb, so a main clause without a comma
("Even before his death the influence had begun to ebb.") and an inversion ("Only after the police had
arrived did the crowd disperse.") stay quiet.
"""
from __future__ import annotations

import re
from typing import Any

from mtcheck.lang.verbs import VERB_TAGS, has_possible_verb, pos_tags
from mtcheck.model import Paragraph, Sentence
from mtcheck.text.lazy_regex import lazy_compile
from mtcheck.text.tokens import token_texts

_NOUN_PHRASE_START = "of"  # read what follows the verb as its object, a noun phrase
_PARTICIPLE_ENDINGS = ("ed", "en")
_NO_MATCH = lazy_compile("(?!)")
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
        # lead ("even") -> its subordinators as word tuples, longest first ("as soon as" before "as")
        self.focus_leads: dict[str, list[tuple[str, ...]]] = {
            lead: sorted((tuple(sub.split()) for sub in subs), key=len, reverse=True)
            for lead, subs in fragment.get("focus_clause_leads", {}).items()}
        self.max_focus_clause = int(fragment.get("max_words_focus_clause", 0))
        self.focus_seconds = {lead: frozenset(sub[0] for sub in subs) for lead, subs in self.focus_leads.items()}

    def min_stranded(self, words: list[str], relative: bool, default: int) -> int:
        """Fewest words a stranded clause needs: fewer for "which" with a subject ("Which the minister
        rejected.") than for "Which is fine."."""
        if relative and self.min_object_relative and len(words) > 1 and words[1] in self.object_starts:
            return self.min_object_relative
        return default


_VERB_ENDINGS = ("s", "ed")
_INDEFINITES = frozenset({"nobody", "somebody", "everybody", "anybody", "one", "none"})
# The verb of a main clause whose subject is an indirect question ("... is still open", "... remains unclear").
_PREDICATES = frozenset({"is", "was", "are", "were", "remains", "remained", "depends", "depended", "matters",
                         "mattered", "seems", "seemed", "will", "would"})


def indirect_question(words: list[str], lists: ClauseLists) -> bool:
    """Does a sentence that opens with "which" or "whose" (lower-case ``words``) open with an indirect
    question that is the subject of its main clause ("Which party will win is still open.", "Whose fault
    it was remains unclear.", "Whose woods these are I think I know."), not with a relative clause cut
    off its sentence ("Which means ...", "Which the minister rejected.", "Whose party had called ...")?
    "which" before a noun is a determiner; after "whose" and its noun, a subject of its own follows."""
    if len(words) < 3:
        return False
    if words[0] == "which":  # a noun, then the main clause's copula ("which party will win ... is ...")
        second = words[1]
        return (second not in lists.pronouns and second not in _SUBJECT_PRONOUNS and second not in _INDEFINITES
                and "NOUN" in pos_tags(second) and not second.endswith(_VERB_ENDINGS)
                and not _PREDICATES.isdisjoint(words[3:]))
    if words[0] == "whose":
        third = words[2]
        return third in lists.object_starts or third in lists.pronouns or third in _SUBJECT_PRONOUNS
    return False


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


def second_phrase(subject: list[str], lists: ClauseLists, phrase_openers: frozenset[str]) -> bool:
    """Do ``subject`` (lower-case words) hold a second noun phrase that nothing links to the first ("nine
    I", "noon the minister", "in the summer the city ...")? Then a clause starts there: after "before" or
    "after" read as a preposition, or after a fronted phrase whose comma was left out."""
    for i in range(1, len(subject)):
        word, before = subject[i], subject[i - 1]
        if (word in lists.pronouns or word in _SUBJECT_PRONOUNS or word in lists.object_starts) and not (
                before in phrase_openers or before in _LINKS):
            return True
    return False


_MARKS = lazy_compile(r"[,;:()\"“”]")
_SUBJECT_PRONOUNS = frozenset({"i", "he", "she", "we", "they", "you", "it"})
_LINKS = frozenset({"and", "or", "to"})  # "to" before a determiner is a preposition ("to the big cities")
# Finite forms after which a participle or infinitive belongs to the same verb group ("had been counted").
_AUXILIARIES = frozenset("has have had is are was were be been being will would can could shall should may might "
                         "must do does did".split())
_NEGATIONS = frozenset({"not", "never", "n't"})


def focus_clause(text: str, lists: ClauseLists, phrase_openers: frozenset[str],
                 function_words: frozenset[str]) -> str | None:
    """What is wrong with ``text`` if it is a temporal clause after a focusing word with no main clause
    ("Even before the first votes had been counted.", "Only after the police had arrived.", "Long before
    the crisis began."): no comma, one verb group, and nothing after it that can be a verb (not "Even
    before his death the influence had begun to ebb.", not the inversion "Only after the police had
    arrived did the crowd disperse.")."""
    parts = text.split(None, 2)
    lead = parts[0].lower()
    if len(parts) < 3 or parts[1] not in lists.focus_seconds.get(lead, ()) or _MARKS.search(text):
        return None  # the cheap exit: "Even the mayor ...", "Only after the vote, ..."
    tokens = token_texts(text[:-1])
    if not all(t[:1].isalnum() or t in "'’-" for t in tokens):
        return None
    words = [t.lower() for t in tokens]
    sub = next((s for s in lists.focus_leads.get(lead, ()) if tuple(words[1:1 + len(s)]) == s), None)
    if sub is None or not len(sub) + 3 <= len(words) <= lists.max_focus_clause:
        return None
    rest = tokens[1 + len(sub):]
    start = [_NOUN_PHRASE_START]
    verb = next((k for k in range(len(rest)) if has_possible_verb([*start, *rest[:k + 1]], phrase_openers,
                                                                      function_words)), None)
    if verb is None:
        return None  # no verb at all: judged as a verbless phrase, if at all
    if second_phrase(words[1 + len(sub):1 + len(sub) + verb], lists, phrase_openers):
        return None  # "Shortly before nine I drove ...": the subordinator was a preposition, a clause follows
    previous, end = words[1 + len(sub) + verb], verb + 1
    while end < len(rest):  # the verb group: "had already been counted", "was not"
        word = rest[end].lower()
        tags = pos_tags(word)
        if word in _NEGATIONS or tags == _ADVERB_ONLY or (previous in _AUXILIARIES and tags & VERB_TAGS):
            previous, end = word, end + 1
            continue
        break
    tail = []
    for token in rest[end:]:
        if token.lower() in lists.boundaries:
            break  # "... had said that the talks failed": the main clause must come before "that"
        tail.append(token)
    if not _AUXILIARIES.isdisjoint(word.lower() for word in tail) or has_possible_verb(
            [*start, *tail], phrase_openers, function_words):
        return None  # a main clause without a comma, or an inversion ("did the crowd disperse", "will the money")
    opener = " ".join(tokens[:1 + len(sub)])
    return f'"{opener}" clause stands alone without a main clause; join it to the sentence it belongs to'
