"""Read-outs, listings and reader calls of service boxes, told by their SHAPE, for MT201's generic signals
(called from :func:`mtcheck.rules.widget_teasers.teaser_kind`, on one short stand-alone line):

* a row of show or departure times under a label ("Playing times today: 17:15 | 20:00 | 22:45");
* a read-out under a weather label: temperatures, a level, a warning colour or a strain for a group
  ("Weather in Linz: today 23°, tomorrow 25°, chance of rain 40 %", "UV index today: very high – ...",
  "Storm warning for the district of Ravensburg: warning level orange", "Bio weather: burden for ...");
* a price read-out under a price label ("Grain prices at the commodity exchange: wheat 221 euros per
  tonne", "Heating oil prices today: 100 litres cost 98.40 euros") and a price alarm ("be informed ...");
* a tool with an input or a question ("Share search: enter name, WKN or ISIN", "Doctor search: which
  practices still take new patients?", "Time schedule of the Athletics World Championships: when ...?");
* a medal table or ranking read-out ("Medal mirror: Germany on place 7"); a live ticker "in real time";
* a catalogue under a listing label or a local label ("Wine festival calendar 2025: all wine festivals in
  ...", "Asparagus yards in the region: opening times and prices", "...: all closures at a glance");
* a new episode of the site's own podcast ("Podcast "...": the new episode is online");
* a question followed by a catalogue promise ("When do the autumn holidays begin? All dates in the
  overview"); a verbless offer "for download"; an account offer with a bonus ("Open a securities depot
  now free of charge and secure 50 euros start credit"); a present-time label with "here" ("Speed
  cameras today: here the police check").

A subhead has a topic label and a sentence ("Grain prices: wheat becomes more expensive"), a question
without a catalogue ("When do the holidays begin? Parents are confused"), or no read-out: it stays quiet.
"""
from __future__ import annotations


from mtcheck.rules.widget_signal_kinds import AUXILIARIES
from mtcheck.text.lazy_regex import lazy_compile

_WORD = lazy_compile(r"[\w'’&-]+")

_TIMES = lazy_compile(r"[^:|]{3,40}: \d{1,2}[:.]\d{2}(?:\s*(?:\||,|/|·|•)\s*\d{1,2}[:.]\d{2}){2,}(?: ?(?:h|uhr|o'clock))?")
_FINITE = AUXILIARIES | frozenset({"becomes", "become", "rises", "rise", "falls", "fall", "remain", "remains", "want",
                                   "wants", "cause", "causes", "rose", "fell"})
_WEATHER_LABEL = lazy_compile(r"(?:^|\b)(?:(?:bio|travel|holiday|ski|beach|bathing|sail|sailing|marine|boating)[ -]?weather|weather(?: (?:in|for|at|on)\b"
                              r"| today| tomorrow| forecast| report)|uv index|uv radiation|pollen (?:count|forecast|flight)"
                              r"|(?:storm|weather|heat|frost|thunderstorm|severe weather|unwetter) warnings?\b)")
_LEVEL = lazy_compile(r"(?:(?:very |extremely )?(?:low|moderate|high|extreme)|(?:warning )?level (?:\d|orange|red|yellow|purple"
                      r"|green|violet|dark red)|(?:low|moderate|high|strong|heavy|slight|weak|no|increased) "
                      r"(?:burden|strain|load|stress|risk)|(?:burden|strain|load|stress|risk)s? for)\b")
_TEMPERATURE = lazy_compile(r"\d{1,2} ?(?:°|degrees)|\bwind (?:force )?\d|\d (?:beaufort|bft|knots)\b")
_PRICE = lazy_compile(r"(?:[a-z-]+ ){0,2}(?:(?:\d[\d.,]* (?:litres?|liters?|kg|kilos?|tonnes?|tons?|grams?|ounces?|barrels?"
                      r"|kwh|kilowatt hours?|cubic metres?) costs? )?(?:€ ?)?\d[\d.,]* (?:euros?|eur|€|dollars?|cents|francs)"
                      r"(?: per (?:\d+ )?(?:tonne|ton|litre|liter|kilo|kg|barrel|ounce|kilowatt hour|kwh|megawatt hour|cubic metre"
                      r"|quintal|hundredweight|litres|liters|kg))?)")
_ALERT = lazy_compile(r"(?:be|get|stay) (?:informed|notified|alerted)\b|(?:we|let us) (?:inform|notify|alert) you\b")
_TOOL_HEADS = frozenset({"search", "finder", "locator", "calculator", "check", "checker", "schedule", "timetable",
                         "planner", "radar", "map", "exchange", "portal", "directory"})
_INPUT = frozenset({"enter", "type", "select", "choose", "insert", "search"})
_WH = frozenset({"which", "where", "when", "how", "what", "who", "what's"})
_RANK = lazy_compile(r"[\w .'-]{2,30} (?:on|in|at) (?:place|rank|position|\d{1,2}(?:st|nd|rd|th) place) ?\d{0,3}")
_RANK_LABELS = frozenset({"medal", "medals", "standings", "table", "ranking", "rankings", "leaderboard", "mirror"})
_LISTING_HEADS = frozenset({"calendar", "calendars", "ticker", "guide", "directory", "overview", "listings",
                            "timetable", "schedule", "programme", "program"})
_LOCAL = lazy_compile(r" (?:in|at|on|from|for|around|of) (?:the |your )?(?:district|region|city|town|area|county|lakes?"
                      r"|rivers?|state|country|surroundings|vicinity|motorways?|autobahn|ski areas|ski resorts|mountains)$")
_LISTED = frozenset({"times", "prices", "addresses", "hours", "dates", "locations", "menus", "offers", "contacts",
                     "opening", "current", "and", "all", "the", "phone", "numbers", "routes", "tips"})
_EPISODE = lazy_compile(r"(?:the |our )?(?:new|latest|current) (?:episode|issue|edition|instalment|installment|"
                        r"episodes)(?: (?:is|are))? (?:now )?(?:online|out|available|here|live)")
_CHANNELS = ("podcast", "newsletter", "video series", "videocast", "vodcast", "e-paper", "web series")
_PROMISE = lazy_compile(r"(?:here (?:are|you will find|you can find) )?all (?:the )?(?:[\w-]+ ){0,3}?(?:dates|times|results|"
                        r"locations|addresses|details|information|answers|figures|prices|rules|changes|routes|events|"
                        r"appointments|markets|games|matches|fixtures|deadlines|holidays)(?: and [\w-]+)? (?:in (?:the |an )?"
                        r"overview|at a glance|here|in (?:the|our|one) (?:list|table|calendar))")
_OFFER_OBJECTS = frozenset({"depot", "account", "portfolio", "card", "contract", "tariff", "savings", "custody"})
_BONUS = lazy_compile(r"\d[\d.,]* (?:euros?|€|eur|dollars?|percent|%)|\bbonus\b|\bcredit\b|free of charge|for free")


def readout_kind(text: str, lowered: str, genres: frozenset[str]) -> str | None:
    """The kind of service read-out or listing ``text`` is by its shape, or None."""
    colon = lowered.find(": ")
    if colon > 1:
        label, teaser = lowered[:colon], lowered[colon + 2:].strip()
        if not teaser or label in genres or label.split()[0] in genres or teaser[0] in "\"'“„‘":
            return None
        return _label_readout(text, label, teaser)
    if "? " in lowered:
        question, _, answer = lowered.partition("? ")
        if question.count(" ") < 12 and _PROMISE.fullmatch(answer.rstrip(".! ")):
            return "service-teaser"  # "When do the autumn holidays begin? All dates in the overview"
        return None
    words = _WORD.findall(lowered)
    if not words or not _FINITE.isdisjoint(words):
        return None
    if lowered.endswith((" for download", " to download", " as a download", " as download")) and (
            "available" not in words and text[0].isupper()):
        return "service"  # "The exam tasks of the central Abitur for download"
    if words[0] in ("open", "secure", "get", "claim") and ("now" in words or "today" in words) and (
            not _OFFER_OBJECTS.isdisjoint(words[1:5]) and _BONUS.search(lowered)):
        return "call-to-action"  # "Open a securities depot now free of charge and secure 50 euros start credit"
    if (words[0] in ("water", "sea", "lake", "bathing", "snow") and len(words) <= 9 and words[1] in (
            "temperatures", "levels", "depths", "heights", "quality") and lowered.endswith(
            ("beaches", "lakes", "rivers", "resorts", "ski areas", "coasts", "islands", "bathing spots"))):
        return "service"  # "Water temperatures at the Baltic Sea beaches"
    return None


def _label_readout(text: str, label: str, teaser: str) -> str | None:
    lw, tw = _WORD.findall(label), _WORD.findall(teaser)
    if not lw or not tw or len(lw) > 8 or not _FINITE.isdisjoint(lw):
        return None
    if teaser[0].isdigit() and _TIMES.fullmatch(text.lower()):
        return "service"  # "Playing times today: 17:15 | 20:00 | 22:45"
    if any(c in _CHANNELS for c in (label.split(' "')[0].split(" „")[0], lw[0], lw[-1])) and _EPISODE.fullmatch(
            teaser.rstrip(".!")):
        return "own-channel"  # 'Podcast "The situation in the morning": the new episode is online'
    verbless = _FINITE.isdisjoint(tw)
    if _WEATHER_LABEL.search(label) and verbless and len(tw) <= 12 and (
            _TEMPERATURE.search(teaser) or _LEVEL.match(teaser)):
        return "service"  # "UV index today: very high – ...", "Travel weather for the Canaries: 24 degrees and sunshine"
    if ("price" in label or "prices" in label) and _PRICE.fullmatch(teaser.rstrip(".")):
        return "service"  # "Grain prices at the commodity exchange: wheat 221 euros per tonne"
    if ("alarm" in lw or "alert" in lw or "alerts" in lw) and _ALERT.match(teaser):
        return "service-teaser"  # "Heating oil price alarm: be informed by e-mail when the price falls"
    head = lw[-1]
    if "of" in lw and lw.index("of") > 0:  # "Time schedule of the Athletics World Championships"
        after = text[text.lower().find(" of ") + 4:text.find(":")].split()
        head = lw[lw.index("of") - 1] if after and all(w[0].isupper() or w in ("the", "of", "and") for w in after) \
            else ""
    if head in _TOOL_HEADS and len(lw) >= 2:
        if tw[0] in _INPUT and len(tw) <= 8:
            return "service-teaser"  # "Share search: enter name, WKN or ISIN"
        if tw[0] in _WH and teaser.endswith("?") and len(tw) <= 10:
            return "service-teaser"  # "Doctor search: which practices still take new patients?"
    if not _RANK_LABELS.isdisjoint(lw) and ("medal" in label or "standings" in lw or "table" in lw) and _RANK.fullmatch(
            teaser.rstrip(".")):
        return "service"  # "Medal mirror: Germany on place 7"
    if teaser.endswith(("in real time", "in real-time")) and ("ticker" in lw or "live" in lw):
        return "hub-teaser"  # "Tennis live ticker: Zverev against Sinner – the state of play in real time"
    if tw[0] in _WH and ("tips" in lw or "tip" in lw) and _LOCAL.search(teaser) and len(tw) <= 8:
        return "service-teaser"  # "Event tips for the weekend: what is going on in the region"
    if not verbless or teaser.endswith("?") or teaser.endswith("."):
        return None
    if tw[0] == "all" and len(tw) <= 12 and (teaser.endswith("at a glance") or _LOCAL.search(teaser) or (
            head in _LISTING_HEADS or lw[-1] in _LISTING_HEADS or (lw[-1].isdigit() and lw[-2] in _LISTING_HEADS))):
        return "service-teaser"  # "all parishes at a glance", "all police reports from the district"
    if _LOCAL.search(label) and all(w in _LISTED for w in tw) and len(tw) >= 3:
        return "service-teaser"  # "Asparagus yards in the region: opening times and prices"
    if label.endswith(" today") and tw[0] == "here" and len(tw) <= 6:
        return "service"  # "Speed cameras today: here the police check"
    return None
