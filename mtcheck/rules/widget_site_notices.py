"""Site notices, registration prompts, help lines, drawn-number read-outs, toggles and service questions
for MT201's generic signals (see :mod:`mtcheck.rules.widget_signals`): a line that addresses the reader
about the site itself ("Please observe our forum rules.", "Did you notice a mistake? Let us know."),
"Please confirm your e-mail address", "Crisis line: 0800 111 0 111", "Lotto numbers: 3 – 11 – 17 – 24 –
38 – 45", "Subtitles on/off", "Pharmacy emergency service: which pharmacy is open near you today?".
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from mtcheck.rules.widget_signal_kinds import alternation
from mtcheck.text.lazy_regex import lazy_compile

if TYPE_CHECKING:
    from mtcheck.rules.widget_signals import Signals


@dataclass(frozen=True)
class SiteNotices:
    """The ``[signals.site]`` vocabularies: the site's own nouns (consent, forum rules, print edition ...),
    the forms that address the reader ("you can", "your", "please", "let us know", "our"), the verbs of
    narration and the third-person words that make a sentence a report about someone else."""

    nouns: re.Pattern[str]
    weak_nouns: re.Pattern[str]
    address: re.Pattern[str]
    reader_address: re.Pattern[str]
    our_noun: re.Pattern[str]  # "our" before a site noun ("our forum rules", "our print edition")
    narration: frozenset[str]

    @classmethod
    def from_table(cls, t: dict[str, Any]) -> "SiteNotices":
        def words(key: str) -> re.Pattern[str]:
            return re.compile(rf"\b(?:{alternation(t.get(key, ()))})\b")

        return cls(nouns=words("nouns"), weak_nouns=words("weak_nouns"), address=words("address"),
                   reader_address=words("reader_address"),
                   our_noun=re.compile(r"\bour (?:[\w-]+ )?(?:%s)\b" % alternation(
                       list(t.get("nouns", ())) + list(t.get("weak_nouns", ())))),
                   narration=frozenset(t.get("narration", ())))


_SENTENCE_SPLIT = lazy_compile(r"(?<=[.!?])\s+")
_YOU = frozenset({"you", "your", "you've", "you're"})
# A question to the reader may drop its subject: "Found a mistake?", "Spotted an error?".
_ELLIPTIC = frozenset({"found", "spotted", "noticed", "discovered", "seen", "missing", "questions", "question",
                       "feedback", "suggestions", "tips", "criticism", "praise"})
_AUX = frozenset({"is", "are", "be", "been", "being", "has", "have", "get", "gets", "was", "were", "will"})


def site_notice(lowered: str, site: SiteNotices) -> bool:
    """A notice of the site to its reader about the site itself: a site noun (consent, privacy centre,
    forum rules, comments, mistake, advertisement, print edition, newsletter, account ...) with the
    reader addressed ("you can", "your", "please", "let us know", "write to us") or the site speaking
    ("our", "we welcome"), in the present or the imperative (a noun prose shares, "mistake", "comment",
    "account", needs the site's voice or a request to write to it, not a bare "your"): "You can change
    your consent at any time in the privacy centre.", "Please observe our forum rules.", "Did you notice
    a mistake? Let us know.".
    A report stays quiet: a verb of narration ("Our forum on climate change drew 500 guests."), a third
    person ("Please stay at home, she said"), or a question to someone other than the reader."""
    if ": " in lowered or not lowered.endswith((".", "!")):
        return False  # a headline, a label or a genre ("Our comment: a bad compromise", "Our newsletter subscribers")
    strong = site.nouns.search(lowered) is not None
    if not strong and not site.weak_nouns.search(lowered):
        return False
    addressed = False
    for sentence in _SENTENCE_SPLIT.split(lowered):
        words = [w.strip(".,;:!?\"'()") for w in sentence.split()]
        words = [w for w in words if w]
        if not words:
            continue
        if sentence.endswith("?"):
            # a question to the reader: "Did you notice a mistake?", "Found a mistake?"
            if _YOU.isdisjoint(words) and not (words[0] in _ELLIPTIC and len(words) <= 5):
                return False
            continue
        for i, w in enumerate(words):
            if w in site.narration:
                return False
            if w.endswith("ed") and len(w) > 4 and i and words[i - 1] not in _AUX and words[i - 1] not in (
                    "not", "you", "your", "can", "be"):
                # a past tense ("The forum opened ...") but not a participle after an auxiliary
                if i == 1 or words[i - 2] not in _AUX:
                    if not (words[0] in ("this", "the") and words[1] in _SELF_NOUNS):
                        return False
        if site.address.search(sentence) or site.our_noun.search(sentence) or (
                strong and site.reader_address.search(sentence)):
            addressed = True
    return addressed


# What a note about the article itself names ("This article appeared in the print edition ...").
_SELF_NOUNS = frozenset({"article", "text", "report", "interview", "contribution", "post", "page", "story"})


# A read-out of drawn numbers: a label, then five numbers or more joined by dashes, then extras named by
# a few words and a number ("Lotto numbers from Saturday: 3 – 11 – 17 – 24 – 38 – 45, super number 7").
_DRAW = lazy_compile(r"([^:]{2,60}):\s*\d{1,2}(?:\s*[–—-]\s*\d{1,2}){4,}"
                     r"(?:\s*[,;|]\s*(?:[^\W\d]+\s+){1,3}:?\s*\d{1,7}(?:\s*[–—-]\s*\d{1,7})*)*\s*\.?")


def number_draw(lowered: str) -> bool:
    """A data box reading out drawn numbers ("Lotto numbers: 5 - 12 - 19 - 27 - 33 - 41"): the label has no
    more than five words and no verb of a sentence (a read-out of results in prose has one)."""
    m = _DRAW.fullmatch(lowered)
    return bool(m) and m.group(1).count(" ") < 5 and not any(
        w in _DRAW_VERBS for w in m.group(1).split())


_DRAW_VERBS = frozenset({"is", "are", "was", "were", "ended", "end", "ends", "read", "reads", "scored", "won"})

# A toggle: one to three words of a setting, then "on/off" ("Subtitles on/off", "Dark mode on/off").
_TOGGLE = lazy_compile(r"(?-i:[A-Z])[\w'’-]*(?: [\w'’-]+){0,2}\s*:?\s*\(?(?:on ?/ ?off|off ?/ ?on|an ?/ ?aus)\)?")


def toggle(text: str) -> bool:
    if not _TOGGLE.fullmatch(text):
        return False
    first = text.split(None, 1)[0].lower()
    return first not in ("the", "a", "an", "on/off", "on", "off")


# A telephone number as help lines and service boxes write it (an 0800 or area-code number, 116 123, 19222).
PHONE = r"(?:\+\d[\d /()\-]{5,}\d|0\d[\d /\-]{2,}\d|11\d(?: \d{3})?|19\d{3})"
# A help or service line as a label and its numbers: "Crisis line: 0800 111 0 111 (free)".
_HELPLINE = lazy_compile(rf"([^:]{{3,70}}):\s*{PHONE}(?:\s*(?:,|or|and|/)\s*{PHONE})*"
                         r"(?:\s*\((?:free|toll-free|free of charge|24/7|24 hours)\))?\.?")
# A help line's box put as a sentence ("Telephone counselling can be reached free of charge around the clock on
# 0800 111 0 111."): a help-line noun and the marks of a service box (free, around the clock, anonymous) before
# the number; a witness appeal ("Witnesses can call the police on 0761 882-0.") is news.
_HELPLINE_SENTENCE = lazy_compile(rf"([^:;!?]{{3,90}}?)\s"
                                  rf"(?:on|at|under|via|by calling|by (?:tele)?phone(?: on)?|tel\.?|phone)"
                                  rf"\s*:?\s*{PHONE}(?:\s*(?:,|or|and|/)\s*{PHONE})*"
                                  r"(?:\s*\((?:free|toll-free|free of charge|24/7|24 hours)\))?\.?")
_SERVICE_MARKS = ("around the clock", "free of charge", "24 hours a day", "24/7", "day and night", "anonymous",
                  "toll-free", "every day of the year", "seven days a week")
_APPEAL_WORDS = lazy_compile(r"\b(?:police|witness|witnesses|anyone|said|says|told|suspect|investigators)\b")


def helpline_sentence(lowered: str, sig: "Signals") -> bool:
    """A help line's box put as a sentence (see above)."""
    m = _HELPLINE_SENTENCE.fullmatch(lowered)
    return bool(m) and any(mark in m.group(1) for mark in _SERVICE_MARKS) and bool(
        sig.helpline_nouns.search(m.group(1))) and not _APPEAL_WORDS.search(m.group(1))


# A service label, then a question to the reader ("Pharmacy emergency service: which pharmacy is open near
# you today?").
_SERVICE_QUESTION = lazy_compile(r"([^:?]{3,50}):\s*(?:which|where|what|when|who)\b[^:]*\b(?:you|your)\b[^:]*\?")


def service_question(text: str, lowered: str, sig: "Signals") -> bool:
    m = _SERVICE_QUESTION.fullmatch(lowered)
    if not m:
        return False
    label = m.group(1).split()
    return any(w in sig.finder_places or w in sig.box_domains for w in label) and all(
        w in sig.finder_words or w in sig.box_domains or w in sig.service_strong or w in sig.service_weak
        for w in label)


# Registration and confirmation prompts, sentence by sentence.
_PROMPT_SENTENCE = (
    r"(?:thank you|thanks|many thanks) for (?:your )?(?:registration|registering|signing up|sign-up|signup|"
    r"subscribing|subscription|confirming|confirmation|interest in our newsletter)"
    r"|(?:please )?confirm your (?:e-?mail(?: address)?|registration|subscription|sign-up|account)"
    r"(?: (?:via|with|using) the link in (?:the|this|our) e-?mail)?"
    r"|(?:please )?(?:check|look in) your (?:inbox|e-?mail(?: inbox)?|spam folder|mailbox|junk folder)"
    r"|(?:please )?click (?:on )?the (?:confirmation |activation )?link in (?:the|this|our) e-?mail"
    r"|we (?:have )?(?:just )?sent (?:you )?an? (?:confirmation |activation )?(?:e-?mail|link)"
    r"(?: to (?:your e-?mail address|you|confirm your (?:registration|e-?mail(?: address)?)))?"
    r"|you will (?:shortly |soon )?receive an? (?:confirmation |activation )?(?:e-?mail|link)(?: shortly| soon)?"
    r"|(?:your )?registration (?:was|has been) (?:successful|completed|received)"
    r"|you (?:have|'ve) (?:successfully )?(?:registered|subscribed|signed up)"
    r"|(?:almost done|almost there|one (?:more|last) step)")
_PROMPT = lazy_compile(rf"(?:(?:{_PROMPT_SENTENCE})\s*[.!]?\s*)+")
_PROMPT_ALONE = lazy_compile(r"(?:almost done|almost there|one (?:more|last) step)\s*[.!]?")
_PROMPT_OPENERS = frozenset({"thank", "thanks", "many", "please", "confirm", "check", "we", "you", "your",
                             "registration", "almost", "one", "click"})


def account_prompt(lowered: str, first_word: str) -> bool:
    """A registration or confirmation prompt, sentence by sentence ("Thank you for registering. Please
    confirm your e-mail address."); "Almost done." alone is too little."""
    return first_word in _PROMPT_OPENERS and _PROMPT.fullmatch(lowered) is not None \
        and not _PROMPT_ALONE.fullmatch(lowered)


def helpline_label(lowered: str, nouns: re.Pattern[str]) -> bool:
    """A help line's label and number(s), the label naming a help or service line ("crisis line")."""
    m = _HELPLINE.fullmatch(lowered)
    return m is not None and nouns.search(m.group(1)) is not None
