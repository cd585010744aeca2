"""The explicit rule registry: every rule mtcheck knows, in id order.

Each module in ``mtcheck/rules/`` exports ``RULES``, a tuple of rule classes. A new rule is added here
by hand, on purpose: nothing is discovered by import side effects.
"""
from __future__ import annotations

from mtcheck.model import Category
from mtcheck.rules import (
    boilerplate,
    doubled_space,
    entities,
    foreign_quotes,
    lexicon,
    locale,
    punctuation_spacing,
    quote_spacing,
    repetition,
    scoring,
    structure,
    transliteration,
    unbalanced_quotes,
    untranslated,
)
from mtcheck.rules.base import Context, Rule

ALL_RULES: tuple[type[Rule], ...] = tuple(sorted(
    (*repetition.RULES, *boilerplate.RULES, *quote_spacing.RULES, *unbalanced_quotes.RULES, *foreign_quotes.RULES,
     *punctuation_spacing.RULES, *doubled_space.RULES, *entities.RULES, *transliteration.RULES,
     *untranslated.RULES, *lexicon.RULES, *locale.RULES, *structure.RULES, *scoring.RULES),
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
