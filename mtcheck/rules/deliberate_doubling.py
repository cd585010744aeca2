"""When "X, X" is said on purpose: the heuristics MT101 duplicated-word uses for a word repeated
across a comma (an interjection, a clause ending on the word and the next starting with it, a
restatement, a list). English part-of-speech tags come from lemminflect, loaded on first use.
"""
from __future__ import annotations

import functools
from typing import Callable

from mtcheck.model import Token
from mtcheck.rules.repetition_lexicon import RepetitionLexicon


PosTags = Callable[[str], frozenset[str]]
_VERB_TAGS = frozenset({"VERB", "AUX"})


@functools.cache
def english_pos_tags() -> PosTags:
    """lemminflect's POS lexicon (imported on first use: it is only needed for comma doublings)."""
    from mtcheck.lang.verbs import pos_tags

    return pos_tags


def _verb_before(tokens: tuple[Token, ...], i: int, lex: RepetitionLexicon, pos: PosTags | None) -> bool:
    """Can the word before ``tokens[i]`` be a verb (not a name, not a noun after a determiner)?"""
    if pos is None or i == 0:
        return False
    prev = tokens[i - 1]
    if prev.kind != "word" or not prev.text[:1].islower():
        return False
    if i >= 2 and tokens[i - 2].lower in lex.determiners:
        return False  # "the talks in, in Geneva": a noun
    return bool(pos(prev.lower) & _VERB_TAGS)


def _verb_after(tokens: tuple[Token, ...], j: int, pos: PosTags | None) -> bool:
    """Does a verb follow ``tokens[j]`` within two words, so that the word starts a clause ("it, it is")?"""
    if pos is None:
        return True  # no POS lexicon for this language: give the repetition the benefit of the doubt
    for t in tokens[j + 1:j + 3]:
        if t.kind != "word":
            return False
        if "'" in t.text or "’" in t.text or pos(t.lower) & _VERB_TAGS:  # "it, it's"
            return True
    return False


def deliberate_across_comma(tokens: tuple[Token, ...], i: int, j: int, lex: RepetitionLexicon,
                             pos: PosTags | None) -> bool:
    """Is "X, X" (copies at ``i`` and ``j``) said on purpose: an interjection, a clause ending on the word
    and the next starting with it, a restatement or a list naming the word again?"""
    word = tokens[j].lower
    prev = tokens[i - 1].lower if i > 0 and tokens[i - 1].kind == "word" else ""
    nxt = tokens[j + 1] if j + 1 < len(tokens) else None
    if all(t.kind == "punct" for t in tokens[:i]):
        return True  # an interjection opening the sentence: "Now, now, calm down."
    if word in lex.never_clause_final or word in lex.never_clause_initial:
        return False  # "its, its own": nothing ends a clause on "its"; "ask me, me": nothing starts one on "me"
    if word in lex.auxiliaries:
        # an ellipsis ("those who can, can"; "what it is, is") or "the problem is, is that"
        return prev in lex.ellipsis_subjects or nxt is None or nxt.lower == "that" or nxt.text in ".!?;"
    if word in lex.function_words:
        return _verb_after(tokens, j, pos)  # "against it, it is" (but "make it, it more expensive")
    if nxt is not None and nxt.lower in lex.restatement_followers and _restates(tokens, i, lex, pos):
        return True  # "it is fear, fear of retribution"
    if tokens[j].text[:1].isupper() and _list_of_names(tokens, j):
        return True  # a list naming a longer name next: "Christmas, Christmas Eve and New Year"
    # a list that names the word once more: "fear, fear of revenge, fear of leaving"
    return any(t.kind == "word" and t.lower == word for t in tokens[j + 1:])


def _list_of_names(tokens: tuple[Token, ...], j: int) -> bool:
    """Does the capitalised copy at ``j`` open a longer name that is followed by more list items
    ("Christmas, Christmas Eve and New Year"), not the rest of a sentence ("Christian, Christian Drosten
    said")?"""
    k = j + 1
    while k < len(tokens) and tokens[k].kind == "word" and tokens[k].text[:1].isupper():
        k += 1
    return k > j + 1 and k < len(tokens) and tokens[k].text in (",", "and", "or", "&")


def _restates(tokens: tuple[Token, ...], i: int, lex: RepetitionLexicon, pos: PosTags | None) -> bool:
    """Does the copy after the comma restate the noun at ``i`` ("fear, fear of retribution")? Not if the
    word cannot be a noun ("was closed, closed for") or a verb takes the first copy as its object
    ("ending months, months of debate")."""
    if pos is None:
        return True  # no POS lexicon for this language: trust the follower
    tags = pos(tokens[i].lower)
    if tags and not tags & {"NOUN", "PROPN"} and not tokens[i].text[:1].isupper():
        return False
    if i > 0 and tokens[i - 1].lower in lex.determiners:
        return False  # a restatement repeats the determiner too: "the story, the story of", not "the story, story of"
    if _verb_before(tokens, i, lex, pos) and tokens[i - 1].lower not in lex.auxiliaries:
        return False
    # The first copy ends a clause or a list item: a verb or a comma comes before it. A sentence's
    # subject ("The return, return of these objects is overdue") restates nothing.
    return any(t.text in ",;:" or (t.kind == "word" and t.text[:1].islower() and pos(t.lower) & _VERB_TAGS)
               for t in tokens[:i])
