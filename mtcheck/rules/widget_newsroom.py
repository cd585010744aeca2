"""National-newsroom furniture for MT201's generic signals (see :mod:`mtcheck.rules.widget_signals`), told by
its SHAPE: the controls, teasers and notes a national site puts around politics, war, market and court news.

* live-blog controls in German word order or with a German verb ("Older entries load", "Refresh live blog
  manually", "Sort entries: newest first | oldest first", "Pinned by the editorial team", "Liveblog
  aktualisieren"), the end note ("The live blog is ended. ...") and "The events of ... you can read here.";
* special and explainer teasers ("...: all information in our special", "Map of the war: where ...",
  "Interactive map: ... at a glance", "Chronology: how ...", "Explained simply: what ...?", "Questions and
  answers (on ...): what ..."), polls ("Sunday question: if there were ...", "Poll barometer: so the parties
  ...", "Make the Wahl-O-Mat now");
* market widgets ("...: ... – the market report", "Share prices in real time: ...", "Depot check: should
  ...?", "No investment advice. Price data delayed ...");
* live teasers with a start time ("...: the press conference live from 14:45", "The verdict in the live ticker:
  ... from 10 o'clock", "From the court hall: our reporter reports live");
* hotlines with opening hours or a number to dial; editors' notes ("Note of the editorial team: ..."); podcast
  teasers ("The Situation – the foreign policy podcast. New every Friday."); gift-article notes, free-article
  counters and unlock calls; comment moderation; topic-follow and push prompts.

A subhead states news with a finite verb after its label ("NATO summit: leaders agree on new spending
target"); a sentence opens with its subject ("The chronology shows how ..."): they match none of these
shapes. Each test opens with a cheap literal check.
"""
from __future__ import annotations

from mtcheck.text.lazy_regex import lazy_compile

_EDITORS = r"(?:the |our )?(?:editorial (?:team|office|staff|department|board)|editors|newsroom|moderators|moderation(?: team)?)"
_LIVE = r"(?:live ?blog|live ?ticker|news ?blog|ticker|live coverage)"
_WH = r"(?:what|who|how|why|when|where|which|whom|whose|is|are|does|do|did|can|could|will|would|should|must|was|were|has|have)"
_TIME = r"\d{1,2}(?:[:.]\d\d)?(?: o'clock| a\.m\.| p\.m\.| h)?"

# Live-blog controls (a whole short line): German verb-last order, "manually", a German verb.
_CONTROL = lazy_compile(
    rf"(?:older|newer|earlier|later|more|further|all) (?:entries|posts|updates|messages|comments) (?:load|show|display|reload)"
    rf"|(?:refresh|update|reload) (?:the )?{_LIVE} manually|{_LIVE} manually (?:refresh|update|reload)"
    rf"|pinned by {_EDITORS}"
    rf"|sort (?:entries|posts|updates|comments|messages)(?: by)?: (?:newest|oldest|latest|earliest) first"
    rf" ?[|/] ?(?:newest|oldest|latest|earliest) first"
    rf"|(?:live ?blog|live ?ticker|ticker|seite|beiträge|einträge) (?:aktualisieren|neu laden|laden)"
    rf"|push notifications? (?:for|on|about) (?:this|the) (?:topic|subject|author|story|series)"
    rf" (?:activated|deactivated|enabled|disabled|switched (?:on|off)|turned (?:on|off))")
# "The live blog is ended. Further information you find in our overview."
_ENDED = lazy_compile(rf"(?:the |this |our )?{_LIVE} (?:is|has been|was) (?:ended|closed|finished|terminated|over|concluded)"
                      r"\.(?: .{5,100})?")
# Object first: "The events of the previous day you can read here." (English: "You can read ... here.")
_READ_HERE = lazy_compile(r"(?:the (?:events|developments|news|reports|entries)|what happened|everything)(?: [\w'’,-]+){0,6}"
                          r" you (?:can|will) (?:read|find|follow|see|reread) (?:here|there|in (?:our|the) [\w -]{3,30})\.?")
# "NATO summit: all information in our special"
_SPECIAL = lazy_compile(r"[^:]{3,60}: all (?:the )?(?:information|info|news|facts|articles|reports|background|developments)"
                        r"(?: (?:on|about) [\w' -]{2,30})? (?:in|on) our (?:[\w-]+ )?(?:special|dossier|topic page|overview"
                        r"|live ?blog|news ?blog|ticker|focus page)")
# "Map of the war: where the front line runs today", "Interactive map: the situation ... at a glance"
_MAP = lazy_compile(r"(?:interactive |live )?(?:map|graphic|chart|infographic)(?: of (?:the )?[\w' -]{2,30})?: "
                    r"(?:(?:where|how|which|what|who) [\w' ,-]{3,80}|the [\w' ,-]{3,70} at a glance)")
# "Chronology: how ...", "Explained simply: what ...?", "Questions and answers (on ...): what ..."
_EXPLAINER = lazy_compile(rf"(?:chronology|timeline|chronicle|explained simply|simply explained|briefly explained"
                          rf"|questions and answers)(?: (?:on|about|to|of) (?:the )?[\w' -]{{3,50}})?: {_WH}"
                          rf" [\w' ,-]{{3,90}}\??")
# Polls: "Sunday question: if there were ...", "Poll barometer: so the parties currently stand",
# "Who would you vote for? Make the Wahl-O-Mat now"
_POLL = lazy_compile(r"(?:sunday question|poll|polls|survey|poll barometer|politbarometer|deutschlandtrend|election trend"
                     r"|trend barometer)(?: [\w-]+)?: (?:if there were|so (?:the |many |much )?[\w -]{2,30}?(?: currently| now)?"
                     r" (?:stand|stands|vote|votes|would vote|think|thinks|see|sees|judge|judges|rate|rates)\b).{0,60}"
                     r"|(?:[^?]{3,50}\? )?(?:make|do|take|start|use) the (?:wahl-o-mat|election compass|vote compass)"
                     r"(?: now| here| for [\w -]{3,30})?[.!]?")
# Market widgets.
_MARKET_REPORT = lazy_compile(r"[^:]{3,40}: .{3,70} (?:–|-) (?:the|our) (?:market report|stock market report|market commentary"
                              r"|market overview|stock exchange report|markets? update)")
_REAL_TIME = lazy_compile(r"(?:[\w -]{0,25}(?:market|share|stock|price|index|indices|currency|exchange|course|rate|crypto)s? "
                          r"(?:overview|prices|quotes|data|values|rates|courses|indices))(?: in real time)?: .{3,80}")
_DEPOT_CHECK = lazy_compile(r"(?:depot|portfolio|share|stock|fund|etf|savings|investment|dividend) (?:check|test|tip|question)s?: "
                            r"(?:should|is|are|does|do|can|will|which|how|what|when|who|when) [\w' ,-]{3,80}\?")
_DISCLAIMER = lazy_compile(r"no investment (?:advice|recommendation)\.?(?: .{3,100})?"
                           r"|(?:price|share|stock|market) (?:data|prices|quotes|courses)(?: are)? delayed by (?:at least )?"
                           r"\d+ minutes\.?")
# Live teasers: "Interest decision of the ECB: the press conference live from 14:45", "The verdict in the live
# ticker: the court announces its decision from 10 o'clock", "From the court hall: our reporter reports live"
_LIVE_START = lazy_compile(rf"[^:]{{3,70}}: the [\w' -]{{3,40}} live (?:from|at|starting at|as of) {_TIME}"
                           rf"|the [\w' -]{{3,40}} in the {_LIVE}: .{{3,80}} (?:from|at|starting at|as of) {_TIME}")
_REPORTS_LIVE = lazy_compile(r"from (?:the|our) [\w' -]{3,30}: (?:our|the) (?:reporter|correspondent|reporters|correspondents|team)"
                             r" reports? live(?: from [\w' -]{3,30})?")
# Hotlines: opening hours or a number to dial after the label.
_HOTLINE = lazy_compile(r"(?:[\w-]+ ){0,2}(?:hotline|helpline|on-call service|emergency service|info line|information line"
                        r"|citizens' (?:telephone|hotline)|service number)(?: for [\w' -]{3,50})?: "
                        r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.? ?(?:–|-|to) ?(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.? "
                        r"(?:from )?\d.{0,40}|(?:in (?:urgent|emergency|acute) cases,? )?(?:dial|call|ring|phone) [\d +/–-]{3,20})")
# "Note of the editorial team: information ... cannot be checked independently."
_EDITORS_NOTE = lazy_compile(rf"(?:note|remark|notice|hint) (?:of|from|by) {_EDITORS}: .{{10,120}}")
# "The Situation – the foreign policy podcast. New every Friday."
_PODCAST = lazy_compile(r"[^–-]{2,40} (?:–|-) (?:the|our) (?:[\w-]+ ){0,3}podcast\.? (?:new|a new episode|new episodes?)"
                        r" (?:every|each|on) [\w ]{3,30}\.?")
# Gift articles, free-article counters, unlock calls, comment moderation, topic follow.
_GIFT = lazy_compile(r"this (?:article|text|story) (?:was|has been) (?:given|gifted|sent|shared) to you(?: as a gift)?"
                     r"(?: by [\w -]{3,30})?[.!](?: .{0,80})?")
_FREE_COUNT = lazy_compile(r"free (?:articles|texts|stories|reads)(?: this month| left| remaining)?: \d+ (?:of|/) \d+"
                           r"(?: used| read| remaining| left| consumed)?")
_UNLOCK = lazy_compile(r"unlock(?: now)?(?: (?:with (?:one|a) click|for free|free of charge))? and "
                       r"(?:read on|continue reading|read further|read the (?:whole|full) (?:article|text))[.!]?")
_COMMENTS = lazy_compile(rf"comments (?:are|will be) (?:only )?(?:activated|published|released|approved|unlocked|shown|visible)"
                         rf" (?:only )?after (?:examination|review|checking|moderation|approval|a check) by {_EDITORS}\.?")
_FOLLOW = lazy_compile(r"follow the (?:topic|subject|author) [\w' -]{2,40} and (?:get|be|stay|keep) (?:informed|notified|up to date)"
                       r"(?: about [\w' -]{3,40})?[.!]?")


def newsroom_kind(text: str, lowered: str) -> str | None:
    """The kind of newsroom furniture ``text`` (one short stand-alone line, normalised) is, or None."""
    first = lowered[:4]
    colon = lowered.find(": ")
    if colon < 0:
        if len(text) < 60 and _CONTROL.fullmatch(lowered):
            return "control"  # "Older entries load", "Refresh live blog manually", "Pinned by the editorial team"
        if ("ended" in lowered or "closed" in lowered or " over." in lowered) and _ENDED.fullmatch(lowered):
            return "site-notice"  # "The live blog is ended. Further information you find in our overview."
        if " you can " in lowered or " you will " in lowered:
            return "hub-teaser" if _READ_HERE.fullmatch(lowered) else None
        if "wahl-o-mat" in lowered or " compass" in lowered:
            return "call-to-action" if _POLL.fullmatch(lowered) else None
        if first == "no i" and _DISCLAIMER.fullmatch(lowered):
            return "site-notice"  # "No investment advice. Price data delayed by at least 15 minutes."
        if " delayed by " in lowered and _DISCLAIMER.fullmatch(lowered):
            return "site-notice"
        if "podcast" in lowered and _PODCAST.fullmatch(lowered):
            return "own-channel"  # "The Situation – the foreign policy podcast. New every Friday."
        if first == "this" and _GIFT.fullmatch(lowered):
            return "site-notice"  # "This article was given to you as a gift. Test now 4 weeks for 1 euro."
        if first == "unlo" and _UNLOCK.fullmatch(lowered):
            return "call-to-action"  # "Unlock now with one click and read on"
        if first == "comm" and _COMMENTS.fullmatch(lowered):
            return "site-notice"  # "Comments are activated after examination by the editorial team."
        if first == "foll" and _FOLLOW.fullmatch(lowered):
            return "call-to-action"  # "Follow the topic Ukraine and get informed about new articles"
        return None
    label = lowered[:colon]
    if label.startswith("sort ") or label.startswith("push "):
        return "control" if _CONTROL.fullmatch(lowered) else None
    if " our " in lowered and _SPECIAL.fullmatch(lowered):
        return "hub-teaser"  # "NATO summit: all information in our special"
    if ("map" in label or "graphic" in label or "chart" in label) and _MAP.fullmatch(lowered):
        return "hub-teaser"  # "Map of the war: where the front line runs today"
    if label.startswith(("chron", "timeline", "explain", "simply", "briefly", "questions")) and (
            _EXPLAINER.fullmatch(lowered)):
        return "hub-teaser"  # "Chronology: how the conflict escalated step by step"
    if ("poll" in label or "question" in label or "survey" in label or "trend" in label) and _POLL.fullmatch(lowered):
        return "service-teaser"  # "Sunday question: if there were a federal election next Sunday …"
    if " report" in lowered and _MARKET_REPORT.fullmatch(lowered):
        return "hub-teaser"  # "Stock exchange today: DAX closes in the plus – the market report"
    if "real time" in lowered and _REAL_TIME.fullmatch(lowered) and (
            "real time" in label or lowered.endswith("real time")):
        return "service"  # "Share prices in real time: all values of the leading index"
    if text[-1] == "?" and _DEPOT_CHECK.fullmatch(lowered):
        return "service-teaser"  # "Depot check: should investors now get in?"
    if " live " in lowered and _LIVE_START.fullmatch(lowered):
        return "hub-teaser"  # "Interest decision of the ECB: the press conference live from 14:45"
    if first == "from" and lowered.endswith(("live", "live.")) and _REPORTS_LIVE.fullmatch(lowered.rstrip(".")):
        return "hub-teaser"  # "From the court hall: our reporter reports live"
    if ("line" in label or "service" in label or "number" in label or "telephone" in label) and _HOTLINE.fullmatch(lowered):
        return "helpline"  # "Hotline for questions about the deportation: Mon–Fri from 8 to 16 o'clock"
    if label.startswith(("note", "remark", "notice", "hint")) and _EDITORS_NOTE.fullmatch(lowered):
        return "site-notice"  # "Note of the editorial team: information ... cannot be checked independently."
    if first == "free" and _FREE_COUNT.fullmatch(lowered):
        return "control"  # "Free articles this month: 2 of 3 used"
    return None
