"""MT503 untranslated-abbreviation: a source-language abbreviation ("z. B.", "Mrd.") left in English text.

The pack's abbreviations are found by ``mtcheck.rules.untranslated_lexicon``, their other shapes
(undotted, run together) and the pack's undotted acronyms by ``mtcheck.rules.abbreviation_shapes``;
sentences already judged untranslated (MT501) are skipped.
"""
from __future__ import annotations

import functools
from typing import Iterator

from mtcheck.lang.word_prefixes import cut_off_word
from mtcheck.lang.verbs import pos_tags
from mtcheck.lang.wordstats import is_english_word, zipf
from mtcheck.model import Category, Document, Edit, Fix, Hit, Severity, Span
from mtcheck.rules.abbreviation_acronyms import acronym_lists
from mtcheck.rules.abbreviation_contexts import Contexts, pack_contexts, sentence_has
from mtcheck.rules.abbreviation_glosses import acronym_form, explained_by_noun, glossed_in_document
from mtcheck.rules.abbreviation_kinds import compound_tail
from mtcheck.rules.abbreviation_sectors import hyphenated_start
from mtcheck.rules.abbreviation_shapes import shape_hits
from mtcheck.rules.base import Context, Rule
from mtcheck.rules.untranslated_lexicon import abbreviation_matches, residue
from mtcheck.rules.untranslated_sentence import UntranslatedSentence
from mtcheck.rules.untranslated_signals import untranslated_spans
from mtcheck.text.lazy_regex import lazy_compile

_NUMBER_BEFORE = lazy_compile(r"\d[\d.,]*\s*$")
_YEAR_AFTER = lazy_compile(r"\s*(1\d{3}|20\d{2})(?![\d.,]\d)(?:\s+([^\W\d_]+))?")
# What may follow an abbreviation that is also an English word ("mind.", "gem."): the sentence goes on
# ("mind. two weeks", "gem. Article 3"); "she changed her mind. Then ..." is the English word.
_SENTENCE_GOES_ON = lazy_compile(r"\s*(?:[a-zäöüß\d§(+/]|[A-ZÄÖÜ][^\W\d_]*\.?\s+\d)")
_COUNTED = frozenset({"euro", "euros", "dollars", "km", "kilometres", "kilometers", "tonnes", "metres", "meters"})
# An unlisted abbreviation by its shape: a word cut off by a full stop while the sentence goes on.
# The full stops are found first (a literal scan), the letters before each one after.
_STOP_GOES_ON = lazy_compile(r"\.(?=[),;]|\s+[a-zäöüß\d(])")
_STEM_BEFORE = lazy_compile(r"[^\W\d_]{3,16}$")
_ENGLISH_ZIPF = 2.5  # a stem this common in English is English ("approx", "int", "dept")


class UntranslatedAbbreviation(Rule):
    """A source-language abbreviation is left in the English text.

    ## What it does
    Reports abbreviations from the pack's list ("z. B.", "u. a.", "bzw.", "Mio.", "Mrd.", "ca.",
    "Nr.", "usw." for German; "p. ex." for French; "p. ej." for Spanish) with the English wording,
    and, by its shape, an abbreviation the list lacks: a word cut off by a full stop while the
    sentence goes on, whose stem starts a frequent source-language word and is rare on its own and
    in English ("jährl.", "Einw."), or a stem of consonants only that the source language writes
    more than English ("mtl.", "Wfl."; not "hrs.", "govt."), both with a message without a
    suggestion. Listed forms are also found without their full stops where that cannot be English
    ("bzw", "zB", "z.B", "ca 120 metres", "50 Tsd"), and so are court acronyms ("BVerfG", "OLG
    Köln"; "LG" and "AG" only before a German court's seat), "e.V.", German acronyms English has its
    own for ("EZB", "DSGVO"), mixed-case acronyms of institutions, laws and legal forms that English
    hardly writes, left unexplained ("BZgA", "StVO", "OStA", "founded as a KGaA"; not AfD, KfW,
    GmbH, Merck KGaA, nor "the Federal Centre for Health Education (BZgA)"), abbreviated compounds
    ("prov.-frei"), weekday ranges ("Mo.-Fr."), stacked and Latin degree titles ("Prof. Dr.",
    "Dr. med.", "Dipl.-Psych."), spaced letter abbreviations the list lacks ("o. r.", "m. W.": not
    English "e. g.", "a. m." nor initials), all-capital acronyms English hardly writes, left
    unexplained ("BAFA", "NGG"; not SPD, BND, ZDF, nor "the NGG union"), German ranks before a name
    ("Oblt. Schneider", "PHM Müller"), leagues after an ordinal ("2. BL") and property-advert floors
    and house types in a sentence about a flat or a house ("flat in the DG", "3. OG"), federal and state
    offices "für" something ("BfJ", "LfU"; not the BfV), title chains ("Jun.-Prof.", "apl. Prof.", "PD
    Dr.", "Dr. habil."; not "Lt.-Col."), German units after a number ("72 dt/ha", "40 Vol.-%", "2 EL
    olive oil" in a recipe), more ranks before a name ("KOR Becker", "OB Reiter"), a party's organ
    ("the BPT of the FDP", "the SPD's LPT") and German leagues after "the" in a sentence about
    football ("plays in the OL"; not the NHL, MLS), and entries whose pack context names the sentence's
    subject ("The AR approved the merger": a supervisory board; "places for U3 children"; "won the WM"
    in a sentence about a tournament), reference words before their number ("Gl. 7", "HRB 12345", "KW
    12"), feminine ranks ("KHKin Weber", "RAin Berger"), single weekdays in a date or an opening time
    ("Di., 14 May", "every Sa. from 8 am"), age groups ("the Ü30 team") and number compounds
    ("Kd.-Nr.", "USt-IdNr."). Round 11, by shape and kind: German statute and regulation abbreviations
    in a legal sentence ("under the BJagdG", "the WoFlV", "the GlüStV", "in breach of the UWG", "SGB II";
    not the ADA, GDPR, the CISG, nor "§ 312d BGB"), social-insurance and benefit shorthand ("ALG II", "The DRV
    rejected her pension claim", "a GdB of 50"), job- and flat-advert shorthand ("(m/w/d)", "in VZ", "650
    euros KM"; not "(m/f/d)"), unit compounds ("25 kg-Sack", "m²-Preis"), church titles before a name ("KMD
    Johannes Weber", "by Diak. Markus Roth") and "P." (Pater) where it cannot be an initial ("P. Dr. Karl
    Huber", "P. Anselm Grün OSB"; not "P. Diddy"). A court's acronym in parentheses after the English name is
    a gloss and left alone. Round 12: car and hotel adverts ("Sitzhzg.", "NR-Fzg.", "So.+Wi.-Reifen", "1. Hd.",
    "with HP", "Du/WC"), academic, school, church and sport shorthand ("10 c.t.", "Prof.in", "Mag. pharm.",
    "HiWi", "as a GK", "The SMV organised ...", "GMD Anna Skryleva"), ratings and wine ("FSK 12", "QbA").
    Rounds 13-14: military words built from German parts ("SPz", "InspH"), a German word before a cut-off
    one ("Fraktionsvors."), parliamentary papers ("LT-Drs. 8/1234"), pharmacy packs ("10 Filmtbl."), units
    in their sector ("12 lfm", "2.5 million Lj.") and bodies whose sentence names their sector ("the TdL").
    After a number, "Mio." and "Mrd." are suggested as "million" and "billion". "ca." before a year
    is English "circa" and is left alone ("ca. 1850", not "ca. 1500 visitors"); forms that are also
    English words ("mind.", "gem.") count only where the sentence goes on after them. Spaced or not
    ("z. B.", "z.B."), and capitalised at the start of a sentence ("Z. B."). Untranslated sentences
    are left to MT501.

    ## Why it matters
    English readers do not know "bzw." or "Mrd."; and "5 Mrd." may be read as a typo.

    ## Example
        The project costs 2.5 Mrd. euros, z. B. for new pipes.

    ## Use instead
        The project costs 2.5 billion euros, e.g. for new pipes.

    ## Fix safety
    Safe only for one-to-one replacements the pack marks `safe` ("z. B." → "e.g.", "d. h." → "i.e.",
    "usw." → "etc.", "Nr." → "No."): the English abbreviation says exactly the same in the same
    place. The others ("bzw." = "or" or "respectively"; "u. a." = "among others" or "including";
    "Mio." needs the number's wording reviewed) get a suggestion only.
    """

    id = "MT503"
    name = "untranslated-abbreviation"
    category = Category.LOCALE
    severity = Severity.WARNING

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        res = residue(ctx.pack)
        covered: list[Span] | None = None
        listed: list[Span] = []
        text = doc.text
        found = [(Span(m.start(), m.end()), entry, f'{res.language} abbreviation "{m.group()}"')
                 for m, entry in abbreviation_matches(doc, res, ctx.cache)]
        found += [(Span(h.start, h.end), h.entry, h.message)
                  for h in shape_hits(doc, ctx.pack, res.language, ctx.cache)]
        for span, entry, message in found:
            if any(s.overlaps(span) for s in listed):
                continue  # "bzw" of "bzw.", "z.B" of "z.B."
            after_number = bool(_NUMBER_BEFORE.search(text, max(0, span.start - 20), span.start))
            if entry is not None and not self._applies(text, span, entry, after_number, ctx):
                continue
            if covered is None:
                covered = untranslated_spans(doc, ctx, UntranslatedSentence.Options())
            if any(c.overlaps(span) for c in covered):
                continue  # part of an untranslated sentence (which "z. B." may split in two)
            listed.append(span)
            if entry is None:  # a class of abbreviations ("Mo.-Fr."): the message says what to write
                yield Hit(span, message)
                continue
            english = entry.get("after_number", entry["en"]) if after_number else entry["en"]
            if text[span.start].isupper() and entry["form"][:1].islower():
                english = english[:1].upper() + english[1:]
            fix = Fix((Edit(span, english),), safe=True, description=f'write "{english}"') \
                if entry.get("safe") else None
            yield Hit(span, f'{message}: English "{english}"', english, fix)
        yield from self._by_shape(doc, ctx, res.language, listed, covered)

    @staticmethod
    def _applies(text: str, span: Span, entry: dict, after_number: bool, ctx: Context) -> bool:
        """Does the entry's form at ``span`` read as the abbreviation here (by the entry's conditions)?"""
        if entry.get("only_after_number") and not after_number:
            return False
        if entry.get("before_name") and not _NAME_AFTER.match(text, span.end):
            return False  # "PHM Müller", not "the PHM lecture" nor "POM juice"
        if (entry.get("after_ordinal") or entry.get("housing") or entry.get("league") or entry.get("recipe")) \
                and not _in_context(text, span, entry, pack_contexts(ctx.pack)):
            return False  # "the 2. BL", "the flat in the DG"; not "the DG for Competition"
        if entry.get("before_number") and not _NUMBER_AFTER.match(text, span.end):
            return False  # "Gl. 7", "HRB 12345", "KW 12"; not "the KW rating"
        if entry.get("after_article") and not _ARTICLE_BEFORE.search(text, max(0, span.start - 14), span.start):
            return False  # "the AR approved", not "the new AR headset"
        if entry.get("sentence") \
                and not sentence_has(text, span.start, span.end, pack_contexts(ctx.pack)[entry["sentence"]]):
            return False  # "The AR approved the merger" (a board); not "AR glasses"
        if entry.get("skip_before_year") and _before_year(text, span.end):
            return False
        if entry.get("before_place"):
            if not _court_before_place(text, span, residue(ctx.pack).place_words):
                return False  # "LG Electronics", "Siemens AG", "AG Garland"; not "LG Frankfurt"
        elif _english_word(entry["form"]) and not _SENTENCE_GOES_ON.match(text, span.end) \
                and not any(entry.get(k) for k in _CONTEXT_KEYS):
            return False  # "she changed her mind.", "a hidden gem."; "POR Klein", "top of the OL," have their context
        # A court's acronym in parentheses is a gloss after the English name ("the Federal Constitutional
        # Court (BVerfG)"); a term's is left over from the source ("local public transport (ÖPNV)").
        # A body's acronym (`gloss`: English has none of its own, unlike "EKR" for the ECR) explained by an
        # English noun, as the general acronym rule's are: "the VVS transport association", "the insurer DAK"
        if entry.get("gloss") and ctx.pack.source and acronym_form(entry["form"]) \
                and explained_by_noun(text, span.start, span.end, acronym_lists(ctx.pack.source)):
            return False
        return not (entry.get("gloss") and (_parenthesised(text, span) or glossed_in_document(text, entry["form"])))

    @staticmethod
    def _by_shape(doc: Document, ctx: Context, language: str, listed: list[Span],
                  covered: list[Span] | None) -> Iterator[Hit]:
        """Abbreviations the pack does not list: a stem that starts a frequent source-language word
        and is rare on its own ("jährl.", "Einw."), cut off by a full stop while the sentence goes on."""
        source = ctx.pack.source
        if not source or source == ctx.pack.target:
            return
        text = doc.text
        for stop in _STOP_GOES_ON.finditer(text):
            m = _STEM_BEFORE.search(text, max(0, stop.start() - 17), stop.start())
            if m is None:
                continue
            start = hyphenated_start(text, m.start(), m.group())  # "NR-Fzg.": a consonant stem after a hyphen
            if start and (text[start - 1].isalnum() or text[start - 1] in "_.'’-"):
                continue  # no word, a longer word, or part of a dotted or hyphenated one
            stem = m.group()
            span = Span(start, stop.end())
            if any(s.overlaps(span) for s in listed) or is_english_word(stem):
                continue
            en = zipf(stem, "en")
            if (en >= _ENGLISH_ZIPF or not cut_off_word(stem, source)) and not _consonant_stem(stem, source, en) \
                    and (en >= _ENGLISH_ZIPF or not compound_tail(stem, source)):  # "Sitzhzg.", "Fraktionsvors."
                continue
            if covered is None:
                covered = untranslated_spans(doc, ctx, UntranslatedSentence.Options())
            if any(c.overlaps(span) for c in covered):
                continue
            yield Hit(span, f'"{stem}." looks like a {language} abbreviation (a cut-off {language} word): '
                            "write the word out in English")


_VOWELS = frozenset("aeiouyäöüAEIOUYÄÖÜ")
_CONSONANT_STEM_MAX_EN = 3.0  # "mtl" 2.5 in English (a code), 2.9 in German; "hrs", "wks", "govt" are English
_CONSONANT_STEM_MARGIN = 0.3


def _consonant_stem(stem: str, source: str, en: float) -> bool:
    """"mtl." (monatlich), "Wfl." (Wohnfläche), "Ztr.": an abbreviation of consonants only that the
    source language writes more than English ("hrs.", "wks.", "govt.", "pct." are English)."""
    if len(stem) > 5 or not _VOWELS.isdisjoint(stem) or en >= _CONSONANT_STEM_MAX_EN:
        return False
    return zipf(stem, source) - en >= _CONSONANT_STEM_MARGIN


_PLACE_AFTER = lazy_compile(r" ([A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)(?![\w-])")
_WORD_ENDS_BEFORE = lazy_compile(r"([^\W\d_][\w.&-]*)\s+$")
_PLACE_MARGIN = 0.5  # a town name is this much more frequent (Zipf) in German than in English
_PLACE_MIN_ZIPF = 3.0
_PLACE_UNKNOWN_MIN_ZIPF = 2.0  # a town English word lists lack (Zipf 0) counts from this frequency in German


def _court_before_place(text: str, span: Span, exonym_words: frozenset[str]) -> bool:
    """"LG Frankfurt", "AG München", "the LG Munich": a court acronym before a German town, not after
    a name ("Siemens AG Munich") nor before an English word or a person ("LG Electronics", "AG Barr")."""
    m = _PLACE_AFTER.match(text, span.end)
    if m is None:
        return False
    before = _WORD_ENDS_BEFORE.search(text, max(0, span.start - 30), span.start)
    if before is not None and before.group(1)[:1].isupper() and before.group(1).lower() not in _LEADS_TO_COURT \
            and not _SENTENCE_END.search(before.group(1)):
        return False  # after a company or person's name
    # "AS Würzburg-Heidingsfeld": a town and its quarter are judged by the town
    return any(_german_place(place, exonym_words) for place in dict.fromkeys((m.group(1), m.group(1).split("-")[0])))


def _german_place(place: str, exonym_words: frozenset[str]) -> bool:
    if place in exonym_words:
        return True
    de, en = zipf(place, "de"), zipf(place, "en")
    if en == 0.0 and de >= _PLACE_UNKNOWN_MIN_ZIPF:
        return True  # a small town English does not know ("AS Kiefersfelden")
    return de >= _PLACE_MIN_ZIPF and de - en >= _PLACE_MARGIN and not is_english_word(place)


_CONTEXT_KEYS = ("before_name", "after_ordinal", "housing", "league", "recipe", "sentence", "before_number",
                 "only_after_number")


_NAME_AFTER = lazy_compile(r" [A-ZÄÖÜ][a-zäöüß]+(?!\w)")
_NUMBER_AFTER = lazy_compile(r"\s?\d")  # `before_number`: a reference word before its number ("Gl. 7", "KW 12")
_ORDINAL_BEFORE = lazy_compile(r"(?<![\d.,])\d{1,2}\. ?$")
_ARTICLE_BEFORE = lazy_compile(r"(?<!\w)(?:the|The) (?:(?:Swiss|Austrian|German) )?$")  # "the Swiss SEM"


def _in_context(text: str, span: Span, entry: dict, contexts: Contexts) -> bool:
    """Does one of the entry's contexts hold: after an ordinal, in a sentence about a flat or a house,
    after "the" in a sentence about football, in a recipe (the pack's ``[abbreviation_contexts]``)?"""
    if entry.get("after_ordinal") and _ORDINAL_BEFORE.search(text, max(0, span.start - 5), span.start):
        return True
    if entry.get("housing") and sentence_has(text, span.start, span.end, contexts["housing"]):
        return True
    if entry.get("league") and _ARTICLE_BEFORE.search(text, max(0, span.start - 4), span.start) \
            and not _NAME_AFTER.match(text, span.end) and sentence_has(text, span.start, span.end, contexts["league"]):
        return True
    return bool(entry.get("recipe")) and sentence_has(text, span.start, span.end, contexts["recipe"])


_SENTENCE_END = lazy_compile(r"[.!?]$")
# Capitalised at the start of a sentence, these still lead to a court: "The LG Frankfurt ruled".
_LEADS_TO_COURT = frozenset({"the", "a", "at", "by", "before", "from", "in", "to", "of", "with", "and", "or",
                             "but", "then", "now", "also", "only", "since", "after", "according", "for"})


def _parenthesised(text: str, span: Span) -> bool:
    return span.start > 0 and text[span.start - 1] == "(" and text[span.end:span.end + 1] in (")", ",", ";")


def _before_year(text: str, end: int) -> bool:
    """"ca. 1850" (circa, a year), not "ca. 1500 visitors" (a number of things)."""
    m = _YEAR_AFTER.match(text, end)
    if m is None:
        return False
    after = m.group(2)
    if after is None or not after.islower():
        return True
    tags = pos_tags(after)
    return not (after in _COUNTED or ("NOUN" in tags and "ADV" not in tags))


@functools.lru_cache(maxsize=256)
def _english_word(form: str) -> bool:
    """Is the abbreviation without its full stop an English word ("mind.", "gem.", "Tel.")?"""
    bare = form.rstrip(".")
    return bare.isalpha() and (is_english_word(bare) or zipf(bare, "en") >= 3.5)


RULES = (UntranslatedAbbreviation,)
