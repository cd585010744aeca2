"""The explicit rule registry: every rule mtcheck knows, in id order.

Each module in ``mtcheck/rules/`` exports ``RULES``, a tuple of rule classes. A new rule is added here
by hand, on purpose: nothing is discovered by import side effects.
"""
from __future__ import annotations

from mtcheck.model import Category
from mtcheck.rules import (
    boilerplate_line,
    broken_line,
    currency_format,
    date_format,
    doubled_space,
    drop_cap_residue,
    duplicated_phrase,
    duplicated_word,
    entity_inconsistency,
    foreign_quotes,
    glossary_term,
    lexicon,
    number_format,
    punctuation_spacing,
    quote_spacing,
    repeated_sentence,
    run_in_dateline,
    scoring,
    sentence_fragment,
    stray_punctuation_line,
    transliteration,
    unbalanced_quotes,
    untranslated_abbreviation,
    untranslated_sentence,
    untranslated_word,
)
from mtcheck.rules.base import Context, Rule

ALL_RULES: tuple[type[Rule], ...] = tuple(sorted(
    (
        *duplicated_word.RULES, *duplicated_phrase.RULES, *repeated_sentence.RULES,  # MT1xx repetition
        *boilerplate_line.RULES, *broken_line.RULES, *stray_punctuation_line.RULES,  # MT2xx scrape residue
        *quote_spacing.RULES, *unbalanced_quotes.RULES, *foreign_quotes.RULES,  # MT3xx typography
        *punctuation_spacing.RULES, *doubled_space.RULES,
        *entity_inconsistency.RULES, *glossary_term.RULES, *transliteration.RULES,  # MT4xx names and terms
        *untranslated_sentence.RULES, *untranslated_word.RULES, *untranslated_abbreviation.RULES,  # MT5xx
        *lexicon.RULES,  # MT6xx false friends and calques
        *number_format.RULES, *date_format.RULES, *currency_format.RULES,  # MT7xx locale formats
        *sentence_fragment.RULES, *run_in_dateline.RULES, *drop_cap_residue.RULES,  # MT8xx structure
        *scoring.RULES,  # MT9xx back-translation scores
    ),
    key=lambda r: r.id,
))
CATEGORIES = tuple(str(c) for c in Category)


def find_rule(key: str) -> type[Rule] | None:
    """A rule by id (``MT101``, case-insensitive) or name (``duplicated-word``)."""
    key = key.strip()
    for rule in ALL_RULES:
        if key.upper() == rule.id or key.lower() == rule.name:
            return rule
    return None


def matches(rule: type[Rule], key: str) -> bool:
    """Does a select/ignore entry (id, id prefix like ``MT1``, name or category) name this rule?"""
    k = key.strip()
    return (k.upper() == rule.id or k.lower() == rule.name or k.lower() == str(rule.category)
            or (len(k) >= 3 and k.upper().startswith("MT") and rule.id.startswith(k.upper())))


def is_known_selector(key: str) -> bool:
    return key.lower() in CATEGORIES or key.upper() == "ALL" or any(matches(r, key) for r in ALL_RULES)


__all__ = ["ALL_RULES", "CATEGORIES", "Context", "Rule", "find_rule", "is_known_selector", "matches"]
