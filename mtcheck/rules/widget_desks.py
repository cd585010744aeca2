"""Service-desk furniture for MT201's generic signals (see :mod:`mtcheck.rules.widget_signals`), told by its
SHAPE: the boxes and teasers a national site's service, sport, culture and politics desks put between the
paragraphs of an article.

* a teaser that promises a catalogue ("Snow heights in the ski areas: all lifts, all slopes, all webcams") or
  an overview, a graphic or all information ("Travelling with pets: what customs allows – the overview",
  "... in the overview: all votes, all speeches", "Budget explained: ... – the interactive graphic");
* a live label ("Strike ticker: ...", "Ice hockey live ticker: ...", "Party conference live: ...", "Live stream
  from the committee: ...", "Live on the radio: ...", "Waiting times at the border: live from the police");
* a label with a German-shaped answer: "so much does ...", "so many watched ...", "so you get ...", "who plays
  when", "which trains run today and which not"; a comparison or check with its question ("Compare health
  insurances: which fund ...?", "Check now: is your connection affected ...?"); the site's guide ("Our guide:
  everything you need to know about ..."); a ranking ("University ranking: the best universities for ...");
* a read-out of a service ("Lightning map: current lightning strikes in real time", "Gas price today: current
  price per kilowatt hour in your postcode area", "Ozone values: information threshold exceeded at 12
  measuring stations", "UV index today: 8 – very high.", "Heat warning of the German Weather Service for 14
  districts", "Ski jumping: the overall World Cup standings after 12 competitions"), a warning-app push
  ("Warning app: official warning of ...");
* an offer or draw ("... change now and save up to 400 euros*", "Win now 2x2 tickets for ...!"), a plus-article
  upsell ("Plus article: read further with your subscription ..."), a TV or streaming tip ("TV tip for this
  evening: ...", "Streaming tips of the week: ..."), free places ("Tent reservation: all festival tents with
  free places"), a route box ("Where does the procession go? The route with all closures");
* a box header ("In brief:", "The most important in brief", "Das Wichtigste in Kürze", "Kurz notiert").

A subhead states news with a finite verb and names no catalogue, overview, live feed, reader or offer
("Strike hits airports", "Heat wave grips southern Germany"): it stays quiet; a sentence that ends on a clause
after a comma never reaches these tests (:mod:`mtcheck.rules.widgets`). Each test opens with a cheap literal
check.
"""
from __future__ import annotations

from mtcheck.text.lazy_regex import lazy_compile

# "In brief:", "The most important in brief", "Das Wichtigste in Kürze", "Kurz notiert" (a whole line).
_BOX_HEADER = lazy_compile(r"(?:in brief|in short|briefly|news in brief|(?:the )?most important (?:things |news |facts )?"
                           r"(?:in brief|in short|at a glance)|the essentials (?:in brief|at a glance)"
                           r"|das wichtigste(?: in kürze| im überblick)?|kurz (?:notiert|gemeldet|und knapp)|in kürze"
                           r"|auf einen blick)[:.]?")
# A catalogue teaser: two "all ..." items or more ("all lifts, all slopes, all webcams").
# (One word an item: "all parties agree, all doubts remain" is a sentence.)
_CATALOGUE = lazy_compile(r"[^:]{3,70}: (?:[\w' -]{2,30}, )?all [\w'-]+(?:,| and| –) all [\w'-]+(?:(?:,| and) all [\w'-]+)*")
# "– the overview", "– the interactive graphic", "– all information", "in the overview" at a label's end.
_OVERVIEW_END = lazy_compile(r".{8,90} (?:–|-) (?:the (?:overview|interactive (?:graphic|map|chart|overview)|big overview"
                             r"|most important facts)|all (?:information|info|facts|details))")
_OVERVIEW_LABEL = lazy_compile(r"[^:]{3,60} in the overview: .{3,70}|[^:]{3,60}: [^:]{3,70} in the overview")
# A live label: "Strike ticker:", "Ice hockey live ticker:", "Party conference live:", "Live stream from ...:"
_LIVE_LABEL = lazy_compile(r"(?:[\w'-]+ ){0,3}(?:[\w'-]+ ?ticker|live|live ?stream|live ?blog)"
                           r"|live ?stream (?:from|of) (?:the )?[\w' -]{3,40}|live on (?:the )?(?:radio|tv|television|air)")
# What a live label promises: a question to the reader, a play-by-play, a full-length speech, a start time
# ("which trains run today ...", "the game third by third", "the speech ... in full length", "... from 10 o'clock").
# A sentence after a ticker's name is news ("Climate ticker: the CO2 concentration rises to a new record").
_LIVE_TEASER = lazy_compile(r"(?:which|who|what|where|when|how|all) [\w' ,–-]{3,80}|the [\w' -]{2,60}?(?: ([a-z]+) by \1"
                            r"| in full(?: length)?| (?:from|at|starting at|as of) \d{1,2}(?:[:.]\d\d)?(?: o'clock| a\.m\.| p\.m\.| h)?)")
_LIVE_ANY = ("live stream", "livestream", "live on ")
_LIVE_FROM = lazy_compile(r"[^:]{3,60}: live (?:from|at|on|in) (?:the )?[\w' -]{3,40}")
# German word order after a label: "so much does ...", "so many watched ...", "so you get ...".
_SO_TEASER = lazy_compile(r"so (?:much|many|expensive|cheap|high|long|little|few|often) (?:does|do|is|are|was|were|did|costs?"
                          r"|earns?|pays?|watched|saw|voted|listened|came)\b.{0,70}|so you (?:get|save|can|claim|find|receive)\b.{0,60}")
# Two question words at once, or "and which not" ("who plays when on which stage", "which trains run today
# and which not").
_DOUBLE_WH = lazy_compile(r"(?:who [\w-]+ when|what [\w-]+ when|which [\w' -]{3,40} and which not)\b.{0,50}")
# A comparison or check with its question ("Compare health insurances: which fund ...?").
_COMPARE = lazy_compile(r"(?:compare|check|test|calculate)(?: now| here)?(?: [\w' -]{2,30})?: (?:which|is|are|does|do|how|what"
                        r"|where|who|can|will|am|are you|is your) [\w' ,-]{3,80}\?")
# The site's guide: "Our guide: everything you need to know about ...", "Our tax guide for ...: ...".
_GUIDE = lazy_compile(r"(?:our |the )?[\w -]{0,20}(?:guide|guidebook|explainer|faq|checklist)(?: (?:for|to|on) [\w' -]{2,40})?: "
                      r".{3,80}")
_GUIDE_TEASER = lazy_compile(r"everything (?:you need to know|you should know|worth knowing|important) (?:about|on|for) .{2,70}"
                             r"|all (?:deadlines|tips|forms|answers|questions|facts)\b.{0,60}|the most important (?:questions|answers|facts|tips)\b.{0,60}")
_RANKING = lazy_compile(r"[\w -]{2,30} (?:ranking|rankings|comparison|check|test|calculator): the (?:best|cheapest|most [\w-]+) "
                        r"[\w -]{2,40} (?:for|in|near) (?:your|you)\b.{0,40}")
# Read-outs of a service.
_CURRENT = lazy_compile(r"[^:]{3,60}: (?:the )?current [\w, -]{3,60}?(?: (?:in real time|in the overview|at a glance|for all regions"
                        r"|in your [\w -]{3,30}|per [\w -]{3,30}))+")
_THRESHOLD = lazy_compile(r"[^:]{3,40}: (?:information|alarm|warning|limit|alert) (?:threshold|value|level)s? exceeded (?:at|in) "
                          r"\d+ [\w -]{3,30}")
_INDEX = lazy_compile(r"(?:uv|pollen|ozone|fine dust|heat|frost|avalanche) (?:index|level|count|warning level|danger level)"
                      r"(?: today| tomorrow| now)?: \d+(?:[.,]\d)? (?:–|-) [\w ]{3,20}(?:[.!] [^.!?]{5,60}[.!])?")
_OFFICE_WARNING = lazy_compile(r"[\w-]+ warnings? (?:of|from) the [A-ZÄÖÜ][\w' -]{3,40} for \d+ (?:districts|counties|regions"
                               r"|federal states|states|municipalities|cantons)")
_APP_PUSH = lazy_compile(r"(?:(?:[\w-]+ ){0,2}(?:warning|weather|news|emergency) app|push (?:message|notification|alert)s?"
                         r"(?: of the [\w -]{3,30})?): (?:official )?(?:warning|alert|danger|all-clear|notice)\b.{3,80}")
_STANDINGS = lazy_compile(r"[\w -]{3,30}: the (?:overall |current |final )?(?:world cup |league |championship |medal )?"
                          r"(?:standings|table|ranking|classification|medal table) after (?:\d+|the [\w-]+) [\w -]{3,25}")
# The label of a box of more headlines ("More from the region: ...").
_MORE_FROM = lazy_compile(r"more (?:news |reports |stories |articles )?(?:from|about|on) (?:the |our |your )?(?:region|district|area|city"
                          r"|county|state|home|neighbourhood|department|section|topic)")
# Offers, draws, upsells, tips.
_SAVE = lazy_compile(r"[^:]{3,50}: [\w ,]{3,40} now and save (?:up to )?\d[\d.,]* (?:euros?|€|francs|dollars)\*?")
_WIN = lazy_compile(r"win(?: now)?(?: (?:\d+|two|three|four|five))? ?(?:\d ?x ?\d|\d+) (?:free )?(?:tickets|vouchers|passes|seats)"
                    r" (?:for|to) [\w' -]{3,50}[!.]?")
_PLUS = lazy_compile(r"(?:plus|premium|subscriber|abo|z\+|f\+|sz plus|m plus)(?: article| content)?: (?:read (?:on|further|more|the whole"
                     r" article)|continue reading|unlock)\b.{3,80}")
_TV_TIP = lazy_compile(r"(?:tv|television|streaming|film|movie|series|radio|media library) (?:tip|tips|recommendation|highlights?)"
                       r"(?: (?:for|of) (?:this evening|tonight|today|the (?:day|week|weekend|month)|the evening))?: .{3,90}")
_FREE_PLACES = lazy_compile(r"[^:]{3,40}: all [\w' -]{3,40} with (?:free|available|vacant) (?:places|seats|tables|spaces|rooms|spots)")
_ROUTE = lazy_compile(r"(?:where|when|how) [\w' -]{3,40}\? the (?:route|map|programme|program|timetable|schedule|dates|times)"
                      r" (?:with|and) all [\w' -]{3,40}")


def desk_kind(text: str, lowered: str) -> str | None:
    """The kind of service-desk furniture ``text`` (one short stand-alone line, normalised) is, or None."""
    if len(text) < 40:
        return "hub-teaser" if (lowered[:2] in ("in", "th", "mo", "da", "ku", "br", "ne", "au")
                                and _BOX_HEADER.fullmatch(lowered)) else _short(lowered)
    colon = lowered.find(": ")
    if colon < 0:
        if (" – " in text or " - " in text) and _OVERVIEW_END.fullmatch(lowered):
            return "hub-teaser"  # "Budget explained – the interactive graphic"
        if lowered.startswith("win") and _WIN.fullmatch(lowered):
            return "call-to-action"  # "Win now 2x2 tickets for the summer festival!"
        if "? the " in lowered and _ROUTE.fullmatch(lowered):
            return "service-teaser"  # "Where does the procession go? The route with all closures"
        if " warning" in lowered and " for " in lowered and _OFFICE_WARNING.fullmatch(text[0].lower() + text[1:]):
            return "service"  # "Heat warning of the German Weather Service for 14 districts"
        return None
    label, teaser = lowered[:colon], lowered[colon + 2:]
    if label.startswith("more ") and _MORE_FROM.fullmatch(label) and text[colon + 2:colon + 3].isupper():
        return "hub-teaser"  # "More from the region: Flood alarm on the Inn" (a headline after the box's label)
    if text[-1] == "?":
        return "service-teaser" if _COMPARE.fullmatch(lowered) else None
    if text[-1] == "." and not label.startswith(("uv", "pollen", "ozone", "heat", "frost", "avalanche")):
        return None
    if " all " in f" {teaser}" and teaser.count("all ") >= 2 and _CATALOGUE.fullmatch(lowered):
        return "service-teaser"  # "Snow heights in the ski areas: all lifts, all slopes, all webcams"
    if (" – " in teaser or " - " in teaser) and _OVERVIEW_END.fullmatch(lowered):
        return "hub-teaser"  # "Travelling with pets: what customs allows – the overview"
    if "overview" in lowered and _OVERVIEW_LABEL.fullmatch(lowered):
        return "hub-teaser"  # "Flood news service: current gauges and reporting levels in the overview"
    if ("live" in label or "ticker" in label) and _LIVE_LABEL.fullmatch(label) and (
            label.startswith(_LIVE_ANY) or _LIVE_TEASER.fullmatch(teaser)):
        return "hub-teaser"  # "Strike ticker: which trains run today and which not"
    if teaser.startswith("live ") and _LIVE_FROM.fullmatch(lowered):
        return "hub-teaser"  # "Waiting times at the border crossings: live from the federal police"
    if teaser.startswith("so ") and len(label.split()) <= 8 and _SO_TEASER.fullmatch(teaser):
        return "service-teaser"  # "Calculator: so much does a place in the care home cost"
    if (" when" in teaser or " which not" in teaser) and _DOUBLE_WH.fullmatch(teaser):
        return "service-teaser"  # "Running order: who plays when on which stage"
    if teaser.startswith(("everything ", "all ", "the most important ")) and _GUIDE.fullmatch(lowered) and (
            _GUIDE_TEASER.fullmatch(teaser)):
        return "service-teaser"  # "Our guide: everything you need to know about the care degree"
    if teaser.startswith("the ") and " your" in teaser and _RANKING.fullmatch(lowered):
        return "service-teaser"  # "University ranking: the best universities for your study course"
    if "current " in teaser and _CURRENT.fullmatch(lowered):
        return "service"  # "Lightning map: current lightning strikes in real time"
    if " exceeded " in teaser and _THRESHOLD.fullmatch(lowered):
        return "service"  # "Ozone values: information threshold exceeded at 12 measuring stations"
    if teaser[:1].isdigit() and _INDEX.fullmatch(lowered):
        return "service"  # "UV index today: 8 – very high. Sun protection is urgently required."
    if ("app" in label or "push" in label) and _APP_PUSH.fullmatch(lowered):
        return "service"  # "Warning app: official warning of the civil protection for ..."
    if " after " in teaser and _STANDINGS.fullmatch(lowered):
        return "service"  # "Ski jumping: the overall World Cup standings after 12 competitions"
    if " save " in teaser and _SAVE.fullmatch(lowered):
        return "call-to-action"  # "Electricity price comparison: change now and save up to 400 euros*"
    if "read " in teaser and _PLUS.fullmatch(lowered):
        return "call-to-action"  # "Plus article: read further with your subscription for 0.99 euros"
    if " tip" in label and _TV_TIP.fullmatch(lowered):
        return "feature"  # "TV tip for this evening: the Sunday crime thriller at 20:15 in the First"
    if " with " in teaser and _FREE_PLACES.fullmatch(lowered):
        return "service-teaser"  # "Tent reservation: all festival tents with free places"
    return None


def _short(lowered: str) -> str | None:
    """A short line (under 40 characters) of one of the shapes above."""
    if lowered.startswith("win") and _WIN.fullmatch(lowered):
        return "call-to-action"
    return None
