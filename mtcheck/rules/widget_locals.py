"""Local-news furniture for MT201's generic signals (see :mod:`mtcheck.rules.widget_signals`), told by its
SHAPE: the boxes, tickers and prompts of a regional site.

* "label: teaser" where the label addresses the reader's place ("Weather in your town: ...", "Events today
  in your place: ...") or names a section from the region ("Motorsport from the region: results of the
  weekend", "From the region: more news from ..."), a label with its "here" pointer ("Club news: here the
  clubs of the region report"), opening hours read out ("Weekly market: every Friday from 8 to 12 o'clock"),
  a bare list of contents under a section label ("Family notices: births, weddings and anniversaries of the
  week"), the current read-out of a service ("Water levels: the current gauge values of the Danube");
* a selector of places ("Choose your district: Biberach | Ravensburg"), a row of calls ("Light a candle |
  Write condolence"), a gallery link ("... – the pictures of the celebration");
* a page offered in a format or a ticker ("Official announcements of the municipality as PDF", "The results
  list of the city run for download", "The decisions of the council meeting in the live ticker"), a link
  "To the timetable information", an editors' tip ("Hotel tip of the editorial office: ..."), a disclaimer
  ("All data without guarantee."), a call with a price ("Place a private small ad now – from 9.90 euros"),
  an input prompt ("Here you find your finish photo – simply enter your start number.");
* interface German of two or three words: a noun with an infinitive ("Veranstaltung eintragen"), "Alle" or
  "Zu den" with a German compound ("Alle Polizeimeldungen", "Zu den Leserfotos"), a noun with "heute" or
  "aktuell" ("Blitzer heute").

A subhead states news with a verb ("Traffic chaos in the city centre", "Council approves new hall") and
names no reader, format, ticker or opening hours: it stays quiet. Each test opens with a cheap literal check.
"""
from __future__ import annotations

from mtcheck.lang.wordstats import zipf
from mtcheck.text.lazy_regex import lazy_compile

_PLACE = r"(?:place|town|city|village|municipality|district|region|area|county|neighbourhood|home ?region|location|constituency|postcode area|federal state)"
_LOCALITY = r"(?:region|district|area|county|city|town|surrounding area|surroundings|agglomeration|neighbourhood)"
# A label that addresses the reader's place or names a section from the region.
_READER_LABEL = lazy_compile(rf"(?:[\w'’-]+ ){{1,3}}(?:today |this weekend |now )?in your {_PLACE}")
_REGION_LABEL = lazy_compile(rf"(?:(?:[\w'’-]+ ){{0,2}}(?:news|reports|sport|sports|results|recipes?|tips?|events|notices"
                             rf"|announcements|obituaries|football|handball|motorsport|photos|pictures) )?from the {_LOCALITY}"
                             rf"|(?:regional|local) (?:news|reports|sport|sports)")
# The teaser of a section box: a pointer, a catalogue or more of the same.
_SECTION_TEASER = lazy_compile(r"(?:(?:all |the )?(?:results|scores|dates|news|reports|pictures|photos|tips)\b.{0,50}"
                               r"|more (?:news|reports|articles|stories) .{2,60}|[\w' -]{2,40} like at grandma(?:'s)?)")
# "Regional news from Bern and the agglomeration" (a whole line).
_REGIONAL_LINE = lazy_compile(rf"(?:more )?(?:regional|local) (?:news|reports) (?:from|for|about) [A-ZÄÖÜ][\w.-]+"
                              rf"(?: [A-ZÄÖÜ][\w.-]+)?(?: and (?:the )?(?:{_LOCALITY}|region|[A-ZÄÖÜ][\w-]+))?")
_HERE = lazy_compile(r"here (?!(?:is|are|we go|comes)\b)[\w'’ -]{4,70}|this is (?:on|happening|going on|where [\w' -]{4,60})"
                     rf" in (?:the|your) {_LOCALITY}")
_DAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekdays|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)"
_HOUR = r"\d{1,2}(?:[.:]\d\d)?(?: ?(?:a\.m\.|p\.m\.|am|pm|h))?"
_HOURS = lazy_compile(rf"(?:every |daily |open )?{_DAY}(?:(?:,| and| to| until|-|–) ?{_DAY})*,? (?:from )?{_HOUR} ?(?:to|until|-|–) ?"
                      rf"{_HOUR}(?: o'clock| hours| h)?(?: (?:on|at|in) the [\w' -]{{2,40}})?")
# A bare list of contents: three items or more, of three words at most, joined by commas and "and".
_CONTENTS = lazy_compile(r"[a-zäöüß-]+(?: [a-zäöüß-]+){0,2}(?:, [a-zäöüß-]+(?: [a-zäöüß-]+){0,2}){1,}(?:,? and [a-zäöüß-]+"
                         r"(?: [a-zäöüß-]+){0,2})?(?: of the (?:week|weekend|day|month))?")
_CONTENTS_LABEL = lazy_compile(rf"\b(?:your|today|this weekend|from the {_LOCALITY}|in (?:numbers|figures))\b"
                               r"|^(?:family|school|club|church|parish) (?:news|notices|announcements)$")
_CURRENT = lazy_compile(rf"(?i:the )?(?i:current) [\w, -]{{3,60}}?(?: (?:of|in|on|at) (?:the )?(?:[A-ZÄÖÜ][\w-]+|{_LOCALITY}).{{0,40}})")
_SELECTOR = lazy_compile(rf"(?:choose|select|pick|change|set) your {_PLACE}: [^|]{{2,30}}(?: \| [^|]{{2,30}}){{1,}}")
_MISSING = lazy_compile(rf"your {_PLACE} is missing\? here you can (?:change|add|select|choose|set) .{{2,40}}")
_CALL_ROW = lazy_compile(r"(?:light|write|leave|sign|share|send|print|donate|comment|order|book|place) [\w -]{2,25}"
                         r"(?: \| (?:light|write|leave|sign|share|send|print|donate|comment|order|book|place)\b[\w -]{0,25})+")
_GALLERY = lazy_compile(r".{3,80}(?: – | - |: )(?:the |all |our )?(?:best )?(?:pictures|photos|images) (?:of|from) "
                        r"(?:the|this) [\w -]{2,30}")
_FORMAT = lazy_compile(r"(?:the )?(?:official |all )?[\w' -]{3,60}? (?:as (?:a )?pdf|(?:for|to) download|in the (?:live[ -]?)?ticker)"
                       r"(?:: [\w ,-]{2,60})?")
_TO_PAGE = lazy_compile(r"to the (?:[\w-]+ ){0,2}(?:information|overview|timetable|timetables|results|programme|archive|map"
                        r"|pictures|photos|videos|dossier|homepage|calendar|forecast|registration form|survey)"
                        r"(?: of the [\w -]{2,40})?")
_TIP = lazy_compile(r"[\w -]{2,30} (?:tip|tips|recommendation|pick) of the (?:editorial (?:office|team|staff)|editors|newsroom)"
                    r"(?:: .{2,60})?")
_DISCLAIMER = lazy_compile(r"all (?:data|information|details|figures|entries|dates|times|info) without guarantee\."
                           r"(?: [^.]{5,70}\.)?")
_PRICE_CALL = lazy_compile(r"[\w -]{3,50} now (?:– |- )(?:from|for|only|just) \d+(?:[.,]\d\d)? (?:euros?|€|francs)")
_INPUT = lazy_compile(r"here you (?:can )?find your [\w -]{2,30} (?:– |- )(?:simply |just )?(?:enter|type in|select|choose) "
                      r"your [\w -]{2,30}\.?")
_FOUND = lazy_compile(r"(?:found|lost) (?:objects|items|property|things): these [\w -]{2,20} (?:were|have been) handed in.{0,60}")
_EVENT_CALL = lazy_compile(r"(?:enter|register|submit|add|post) your (?:event|events|date|dates)(?: now)?(?: free of charge| for free)?"
                           r" (?:in|to|on) (?:our|the) (?:event|events) (?:calendar|diary|listings|database)")
_SEND_US = lazy_compile(r"send us your (?:[\w-]+ ){0,2}(?:report|photos?|pictures|text|article)s?(?: with [\w ]{2,20})?"
                        r" (?:– |- )we (?:publish|print) (?:it|them) (?:free of charge|for free)\.?")
_SERVICE_LINE = lazy_compile(r"(?:service|customer|reader|subscriber|subscription|info|information) (?:phone|telephone|hotline|line)"
                             r": \+?[\d ()/-]{6,20}(?: \([^)]{3,60}\))?")
# German interface lines of two or three words.
_GERMAN_FORM_VERBS = frozenset({"eintragen", "aufgeben", "anmelden", "abmelden", "einreichen", "hochladen", "buchen",
                                "bestellen", "suchen", "finden", "vergleichen", "melden", "abonnieren", "schalten",
                                "erstellen", "hinzufügen", "ändern", "bearbeiten", "entzünden", "kondolieren"})
_GERMAN_NOW = frozenset({"heute", "aktuell", "jetzt"})
# How a read-out of opening hours starts (the first three letters of a day, "every", "daily", "open").
_HOURS_STARTS = frozenset({"mon", "tue", "wed", "thu", "fri", "sat", "sun", "wee", "eve", "dai", "ope"})


def local_kind(text: str, lowered: str) -> str | None:
    """The kind of local-news furniture ``text`` (one short stand-alone line, normalised) is, or None."""
    if text[-1] == "." and "guarantee." in lowered:
        return "site-notice" if _DISCLAIMER.fullmatch(lowered) else None
    if " | " in text:
        if ": " in text and _SELECTOR.fullmatch(lowered):
            return "control"  # "Choose your district: Biberach | Ravensburg | Sigmaringen"
        return "control" if _CALL_ROW.fullmatch(lowered) else None  # "Light a candle | Write condolence"
    if text.count(" ") <= 2 and text[0].isupper():
        return _german_label(text)
    if lowered.startswith("here you") and _INPUT.fullmatch(lowered):
        return "service-teaser"  # "Here you find your finish photo – simply enter your start number."
    if " now " in lowered and lowered[-1] in "so€" and _PRICE_CALL.fullmatch(lowered):
        return "call-to-action"  # "Place a private classified ad now – from 4.90 euros"
    if " free of charge" in lowered or " for free" in lowered:
        if _EVENT_CALL.fullmatch(lowered) or _SEND_US.fullmatch(lowered):
            return "call-to-action"  # "Enter your event now free of charge in our event calendar"
    if "missing? here" in lowered and _MISSING.fullmatch(lowered.rstrip(".")):
        return "control"  # "Your place is missing? Here you can change your home region."
    if lowered.startswith(("regional ", "local ", "more regional", "more local")) and _REGIONAL_LINE.fullmatch(text[0].lower() + text[1:]):
        return "hub-teaser"  # "Regional news from Bern and the agglomeration"
    if lowered.startswith("to the ") and ":" not in text and _TO_PAGE.fullmatch(lowered):
        return "hub-teaser"  # "To the timetable information of the transport association"
    if (" pdf" in lowered or "download" in lowered or "ticker" in lowered) and text[-1] != "." and _FORMAT.fullmatch(lowered):
        if _VERBS.isdisjoint(lowered.split(":")[0].split()):
            return "hub-teaser"  # "Official announcements of the municipality as PDF"
    if " of the " in lowered and (" pictures " in lowered or " photos " in lowered or " images " in lowered) and (
            _GALLERY.fullmatch(lowered)):
        return "control"  # "Village festival in Weingarten: the pictures of the weekend"
    colon = lowered.find(": ")
    if colon < 2 or text[-1] in ".?!":
        return None
    label, teaser = lowered[:colon], lowered[colon + 2:]
    cased = text[colon + 2:]  # a list of contents is of common nouns ("births, weddings"), not of names
    if " of the " in label and _TIP.fullmatch(lowered):
        return "feature"  # "Hotel tip of the editorial office: wellness at the lake"
    label_words = label.split()
    if len(label_words) > 11 or not _LABEL_VERBS.isdisjoint(label_words):
        return None
    if teaser[:3] in _HOURS_STARTS and _HOURS.fullmatch(teaser):
        return "service"  # "Lost property office in the town hall, room 012: Monday to Friday 8 to 12 o'clock"
    if len(label_words) > 8:
        return None
    if "handed in" in teaser and _FOUND.fullmatch(lowered):
        return "service-teaser"  # "Found objects: these things were handed in at the lost property office"
    if teaser[:1].isdigit() and _SERVICE_LINE.fullmatch(lowered):
        return "helpline"  # "Service phone: 0800 123 45 67 (free of charge from the German fixed net)"
    if "is" in label_words:
        return None
    if teaser.startswith(("here ", "this is ")) and teaser.count(" ") <= 12 and _HERE.fullmatch(teaser):
        return "service-teaser"  # "Club news: here the clubs of the region report"
    if " your " in label and teaser.count(" ") <= 10 and _READER_LABEL.fullmatch(label):
        return "service-teaser"  # "Weather in your town: this is how the weekend will be"
    if ("from the " in label or label.startswith(("regional ", "local "))) and _REGION_LABEL.fullmatch(label) and (_SECTION_TEASER.fullmatch(teaser) or _CONTENTS.fullmatch(cased)):
        return "service-teaser"  # "Motorsport from the region: results of the weekend"
    if "," in teaser and "'" not in teaser and _CONTENTS_LABEL.search(label) and _CONTENTS.fullmatch(cased):
        return "service-teaser"  # "Family notices: births, weddings and anniversaries of the week"
    if teaser.startswith(("current ", "the current ")) and label.count(" ") <= 2 and _CURRENT.fullmatch(cased):
        return "service"  # "Water levels: the current gauge values of the Danube and its tributaries"
    if teaser.endswith(" at a glance") and " your " in f" {teaser} " and teaser.count(" ") <= 9:
        return "service-teaser"  # "Buy locally: the retailers of your city at a glance"
    return None


# Finite verbs that make a label or a line a sentence ("The report is available for download").
_VERBS = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "can", "could", "would", "should",
                    "must", "may", "might", "be", "been", "says", "said", "shows", "show", "wins", "loses",
                    "approves", "approved", "rejects", "rejected", "want", "wants", "need", "needs"})
_LABEL_VERBS = _VERBS - {"is"}  # a label may say "is" ("Our local editorial office is for you there: ...")


def _german_label(text: str) -> str | None:
    """Interface German of two or three words ("Veranstaltung eintragen", "Alle Polizeimeldungen")."""
    words = text.rstrip("!").split()
    if len(words) < 2 or not all(w.isalpha() for w in words):
        return None
    first, last = words[0], words[-1]
    if len(words) == 2 and first == "Alle" and last[0].isupper() and len(last) >= 7 and zipf(last, "en") < 1.0:
        return "german-ui"  # "Alle Polizeimeldungen"
    if len(words) == 3 and first == "Zu" and words[1] in ("den", "der", "dem") and last[0].isupper() and (
            zipf(last, "en") < 1.0):
        return "german-ui"  # "Zu den Leserfotos"
    if len(words) == 2 and last in _GERMAN_FORM_VERBS and first[0].isupper() and zipf(first, "en") < 1.5 and (
            zipf(first, "de") >= 2.0):
        return "german-ui"  # "Veranstaltung eintragen", "Traueranzeige aufgeben"
    if len(words) == 2 and last in _GERMAN_NOW and first[0].isupper() and zipf(first, "de") >= zipf(first, "en") + 0.5:
        return "german-ui"  # "Blitzer heute", "Staumeldungen aktuell"
    return None
