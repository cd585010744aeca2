"""German statute, regulation and social-insurance abbreviations left in English text, for MT503 through
``abbreviation_classes.class_hits``.

German law names are compounds whose abbreviation keeps a capitalised stem fragment and ends in the
kind of instrument: G (Gesetz: "BJagdG", "MitbestG", "LadSchlG"), V/VO (Verordnung: "WoFlV", "StVO"),
O (Ordnung: "GewO", "InsO"), B/GB (Buch: "BauGB", "ABGB"), StV (Staatsvertrag: "GlüStV"). The shape is
productive, so no list can hold them all; English names the law ("the Federal Hunting Act"). Found:

- mixed case ("BJagdG", "HeizkostenV", "AktG"): the shape and a legal or benefits word anywhere in the
  sentence (under, breach, court, section, amendment, pension, tax ...: "the tax on electricity is set in the
  StromStG");
- all capitals ("the KAG", "the ZPO", "the ABGB"): English writes such acronyms too (the WTO, the NLRB,
  the ADA), so only right after a legal cue and "the" ("under the KAG", "in breach of the UWG"), or, ending
  in V (Versicherung, Verband), after "the" in a benefits sentence ("The DRV rejected her pension claim");
- the social code's books by number ("SGB II", "SGB XII") and unemployment benefit I/II ("ALG II");

English hardly writes any of them (Zipf < 2 in English, German at least as frequent for the capitals).
Not: an explained one (in parentheses, before one, next to "act", "law", "code"; once anywhere in the
document), a citation after a section number ("§ 312d BGB", "Section 130 StGB": English legal writing
keeps those), part of a compound or code ("B-VG", "StVO-compliant"), a name before a name ("VfB
Stuttgart"), sports clubs ("TSV", "FSV": Sportverein), Landesbanken ("NordLB"), channels ("ServusTV"),
legal forms ("PartG", "VVaG": left to the legal-form test), oxides ("MgO").
"""
from __future__ import annotations

import functools
import re
from typing import Iterator

from mtcheck.lang.wordstats import is_english_word, zipf
from mtcheck.rules.abbreviation_acronyms import acronym_lists
from mtcheck.rules.abbreviation_contexts import sentence_has
from mtcheck.rules.abbreviation_glosses import explained_acronym
from mtcheck.text.lazy_regex import lazy_compile

# A capital G, V, O or B ending a word after a letter: the scan looks back from there (one literal scan
# each, which the regex engine skips to quickly, unlike a character set).
_ENDS = tuple(re.compile(c + r"(?<=[^\W\d_]" + c + r")(?![\w'’-])") for c in "GVOB")
_ENGLISH_ZIPF = 2.0  # GwG 1.94, BGB 1.81, MRG 1.75; MgO 2.16, MiG 3.1, the NLRB 2.7, the WTO 3.2
_NOT_BEFORE = "-./@_#&+\\'’"
_CAPS_ENDS = ("G", "V", "GB", "VO", "PO")  # the KAG, the AWV, the ABGB, the ZPO
_CAPS_MARGIN = 0.6  # KAG 0.8, DRV 0.9, BGB 2.3 more frequent in German; the CISG 0.55, the SWG 0.2
_CAPS_G_MARGIN = 0.25  # a law (Gesetz) after a legal cue: BEEG 0.28, KSG 0.47; the SWG 0.2 (the CISG: kept)
_NOT_STATUTE_END = ("aG", "LB", "TV", "SV")  # "VVaG" (a legal form), Landesbanken, channels, sports clubs
_FUER = lazy_compile(r"[A-ZÄÖÜ]f[A-ZÄÖÜ]")  # "VfB", "BfV": für (a club, an office), no law
_OXIDE = lazy_compile(r"[A-Z][a-z]?O")  # "MgO", "ZnO", "CaO"
# Words of a legal or a benefits sentence: a mixed-case statute needs one of them in its sentence.
_LEGAL = lazy_compile(
    r"\b(?:under|breach\w*|violat\w+|invok\w+|governed|set out|pursuant|accordance|according to|compl(?:y|ies|ied|iance)"
    r"|sections?|paragraphs?|articles?|amend\w*|laws?|act|statutes?|statutory|regulat\w*|ordinances?|provisions?"
    r"|clauses?|courts?|ruled?|ruling|judges?|lawsuits?|sued?|fined?|fines|liable|liability|offen[cs]es?"
    r"|illegal\w*|legal\w*|lawful\w*|exempt\w*|entitle\w*|bann?(?:ed|s)?|prohibit\w*|restrict\w*|requirements?"
    r"|rules|standards|tax(?:es|ed|ation)?|levy|levies|levied|imposed|oblig\w+|requir\w+|guarantee\w*|in force|permits?|licen[cs]e[sd]?|benefits?"
    r"|pensions?|insur\w+|allowances?|contributions?|claims?|disabilit\w+|jobseekers?|job cent(?:re|er)|care level"
    r"|reforms?|ratif\w+|covered by|limit(?:s|ed)? by|into (?:force|effect))\b|§",
    re.IGNORECASE)
# A legal cue right before "the": an all-capital statute ("under the KAG", "in breach of the UWG"); not after
# a section number ("Section 312d of the BGB": the big all-capital codes are cited so in English legal writing).
_CAPS_CUE = lazy_compile(
    r"\b(?<!\d )(?<!\d[a-z] )(?:under|breach(?:ed|es)?(?: of)?|violat\w+|in violation of|invok\w+|infring\w+|contraven\w+"
    r"|(?:governed|regulated|covered|required|permitted|prohibited|banned) by|set out in|pursuant to|accordance with"
    r"|compl(?:y|ies|ied|iance) with|amend\w*(?: to| of)?|(?:provisions|requirements|reform) of|appl(?:y|ies|ied)"
    r"|(?:regulated|laid down|enshrined|stipulated|defined|anchored|provided for) in|(?:ruled|held|found|declared) that)"
    r" the $", re.IGNORECASE)
_THE = lazy_compile(r"\b[Tt]he $")
# Round 18: a law entering into force ("The KHVVG is to come into force"), a new law ("the new FEG")
_FORCE_AFTER = lazy_compile(r"(?: (?:is|was|will|has|had|have|would|is due|is set|is to|are to|was to)){0,2}"
                            r" (?:come|came|comes|coming|enter(?:s|ed)?|took|takes|taken) (?:into )?(?:force|effect)\b")
_NEW_BEFORE = lazy_compile(r"\b[Tt]he (?:new|planned|amended|revised|draft) $")
_CAPS_PREFIX = lazy_compile(r"(?<![\w-])[A-Z]{2,4}-$")  # a prefix of capitals before a law's letters
_HYPHEN_TAIL = lazy_compile(r"[A-ZÄÖÜ][a-zäöü]{1,3}(?:[A-ZÄÖÜ][a-zäöü]{0,3})*[GVOB]")  # "SiG", "KritisV"
_BENEFITS = lazy_compile(r"\b(?:benefits?|pensions?|insur\w+|allowances?|contributions?|disabilit\w+|disabled"
                         r"|jobseekers?|job cent(?:re|er)|unemploy\w+|care|welfare|claimants?|recipients?|entitle\w*)\b",
                         re.IGNORECASE)
# The social code's books ("SGB II", "SGB-XII") and unemployment benefit ("ALG II", "ALG I").
_BOOK = lazy_compile(r"(?<![\w-])SGB[ -]?(?:XIV|XIII|XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)(?![\w-])")
_ALG = lazy_compile(r"(?<![\w-])ALG[ -]?(?:II|I|2|1)(?![\w-])")
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV")
# The tokens as the tokenizer writes them ("SGB", "SGB-XII", "ALG-II"), tested with the pack's shapes at no
# extra cost: the scans run only where one is found.
_BOOK_TOKENS = frozenset({"SGB"} | {f"SGB{sep}{r}" for sep in ("", "-") for r in _ROMAN})
_ALG_TOKENS = frozenset({"ALG"} | {f"ALG{sep}{r}" for sep in ("", "-") for r in ("I", "II", "1", "2")})
STATUTE_TOKENS = _BOOK_TOKENS | _ALG_TOKENS
_CITATION_BEFORE = lazy_compile(r"(?:\d[a-z]?|[IVX]+),?\s+$")  # "§ 312d BGB", "Art. 5 II GG"
_LAW_NOUNS = frozenset({"act", "acts", "law", "laws", "code", "codes", "statute", "regulation", "regulations",
                        "ordinance", "decree", "treaty", "directive"})
_WORD_BEFORE = lazy_compile(r"([\w'’]+)\s+$")
_WORD_AFTER = lazy_compile(r"\s+([\w-]+)")
_NAME_BEFORE = lazy_compile(r"[A-Z][\w'’-]*(?:\s+(?:for|of|on|and|the|[A-Z][\w'’-]*)){0,6},\s+(?:the\s+)?$")
_APPOSITION = lazy_compile(r",\s+(?:the|a|an|which|Germany's|Austria's)\s((?:[\w'’-]+\s+){0,5}[\w-]+)")
_NAME_AFTER = lazy_compile(r" [A-ZÄÖÜ][a-zäöüß]")
# ", the insurer said", ", the Supreme Court in Vienna ruled": who said it, no apposition to the acronym
_REPORTING_AFTER = lazy_compile(r",\s+the\s+(?:[\w'’-]+\s+){1,5}(?:said|says|ruled|rules|found|finds|reported|announced"
                                r"|added|stated|confirmed|wrote|argued|decided)\b")


def statute_hits(text: str, source: str | None, tokens: set[str] | frozenset[str]) -> Iterator[tuple[int, int, str]]:
    """(start, end, message) of each unexplained statute, social-code or benefit abbreviation; ``tokens``:
    those of ``STATUTE_TOKENS`` the document holds."""
    if source != "de":
        return
    found: list[tuple[int, int, str, str]] = []
    n = len(text)
    for end in sorted(m.end() for pattern in _ENDS for m in pattern.finditer(text)):
        start = end - 1
        while start and text[start - 1].isalpha():
            start -= 1
        kind = _statute_shape(text[start:end], source) if 3 <= end - start <= 16 else None
        if start > 2 and text[start - 1] == "-" and _HYPHEN_TAIL.fullmatch(text, start, end):
            prefix = _CAPS_PREFIX.search(text, max(0, start - 6), start)  # "IT-SiG", "BSI-KritisV"
            start, kind = (prefix.start(), "mixed") if prefix is not None else (start, kind)
        if kind is None or (start and (text[start - 1] in _NOT_BEFORE or text[start - 1].isdigit())):
            continue
        if end < n and text[end] == "." and text[end + 1:end + 2].isalnum():
            continue  # "x.BauGB.de"
        if _NAME_AFTER.match(text, end):
            continue  # "VfB Stuttgart", "NordLB Chief": a name's part
        if kind == "mixed" and (text.endswith("StV", 0, end) or sentence_has(text, start, end, _LEGAL)) \
                or kind == "caps" and (_CAPS_CUE.search(text, max(0, start - 40), start) or _FORCE_AFTER.match(text, end)
                                       or text[end - 1] == "G" and _NEW_BEFORE.search(text, max(0, start - 12), start)):
            found.append((start, end, text[start:end], "statute"))
        elif kind == "caps" and text[end - 1] == "V" and _THE.search(text, max(0, start - 4), start) \
                and sentence_has(text, start, end, _BENEFITS):
            found.append((start, end, text[start:end], "insurance"))  # "The DRV rejected her pension claim"
    if not tokens.isdisjoint(_BOOK_TOKENS):
        found += [(m.start(), m.end(), m.group(), "book") for m in _BOOK.finditer(text)]
    if not tokens.isdisjoint(_ALG_TOKENS):
        found += [(m.start(), m.end(), m.group(), "benefit") for m in _ALG.finditer(text)]
    if not found:
        return
    found = [f for f in found if not any(g[0] <= f[0] and f[1] <= g[1] and g[1] - g[0] > f[1] - f[0] for g in found)]
    # explained at any of its mentions, found or not; an all-capital one also where the acronym test finds
    # it explained ("the PKV, the private insurer")
    lists = acronym_lists(source)
    explained = {word for word in {f[2] for f in found}
                 for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text)
                 if _explained(text, m.start(), m.end())
                 or (word.isupper() and not _REPORTING_AFTER.match(text, m.end())
                     and explained_acronym(text, m.start(), m.end(), lists))}
    for start, end, word, kind in found:
        if word in explained:
            continue
        what = "social code" if kind == "book" else "benefit" if kind == "benefit" else \
            "social-insurance" if kind == "insurance" else "statute"
        yield (start, end, f'German {what} abbreviation "{word}" left unexplained: write the English name '
               "(the abbreviation may follow it in parentheses)")


@functools.lru_cache(maxsize=4096)
def _statute_shape(word: str, source: str) -> str | None:
    """"mixed" ("BJagdG", "InsO"), "caps" ("KAG", "ABGB") or None: the shape of a law's abbreviation that
    English does not write."""
    if not word[0].isupper() or word.endswith(_NOT_STATUTE_END) or _FUER.fullmatch(word) or _OXIDE.fullmatch(word):
        return None
    lists = acronym_lists(source)
    if word in lists.kept or word in lists.legal_forms or is_english_word(word):
        return None
    en = zipf(word, "en")
    if en >= _ENGLISH_ZIPF:
        return None
    if word.isupper():  # English boards and offices end in B and O (the EDPB, the SFO): Gesetz, Verordnung only
        if len(word) > 5 or not word.endswith(_CAPS_ENDS):
            return None
        margin = zipf(word, source) - en
        if word.endswith("G") and (margin >= _CAPS_G_MARGIN or en == 0.0):
            return "caps"  # "the BEEG" (0.3), "the KSG" (0.5); "the TDDDG" (a new law wordfreq lacks)
        return "caps" if margin >= _CAPS_MARGIN else None
    if sum(c.isupper() for c in word) < 2 or not word.isalpha():
        return None
    return "mixed"


def _explained(text: str, start: int, end: int) -> bool:
    """In parentheses or before them, cited after a section number, next to a law noun, or followed by an
    apposition naming the law ("the BJagdG, the federal hunting law, ...")."""
    if (start and text[start - 1] == "(") or text[end:end + 2] == " (" or text[end:end + 1] == ")":
        return True
    if _CITATION_BEFORE.search(text, max(0, start - 8), start):
        return True
    before = _WORD_BEFORE.search(text, max(0, start - 20), start)
    if before is not None and before.group(1).lower() in _LAW_NOUNS:
        return True
    after = _WORD_AFTER.match(text, end)
    if after is not None and after.group(1).lower() in _LAW_NOUNS:
        return True
    name = _NAME_BEFORE.search(text, max(0, start - 80), start)
    if name is not None and not _LAW_NOUNS.isdisjoint(re.findall(r"\w+", name.group().lower())):
        return True  # "the Works Constitution Act, the BetrVG, ..."
    apposition = _APPOSITION.match(text, end)
    return apposition is not None and not _LAW_NOUNS.isdisjoint(apposition.group(1).lower().split())
