"""Service boxes, teasers and reader notices told by their SHAPE, for MT201's generic signals (see
:mod:`mtcheck.rules.widget_signals`): how the line is built and how it speaks to the reader, not its exact
words.

* "label: teaser", where the label is a noun phrase and no genre ("Analysis:", "Background:" head
  subheads), and the teaser
  - asks the reader's own question under a tool's label ("Pension calculator: how high will my pension
    be?") or a question about today under a service label ("Emergency pharmacies: which pharmacy has
    service today?");
  - reads out a count of listings ("Apartments for rent in Kassel: 312 offers") or a row of drawn digits
    ("Game 77: 3 8 1 0 5 9 2");
  - calls the reader to act on the site ("Mourning ads: search, find and place", "Electricity price
    comparison: switch now and save up to 500 euros", "Letters to the editor: write us your opinion",
    "House fair: win a family trip to Europa-Park");
  - promises a catalogue, with no verb ("Carnival trains 2024: all dates and routes at a glance", "Fire
    brigade operations: the current alarms in the district", "Sudoku and crossword: daily free");
  - has the reader or the site speak under a service label ("Restaurant test: our tester ate in the
    Gasthaus Krone", "Obituaries: we mourn for");
  or the label is the site's own voice ("We congratulate: golden wedding in Oberndorf").
* A regular feature: "Recipe of the week: ...", "Dog of the week from the animal home Graz".
* A reader notice without a label: a short question, then a call to write to the site ("Did you observe
  something? Send us your tip"); a call to act online ("Light a candle in the online condolence book");
  a service box "in real time" ("Arrivals and departures at Vienna Airport in real time").
* Interface German: German words only, with a pointer or the formal address ("Alle Ergebnisse aus den
  Gemeinden", "Wetter für Ihre Region") or ending on an infinitive ("Traueranzeigen online aufgeben").

A subhead carries a genre label, a topic label with a sentence ("Job market: unemployment rises to 2.6
million") or a question to the reader under a topic ("Heating law: what applies to me?"): it stays quiet.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from mtcheck.lang.wordstats import zipf
from mtcheck.rules.widget_guides import guide_kind
from mtcheck.rules.widget_readouts import readout_kind
from mtcheck.rules.widget_services import service_kind
from mtcheck.rules.widget_signal_kinds import AUXILIARIES
from mtcheck.text.lazy_regex import lazy_compile

_WH = frozenset({"which", "where", "what", "when", "how", "who", "what's", "whom"})
_READER = frozenset({"my", "me", "i", "your", "you", "you're", "yours"})
_SITE = frozenset({"our", "we", "us"})
_NOW = frozenset({"today", "tonight", "now", "live", "current", "today's", "currently"})
# Finite verbs and auxiliaries a catalogue promise never holds ("the current figures are alarming").
_FINITE = AUXILIARIES | frozenset({"to", "no", "remain", "remains", "show", "shows", "rise", "rises", "fall",
                                   "falls"})
_WORD = lazy_compile(r"[\w'’&-]+")
_DIGITS = lazy_compile(r"[^:]{2,30}: \d(?: \d){5,}")
_COUNT = lazy_compile(r"(?:the |over |more than |around |about |almost |nearly )?\d{1,3}(?:[,.]\d{3})*\s+(?:(?:new|open|free|current|available|vacant|active) ){0,2}"
                      r"([a-z-]+)(?:\s+(?:in|near|around|for|across) [^:]{2,30})?")
_WIN = frozenset({"a", "an", "one", "two", "three", "four", "five", "tickets", "vouchers", "prizes", "great"})
_FEATURE = lazy_compile(r"(?:the )?(?:([a-z-]+(?: and [a-z-]+| [a-z-]+)?) of the (?:day|week|month|weekend)"
                        r"|(word|thought|sermon|prayer|reflection) (?:to|for) (?:the )?sunday)"
                        r"(?:((?::| -| –)\s.*)| (?:from|by|in|at|with|for) .*)?")
_QUOTES = "\"'“”„‚‘’«»"
_PRONOUNS = frozenset({"i", "i'm", "i’m", "i've", "he", "she", "it", "it's", "they", "they're", "you", "you're",
                       "we", "we're", "me", "him", "her", "them", "us", "my", "his", "their"})
# Words that open a clause, not a label ("When at the store: tell the manager ...").
_CLAUSE_OPENERS = frozenset({"when", "if", "why", "how", "what", "where", "who", "which", "and", "but", "as", "because",
                             "while", "after", "before", "since", "so", "then", "once", "unless", "although"})
# Where a catalogue of current items is found ("the current alarms in the district").
_LOCAL = lazy_compile(r" (?:in|at|on|from|for|around) the (?:district|region|city|town|area|county|lakes?|rivers?"
                      r"|state|country|surroundings|ski areas|ski resorts|mountains)$")
_REAL_TIME = (" in real time", " in real-time", " real-time")
# German: pointers and the formal address of interface lines, and words that open a sentence instead.
_GERMAN_POINTERS = frozenset({"alle", "allen", "mehr", "weitere", "neue", "ihre", "ihrer", "ihren", "ihrem", "ihr"})
_GERMAN_SUBJECTS = frozenset({"der", "die", "das", "wir", "ich", "er", "sie", "es", "man", "wer", "was", "wie",
                              "will", "muss", "kann", "soll", "wollen", "müssen", "können", "sollen", "wird"})


@dataclass(frozen=True)
class Teasers:
    service_heads: frozenset[str]
    genres: frozenset[str]
    calls: frozenset[str]
    call_marks: frozenset[str]
    listings: frozenset[str]
    catalogue: frozenset[str]
    promises: frozenset[str]
    feature_stops: frozenset[str]
    site_verbs: frozenset[str]
    online_objects: re.Pattern[str]
    box_domains: frozenset[str]
    box_heads: frozenset[str]
    finder_places: frozenset[str]
    german: frozenset[str]  # German interface words the signals already know

    @classmethod
    def from_table(cls, t: dict[str, Any], signals: dict[str, Any]) -> "Teasers":
        def words(key: str, table: dict[str, Any] = t) -> frozenset[str]:
            return frozenset(table.get(key, ()))

        return cls(service_heads=words("service_heads"), genres=words("genres"), calls=words("calls"),
                   call_marks=words("call_marks"), listings=words("listings"), catalogue=words("catalogue"),
                   promises=words("promises"), feature_stops=words("feature_stops"),
                   site_verbs=words("site_verbs"), online_objects=re.compile(r"\b(?:%s)\b" % "|".join(
                       re.escape(o) for o in t.get("online_objects", ()))),
                   box_domains=words("box_domains", signals), box_heads=words("box_heads", signals),
                   finder_places=words("finder_places", signals),
                   german=words("german_ui_verbs", signals) | words("german_ui_nouns", signals)
                   | words("german_ui_function", signals))


def teaser_kind(text: str, lowered: str, t: Teasers) -> str | None:
    """The kind of service box, teaser or notice ``text`` (one short stand-alone line) is by its shape."""
    kind = service_kind(text, lowered)  # shop, poll, programme and tool furniture (widget_services)
    if kind:
        return kind
    colon = lowered.find(": ")
    if colon > 1:  # guides, tickers and league boxes (widget_guides)
        kind = guide_kind(lowered[:colon], lowered[colon + 2:].strip(), t.service_heads)
        if kind:
            return kind
    if (" of the " in lowered or " sunday" in lowered) and text[0].isupper():
        m = _FEATURE.fullmatch(lowered.rstrip("."))
        if m and m.group(2):
            if m.group(3):
                return "feature"  # a column to Sunday with its teaser ("Word to Sunday: thoughts of Pastor Meier")
        elif m and (m.group(1).split()[-1] not in t.feature_stops or (
                " and " not in m.group(1) and m.group(3) and not _SITE.isdisjoint(_WORD.findall(m.group(3))[:2]))) and (
                m.group(3) or _verbless(_WORD.findall(m.group(0)))):
            return "feature"  # "Recipe of the week: ...", "Film start of the week: our critique in 60 seconds"
    kind = readout_kind(text, lowered, t.genres)
    if kind:
        return kind
    if colon > 1 and text[-1] == "?" and text.count(" ") <= 4:
        words = _WORD.findall(lowered)  # a German label with its question ("Mediathek: Sendung verpasst?")
        if words[0] in t.german and sum(w in t.german for w in words) >= 2 and _all_german(words, t):
            return "german-ui"
    if colon > 1:
        return _label_teaser(lowered[:colon], lowered[colon + 2:].strip(), t)
    if "? " in lowered:
        question, _, call = lowered.partition("? ")
        words = _WORD.findall(call)
        if (words and question.count(" ") < 6 and words[0] in t.calls and len(words) <= 8
                and any(w in _SITE or w == "here" or w == "online" for w in words) and "," not in call):
            return "site-notice"  # "Did you observe something? Send us your tip"
        return None
    words = _WORD.findall(lowered)
    if not words:
        return None
    if words[0] in t.calls and len(words) <= 12 and "," not in lowered and t.online_objects.search(lowered) and any(
            w in t.call_marks for w in words[1:]):
        return "call-to-action"  # "Light a candle in the online condolence book"
    if lowered.endswith(_REAL_TIME) and _verbless(words) and any(
            w in t.box_domains or w in t.box_heads for w in words):
        return "service"  # "Arrivals and departures at Vienna Airport in real time"
    if text[0].isupper() and len(words) <= 6 and (words[-1].endswith("en") or not t.german.isdisjoint(words)
                                                 or not _GERMAN_POINTERS.isdisjoint(words)
                                                 or words[0] in ("zum", "zur") or lowered.endswith(_GERMAN_ENDS)):
        return "german-ui" if _german_interface(text, words, t) else None
    return None


def _label_teaser(label: str, teaser: str, t: Teasers) -> str | None:
    lw = _WORD.findall(label)
    tw = _WORD.findall(teaser)
    if not lw or not tw or len(lw) > 7 or label in t.genres or lw[0] in t.genres or lw[-1] in t.genres:
        return None
    if len(lw) == 2 and lw[0] == "we" and lw[1] in t.site_verbs:
        return "site-notice"  # "We congratulate: golden wedding in Oberndorf"
    if teaser[0] in _QUOTES or not _PRONOUNS.isdisjoint(lw[1:]) or lw[0] in _PRONOUNS or lw[0] in _CLAUSE_OPENERS:
        return None  # a quotation or a clause as the label ("And now I'm singing: 'Get me out of here'")
    if not _FINITE.isdisjoint(w for w in lw if w != "to"):
        return None  # a sentence ("Germans are ...:"); a participle may modify ("Classified ads", "Used cars")
    if _DIGITS.fullmatch(f"{label}: {teaser}"):
        return "service"  # "Game 77: 3 8 1 0 5 9 2"
    service = any(w in t.service_heads or w in t.finder_places for w in lw) or (
        any(w in t.box_domains for w in lw) and any(w in t.box_heads for w in lw))
    first = tw[0]
    if teaser.endswith("?"):
        if first not in _WH or not service:
            return None
        # the reader's own question under a tool ("how high will my pension be?"), or one about today
        return "service-teaser" if any(w in _READER or w in _NOW for w in tw) else None
    if teaser.endswith(".") or len(tw) > 12:
        return None
    m = _COUNT.fullmatch(teaser)
    if m and m.group(1) in t.listings and _verbless(tw[2:]):
        return "service-teaser"  # "312 offers", "1,204 open positions in your region"
    if first in t.calls:
        if (first == "win" and len(tw) > 1 and (tw[1] in _WIN or tw[1][0].isdigit())) or (
                len(tw) > 1 and all(w in t.calls or w in ("and", "or", "now", "here", "online") for w in tw)
                and sum(w in t.calls for w in tw) >= 2) or any(w in t.call_marks for w in tw[1:]):
            return "service-teaser"  # "search, find and place", "switch now and save", "write us your opinion"
        return None
    if service and (not _SITE.isdisjoint(tw[:2]) or "your" in tw or "you" in tw):
        return "service-teaser"  # "our tester ate in the Gasthaus Krone", "we mourn for"
    if not _verbless(tw):
        return None
    if ("all" in tw or teaser.endswith("at a glance")) and any(w in t.catalogue for w in tw):
        return "service-teaser"  # "all dates and routes at a glance", "the results of all municipalities"
    lead = tw[1] if first == "the" and len(tw) > 1 else first
    if lead in ("current", "latest", "today's") and len(tw) <= 9 and (
            any(w in t.catalogue for w in tw[1:4]) or (_LOCAL.search(teaser) and any(
                w.endswith("s") and not w.endswith("ss") for w in tw[1:4]))):
        return "service-teaser"  # "the current alarms in the district", "current catch quotas at the lakes"
    label_now = not _NOW.isdisjoint(lw)
    if service and (all(w in t.promises for w in tw) and any(w in ("daily", "free", "every", "real") for w in tw)):
        return "service-teaser"  # "daily free", "free every day"
    if service and (len(tw) <= 4 and not _NOW.isdisjoint(tw) or (label_now and first in _WH)):
        return "service-teaser"  # "departures today", "TV programme today: what runs when on which channel"
    return None


def _verbless(words: list[str]) -> bool:
    """No finite verb or participle among ``words`` (a catalogue or a label, not a sentence)."""
    return not any(w in _FINITE or (w.endswith("ed") and len(w) > 4) for w in words)


def _german_interface(text: str, words: list[str], t: Teasers) -> bool:
    """Interface German: German words only (known interface words, or words far more German than English),
    and the shape of an interface line: a call ending on an infinitive with "online", "jetzt" ...
    ("Traueranzeigen online aufgeben"), a pointer to a listing ("Alle Ergebnisse aus den Gemeinden") or the
    reader's formal address after a preposition ("Wetter für Ihre Region"). A slogan or a title stays quiet
    ("Mehr Demokratie wagen", "Ihre Majestät", "Hier und heute")."""
    if len(words) < 2 or words[0] in _GERMAN_SUBJECTS or not _all_german(words, t):
        return False
    if text.lower().endswith(_GERMAN_ENDS) and len(words) <= 5:
        return True  # a catalogue promise ("Ferientermine 2025 im Überblick", "Alle Aktienkurse in Echtzeit")
    if words[0] in ("zum", "zur") and len(words) <= 3 and all(zipf(w, "en") < 1.0 for w in words[1:]):
        return True  # a link to a page of the site ("Zum Kinoprogramm", "Zur Startseite")
    last = text.split()[-1].rstrip("!")
    if last.islower() and last.endswith("en") and len(words) <= 4 and zipf(last, "en") < 1.0:
        return not _GERMAN_CALL_MARKS.isdisjoint(words)
    if words[0] in _GERMAN_POINTERS and len(words) >= 4 and (words[2] in _GERMAN_PREPOSITIONS or words[2] in ("der", "des")):
        return True
    return any(w in _GERMAN_PREPOSITIONS and nxt.startswith("ihr") and nxt in _GERMAN_POINTERS
               for w, nxt in zip(words, words[1:]))


def _all_german(words: list[str], t: Teasers) -> bool:
    """Known interface words, or words far more German than English (function words and years pass)."""
    return all(w in t.german or w.isdigit() or w in _GERMAN_PREPOSITIONS or zipf(w, "de") >= max(1.5, zipf(w, "en") + 1.0)
               for w in words)


# What ends a German catalogue promise ("im Überblick", "in Echtzeit", "auf einen Blick").
_GERMAN_ENDS = (" im überblick", " in echtzeit", " auf einen blick", " zum download", " zum herunterladen")
_GERMAN_CALL_MARKS = frozenset({"online", "jetzt", "hier", "kostenlos", "gratis", "direkt", "einfach", "schnell"})
_GERMAN_PREPOSITIONS = frozenset({"aus", "zu", "zum", "zur", "von", "vom", "in", "im", "für", "über", "bei", "mit",
                                  "rund", "um", "an", "am", "auf"})
