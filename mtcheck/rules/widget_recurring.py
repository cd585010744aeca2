"""Furniture shapes that recur across sites and writers, for MT201's generic signals (see
:mod:`mtcheck.rules.widget_signals`). Each shape stands for a kind of widget many sites have, not for one site's
wording:

* paywall and subscription offers: reading "with or without advertising/tracking", "with Plus", "for 1 euro";
  a price per week or month, a subscription label with its offer, the reader's free or gift articles;
* notes of the site about the article itself: its age, its first publication, its other languages, its content
  partnership, a read-out voice ("Have this article read to you", "This audio version was generated
  automatically");
* polls: a poll label with a question, "take part in our survey", "Vote counted!", "Voting is closed";
* comment moderation: the comment section closed, a comment removed or published after review, reporting a
  comment, the rules for comments, the count of postings;
* third-party content and consent: "content of a third-party provider", "data may be transmitted to third-party
  platforms", "Revoke consent", "Manage purposes";
* reader-reporter calls ("Send us your photos and videos");
* navigation to an interface object ("To the comment function", "Back to the story overview");
* service boxes told by their head noun (calculator, comparison, calendar) or their promise of "the current
  values/warnings/situation";
* a duration or agency credit read-out ("Video length: 3 min.", "jr/dpa/AFP", "red, ORF.at/agencies");
* short interface lines left in German, by word frequencies ("Rezept drucken", "Zum Inhalt springen").

A subhead or sentence of an article states news about its topic ("Analysis: which parties gain", "The article
was published in Nature"); these shapes need an interface object or the site's relation to its reader. Each shape
is tried only when the line holds one of its trigger words.
"""
from __future__ import annotations

import functools

from mtcheck.rules.widget_triggers import TriggeredShapes
from mtcheck.text.lazy_regex import lazy_compile

_PRICE = r"(?:(?:only|just|for) )?(?:€ ?)?\d{1,3}(?:[.,]\d\d)? ?(?:euros?|€|francs?|chf)"
_PERIOD = r"(?:per|a|each|every|/) ?(?:week|month|year|day)"
_ADS = r"(?:advertising|adverts?|ads|tracking|advertisement)"
_SUB = r"(?:subscription|abo|subscribers?)"
_POLL = r"(?:poll|survey|vote|reader poll|reader survey|question of the day|voting|opinion poll)"
_COMMENT = r"(?:comments?|postings?|posts?|discussion|forum|comment function|comment section|comment area)"
_IFACE = (r"(?:comment function|comments?|comment section|comment area|match ?cent(?:re|er)|offer|shop|top|top of the "
          r"page|(?:story |article |topic |news )?overview|home ?page|start ?page|(?:picture |photo )?gallery|live ?ticker"
          r"|live ?blog|media library|mediathek|e-paper|registration|login|survey|poll|voting|newsletter|podcast"
          r"|video|dossier|special|topic page|results? page|table|fixtures|archive|ticket shop|deal)")
_SERVICE_HEAD = r"(?:calculator|comparison|computer|calendar|radar|finder|valuation|planner|checker|configurator)"
_WH = r"(?:which|what|where|when|how|who|whether|is|are|does|do|can|will)"
_CURRENT = (r"(?:values|warnings|weather warnings|reports|data|figures|prices|levels|level|status|readings"
            r"|measurements|forecasts?|waiting times|closures|results|standings|numbers|offers|deals|rates)")

# (trigger words, shape, kind); the shape must match the whole lower-cased line.
_SHAPES = tuple((words, lazy_compile(rx), kind) for words, rx, kind in (
    # paywall and subscription offers
    (("read", "reading", "use"),
     rf"(?:accept all and )?(?:continue reading|read on|read|use)(?: all)?(?: [\w+.-]+){{0,5}}"
     rf"(?: (?:with|without) (?:[\w+-]+ ){{0,2}}(?:{_ADS}|plus|{_SUB}|[\w-]*-abo)| (?:now )?{_PRICE}| free of charge for "
     rf"\d+ days)(?:(?: |, |,? or |,? and | – )[\w+.,€ -]{{0,60}})?[.!]?", "paywall-question"),
    (("subscription", "subscribers", "abo"),
     rf"(?:[\w+-]+ ){{0,2}}{_SUB}: (?:[\w€+.,-]+ ){{0,12}}[\w€.+-]+|(?:[\w+-]+ ){{0,3}}article – (?:exclusive(?:ly)? )?for "
     rf"(?:subscribers|members)|(?:secure|start|get|take out|give)(?: (?:the|a|your|as a))?(?: [\w-]+){{0,2}} {_SUB}"
     rf"(?: (?:now|today|as a gift))*(?: (?:at|for) (?:the )?[\w .,€-]{{3,30}})?", "paywall-question"),
    (("euros", "euro", "€", "francs"),
     rf"{_PRICE} {_PERIOD}(?: instead of {_PRICE})?(?:,? then .{{3,40}})?", "paywall-question"),
    (("articles", "access", "month", "free"),
     r"(?:you (?:have|still have|have already used up) (?:\d+ |your )?(?:free|gift|remaining) articles?(?: left| "
     r"available)?(?: this month)?|your free (?:access|trial|test (?:month|phase|period)) (?:expires|ends|runs out) "
     r"(?:in \d+ days?|today|tomorrow)|start (?:your |the )?(?:free )?test month(?: now)?)[.!]?", "paywall-question"),
    # the site's notes about the article itself
    (("article", "audio", "voice"),
     r"(?:(?:note|notice|please note): )?this (?:article|text|report) (?:is more than (?:a|one|two|\w+) years? old"
     r"|was (?:first|originally) published (?:on|in) [\w ,.]{3,25}|is also available in [a-z]+(?: and [a-z]+)?"
     r"|was (?:produced|created|written) (?:as part of|within|in the context of) (?:a|the|our) (?:content )?"
     r"(?:partnership|cooperation) .{3,70}|is subject to (?:a )?charge|is available to you free of charge .{0,40})[.!]?"
     r"|(?:have|let) (?:this|the) article (?:be )?read (?:to you|aloud|out)(?: to you)?"
     r"|(?:hear|listen to) (?:this|the) article(?: read (?:out|aloud))?(?:: \d+ min(?:utes?|\.)?)?"
     r"|(?:article|text) read (?:aloud|out) by (?:an? )?(?:artificial|synthetic|computer(?:-generated)?|ai) voice"
     r"|this (?:audio version|read-out|audio|voice) (?:was|is) (?:generated|created|produced) automatically[.!]?",
     "article-tool"),
    # polls
    (("poll", "survey", "vote", "voting", "participating", "participation"),
     rf"{_POLL}: (?:should|do|does|is|are|will|would|can|who|which|what|how|did|have|has) .{{5,90}}\?"
     rf"|your opinion (?:counts|is (?:asked for|wanted|needed|important))(?:: take part .{{3,40}})?[.!]?"
     rf"|(?:take part|participate|vote) (?:in|now in) (?:our|the) (?:reader |online )?{_POLL}(?: now)?[.!]?"
     rf"|vote counted[.!]?(?: thank you for (?:participating|your participation|voting)[.!]?)?"
     rf"|(?:voting|the {_POLL}) (?:is|has) (?:closed|ended)[.!]?"
     rf"|the results of (?:the|this|our) {_POLL} are not representative[.!]?", "control"),
    # comment moderation
    (("comment", "comments", "posting", "postings", "discussion", "forum", "netiquette"),
     rf"(?:the )?{_COMMENT} (?:is|are|has been|have been) closed(?: for this article)?[.!]?"
     rf"|(?:the )?discussion (?:on|for|under) this article (?:is|has been) closed[.!]?"
     rf"|this (?:comment|posting) (?:was|has been) (?:removed|deleted|blocked)(?: because .{{5,60}})?[.!]?"
     rf"|your (?:comment|posting) will be (?:published|checked|activated|released) (?:after|once|before) .{{3,30}}[.!]?"
     rf"|report (?:an? )?(?:inappropriate |offensive )?(?:comment|posting)"
     rf"|our (?:rules|guidelines) for (?:comments|postings|the comment section|discussions)"
     rf"|(?:please (?:note|observe) )?our (?:forum|comment|community) rules(?:: .{{5,80}})?[.!]?"
     rf"|the comment function is (?:available|open|active) .{{3,60}}[.!]?"
     rf"|(?:show )?\d+ (?:more |new )?(?:postings|posts)", "control"),
    # third-party content and consent
    (("provider", "third-party", "consent", "purposes", "content", "data"),
     r"(?:here you (?:can )?(?:see|find) )?(?:the )?(?:following )?content (?:of|from|is provided by) (?:an? )?(?:third-party"
     r"|external) (?:provider|platform)[.!]?|the following content is provided by (?:an? )?(?:third-party|external) "
     r"(?:provider|platform)[.!]?|(?:personal )?data (?:may|can|will) be (?:transmitted|transferred) to (?:the )?"
     r"third[- ]part(?:y|ies)(?: [\w-]+){0,5}[.!]?|(?:revoke|withdraw|manage|adjust) (?:your )?(?:consent|purposes|cookie"
     r" settings)|(?:instagram|youtube|tiktok|facebook|twitter|x|spotify|podcast|external|third-party|datawrapper"
     r"|podigee|soundcloud|vimeo) content", "site-notice"),
    # reader-reporter calls
    (("send", "reporter"),
     r"(?:send us your (?:[\w-]+(?:,| and) )?(?:photos|videos|pictures|tips|stories|pics)(?: and (?:photos|videos|pictures"
     r"|tips))?(?: (?:via|by|on) [\w. -]{3,20}| now)?|become a reader reporter)(?:(?: – |: |, |! ).{3,70})?[.!]?",
     "call-to-action"),
    # navigation to an interface object
    (("to",),
     rf"(?:back )?to the {_IFACE}(?: (?:at|on|of) (?:the )?[\w.]{{2,20}})?(?:: .{{3,50}})?", "control"),
    # service boxes told by their head noun or their promise of current values
    (("calculator", "comparison", "computer", "calendar", "radar", "finder", "valuation", "planner", "checker",
      "configurator"),
     rf"(?:[\w'-]+ ){{0,4}}{_SERVICE_HEAD}(?: [\w'-]+){{0,5}}: (?:{_WH} |the (?:best|cheapest|current|latest) |all "
     rf"|(?:convert|compare|find|calculate|check|enter) ).{{3,90}}", "service-teaser"),
    (("current",),
     rf"[^:]{{3,60}}: (?:all )?(?:the )?current (?:[\w-]+ )?{_CURRENT}(?: (?:for|at|in|on|of) .{{3,40}})?", "service"),
    # read-outs: a duration, an agency credit
    (("length", "duration", "runtime", "running"),
     r"(?:video|audio|podcast|episode|clip|film)? ?(?:length|duration|runtime|running time): \d{1,3}(?::\d\d)? "
     r"?(?:min(?:utes?|s|\.)?|sec(?:onds?|s|\.)?|h|hours?)\.?", "reading-time"),
))


_INDEX = TriggeredShapes(_SHAPES)

# An agency credit: desk initials and agencies joined by "/" ("jr/dpa/AFP", "ntv.de, mli/dpa", "red, ORF.at/agencies")
_AGENCY = lazy_compile(r"(?:[\w.-]{2,15}, )?[\w.-]{2,12}(?:/[a-z]{2,4})*/(?:dpa|afp|ap|reuters|kna|epd|dts|sid|apa|sda|ddp"
                       r"|rtr|agencies|[\w-]+\.(?:de|at|ch))(?:/(?:dpa|afp|ap|reuters|kna|epd|dts|sid|apa|sda|ddp|rtr"
                       r"|agencies))*")


@functools.lru_cache(maxsize=4096)
def _german_only(word: str) -> float:
    """How much more frequent ``word`` is in German than in English (Zipf difference), 0 when unknown in German."""
    from mtcheck.lang.wordstats import zipf  # the tables other rules load too (cached on disk)
    de = zipf(word, "de")
    if de < 1.5:
        return 0.0
    return de - zipf(word, "en")


def _german_ui(text: str) -> bool:
    """A short line made only of German words, with a lower-case German word ("Rezept drucken", "Zum Inhalt
    springen"): interface language left untranslated (a name is capitalised)."""
    words = text.split()
    if not 2 <= len(words) <= 5 or not all(w.isalpha() for w in words):
        return False
    lower_german = german = 0
    for w in words:
        gap = _german_only(w.lower())
        if gap == 0.0 or gap < -1.5:
            return False  # unknown in German, or an English word
        if gap >= 1.0:
            german += 1
            lower_german += w[0].islower()
    # a name holds capitalised words and articles ("Haus der Kunst"): an interface line holds a verb in the
    # infinitive or opens on a pointer ("Zum Inhalt springen", "Nur notwendige Cookies")
    # (a slogan opens on its subject or "Mehr": "Wir schaffen das", "Mehr Demokratie wagen")
    last = words[-1]
    return lower_german > 0 and german >= len(words) - 1 and words[0].lower() not in _SLOGAN_OPENERS and (
        words[0].lower() in _GERMAN_POINTERS or (last[0].islower() and last.endswith(("en", "rn", "ln"))
                                                 and len(last) > 4))


_GERMAN_POINTERS = frozenset({"zum", "zur", "zurück", "nur"})
_SLOGAN_OPENERS = frozenset({"mehr", "wir", "ich", "du", "sie", "er", "es", "man", "hier"})


def recurring_kind(text: str, lowered: str) -> str | None:
    """The kind of recurring furniture ``text`` (one short stand-alone line, normalised) is, or None."""
    if "/" in text and len(text) < 40 and _AGENCY.fullmatch(lowered):
        return "source-note"
    if len(text) < 40 and " " in text and text[0].isupper() and _german_ui(text):
        return "german-ui"
    return _INDEX.kind(lowered)
