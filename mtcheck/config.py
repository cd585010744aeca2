"""Configuration: ``[tool.mtcheck]`` in ``pyproject.toml`` or a ``mtcheck.toml``, found by walking up.

Every key is validated: an unknown key, rule, category or option fails with a message naming it, because
a misspelt ``ignore`` that silently does nothing is worse than an error.
"""
from __future__ import annotations

import dataclasses
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mtcheck.model import Severity

CONFIG_NAMES = ("mtcheck.toml", "pyproject.toml")
FAIL_ON = ("error", "warning", "info", "never")

# key in the file -> attribute of Config
_TOP_KEYS = {
    "select": "select", "ignore": "ignore", "source-lang": "source_lang", "target-lang": "target_lang",
    "fail-on": "fail_on", "glossary": "glossary", "include": "include", "exclude": "exclude",
    "rules": "rules", "per-file-ignores": "per_file_ignores", "translator": "translator",
    "weights": "weights", "references": "references",
}
_TRANSLATOR_KEYS = {"name", "url", "timeout", "retries", "concurrency", "rate-limit", "cache"}


class ConfigError(Exception):
    """The configuration is invalid (exit code 2). The message names the file and the culprit."""


@dataclass(frozen=True)
class RuleSetting:
    severity: Severity | None = None
    options: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Config:
    select: tuple[str, ...] = ("ALL",)
    ignore: tuple[str, ...] = ()
    source_lang: str | None = "de"
    target_lang: str | None = None  # None: langdetect decides per document
    fail_on: str = "error"
    glossary: str | None = None
    include: tuple[str, ...] = ("*.txt", "*.md")
    exclude: tuple[str, ...] = ()
    rules: dict[str, RuleSetting] = field(default_factory=dict)  # keyed by rule id
    per_file_ignores: dict[str, tuple[str, ...]] = field(default_factory=dict)
    translator: dict[str, Any] = field(default_factory=dict)
    weights: dict[str, float] = field(default_factory=dict)
    references: str = "references"
    path: str | None = None  # the file it came from
    root: str = "."  # globs in per-file-ignores and relative paths are relative to this

    def with_overrides(self, **changes: Any) -> "Config":
        """Command-line options win over the file; ``None`` means "not given"."""
        given = {k: v for k, v in changes.items() if v not in (None, ())}
        if "select" in given or "ignore" in given:
            _check_selectors(list(given.get("select", ())) + list(given.get("ignore", ())), "command line")
        return dataclasses.replace(self, **given)

    def resolve(self, value: str | None) -> str | None:
        """A path from the config file, made absolute against the file's folder."""
        if value is None:
            return None
        p = Path(value)
        return str(p if p.is_absolute() else Path(self.root) / p)


def find_config(start: Path) -> Path | None:
    """The nearest ``mtcheck.toml``, or ``pyproject.toml`` with a ``[tool.mtcheck]`` table, upwards."""
    here = start.resolve()
    if here.is_file() or not here.exists():
        here = here.parent
    for folder in (here, *here.parents):
        for name in CONFIG_NAMES:
            candidate = folder / name
            if candidate.is_file():
                if name == "pyproject.toml" and "mtcheck" not in _read(candidate).get("tool", {}):
                    continue
                return candidate
    return None


def load_config(explicit: Path | None = None, start: Path | None = None) -> Config:
    path = explicit or find_config(start or Path.cwd())
    if path is None:
        return Config()
    if explicit is not None and not explicit.is_file():
        raise ConfigError(f"{explicit}: config file not found")
    data = _read(path)
    table = data.get("tool", {}).get("mtcheck", {}) if path.name == "pyproject.toml" else data
    return parse_config(table, str(path), str(path.parent))


def _read(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror}") from None


def _str_list(value: Any, key: str, where: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: {key} must be a list of strings")
    return tuple(value)


def _check_selectors(keys: list[str], where: str) -> None:
    from mtcheck.rules import is_known_selector

    unknown = [k for k in keys if not is_known_selector(k)]
    if unknown:
        raise ConfigError(f"{where}: unknown rule or category {', '.join(map(repr, unknown))} "
                          "(see `mtcheck rules`)")


def parse_config(table: dict[str, Any], where: str = "config", root: str = ".") -> Config:
    from mtcheck.rules import find_rule
    from mtcheck.rules.base import make_options

    unknown = sorted(set(table) - set(_TOP_KEYS))
    if unknown:
        raise ConfigError(f"{where}: unknown key {', '.join(map(repr, unknown))} "
                          f"(known: {', '.join(sorted(_TOP_KEYS))})")
    values: dict[str, Any] = {"path": where, "root": root}
    for key in ("select", "ignore", "include", "exclude"):
        if key in table:
            values[key] = _str_list(table[key], key, where)
    _check_selectors([*values.get("select", ()), *values.get("ignore", ())], where)
    for key in ("source-lang", "target-lang", "glossary", "references"):
        if key in table:
            if not isinstance(table[key], str):
                raise ConfigError(f"{where}: {key} must be a string")
            values[_TOP_KEYS[key]] = table[key]
    if "fail-on" in table:
        if table["fail-on"] not in FAIL_ON:
            raise ConfigError(f"{where}: fail-on must be one of {', '.join(FAIL_ON)}")
        values["fail_on"] = table["fail-on"]

    rules: dict[str, RuleSetting] = {}
    for key, setting in (table.get("rules") or {}).items():
        rule = find_rule(key)
        if rule is None:
            raise ConfigError(f"{where}: [rules] names unknown rule {key!r} (see `mtcheck rules`)")
        if not isinstance(setting, dict):
            raise ConfigError(f"{where}: rules.{key} must be a table")
        setting = dict(setting)
        severity = None
        if "severity" in setting:
            try:
                severity = Severity.parse(str(setting.pop("severity")))
            except ValueError as exc:
                raise ConfigError(f"{where}: rules.{key}: {exc}") from None
        try:
            make_options(rule, setting)
        except ValueError as exc:
            raise ConfigError(f"{where}: {exc}") from None
        rules[rule.id] = RuleSetting(severity, setting)
    values["rules"] = rules

    pfi: dict[str, tuple[str, ...]] = {}
    for glob, keys in (table.get("per-file-ignores") or {}).items():
        pfi[glob] = _str_list(keys, f"per-file-ignores.{glob}", where)
        _check_selectors(list(pfi[glob]), where)
    values["per_file_ignores"] = pfi

    translator = table.get("translator") or {}
    bad = sorted(set(translator) - _TRANSLATOR_KEYS)
    if bad:
        raise ConfigError(f"{where}: unknown translator key {', '.join(map(repr, bad))} "
                          f"(known: {', '.join(sorted(_TRANSLATOR_KEYS))}; keys come from the environment only)")
    values["translator"] = dict(translator)
    weights = table.get("weights") or {}
    try:
        from mtcheck.quality import parse_weights

        parse_weights(weights)  # names unknown severities and non-numbers
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"{where}: {exc}") from None
    values["weights"] = dict(weights)
    return Config(**values)
