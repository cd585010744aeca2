"""Generic furniture signals for MT201: site furniture that no widget pattern knows, told by the shape
and vocabulary of the whole line rather than by its exact words.

A news line that is furniture is made of interface words only: a timestamp ("Last changed at 14:32"),
a reading time ("3 minutes reading time"), a player, gallery or page control ("Exit full screen",
"Subtitles: off", "The video will start in 5 seconds"), a service widget ("The weather in your city:
14 degrees, cloudy", "Current lotto numbers"), or a call to act on an interface object ("Press play to
start the video"), a source note ("With material from AFP"), a help or service number ("Crisis line:
0800 ..."), a registration prompt ("Please confirm your e-mail address"), or interface language left in
German ("Artikel teilen", "Nachrichten aus Ihrer Region": German interface words, with a pointer or the
formal address); or editorial furniture told by its shape (:mod:`mtcheck.rules.widget_editorial`:
paywall questions, credits, genre bylines, article tools, own channels, hub links;
:mod:`mtcheck.rules.widget_broadcast`: calls to watch or hear a broadcast, "Live from 8 p.m. on ZDF",
desk credits, "From our Berlin office"; :mod:`mtcheck.rules.widget_lists`: tag, topic and search lists,
"Trending topics: Ukraine | Bundesliga", live-ticker events, "Yellow card: Kimmich (34.)").
A service or data box is a service label with a read-out or a present-time word ("Pollen count today:
high birch pollen load", "Cinema programme", "Current water levels"). A subhead or a caption carries
topical words outside those vocabularies ("Fuel prices hit record high", "Settings for the new heating
law"), so it stays quiet. The vocabularies live
in the ``[signals]`` table of ``data/common/boilerplate.toml``; the structural conditions (the line
stands alone, is short, does not end on a clause) are checked by :mod:`mtcheck.rules.widgets` before
:func:`furniture_kind` is asked.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Callable

from mtcheck.rules.widget_broadcast import Broadcast, broadcast_kind
from mtcheck.rules.widget_crosswriter import crosswriter_kind
from mtcheck.rules.widget_desks import desk_kind
from mtcheck.rules.widget_editorial import Editorial, editorial_kind
from mtcheck.rules.widget_everyday import everyday_kind
from mtcheck.rules.widget_lists import Lists, list_kind
from mtcheck.rules.widget_locals import local_kind
from mtcheck.rules.widget_newsroom import newsroom_kind
from mtcheck.rules.widget_recurring import recurring_kind
from mtcheck.rules.widget_regional import regional_kind
from mtcheck.rules.widget_notice_kinds import (display_mode, german_ui, service_box, service_finder, service_teaser,
                                               source_note, weather_readout)
from mtcheck.rules.widget_site_notices import (SiteNotices, account_prompt, helpline_label, helpline_sentence,
                                               number_draw, service_question, site_notice, toggle)
from mtcheck.rules.widget_teasers import Teasers, teaser_kind
from mtcheck.rules.widget_signal_kinds import (IMPERATIVE_OPENERS, QUOTES, TIME_OPENERS, call_to_action,
                                               channel_promo, control, reading_time, service, timestamp, tokens)
from mtcheck.text.lazy_regex import lazy_compile

# The kinds in the order they are tried: the first that holds names the furniture.
TESTS = (("timestamp", timestamp), ("reading-time", reading_time), ("source-note", source_note),
         ("control", display_mode), ("control", control), ("service", service), ("service", service_finder),
         ("service", service_box),
         ("call-to-action", call_to_action), ("channel-promo", channel_promo), ("german-ui", german_ui))

# Lists of signals tested before the closed vocabularies (``weather_readout``): not part of them.
_OPEN_SIGNALS = frozenset({"weather_days", "weather_states"})
# A social counter: "Recommend (18)", "Like (5)".
_COUNTER = lazy_compile(r"([a-z]+(?: [a-z]+)?) ?\(\d{1,6}\)")


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
    box_domains: frozenset[str]
    box_heads: frozenset[str]
    box_reading_heads: frozenset[str]
    box_readings: frozenset[str]
    weather_days: frozenset[str]
    weather_states: frozenset[str]
    source_agencies: frozenset[str]
    source_items: frozenset[str]
    helpline_nouns: re.Pattern[str]
    finder_words: frozenset[str]
    finder_places: frozenset[str]
    counter_words: frozenset[str]
    ui_modes: frozenset[str]
    german_verbs: frozenset[str]
    german_nouns: frozenset[str]
    german_function: frozenset[str]
    triggers: frozenset[str]  # a cheap test: the line holds some word a signal needs ...
    openers: frozenset[str]  # ... or starts with a word some signal needs first
    vocabulary: frozenset[str]  # every word a line of the closed-vocabulary signals may hold
    editorial: Editorial  # credits, article tools, own channels, hub teasers, paywall questions
    broadcast: Broadcast  # calls to watch or hear a broadcast, desk credits
    lists: Lists  # tag, topic and search lists, live-ticker event lines
    site: SiteNotices  # notices of the site to its reader (consent, forum rules, error reports)
    teasers: Teasers  # service boxes, teasers and reader notices told by their shape

    @classmethod
    def from_table(cls, t: dict[str, Any]) -> "Signals":
        time_words = _set(t, "time_words")
        ui_nouns = _set(t, "ui_nouns") | _set(t, "ui_pure_nouns")
        ui_words = (_set(t, "ui_controls") | _set(t, "ui_states") | _set(t, "ui_value_states") | ui_nouns
                    | _set(t, "ui_function"))
        nouns = _set(t, "imperative_nouns")
        strong, weak = _set(t, "service_strong"), _set(t, "service_weak")
        # Words some signal needs anywhere in the line, and words some signal needs first.
        german = _set(t, "german_ui_verbs") | _set(t, "german_ui_nouns")
        triggers = (_set(t, "reading_labels") | _set(t, "ui_controls") | ui_nouns | _set(t, "ui_states") | strong
                    | weak | _set(t, "box_domains") | _set(t, "source_agencies")
                    | {"nearest", "closest", "duty", "on-call"} | german)
        openers = (_set(t, "time_labels") | TIME_OPENERS | _set(t, "imperatives") | IMPERATIVE_OPENERS
                   | _set(t, "promo_openers")
                   | {"source", "sources", "used", "material", "information", "find", "locate"})
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
            service_values=_set(t, "service_values"), box_domains=_set(t, "box_domains"),
            box_heads=_set(t, "box_heads"), box_reading_heads=_set(t, "box_reading_heads"),
            box_readings=_set(t, "box_readings"), weather_days=_set(t, "weather_days"),
            weather_states=_set(t, "weather_states"), source_agencies=_set(t, "source_agencies"),
            source_items=_set(t, "source_items"),
            helpline_nouns=re.compile(r"\b(?:%s)\b" % "|".join(
                re.escape(n) for n in sorted(_set(t, "helpline_nouns"), key=len, reverse=True))),
            finder_words=_set(t, "finder_words"), finder_places=_set(t, "finder_places"),
            counter_words=_set(t, "counter_words"), ui_modes=_set(t, "ui_modes"),
            german_verbs=_set(t, "german_ui_verbs"), german_nouns=_set(t, "german_ui_nouns"),
            german_function=_set(t, "german_ui_function"), triggers=triggers, openers=openers,
            vocabulary=frozenset(w for key, words in t.items() if isinstance(words, list) and key not in _OPEN_SIGNALS
                                 for w in words),
            editorial=Editorial.from_table(t.get("editorial", {}), _set(t, "source_agencies")),
            broadcast=Broadcast.from_table(t.get("broadcast", {}), _set(t, "source_agencies")),
            lists=Lists.from_table(t.get("lists", {})),
            site=SiteNotices.from_table(t.get("site", {})),
            teasers=Teasers.from_table(t.get("teasers", {}), t),
        )


def furniture_kind(text: str, sig: Signals) -> str | None:
    """The kind of furniture ``text`` (one line, normalised) is by the generic signals, or None."""
    if len(text) > sig.max_chars or text.startswith(QUOTES):
        return None
    if text[-2:-1].isdigit() and text[-1] in "0123456789." and helpline_sentence(text.lower(), sig):
        return "helpline"  # "Telephone counselling can be reached free of charge around the clock on 0800 111 0 111."
    if text.count(" ") >= sig.max_words:
        # only a read-out of drawn numbers or a local box with its opening hours is that long ("Lotto numbers:
        # 5 - 12 - 19 - 27 - 33 - 41", "Lost property office in the town hall: Monday to Friday 8 to 12 o'clock")
        if text[-1].isdigit() and ":" in text and number_draw(text.lower()):
            return "service"
        return _shape_kind(text, text.lower(), _SHAPE_KINDS)
    if text.endswith("?"):
        # a service label with a question to the reader ("Pharmacy emergency service: which pharmacy is
        # open near you today?"); any other question is a headline or prose
        if ":" in text and service_question(text, text.lower(), sig):
            return "service"
        lowered = text.lower()
        return teaser_kind(text, lowered, sig.teasers) or _shape_kind(text, lowered, _SHAPE_KINDS[1:])
    # Cheap first tests on rough words (str.replace is faster than str.translate or a regex here): the
    # line opens some signal or holds a word some signal needs; and unless it opens a signal, it holds
    # no lower-case word outside the signals' vocabularies.
    lowered = text.lower()
    if ": " in text and service_teaser(text, lowered, sig):
        return "service"  # "Fuel prices: where filling up is cheapest today"
    if ": " in text and ("°" in text or "degree" in lowered) and weather_readout(text, lowered, sig):
        return "service"  # "Today: 18°C, partly cloudy"
    low = lowered.split()  # the trigger sets also hold their words with a mark attached ("settings:")
    if not low:
        return None
    # Editorial furniture, told by its first word and one regex ("Editing: Anna Becker").
    first = low[0].rstrip(":,;.!?")
    if first in sig.editorial.openers:
        kind = editorial_kind(text, lowered, first, sig.editorial)
        if kind:
            return kind
    # Tag lists and live-ticker events, told by a separator, a bracket, a first digit or word, and a regex.
    lists = sig.lists
    if (text[-1] == ")" or text[0].isdigit() or "|" in text or "·" in text or "•" in text or " / " in text
            or first in lists.ticker_openers or (first in lists.label_openers and ":" in text)):
        kind = list_kind(text, lowered, first, lists)
        if kind:
            return kind
    # Broadcast calls and desk credits, told by their first word and a regex ("From our Berlin office"). A
    # call the closed vocabularies know too keeps their narrower kind ("Hear the interview in our podcast").
    broadcast = broadcast_kind(text, lowered, first, sig.broadcast) if (
        first in sig.broadcast.openers or first.endswith(("'s", "’s"))) else None
    if broadcast == "desk-credit":
        return broadcast
    kind = _vocabulary_kind(text, lowered, low, sig) or broadcast
    if kind:
        return kind
    # Data read-outs and toggles, told by a dash-joined row of numbers or an "on/off" ("Lotto numbers: 5 - 12
    # - 19 - 27 - 33 - 41", "Subtitles on/off"); notices of the site to its reader, told by a site noun and
    # the reader's address ("Please observe our forum rules.").
    if "/" in text and toggle(text):
        return "control"
    if text[-1].isdigit() and ":" in text and number_draw(lowered):
        return "service"
    if site_notice(lowered, sig.site):
        return "site-notice"
    # Service boxes, teasers and reader notices told by their shape ("Job market: 1,204 open positions"),
    # then the shape modules (_SHAPE_KINDS).
    return teaser_kind(text, lowered, sig.teasers) or _shape_kind(text, lowered, _SHAPE_KINDS)


# The furniture of a local-news site (widget_locals: "Choose your district: Biberach | Ravensburg"), of a
# national site's service desks (widget_desks: "Strike ticker: which trains run today"), its newsroom
# (widget_newsroom: "Older entries load", "Depot check: should ...?") and everyday desks (widget_everyday:
# "Radar film: ...", "Recall! Please do not consume ...") and a regional daily's pages (widget_regional: "Light a
# memorial candle now") and the shapes that recur across sites (widget_recurring: "Read without advertising with
# the PUR subscription") and in several writers' material (widget_crosswriter: "Data: Eurostat, own calculations"),
# asked in this order; a question is never local.
_SHAPE_KINDS = (local_kind, desk_kind, newsroom_kind, everyday_kind, regional_kind, recurring_kind, crosswriter_kind)


def _shape_kind(text: str, lowered: str, kinds: tuple[Callable[[str, str], str | None], ...]) -> str | None:
    """The first kind one of the shape modules ``kinds`` gives ``text``, or None."""
    for kind_of in kinds:
        kind = kind_of(text, lowered)
        if kind:
            return kind
    return None


def _vocabulary_kind(text: str, lowered: str, low: list[str], sig: Signals) -> str | None:
    """The kinds told by a regex on the line's last mark or first word, or by the closed vocabularies."""
    # Kinds told by the line's last mark or first word and one regex: a help number, a social counter,
    # a registration prompt.
    last = text[-1]
    if (last.isdigit() or last == ")") and ":" in text and helpline_label(lowered, sig.helpline_nouns):
        return "helpline"
    if last == ")":
        m = _COUNTER.fullmatch(lowered)
        if m and m.group(1) in sig.counter_words:
            return "control"
    if account_prompt(lowered, low[0]):
        return "account-prompt"
    if low[0] not in sig.openers:
        if sig.triggers.isdisjoint(low):
            return None
        low, raw = _rough_words(lowered), _rough_words(text)
        if any(r[0].islower() and w.rstrip(".") not in sig.vocabulary for w, r in zip(low, raw)):
            return None
    toks = tokens(text)
    words = [t for t in toks if t.kind != "punct"]
    if not words or len(words) > sig.max_words:
        return None
    for name, test in TESTS:
        if test(toks, words, lowered, sig):
            return name
    return None


def _rough_words(line: str) -> list[str]:
    """The line's words without the marks that cling to them (the same positions in any case)."""
    return (line.rstrip(".").replace(":", " ").replace(",", " ").replace("(", " ").replace(")", " ")
            .replace("|", " ").replace("!", " ").replace(". ", " ").split())
