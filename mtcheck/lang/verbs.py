"""Could this English sentence contain a verb? An offline answer from lemminflect's lexicon.

lemminflect knows, for each English word form it has seen, which universal POS tags it can carry
("talks" → NOUN and VERB). It is a lexicon, not a tagger, so the answer here is deliberately
conservative: a word that *can* be a verb counts as one, unless its position inside a noun phrase
("the talks", "despite all the conversations") rules that out. A sentence judged verbless is therefore
verbless with high confidence; one with a rare verb reading ("the plans fail") is left alone.

Start-up cost: importing lemminflect (numpy) and parsing its 70,000-line lemma table takes ≈ 0.6 s, more
than linting an article. Only the word → POS-tag part of that table is needed, so it is derived once and
kept as a pickle in the user cache directory (``cached_derivation``, keyed by the source files' size and
modification time); later runs load it in ≈ 10 ms and never import lemminflect.
"""
from __future__ import annotations

import functools
import importlib.util
from collections.abc import Sequence
from pathlib import Path

from mtcheck.lang.derived import cached_derivation

VERB_TAGS = frozenset({"VERB", "AUX"})
NOMINAL_TAGS = frozenset({"NOUN", "PROPN", "NUM", "PRON"})
MODIFIER_TAGS = frozenset({"ADJ", "NUM"})
_NOUN_ONLY = frozenset({"NOUN"})

# Clitics that always carry a verb ("they're", "we've", "I'd", "she'll", "I'm", "don't").
_VERB_CLITICS = ("'re", "'ve", "'d", "'ll", "'m", "n't")
# "'s" is a verb ("it's") only after these; after a noun it is a possessive ("Germany's").
_PRONOUNS_BEFORE_IS = frozenset("it he she that there here what who where how let".split())
_VERB_ENDINGS = ("s", "ed", "ing")


_EMPTY: frozenset[str] = frozenset()


def lemminflect_files() -> list[Path]:
    """lemminflect's module and lemma tables: what ``pos_tags`` answers from (empty if not installed)."""
    spec = importlib.util.find_spec("lemminflect")  # locates the package without importing it
    if spec is None or spec.origin is None:
        return []
    resources = Path(spec.origin).parent / "resources"
    return [Path(spec.origin), resources / "lemma_lu.csv.gz", resources / "lemma_overrides.csv"]


def _build_tag_table() -> dict[str, frozenset[str]]:
    """Every word form lemminflect's lemmatizer knows → the POS tags it allows (its lemma table plus
    overrides, which is what ``getAllLemmas`` reads; tag sets are shared objects, so the pickle is small)."""
    from lemminflect import Lemmatizer

    lemmatizer = Lemmatizer()
    lemmas, overrides = lemmatizer._getLemmaDict(), lemmatizer._getOverridesDict()
    shared: dict[frozenset[str], frozenset[str]] = {}
    table = {}
    for word in lemmas.keys() | overrides.keys():
        tags = frozenset(lemmas.get(word, {}).keys() | overrides.get(word, {}).keys())
        table[word] = shared.setdefault(tags, tags)
    return table


@functools.lru_cache(maxsize=1)
def _tag_table() -> dict[str, frozenset[str]] | None:
    """The word → tags table, from the cache when it is there; None if lemminflect's internals changed."""
    files = lemminflect_files()
    if not files:
        return None
    try:
        return cached_derivation("lemminflect-tags", files, _build_tag_table)
    except AttributeError:  # lemminflect no longer has the private tables: ask getAllLemmas word by word
        return None


@functools.lru_cache(maxsize=1 << 16)
def pos_tags(word: str) -> frozenset[str]:
    """The POS tags lemminflect allows for ``word`` (any case: its lexicon is lower-case); empty if unknown."""
    table = _tag_table()
    if table is not None:
        return table.get(word.lower(), _EMPTY)
    from lemminflect import getAllLemmas

    return frozenset(getAllLemmas(word.lower()))


@functools.lru_cache(maxsize=1 << 16)
def can_be_verb(word: str) -> bool:
    """Can ``word`` be a verb or auxiliary form ("said", "talks", "it's", "cannot")?"""
    w = word.replace("’", "'").lower()
    if "'" in w:
        if w.endswith(_VERB_CLITICS):
            return True
        stem, _, clitic = w.rpartition("'")
        return clitic == "s" and stem in _PRONOUNS_BEFORE_IS
    if w == "cannot":
        return True
    if "-" in w:
        w = w.rpartition("-")[2]  # "re-elected", "years-old": the last part decides
    tags = pos_tags(w)
    if tags:
        return bool(tags & VERB_TAGS)
    # lemminflect lacks some verbs ("outpaces"): an unknown word with a verb ending may be one.
    return len(w) > 4 and w.isalpha() and w.endswith(_VERB_ENDINGS)


def has_possible_verb(tokens: Sequence[str], phrase_openers: frozenset[str],
                      function_words: frozenset[str] = frozenset()) -> bool:
    """Could any token of a sentence act as a verb?

    ``tokens`` are the sentence's token texts in order, punctuation included; ``phrase_openers`` are
    lower-cased determiners, possessives and prepositions, after which a noun phrase starts. Inside a noun
    phrase, numbers and adjectives are modifiers (an adjective that can also be a noun only before a word
    that is only a noun: "high energy"), and the first word that can be a noun (or a name) is its head and
    closes the phrase; so "the talks" holds no verb but "the prices rise"
    and "the net lists" do. A noun right after a singular head that ends the clause ("the high energy
    prices.", "the second round in ...") is read as a compound; after a plural head it may be the verb
    ("the plans fail."). Punctuation closes a phrase too. A
    capitalised word is a name unless it starts the sentence or follows a colon or dash ("Storage: Store
    it dry"). ``function_words`` (conjunctions, subordinators: "whereas", "unless") are never verbs.
    """
    in_phrase = False
    capital_may_be_verb = True
    compound_at = -1  # index of a noun read as the second half of a compound
    for i, token in enumerate(tokens):
        first = token[:1]
        if not (first.isalnum() or first == "#"):
            in_phrase = False
            capital_may_be_verb = token in (":", "–", "—", "-", "(", "“", "\"", "‘", "'")
            continue
        may_be_verb = capital_may_be_verb or not first.isupper()
        capital_may_be_verb = False
        lower = token.lower()
        if lower in phrase_openers:
            in_phrase = True
            continue
        if lower in function_words:
            in_phrase = False
            continue
        if first.isdigit():
            continue  # a number modifies what follows ("100 soldiers"), it never closes a phrase
        if not may_be_verb:
            in_phrase = False  # a name: the head of the phrase ("the US", "in Geneva")
            continue
        if in_phrase:
            tags = pos_tags(lower)
            # a modifier: an adjective, or an adjective-or-noun before a word that is only a noun ("high energy")
            in_phrase = bool(tags & MODIFIER_TAGS) and (not tags & NOMINAL_TAGS or _only_noun(tokens, i + 1))
            if not tags or tags & (MODIFIER_TAGS | NOMINAL_TAGS):
                if not in_phrase and not lower.endswith("s") and _ends_compound(tokens, i + 1, phrase_openers):
                    compound_at = i + 1
                continue  # a modifier ("new") keeps the phrase open; a noun, or a word lemminflect lacks
                # ("the organisers"), is its head
        if i == compound_at:
            continue
        if can_be_verb(token):
            return True
    return False


def _only_noun(tokens: Sequence[str], i: int) -> bool:
    return i < len(tokens) and tokens[i][:1].islower() and pos_tags(tokens[i]) == _NOUN_ONLY


def _ends_compound(tokens: Sequence[str], i: int, phrase_openers: frozenset[str]) -> bool:
    """Is ``tokens[i]`` a noun that closes its clause, so the second half of a compound ("energy prices.")?"""
    tags = pos_tags(tokens[i]) if i < len(tokens) and tokens[i][:1].islower() else frozenset()
    if "NOUN" not in tags:
        return False
    after = tokens[i + 1] if i + 1 < len(tokens) else "."
    if not after[:1].isalnum():
        return True
    # "the energy prices in ...": but "the warranty lasts for ..." is a verb, so only a noun that cannot
    # be a verb continues a compound before a preposition
    return after.lower() in phrase_openers and not tags & VERB_TAGS
