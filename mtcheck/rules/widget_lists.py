"""Tag lists and live-ticker event lines for MT201's generic signals (see :mod:`mtcheck.rules.widget_signals`),
told by their shape, with the vocabularies of the ``[signals.lists]`` table of ``data/common/boilerplate.toml``.

- a tag, topic or search list: a tag label (its words from the label vocabulary, one of them a head such as
  "topics", "searches", "tags", "article" or a pointer "More on", "Everything about"), a colon, then two
  short noun items or more, separated by commas, bars, middots, bullets or slashes ("Trending topics:
  traffic light coalition | Ukraine | Bundesliga", "Popular searches: weather, traffic, Christmas market",
  "More on: CDU, Friedrich Merz, Bundestag"); or, with no label, three short items or more separated by
  bars, middots, bullets or spaced slashes ("Ukraine | Russia | NATO"). An item is at most five words, does
  not open with a determiner, a pronoun or a question word and holds no auxiliary: "Topics: what the
  coalition wants to change", "Ingredients: 200 g flour, 2 eggs" (no tag label), "Heating law | What owners
  need to know now" and a sentence with a list ("The talks covered energy, migration and defence.") stay
  quiet;
- a live-ticker event line: a minute mark first ("45.+2: Half-time", "90.: Final whistle", "67': Kane hits
  the post"); or a German minute mark in brackets at the end ("(34.)", "(45.+2)") with a ticker label first
  or a score ("Yellow card: Kimmich (34.)", "Musiala makes it 1:0 (12.)"); or a ticker label, a colon or an
  exclamation mark, and a score read-out ("Half-time: 1:1", "Goal! 1:0 Musiala"). A sentence ("Musiala
  scored 1:0 (12.).", "Kimmich (34.) and Musiala (56.) scored for Bayern.") and a headline with a ticker
  word ("Red card for Kimmich: Bayern lose in Leverkusen") stay quiet.

Each test is tried only when a cheap test holds (a separator in the line, a first word that may open it, a
final bracket or a first digit).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from mtcheck.rules.widget_signal_kinds import alternation
from mtcheck.text.lazy_regex import lazy_compile

# Separators of a tag list: bars, middots, bullets and spaced slashes are strong; commas, semicolons,
# "and" and "&" join items only after a tag label.
_STRONG_SEPARATOR = lazy_compile(r"[|·•]| / ")
_STRONG_SPLIT = lazy_compile(r"\s*(?:[|·•]|\s/\s)\s*")
_LABELLED_SPLIT = lazy_compile(r"\s*(?:[|·•,;&]|\s/\s|\band\b)\s*")
# An item opening with one of these is a clause or a noun phrase of prose, not a tag.
_NOT_ITEM_OPENERS = frozenset("the a an this that these those what why how who whom whose when where which whether "
                              "our your his her their its my there it we you they i he she if because".split())
# Auxiliaries and common finite verbs: an item holding one is a clause.
_CLAUSE_WORDS = frozenset("is are was were be been being has have had will would can could should must may might "
                          "shall do does did wants want says said gets got makes made".split())
_ITEM_WORD = lazy_compile(r"[^\W_][\w'’.+\-]*|\d+\.?")
# German minute marks: "(34.)", "(45.+2)", "(90. + 3.)"; a minute mark opening a ticker line: "45.+2:",
# "90.:", "67':", "90+3'", "34th minute:".
_MINUTE_AT_END = lazy_compile(r"\((?:1[0-2]\d|\d{1,2})\.(?:\s?\+\s?\d{1,2}\.?)?\)$")
_MINUTE_FIRST = lazy_compile(r"(?:(?:1[0-2]\d|\d{1,2})\.(?:\s?\+\s?\d{1,2}\.?)?\s?:"
                             r"|(?:1[0-2]\d|\d{1,2})(?:\s?\+\s?\d{1,2})?['’′]\s?:?"
                             r"|(?:1[0-2]\d|\d{1,2})(?:st|nd|rd|th) minute\s?:)\s+\S")
_SCORE = lazy_compile(r"(?<![\d:.,])\d{1,2}:\d{1,2}(?![\d:.,]\d)")
# A personal name: capitalised words, with name particles ("Deniz Aytekin", "Sven Jablonski", "de Ligt").
_NAME = (r"(?:(?:von|van|de|der|den|da|di|dos|del|ter|le|la)\s+)?(?-i:[A-ZÀ-ÖØ-ÞĀ-Ž])[\w'’.-]*"
         r"(?:[ -](?:(?:von|van|de|der|den|da|di|dos|del|ter|le|la)\s+)?(?-i:[A-ZÀ-ÖØ-ÞĀ-Ž])[\w'’.-]*){0,3}")
# Words a score read-out may hold besides names, numbers and scores ("Goal! 1:0 by Musiala").
_READOUT_WORDS = frozenset("by for from against to at in the and after with of vs".split())


@dataclass(frozen=True)
class Lists:
    label_words: frozenset[str]
    label_heads: frozenset[str]
    label_pointer: re.Pattern[str]  # "more on", "read more about", "everything on the topic"
    label_openers: frozenset[str]
    ticker_label: re.Pattern[str]  # a ticker label opening the line ("Yellow card", "Substitution")
    ticker_openers: frozenset[str]
    official: re.Pattern[str]  # "Referee: Deniz Aytekin (Oberasbach)", a line of a match-facts box
    official_openers: frozenset[str]

    @classmethod
    def from_table(cls, t: dict[str, Any]) -> "Lists":
        labels = t.get("ticker_labels", ())
        officials = t.get("official_labels", ())
        words = frozenset(t.get("tag_label_words", ()))
        heads = frozenset(t.get("tag_label_heads", ()))
        return cls(
            label_words=words | heads,
            label_heads=heads,
            label_pointer=re.compile(r"(?:read )?(?:more|everything|all|further articles|more articles|more news)"
                                     r"(?: (?:on|about|from|regarding))(?: (?:the )?(?:topics?|subjects?))?"),
            label_openers=frozenset(w for w in words | heads),
            ticker_label=re.compile(rf"(?:{alternation(labels)})\b", re.IGNORECASE),
            ticker_openers=frozenset(w.split()[0] for w in labels),
            official=re.compile(rf"(?:{alternation(officials)})\s*:\s*{_NAME}(?:\s*\([^()]{{2,40}}\))?"
                                rf"(?:\s*(?:[,;/&]|and)\s*{_NAME}(?:\s*\([^()]{{2,40}}\))?){{0,4}}\s*\.?", re.IGNORECASE),
            official_openers=frozenset(w.split()[0] for w in officials),
        )


def list_kind(text: str, lowered: str, first: str, li: Lists) -> str | None:
    """The kind of furniture ``text`` is by these tests, or None (``first``: its first word, lower-cased,
    without marks). The caller tries it only on a line with a separator, a final bracket, a first digit or
    a first word some test needs."""
    if (text[-1] == ")" or text[0].isdigit() or first in li.ticker_openers) and ticker_event(text, lowered, first, li):
        return "ticker-event"
    if (first in li.label_openers and ":" in text) or _STRONG_SEPARATOR.search(text):
        if tag_list(text, lowered, li):
            return "tag-list"
    return None


# --- tag lists ----------------------------------------------------------------------------------------

def tag_list(text: str, lowered: str, li: Lists) -> bool:
    """"Trending topics: traffic light coalition | Ukraine | Bundesliga", "Ukraine | Russia | NATO"."""
    if text.endswith((".", "!")) and not text.endswith(" St."):
        return False
    label, colon, rest = lowered.partition(":")
    if colon and _is_tag_label(label.strip(), li):
        items = _LABELLED_SPLIT.split(text[len(label) + 1:].strip())
        return len(items) >= 2 and all(_is_item(i) for i in items)
    if not _STRONG_SEPARATOR.search(text):
        return False
    items = _STRONG_SPLIT.split(text)
    return len(items) >= 3 and all(_is_item(i, 4) for i in items)


def _is_tag_label(label: str, li: Lists) -> bool:
    words = label.split()
    if not words or len(words) > 6 or words[0] == "the":
        return False  # "The topics: pensions, migration, defence" introduces the article's own list
    if li.label_pointer.fullmatch(label):
        return True
    return all(w in li.label_words for w in words) and any(w in li.label_heads for w in words)


def _is_item(item: str, most: int = 5) -> bool:
    words = _ITEM_WORD.findall(item)
    if not words or len(words) > most or len(words) != len(item.split()) or ":" in item:
        return False
    low = [w.lower() for w in words]
    return low[0] not in _NOT_ITEM_OPENERS and _CLAUSE_WORDS.isdisjoint(low)


# --- live-ticker event lines --------------------------------------------------------------------------

def ticker_event(text: str, lowered: str, first: str, li: Lists) -> bool:
    """"Yellow card: Kimmich (34.)", "45.+2: Half-time", "Goal! 1:0 Musiala (12.)", "Half-time: 1:1"."""
    if text.endswith(".") and not text.endswith(".)."):
        return False  # a sentence of a match report ("Musiala scored 1:0 (12.).")
    if text[0].isdigit() and _MINUTE_FIRST.match(text):
        return True
    label = li.ticker_label.match(text) if first in li.ticker_openers else None
    if text[-1] == ")" and _MINUTE_AT_END.search(text):
        return label is not None or _SCORE.search(text) is not None
    if label is None:
        return False
    rest = text[label.end():].lstrip()
    if not rest.startswith((":", "!")) or not _SCORE.search(rest):
        return False
    # a score read-out: scores, numbers, names and a few function words only ("Goal! 1:0 by Musiala")
    for word in _ITEM_WORD.findall(rest):
        if not (word[0].isdigit() or word[0].isupper() or word in _READOUT_WORDS):
            return False
    return True


# --- match officials -----------------------------------------------------------------------------------

def match_official(text: str, li: Lists) -> bool:
    """"Referee: Deniz Aytekin (Oberasbach)": a line of a match-facts box, furniture only beside other match
    facts (the caller checks that)."""
    if ":" not in text or text.split(None, 1)[0].lower().rstrip(":") not in li.official_openers:
        return False
    return li.official.fullmatch(text) is not None
