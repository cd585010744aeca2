"""More kinds of site furniture for MT201's generic signals (see :mod:`mtcheck.rules.widget_signals`):
source notes, display modes, service finders, service and data boxes and interface lines left in German.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from mtcheck.rules.widget_signal_kinds import Tok, split_label

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


# --- service and data boxes --------------------------------------------------------------------------

# Words a service label may hold besides its service words and places ("Water level of the Rhine at
# Cologne", "Pharmacies on duty today").
_LABEL_FUNCTION = frozenset({"the", "of", "in", "for", "at", "on", "from", "and", "&", "near", "around", "all",
                             "a", "glance", "this", "week", "weekend", "tomorrow", "region", "area", "city"})
# Marks a service box's read-out may hold ("1 euro = 1.08 dollars", "7 (high)", "3 of 5", "Kaub: 1.12 m").
_READING_MARKS = frozenset({",", "(", ")", "=", "/", "-", "–", "|", ";", ":", "+", "%", "°", "€", "$", "£", "."})


def service_box(toks: list[Tok], words: list[Tok], lowered: str, sig: Signals) -> bool:
    """A service or data box of a news site: "Pollen count today: high birch pollen load", "Water levels:
    Rhine at Cologne 4.20 m", "Traffic: 12 km of queues on the A3", "Cinema programme", "Petrol prices
    today". The label names a service domain ("pollen", "water", "cinema") and holds service words, places
    and present-time words only. Then a read-out of numbers, units and states ("high", "heavy rain") with
    no other word ("Weather warning: why the storm was underestimated" is a headline); or, with no read-out,
    a box head ("programme", "calendar", "radar", "numbers") or a reading head ("prices", "levels") and a
    present-time or reader-facing word ("Storm warning for the North Sea coast" is a headline)."""
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
        return _read_out(toks[colon + 1:], sig)
    if lowered.endswith(".") and not lowered.endswith((".m.", " approx.")):
        return False  # a caption ("Traffic jam on the A3 near Würzburg.")
    return head or deixis


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
_GERMAN_BEFORE_NAME = frozenset({"zu", "aus", "über", "von", "vom", "in", "im", "bei", "für", "zum", "zur"})


# What may come before "X mode": "Activate dark mode", "Switch to reading mode".
_MODE_SWITCHES = (["activate"], ["deactivate"], ["enable"], ["disable"], ["turn", "on"], ["turn", "off"],
                  ["switch", "to"], ["switch", "on"], ["switch", "off"], ["exit"], ["open"], ["close"])


# --- site notices, data read-outs and toggles --------------------------------------------------------

def _words_alternation(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


@dataclass(frozen=True)
class SiteNotices:
    """The ``[signals.site]`` vocabularies: the site's own nouns (consent, forum rules, print edition ...),
    the forms that address the reader ("you can", "your", "please", "let us know", "our"), the verbs of
    narration and the third-person words that make a sentence a report about someone else."""

    nouns: re.Pattern[str]
    weak_nouns: re.Pattern[str]
    address: re.Pattern[str]
    reader_address: re.Pattern[str]
    our_noun: re.Pattern[str]  # "our" before a site noun ("our forum rules", "our print edition")
    narration: frozenset[str]

    @classmethod
    def from_table(cls, t: dict[str, Any]) -> "SiteNotices":
        def words(key: str) -> re.Pattern[str]:
            return re.compile(rf"\b(?:{_words_alternation(t.get(key, ()))})\b")

        return cls(nouns=words("nouns"), weak_nouns=words("weak_nouns"), address=words("address"),
                   reader_address=words("reader_address"),
                   our_noun=re.compile(r"\bour (?:[\w-]+ )?(?:%s)\b" % _words_alternation(
                       list(t.get("nouns", ())) + list(t.get("weak_nouns", ())))),
                   narration=frozenset(t.get("narration", ())))


_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+")
_YOU = frozenset({"you", "your", "you've", "you're"})
# A question to the reader may drop its subject: "Found a mistake?", "Spotted an error?".
_ELLIPTIC = frozenset({"found", "spotted", "noticed", "discovered", "seen", "missing", "questions", "question",
                       "feedback", "suggestions", "tips", "criticism", "praise"})
_AUX = frozenset({"is", "are", "be", "been", "being", "has", "have", "get", "gets", "was", "were", "will"})


def site_notice(lowered: str, site: SiteNotices) -> bool:
    """A notice of the site to its reader about the site itself: a site noun (consent, privacy centre,
    forum rules, comments, mistake, advertisement, print edition, newsletter, account ...) with the
    reader addressed ("you can", "your", "please", "let us know", "write to us") or the site speaking
    ("our", "we welcome"), in the present or the imperative (a noun prose shares, "mistake", "comment",
    "account", needs the site's voice or a request to write to it, not a bare "your"): "You can change your consent at any time in
    the privacy centre.", "Please observe our forum rules.", "Did you notice a mistake? Let us know.".
    A report stays quiet: a verb of narration ("Our forum on climate change drew 500 guests."), a third
    person ("Please stay at home, she said"), or a question to someone other than the reader."""
    if ": " in lowered or not lowered.endswith((".", "!")):
        return False  # a headline, a label or a genre ("Our comment: a bad compromise", "Our newsletter subscribers")
    strong = site.nouns.search(lowered) is not None
    if not strong and not site.weak_nouns.search(lowered):
        return False
    addressed = False
    for sentence in _SENTENCE_SPLIT.split(lowered):
        words = [w.strip(".,;:!?\"'()") for w in sentence.split()]
        words = [w for w in words if w]
        if not words:
            continue
        if sentence.endswith("?"):
            # a question to the reader: "Did you notice a mistake?", "Found a mistake?"
            if _YOU.isdisjoint(words) and not (words[0] in _ELLIPTIC and len(words) <= 5):
                return False
            continue
        for i, w in enumerate(words):
            if w in site.narration:
                return False
            if w.endswith("ed") and len(w) > 4 and i and words[i - 1] not in _AUX and words[i - 1] not in (
                    "not", "you", "your", "can", "be"):
                # a past tense ("The forum opened ...") but not a participle after an auxiliary
                if i == 1 or words[i - 2] not in _AUX:
                    if not (words[0] in ("this", "the") and words[1] in _SELF_NOUNS):
                        return False
        if site.address.search(sentence) or site.our_noun.search(sentence) or (
                strong and site.reader_address.search(sentence)):
            addressed = True
    return addressed


# What a note about the article itself names ("This article appeared in the print edition ...").
_SELF_NOUNS = frozenset({"article", "text", "report", "interview", "contribution", "post", "page", "story"})


# A read-out of drawn numbers: a label, then five numbers or more joined by dashes, then extras named by
# a few words and a number ("Lotto numbers from Saturday: 3 – 11 – 17 – 24 – 38 – 45, super number 7").
_DRAW = re.compile(r"([^:]{2,60}):\s*\d{1,2}(?:\s*[–—-]\s*\d{1,2}){4,}"
                   r"(?:\s*[,;|]\s*(?:[^\W\d]+\s+){1,3}:?\s*\d{1,7}(?:\s*[–—-]\s*\d{1,7})*)*\s*\.?")


def number_draw(lowered: str) -> bool:
    """A data box reading out drawn numbers ("Lotto numbers: 5 - 12 - 19 - 27 - 33 - 41"): the label has no
    more than five words and no verb of a sentence (a read-out of results in prose has one)."""
    m = _DRAW.fullmatch(lowered)
    return bool(m) and m.group(1).count(" ") < 5 and not any(
        w in _DRAW_VERBS for w in m.group(1).split())


_DRAW_VERBS = frozenset({"is", "are", "was", "were", "ended", "end", "ends", "read", "reads", "scored", "won"})

# A toggle: one to three words of a setting, then "on/off" ("Subtitles on/off", "Dark mode on/off").
_TOGGLE = re.compile(r"(?-i:[A-Z])[\w'’-]*(?: [\w'’-]+){0,2}\s*:?\s*\(?(?:on ?/ ?off|off ?/ ?on|an ?/ ?aus)\)?")


def toggle(text: str) -> bool:
    if not _TOGGLE.fullmatch(text):
        return False
    first = text.split(None, 1)[0].lower()
    return first not in ("the", "a", "an", "on/off", "on", "off")


# A service label, then a question to the reader ("Pharmacy emergency service: which pharmacy is open near
# you today?").
_SERVICE_QUESTION = re.compile(r"([^:?]{3,50}):\s*(?:which|where|what|when|who)\b[^:]*\b(?:you|your)\b[^:]*\?")


def service_question(text: str, lowered: str, sig: "Signals") -> bool:
    m = _SERVICE_QUESTION.fullmatch(lowered)
    if not m:
        return False
    label = m.group(1).split()
    return any(w in sig.finder_places or w in sig.box_domains for w in label) and all(
        w in sig.finder_words or w in sig.box_domains or w in sig.service_strong or w in sig.service_weak
        for w in label)
