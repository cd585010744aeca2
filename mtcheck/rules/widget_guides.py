"""Guide, ticker and league-box furniture told by its SHAPE, for MT201's generic signals (called from
:func:`mtcheck.rules.widget_teasers.teaser_kind` on one short stand-alone line "label: teaser", after the
shapes of :mod:`mtcheck.rules.widget_services`):

* a pointer into a live medium: "the final in the live ticker", "the final in the stream – with chat";
  under a live or ticker label, a verbless teaser that ends on "live" ("Port ticker: ship arrivals and
  departures in Hamburg live"), a verbless row of results ("sets, points and results of the game day") or
  a question about today ("Strike ticker: which trains and flights fall out today?");
* a league box: "the table after the 20th match day", "the drawing of the German Masters" (German
  "Auslosung" rendered word for word; the English "the draw" in a headline stays quiet);
* a list teaser "these <plural> ..." with a superlative, a new home, or a present-time word with an
  availability or under a service label ("Day money comparison: these banks pay currently the highest
  interests", "Animal home: these dogs wait for a new family", "Delivery bottlenecks: these medicaments are
  currently not available");
* a guide: "so you ... yourself – step for step" (German "So ... Sie"), "how to ..." under an
  instruction label; "what (is) to do" under a calendar or guide label; where the reader sees something
  best ("Sky spectacle tonight: where you see the Perseids best"); when or where at the reader's place
  ("ISS overflight: when the space station is visible above your place");
* a question to the reader under a ranking ("The ranking of the influencers: who has the most
  followers?") or under a service label with a present-time word ("Pharmacy emergency service today:
  which pharmacy has opened?").

A subhead says something (a finite verb outside a question: "Bundesliga: Bayern lead the table after the
20th match day", "Animal home: the shelter is full"), so it stays quiet; the label must be verbless too.
"""
from __future__ import annotations


from mtcheck.rules.widget_signal_kinds import AUXILIARIES
from mtcheck.text.lazy_regex import lazy_compile

_WORD = lazy_compile(r"[\w'’&-]+")

_FINITE = AUXILIARIES | frozenset({"lead", "leads", "face", "faces", "wins", "won", "beat", "beats", "takes", "took",
                                   "sold"})
_LIVE_MEDIUM = lazy_compile(r"(?:the |all )?[\w' -]{2,40}? in (?:the |our )?(?:live[ -]?ticker|live[ -]?blog|live[ -]?stream"
                            r"|stream|news ?ticker)(?:(?: [–—-])? with (?:live )?chat)?")
_TABLE = lazy_compile(r"(?:the |all )?(?:table|tables|league table|standings|results|scores|top scorers?|scorers' list)"
                      r"(?: (?:of|in) (?:the )?[\w -]{2,30}?)? after the \d{1,2}(?:st|nd|rd|th|\.)? (?:match ?day|game ?day"
                      r"|matchday|gameday|round|race|stage|game|match|leg)")
_DRAWING = lazy_compile(r"(?:the |all about the )?drawing (?:of|for) (?:the )?[\w' -]{2,50}")
_RESULT_WORDS = frozenset({"results", "result", "scores", "score", "points", "sets", "goals", "standings", "table",
                           "tables", "times", "positions", "laps"})
_NOW = frozenset({"currently", "now", "today", "tonight", "presently"})
_SUPERLATIVE = frozenset({"most", "best", "least", "highest", "lowest", "biggest", "largest", "richest", "fastest",
                          "cheapest", "dearest", "strongest", "oldest", "youngest", "safest", "worst", "smallest"})
_NEW_HOME = lazy_compile(r"\b(?:new|for an?) (?:home|homes|family|families|owner|owners|master|mistress|keeper)\b")
# A present-time list teaser reads out availability ("these medicaments are currently not available"), or stands
# under a service label ("Electricity comparison: these providers currently ..."); "Bundesliga: these players are
# currently injured" is a subhead.
_AVAILABILITY = lazy_compile(r"\b(?:not available|unavailable|missing|sold out|out of stock|in short supply|scarce|hard to"
                             r" get|not deliverable|available|on offer|open)\b")
_PLURAL_EXCEPTIONS = frozenset({"people", "children", "women", "men", "media", "police"})
_SO_YOU = lazy_compile(r"so (?:you|to) .{3,70}?(?:\byourself\b.{0,25}|\bstep (?:by|for) step)")
_HOW_TO = lazy_compile(r"(?:how|so) (?:to|you) .{3,70}")
_INSTRUCTION = lazy_compile(r"\b(?:instructions?|guide|guides|diy|do-it-yourself|tutorial|how-to|manual)\b")
_TO_DO = lazy_compile(r"what (?:is |there is )?(?:to do|you (?:can|should) (?:do|plant|sow))\b.{0,50}")
_SEE_BEST = lazy_compile(r"where (?:you |one )?(?:can )?(?:see|watch|observe|spot|view|experience|hear|find) .{2,50}?"
                         r"\bbest(?: (?:today|tonight|now|this (?:night|evening|week)))?")
_YOUR_PLACE = lazy_compile(r"(?:when|where|how) .{2,60}\b(?:above|over|in|from|near|at|for|around) your (?:place|city|town"
                           r"|region|area|location|home|street|district|neighbourhood|neighborhood|village|municipality)\b.{0,20}")
_RANKING = lazy_compile(r"(?:the )?(?:ranking|rankings|ranking list|top \d{1,3}|hit list|list)\b")
_WH = ("which ", "who ", "what ", "where ", "when ")
_LABEL_NOW = frozenset({"today", "tonight", "now", "live", "night"})


def _verbless(words: list[str]) -> bool:
    return _FINITE.isdisjoint(words)


def guide_kind(label: str, teaser: str, service_heads: frozenset[str]) -> str | None:
    """The kind of guide, ticker or league-box furniture "``label``: ``teaser``" (lower-cased) is, or None."""
    lw = _WORD.findall(label)
    body = teaser.rstrip(".!? ")
    tw = _WORD.findall(body)
    if not lw or not tw or len(lw) > 6 or len(tw) > 14 or not _verbless(lw):
        return None
    question = teaser.endswith("?")
    live = "live" in lw or "ticker" in label
    if question:
        if not body.startswith(_WH) or len(tw) > 10:
            return None
        if (live or _RANKING.match(label)) and (not _NOW.isdisjoint(tw) or not _SUPERLATIVE.isdisjoint(tw)):
            return "service-teaser"  # "Strike ticker: which trains fall out today?", "The ranking ...: who has the most ...?"
        if not _LABEL_NOW.isdisjoint(lw) and any(w in service_heads or w in ("service", "emergency") for w in lw):
            return "service-teaser"  # "Pharmacy emergency service today: which pharmacy has opened?"
        if _TO_DO.fullmatch(body) and any(w in service_heads or _INSTRUCTION.search(w) for w in lw):
            return "service-teaser"  # "Garden calendar: what is to do in the garden in March?"
        return None
    if "," in body and not live:
        return None
    verbless = _verbless(tw)
    if verbless and _LIVE_MEDIUM.fullmatch(body):
        return "hub-teaser"  # "Leg for leg: the final in the live ticker"
    if live and verbless and (tw[-1] == "live" or (not _RESULT_WORDS.isdisjoint(tw) and (
            "," in body or " and " in body))):
        return "hub-teaser"  # "Port ticker: ship arrivals ... live", "Volleyball live: sets, points and results"
    if verbless and (_TABLE.fullmatch(body) or _DRAWING.fullmatch(body)):
        return "service-teaser"  # "Basketball Bundesliga: the table after the 20th match day"
    if tw[0] == "these" and len(tw) >= 3 and len(tw) <= 10 and (
            tw[1].endswith("s") and not tw[1].endswith("ss") or tw[1] in _PLURAL_EXCEPTIONS) and (
            not _SUPERLATIVE.isdisjoint(tw) or _NEW_HOME.search(body)
            or (not _NOW.isdisjoint(tw) and (_AVAILABILITY.search(body) or any(w in service_heads for w in lw)))):
        return "service-teaser"  # "Day money comparison: these banks pay currently the highest interests"
    if _SO_YOU.fullmatch(body) or (_HOW_TO.fullmatch(body) and _INSTRUCTION.search(label)):
        return "service-teaser"  # "Do-it-yourself instruction: so you lay laminate yourself – step for step"
    if _TO_DO.fullmatch(body) and any(w in service_heads for w in lw):
        return "service-teaser"  # "Garden calendar: what to do in the garden in April"
    if _SEE_BEST.fullmatch(body) or _YOUR_PLACE.fullmatch(body):
        return "service-teaser"  # "Sky spectacle this night: where you see the Perseids best"
    return None
