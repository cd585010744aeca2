"""Generic furniture signals for MT201: site furniture that no widget pattern knows, told by the shape
and vocabulary of the whole line rather than by its exact words.

A news line that is furniture is made of interface words only: a timestamp ("Last changed at 14:32"),
a reading time ("3 minutes reading time"), a player, gallery or page control ("Exit full screen",
"Subtitles: off", "The video will start in 5 seconds"), a service widget ("The weather in your city:
14 degrees, cloudy", "Current lotto numbers"), or a call to act on an interface object ("Press play to
start the video"). A subhead or a caption carries topical words outside those vocabularies ("Fuel
prices hit record high", "Settings for the new heating law"), so it stays quiet. The vocabularies live
in the ``[signals]`` table of ``data/common/boilerplate.toml``; the structural conditions (the line
stands alone, is short, does not end on a clause) are checked by :mod:`mtcheck.rules.widgets` before
:func:`furniture_kind` is asked.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

# Words (with inner hyphens, apostrophes and dots: "e-mail", "today's", "a.m."), codes ("E10", "A8"),
# numbers with inner separators, signs and units ("14:32", "03.02.2022", "+0.3%", "1.5x"), other marks.
_TOKEN = re.compile(r"[A-Za-z]+\d\w*|[+\-−±]?\d+(?:[.,:/\-]\d+)*(?:st|nd|rd|th|x|p|%|h)?"
                    r"|[^\W\d_]+(?:['’.\-][^\W\d_]+)*\.?|\S")
_TIME_OPENERS = frozenset({"first", "last", "latest", "as"})
_IMPERATIVE_OPENERS = frozenset({"please", "now", "simply", "just"})
_CLOCK = re.compile(r"\d{1,2}[:.][0-5]\dh?")
_DATE = re.compile(r"\d{1,2}[./]\d{1,2}[./](?:\d{2}|\d{4})|\d{4}-\d{2}-\d{2}")
_QUOTES = tuple("\"'“”„‚‘’«»")
# Account actions, which name their interface object themselves ("Sign up for free", "Log in to reply").
_ACCOUNT = re.compile(r"\b(?:sign|log) (?:up|in|on|out)\b")
# Controls that act only with a particle ("Turn up the volume", not "Turn the page").
_PHRASAL = frozenset({"turn", "switch"})
_PARTICLES = frozenset({"more", "less", "all", "here", "now", "up", "out", "in", "on", "off", "down", "back"})
# Finite verbs of narration: a line holding one is a sentence about something, not a call to act.
_NARRATION = frozenset({"was", "were", "had", "said", "says", "told", "would", "did", "became", "meant"})

# Kinds whose lines may also be a sentence of a service text ("Open the app and allow notifications."):
# a finished sentence counts only near the head or the tail of the article.
OPEN_KINDS = frozenset({"control", "call-to-action", "channel-promo"})

# What each signal reports (the finding's message names the kind of furniture).
DESCRIPTIONS = {
    "timestamp": "Publication or update note (a label with a time only)",
    "reading-time": "Reading- or listening-time note",
    "control": "Player, gallery, comment or page control",
    "service": "Service widget (weather, fuel prices, traffic, horoscope, lottery, stock ticker)",
    "call-to-action": "Call to act on an interface object (\"Tap to ...\", \"Press play ...\")",
    "channel-promo": "Promotion of the site's own app, podcast or newsletter",
}


def _with_marks(words: frozenset[str]) -> frozenset[str]:
    """``words`` with the marks that cling to a word in running text ("Settings:", "(video)")."""
    return words | {m + w for w in words for m in "(\"'“„"} | {w + m for w in words for m in ":,.;!)\"'”"}


def _set(table: dict[str, Any], key: str) -> frozenset[str]:
    return frozenset(table.get(key, ()))


@dataclass(frozen=True)
class Signals:
    max_words: int
    max_chars: int
    time_labels: frozenset[str]
    time_other: frozenset[str]  # fillers and time words
    time_anchors: frozenset[str]
    months: frozenset[str]
    reading_labels: frozenset[str]
    reading_words: frozenset[str]
    reading_units: frozenset[str]
    ui_controls: frozenset[str]
    ui_states: frozenset[str]
    ui_value_states: frozenset[str]
    ui_nouns: frozenset[str]
    ui_pure_nouns: frozenset[str]
    ui_single_words: frozenset[str]
    ui_words: frozenset[str]  # every word a control line may hold
    imperatives: frozenset[str]
    imperative_nouns: frozenset[str]
    weak_imperative_nouns: frozenset[str]
    imperative_phrases: tuple[str, ...]  # the nouns of two words ("live ticker")
    headline_words: frozenset[str]
    clause_pronouns: frozenset[str]
    promo_openers: frozenset[str]
    promo_channels: frozenset[str]
    service_strong: frozenset[str]
    service_weak: frozenset[str]
    service_deixis: frozenset[str]
    service_label_words: frozenset[str]
    service_values: frozenset[str]
    triggers: frozenset[str]  # a cheap test: the line holds some word a signal needs ...
    openers: frozenset[str]  # ... or starts with a word some signal needs first
    vocabulary: frozenset[str]  # every word a line of the closed-vocabulary signals may hold

    @classmethod
    def from_table(cls, t: dict[str, Any]) -> "Signals":
        time_words = _set(t, "time_words")
        ui_nouns = _set(t, "ui_nouns") | _set(t, "ui_pure_nouns")
        ui_words = (_set(t, "ui_controls") | _set(t, "ui_states") | _set(t, "ui_value_states") | ui_nouns
                    | _set(t, "ui_function"))
        nouns = _set(t, "imperative_nouns")
        strong, weak = _set(t, "service_strong"), _set(t, "service_weak")
        # Words some signal needs anywhere in the line, and words some signal needs first.
        triggers = _set(t, "reading_labels") | _set(t, "ui_controls") | ui_nouns | _set(t, "ui_states") | strong | weak
        openers = (_set(t, "time_labels") | _TIME_OPENERS | _set(t, "imperatives") | _IMPERATIVE_OPENERS
                   | _set(t, "promo_openers"))
        triggers, openers = _with_marks(triggers), _with_marks(openers)
        return cls(
            max_words=t.get("max_words", 14), max_chars=t.get("max_chars", 110),
            time_labels=_set(t, "time_labels"), time_other=_set(t, "time_fillers") | time_words,
            time_anchors=_set(t, "time_anchors"), months=_set(t, "months"),
            reading_labels=_set(t, "reading_labels"), reading_words=_set(t, "reading_words"),
            reading_units=_set(t, "reading_units"),
            ui_controls=_set(t, "ui_controls"), ui_states=_set(t, "ui_states"),
            ui_value_states=_set(t, "ui_value_states"), ui_nouns=ui_nouns, ui_pure_nouns=_set(t, "ui_pure_nouns"),
            ui_single_words=_set(t, "ui_single_words"), ui_words=ui_words,
            imperatives=_set(t, "imperatives"), imperative_nouns=frozenset(n for n in nouns if " " not in n),
            weak_imperative_nouns=_set(t, "weak_imperative_nouns"),
            imperative_phrases=tuple(sorted(n for n in nouns | _set(t, "promo_channels") if " " in n)),
            headline_words=_set(t, "headline_words"), clause_pronouns=_set(t, "clause_pronouns"),
            promo_openers=_set(t, "promo_openers"), promo_channels=_set(t, "promo_channels"),
            service_strong=strong, service_weak=weak, service_deixis=_set(t, "service_deixis"),
            service_label_words=_set(t, "service_function") | time_words,
            service_values=_set(t, "service_values"), triggers=triggers, openers=openers,
            vocabulary=frozenset(w for key, words in t.items() if isinstance(words, list) for w in words),
        )


class _Tok:
    """A token: ``text`` as written; ``low`` lower-cased, with a typographic apostrophe straightened and
    a final dot dropped ("a.m." -> "a.m"); ``kind`` "word", "num" or "punct". (A plain class: built
    for every token of a candidate line, it must be cheap.)"""

    __slots__ = ("text", "low", "kind")

    def __init__(self, text: str, low: str, kind: str) -> None:
        self.text, self.low, self.kind = text, low, kind


def _tokens(text: str) -> list[_Tok]:
    out = []
    for m in _TOKEN.finditer(text):
        t = m.group()
        c = t[0]
        if c.isalpha():
            low = t.lower().replace("’", "'")
            out.append(_Tok(t, low[:-1] if low.endswith(".") and len(low) > 1 else low, "word"))
        elif c.isdigit() or (len(t) > 1 and t[1].isdigit()):
            out.append(_Tok(t, t.lower(), "num"))
        else:
            out.append(_Tok(t, t, "punct"))
    return out


def furniture_kind(text: str, sig: Signals) -> str | None:
    """The kind of furniture ``text`` (one line, normalised) is by the generic signals, or None."""
    if len(text) > sig.max_chars or text.count(" ") >= sig.max_words or text.startswith(_QUOTES) \
            or text.endswith("?"):
        return None
    # Cheap first tests on rough words (str.replace is faster than str.translate or a regex here): the
    # line opens some signal or holds a word some signal needs; and unless it opens a signal, it holds
    # no lower-case word outside the signals' vocabularies.
    lowered = text.lower()
    low = lowered.split()  # the trigger sets also hold their words with a mark attached ("settings:")
    if not low:
        return None
    if low[0] not in sig.openers:
        if sig.triggers.isdisjoint(low):
            return None
        low = (lowered.rstrip(".").replace(":", " ").replace(",", " ").replace("(", " ").replace(")", " ")
               .replace("|", " ").replace("!", " ").replace(". ", " ").split())
        raw = text.rstrip(".").replace(":", " ").replace(",", " ").replace("(", " ").replace(")", " ").replace("|", " ") \
            .replace("!", " ").replace(". ", " ").split()
        if any(r[0].islower() and w.rstrip(".") not in sig.vocabulary for w, r in zip(low, raw)):
            return None
    toks = _tokens(text)
    words = [t for t in toks if t.kind != "punct"]
    if not words or len(words) > sig.max_words:
        return None
    for name, test in (("timestamp", _timestamp), ("reading-time", _reading_time), ("control", _control),
                       ("service", _service), ("call-to-action", _call_to_action),
                       ("channel-promo", _channel_promo)):
        if test(toks, words, lowered, sig):
            return name
    return None


# --- timestamps and reading times -------------------------------------------------------------------

def _timestamp(toks: list[_Tok], words: list[_Tok], lowered: str, sig: Signals) -> bool:
    """A label and a time, nothing else: "Last changed at 14:32", "First published: 2 hours ago"."""
    first = words[0].low
    if not (first in sig.time_labels or first in _TIME_OPENERS):
        return False
    label = anchor = False
    for i, w in enumerate(words):
        if w.kind == "num":
            if _CLOCK.fullmatch(w.low) or _DATE.fullmatch(w.low):
                anchor = True
            elif len(w.low) > 4 and not w.low[:2].isdigit():
                return False
            continue
        if w.low in sig.time_labels:
            label = True
        elif w.low == "of" and i and words[i - 1].low == "as":
            label = True
        elif w.low not in sig.time_other:
            return False
        if w.low in sig.time_anchors or (w.low == "now" and i and words[i - 1].low == "just"):
            anchor = True
        elif w.low in sig.months and any(x.kind == "num" for x in words):
            anchor = True
    return label and anchor


def _reading_time(toks: list[_Tok], words: list[_Tok], lowered: str, sig: Signals) -> bool:
    """"3 minutes reading time", "Reading time approx. 4 minutes", "Listening time 12 min"."""
    label = unit = number = False
    for w in words:
        if w.kind == "num":
            number = True
        elif w.low in sig.reading_labels:
            label = True
        elif w.low in sig.reading_units:
            unit = True
        elif w.low not in sig.reading_words:
            return False
    return label and unit and number


# --- controls ---------------------------------------------------------------------------------------

def _split_label(toks: list[_Tok]) -> tuple[list[_Tok], list[_Tok]] | None:
    """The words before and after the line's first colon, when it has one."""
    for i, t in enumerate(toks):
        if t.text == ":":
            return [t for t in toks[:i] if t.kind != "punct"], [t for t in toks[i + 1:] if t.kind != "punct"]
    return None


def _control(toks: list[_Tok], words: list[_Tok], lowered: str, sig: Signals) -> bool:
    """Interface words only, with a control word, a state or an interface-only noun ("Exit full screen",
    "Next picture", "You are not logged in", "Privacy settings"), or "label: setting" ("Subtitles: off")."""
    if any(w.kind == "word" and w.low not in sig.ui_words for w in words):
        return False
    lows = [w.low for w in words if w.kind == "word"]
    if not lows:
        return False
    if len(words) == 1:
        return lows[0] in sig.ui_single_words
    if len(words) == 2 and not any(w in sig.ui_nouns for w in lows):
        # "Show more", "Log in", "Zoom in"; not "The next"
        return all(w in sig.ui_controls or w in sig.ui_states or w in _PARTICLES for w in lows) and (
            lows[0] in sig.ui_controls)
    split = _split_label(toks)
    if split and split[0] and split[1] and any(
            w.low in sig.ui_nouns or w.low in sig.ui_controls for w in split[0]) and all(
            w.kind == "num" or w.low in sig.ui_value_states or w.low in sig.ui_states for w in split[1]):
        return True
    controls = [w for i, w in enumerate(lows) if w in sig.ui_controls and (
        w not in _PHRASAL or (i + 1 < len(lows) and lows[i + 1] in ("on", "off", "up", "down")))]
    if controls and (_ACCOUNT.search(lowered) or (len(set(controls)) >= 2 and "to" in lows)):
        return True
    if controls or any(w in sig.ui_states for w in lows):
        return (any(w in sig.ui_nouns for w in lows)
                or (("you" in lows or "your" in lows) and any(w in sig.ui_states for w in lows)))
    return any(w in sig.ui_pure_nouns for w in lows)


# --- service widgets --------------------------------------------------------------------------------

def _service(toks: list[_Tok], words: list[_Tok], lowered: str, sig: Signals) -> bool:
    """A service box: weather, fuel prices, traffic, horoscope, lottery numbers, stock ticker, pollen.
    Its label holds service nouns, reader-facing or present-time words, places; its read-out holds
    numbers, units and states ("The weather in your city: 14 degrees, cloudy", "DAX 15,432 +0.3%")."""
    split = _split_label(toks)
    label, value = split if split and split[0] else (words, [])
    strong = weak = deixis = readout = 0
    for w in label:
        if w.kind == "num":
            readout += 1
        elif w.low in sig.service_strong:
            strong += 1
        elif w.low in sig.service_weak:
            weak += 1
        elif w.low in sig.service_deixis:
            deixis += 1
        elif w.low in sig.service_label_words or w.low in sig.service_values:
            pass
        elif not (w.text[0].isupper() or any(c.isdigit() for c in w.text)):
            return False  # another common word: prose or a headline
    if not strong and not weak:
        return False
    for w in value:
        if w.kind == "num":
            readout += 1
        elif w.low in sig.service_strong:
            strong += 1
        elif w.low in sig.service_weak:
            weak += 1
        elif w.low in sig.service_values:
            readout += w.low not in ("and", "of", "on", "the", "a", "to", "per", "between")
        elif not (w.text[0].isupper() or any(c.isdigit() for c in w.text)):
            return False
    if split and split[0] and not readout:
        return False
    return 2 * bool(strong) + min(weak, 2) + min(deixis, 2) + bool(readout) >= 3


# --- calls to action and channel promotion ----------------------------------------------------------

def _call_to_action(toks: list[_Tok], words: list[_Tok], lowered: str, sig: Signals) -> bool:
    """An interface imperative that names an interface object: "Press play to start the video", "Tap to
    turn on sound", "Get breaking news as a push notification". Not a headline built on one ("Log in,
    pay, leave: how the new parking app works") nor an imperative in prose ("Watch the video and you
    understand the fear")."""
    lows = [w.low for w in words]
    start = 1 if lows[0] in _IMPERATIVE_OPENERS and len(lows) > 1 else 0
    if lows[start] not in sig.imperatives or words[start].kind != "word":
        return False
    if not (any(w in sig.imperative_nouns for w in lows[start + 1:])
            or any(p in lowered for p in sig.imperative_phrases)):
        # a weak noun ("button", "screen") needs a purpose naming a control: "... to start"
        if not (any(w in sig.weak_imperative_nouns for w in lows) and any(
                a == "to" and (b in sig.ui_controls or b in sig.imperatives) for a, b in zip(lows, lows[1:]))):
            return False
    if any(w in sig.clause_pronouns or w in _NARRATION for w in lows):
        return False
    for i, t in enumerate(toks[:-1]):
        nxt = toks[i + 1].low
        if t.text in (":", ",", "-", "–", "—") and nxt in sig.headline_words:
            return False
        if t.low in ("and", "but", "then", "so") and nxt == "you":
            return False
    return True


def _channel_promo(toks: list[_Tok], words: list[_Tok], lowered: str, sig: Signals) -> bool:
    """"Now in the app: all news at a glance", "New on our podcast", "Also as a newsletter"."""
    lows = [w.low for w in words]
    if lows[0] not in sig.promo_openers or len(lows) < 3:
        return False
    k = 1
    while k < len(lows) and lows[k] in ("also", "available", "exclusively", "only", "now"):
        k += 1
    if k >= len(lows) or lows[k] not in ("in", "on", "via", "as", "at", "for"):
        return False
    k += 1
    while k < len(lows) and lows[k] in ("the", "our", "a", "an", "your", "free", "new"):
        k += 1
    if k >= len(lows):
        return False
    # The channel ends the phrase: the line ends there or a colon or dash follows.
    rest = [t for t in toks if t.kind != "punct" or t.text in (":", "-", "–", "—", "!", ".")]
    position = next(i for i, t in enumerate(rest) if t is words[k])
    for length in (2, 1):
        span = rest[position:position + length]
        if len(span) < length or any(w.kind != "word" for w in span):
            continue
        if " ".join(w.low for w in span) in sig.promo_channels:
            after = rest[position + length] if position + length < len(rest) else None
            return after is None or after.kind == "punct"
    return False
