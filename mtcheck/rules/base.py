"""The rule contract.

A rule is a small class: class attributes say what it is (``id``, ``name``, ``category``,
``severity``), a nested frozen dataclass ``Options`` types its settings, its docstring is its
documentation (sections ``What it does``, ``Why it matters``, ``Example``, ``Use instead``,
``Fix safety``) and ``check`` yields :class:`~mtcheck.model.Hit` objects. Rules never print, never
stamp severity and never decide suppression: the engine does that.
"""
from __future__ import annotations

import dataclasses
import inspect
from dataclasses import dataclass, field
from typing import Any, ClassVar, Iterator

from mtcheck.model import Category, Document, Hit, Severity
from mtcheck.packs import Pack

DOC_SECTIONS = ("What it does", "Why it matters", "Example", "Use instead", "Fix safety")


@dataclass
class Context:
    """What a rule may consult besides the document: its options and the language-pair pack."""

    options: Any
    pack: Pack
    glossary: tuple[Any, ...] = ()
    cache: dict[str, Any] = field(default_factory=dict)  # per-document scratch shared by rules


class Rule:
    id: ClassVar[str]
    name: ClassVar[str]
    category: ClassVar[Category]
    severity: ClassVar[Severity]
    #: languages of the *target* text this rule understands; ``None`` means any language.
    target_languages: ClassVar[frozenset[str] | None] = frozenset({"en"})

    @dataclass(frozen=True)
    class Options:
        pass

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:  # pragma: no cover - abstract
        raise NotImplementedError

    # --- documentation -------------------------------------------------------------------------
    @classmethod
    def summary(cls) -> str:
        return inspect.getdoc(cls).split("\n", 1)[0] if cls.__doc__ else ""

    @classmethod
    def documentation(cls) -> str:
        return inspect.getdoc(cls) or ""

    @classmethod
    def option_fields(cls) -> dict[str, dataclasses.Field]:
        return {f.name: f for f in dataclasses.fields(cls.Options)}


def make_options(rule: type[Rule], values: dict[str, Any]) -> Any:
    """Build ``rule.Options`` from config values, checking names and types; ValueError names the culprit."""
    fields = rule.option_fields()
    unknown = sorted(set(values) - set(fields))
    if unknown:
        known = ", ".join(sorted(fields)) or "none"
        raise ValueError(f"rule {rule.id} ({rule.name}) has no option {', '.join(unknown)} (options: {known})")
    converted = {}
    defaults = rule.Options()
    for key, value in values.items():
        default = getattr(defaults, key)
        if isinstance(default, bool):
            ok = isinstance(value, bool)
        elif isinstance(default, (int, float)):
            ok = isinstance(value, (int, float)) and not isinstance(value, bool)
        elif isinstance(default, (tuple, list, frozenset)):
            ok = isinstance(value, list)
            value = type(default)(value) if ok else value
        else:
            ok = isinstance(value, type(default))
        if not ok:
            raise ValueError(f"rule {rule.id} option {key} must be {type(default).__name__}, got {value!r}")
        converted[key] = value
    return dataclasses.replace(defaults, **converted)
