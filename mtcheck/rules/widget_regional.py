"""A regional daily's furniture for MT201's generic signals (see :mod:`mtcheck.rules.widget_signals`), told by
its SHAPE: the widgets a German regional site puts around local news.

* the reader's place: municipality and district selectors ("Select your district: news from ..."), overviews
  "sorted by place", district teasers ("Currently much read in the district", "Current from the region");
* obituary portals: searching death notices, memorial candles "now", condolence books with an imperative,
  anniversary ads for "your loved ones", "Death notices of today's edition";
* the market pages: event calendars ("Enter your event free of charge now"), classified ads (a list of
  imperatives after a label, "Place a private ad now", the deadline for "your ad in the Saturday edition",
  contact ads and property markets "in your district", "Flea market dates in the region", animal-shelter
  protégés), on-call doctors and emergency pharmacies "at the weekend";
* subscription offers: "Already a subscriber? Log in here", "Read 5 articles per month free of charge",
  "the first month for only 1 euro", "then 9.99 euros monthly", "Switch from print to digital now", app-only
  content, newsletters and their privacy note, WhatsApp channels;
* the reader's part: letters to the editor, comment opening hours and login prompts, election checks, player
  votes, reader-reporter calls, the holiday delivery service;
* teasers of the local desks: blue-light tickers and maps, construction-site radar, "current traffic
  situation", "which school buses are not running", "the current overview of all schools", live tickers
  ("...: the match in the live ticker"), ticket sales, club calendars, columnists and archive teasers,
  galleries and portraits ("... in pictures", "... introduce themselves");
* German interface lines ("Leserbrief schreiben", "Gemeinde wählen", "Zur Startseite der Lokalausgabe").

A subhead states news with a finite verb after its label ("Accident on the B 27: driver seriously injured"); a
sentence opens with its subject ("The animal shelter is looking for homes for 40 cats."): they match none of
these shapes. Each shape is tried only when the line holds its literal key.
"""
from __future__ import annotations

from mtcheck.rules.widget_triggers import TriggeredShapes
from mtcheck.text.lazy_regex import lazy_compile

_PLACE = r"(?:district|region|county|town|city|area|municipality|community|village|neighbourhood|neighborhood)"
_AREA = rf"(?:the|your) (?:local )?{_PLACE}"
_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_DASH = r" ?[–—-] "
_SELECT_VERB = r"(?:select|choose|pick|change|set)"
_AD_VERB = r"(?:buy|sell|give away|swap|exchange|search|find|place|rent|let|offer|browse)"

# (trigger words, shape, kind): a shape is tried only when the line holds one of its trigger words.
_SHAPES = tuple((words, lazy_compile(rx), kind) for words, rx, kind in (
    # the reader's place
    (("select", "choose", "pick", "change", "set"),
     rf"(?:[^:]{{3,60}}: )?{_SELECT_VERB} (?:your |a )?(?:{_PLACE}|place of residence|location|local edition"
     rf"|edition)(?: now| here)*[.!]?(?:: (?:news|reports|all|the latest|current)\b[^:]{{3,80}})?", "control"),
    (("sorted",),
     rf".{{3,90}}{_DASH}sorted by (?:place|{_PLACE}|date|topic|location)", "hub-teaser"),
    (("read",),
     rf"(?:currently )?(?:much|most|widely|frequently|often) read (?:in|from) {_AREA}", "hub-teaser"),
    (("also",),
     rf"also (?:interesting|popular|read|worth reading|new) (?:from|in) {_AREA}", "hub-teaser"),
    (("current", "latest", "currently", "now", "just"),
     rf"(?:current|latest|currently|now|just in) from {_AREA}", "hub-teaser"),
    # obituary portals
    (("notices",),
     r"(?:search|find|browse) (?:death|obituary|mourning|funeral) notices(?:: .{3,80})?|(?:obituary|death|mourning"
     r"|funeral) (?:notices|ads|announcements) (?:of|from|in) (?:today's|this week's"
     rf"|the (?:current|latest|{_DAY}|weekend)) (?:edition|issue|paper|newspaper)", "service-teaser"),
    (("obituaries",),
     r"(?:search|find|browse) obituaries(?:: .{3,80})?", "service-teaser"),
    (("candle",),
     r"light (?:a |your )?(?:memorial |virtual |remembrance )?candle(?: for [\w' -]{3,30})?"
     r"(?: now| here| online)+[.!]?",
     "call-to-action"),
    (("condolence", "condolences", "memorial"),
     r"(?:online |digital )?(?:condolence book|book of condolences?|condolence page|memorial page)s?: (?:leave|write"
     r"|enter|express|share|sign|post) .{3,80}", "service-teaser"),
    (("commemorate", "remember", "honour", "honor"),
     r"[^:]{3,40}: (?:commemorate|remember|honour|honor) your (?:loved ones?|deceased|relatives?)(?: with an? (?:ad"
     r"|advertisement|notice|announcement)(?: in the newspaper)?)?", "service-teaser"),
    # events and classified ads
    (("enter", "submit", "register", "add", "announce", "report"),
     r"(?:[^:]{3,40}: )?(?:enter|submit|register|add|announce|report) your (?:events?|dates?|appointments?"
     r"|club dates?)(?: now| here| online| free of charge| for free| easily)*[.!]?", "call-to-action"),
    (("buy", "sell", "swap", "exchange"),
     rf"[^:]{{3,40}}: {_AD_VERB}(?:(?:,| and| or|, and|, or) {_AD_VERB}){{1,4}}[.!]?", "service-teaser"),
    (("place",),
     r"place (?:a |an |your )?(?:private |classified |small |free |online |personal |family |mourning )?"
     rf"(?:ad|advert|advertisement|classified ad|notice)(?: online| now| here| free of charge| for free"
     rf"| today)*(?:{_DASH}.{{3,50}})?[.!]?", "call-to-action"),
    (("ad", "advert", "advertisement"),
     r"your (?:ad|advert|advertisement) in the [\w -]{3,25} (?:edition|issue"
     r"|paper): (?:the )?(?:advertising )?(?:deadline|closing date|closing time|booking deadline) is .{3,50}",
     "service"),
    (("ads",),
     rf"[^:]{{3,40}}: (?:contact|lonely hearts|personal|dating|partner|partnership) ads (?:from|in) {_AREA}",
     "service-teaser"),
    (("market",),
     rf"(?:real estate|property|housing|flat|apartment|rental|job|car|vehicle) market: [\w ,-]{{3,50}} (?:in"
     rf"|from) {_AREA}", "service-teaser"),
    (("dates", "calendar"),
     rf"(?:[\w-]+ ){{1,3}}(?:dates|calendar) (?:in|from|for) {_AREA}|[^:]{{3,40}}: the (?:dates|appointments|events"
     rf"|meetings) of the (?:clubs|associations|societies|parishes|churches|parties|groups) (?:in|from) {_AREA}",
     "service"),
    (("shelter",),
     r"[^:]{3,50}: the (?:protégés|proteges|residents|animals|dogs|cats|pets"
     r"|charges) of the (?:local )?(?:animal shelter|animal home|shelter|animal sanctuary)", "service-teaser"),
    # service boxes
    (("on-call", "doctors", "doctor", "dentists", "dentist"),
     rf"(?:on-call doctors?|emergency pharmac(?:y|ies)|pharmacy emergency services?|emergency doctors?"
     rf"|emergency dentists?)(?: and (?:on-call doctors?|emergency pharmac(?:y|ies)"
     rf"|emergency dentists?))?(?: in {_AREA})? (?:at the weekend|this weekend|today|tonight|on {_DAY}"
     rf"|on (?:public )?holidays)", "service"),
    (("pharmacies", "pharmacy"),
     rf"(?:emergency pharmac(?:y|ies)|pharmacy emergency services?)(?: and (?:on-call doctors?"
     rf"|emergency doctors?))?(?: in {_AREA})? (?:at the weekend|this weekend|today|tonight|on {_DAY})", "service"),
    # subscription offers
    (("already",),
     r"(?:you )?already (?:have )?an? [\w -]{3,30}\? (?:(?:then )?(?:log in|sign in|register|login)(?: here| now)?"
     r"|then (?:the )?(?:digital access|digital subscription|e-paper|access|digital edition|app) is (?:included"
     r"|free)(?: for you)?)[.!]?", "paywall-question"),
    (("articles", "article"),
     r"read (?:\{n\}|\d+|one|two|three|four|five|six|seven|eight|nine|ten) (?:free )?articles? (?:per|a|each|every) "
     rf"(?:month|week)(?: free of charge| for free)?(?:{_DASH}[\w ]{{3,40}})?[.!]?", "paywall-question"),
    (("first",),
     r"[^:]{3,60}: (?:the )?first (?:month|year|\w+ weeks|\d+ weeks|\d+ months|\d+ days) (?:for )?(?:only "
     r"|just )?(?:[\d.,]+ (?:euros?|cents?|€)|€ ?[\d.,]+|free(?: of charge)?)[.!]?|the first (?:month|\w+ weeks"
     r"|\d+ weeks|\d+ days) (?:costs? nothing|(?:is|are) free(?: of charge)?)"
     rf"(?:{_DASH}|, )then (?:only )?[\d.,]+ (?:euros?|€) (?:monthly|per month|a month|weekly|per week)[.!]?",
     "paywall-question"),
    (("switch",),
     r"switch (?:from (?:print|paper|the (?:print|paper) edition|the newspaper) )?to (?:digital|e-paper|the e-paper"
     r"|the digital edition|online|the app|digital reading)(?: now| today)*(?: and save)?(?: now)?[.!]?",
     "paywall-question"),
    (("app",),
     r"this (?:content|article|video|text|feature|story|offer|format|graphic|element|podcast) is (?:only "
     r"|exclusively )available (?:in|via|on) (?:the|our) (?:[\w-]+ )?app\.?", "site-notice"),
    (("exclusively",),
     r"this (?:content|article|video|text|feature|story|offer|format|graphic|element"
     r"|podcast) is available exclusively (?:in|via|on) (?:the|our) (?:[\w-]+ )?app\.?", "site-notice"),
    # newsletters and channels
    (("newsletter",),
     r"[\w' ,-]{3,40}! (?:the|our) (?:daily |weekly |free |local )?newsletter (?:of|from|for) (?:the |your "
     r"|our )[\w' -]{3,40}|(?:your e-mail address will (?:only )?be used (?:only |exclusively )?"
     r"|we (?:will )?(?:only )?use your e-mail address (?:only |exclusively )?)(?:to send|for sending) (?:you )?(?:the"
     r"|our) newsletter\.?(?: (?:unsubscribing|cancellation|you can unsubscribe|unsubscribe)[\w ]{0,40}(?:at any time"
     r"|any time)\.?)?", "channel-promo"),
    (("e-mail", "email"),
     rf"[^:]{{3,50}}: (?:our|the) [\w -]{{3,30}} every (?:morning|evening|day|week|weekday|{_DAY}) "
     r"(?:by e-mail|by email|in your (?:inbox|mailbox)|as a newsletter)", "channel-promo"),
    (("follow", "join", "subscribe"),
     r"[^:]{3,70}: (?:follow|subscribe to|join) (?:us|our (?:[\w-]+ )?channel|the channel)(?: now| here"
     r"| for free)*[.!]?", "channel-promo"),
    # the reader's part
    (("letter",),
     r"(?:write|send|submit) (?:a|your|us a) (?:reader's letter|readers' letter|letter to the editor"
     r"|reader letter)(?: to (?:the |our )?(?:local )?(?:editorial office|editors|editorial team|newsroom"
     r"|editorial department))?(?: now| here)?[.!]?", "call-to-action"),
    (("comments", "commenting", "comment"),
     r"(?:comments|commenting|the comment function|the comment section) (?:are|is) (?:activated|open|possible|enabled"
     r"|available) (?:daily )?(?:from|between) \d{1,2}(?:[.:]\d\d)? ?(?:a\.m\.|p\.m\.|o'clock|h)? (?:to|and"
     r"|until) \d{1,2}(?:[.:]\d\d)? ?(?:a\.m\.|p\.m\.|o'clock|h)?\.?"
     rf"|(?:comment|vote|take part|join in)(?: now)?(?:{_DASH}|: )you (?:must|need to|have to) (?:be )?(?:logged in"
     r"|registered|signed in|log in|register)(?: to do so| for this| to comment| first)?[.!]?", "site-notice"),
    (("check", "guide", "compass"),
     r"[^:]{3,50}: (?:our|the) (?:election check|candidate check|election guide|election compass)"
     r"(?: for [\w -]{3,40})?",
     "service-teaser"),
    (("vote", "say"),
     r"(?:vote|cast your vote|have your say)(?: now| here)?: (?:who|which|what) [^:]{3,60}\??", "call-to-action"),
    (("something",),
     r"(?:[^:]{3,30}: )?(?:have you|did you) (?:observed|seen|noticed|witnessed|see|observe|notice"
     r"|witness) something\? (?:send|show|tell|give) us .{3,40}", "call-to-action"),
    (("holiday", "vacation", "travel"),
     r"(?:holiday|vacation|travel) (?:service|delivery(?: service)?|subscription): (?:have|let|get) your (?:newspaper"
     r"|paper|e-paper|subscription) (?:sent|forwarded|delivered|redirected) (?:to|after) [\w -]{3,30}",
     "service-teaser"),
    # the local desks' teasers
    (("light", "blue-light"),
     r"blue[- ]light (?:ticker|map|news|blog)(?:: [\w ,'-]{3,80})?", "hub-teaser"),
    (("radar",),
     r"[\w -]{3,30} radar: (?:where|which|when|what) .{5,80}", "service"),
    (("map",),
     r"[^:]{3,60}: the (?:blue[- ]light|interactive|live|traffic|accident|operations?|construction site|roadworks"
     r"|outage|weather|flood|fire|snow|radar|speed camera) map", "service"),
    (("traffic", "roads", "conditions"),
     r"[^:]{3,50}: (?:the )?(?:current|latest|live) (?:traffic situation|traffic news|traffic reports?"
     r"|situation on the roads|road conditions)", "service"),
    (("which",),
     r"[^:]{3,60}: which (?:school buses|buses|trains|schools|lines|routes|connections|roads|kindergartens"
     r"|day-care centres|daycare centers) (?:are|is) (?:not running|cancelled|closed|affected|running)"
     rf"(?: today| tomorrow| on {_DAY})?\??", "service"),
    (("overview",),
     r"[^:]{3,70}: (?:the )?(?:current|latest|complete) overview of (?:all )?[\w -]{3,40}", "service"),
    (("ticker",),
     r"[^:]{3,70}: the [\w' -]{3,40} in the (?:live ?)?ticker(?: with [\w ,-]{3,40})?|[\w -]{3,30} ticker: the (?:news"
     r"|latest|developments|events|highlights) (?:from|of|at|in) [\w' -]{3,40}", "hub-teaser"),
    (("sale", "sales"),
     r"[^:]{0,40}tickets?[^:]{0,40}: (?:the )?(?:advance |pre-)?(?:ticket )?sales? (?:starts?|begins?|opens?) (?:on "
     r"|at |from )?[\w .:']{2,30}", "service-teaser"),
    (("columnist", "author", "blogger", "glossator"),
     rf"our (?:columnist|author|blogger|glossator)(?: [\w-]+){{0,2}} writes every (?:day|week|month|{_DAY}) "
     r"about [\w' -]{3,50}", "feature"),
    (("archive",),
     r"from the archive: (?:that's|this is|that is|here's|here is) (?:what|how) .{5,80}", "feature"),
    (("best",),
     rf"[^:]{{3,40}}: the best (?:graduates|pupils|students|trainees|apprentices|athletes|photos|pictures) (?:from|of"
     rf"|in) {_AREA}", "feature"),
    (("pictures",),
     r"the (?:[\w'-]+ ){1,8}in pictures", "feature"),
    (("themselves",),
     rf"[^:]{{3,40}}: [\w -]{{3,40}} (?:from|in) {_AREA} introduce themselves", "feature"),
))



_INDEX = TriggeredShapes(_SHAPES)

# German interface lines: "Leserbrief schreiben", "Gemeinde wählen", "Zur Startseite der Lokalausgabe"
_GERMAN = lazy_compile(r"[a-zäöüß-]{3,25} (?:schreiben|wählen|auswählen|aufgeben|eintragen|einreichen|anzünden"
                       r"|suchen"
                       r"|einsenden|verfassen|ändern)"
                       r"|zur? (?:startseite|übersicht|homepage|auswahl)(?: [a-zäöüß-]{3,25}){0,3}")


def regional_kind(text: str, lowered: str) -> str | None:
    """The kind of regional-site furniture ``text`` (one short stand-alone line, normalised) is, or None."""
    if len(text) < 40 and text[0].isupper() and (lowered.endswith("en") or lowered.startswith("zu")):
        if _GERMAN.fullmatch(lowered):
            return "german-ui"
    return _INDEX.kind(lowered)
