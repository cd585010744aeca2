"""Editorial furniture for MT201's generic signals (see :mod:`mtcheck.rules.widget_signals`): lines a
German news site puts around an article, told by their shape, with the vocabularies of the
``[signals.editorial]`` table of ``data/common/boilerplate.toml``.

- a paywall or login prompt put as a question: an account question, then an account action only
  ("Not a subscriber yet? Test now for 1 euro", "Already registered? Log in here");
- an editorial credit: role labels and personal names or agencies only ("Editing: Anna Becker", "Text:
  dpa, editing: Anna Becker", "Recorded by Jan Müller"); a label with a topic ("Research: coffee
  protects the heart"), an office ("Chancellor: Olaf Scholz") or an institution stays quiet;
- a genre byline: "[A|An] <genre> by" and personal names, with a role before them or a desk after them
  ("A comment by Jan Schneider", "An analysis by our correspondent Jan Müller", "A commentary by Anna
  Becker, ARD capital studio"); a genre with a topic ("A comment on the budget"), an institution ("A
  report by the Court of Auditors") or a clause ("A comment by the chancellor caused outrage.") stays quiet;
- an article tool: a tool verb on the article, or with a tool complement ("Send article as gift",
  "Read article aloud", "Save for later");
- the site's own channel: "Our" and a channel noun, ending there or with a colon ("Our podcast: every
  morning ...", "Our newsletter for Hamburg"); "Our view: ...", "Our correspondent in Kyiv" stay quiet;
- a hub or teaser link: a hub label and "all ..." ("Live ticker: all developments of the day"), "All
  news about ...", "More news from ...", "Here you can find all the news about ..."; with no verb
  ("All results point to a recession", "Overview: all nuclear plants are off the grid" stay quiet).

Each test is tried only on lines whose first word can open it (a set lookup), then one regex.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from mtcheck.lang.places import gazetteer, is_place
from mtcheck.lang.verbs import has_possible_verb
from mtcheck.lang.wordstats import is_english_word
from mtcheck.rules.widget_signal_kinds import alternation, names_as_modifiers
from mtcheck.text.lazy_regex import lazy_compile

_NAME_WORD = lazy_compile(r"(?:[A-ZÄÖÜÉ][a-zäöüßéèáàíóúçñøåğışł'’]+|[A-Z][a-z]*[A-Z][a-zäöüß]+|[A-Z]\.)"
                          r"(?:-[A-ZÄÖÜ][a-zäöüßéèáàíóúçñøåğışł'’]+)*")
_ITEM_SEPARATORS = lazy_compile(r"\s*(?:,|;|&|\+|/|\band\b|\bas well as\b)\s*")
# Words that open a noun phrase (a capitalised word inside a phrase is a name modifying its head: "the
# Ukraine war"), for the verb test of hub lines.
_PHRASE_OPENERS = frozenset("the a an this that these those our your all every each of on about from in for to "
                            "with at by regarding concerning around and or & latest".split())
_CHANNEL_OPENERS = frozenset({"our", "in", "on", "at", "via", "from"})
_QUOTE_CHARS = "\"“”„'‘’«»"


@dataclass(frozen=True)
class Editorial:
    question_openers: frozenset[str]
    question: re.Pattern[str]
    action_words: frozenset[str]
    action_verbs: frozenset[str]
    credit_openers: frozenset[str]
    credit_split: re.Pattern[str]
    credit_phrase: re.Pattern[str]
    byline_openers: frozenset[str]
    byline: re.Pattern[str]  # "[A|An] <genre> by [our <role>] <names>[, <desk>]"
    agencies: frozenset[str]
    name_particles: frozenset[str]
    not_names: frozenset[str]
    tool_openers: frozenset[str]
    tool: re.Pattern[str]
    channel: re.Pattern[str]
    channel_modifiers: frozenset[str]
    hub_openers: frozenset[str]
    hub_label: re.Pattern[str]
    hub_all: re.Pattern[str]
    hub_find: re.Pattern[str]
    openers: frozenset[str]  # every first word some test here needs

    @classmethod
    def from_table(cls, t: dict[str, Any], agencies: frozenset[str]) -> "Editorial":
        def alt(key: str) -> str:
            return alternation(t.get(key, ()))

        nouns, access, states = alt("account_nouns"), alt("access_nouns"), alt("account_states")
        reads = alt("read_on")
        question = re.compile(
            rf"(?:(?:you are|are you|you're) )?(?:(?:already|not|yet|still|now) )*(?:an? )?(?:[\w+.'’-]+ ){{0,2}}?"
            rf"(?:{nouns})(?: (?:yet|already))?"
            rf"|(?:(?:do|did) you )?(?:already |not yet |still )?(?:have|got) (?:an?|your) (?:[\w+'’-]+ )?"
            rf"(?:{access})(?: (?:yet|already))?"
            rf"|(?:you )?(?:don't|do not) have (?:an?|any) (?:[\w+'’-]+ )?(?:{access})(?: yet)?"
            rf"|no (?:[\w+'’-]+ )?(?:{access})(?: yet)?"
            rf"|(?:(?:are you|you are|you're) )?(?:(?:already|not|yet|still) )+(?:{states})(?: (?:yet|already))?"
            rf"|(?:already |not yet )?(?:{states}) (?:yet|already)"
            rf"|new here|first time here|new to (?:us|our site)"
            rf"|(?:do you )?(?:want|would you like|wish) to (?:{reads})")
        credit_roles = alt("credit_roles")
        roles = rf"(?:{credit_roles})(?:\s*(?:,|and|&|/)\s*(?:{credit_roles}))*"
        tool_verbs, tool_objects = alt("tool_verbs"), alt("tool_objects")
        tool_strong, tool_weak = alt("tool_complements"), alt("tool_weak_complements")
        channels, weak_channels = alt("channel_nouns"), alt("channel_weak_nouns")
        hub_nouns, hub_adjectives = alt("hub_nouns"), alt("hub_adjectives")
        hub_prepositions = alt("hub_prepositions")
        nouns_phrase = (rf"(?:(?:the|of the) )?(?:(?:{hub_adjectives}) )*(?:{hub_nouns})"
                        rf"(?:(?:,| and| &) (?:the )?(?:(?:{hub_adjectives}) )*(?:{hub_nouns}))*")

        def firsts(key: str) -> frozenset[str]:
            return frozenset(w.split()[0] for w in t.get(key, ()))

        credit_openers = firsts("credit_roles") | firsts("credit_phrases")
        byline_openers = firsts("genre_nouns") | {"a", "an", "short", "brief", "personal"}
        tool_openers = firsts("tool_verbs") | firsts("tool_nouns") | {"please", "have"}
        hub_openers = firsts("hub_labels") | {"all", "everything", "more", "further", "here", "you", "find"}
        return cls(
            question_openers=frozenset(t.get("question_openers", ())),
            question=question,
            action_words=frozenset(t.get("action_words", ())) | frozenset(t.get("action_verbs", ())),
            action_verbs=frozenset(t.get("action_verbs", ())),
            credit_openers=credit_openers,
            credit_split=re.compile(rf"(?:^|(?<=[,;|•·/])|(?<=\band))\s*({roles})\s*:\s*", re.IGNORECASE),
            credit_phrase=re.compile(rf"(?:{alt('credit_phrases')})\s+", re.IGNORECASE),
            byline_openers=byline_openers,
            byline=re.compile(
                rf"(?:an? )?(?:(?:short|brief|personal|critical|new) )?(?:{alt('genre_nouns')})(?: piece)? by "
                rf"(?:(?:(?:our|the|a|an) )?(?:[\w'’.-]+ ){{0,2}}?(?:{alt('byline_roles')}) )?"
                rf"(.+?)(?:,\s*([^,]+?))?\s*\.?",
                re.IGNORECASE),
            agencies=agencies,
            name_particles=frozenset(t.get("name_particles", ())),
            not_names=frozenset(t.get("not_names", ())),
            tool_openers=tool_openers,
            tool=re.compile(
                rf"(?:please )?(?:have (?:the |this )?(?:article|text) read (?:aloud|out(?: loud)?)"
                rf"|(?:{tool_verbs})(?: (?:the|this|an?|our))? (?:{tool_objects})(?: (?:{tool_strong}|{tool_weak}))*"
                rf"|(?:{tool_verbs})(?: (?:{tool_weak}))*(?: (?:{tool_strong}))(?: (?:{tool_strong}|{tool_weak}))*"
                rf"|{alt('tool_nouns')})[.!]?"),
            channel=re.compile(
                rf"(?:(?:in|on|at|via|from) )?our ((?:[\w+'’-]+ ){{0,3}}?)(?:({channels})|({weak_channels}))s?"
                rf"(?: (?:for|from|in|on|about) (?:the )?(?-i:[A-Z])[\w'’-]+(?: (?-i:[A-Z])[\w'’-]+)?)?"
                rf"(?: ?[{_QUOTE_CHARS}][^{_QUOTE_CHARS}]{{2,60}}[{_QUOTE_CHARS}])?"
                rf"(?:\s*(?::|–|—|-|\|)\s*\S.*)?", re.IGNORECASE),
            channel_modifiers=frozenset(t.get("channel_modifiers", ())),
            hub_openers=hub_openers,
            hub_label=re.compile(rf"(?:{alt('hub_labels')})\s*[:|–—]\s*(?:here (?:are|is|you (?:can|will) find) )?"
                                 rf"((?:all|every) {nouns_phrase}\b.*|everything (?:you need to know )?"
                                 rf"(?:about|on|regarding)\b.*)", re.IGNORECASE),
            # "All news about ...", "More news from ..." ("More reports of attacks" is a headline)
            hub_all=re.compile(rf"all {nouns_phrase} (?:{hub_prepositions}) (.+)"
                               rf"|more (?:{alt('hub_more_nouns')}) from (.+)|more from (.+)"),
            hub_find=re.compile(rf"(?:(?:here )?(?:you (?:can|will) )?find|here (?:you (?:can|will) find|are|is))"
                                rf" (?:all|everything|the latest|more)(?: {nouns_phrase})?"
                                rf"(?: (?:{hub_prepositions}) [^.]+?)?"
                                rf"(?: (?:here|in (?:our|the) [\w -]+|on our [\w -]+))?\.?"),
            openers=(frozenset(t.get("question_openers", ())) | credit_openers | tool_openers | hub_openers
                     | _CHANNEL_OPENERS | byline_openers),
        )


def paywall_question(text: str, lowered: str, ed: Editorial) -> bool:
    """"Not a subscriber yet? Test now for 1 euro": an account question and an account action."""
    question, mark, action = lowered.partition("?")
    if not mark or not action.strip():
        return False
    if not ed.question.fullmatch(question.strip()):
        return False
    words = [w for w in re.split(r"[\s,!.]+", action.replace("-", " ")) if w]
    if not words or not any(w in ed.action_verbs for w in words):
        return False
    return all(w in ed.action_words or w[:1].isdigit() or w in ("€", "+") for w in words)


def credit(text: str, lowered: str, ed: Editorial) -> bool:
    """"Editing: Anna Becker", "Text: dpa, editing: Anna Becker", "Recorded by Jan Müller"."""
    line = text.rstrip(". ")
    m = ed.credit_phrase.match(line)
    if m:
        return _names(line[m.end():], ed)
    parts = ed.credit_split.split(line)
    if len(parts) < 3 or parts[0].strip():
        return False
    # parts: "", role, names, role, names, ...; names may end on the separator before the next role
    return all(_names(names.strip().rstrip(",;|•·/").strip().removesuffix(" and"), ed) for names in parts[2::2])


def _names(chunk: str, ed: Editorial) -> bool:
    """Personal names (two to four capitalised words, particles between) or news agencies only."""
    items = [i.strip() for i in _ITEM_SEPARATORS.split(chunk)]
    if not items or not all(items):
        return False
    for item in items:
        if item.lower() in ed.agencies:
            continue
        words = item.split()
        if not 2 <= len(words) <= 4 or words[-1].lower() in ed.name_particles:
            return False
        for k, w in enumerate(words):
            if k and w in ed.name_particles:
                continue
            if not _NAME_WORD.fullmatch(w) or w.lower() in ed.not_names or w.endswith(("'s", "’s")):
                return False
        if all(is_english_word(w) for w in words if w not in ed.name_particles):
            return False  # title case, not a name: "Interest Rates", "Red Carpet"
        places = gazetteer()
        if is_place(item, places) or words[-1] in places:  # "Saudi Arabia", "Volkswagen Zwickau"
            return False
    return True


def genre_byline(text: str, lowered: str, ed: Editorial) -> bool:
    """"A comment by Jan Schneider", "An analysis by our correspondent Jan Müller", "A commentary by Anna
    Becker, ARD capital studio": personal names (or agencies), then a desk or place of capitalised words."""
    m = ed.byline.fullmatch(text)
    if m is None or not _names(m.group(1), ed):
        return False
    desk = m.group(2)
    if desk is None:
        return True
    words = desk.split()
    return len(words) <= 5 and words[0][:1].isupper() and all(
        w[:1].isupper() or w.lower() in ed.agencies or w.lower() in _DESK_WORDS for w in words)


# Lower-case words of a desk after a byline's names ("ARD capital studio", "political editor in Berlin").
_DESK_WORDS = frozenset("capital studio studios office bureau correspondent editor editorial team desk newsroom in of "
                        "the for at reporter department political business economics sports culture science "
                        "online editor-in-chief".split())


def article_tool(text: str, lowered: str, ed: Editorial) -> bool:
    """"Send article as gift", "Read article aloud", "Save for later", "Print version"."""
    return ed.tool.fullmatch(lowered) is not None


def own_channel(text: str, lowered: str, ed: Editorial) -> bool:
    """"Our podcast: every morning ...", "Our newsletter for Hamburg", "In our podcast: ...": the channel's
    modifiers are names or channel words ("Our WhatsApp channel", "Our daily news podcast"); a weak channel
    noun ("account", "page") needs a name ("Our Instagram account")."""
    m = ed.channel.fullmatch(text)
    if not m:
        return False
    modifiers = m.group(1).split()
    if not all(w[:1].isupper() or w.lower() in ed.channel_modifiers for w in modifiers):
        return False
    return m.group(2) is not None or any(w[:1].isupper() for w in modifiers)


def hub_teaser(text: str, lowered: str, ed: Editorial) -> bool:
    """"Live ticker: all developments of the day", "All news about the war in Ukraine", "More news from
    Hamburg", "Here you can find all the news about the coronavirus": with no verb after the hub words."""
    m = ed.hub_label.match(text)
    if m:
        return not _has_verb(m.group(1))
    if text.endswith("."):
        return ed.hub_find.fullmatch(lowered) is not None
    if ed.hub_find.fullmatch(lowered):
        return True
    m = ed.hub_all.fullmatch(lowered)
    if not m or " than " in lowered:
        return False
    rest = text[m.start(m.lastindex or 1):]
    if m.lastindex == 3 and not (rest[:1].isupper() or rest.startswith(("the ", "this ", "our "))):
        return False  # "More from the region", "More from Hamburg"; not "More from less"
    return not _has_verb(rest)


def _has_verb(rest: str) -> bool:
    """Could the words after a hub's "all ..." hold a verb? Names count as modifiers ("the Ukraine war")."""
    return has_possible_verb(names_as_modifiers(rest), _PHRASE_OPENERS)


def editorial_kind(text: str, lowered: str, first: str, ed: Editorial) -> str | None:
    """The kind of editorial furniture ``text`` is, or None (``first``: its first word, lower-cased). The
    kinds are tried in this order, each only when the first word may open it."""
    if not text[:1].isupper():
        return None  # furniture is capitalised; a lower-case line continues a sentence ("more from this game.")
    if "?" in text and first in ed.question_openers and paywall_question(text, lowered, ed):
        return "paywall-question"
    if first in ed.byline_openers and " by " in lowered and genre_byline(text, lowered, ed):
        return "byline"
    if first in ed.credit_openers and (":" in text or " by " in lowered or " of " in lowered
                                       or " from " in lowered) and credit(text, lowered, ed):
        return "credit"
    if first in ed.tool_openers and article_tool(text, lowered, ed):
        return "article-tool"
    if first in _CHANNEL_OPENERS and (first == "our" or lowered[len(first) + 1:].startswith("our ")) \
            and own_channel(text, lowered, ed):
        return "own-channel"
    if first in ed.hub_openers and hub_teaser(text, lowered, ed):
        return "hub-teaser"
    return None
