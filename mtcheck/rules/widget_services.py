"""Service, shop, poll and programme furniture told by its SHAPE, for MT201's generic signals (called first
from :func:`mtcheck.rules.widget_teasers.teaser_kind`, on one short stand-alone line):

* a question answered by a catalogue or a pointer ("What runs today on TV? The TV programme of all
  stations at a glance", "Broadcast missed? Here to the media library", "Internet down? The current outage
  map for your region");
* programme lines: availability until a date ("In the ZDF media library: available until 14.06.2026"), a
  repeat with a weekday and a clock time ("Repeat: Monday, 23:15 on ARD"), ratings "so many ... switched on";
* tools: an input call ("Results of your constituency: enter postcode or place"), a first-person question
  under a tool label ("Election compass: which party suits me?"), a bare media teaser ("...: the graphic"),
  a finder with a superlative or the reader ("Name finder: the most popular first names of the year");
* shops and tests: a link ending in the affiliate asterisk ("– to the offer*"), "the best ... in the
  test", price histories, "How we test: our ...";
* recalls with a plea or a refund; quiz scores addressed to the reader; "take part in our ... and win";
  poll results in per cent with a vote count or a poll label; "The survey is not representative.";
* a prompt with a row of two button labels ("...? Later | Allow"); comment moderation notices; live-ticker
  self-descriptions; sponsored-content labels;
* sports and event boxes: "lap for lap" under a live label, free live streams, results "from Sunday", a
  list of three items "at a glance", a measured value under a ticker label, picture galleries, "apply now".

Subheads carry a sentence with a finite verb ("Recall: the carmaker calls back 100,000 vehicles"), a
question without a catalogue answer, or a topic without the shape: they stay quiet.
"""
from __future__ import annotations


from mtcheck.rules.locale_conventions import MONTHS
from mtcheck.rules.widget_signal_kinds import AUXILIARIES
from mtcheck.text.lazy_regex import lazy_compile

_WORD = lazy_compile(r"[\w'’&-]+")

_FINITE = AUXILIARIES | frozenset({"becomes", "rises", "falls", "fell", "rose", "reaches", "wants", "gets", "makes",
                                   "shows", "calls", "chose", "disappoints", "drew", "goes", "comes", "takes",
                                   "gives"})
_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_MONTH = "(?:" + "|".join(month.lower() for month in MONTHS) + ")"  # lines are matched lower-cased
_DATE = (rf"(?:\d{{1,2}}\.\d{{1,2}}\.(?:\d{{4}}|\d{{2}})?|\d{{1,2}}(?:st|nd|rd|th)? {_MONTH}(?: \d{{4}})?"
         rf"|{_MONTH} \d{{1,2}}(?:st|nd|rd|th)?(?:,? \d{{4}})?)")
_AVAILABLE = lazy_compile(rf"(?:available|online|to see|to watch|watchable|viewable|retrievable)(?: (?:online|for free|free"
                          rf" of charge|(?:in|on|at) (?:the |our )?[\w -]{{2,30}}?))? (?:until|till|up to) {_DATE}")
_ANSWER = lazy_compile(r"(?:here (?:to|for) (?:the|our) [\w -]{2,30}|(?:the )?(?:current|latest|live|complete) [\w -]{2,40}?"
                       r" (?:for|in|near|of) (?:your|all) [\w -]{2,30}|(?:the |all )?[\w ,-]{2,50}? (?:at a glance|in the"
                       r" overview|in an overview))")
_REPEAT_LABELS = frozenset({"repetition", "repeat", "rerun", "re-run", "rebroadcast", "repeat broadcast", "broadcast",
                            "broadcast time", "broadcast date", "on air", "airs", "airing", "repeats"})
_SLOT = lazy_compile(rf"(?:{_DAY}|today|tomorrow|tonight|{_DATE}),? (?:from |at )?\d{{1,2}}[:.]\d{{2}}(?: ?(?:a\.m\.|p\.m\.|am"
                     r"|pm|h|o'clock|uhr))?(?:,? (?:on|in|at) (?:the )?[\w -]{1,20})?")
_INPUT = lazy_compile(r"(?:simply |just |please )?(?:enter|type in|type|select|choose|search for)(?: your| the| a)? (?:postcode"
                      r"|post code|postal code|zip code|zip|place|town|city|address|name|municipality|constituency|location"
                      r"|street|district)s?(?:(?: or|,| and) (?:your |the |a )?[\w-]+){0,3}")
_TOOL = lazy_compile(r"compass|quiz|-o-mat|\bself-test|\btest\b|\bcheck\b|calculator|finder|adviser|advisor|navigator")
_MEDIA = lazy_compile(r"(?:(?:here |see |view )?(?:the|our|in the|to the) )?(?:interactive |big |large |complete )?(?:graphic"
                      r"|graphics|chart|charts|map|maps|infographic|table|picture gallery|photo gallery|gallery|pictures"
                      r"|photos|video|videos|live stream|livestream|live ticker)")
_BEST = lazy_compile(r"(?:the |our )?(?:\d{1,2} )?(?:best|cheapest|top \d{1,2}|most popular)(?: \d{1,2})? [\w -]{0,40}?in (?:the )?"
                     r"(?:comparison|test|check|price comparison|practical test|big test)(?: \d{4})?")
_HOW_WE = lazy_compile(r"(?:this is |that's |here's )?how we (?:test|tested|rate|review|compare|check|evaluate|choose|select"
                       r"|calculate|work)")
_SCORE = lazy_compile(r".{0,30}\b(?:you|your)\b.{0,40}\b\d{1,2} (?:of|out of|from) \d{1,3} (?:questions|answers|points|tasks)\b"
                      r"(?: (?:correctly|right|correct))?")
_PERCENT = lazy_compile(r"\d{1,3}(?:[.,]\d)? ?(?:%|percent|per cent) (?:yes|no|undecided|don't know|abstentions?)\b")
_VOTES = lazy_compile(r"\(\d[\d.,]* (?:votes|participants|voices)\)$")
_NOT_REPRESENTATIVE = lazy_compile(r"(?:the |this |our )?(?:online |reader |spontaneous )?(?:survey|poll|vote|voting|query"
                                   r"|questionnaire)(?: results?)? (?:is|are) not representative")
_BUTTONS = frozenset({"later", "allow", "not now", "activate", "no thanks", "no, thanks", "yes", "no", "ok", "okay",
                      "accept", "decline", "cancel", "agree", "reject", "close", "continue", "block", "settings",
                      "yes please", "yes, please", "allow all", "accept all", "refuse", "deny", "skip", "maybe later",
                      "never", "confirm", "subscribe", "deactivate"})
_BUTTON_ROW = lazy_compile(r".{3,90}[?.!] ([\w',]+(?: [\w',]+){0,2}) \| ([\w',]+(?: [\w',]+){0,2})")
_MODERATION = lazy_compile(r"(?:all |your |reader )?comments (?:are|will be) (?:checked|moderated|reviewed|released|activated"
                           r"|unlocked|published|approved) (?:by (?:the|our) (?:editorial|editors|moderat|team)|before|manually"
                           r"|only after).{0,80}|(?:the )?(?:comment function|comment section|comment area|commenting"
                           r"|comments section|commentary function|comment column)(?: (?:for|on|under|of) (?:this|the)"
                           r" (?:article|post|page|text))?(?: (?:is|has been|have been|remains))? (?:deactivated|disabled"
                           r"|closed|switched off|not available|unavailable|no longer available|turned off)\b.{0,70}")
_SELF_UPDATE = lazy_compile(r"(?:(?:the|this|our) (?:live[ -]?ticker|live[ -]?blog|ticker|page|feed|blog|news ticker)(?: is)?"
                            r" (?:updates?|updated|refreshes|refreshed|reloads|reloaded)(?: itself)? (?:automatically"
                            r"|continuously|regularly|constantly|permanently)(?: every \d+ (?:seconds|minutes))?\.? ?)?"
                            r"(?:(?:the )?(?:newest|latest|most recent) (?:entries|posts|updates) (?:stand |are |appear )?"
                            r"(?:on|at the) top)?")
_SPONSORED = lazy_compile(r"sponsored (?:content|post|article|contribution|story|feature|text)(?: (?:in (?:cooperation|"
                          r"collaboration|partnership) with|of|from|by) (?:our|a|an|the) (?:advertising )?partners?)?|(?:this"
                          r"|the following) (?:content|article|contribution|post|text|page|section|series|newsletter|podcast)"
                          r" is (?:brought to you|presented|sponsored|supported|made possible|financed|paid for) by(?::|"
                          r" [\w&.'-]+(?: [\w&.'-]+){0,3})")
_WIN = lazy_compile(r"(?:take part|participate|join|join in|play along|vote)(?: now)?(?: in)? (?:our|the) [\w -]{2,40}? (?:now )?"
                    r"and win\b.{2,50}")
_PRICE_HISTORY = lazy_compile(r"price (?:course|history|development|trend|chart|curve|progression)s? (?:of|over|in|for|during)"
                              r" the (?:last|past) \d{1,3} (?:days|weeks|months|years)")
_CATALOGUE = lazy_compile(r"(?:all |the )?(?:current|latest|today's) [\w -]{1,50}?s (?:at a glance|in the overview|in an"
                          r" overview)")  # a plural catalogue ("current recalls"), not a topic ("the new law")
_GALLERY_LINK = lazy_compile(r"(?:to the (?:picture|photo|image) gallery|click through (?:\d+|all|the|our) ?(?:pictures|photos"
                             r"|images|slides)?)(?:: [^.]{2,60})?")
_GALLERY_END = lazy_compile(r" in (?:the |our |a )?(?:picture|photo|image) (?:gallery|series|show)$"
                            r"| in \d+ (?:pictures|photos|images)$")  # not "the match in pictures" (a caption)
_AFFILIATE_END = lazy_compile(r"(?:\b(?:offer|offers|deal|deals|shop|here|now|product|amazon|otto|ebay|buy)"
                              r"|\b(?:at|on|from|via) [a-z][\w.-]+)\*$")
_PROGRESS = lazy_compile(r"(?:lap|minute|kilometre|kilometer|km|point|ball|round|stage|game|set|hole|race|throw|leg|frame"
                         r"|shot|end|heat|jump|move|inning|over) (?:for|by|after) (?:lap|minute|kilometre|kilometer|km|point"
                         r"|ball|round|stage|game|set|hole|race|throw|leg|frame|shot|end|heat|jump|move|inning|over)$")
_FREE = lazy_compile(r"(?:watch |see )?(?:(?:free of charge|for free|free|without registration|without (?:a )?subscription"
                     r"|without (?:an )?account|legal|legally|here|online)(?:,| and| or)? ?){1,4}")
_RESULTS = lazy_compile(rf"(?:all (?:the )?|the )(?:results|scores|standings|tables|fixtures)(?: (?:of|in) (?:the )?[\w -]{{2,40}}?)?"
                        rf" (?:from|of|on) (?:the )?(?:{_DAY}|weekend|matchday(?: \d+)?|yesterday|today)")
_READING = lazy_compile(r"\d[\d.,]* ?(?:ppm|%|percent|°c?|degrees|euros?|dollars|trillion|billion|million)\b|\btoday \d")
_APPLY = lazy_compile(r"(?:now apply|apply now|apply here|apply today|apply online)\b.{0,50}")
_SUPERLATIVE = lazy_compile(r"(?:the )?(?:most popular|most beautiful|most common|best|cheapest|rarest|free)\b")
_RECALL_REFUND = lazy_compile(r"\b(?:receipt|purchase price|refunded|refund|money back)\b")
_TIME_WORDS = lazy_compile(r"\b(?:yesterday|today|tonight|of the (?:day|week|weekend))\b")


def _verbless(words: list[str]) -> bool:
    return _FINITE.isdisjoint(words)


def service_kind(text: str, lowered: str) -> str | None:
    """The kind of service, shop, poll or programme furniture ``text`` is by its shape, or None."""
    last = text[-1]
    if last == "*" and text[-2:-1] != "*" and _AFFILIATE_END.search(lowered):
        return "service-teaser"  # "Test winner with the grade "good" (1.7) – to the offer*"
    if " | " in text:
        m = _BUTTON_ROW.fullmatch(lowered)
        if m and m.group(1) in _BUTTONS and m.group(2) in _BUTTONS:
            return "control"  # "Do you want to receive push notifications from us? Later | Allow"
    colon = lowered.find(": ")
    if colon < 0 and "? " in lowered:
        question, _, answer = lowered.partition("? ")
        answer = answer.rstrip(".! ")
        if question.count(" ") < 10 and _ANSWER.fullmatch(answer) and _verbless(_WORD.findall(answer)):
            return "service-teaser"  # "Broadcast missed? Here to the media library"
        return None
    body = lowered.rstrip(".! ")
    if colon > 1:
        kind = _label_kind(lowered[:colon], lowered[colon + 2:].strip())
        if kind:
            return kind
    first = body.split(" ", 1)[0]
    if first in _OPENERS or "you" in body:
        return _sentence_kind(body, first)
    return None


_OPENERS = frozenset({"the", "this", "our", "all", "comments", "comment", "your", "you", "take", "join", "participate",
                      "newest", "latest", "click", "to", "price", "current", "available", "sponsored", "play", "vote"})


def _sentence_kind(body: str, first: str) -> str | None:
    """Lines without a label: notices, prompts and catalogues told by a whole-line shape."""
    if _SCORE.fullmatch(body):
        return "service"  # "You have answered 5 of 12 questions correctly."
    if first in ("the", "this", "our", "newest", "latest"):
        if _SELF_UPDATE.fullmatch(body) and len(body) > 12:
            return "site-notice"  # "The live ticker updates itself automatically. Newest entries stand on top."
        if _NOT_REPRESENTATIVE.fullmatch(body):
            return "site-notice"  # "The survey is not representative."
        if _SPONSORED.fullmatch(body):
            return "site-notice"  # "This content is brought to you by:"
    if first in ("comments", "comment", "the", "all", "your") and "comment" in body and _MODERATION.fullmatch(body):
        return "site-notice"  # "Comment function deactivated because of numerous rule violations."
    if first == "sponsored" and _SPONSORED.fullmatch(body):
        return "site-notice"  # "Sponsored contribution in cooperation with our partner"
    if " win " in body and _WIN.fullmatch(body):
        return "call-to-action"  # "Take part in our reader survey and win an e-bike"
    if first == "price" and _PRICE_HISTORY.fullmatch(body):
        return "service"  # "Price course of the last 90 days"
    if first in ("all", "the", "current", "latest") and _CATALOGUE.fullmatch(body) and _verbless(_WORD.findall(body)):
        return "service-teaser"  # "Current product recalls and warnings at a glance"
    if first in ("to", "click") and _GALLERY_LINK.fullmatch(body):
        return "control"  # "To the picture gallery: click through 24 pictures"
    if first == "available" and _AVAILABLE.fullmatch(body):
        return "service"  # "Available in the media library until 30.09.2026"
    return None


def _label_kind(label: str, teaser: str) -> str | None:
    """Lines "label: teaser" whose teaser reads out, points or calls in a service box's shape."""
    lw = label.split()
    if len(lw) > 8 or not teaser or teaser[0] in "\"'“„‘":
        return None
    body = teaser.rstrip(".! ")
    tw = _WORD.findall(body)
    if not tw:
        return None
    if teaser.endswith("?"):
        if tw[0] in ("which", "who", "what", "how") and len(tw) <= 10:
            if ("me" in tw or "my" in tw or "i" in tw) and _TOOL.search(label):
                return "service-teaser"  # "Wahl-O-Mat for the Landtag election: which party fits to me?"
            if label[-4:].isdigit() and label[-5:-4] == " " and tw[-1] in ("today", "tonight"):
                return "service-teaser"  # "Jungle camp 2026: who must leave the camp today?"
        return None
    if _HOW_WE.fullmatch(label) and tw[0] in ("our", "the", "all"):
        return "site-notice"  # "This is how we test: our test procedure explained"
    if "recall" in label and (_RECALL_REFUND.search(body) or tw[0] == "please"):
        return "service"  # "Recall: affected customers get the purchase price back also without receipt."
    if tw[0] == "please" and ("warning" in label or "recall" in label) and len(lw) <= 3:
        return "service"  # "Food warning: please do not eat the product under any circumstances!"
    if _SCORE.fullmatch(body):
        return "service"  # "Your result: you have answered 7 of 10 questions correctly."
    if not _verbless(_WORD.findall(label)) or teaser.endswith(".") and not body[-1].isdigit():
        return None
    verbless = _verbless(tw)
    if _AVAILABLE.fullmatch(body):
        return "service"  # "In the ZDF media library: available until 14.06.2026"
    if label in _REPEAT_LABELS and _SLOT.fullmatch(body):
        return "service"  # "Repetition: Sunday, 11:30 o'clock in the Third"
    if tw[0] == "so" and (body.startswith("so many ") or body.startswith("so much ")) and _TIME_WORDS.search(label) or (
            body.startswith(("this is how many ", "that's how many ")) and _TIME_WORDS.search(label)):
        return "service-teaser"  # "Ratings of yesterday: so many spectators switched on"
    if _INPUT.fullmatch(body):
        return "service-teaser"  # "Results of your constituency: enter postcode or place"
    if not verbless:
        return None
    if _MEDIA.fullmatch(body):
        return "service-teaser"  # "Seat distribution in the new Landtag: the graphic"
    if _BEST.fullmatch(body):
        return "service-teaser"  # "Product test: the best robot vacuum cleaners in the comparison"
    if _PERCENT.search(body) and len(_PERCENT.findall(body)) >= 2 and (
            _VOTES.search(body) or any(w in label for w in ("poll", "survey", "vote", "voting"))):
        return "service"  # "Vote result: 63 % yes, 31 % no, 6 % undecided (1,204 votes)"
    if ("kcal" in body or " kj" in body) and len(tw) <= 14:
        return "service"  # "Nutrition values per 100 g: calorific value 1,046 kJ / 250 kcal"
    if tw[0] == "all" and body.endswith(("in the overview", "in an overview")) and len(tw) <= 10:
        return "service-teaser"  # "Child benefit 2026: all changes for parents in the overview"
    if body.endswith(" at a glance") and "," in body and " and " in body and len(tw) <= 10:
        return "service-teaser"  # "Kiel Week 2026: programme, regattas and fireworks at a glance"
    if _GALLERY_END.search(body) and len(tw) <= 12:
        return "service-teaser"  # "Fashion Week Berlin: the most beautiful looks of the catwalk in the picture gallery"
    head = lw[-1] if lw else ""
    if head in ("search", "finder", "locator", "exchange", "directory", "radar", "map") and len(lw) >= 2 or (
            lw and lw[0].endswith(("-search", "-finder"))):
        if len(tw) <= 10 and ("your" in tw or "you" in tw or _SUPERLATIVE.match(body)):
            return "service-teaser"  # "Kita search: free care places in your city district"
    if ("news" in lw or "ticker" in lw or "gossip" in lw) and tw[0] == "the" and len(tw) <= 10 and tw[1] in (
            "latest", "newest", "hottest") and tw[2] in ("gossip", "rumours", "rumors", "news", "headlines", "stories"):
        return "hub-teaser"  # "Star news: the latest gossip from the world of the prominents"
    if any(w in label for w in ("ticker", "clock", "barometer", "counter", "monitor")) and _READING.search(body):
        return "service"  # "Climate ticker: CO2 concentration in the atmosphere today 425 ppm"
    live = "live" in label or "ticker" in label or "stream" in label
    if live and _PROGRESS.search(body):
        return "hub-teaser"  # "Formula 1 live ticker: the Grand Prix of Monza lap for lap"
    if ("stream" in label or "tv" in lw) and _FREE.fullmatch(body) and any(w.startswith("free") or w == "without"
                                                                            for w in tw):
        return "service-teaser"  # "Rowing World Cup live stream: free of charge and without registration"
    if _RESULTS.fullmatch(body):
        return "service-teaser"  # "Amateur football: the results of the district league from Sunday"
    if _APPLY.fullmatch(body):
        return "call-to-action"  # "Bundeswehr career: now apply as soldier on time"
    if _SPONSORED.fullmatch(label):
        return "site-notice"
    return None
