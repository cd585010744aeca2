"""Everyday-desk furniture for MT201's generic signals (see :mod:`mtcheck.rules.widget_signals`), told by its
SHAPE: the widgets a national site puts around weather, traffic, travel, consumer, Panorama, TV, sport and car
news, and the site notes that earlier rounds matched too literally.

* weather and measuring widgets: a warning level with its scale or the reader's district ("Storm warning level 3
  of 4: ..."), radar labels with a time span or the map ("Radar film: the precipitation of the last two hours"),
  "The weather for the next 14 days in the overview", push activation after a label ("...: activate push
  messages now"), read-outs in real time ("Water levels in real time: the current values of ..."), German
  weather and traffic links ("Wetter morgen", "Wetterwarnungen aktivieren", "Stau-Übersicht");
* price, travel and consumer widgets: "...: buy now or better wait?", "...: current information for your holiday
  destination", "...: all flights at ... in real time", "...: these products convinced the testers", recall
  boxes ("Product recall: the affected batches ... at a glance", "Recall! Please do not consume ..."), price
  notes ("Prices incl. statutory VAT, plus shipping costs"), driving reports ("...: the new ... in the test"),
  configurators and valuation teasers addressed to the reader ("...: what is your house really worth?");
* lottery and puzzle teasers ("...: all figures without guarantee", "Crossword puzzle: solve online now");
* tickers and grades: "...: all news from ... in the ticker", "Grades for the Bayern stars: who convinced ...",
  TV ratings ("Quota winner of the evening: ...");
* site notes: audio-version notes, comment counters and flags, "Readers also read", archive teasers,
  sponsored-content notes, registration confirmations, German breaking-news labels ("Eilmeldung: ..."),
  editorial-deadline stamps.

A subhead states news with a finite verb after its label ("Product recall: supermarket withdraws cheese"); a
sentence opens with its subject ("The radar showed heavy rain"): they match none of these shapes. Each test
opens with a cheap literal check.
"""
from __future__ import annotations

from mtcheck.text.lazy_regex import lazy_compile

_DAYS = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_GLANCE = r"(?:at a glance|in (?:the |an )?overview|in (?:the )?(?:ticker|live ?ticker|live ?blog))"

# "Storm warning level 3 of 4: the German Weather Service warns of ... in your district"
_WARN_LEVEL = lazy_compile(r"(?:[\w-]+ )?warn(?:ing)? level \d(?: (?:of|/) \d: .{8,120}|: .{0,80}\byour\b.{0,60})")
# "Radar film: the precipitation of the last two hours", "Thunderstorm radar: lightning strikes in real time"
_RADAR = lazy_compile(r"(?:[\w-]+ )?radar(?: film| map| loop| images?)?: (?=.{0,100}(?:real time|\blast\b|\bnext\b"
                      r"|\bcoming\b|\byour\b|on the map|\bcurrent\b|\blive\b))[\w' ,.-]{3,100}")
# "The weather for the next 14 days in the overview"
_WEATHER_DAYS = lazy_compile(rf"(?:the )?(?:weather|forecast|weather forecast) (?:for|of) the (?:next|coming) "
                             rf"(?:\d{{1,2}}|three|five|seven|ten|fourteen|sixteen) days {_GLANCE}\.?")
# "Weather warnings for your region: activate push messages now"
_PUSH = lazy_compile(r"[^:]{3,90}: (?:activate|turn on|switch on|enable|subscribe to) (?:the |our )?"
                     r"(?:push (?:messages|notifications|alerts|news)|notifications|alerts)(?: now| here| for free)*[.!]?")
# "Water levels in real time: the current values of all measuring points"
_REAL_TIME = lazy_compile(r"[\w' -]{3,40} (?:in real time|live): (?:the |all )?(?:current|latest|live) "
                          r"(?:values|data|readings|levels|figures|measurements|measured values)(?: [\w' -]{3,60})?")
# "Departures and arrivals: all flights at Frankfurt airport in real time"
_FLIGHTS = lazy_compile(r"[^:]{3,50}: all (?:flights|departures|arrivals|trains|connections|ferries) (?:at|from|to|of|in) "
                        r"[\w' -]{3,40} in real time")
# "Heating oil prices today: buy now or better wait?"
_NOW_OR_WAIT = lazy_compile(r"[^:]{3,50}: [\w' ]{2,30} now or (?:rather |better |still )?(?:wait|later)\?")
# "Travel warnings of the Foreign Office: current information for your holiday destination"
_FOR_YOUR = lazy_compile(r"[^:]{3,70}: (?:all |the )?(?:current|latest|up-to-date|important) (?:information|info|news|notes"
                         r"|rules|tips|data) (?:for|on|about) your (?:[\w-]+ )?(?:destination|holiday|trip|journey|region"
                         r"|city|district|flight)")
# "Test winner at Stiftung Warentest: these products convinced the testers"
_TESTERS = lazy_compile(r"[^:]{3,50}: these [\w' -]{3,40} (?:convinced|impressed|disappointed|failed|satisfied) the "
                        r"(?:testers|test|experts|jury)")
# "Product recall: the affected batches and best-before dates at a glance"
_RECALL = lazy_compile(rf"(?:[\w-]+ )?recalls?: (?:the |all )?affected [\w' ,-]{{3,80}} {_GLANCE}"
                       r"|(?:recall|warning|attention|caution)[!:] please do not (?:consume|eat|drink|use|buy) (?:this|the|these)"
                       r" [\w -]{3,30}?(?: under any circumstances| any more| anymore)?[.!]?")
# "Prices incl. statutory VAT, plus shipping costs"
_VAT = lazy_compile(r"\*?(?:all )?prices? (?:are )?(?:incl\.|including|inclusive of|include|includes) (?:the )?(?:statutory |legal )?"
                    r"(?:vat|value added tax|mwst\.?)(?:,? (?:plus|excl\.|excluding|and) (?:shipping|delivery|postage)"
                    r"(?: costs| charges| fees)?)?\.?")
# "Driving report: the new electric SUV in the test"
_DRIVE = lazy_compile(r"(?:[\w-]+ )?(?:driving report|drive report|test drive|first drive|road test|car test|test|check"
                      r"|long-term test|practical test): the (?:new |latest )?[\w' .-]{2,40} in (?:the )?(?:big |practical )?(?:test|check)")
# "Car configurator: put together your dream car now"
_CONFIGURE = lazy_compile(r"[\w -]{3,30} (?:configurator|planner|calculator|finder): (?:put together|configure|design|plan"
                          r"|calculate|find|compare) your [\w -]{2,30}(?: now| here| for free| online)*[.!]?")
# "Property valuation: what is your house really worth?"
_WORTH = lazy_compile(r"[\w' -]{3,40}: (?:what|how much) (?:is|are) your [\w -]{2,30} (?:really |actually |still )?worth\??")
# "Lotto numbers of Saturday: all figures without guarantee"
_GUARANTEE = lazy_compile(r"(?:[^:]{3,50}: )?(?:all )?(?:figures|numbers|data|details|information|results|details|prices"
                          r"|quotas|odds)(?: [\w ]{2,20})? without (?:guarantee|warranty)\.?")
# "Crossword puzzle: solve online now free of charge"
_PUZZLE = lazy_compile(r"(?:[\w-]+ )?(?:crossword(?: puzzle)?|sudoku|puzzle|quiz|word puzzle|swedish puzzle|mahjong|solitaire"
                       r"|brain teaser|riddle)s?: (?:solve|play|guess|start|puzzle)"
                       r"(?: (?:online|now|here|daily|today|for free|free of charge|right away)){1,4}[.!]?")
# "Stars and celebrities: all news from the jungle camp in the ticker"
_TICKER = lazy_compile(r"[^:]{3,60}: all (?:the )?(?:news|information|developments|updates|reports)(?: (?:on|about|from|of|around)"
                       r" [\w' -]{2,40})? in (?:the|our) (?:live ?)?(?:ticker|blog|news ?blog|live ?blog)")
# "Grades for the Bayern stars: who convinced, who disappointed"
_GRADES = lazy_compile(r"(?:grades|marks|ratings|report cards?|individual criticism|player ratings|the players? in the check)"
                       r"(?: (?:for|of) (?:the )?[\w' -]{2,30})?: (?:who|which [\w-]+) [\w' ,-]{3,70}\??")
# "Quota winner of the evening: the Sunday crime thriller clearly ahead"
_QUOTA = lazy_compile(r"(?:quota|ratings|rating|tv ratings|viewer) (?:winners?|losers?|check|hit|flop)(?: of the [\w ]{2,20})?: .{3,80}")
# "Audio version generated automatically – errors in pronunciation are possible"
_AUDIO = lazy_compile(r"(?:this |the )?(?:audio version|audio|read-aloud version|audio file)(?: of this (?:article|text))? "
                      r"(?:was |is |has been )?(?:generated|created|produced|read|spoken) (?:automatically|by (?:an? )?"
                      r"(?:computer|ai|artificial intelligence|machine|synthetic voice|computer voice))"
                      r"(?:\s*[–—:.,-]\s*(?:(?:errors|mistakes|deviations) in (?:the )?pronunciation|pronunciation "
                      r"(?:errors|mistakes)) (?:are|may be) possible\.?)?")
# "12 readers have commented on this article", "Mark this comment as inappropriate"
_COMMENTED = lazy_compile(r"\d{1,6} (?:readers?|users?|people) (?:have |has )?(?:commented(?: on)?|discussed|recommended|shared"
                          r"|reacted to|rated) (?:this|the) (?:article|text|story|post|report)\.?")
_FLAG = lazy_compile(r"(?:mark|report|flag) (?:this|the) (?:comment|post|contribution|reply|answer) as (?:inappropriate|offensive"
                     r"|spam|abusive|improper)\.?")
# "Readers also read", "Also on the topic from our archive"
_ALSO_READ = lazy_compile(r"(?:readers|users|visitors|others|other readers|subscribers) (?:also|additionally) "
                          r"(?:read|viewed|watched|liked|clicked(?: on)?|were interested in)(?: this)?\.?:?"
                          r"|(?:also |more )?(?:on|about) (?:the|this) (?:topic|subject) (?:from|in) (?:our|the) archives?:?")
# "Sponsored content: this article was created in cooperation with our advertising partner."
_SPONSORED = lazy_compile(r"(?:(?:sponsored|paid|partner|advertising) (?:content|post|article|contribution)s?: )?"
                          r"this (?:article|text|contribution|content|page|post|report) (?:was|has been|is) (?:created|produced"
                          r"|written|made|realised|realized|published|financed) (?:in cooperation|together|in collaboration"
                          r"|in partnership) with (?:our|an?|the) (?:advertising |commercial |business )?(?:partner|client"
                          r"|advertiser)s?\.?")
# "Confirm registration: we have sent you an e-mail."
_CONFIRM = lazy_compile(r"(?:please )?confirm (?:the |your )?(?:registration|subscription|sign-up|e-?mail(?: address)?|account)"
                        r"[:.!]? we (?:have )?(?:just )?sent you an? (?:confirmation )?(?:e-?mail|link|message|mail)\.?")
# "Eilmeldung: Storm front reaches Hamburg"
_EIL = lazy_compile(r"(?:\+{3} )?(?:eilmeldung|eil)(?: \+{3})?: .{3,110}")
# "Editorial deadline of this article: Friday, 18 o'clock"
_DEADLINE = lazy_compile(rf"(?:editorial deadline|editorial status|status|as of|deadline)(?: (?:of|for) (?:this|the) "
                         rf"(?:article|text|report|page|information))?: (?:{_DAYS},? )?(?:\d{{1,2}}\.? ?[a-z]* ?(?:\d{{4}},? )?)?"
                         rf"\d{{1,2}}(?:[:.]\d\d)?(?: o'clock| a\.m\.| p\.m\.| h| uhr)?\.?")
# German weather and traffic links: "Wetter morgen", "Wetterwarnungen aktivieren", "Stau-Übersicht"
_GERMAN = lazy_compile(r"(?:[a-zäöüß-]*(?:wetter|warnungen|radar|stau|verkehr|blitzer|pollen|glätte)[a-zäöüß-]*"
                       r"(?: (?:für )?(?:heute|morgen|übermorgen|aktuell|am wochenende|aktivieren|abonnieren|anzeigen"
                       r"|einschalten|deaktivieren))"
                       r"|[a-zäöüß]{2,25}-?übersicht)")


def everyday_kind(text: str, lowered: str) -> str | None:
    """The kind of everyday-desk furniture ``text`` (one short stand-alone line, normalised) is, or None."""
    colon = lowered.find(": ")
    if colon < 0:
        if " days " in lowered and _WEATHER_DAYS.fullmatch(lowered):
            return "service"  # "The weather for the next 14 days in the overview"
        if " vat" in lowered or "mwst" in lowered:
            return "site-notice" if _VAT.fullmatch(lowered) else None
        if "please do not " in lowered and _RECALL.fullmatch(lowered):
            return "site-notice"  # "Recall! Please do not consume this product under any circumstances"
        if " without " in lowered and _GUARANTEE.fullmatch(lowered):
            return "site-notice"  # "All figures without guarantee"
        if "audio" in lowered and _AUDIO.fullmatch(lowered):
            return "site-notice"  # "Audio version generated automatically – errors in pronunciation are possible"
        if text[0].isdigit() and " this " in lowered and _COMMENTED.fullmatch(lowered):
            return "control"  # "12 readers have commented on this article"
        if " as " in lowered and _FLAG.fullmatch(lowered):
            return "control"  # "Mark this comment as inappropriate"
        if (" also " in lowered or "archive" in lowered) and _ALSO_READ.fullmatch(lowered):
            return "hub-teaser"  # "Readers also read", "Also on the topic from our archive"
        if " cooperation " in lowered or " collaboration " in lowered or " partnership " in lowered:
            return "site-notice" if _SPONSORED.fullmatch(lowered) else None
        if "sent you" in lowered and _CONFIRM.fullmatch(lowered):
            return "account-prompt"  # "Please confirm your registration. We have sent you an e-mail."
        if len(text) < 40 and ("übersicht" in lowered or " " in lowered) and _GERMAN.fullmatch(lowered):
            return "german-ui"  # "Wetter morgen", "Wetterwarnungen aktivieren", "Stau-Übersicht"
        return None
    label = lowered[:colon]
    if " level " in label and _WARN_LEVEL.fullmatch(lowered):
        return "service"  # "Storm warning level 3 of 4: the German Weather Service warns ... in your district"
    if "radar" in label and _RADAR.fullmatch(lowered):
        return "service"  # "Radar film: the precipitation of the last two hours and the coming hour"
    if " push " in lowered or "notifications" in lowered or "alerts" in lowered:
        return "call-to-action" if _PUSH.fullmatch(lowered) else None
    if "real time" in lowered:
        if _REAL_TIME.fullmatch(lowered) or _FLIGHTS.fullmatch(lowered):
            return "service"  # "Water levels in real time: the current values of all measuring points"
        if "radar" in label:
            return None
    if " now or " in lowered and _NOW_OR_WAIT.fullmatch(lowered):
        return "service-teaser"  # "Heating oil prices today: buy now or better wait?"
    if " your " in lowered:
        if _FOR_YOUR.fullmatch(lowered):
            return "service-teaser"  # "Travel warnings of the Foreign Office: current information for your ..."
        if _CONFIGURE.fullmatch(lowered) or (" worth" in lowered and _WORTH.fullmatch(lowered)):
            return "service-teaser"  # "Car configurator: put together your dream car now"
    if " these " in lowered and _TESTERS.fullmatch(lowered):
        return "service-teaser"  # "Test winner at Stiftung Warentest: these products convinced the testers"
    if "recall" in label and _RECALL.fullmatch(lowered):
        return "service"  # "Product recall: the affected batches and best-before dates at a glance"
    if " in the " in lowered and lowered.endswith(("test", "check")) and _DRIVE.fullmatch(lowered):
        return "hub-teaser"  # "Driving report: the new electric SUV in the test"
    if " without " in lowered and _GUARANTEE.fullmatch(lowered):
        return "service"  # "Lotto numbers of Saturday: all figures without guarantee"
    if lowered[colon + 2:colon + 7] in ("solve", "play ", "guess", "start", "puzzl") and _PUZZLE.fullmatch(lowered):
        return "service-teaser"  # "Crossword puzzle: solve online now free of charge"
    if " all " in lowered and _TICKER.fullmatch(lowered):
        return "hub-teaser"  # "Stars and celebrities: all news from the jungle camp in the ticker"
    if lowered[colon + 2:colon + 6] in ("who ", "whic") and _GRADES.fullmatch(lowered):
        return "feature"  # "Grades for the Bayern stars: who convinced, who disappointed"
    if label.startswith(("quota", "rating", "tv rat", "viewer")) and _QUOTA.fullmatch(lowered):
        return "feature"  # "Quota winner of the evening: the Sunday crime thriller clearly ahead"
    if "audio" in label and _AUDIO.fullmatch(lowered):
        return "site-notice"
    if " cooperation " in lowered and _SPONSORED.fullmatch(lowered):
        return "site-notice"  # "Sponsored content: this article was created in cooperation with our ..."
    if label.startswith("confirm") and _CONFIRM.fullmatch(lowered):
        return "account-prompt"  # "Confirm registration: we have sent you an e-mail."
    if label.startswith(("eil", "+++ eil")) and _EIL.fullmatch(lowered):
        return "german-ui"  # "Eilmeldung: Storm front reaches Hamburg"
    if ("editorial" in label or " this " in label) and text[-1] in "0123456789k." and (
            _DEADLINE.fullmatch(lowered)):
        return "timestamp"  # "Editorial deadline of this article: Friday, 18 o'clock"
    return None
