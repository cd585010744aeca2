"""German public-service shorthand left in English text (round 17), by its shape, for MT503 through
``abbreviation_classes.class_hits``:

- an authority's unit: an acronym English does not know (Zipf < 1), after "the", before its place, in a
  sentence about customs, the border or the police ("the GZD in Bonn", "the ZFA Essen", "the BPOLD Munich":
  Generalzolldirektion, Zollfahndungsamt, Bundespolizeidirektion); "the BBC Scotland", "the NYPD Brooklyn"
  are acronyms English writes;
- a transport association (Verkehrsverbund: a V first or last) after "the", in a sentence about fares or
  public transport ("the RMV", "the ZVV", "the HVV"), rarer in English than Zipf 2 and than in German (not
  "the VRE" of Virginia; the general acronym rule misses those English word lists count a little, RMV 1.7,
  and those German ones hardly know, ZVV 1.9);
- a health insurer (a K last: Krankenkasse, Kasse) after "the", in a sentence about insurance and its
  contributions ("the TK", "the IKK"; not "TK Maxx" before its name);
- a municipal utility (Stadtwerke: "SW" and one or two letters) after "the", in a sentence about gas, power,
  water or heating ("the SWM", "the SWK");
- a semester with its academic year ("WS 2025/26", "WiSe 2024/25"; "SS 2025" and "SoSe 2025" in a sentence
  about study): English writes "winter semester";
- a TV market share ("an MA of 27.4 percent", in a sentence about a programme and its viewers); "an MA in
  history", "the 50-day MA of 12.4 dollars" have no percentage or no programme;
- a German compound's cut after a number, a German word and a unit's cut ("16 Strafmin.", "3 Spielmin.";
  "16 min." alone is English);
- "NN"/"NHN" (Normalnull) after a height "above" ("2,962 metres above NN");
- a German word's cut, a stem no language knows, opening a sentence before a name ("Geschf. Anna Berger":
  Geschäftsführerin); English titles ("Gen.", "Mr.") are English words or abbreviations English writes.

An acronym explained by an English noun after it ("the RMV transport association") is left alone.
"""
from __future__ import annotations

import functools
from typing import Iterator

from mtcheck.lang.word_prefixes import cut_off_word
from mtcheck.lang.wordstats import is_english_word, zipf
from mtcheck.rules.abbreviation_contexts import Contexts, sentence_has
from mtcheck.text.lazy_regex import lazy_compile

# "the GZD in Bonn", "the ZFA Essen" (a literal scan for "he ", the article looked at after)
_UNIT_BEFORE_PLACE = lazy_compile(r"he (?<=(?<![\w.])[Tt]he )([A-ZÄÖÜ]{3,5})"
                                  r"(?= (?:in )?([A-ZÄÖÜ][a-zäöüß]{2,})(?![\w'’-]))")
_BODY_AFTER_THE = lazy_compile(r"he (?<=(?<![\w.])[Tt]he )([A-ZÄÖÜ]{2,4})(?![\w'’&/.-]|\.\w| [A-ZÄÖÜ0-9])")
_EXPLAINED_AFTER = lazy_compile(r"\s+(?:[a-z-]+\s+){0,2}(?:association|authority|company|utility|utilities|"
                                r"operator|network|office|agency|directorate)\b")
_UNIT_MAX_EN = 1.0
_TRANSIT_MAX_EN = 2.0
_UTILITY_MAX_EN = 2.5
_BROADCASTERS = frozenset({"SWR"})  # Südwestrundfunk, a broadcaster English news names so
_INSURER_MAX_EN = 3.5  # "TK" 3.2, "DAK" 3.1, "IKK", "KKH", "AOK"; "BKK" (an airport code) is an entry

_SEMESTER = lazy_compile(r"(?<![\w./-])(WS|WiSe|SS|SoSe) ?(20\d\d(?:/\d\d)?)(?![\w/-]|[.,]\d)")
_MARKET_SHARE = lazy_compile(r"M(?<![\w.-]M)A(?: of|:)? \d{1,2}(?:[.,]\d)? ?(?:%|percent|per cent)")
_UNIT_CUT = lazy_compile(r"(?<=\d )([A-ZÄÖÜ][a-zäöüß]{3,12}?)(min|sek|std|pkt|stk)\.")
_ABOVE_NN = lazy_compile(r"(?:\d ?m|\bmet(?:re|er)s?) above (NN|NHN)\b")
# a cut opening a sentence: capitalised, ending in two consonants, before a first name and a surname
# (the full stop before the name found first, a literal scan; the cut before it after)
_DOT_BEFORE_NAME = lazy_compile(r"\.(?= [A-ZÄÖÜ][a-zäöüß]+ [A-ZÄÖÜ][a-zäöüß]{2,})")
# ("S 20", "S20", "Se 20", "Se20": one scan for the four literals, cheaper than an ``in`` test each)
_SEMESTER_YEAR = lazy_compile(r"Se? ?20")
# ("min.", "sek.", "std.", "pkt.", "stk.": one scan from the literal full stop, cheaper than an ``in`` test each)
_UNIT_CUT_END = lazy_compile(r"\.(?<=(?:min|sek|std|pkt|stk)\.)")
_CUT_AT_START = lazy_compile(r"(?:^|(?<=[.!?:] )|(?<=\n))[A-ZÄÖÜ][a-zäöüß]{3,8}[b-df-hj-np-tv-xzß]{2}$")


def service_hits(text: str, source: str | None, contexts: Contexts) -> Iterator[tuple[int, int, str]]:
    """(start, end, message) of each abbreviation of the kinds above in ``text`` (each looked for only where
    a literal part of it is in the text); ``contexts``: the pack's sentence contexts ("border", "transit",
    "utilities", "studies", "ratings", "health_insurance")."""
    if source != "de":
        return
    if "he " in text:
        yield from _bodies(text, source, contexts)
    if _SEMESTER_YEAR.search(text):
        for m in _SEMESTER.finditer(text):
            if "/" in m.group(2) and m.group(1) in ("WS", "WiSe") \
                    or sentence_has(text, m.start(), m.end(), contexts["studies"]):
                yield (m.start(), m.end(), f'German semester "{m.group()}" (Winter-/Sommersemester): English '
                       '"winter semester 2025/26", "summer semester 2025"')
    if "MA" in text:  # (the pattern starts with its literal)
        for m in _MARKET_SHARE.finditer(text):
            if sentence_has(text, m.start(), m.end(), contexts["ratings"]):
                yield (m.start(), m.start() + 2, 'German abbreviation "MA" (Marktanteil) of a TV rating: '
                       'English "market share"')
    if _UNIT_CUT_END.search(text):
        for m in _UNIT_CUT.finditer(text):
            if _german_cut(m.group(1), source):
                yield (m.start(), m.end(), f'German abbreviated compound "{m.group()}" after a number: write the '
                       'word out in English ("penalty minutes")')
    for dot in _DOT_BEFORE_NAME.finditer(text):
        m = _CUT_AT_START.search(text, max(0, dot.start() - 12), dot.start())
        if m is not None and _unknown_cut(m.group(), source):
            yield (m.start(), dot.end(), f'"{m.group()}." before a name looks like a cut-off German title: write '
                   'the post out in English ("managing director")')
    if " above N" in text:
        for m in _ABOVE_NN.finditer(text):
            yield (m.start(1), m.end(1), f'German "{m.group(1)}" (Normalnull) after a height: English "sea level"')


def _bodies(text: str, source: str, contexts: Contexts) -> Iterator[tuple[int, int, str]]:
    for m in _UNIT_BEFORE_PLACE.finditer(text):
        word = m.group(1)
        if zipf(word, "en") < _UNIT_MAX_EN and not is_english_word(m.group(2)) \
                and sentence_has(text, m.start(1), m.end(1), contexts["border"]):
            yield (m.start(1), m.end(1), f'German authority acronym "{word}" before its place: English names '
                   'the office ("the customs investigation office in Essen", "the federal police in Munich")')
    for m in _BODY_AFTER_THE.finditer(text):
        word = m.group(1)
        start, end = m.span(1)
        if _EXPLAINED_AFTER.match(text, end) or not _german_more(word, source):
            continue  # explained; or English writes it more ("the VRE" in Virginia, "the NHK")
        if len(word) > 2 and "V" in (word[0], word[-1]) and zipf(word, "en") < _TRANSIT_MAX_EN \
                and sentence_has(text, start, end, contexts["transit"]):
            yield (start, end, f'German transport association "{word}" (Verkehrsverbund): English names it '
                   '("the Rhine-Main transport association")')
        elif word[-1] == "K" and zipf(word, "en") < _INSURER_MAX_EN \
                and sentence_has(text, start, end, contexts["health_insurance"]):
            yield (start, end, f'German health insurer "{word}" (...krankenkasse): English explains it ("the '
                   'health insurer TK")')
        elif word.startswith("SW") and len(word) <= 4 and word not in _BROADCASTERS \
                and zipf(word, "en") < _UTILITY_MAX_EN and sentence_has(text, start, end, contexts["utilities"]):
            yield (start, end, f'German utility acronym "{word}" (Stadtwerke): English names it ("Munich\'s '
                   'municipal utility")')


@functools.lru_cache(maxsize=1024)
def _german_more(word: str, source: str) -> bool:
    return zipf(word, source) >= zipf(word, "en")


@functools.lru_cache(maxsize=1024)
def _german_cut(head: str, source: str) -> bool:
    """"Straf" (Strafe), "Spiel": the head of a German compound, not an English word."""
    return not is_english_word(head) and zipf(head, "en") < 2.5 \
        and (cut_off_word(head, source) or zipf(head, source) - zipf(head, "en") >= 1.0)


@functools.lru_cache(maxsize=1024)
def _unknown_cut(stem: str, source: str) -> bool:
    """"Geschf" (Geschäftsführer): no word of either language, its first letters start a German word."""
    return zipf(stem, "en") == 0.0 and zipf(stem, source) == 0.0 and not is_english_word(stem) \
        and cut_off_word(stem[:5], source)
