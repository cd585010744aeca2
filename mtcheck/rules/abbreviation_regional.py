"""A regional daily's German acronyms by their shape (round 20), for MT503 through
``abbreviation_classes.class_hits``:

- a union "IG" + its capitals ("the IG BAU", "the IG BCE": Industriegewerkschaft), in a sentence about pay,
  strikes or bargaining, not explained by "union" next to it ("the IG BAU union", "the union IG BCE"); English
  news writes "IG Metall" as a name (a capitalised word after "IG", left alone), and "IG" is English for an
  inspector general ("the IG report");
- an association of statutory-health-insurance physicians, "KV" + its region's letters ("the KVNO", "KVWL",
  "KVBW": Kassenärztliche Vereinigung Nordrhein, Westfalen-Lippe), the region letters from the pack
  (``[acronyms] kv_regions``), in a sentence about doctors and their practices, not in parentheses after the
  English name;
- an amateur football league's class cut off ("the A-Kl. match": A-Klasse) in a sentence about a match or a
  club; English writes "A-class" and has no "Kl.";
- a flat advert's "Prov." (Provision, the agent's commission: "without Prov.", "no Prov., 890 euros") in a
  sentence about a flat or a house; English "Prov." is a book of the Bible before its chapter ("Prov. 3:5") or
  a province before its name, neither in a flat's sentence.
"""
from __future__ import annotations

from typing import Iterator

from mtcheck.rules.abbreviation_acronyms import acronym_lists
from mtcheck.rules.abbreviation_contexts import Contexts, sentence_has
from mtcheck.text.lazy_regex import lazy_compile

_UNION = lazy_compile(r"IG (?<![\w.-]IG )([A-ZÄÖÜ]{2,4})(?![\w'’&/-]|\.\w)")
_UNION_EXPLAINED = lazy_compile(r"\b(?:unions?|Industriegewerkschaft)\b")
_KV = lazy_compile(r"KV(?<![\w.-]KV)([A-ZÄÖÜ][A-Za-zäöü]{0,3})(?![\w'’&/-])")
_LEAGUE_CLASS_FULL = lazy_compile(r"(?<![\w.-])[A-D]-Kl\.")
_COMMISSION = lazy_compile(r"(?<![\w.-])Prov\.(?![\w-]|\s*\d)")


def regional_hits(text: str, source: str | None, contexts: Contexts) -> Iterator[tuple[int, int, str]]:
    """(start, end, message) of each union, physicians' association and league-class cut in ``text``."""
    if source != "de":
        return
    if "IG " in text:
        for m in _UNION.finditer(text):
            near = text[max(0, m.start() - 12):m.end() + 25]
            if not _UNION_EXPLAINED.search(near) and sentence_has(text, m.start(), m.end(), contexts["bargaining"]):
                yield (m.start(), m.end(), f'German union "{m.group()}" (Industriegewerkschaft) left unexplained: '
                       'name the union in English ("the IG BAU construction workers\' union")')
    if "KV" in text:
        regions = acronym_lists(source).kv_regions
        for m in _KV.finditer(text):
            if m.group(1) in regions and text[m.start() - 1:m.start()] != "(" \
                    and sentence_has(text, m.start(), m.end(), contexts["practices"]):
                yield (m.start(), m.end(), f'German physicians\' association "{m.group()}" (Kassenärztliche '
                       'Vereinigung) left unexplained: "the association of statutory health insurance physicians"')
    if "-Kl." in text:
        for m in _LEAGUE_CLASS_FULL.finditer(text):
            if sentence_has(text, m.start(), m.end(), contexts["football_body"]):
                yield (m.start(), m.end(), f'German league class "{m.group()}" (A-Klasse): English "district league"')
    if "Prov." in text:
        for m in _COMMISSION.finditer(text):
            if sentence_has(text, m.start(), m.end(), contexts["housing"]):
                yield (m.start(), m.end(), 'German advert cut "Prov." (Provision): English "commission" '
                       '("no agent\'s commission")')
