"""Rendering rule documentation for ``mtcheck rules`` (plain text, readable in a terminal and a pipe)."""
from __future__ import annotations

import dataclasses

from mtcheck.rules.base import Rule


def render_rule_table(rules: tuple[type[Rule], ...], pairs: list[str]) -> str:
    width = max((len(r.name) for r in rules), default=10)
    lines = [f"{'id':6} {'name':{width}} {'category':18} {'severity':8} summary"]
    for r in rules:
        lines.append(f"{r.id:6} {r.name:{width}} {str(r.category):18} {str(r.severity):8} {r.summary()}")
    lines.append("")
    lines.append(f"language-pair packs: {', '.join(pairs) if pairs else 'none'}")
    lines.append("`mtcheck rules ID` prints a rule's documentation.")
    return "\n".join(lines) + "\n"


def render_rule_doc(rule: type[Rule]) -> str:
    langs = "any" if rule.target_languages is None else ", ".join(sorted(rule.target_languages))
    head = [f"{rule.id} {rule.name}", f"category: {rule.category}   default severity: {rule.severity}   "
            f"target languages: {langs}", ""]
    options = [f"  {f.name} = {getattr(rule.Options(), f.name)!r}" for f in dataclasses.fields(rule.Options)]
    tail = ["", "## Options", *(options or ["  (none)"]),
            "", f"Configure in [tool.mtcheck.rules.{rule.id}] (severity = \"warning\", options by name)."]
    return "\n".join(head) + rule.documentation() + "\n" + "\n".join(tail) + "\n"
