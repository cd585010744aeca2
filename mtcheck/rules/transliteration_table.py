"""A pair's ``transliteration.toml`` compiled for MT403: known German romanisations and given names,
the allow-list, the features that mark a German romanisation and the rewrites to the English form.
"""
from __future__ import annotations

import functools
import itertools
import re
from pathlib import Path
from typing import Any, NamedTuple

from mtcheck.lang.wordstats import zipf
from mtcheck.packs import Pack


class Table(NamedTuple):
    """transliteration.toml, compiled once per pack."""

    romanisation: str  # whose romanisation the table describes ("German"), for messages
    known: dict[str, dict[str, Any]]  # German form → {"en": ..., "unless_next": [...], "unless_previous": [...]}
    given_names: dict[str, str]  # German form → English form
    allow: frozenset[str]
    german_origin: tuple[re.Pattern[str], ...]
    strong: tuple[tuple[str, re.Pattern[str]], ...]
    any_strong: re.Pattern[str]  # all strong features in one pattern: a quick first test
    any_weak: re.Pattern[str]  # all weak features in one pattern: the quick first test for the others
    weak: tuple[tuple[str, re.Pattern[str]], ...]
    german_letters: frozenset[str]  # weak features English romanisation never has (w, j): needed when no strong one
    german_too: frozenset[str]  # strong features German names share (-ow: Pankow): alone, a given name must back them
    evidence: tuple[re.Pattern[str], ...]
    rewrites: tuple[tuple[re.Pattern[str], str, bool], ...]  # (pattern, replacement, optional)


def table_of(pack: Pack) -> Table:
    return _compile(pack.data_dir, pack.source, pack.target)


@functools.lru_cache(maxsize=16)
def _compile(data_dir: Path, source: str | None, target: str) -> Table:
    """Compile a pair's transliteration.toml (cached: a run builds new Pack objects per file)."""
    data = Pack(source, target, data_dir).table("transliteration")
    known = {k: (v if isinstance(v, dict) else {"en": v}) for k, v in data.get("known", {}).items()}
    features = data.get("features", [])

    def compiled(strength: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
        return tuple((f["name"], re.compile(f["pattern"], re.I)) for f in features if f["strength"] == strength)

    return Table(
        romanisation=data.get("romanisation", source or ""),
        known=known,
        given_names=dict(data.get("given_names", {})),
        allow=frozenset(data.get("allow", {}).get("names", ())),
        german_origin=tuple(re.compile(p) for p in data.get("patterns", {}).get("german_origin", ())),
        strong=compiled("strong"),
        any_strong=re.compile("|".join(f"(?:{f['pattern']})" for f in features if f["strength"] == "strong") or "(?!)",
                              re.I),
        any_weak=re.compile("|".join(f"(?:{f['pattern']})" for f in features if f["strength"] == "weak") or "(?!)",
                            re.I),
        weak=compiled("weak"),
        german_letters=frozenset(data.get("feature_roles", {}).get("german_letters", ())),
        german_too=frozenset(data.get("feature_roles", {}).get("german_too", ())),
        evidence=tuple(re.compile(p) for p in data.get("evidence", {}).get("patterns", ())),
        rewrites=tuple((re.compile(r["pattern"]), r["replace"], bool(r.get("optional")))
                       for r in data.get("rewrite", ())),
    )


def english_forms(word: str, table: Table) -> list[str]:
    """Candidate English romanisations of ``word``: the one English uses most (wordfreq) first,
    then the form with only the obligatory rewrites."""
    lowered = word.lower()
    optional = [i for i, r in enumerate(table.rewrites) if r[2]][:5]  # 32 forms at most: only when reporting
    forms: dict[str, int] = {}
    for chosen in itertools.product((False, True), repeat=len(optional)):
        on = {i for i, flag in zip(optional, chosen) if flag}
        form = lowered
        for i, (pattern, replacement, is_optional) in enumerate(table.rewrites):
            if not is_optional or i in on:
                form = pattern.sub(replacement, form)
        forms.setdefault(form[:1].upper() + form[1:], len(on))
    return sorted(forms, key=lambda f: (-zipf(f, "en"), forms[f]))
