"""The de-en pack's sentence contexts (``[abbreviation_contexts]`` of ``untranslated.toml``): every context an
entry or the code names exists and compiles as the rules compile it (case-insensitively), and every
context is used by an entry (``sentence = "..."``, or the ``housing``/``league``/``recipe`` keys) or by the
code (``abbreviation_contexts.CODE_CONTEXTS``)."""
from __future__ import annotations

import re

from mtcheck.packs import Pack
from mtcheck.rules.abbreviation_contexts import CODE_CONTEXTS, pack_contexts

_KEY_CONTEXTS = ("housing", "league", "recipe")  # entry keys that name the context of the same name


def _table() -> dict:
    return Pack("de", "en").table("untranslated")


def _named_by_entries(table: dict) -> set[str]:
    entries = [e for key in ("abbreviations", "undotted_abbreviations") for e in table.get(key, ())]
    return {e["sentence"] for e in entries if "sentence" in e} | {k for e in entries for k in _KEY_CONTEXTS if e.get(k)}


def test_every_named_context_exists_and_compiles():
    table = _table()
    contexts = table["abbreviation_contexts"]
    named = _named_by_entries(table) | CODE_CONTEXTS
    assert not named - contexts.keys(), sorted(named - contexts.keys())
    for name, regex in contexts.items():
        re.compile(regex, re.IGNORECASE)
        assert pack_contexts(Pack("de", "en"))[name].pattern == regex


def test_every_context_is_used():
    table = _table()
    unused = table["abbreviation_contexts"].keys() - _named_by_entries(table) - CODE_CONTEXTS
    assert not unused, sorted(unused)


def test_code_contexts_keep_their_case_behaviour():
    contexts = pack_contexts(Pack("de", "en"))
    assert contexts["sky"].search("the earth and the Earth") and contexts["sky"].search("MARS")  # as before
    church = contexts["church"]  # case-sensitive inside (?-i:...), as it was in code
    assert church.search("the parish of St. Anna") and church.search("in St Martin")
    assert not church.search("in st") and not church.search("PARISH") and not church.search("catholics")
