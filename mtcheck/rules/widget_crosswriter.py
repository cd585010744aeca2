"""Furniture shapes found in the read material of several writers at once, for MT201's generic signals (see
:mod:`mtcheck.rules.widget_signals`; the sibling of :mod:`mtcheck.rules.widget_recurring`). Each shape stands for
a kind of widget that many sites have and that several writers' material holds, not for one wording:

* status messages of the player or the site ("Playback failed. Please try again later.", "You are offline.",
  "Your session has expired.", "Link copied to clipboard", "Forgot your password?");
* credits of data, text and pictures ("Text: ..., photos: ...", "Data: Eurostat, own calculations", "Price data
  delayed by 15 minutes", "Image rights: ...", "Map: © OpenStreetMap contributors", "With material from ...");
* related-article labels ("Also interesting: <headline>", "This might also interest you: ...", "Most read");
* alert and notification prompts ("Activate breaking news now", "Keep me informed about this topic");
* the site's disclaimers ("This text does not replace medical advice.", "Prices may have changed since
  publication.", "No investment advice", "Names changed by the editors", "Links marked with * are affiliate
  links", "Content warning: ...", "Gambling can be addictive");
* subscription offers a brand or a membership makes ("Read on with <Brand> Premium", "With a <Brand> subscription
  you can read ...", "Your benefits: ...", "Unlock now", "Manage subscription", "Gift this article: ...");
* partner offers, star ratings, a stream's status, "as of" data stamps, a
  label with a telephone number, consent and footer links, speed-camera reports, place selectors with a list,
  "<Label>: which <things> are currently closed" status teasers, and calls on an interface object ("Enlarge
  graphic", "Add to watch list", "Drag the slider to compare", "Please rotate your device");
* German pointers ("Hier geht es zum Liveblog");
* (round 23) test teasers ("<label>: ... in the everyday check|big comparison"), ranking boxes ("<label>: the top 10
  of the week"), programme boxes ("TV tip: ...", "Next performances: ..."), a fact box's bare list ("Analyst
  ratings: buy, hold, sell"), bars of controls joined by pipes, classified and offer boxes ("Job offers: cook
  (m/f/d) in Ulm", "Reader trip: with us to ...").

A subhead or sentence of an article states news about its topic ("The new law at a glance" is an explainer's subhead
as often as a box title, so that shape is left alone); these shapes need an interface object, the site's
relation to its reader, or a read-out form. Each shape is tried only when the line holds one of its trigger words.
"""
from __future__ import annotations

from mtcheck.rules.widget_triggers import TriggeredShapes
from mtcheck.text.lazy_regex import lazy_compile

_UI_OBJ = (r"(?:chart|graphic|graph|infographic|window|map|info ?box|fact ?box|box|bookmark|watch ?list|notepad|"
           r"reading list|memo list|search term|keyword|price alert|alert|slider|full ?screen|source data|csv file|"
           r"excel file|pdf|overlay|clipboard|reader comment|comment)")
_TIME = r"\d{1,2}(?:[.:]\d\d)? ?(?:a\.m\.|p\.m\.|o'clock|h\b|uhr)"
_LIST_ITEM = r"[\w .'’-]{2,25}"

# (trigger words, shape, kind); the shape must match the whole lower-cased line.
_SHAPES = tuple((words, lazy_compile(rx), kind) for words, rx, kind in (
    # status messages of the player or the site
    (("playback", "available", "played", "loaded", "javascript", "offline", "session", "clipboard", "password",
      "logged", "signed"),
     r"(?:(?:the )?(?:video |audio )?playback (?:is (?:currently )?not possible|failed|has failed)|(?:this |the )?(?:video"
     r"|audio|content|stream|livestream|podcast|player) (?:is|cannot be|could not be) (?:unfortunately )?(?:not "
     r"available|played|loaded)(?: (?:in your (?:country|region)|at the moment|right now))?)(?:[.!]? (?:please )?(?:try "
     r"again later|reload the page|error code:? ?[\w-]+)[.!]?)?[.!]?"
     r"|(?:content not (?:available|displayed)\? )?please (?:activate|enable|allow) javascript(?: in your browser)?"
     r"(?: to (?:see|view|display) this content)?[.!]?"
     r"|you are (?:currently )?offline[.!]?(?: some content may not be up to date[.!]?)?"
     r"|your session has (?:run out|expired|timed out)[.!]?(?: please (?:log in|sign in|register) again[.!]?)?"
     r"|(?:link )?copied to (?:the )?clipboard[.!]?|(?:password forgotten|forgot (?:your )?password|forgotten your "
     r"password)\??|(?:stay|remain|keep me) (?:logged|signed) in", "site-notice"),
    # credits of data, text and pictures
    (("text", "texts", "photos", "photo", "pictures", "source", "sources", "data", "rights", "map", "created",
      "material", "translated", "delayed", "graphic"),
     r"(?:text|texts|photos?|pictures?|images?|graphics?|video|illustration|source|sources|data): [^:,]{2,40}(?:, "
     r"(?:text|photos?|pictures?|images?|graphics?|illustration|video|map|editing|source|data): [^:,]{2,40})+"
     r"|(?:[\w -]{0,20}(?:source|sources|data|figures)): [^:]{2,50}, own (?:calculations?|research|surveys?|"
     r"presentation|illustration)"
     r"|(?:[\w -]{0,20}(?:data|prices|quotes|rates))(?::? [\w .-]{2,25},| [\w .-]{2,25}:|:)? delayed by (?:at least "
     r"|up to )?\d{1,2} min(?:utes|\.)?|(?:image|picture|photo) rights: .{3,50}"
     r"|(?:map(?: data)?|maps|cartography): (?:© ?)?[\w .&-]{2,40}"
     r"|(?:(?:chart|graphic|map|table|infographic) )?created with (?:datawrapper|flourish|infogram|highcharts|"
     r"tableau|mapbox)|with material from (?:the )?[\w ().-]{2,45}"
     r"|translated (?:with|by) (?:deepl|google translate)(?:\.com)?(?: \([\w ]{3,20}\))?", "source-note"),
    # related-article labels
    (("also", "recommended", "matching", "interest", "interested", "read"),
     r"(?:also (?:exciting|interesting|worth reading|read|popular)|(?:that|this) (?:could|might|may) (?:also )?interest"
     r" you|(?:other )?readers (?:were|are) also interested in|readers also read|recommended reading|reading "
     r"recommendation|matching (?:this|the topic|this topic|this article)|you might also like): .{5,110}"
     r"|(?:the )?most read (?:articles|stories|news|texts)(?: (?:in|of|from) the (?:last|past) (?:\d+|seven) (?:hours|"
     r"days)| (?:of|this) (?:the )?(?:week|day|month)| today)?|most read (?:in|of|from) the (?:last|past) (?:\d+|"
     r"seven) (?:hours|days)", "hub-teaser"),
    # alert and notification prompts
    (("push", "notification", "notifications", "breaking", "informed", "notified", "notify", "newsletter", "keep"),
     r"push notifications?: .{5,80}"
     r"|(?:stay informed: )?(?:activate|turn on|enable|allow) (?:the )?(?:breaking news|push notifications?|"
     r"notifications?)(?: (?:now|here))?[.!]?"
     r"|(?:yes, )?(?:i want to be|keep me|notify me|inform me|please keep me) (?:informed |notified |up to date )?"
     r"(?:about|on|of) (?:breaking news|new articles|this topic|new episodes|updates)(?: [\w ]{2,20})?[.!]?"
     r"|would you like to be (?:notified|informed) about .{3,40}\?(?: you can (?:deactivate|turn off|cancel|switch "
     r"off) .{3,50}[.!]?)?|(?:the|our|this) newsletter can be (?:cancelled|unsubscribed|deactivated) at any time.{0,70}"
     r"|you can (?:deactivate|turn off|switch off|unsubscribe from|cancel) (?:the )?(?:notifications|newsletter|push "
     r"notifications) at any time.{0,50}", "site-notice"),
    # the site's disclaimers
    (("replace", "substitute", "changed", "guarantee", "investment", "risk", "marked", "link", "note", "warning",
      "addictive", "addicted"),
     r"(?:this (?:article|text|information|content|contribution)|the (?:medical |legal |tax )?(?:information|content|"
     r"article|text)(?: (?:in|on) this (?:article|page))?) (?:does|do|can) not (?:replace|substitute(?: for)?) (?:an? )?"
     r"(?:individual |personal |professional )?(?:legal |medical |tax |financial )?(?:advice|consultation|counselling"
     r"|visit to (?:a|the) doctor|examination|diagnosis)(?: (?:by|from|with) .{3,40})?[.!]?"
     r"|(?:the )?prices? (?:may|might|can) have changed (?:since publication|in the meantime)[.!]?"
     r"|all (?:prices|information|details|data|figures),? without guarantee(?:,? as of .{3,30})?[.!]?"
     r"|no investment advice(?:: .{5,100})?[.!]?|risk (?:notice|warning|note): .{5,100}"
     r"|\*?(?:the )?names? (?:was |were |has been |have been )?changed by the (?:editors|editorial (?:team|office|"
     r"staff|department))[.!]?|(?:.{5,80}[.!] )?links marked with (?:\*|an asterisk|a star) are (?:affiliate|"
     r"advertising|partner) links[.!]?.{0,80}|\*?(?:advertising|affiliate|partner) link: .{5,90}"
     r"|(?:content|trigger) (?:note|warning): (?:this|the) (?:text|article|report|video|episode|podcast|contribution) "
     r"(?:deals with|contains|describes|discusses|is about|addresses|mentions|shows) .{3,60}"
     r"|(?:.{5,60}[.!] )?(?:18\+ \| )?gambling can (?:make you |be )?addict(?:ed|ive)[.!]?(?: help (?:at|under|on) "
     r".{3,40})?", "site-notice"),
    # subscription offers of a brand or a membership
    (("premium", "plus", "pro", "digital", "subscription", "membership", "member", "subscriber", "advantages",
      "benefits", "unlock", "days", "gift", "subscribe", "accept"),
     r"(?:read on|continue reading|read(?: all articles| the article| this article)?) with [\w+.-]+(?: [\w+.-]+)? "
     r"(?:premium|plus|pro|digital|\+)|with (?:a|an|the|your) (?:[\w+.-]+ ){0,3}(?:subscription|membership),? you can "
     r"(?:read|access|use|unlock) .{3,50}|(?:become|register as) an? (?:[\w-]+ )?(?:member|subscriber)(?: now)? and "
     r"(?:read|use|access|enjoy) .{3,50}|your (?:advantages|benefits): (?=.*\b(?:articles|e-?paper|app|subscription|"
     r"ad-free|archive)\b).{5,90}"
     r"|unlock(?: (?:this|the) article| article)?(?: now)?|manage (?:your |my )?(?:subscription|membership)"
     r"|(?:[\w+.-]{1,20}(?: article)?: )?(?:test|try) [\w+.-]+(?: [\w+.-]+)? for \d+ (?:days|weeks) (?:for (?:0|1) "
     r"euros?|free(?: of charge)?)|gift (?:this|the) article(?:: .{5,70})?"
     r"|use (?:without|ad-free)(?: [\w-]+)?: subscribe to [\w+.-]+|accept (?:all|cookies) and continue(?: reading)?",
     "paywall-question"),
    # partner offers, star ratings
    (("partner", "partners", "advertorial", "advertisement", "advertising"),
     r"(?:(?:promoted|sponsored|paid) )?(?:offers|deals|content|contributions?|products|recommendations) (?:from|by|"
     r"of) (?:our|an?) (?:advertising |commercial |cooperation |affiliate |betting )?partners?|partner (?:offers|deals|"
     r"content|products)|advertorial: .{3,60}|advertisement (?:–|-|:) .{3,70}|(?:the )?(?:advertising|advertisement|"
     r"ad|sponsored content) ends here|end of (?:the )?(?:advertising|advertisement)", "site-notice"),
    (("stars",),
     r"[\w' -]{2,30}: (?:\d{1,2}|one|two|three|four|five)(?:[.,]5)? (?:out )?of (?:5|five|10|ten) stars", "service"),
    # a stream's status
    (("live", "stream", "livestream", "ticker", "blog", "broadcast"),
     rf"(?:[\w .-]{{3,40}} live: )?the (?:live ?blog|live ?ticker|live ?stream|stream|broadcast|live coverage) (?:has "
     rf"ended|is over|has finished|ended|starts|begins|will start|will begin)(?: (?:in \d+ minutes|at {_TIME}|"
     rf"shortly|soon))?[.!]?(?: thank(?:s| you) for (?:your interest|reading|following|watching)[.!]?)?"
     rf"|live ?(?:ticker|blog) to read (?:afterwards|again|later)", "broadcast"),
    # consent and footer links
    (("consent", "registration", "registering", "external", "terms", "cookie", "privacy", "imprint"),
     r"(?:(?:reject|accept|agree|adjust|settings)(?: all)?(?: or (?:reject|accept|adjust))?: )?you can (?:revoke|"
     r"withdraw|change|adjust) your consent at any time.{0,50}"
     r"|(?:with|by) (?:the |my |your )?(?:registration|registering|signing up),? (?:i|you) (?:accept|agree to|consent"
     r" to) (?:the |our )?(?:data protection declaration|privacy policy|terms(?: and conditions| of use)?|general terms"
     r" and conditions)[.!]?|[\w.-]{2,25} (?:shows|displays|embeds) (?:external|third-party) content here[.!]?.{0,80}"
     r"|(?:general )?terms (?:and|&) conditions|terms of (?:use|service)|cookie (?:guidelines?|policy|settings|"
     r"preferences)|privacy (?:policy|settings|centre|center)|imprint", "site-notice"),
    # speed-camera reports
    (("speed", "radar", "flashed"),
     r"(?:mobile )?(?:speed cameras?|speed camera locations|speed checks?|speed controls|speed traps?|radar traps?|"
     r"radar controls?|radar checks?)(?: (?:locations|reports|warnings))? (?:today|this week)(?: (?:in|on|around) "
     r"[\w .-]{2,30})?(?:: .{3,60})?|where (?:is|are|will be) (?:flashed|speed cameras?|radar traps?|speed checks?) "
     r"(?:today|this week)(?:: .{3,60})?", "service"),
    # place selectors with a list, status teasers
    (("choose", "select", "pick"),
     rf"(?:choose|select|pick|change|set) your [\w -]{{2,25}}: {_LIST_ITEM}(?:, {_LIST_ITEM}){{2,}}(?:,? (?:and|or) "
     rf"{_LIST_ITEM})?", "control"),
    (("which",),
     r"[\w' -]{3,30}: which [\w' -]{3,30} (?:are|is) (?:currently |today |now |still )*(?:open|closed|blocked|passable|"
     r"cancelled|running|affected|operating)(?: (?:today|now|at the moment|on [\w ]{3,15}))?", "service-teaser"),
    # round 23: a test teaser "<label>: <things> in the (everyday|big|weekly ...) check/comparison" (a review of one
    # new product is an article's headline: "Car test: the new VW Passat in the everyday check")
    (("check", "comparison"),
     r"[\w' &-]{3,40}: (?!the new ).{3,70} in the (?:(?:big|great|large|everyday|weekly|monthly|quarterly|annual|yearly|"
     r"practical|price|quick|grand|major|[\w-]+ly) )?(?:check|comparison)", "hub-teaser"),
    # a ranking box "<list label>: the top 10|most popular|best ... of the week|day|Saturday draw" (a column's
    # "Cinema: the best films of the month" is an article)
    (("week", "day", "weekend", "month", "season", "year", "draw", "league", "matchday"),
     r"(?=[\w' &-]{0,30}\b(?:list|lists|ranking|rankings|charts|numbers|table|standings|leaderboard|bestsellers?)\b)"
     r"[\w' &-]{3,40}: the (?:top \d+|most [\w-]+|best|winning|latest|[\w-]+est)(?: [\w' ,&-]{2,60})? of the (?:week|"
     r"day|weekend|month|season|year|[\w-]+ (?:draw|league|matchday))", "service"),
    # a programme box "Programme note|TV tip|Listening tip|Next broadcast|Next performances: ..."
    (("tip", "tips", "note", "notice", "hint", "recommendation", "next"),
     r"(?:(?:tv|radio|programme|program|listening|viewing|podcast|broadcast|streaming|cinema|film|series) (?:tips?|"
     r"note|notice|hint|recommendation)|next (?:broadcasts?|episodes?|programmes?|programs?|performances?|screenings?|"
     r"shows?|dates?)): .{3,80}", "broadcast"),
    # a classified or offer box: a marketplace label and an offer in its body ("Job offers: cook (m/f/d) in Ulm",
    # "Reader trip: with us to ...", "Voucher codes: save ...")
    (("estate", "property", "properties", "flats", "apartments", "homes", "jobs", "offers", "vacancies", "codes",
      "vouchers", "coupons", "last-minute", "holidays", "reader", "readers'"),
     r"(?:real estate|propert(?:y|ies)|flats|apartments|homes|job offers|jobs|vacancies|(?:voucher|coupon|discount) "
     r"codes|vouchers|coupons|last-minute [\w-]+|package holidays|travel offers|readers?'? (?:trips?|journeys?|tours?|"
     r"travel)): (?=(?:rent|buy|book|save|find|discount|with us)\b|cheap (?:[\w-]+ )?(?:flights|holidays|trips|"
     r"journeys|hotels|tickets|offers|deals|cruises)\b|.*(?:\bfor (?:rent|sale)\b|\bto (?:rent|buy)\b|\bbook now|"
     r"\([mfwd]/[mfwd]/[mfwd]\))).{5,90}", "service-teaser"),
    # calls on an interface object
    (("add", "close", "set", "put", "embed", "display", "show", "open", "expand", "collapse", "enlarge", "enter",
      "download", "save", "print", "hide", "write", "click", "tap", "zoom", "scroll", "press", "drag", "move",
      "rotate", "turn", "update"),
     rf"(?:add|close|set|put|embed|display|show|open|expand|collapse|enlarge|enter|download|save|print|hide|write)"
     rf"(?: (?:a|an|the|this|your|on the|to the|to|in|into))?(?: (?:interactive|new|source|reader|price|info|fact|"
     rf"full))? {_UI_OBJ}(?: (?:in|to|as|on|into|for) (?:a |an |the |new |full )?[\w -]{{2,25}})?"
     rf"|(?:click|tap) (?:on )?(?:the )?{_UI_OBJ} to (?:enlarge|zoom|open|expand|see|view|play|start)(?: it| in)?"
     rf"|(?:zoom|scroll) (?:into|in|out of) the (?:map|graphic|chart)(?: with .{{3,20}})?"
     rf"|(?:press|hit) (?:escape|esc|the esc key)(?: to (?:close|exit|leave)(?: .{{2,20}})?)?"
     rf"|(?:drag|move|slide) the slider(?: to .{{3,40}})?"
     rf"|(?:please )?(?:rotate|turn) your (?:device|phone|smartphone|tablet|screen)(?: (?:for|to) .{{3,30}})?[.!]?"
     rf"|update (?:automatically|manually)", "site-notice"),
))

_INDEX = TriggeredShapes(_SHAPES)
_UI_CALL = len(_SHAPES) - 1
_UI_VERBS = frozenset(_SHAPES[_UI_CALL][0]) | {"please", "hit", "slide"}

# "Data as of today, 8 a.m.", "Result of the vote (as of 2 p.m.)"
_AS_OF = lazy_compile(
    rf"(?:the )?(?:[\w-]+ ){{0,2}}(?:data|figures|prices|results?|values|status|count|numbers|standings|result of the "
    rf"[\w ]{{2,20}})(?:, | \(| )as of (?:today|yesterday|this (?:morning|afternoon|evening)|tonight|{_TIME}|\d{{1,2}}"
    rf"\.\d{{1,2}}\.(?:\d{{2,4}})?|\d{{1,2}} [a-z]+(?: \d{{4}})?)(?:,? {_TIME})?\)?\.?")
# a label with a telephone number: "Counselling for people with gambling problems: 0800 1 37 27 00"
_PHONE = lazy_compile(r"[^:]{3,60}: (?:\+\d{2,3} ?)?\(?0\d{2,5}\)?(?:[ /-]?\d{1,5}){1,6}(?: \((?:free of charge|"
                      r"toll-free|free|24/7|around the clock)\))?")
# round 23: a fact box's label with a bare list of three or more lower-case items, matched on the text as written
# ("Analyst ratings: buy, hold, sell", "Table: place, team, games, goals, points"); a name list is capitalised
_W = r"(?:[a-zäöüß][\w'’&-]*|[A-Z]{2,6})"
_ITEM = rf"(?!(?:the|a|an|to|and|or|with|of|in)\b){_W}(?: (?!and\b|or\b){_W}){{0,2}}"
# (a label naming the article's topics is a summary: "Main topics: pensions, migration, defence")
_BARE_LIST = lazy_compile(rf"(?!(?i:he|she|it|we|they|i|you|there|this|that) )(?![^:]*(?i:topics|issues|themes|"
                          rf"subjects|priorities|demands|questions):)[A-Z][\w'’&-]*(?: [\w'’&-]+){{0,2}}: "
                          rf"{_ITEM}(?:, {_ITEM}){{2,}}(?: (?:and|or) {_ITEM})?")
# a bar of short controls or links joined by pipes ("Sort by: newest | oldest | most read"); with two parts, one
# part is a call on the site ("Recipe print | Save to shopping list"), not a headline's "Topic | headline"
_PIPES = lazy_compile(r"[^|]{1,45}(?: \| (?!(?:and|or|but|then) )[^|]{1,45}){2,}(?<!\.)")
_SITE_CALLS = (r"print|save|share|send|report|reply|answer|write|show|hide|follow|copy|recommend|remember|bookmark"
               r"|subscribe|unsubscribe|log in|log out|sign in|edit|delete|")
_PIPE_PAIR = lazy_compile(rf"(?:[^|]{{0,40}}\b)?(?:{_SITE_CALLS}sort by|load|next|previous)\b[^|]{{0,40}} \| [^|]{{1,45}}(?<!\.)"
                          rf"|[^|]{{1,45}} \| (?:{_SITE_CALLS}load|next|previous)\b[^|]{{0,40}}(?<!\.)")
_HIER = lazy_compile(r"hier geht(?: es|'s|’s) (?:zum|zur|zu den|weiter zu[mr]?) \w+(?: \w+)?")


def crosswriter_kind(text: str, lowered: str) -> str | None:
    """The kind of cross-writer furniture ``text`` (one short stand-alone line, normalised) is, or None."""
    if "as of " in lowered and _AS_OF.fullmatch(lowered):
        return "timestamp"
    if (text[-1].isdigit() or text[-1] == ")") and (": 0" in text or ": +" in text) and _PHONE.fullmatch(lowered):
        if sum(c.isdigit() for c in text.rpartition(": ")[2]) >= 8:
            return "helpline"
    if " | " in text and len(text) < 140 and (_PIPES.fullmatch(text) if text.count(" | ") > 1
                                              else _PIPE_PAIR.fullmatch(lowered)):
        return "control"
    if text.count(", ") >= 2 and ": " in text and _BARE_LIST.fullmatch(text):
        return "service"
    if lowered.startswith("hier geht") and _HIER.fullmatch(lowered):
        return "german-ui"
    for i, (_words, shape, kind) in _INDEX.candidates(lowered):
        if i == _UI_CALL and lowered.partition(" ")[0] not in _UI_VERBS:
            continue  # a call on an interface object opens on its verb
        if shape.fullmatch(lowered):
            return kind
    return None
