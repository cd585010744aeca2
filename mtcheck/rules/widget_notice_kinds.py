"""More kinds of site furniture for MT201's generic signals (see :mod:`mtcheck.rules.widget_signals`):
source notes, display modes, service finders, service and data boxes and interface lines left in German
(site notices addressed to the reader: :mod:`mtcheck.rules.widget_site_notices`).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from mtcheck.rules.widget_signal_kinds import Tok, split_label, tokens
from mtcheck.text.lazy_regex import lazy_compile

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


_SOURCE_LABEL = lazy_compile(r"(?:(?:used )?sources?|material|information)(?: used| consulted)?:\s*"
                             r"|(?:with|using) (?:material|information|reporting|reports) (?:from|by) "
                             r"|material (?:from|by) ")
_LIST_SEPARATORS = lazy_compile(r"\s*(?:[,/&;+]|\band\b|\bas well as\b)\s*")


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


# --- service and data boxes --------------------------------------------------------------------------

# Words a service label may hold besides its service words and places ("Water level of the Rhine at
# Cologne", "Pharmacies on duty today").
_LABEL_FUNCTION = frozenset({"the", "of", "in", "for", "at", "on", "from", "and", "&", "near", "around", "all",
                             "a", "glance", "this", "week", "weekend", "tomorrow", "region", "area", "city",
                             "surroundings", "vicinity", "neighbourhood", "neighborhood"})
# Marks a service box's read-out may hold ("1 euro = 1.08 dollars", "7 (high)", "3 of 5", "Kaub: 1.12 m").
_READING_MARKS = frozenset({",", "(", ")", "=", "/", "-", "–", "|", ";", ":", "+", "%", "°", "€", "$", "£", "."})


def service_box(toks: list[Tok], words: list[Tok], lowered: str, sig: Signals) -> bool:
    """A service or data box of a news site: "Pollen count today: high birch pollen load", "Water levels:
    Rhine at Cologne 4.20 m", "Traffic: 12 km of queues on the A3", "Cinema programme", "Petrol prices
    today". The label names a service domain ("pollen", "water", "cinema") and holds service words, places
    and present-time words only. Then a read-out of numbers, units and states ("high", "heavy rain") with
    no other word ("Weather warning: why the storm was underestimated" is a headline); or, with no read-out,
    a box head ("programme", "calendar", "radar", "numbers") or a reading head ("prices", "levels") and a
    present-time or reader-facing word ("Storm warning for the North Sea coast" is a headline). A teaser
    of the box may stand for its read-out ("Fuel prices: where filling up is cheapest today")."""
    split = split_label(toks)
    label = split[0] if split and split[0] else words
    domain = head = deixis = False
    for i, w in enumerate(label):
        low = w.low
        if w.kind == "num":
            continue  # "Weather warning level 2"
        if low in sig.box_domains:
            domain = True
        elif low in sig.box_heads:
            head = True
        elif low in sig.box_reading_heads:
            pass
        elif low in sig.service_deixis or low in ("today", "tonight", "today's"):
            deixis = True
        elif low not in _LABEL_FUNCTION and not (i and w.text[0].isupper()):
            return False  # a common word: a headline ("Cinema programme cut because of strike")
    if not domain:
        return False
    if split and split[1]:
        colon = next(i for i, t in enumerate(toks) if t.text == ":")
        return _read_out(toks[colon + 1:], sig) or (_teaser(split[1], sig) and not lowered.endswith("."))
    if lowered.endswith(".") and not lowered.endswith((".m.", " approx.")):
        return False  # a caption ("Traffic jam on the A3 near Würzburg.")
    return head or deixis


# Question words that open a box's teaser of its own service ("Speed cameras: where there are checks
# today", "Weather: how warm it gets this weekend"). Not "why": "Fuel prices: why diesel costs more" is news.
_TEASER_OPENERS = frozenset({"where", "how", "when", "what", "which", "who"})


_TEASER_TIMES = frozenset({"tonight", "tomorrow", "weekend"})
_TEASER_LINE = lazy_compile(r"[^:]{3,40}: (?:%s) [^:.!]+" % "|".join(sorted(_TEASER_OPENERS)))


def service_teaser(text: str, lowered: str, sig: Signals) -> bool:
    """A service box whose read-out is a teaser ("Speed cameras: where there are checks today"): its
    words are prose, so it is tested here, before the closed vocabularies would turn it away."""
    if not _TEASER_LINE.fullmatch(lowered):
        return False
    toks = tokens(text)
    return service_box(toks, [t for t in toks if t.kind != "punct"], lowered, sig)


def weather_readout(text: str, lowered: str, sig: Signals) -> bool:
    """A weather widget's day and read-out: "Today: 18°C, partly cloudy", "Saturday: 12 to 17 degrees, showers",
    "Freiburg: 21°C, sunny". The label holds days and times (or a place's name) only; the read-out is a box
    read-out with a temperature and a weather state ("Today: 18 degrees in October" is a headline)."""
    toks = tokens(text)
    split = split_label(toks)
    if not split or not split[0] or not split[1]:
        return False
    if not all(w.kind == "word" and (w.low in sig.weather_days or w.text[0].isupper()) for w in split[0]):
        return False
    colon = next(i for i, t in enumerate(toks) if t.text == ":")
    rest = toks[colon + 1:]
    temperature = any(t.kind == "num" and i + 1 < len(rest) and rest[i + 1].low in ("°", "degrees", "degree")
                      for i, t in enumerate(rest))
    return temperature and any(t.low in sig.weather_states for t in rest) and _read_out(rest, sig)


def _teaser(words: list[Tok], sig: Signals) -> bool:
    """A box's teaser instead of a read-out: a question word, then a clause with a present-time or
    reader-facing word ("where filling up is cheapest today", "how the traffic is flowing now")."""
    if any(w.low == "need" or w.low == "should" for w in words[1:4]) and not any(
            w.low in ("today", "tonight", "now", "currently", "live") for w in words):
        return False  # an explainer's headline ("Traffic: what you need to know about the A 7 closure")
    return words[0].low in _TEASER_OPENERS and any(
        w.low in sig.service_deixis or w.low in _TEASER_TIMES for w in words[1:])


def _read_out(toks: list[Tok], sig: Signals) -> bool:
    """A box's read-out: numbers, units, states and places only, with one number or state at least."""
    measured = False
    for t in toks:
        if t.kind == "num":
            measured = True
        elif t.kind == "punct":
            if t.text not in _READING_MARKS:
                return False
        elif t.low in sig.box_readings or t.low in sig.service_values:
            measured = measured or t.low not in _READING_FILLERS
        elif t.low in sig.box_domains:
            continue  # "high birch pollen load", "sunrise: 6:12 a.m., sunset: 8:43 p.m."
        elif not t.text[0].isupper():
            return False
    return measured


# Read-out words that measure nothing alone ("Traffic: on the A3").
_READING_FILLERS = frozenset({"and", "of", "on", "the", "a", "to", "per", "between", "up", "in", "at", "with",
                              "from", "until", "near", "towards", "direction", "vs", "max", "min", "today", "tonight",
                              "tomorrow", "weekend", "morning", "afternoon", "evening", "night",
                              "level", "warning", "exit", "junction", "lane", "lanes"})


def german_ui(toks: list[Tok], words: list[Tok], lowered: str, sig: Signals) -> bool:
    """Interface language left in German: "Alle Kommentare anzeigen", "Artikel teilen", "Mehr zum
    Thema", "Weiterlesen", "Nachrichten aus Ihrer Region". German interface words only: a verb, or a noun
    with a pointer ("mehr", "alle", "zum") or the formal address ("Ihre", "Ihrer"); a single word must be a
    verb. A preposition may end the line on a name ("Alle Artikel zu Olaf Scholz", "Mehr aus Hamburg")."""
    strong = 0
    for i, w in enumerate(words):
        if w.kind != "word":
            return False
        if w.low in sig.german_verbs or w.low in sig.german_nouns:
            strong += 1
        elif w.low in _GERMAN_BEFORE_NAME and i and i + 1 < len(words) and all(
                x.kind == "word" and x.text[0].isupper() and x.low not in sig.german_function
                and x.low not in sig.german_nouns for x in words[i + 1:]):
            words = words[:i]
            break
        elif w.low not in sig.german_function:
            return False
    if len(words) == 1:
        return words[0].low in sig.german_verbs
    # without a verb, a noun needs a pointer of a link or a teaser ("Mehr zum Thema"; not "Der Artikel")
    return strong > 0 and (any(w.low in sig.german_verbs for w in words)
                           or any(w.low in _GERMAN_POINTERS for w in words))


_GERMAN_POINTERS = frozenset({"mehr", "alle", "allen", "zum", "zur", "weitere", "weiteren", "jetzt", "hier", "neue",
                              "neuesten", "unsere", "unseren", "top", "passend", "passende", "aktuelle", "aktuellen",
                              "meistgelesene", "meistgelesenen", "beliebte", "beliebteste", "beliebtesten",
                              # the formal address of the reader ("Ihre Region", "Ihr Konto")
                              "ihr", "ihre", "ihren", "ihrer", "ihrem", "ihres"})
# Prepositions after which a pointer line may name its topic ("Alle Artikel zu Olaf Scholz").
_GERMAN_BEFORE_NAME = frozenset({"zu", "aus", "über", "von", "vom", "in", "im", "bei", "für", "zum", "zur", "mit"})


# What may come before "X mode": "Activate dark mode", "Switch to reading mode".
_MODE_SWITCHES = (["activate"], ["deactivate"], ["enable"], ["disable"], ["turn", "on"], ["turn", "off"],
                  ["switch", "to"], ["switch", "on"], ["switch", "off"], ["exit"], ["open"], ["close"])
