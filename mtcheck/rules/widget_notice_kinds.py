"""More kinds of site furniture for MT201's generic signals (see :mod:`mtcheck.rules.widget_signals`):
source notes, display modes, service finders and interface lines left in German.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from mtcheck.rules.widget_signal_kinds import Tok

if TYPE_CHECKING:
    from mtcheck.rules.widget_signals import Signals


# --- source notes, display modes, service finders, German interface language --------------------

def source_note(toks: list[Tok], words: list[Tok], lowered: str, sig: Signals) -> bool:
    """"Sources used: own research, agencies", "With material from AFP and Reuters", "Source: dpa": a
    source label, then a list of agencies, the site's own research or names, with one agency or own
    research at least ("Sources of the crisis", "Source: the minister herself" stay quiet)."""
    m = _SOURCE_LABEL.match(lowered)
    if not m:
        return False
    items = [i.strip(" .") for i in _LIST_SEPARATORS.split(lowered[m.end():])]
    if not items or not all(items):
        return False
    written = {t.low: t.text for t in words}  # names keep their capitals ("Federal Statistical Office")
    known = False
    for item in items:
        if item in sig.source_agencies or item in sig.source_items:
            known = True
        elif not (item.count(" ") < 3 and all(written.get(w, "a")[0].isupper() for w in item.split())):
            return False
    return known


_SOURCE_LABEL = re.compile(r"(?:(?:used )?sources?|material|information)(?: used| consulted)?:\s*"
                           r"|(?:with|using) (?:material|information|reporting|reports) (?:from|by) "
                           r"|material (?:from|by) ")
_LIST_SEPARATORS = re.compile(r"\s*(?:[,/&;+]|\band\b|\bas well as\b)\s*")


def display_mode(toks: list[Tok], words: list[Tok], lowered: str, sig: Signals) -> bool:
    """A display-mode toggle: "Reading mode", "Dark mode on", "Activate night mode", "Dark mode: off"."""
    if "mode" not in lowered:
        return False
    lows = [w.low for w in words]
    if "mode" not in lows:
        return False
    i = lows.index("mode")
    if i == 0 or lows[i - 1] not in sig.ui_modes:
        return False
    head, tail = lows[:i - 1], lows[i + 1:]
    if head and head not in _MODE_SWITCHES:
        return False
    return not tail or (len(tail) == 1 and (tail[0] in sig.ui_value_states or tail[0] in sig.ui_states))


def service_finder(toks: list[Tok], words: list[Tok], lowered: str, sig: Signals) -> bool:
    """A service finder: "Find the nearest pharmacy on duty", "Emergency dental service: find a dentist
    on duty near you", "On-call pharmacies near you". All words from the finder vocabulary, a place a
    finder locates, and a nearness ("nearest", "near you") or duty ("on duty") phrase."""
    if not ("near" in lowered or "duty" in lowered or "closest" in lowered or "on-call" in lowered
            or "in your area" in lowered or "out-of-hours" in lowered):
        return False
    if any(w.kind == "word" and w.low not in sig.finder_words for w in words):
        return False
    lows = [w.low for w in words]
    if not any(w in sig.finder_places for w in lows):
        return False
    near = ("nearest" in lows or "closest" in lows or "near you" in lowered or "nearby" in lows
            or "in your area" in lowered)
    duty = "on duty" in lowered or "on-call" in lows or "out-of-hours" in lows
    finder = lows[0] in ("find", "search", "locate") or any(
        t.text == ":" and toks[i + 1].low in ("find", "search", "locate") for i, t in enumerate(toks[:-1]))
    return (finder and (near or duty)) or (near and duty)


def german_ui(toks: list[Tok], words: list[Tok], lowered: str, sig: Signals) -> bool:
    """Interface language left in German: "Alle Kommentare anzeigen", "Artikel teilen", "Mehr zum
    Thema", "Weiterlesen". German interface words only: a verb, or a noun with a pointer ("mehr", "alle",
    "zum"); a single word must be a verb."""
    strong = 0
    for w in words:
        if w.kind != "word":
            return False
        if w.low in sig.german_verbs or w.low in sig.german_nouns:
            strong += 1
        elif w.low not in sig.german_function:
            return False
    if len(words) == 1:
        return words[0].low in sig.german_verbs
    # without a verb, a noun needs a pointer of a link or a teaser ("Mehr zum Thema"; not "Der Artikel")
    return strong > 0 and (any(w.low in sig.german_verbs for w in words)
                           or any(w.low in _GERMAN_POINTERS for w in words))


_GERMAN_POINTERS = frozenset({"mehr", "alle", "allen", "zum", "zur", "weitere", "weiteren", "jetzt", "hier", "neue",
                              "neuesten", "unsere", "unseren", "ihre", "ihren", "top"})


# What may come before "X mode": "Activate dark mode", "Switch to reading mode".
_MODE_SWITCHES = (["activate"], ["deactivate"], ["enable"], ["disable"], ["turn", "on"], ["turn", "off"],
                  ["switch", "to"], ["switch", "on"], ["switch", "off"], ["exit"], ["open"], ["close"])
