"""German proverbs of the shape "participle is participle", for MT801 sentence-fragment (round 20).

German seals a matter with a tautology of a past participle ("Gesagt ist gesagt.", "Versprochen ist
versprochen.", "Abgemacht ist abgemacht.", "Verloren ist verloren."); machine translation renders it word for
word ("Said is said.", "Promised is promised.", "Agreed is agreed."), a formula English does not have (its
tautologies are of nouns and adjectives: "Enough is enough.", "Fair is fair.", "Business is business.", "A deal
is a deal.", "Rules are rules."). A participle is a word lemminflect knows as a verb that ends in "-ed" or is
listed among the irregular participles (``tautology_participles`` of ``[fragment]``), except the listed
``tautology_exempt`` ("Done is done.", which English also says). The data live in
``data/common/structure.<tgt>.toml``.
"""
from __future__ import annotations

import re
from typing import Any

from mtcheck.lang.verbs import pos_tags

_TAUTOLOGY = re.compile(r"([A-Za-z]+) (?:is|remains|stays) ([a-z]+)\.")
MAX_TAUTOLOGY_CHARS = 40


class Formulae:
    """The ``[fragment]`` lists this module reads, compiled once per data table."""

    def __init__(self, fragment: dict[str, Any]) -> None:
        self.participles = frozenset(fragment.get("tautology_participles", ()))
        self.exempt = frozenset(fragment.get("tautology_exempt", ()))

    def participle_tautology(self, text: str) -> str | None:
        """The participle of ``text`` if it is a German participle tautology ("Said is said.", "Promised
        is promised."), lower-case, else None. Call only on short sentences with " is " or " remains "."""
        found = _TAUTOLOGY.fullmatch(text)
        if not found:
            return None
        word = found.group(2)
        if found.group(1).lower() != word or word in self.exempt:
            return None
        if word in self.participles or (word.endswith("ed") and "VERB" in pos_tags(word)):
            return word
        return None
