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

from dataclasses import dataclass
from typing import Any

from mtcheck.rules.widget_signal_kinds import IMPERATIVE_OPENERS, QUOTES, TESTS, TIME_OPENERS, tokens

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
        openers = (_set(t, "time_labels") | TIME_OPENERS | _set(t, "imperatives") | IMPERATIVE_OPENERS
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


def furniture_kind(text: str, sig: Signals) -> str | None:
    """The kind of furniture ``text`` (one line, normalised) is by the generic signals, or None."""
    if len(text) > sig.max_chars or text.count(" ") >= sig.max_words or text.startswith(QUOTES) \
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
