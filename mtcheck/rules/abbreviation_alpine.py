"""Austrian and Swiss acronyms and service-page cuts by their shape (round 21), for MT503 through
``abbreviation_classes.class_hits``. The knowledge (which acronyms, which parties, what marks a text as
Austrian or Swiss) is in the pack: ``[acronyms]`` ``alpine_bodies``, ``alpine_marked``, ``alpine_laws``,
``alpine_roles``, ``alpine_parties``, ``body_values`` and the ``austro_swiss`` context.

- a body after "the" ("the RTR", "insured with the BVAEB", "the Swiss GDK"): ``alpine_bodies`` are Austrian and
  Swiss authorities, insurers, universities and funds whose letters English hardly uses for anything else;
  ``alpine_marked`` ones share their letters with English bodies or words (the FMA of New Zealand, the US VA,
  the WTO's DSB, a GPA, Western Union's WU, an aviation VOR, an EO = executive order) and count only in a text
  that names Austria or Switzerland, one of their towns, regions, parties or the franc;
- a law in a law frame ("Article 271 of the OR", "Art. 5 of the DSG", "under the MRG", "subject to NoVA") or
  after "the" ("the MRG does not apply"): ``alpine_laws``, those also in ``alpine_marked`` only with the marker;
  "OR" (Obligationenrecht) only after "Article N of the", never "the OR" (an operating room);
- a party's parliamentary role ("the KO of the FPÖ", "the ÖVP KO": Klubobmann), not a knock-out;
- one of Vienna's municipal departments, "MA" and one or two digits after "the" or "Vienna's" ("the MA 35";
  not "an MA in history", "Boston, MA 02115");
- a body value after a possessive ("his BZ", Blutzucker; not "the BZ", a newspaper).

Not: an acronym explained in the document (in parentheses, before one, next to a noun that says what it is),
part of a longer word or code ("RAV4", "VOR-approach"), next to another capital word (a heading) or before a
name. US English writes EKG for the electrocardiogram: left alone.
"""
from __future__ import annotations

import functools
import re
from typing import Iterator, NamedTuple

from mtcheck.rules.abbreviation_acronyms import acronym_lists, in_capitals_or_name
from mtcheck.rules.abbreviation_contexts import Contexts
from mtcheck.rules.abbreviation_glosses import explained_acronym, glossed_in_document
from mtcheck.text.lazy_regex import lazy_compile


class AlpineLists(NamedTuple):
    bodies: frozenset[str]
    marked: frozenset[str]
    laws: frozenset[str]
    roles: frozenset[str]
    parties: frozenset[str]
    body_values: frozenset[str]
    article_only: frozenset[str]
    words: frozenset[str]  # all the listed acronyms
    mixed: tuple[str, ...]  # those with a lower-case second letter ("NoVA") and the body values, found literally
    role: re.Pattern[str]


@functools.lru_cache(maxsize=4)
def alpine_lists(source: str) -> AlpineLists:
    from mtcheck.packs import Pack  # late: packs import nothing of the rules

    t = Pack(source, "en").table("untranslated").get("acronyms", {})
    sets = [frozenset(t.get(k, ())) for k in
            ("alpine_bodies", "alpine_marked", "alpine_laws", "alpine_roles", "alpine_parties", "body_values",
             "alpine_article_only")]
    words = sets[0] | sets[1] | sets[2] | sets[5]
    roles = "|".join(map(re.escape, sorted(sets[3], key=len, reverse=True))) or "(?!)"
    parties = "|".join(map(re.escape, sorted(sets[4], key=len, reverse=True))) or "(?!)"
    role = re.compile(rf"(?<![\w.-])(?:(?:{parties}) (?P<a>{roles})|(?P<b>{roles}) of the (?:{parties}))(?![\w-])")
    mixed = sets[5] | {w for w in words if not w[1:2].isupper()}
    return AlpineLists(*sets, words, tuple(sorted(mixed)), role)


_MARKER_WINDOW = 1500
_AFTER_THE = lazy_compile(r"he (?:(?:Austrian|Swiss|Viennese|new|federal|cantonal|revised|amended) )?"
                          r"([A-ZÄÖÜ][A-ZÄÖÜ][A-Za-zÄÖÜ]{0,4})(?![\w&/-]|[.'’]\w)")


@functools.lru_cache(maxsize=64)
def _word(word: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w.&/-]){re.escape(word)}(?![\w&/-]|[.'’]\w)")
_THE_BEFORE = lazy_compile(r"(?<!\w)(?:the|The)(?: (?:Austrian|Swiss|Viennese|new|federal|cantonal|revised|amended))? $")
_LAW_FRAME = lazy_compile(r"(?:(?<!\w)Art(?:icle|\.) ?\d+[a-z]?(?: (?:para(?:graph)?\.?|sec(?:tion)?\.?) ?\d+)? of the"
                          r"|(?<!\w)[Uu]nder the|(?<!\w)[Uu]nder|breach of the|pursuant to the|subject to(?: the)?|(?<!\w)pay|(?<!\w)paid"
                          r"|amendment to the|reform of the)(?: new| revised| amended)? $")
_ARTICLE_FRAME = lazy_compile(r"(?<!\w)Art(?:icle|\.) ?\d+[a-z]?(?: (?:para(?:graph)?\.?|sec(?:tion)?\.?) ?\d+)? of the $")
_POSSESSIVE_BEFORE = lazy_compile(r"(?<!\w)(?:his|her|my|your|their|our|[Hh]is|[Hh]er|My|Your|Their|Our)"
                                  r"(?: (?:morning|fasting|evening))? $")
_MUNICIPAL = lazy_compile(r"(?<= )MA ?(\d{1,2})(?![\d.,]\d|[\w-])")
_ROAD_AFTER = lazy_compile(r" (?:[Hh]ighway|[Rr]oute|[Rr]oad|[Tt]urnpike|[Aa]ve)")
_MUNICIPAL_BEFORE = lazy_compile(r"(?<!\w)(?:the|The|Vienna's) $")


def alpine_hits(text: str, source: str | None, contexts: Contexts) -> Iterator[tuple[int, int, str]]:
    """(start, end, message) of each Austrian or Swiss acronym and cut found by its shape in ``text``."""
    if source != "de":
        return
    lists = alpine_lists(source)
    yield from _listed(text, source, lists, contexts)
    if "KO" in text:
        for m in lists.role.finditer(text):
            g = "a" if m.group("a") else "b"
            yield (m.start(g), m.end(g), f'German parliamentary role "{m.group(g)}" (Klubobmann): English '
                   '"parliamentary group leader"')
    if "MA" in text:
        for m in _MUNICIPAL.finditer(text):
            if _MUNICIPAL_BEFORE.search(text, max(0, m.start() - 8), m.start()) and not _ROAD_AFTER.match(text, m.end()):
                yield (m.start(), m.end(), f'Vienna\'s municipal department "{m.group()}" (Magistratsabteilung) '
                       'left unexplained: name the office in English ("the immigration office, MA 35")')


def _listed(text: str, source: str, lists: AlpineLists, contexts: Contexts) -> Iterator[tuple[int, int, str]]:
    """The pack's Austrian and Swiss bodies, laws and body values in their frames."""
    # the frames of capitals end in "the " ("the RTR", "Article 271 of the OR"): a literal scan for "he " first;
    # mixed-case ones ("subject to NoVA") and body values ("his BZ") by a literal test each
    spans = [m.span(1) for m in _AFTER_THE.finditer(text) if m.group(1) in lists.words]
    spans += [m.span() for w in lists.mixed if w in text for m in _word(w).finditer(text)]
    for start, end in spans:
        word = text[start:end]
        before = text[max(0, start - 48):start]
        kind = None
        if word in lists.body_values:
            if _POSSESSIVE_BEFORE.search(before):
                kind = "value"
        elif word in lists.laws and _LAW_FRAME.search(before):
            kind = "law"
        elif _THE_BEFORE.search(before) and (word in lists.bodies or word in lists.marked or word in lists.laws):
            kind = "law" if word in lists.laws else "body"
        if kind is None or (word in lists.article_only and not _ARTICLE_FRAME.search(before)):
            continue  # a law English reads as a word elsewhere ("the OR"): only "Article N of the OR"
        if word in lists.marked and not _ARTICLE_FRAME.search(before) \
                and not contexts["austro_swiss"].search(text, max(0, start - _MARKER_WINDOW), end + _MARKER_WINDOW):
            continue  # a marker within an article's reach, not anywhere in a book
        if in_capitals_or_name(text, start, end) or glossed_in_document(text, word) \
                or explained_acronym(text, start, end, acronym_lists(source)):
            continue
        what = {"value": "medical", "law": "Austrian or Swiss law", "body": "Austrian or Swiss body"}[kind]
        yield (start, end, f'{what} acronym "{word}" left unexplained: write the English name (the acronym may '
                           'follow it in parentheses)')
