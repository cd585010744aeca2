"""Broadcast calls and desk credits for MT201's generic signals (see :mod:`mtcheck.rules.widget_signals`),
told by their shape, with the vocabularies of the ``[signals.broadcast]`` table of
``data/common/boilerplate.toml``.

- a call to watch or hear a broadcast: a viewing verb and what it shows, then pointers of a broadcast
  only ("Watch the debate in the Bundestag live here from 9 a.m.", "Listen to the podcast episode
  here", "You can watch the match live on ZDF from 8.45 p.m."); "Live" and a channel or a time ("Live
  from 8 p.m. on ZDF and in the stream"); a broadcast event and a pointer ("The press conference in full
  length", "The debate to watch again", "The full interview as a video"). A pointer is "live", "here",
  "in full", "to watch (again)", "as a video", a channel or a medium ("on ZDF", "in the stream"); a time
  ("from 9 a.m.") goes with one. "Live from the front: a reporter's diary", "Watch out for the wolves",
  "The press conference in Brussels ended without a statement." stay quiet;
- a desk credit: "From" or "By" and a desk of the site or a broadcaster, with "our", a name or a
  modifier ("From our Berlin office", "By the political desk", "Report from the ARD capital studio");
  "From the office to the home office", "From our point of view" and a correspondent ("From our
  correspondent in Kyiv", a dateline) stay quiet.

Each test is tried only on lines whose first word can open it (a set lookup), then a regex.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from mtcheck.lang.verbs import has_possible_verb
from mtcheck.rules.widget_signal_kinds import alternation, names_as_modifiers

_TIME = r"\d{1,2}(?:[.:]\d{2})?\s?(?:a\.?m\.?|p\.?m\.?|o'clock|h\b|uhr\b)|\d{1,2}[.:]\d{2}"
_DAY = (r"(?:today|tonight|tomorrow|this (?:morning|afternoon|evening)"
        r"|(?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?: (?:morning|afternoon|evening|night))?)")
_WHEN = rf"(?:(?:{_DAY}),? )?(?:from|at|starting at|as of|from about|from around|around|until|after) (?:{_TIME})|{_DAY}"
_FULL = (r"in full(?: length)?|in (?:its|their) (?:full length|entirety)|in (?:the )?full (?:version|length)"
         r"|in (?:the )?original(?: length| version)?|uncut|from start to finish|in excerpts|in extracts")
_AGAIN = (r"to (?:watch|listen to|listen|hear|see|rewatch|relive)(?: (?:again|later|back|on demand|in full))?"
          r"|on demand|for replay")
_AS = r"as an? (?:video|podcast|livestream|live stream|audio|stream|recording|replay|video on demand|audio file)"
_HERE = r"here|below|above"
# Words that open a noun phrase, for the verb test of a call's object ("the debate in the Bundestag").
_PHRASE_OPENERS = frozenset("the a an this that these those our your all every each of on about from in for to "
                            "with at by and or & whole full complete entire latest new".split())


@dataclass(frozen=True)
class Broadcast:
    call_openers: frozenset[str]
    call: re.Pattern[str]  # "[Here] [you can] watch|listen to|... <rest>"
    tail: re.Pattern[str]  # pointers only: "live here from 9 a.m."
    strong: re.Pattern[str]  # a pointer that makes a call (not a time alone)
    event_strong: re.Pattern[str]  # a pointer that makes an event a call (not a broadcaster alone)
    live: re.Pattern[str]  # "Live from 8 p.m. on ZDF and in the stream"
    shown: re.Pattern[str]  # a broadcast a call opened by "Here" shows ("Here you can watch the livestream")
    event_openers: frozenset[str]
    event: re.Pattern[str]  # "The press conference in full length"
    desk_openers: frozenset[str]
    desk: re.Pattern[str]  # "From our Berlin office"
    newsroom: re.Pattern[str]  # a desk of a newsroom by itself ("editorial office", "capital studio")
    media_names: frozenset[str]  # broadcasters and agencies, lower-cased ("ard", "zdf", "dpa")
    openers: frozenset[str]

    @classmethod
    def from_table(cls, t: dict[str, Any], agencies: frozenset[str]) -> "Broadcast":
        def alt(key: str) -> str:
            return alternation(t.get(key, ()))

        def firsts(key: str) -> frozenset[str]:
            return frozenset(w.split()[0] for w in t.get(key, ()))

        verbs, events, media, casters = alt("viewing_verbs"), alt("events"), alt("media"), alt("broadcasters")
        channel = (rf"(?:on|in|via|at|with|through|and in|and on) (?:the |our )?(?:(?:{casters}) )?(?:{media})\b"
                   rf"|(?:on|in|via|at|with) (?:{casters})\b(?: and (?:{casters})\b)*")
        medium = rf"(?:on|in|via|at|with|through|and in|and on) (?:the |our )?(?:(?:{casters}) )?(?:{media})\b"
        strong = rf"live\b|(?:{_HERE})\b|{_FULL}|{_AGAIN}|{_AS}|{channel}"
        # an event needs more than its broadcaster ("The documentary on ARD" may be a subhead)
        event_strong = rf"live\b|(?:{_HERE})\b|{_FULL}|{_AGAIN}|{_AS}|{medium}"
        mark = rf"(?:{strong}|{_WHEN})"
        tail = rf"(?:(?:\s*(?:,|and|&|or)?\s*)(?:{mark}))+\s*[.!]?"
        name = r"(?-i:[A-ZÄÖÜ])[\w.'’+-]*"
        modifier = rf"(?:{alt('desk_modifiers')}|{alternation(agencies)}|{name})"
        call_openers = firsts("viewing_verbs") | {"here", "now", "you"}
        event_openers = firsts("events") | {"the", "our", "this", "full", "complete", "whole", "entire"}
        desk_openers = frozenset({"from", "by", "a", "an", "report", "reported", "reports", "dispatch", "reporting"})
        return cls(
            call_openers=call_openers,
            call=re.compile(rf"(?:(?:here|now),? )?(?:(?:you can|you will be able to|you'll be able to) (?:also )?)?"
                            rf"(?:{verbs})\b(.*)", re.IGNORECASE),
            tail=re.compile(tail, re.IGNORECASE),
            strong=re.compile(rf"(?:^|\s)(?:{strong})", re.IGNORECASE),
            event_strong=re.compile(rf"(?:^|\s)(?:{event_strong})", re.IGNORECASE),
            live=re.compile(rf"(?:(?:watch |now |also )?live(?:stream| stream)?(?: now)?|livestream|live stream)"
                            rf"\s*:?{tail}", re.IGNORECASE),
            shown=re.compile(rf"(?:(?:the|our|this) )?(?:(?:full|complete|whole|entire|live|latest|new) )?"
                             rf"(?:{name}(?:['’]s)? )?(?:{events}|{media})(?: {_WHEN})?\.?", re.IGNORECASE),
            event_openers=event_openers,
            event=re.compile(rf"(?:(?:the|our|this) )?(?:(?:full|complete|whole|entire|live|latest|new) )?"
                             rf"(?:{name}(?:['’]s)? )?(?:{events})"
                             rf"(?: (?:of|by|with|from|in|at|on) (?:the )?{name}(?: {name}){{0,3}}){{0,2}}({tail})",
                             re.IGNORECASE),
            desk_openers=desk_openers,
            desk=re.compile(rf"(?:(?:an? )?(?:report|dispatch|reporting|reports)(?:ed)? )?(?:from|by) (our|the) "
                            rf"((?:{modifier} ){{0,3}})({alt('newsroom_desks')}|{alt('desk_nouns')})"
                            rf"((?: (?:in|at) {name}(?: {name}){{0,2}}| {name}(?: {name})?)?)\.?", re.IGNORECASE),
            newsroom=re.compile(rf"\s(?:{alt('newsroom_desks')})$"),
            media_names=frozenset(t.get("broadcasters", ())) | agencies,
            openers=call_openers | event_openers | desk_openers | {"live", "livestream", "watch", "also"},
        )


def broadcast_call(text: str, lowered: str, first: str, bc: Broadcast) -> bool:
    """"Watch the debate live here from 9 a.m.", "Live on ARD from 8.15 p.m.", "The speech in full"."""
    if first in ("live", "livestream", "watch", "now", "also") and bc.live.fullmatch(text) \
            and not lowered.rstrip(". ").endswith("live"):
        return True  # "Live from 8 p.m. on ZDF" (not "Live" alone, a label other patterns judge)
    if first in bc.call_openers:
        m = bc.call.fullmatch(text)
        if m and (_object_and_pointers(text, m.start(1), bc) or (
                first == "here" and bc.shown.fullmatch(m.group(1).strip()) is not None)):
            return True
    if first in bc.event_openers or first.endswith(("'s", "’s")):  # "Scholz's speech in full"
        m = bc.event.fullmatch(text)
        if m and bc.event_strong.search(m.group(1)):
            return True
    return False


def _object_and_pointers(text: str, start: int, bc: Broadcast) -> bool:
    """Does ``text[start:]`` read as what a call shows (a noun phrase, or nothing) and then pointers of a
    broadcast only, one of them more than a time?"""
    rest = text[start:]
    for m in re.finditer(r"(?:^|(?<=\s))\S", rest):
        obj, tail = rest[:m.start()].strip(), rest[m.start():]
        if not bc.tail.fullmatch(" " + tail) or not bc.strong.search(" " + tail):
            continue
        if not obj:
            return True
        words = obj.split()
        if len(words) > 8 or words[0].lower() in ("out", "up", "it", "this", "that", "how", "what", "why", "as"):
            return False
        return not has_possible_verb(["the"] + names_as_modifiers(obj), _PHRASE_OPENERS)
    return False


def desk_credit(text: str, lowered: str, first: str, bc: Broadcast) -> bool:
    """"From our Berlin office", "By the political desk", "Report from the ARD capital studio": a desk of
    the site ("our", with a place or a modifier or none), or a newsroom's desk ("the editorial office in
    Frankfurt", "the Hamburg newsroom"), or a broadcaster's or an agency's ("the ZDF studio in Brussels");
    an office of a government or a firm ("From the Foreign Office", "the BND office in Pullach") is not."""
    m = bc.desk.fullmatch(text)
    if m is None:
        return False
    if m.group(1).lower() == "our":
        return True
    modifiers = m.group(2)
    if bc.newsroom.search(f" {modifiers}{m.group(3)}".lower()):
        return bool(modifiers.strip() or m.group(4))  # "the Hamburg newsroom" (not "the desk" alone)
    return any(w.lower() in bc.media_names for w in modifiers.split())


def broadcast_kind(text: str, lowered: str, first: str, bc: Broadcast) -> str | None:
    """The kind of furniture ``text`` is by these tests, or None (``first``: its first word, lower-cased)."""
    if not text[:1].isupper():
        return None
    if first in bc.desk_openers and desk_credit(text, lowered, first, bc):
        return "desk-credit"
    if broadcast_call(text, lowered, first, bc):
        return "broadcast"
    return None
