"""The kinds of site furniture MT201's generic signals know (see :mod:`mtcheck.rules.widget_signals`):
each test reads one short line's tokens and the ``[signals]`` vocabularies of ``boilerplate.toml``.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from mtcheck.lang.verbs import has_possible_verb
from mtcheck.text.lazy_regex import lazy_compile

if TYPE_CHECKING:
    from mtcheck.rules.widget_signals import Signals

# Words (with inner hyphens, apostrophes and dots: "e-mail", "today's", "a.m."), codes ("E10", "A8"),
# numbers with inner separators, signs and units ("14:32", "03.02.2022", "+0.3%", "1.5x"), other marks.
_TOKEN = lazy_compile(r"[A-Za-z]+\d\w*|[+\-−±]?\d+(?:[.,:/\-]\d+)*(?:st|nd|rd|th|x|p|%|h)?"
                      r"|[^\W\d_]+(?:['’.\-][^\W\d_]+)*\.?|\S")
TIME_OPENERS = frozenset({"first", "last", "latest", "as", "article", "page"})
# A status or update note may name what it dates first ("Article status: 12.03.2023, 16:45").
_TIME_HEADS = frozenset({"article", "page"})
IMPERATIVE_OPENERS = frozenset({"please", "now", "simply", "just"})
_CLOCK = lazy_compile(r"\d{1,2}[:.][0-5]\dh?")
_DATE = lazy_compile(r"\d{1,2}[./]\d{1,2}[./](?:\d{2}|\d{4})|\d{4}-\d{2}-\d{2}")
QUOTES = tuple("\"'“”„‚‘’«»")
# Account actions, which name their interface object themselves ("Sign up for free", "Log in to reply").
_ACCOUNT = lazy_compile(r"\b(?:sign|log) (?:up|in|on|out)\b")
# Controls that act only with a particle ("Turn up the volume", not "Turn the page").
_PHRASAL = frozenset({"turn", "switch"})
_PARTICLES = frozenset({"more", "less", "all", "here", "now", "up", "out", "in", "on", "off", "down", "back"})
# Finite verbs of narration: a line holding one is a sentence about something, not a call to act.
_NARRATION = frozenset({"was", "were", "had", "said", "says", "told", "would", "did", "became", "meant"})

# Auxiliaries, modals, "says" and "not": a line with one is a clause, not a label or a catalogue (the
# teaser, read-out, service and guide shapes add the verbs of their own kind of headline).
AUXILIARIES = frozenset({"is", "are", "was", "were", "be", "been", "will", "would", "has", "have", "had", "can",
                         "could", "must", "should", "may", "might", "do", "does", "did", "says", "said", "not"})


class Tok:
    """A token: ``text`` as written; ``low`` lower-cased, with a typographic apostrophe straightened and
    a final dot dropped ("a.m." -> "a.m"); ``kind`` "word", "num" or "punct". (A plain class: built
    for every token of a candidate line, it must be cheap.)"""

    __slots__ = ("text", "low", "kind")

    def __init__(self, text: str, low: str, kind: str) -> None:
        self.text, self.low, self.kind = text, low, kind


def alternation(words: Any) -> str:
    """A regex alternative of ``words`` matched literally (longest first), any white space where a word
    holds a space: how the signal modules turn their vocabularies into patterns."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


_PHRASE_WORD = lazy_compile(r"[\w'’.+-]+|[^\w\s]")


def names_as_modifiers(text: str) -> list[str]:
    """The words of ``text`` for a verb test, each capitalised one read as "the": a name inside a noun
    phrase is a modifier ("the Ukraine war", "the Bundestag debate"), never its verb."""
    return [w if not w[:1].isupper() else "the" for w in _PHRASE_WORD.findall(text)]


def tokens(text: str) -> list[Tok]:
    out = []
    for m in _TOKEN.finditer(text):
        t = m.group()
        c = t[0]
        if c.isalpha():
            low = t.lower().replace("’", "'")
            out.append(Tok(t, low[:-1] if low.endswith(".") and len(low) > 1 else low, "word"))
        elif c.isdigit() or (len(t) > 1 and t[1].isdigit()):
            out.append(Tok(t, t.lower(), "num"))
        else:
            out.append(Tok(t, t, "punct"))
    return out


# --- timestamps and reading times -------------------------------------------------------------------

def timestamp(toks: list[Tok], words: list[Tok], lowered: str, sig: Signals) -> bool:
    """A label and a time, nothing else: "Last changed at 14:32", "First published: 2 hours ago"."""
    first = words[0].low
    if not (first in sig.time_labels or first in TIME_OPENERS):
        return False
    label = anchor = False
    for i, w in enumerate(words):
        if w.low in _TIME_HEADS and (i == len(words) - 1 or words[i + 1].low in sig.time_labels or (
                i > 1 and words[i - 1].low == "the")):
            continue  # "Article status: ...", "Status of the article: ..."
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


def reading_time(toks: list[Tok], words: list[Tok], lowered: str, sig: Signals) -> bool:
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

def split_label(toks: list[Tok]) -> tuple[list[Tok], list[Tok]] | None:
    """The words before and after the line's first colon, when it has one."""
    for i, t in enumerate(toks):
        if t.text == ":":
            return [t for t in toks[:i] if t.kind != "punct"], [t for t in toks[i + 1:] if t.kind != "punct"]
    return None


def control(toks: list[Tok], words: list[Tok], lowered: str, sig: Signals) -> bool:
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
    split = split_label(toks)
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

def service(toks: list[Tok], words: list[Tok], lowered: str, sig: Signals) -> bool:
    """A service box: weather, fuel prices, traffic, horoscope, lottery numbers, stock ticker, pollen.
    Its label holds service nouns, reader-facing or present-time words, places; its read-out holds
    numbers, units and states ("The weather in your city: 14 degrees, cloudy", "DAX 15,432 +0.3%")."""
    split = split_label(toks)
    label, value = split if split and split[0] else (words, [])
    in_label, in_value = _service_tally(label, sig, False), _service_tally(value, sig, True)
    if in_label is None or in_value is None:
        return False  # another common word: prose or a headline
    strong, weak, deixis, readout = (a + b for a, b in zip(in_label, in_value))
    if not in_label[0] and not in_label[1]:
        return False  # the label names no service
    if split and split[0] and not readout:
        return False
    if not readout and lowered.endswith(".") and not lowered.endswith((".m.", " approx.")):
        return False  # a caption ("Traffic jam on the A3 near Würzburg.")
    return 2 * bool(strong) + min(weak, 2) + min(deixis, 2) + bool(readout) >= 3


_FILLERS = frozenset({"and", "of", "on", "the", "a", "to", "per", "between"})


def _service_tally(words: list[Tok], sig: Signals, value: bool) -> tuple[int, int, int, int] | None:
    """Strong and weak service words, reader-facing words and read-outs in a service box's label (or,
    with ``value``, its read-out); None when a common word outside the service vocabularies occurs."""
    strong = weak = deixis = readout = 0
    for w in words:
        if w.kind == "num":
            readout += 1
        elif w.low in sig.service_strong:
            strong += 1
        elif w.low in sig.service_weak:
            weak += 1
        elif not value and w.low in sig.service_deixis:
            deixis += 1
        elif w.low in sig.service_values:
            readout += value and w.low not in _FILLERS
        elif not value and w.low in sig.service_label_words:
            pass
        elif not (w.text[0].isupper() or any(c.isdigit() for c in w.text)):
            return None
    return strong, weak, deixis, readout


# --- calls to action and channel promotion ----------------------------------------------------------

def call_to_action(toks: list[Tok], words: list[Tok], lowered: str, sig: Signals) -> bool:
    """An interface imperative that names an interface object: "Press play to start the video", "Tap to
    turn on sound", "Get breaking news as a push notification". Not a headline built on one ("Log in,
    pay, leave: how the new parking app works") nor an imperative in prose ("Watch the video and you
    understand the fear")."""
    lows = [w.low for w in words]
    start = 1 if lows[0] in IMPERATIVE_OPENERS and len(lows) > 1 else 0
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
        if t.text == ":" and _clause_after(toks[i + 1:]):
            return False  # a headline: "Watch the video of the attack: police release footage"
    return True


# Words that open a noun phrase, for the verb test of what follows a call's colon.
_NP_OPENERS = frozenset("the a an this that these those our your all every each of on about from in for to with "
                        "at by and or new free full whole latest".split())


def _clause_after(rest: list[Tok]) -> bool:
    """Is what follows a colon a clause of news ("police release footage"), not a call's own words ("Tap
    to start", "the video starts" reads as one too, but no call writes it after a colon)?"""
    words = [t.text if t.kind != "word" or not t.text[0].isupper() else "the" for t in rest]
    return len(rest) >= 2 and rest[0].kind == "word" and has_possible_verb(["the"] + words, _NP_OPENERS)


def channel_promo(toks: list[Tok], words: list[Tok], lowered: str, sig: Signals) -> bool:
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
