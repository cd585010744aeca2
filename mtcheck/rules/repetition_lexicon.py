"""The repetition lexicon shared by MT101 duplicated-word and MT102 duplicated-phrase.

The language knowledge (legitimate doublings, function words, prepositions of place) lives in
``data/common/repetition.<target>.toml``; this module loads it once per data directory and language.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from mtcheck.packs import DATA_DIR, Pack
from mtcheck.rules.base import Context


@dataclass(frozen=True)
class RepetitionLexicon:
    allowed_pairs: frozenset[str]
    back_to_back_pairs: frozenset[str]  # legitimate only without a comma ("had had")
    across_comma_pairs: frozenset[str]  # legitimate only with a comma ("a long, long way")
    restatement_followers: frozenset[str]
    never_clause_final: frozenset[str]
    never_clause_initial: frozenset[str]
    auxiliaries: frozenset[str]
    ellipsis_subjects: frozenset[str]
    function_words: frozenset[str]
    gap_words: frozenset[str]
    determiners: frozenset[str]
    coordinators: frozenset[str]
    locative_prepositions: frozenset[str]
    range_openers: frozenset[str]


@functools.lru_cache(maxsize=16)
def _load_lexicon(data_dir: Path, target: str) -> RepetitionLexicon:
    table = Pack(None, target, data_dir).common("repetition")
    word, phrase = table.get("word", {}), table.get("phrase", {})

    def words(section: dict, key: str) -> frozenset[str]:
        return frozenset(w.lower() for w in section.get(key, ()))

    return RepetitionLexicon(
        words(word, "allow"), words(word, "allow_back_to_back"), words(word, "allow_across_comma"),
        words(word, "restatement_followers"), words(word, "never_clause_final"),
        words(word, "never_clause_initial"), words(word, "auxiliaries"), words(word, "ellipsis_subjects"),
        words(phrase, "function_words"),
        words(phrase, "gap_words"), words(phrase, "determiners"), words(phrase, "coordinators"),
        words(phrase, "locative_prepositions"), words(phrase, "range_openers"))


def lexicon(ctx: Context) -> RepetitionLexicon:
    """The repetition lexicon of the target language (empty sets when the language has no file)."""
    return _load_lexicon(getattr(ctx.pack, "data_dir", DATA_DIR), ctx.pack.target)
