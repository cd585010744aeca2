"""The rule contract, for every registered rule: identity, category, documentation, options.

One parametrised test over the explicit registry instead of a copy in each family's test file, so a
new rule is checked the moment it is registered.
"""
from __future__ import annotations

import dataclasses
import inspect
import re

import pytest

from mtcheck.model import Category, Severity
from mtcheck.rules import ALL_RULES
from mtcheck.rules.base import DOC_SECTIONS, Rule


def test_ids_and_names_are_unique():
    assert len({r.id for r in ALL_RULES}) == len({r.name for r in ALL_RULES}) == len(ALL_RULES)


@pytest.mark.parametrize("rule", ALL_RULES, ids=[r.id for r in ALL_RULES])
def test_rule_contract(rule):
    assert issubclass(rule, Rule)
    assert re.fullmatch(r"MT\d{3}", rule.id) and re.fullmatch(r"[a-z]+(-[a-z]+)*", rule.name)  # kebab-case
    assert isinstance(rule.category, Category) and isinstance(rule.severity, Severity)
    assert rule.target_languages is None or (rule.target_languages and all(
        re.fullmatch(r"[a-z]{2}", lang) for lang in rule.target_languages))
    doc = inspect.getdoc(rule)
    assert re.findall(r"^## (.+)$", doc, flags=re.M) == list(DOC_SECTIONS), "ruff-style sections, in order"
    assert re.search(r"## Example\n {4}\S", doc) and re.search(r"## Use instead\n {4}\S", doc)
    assert rule.summary() and not rule.summary().startswith("#")
    assert dataclasses.is_dataclass(rule.Options)
    rule.Options()  # every option has a default
    assert inspect.isgeneratorfunction(rule.check), "check yields hits"
