"""German abbreviations of classified adverts, tourism, universities, schools, churches and sport left in
English text (round 12), for MT503 through ``abbreviation_classes.class_hits`` (and two shape tests that
``untranslated_abbreviation`` and ``abbreviation_acronyms`` ask):

- car adverts' dotted compounds cut down to a consonant skeleton: a German word and the consonants of a
  German abbreviation ("Sitzhzg.", "Standhzg.", "Nichtraucherfzg.": Heizung Hzg, Fahrzeug Fzg), which no
  English word ends in (``consonant_tail``); an abbreviated pair before a German noun ("So.+Wi.-Reifen",
  "Wi.-Reifen": English writes "summer and winter tyres");
- a cut-off German word before a dotted title ("Ärztl. Dir.", "Kaufm. Dir."; not "Exec. Dir.");
- a car advert's exchange engine before its mileage ("ATM at 120,000 km"; not the cash machine);
- hotel board and room shorthand: "with HP", "incl. VP", "with ÜF" (Halbpension, Vollpension, Übernachtung
  mit Frühstück) in a sentence about a hotel stay (English writes "HB", "FB", "B&B"); "Du/WC", "Bad/WC";
- academic shorthand: "c.t."/"s.t." after a time ("at 10 c.t.": cum/sine tempore); Latin faculty
  abbreviations after an Austrian or Swiss degree ("Mag. pharm.", "lic. iur."); gendered titles ("Prof.in",
  "Dr.in"); camel-case pairs German writes for student jobs and nurseries ("HiWi", "WiMis", "KiGa") and
  mixed-case acronyms with an umlaut English never writes ("FöS") (``german_mixed``);
- school courses: "as a GK", "as an LK" (Grundkurs, Leistungskurs) in a sentence about school subjects;
- school, church and sport bodies by their German acronym after "the", in a sentence about a school, a
  church or a sport ("The SMV organised ...", "The PGR of St. Martin ...", "The BDR suspended the rider"):
  frequencies too close to English for the general acronym test, so the sentence must say what kind of
  body it is (and inside a sentence the acronym must be clearly more German than English); a sport body
  must start like a German national one (D Deutscher, B Bund, Ö Österreichischer: international ones, the
  EHF, the IHF, the FIH, are English news' own). Explained ones stay quiet.
"""
from __future__ import annotations

import functools
import re
from typing import Iterator

from mtcheck.lang.word_prefixes import cut_off_word
from mtcheck.lang.wordstats import is_english_word, zipf
from mtcheck.rules.abbreviation_acronyms import acronym_lists
from mtcheck.rules.abbreviation_contexts import Contexts, sentence_has
from mtcheck.rules.abbreviation_glosses import explained_acronym
from mtcheck.rules.abbreviation_titles import faculties_end
from mtcheck.text.lazy_regex import lazy_compile


# The tokens (as the tokenizer writes them) that send each scan looking: the document's sentences are tested
# for them with the pack's shapes at no extra cost, cheaper than a substring test of the text each.
_TOURISM_TOKENS = frozenset({"HP", "VP", "ÜF", "ATM", "WC"})
_GENDERED_TOKENS = frozenset({"Prof", "Dr", "DDr", "Mag", "MMag", "DI", "Ing"})
_ACADEMIC_TOKENS = _GENDERED_TOKENS | {"t", "lic", "Lic"}
_COURSE_TOKENS = frozenset({"GK", "LK"})
_PAIR_TOKENS = frozenset({"-", "+", "/"})
SECTOR_TOKENS = _TOURISM_TOKENS | _ACADEMIC_TOKENS | _COURSE_TOKENS | _PAIR_TOKENS


def sector_hits(text: str, source: str | None, tokens: set[str] | frozenset[str],
                contexts: Contexts) -> Iterator[tuple[int, int, str]]:
    """(start, end, message) of each abbreviation of the kinds above in ``text``; ``tokens``: those of
    ``SECTOR_TOKENS`` the document holds; ``contexts``: the pack's sentence contexts ("hotel",
    "school_subjects", "schooling", "church", "sport")."""
    if source != "de":
        return
    if not tokens.isdisjoint(_TOURISM_TOKENS):
        yield from _tourism(text, contexts)
    if not tokens.isdisjoint(_ACADEMIC_TOKENS):
        yield from _academic(text, tokens)
    yield from _bodies(text, source, contexts)
    if not tokens.isdisjoint(_COURSE_TOKENS):
        yield from _courses(text, contexts)
    if not tokens.isdisjoint(_PAIR_TOKENS) and (".-" in text or ".+" in text or "./" in text):
        yield from _abbreviated_pairs(text, source)
    yield from _cut_off_before_title(text, source)


# --- car adverts: consonant skeletons (called from MT503's shape test of cut-off words) --------------------
_VOWELS = frozenset("aeiouyäöüAEIOUYÄÖÜ")
_SKELETON_MIN_ZIPF = 1.5  # "Hzg" 1.7, "Fzg" 1.7 in German
_SKELETON_MAX_EN = 1.0  # English hardly writes it ("Str" 3.3, "Pl" 3.9: streets and places stay quiet)
_PREFIX_MIN_ZIPF = 2.5  # "Sitz" 4.6, "Stand" 5.4, "Nichtraucher" 3.4


@functools.lru_cache(maxsize=2048)
def consonant_tail(stem: str, source: str) -> bool:
    """"Sitzhzg" (Sitzheizung), "Nichtraucherfzg" (Nichtraucherfahrzeug): a German word and three or four
    consonants that German writes as an abbreviation and English does not."""
    for cut in range(max(2, len(stem) - 4), len(stem) - 2):
        tail = stem[cut:]
        if not _VOWELS.isdisjoint(tail):
            continue
        skeleton = tail[:1].upper() + tail[1:]
        if zipf(skeleton, source) >= _SKELETON_MIN_ZIPF and zipf(skeleton, "en") < _SKELETON_MAX_EN \
                and zipf(stem[:cut], source) >= _PREFIX_MIN_ZIPF:
            return True
    return False


def hyphenated_start(text: str, start: int, stem: str) -> int:
    """The start of "NR-Fzg." for its stem "Fzg": a consonant stem after a hyphen and a capitalised word."""
    if start > 1 and text[start - 1] == "-" and _VOWELS.isdisjoint(stem) and text[start - 2].isupper():
        i = start - 1
        while i and text[i - 1].isalpha():
            i -= 1
        return i
    return start


# "So.+Wi.-Reifen", "Wi.-Reifen", "Alu.+Stahl-Felgen": abbreviated words (joined by "+" or "/") before a
# hyphen and a capitalised German noun. (``abbreviation_classes`` finds lower-case ones, "prov.-frei".)
_HYPHEN_NOUN = lazy_compile(r"-(?=[A-ZÄÖÜ][a-zäöüß]{3,20}(?![\w-]))")
_PAIR_BEFORE = lazy_compile(r"(?<![\w.+/-])((?:[^\W\d_]{1,8}\.[+/] ?)?)[^\W\d_]{1,8}(\.?)$")
_NOUN = lazy_compile(r"[A-ZÄÖÜ][a-zäöüß]+")


def _abbreviated_pairs(text: str, source: str) -> Iterator[tuple[int, int, str]]:
    for m in _HYPHEN_NOUN.finditer(text):
        before = _PAIR_BEFORE.search(text, max(0, m.start() - 20), m.start())
        if before is None or not (before.group(1) or before.group(2)):
            continue  # "Wi.-Reifen", "Alu.+Stahl-Felgen"; not "T-Mobile", "Baden-Baden"
        noun = _NOUN.match(text, m.end())
        if not _german_noun(noun.group(), source):
            continue
        yield (before.start(), noun.end(), f'German abbreviated compound "{text[before.start():noun.end()]}": '
               'write the words out in English ("summer and winter tyres")')


@functools.lru_cache(maxsize=1024)
def _german_noun(noun: str, source: str) -> bool:
    """A frequent German noun English does not write ("Reifen", "Felgen"; not "Mexico", "Jean")."""
    de = zipf(noun, source)
    return de >= 3.0 and de - zipf(noun, "en") >= 1.0 and not is_english_word(noun)


# "Ärztl. Dir.", "Kaufm. Dir.", "Techn. Ltg.": a cut-off German word before a dotted capitalised title
# (a literal scan for a full stop before one). English pairs ("Exec. Dir.", "Asst. Dir.") are frequent in
# English or no cut-off German word.
_DOTTED_TITLE_AFTER = lazy_compile(r"\. (?=[A-ZÄÖÜ][a-zäöüß]{1,5}\.)")
_STEM = lazy_compile(r"(?<![\w.'’-])[A-ZÄÖÜ][a-zäöüß]{2,11}$")
_ENGLISH_ZIPF = 2.5


def _cut_off_before_title(text: str, source: str) -> Iterator[tuple[int, int, str]]:
    for m in _DOTTED_TITLE_AFTER.finditer(text):
        stem = _STEM.search(text, max(0, m.start() - 12), m.start())
        if stem is None or not _cut_off(stem.group(), source):
            continue
        end = text.index(".", m.end()) + 1
        yield (stem.start(), end, f'German abbreviated title "{text[stem.start():end]}" (a cut-off German '
               'word): write the post out in English ("medical director")')


@functools.lru_cache(maxsize=1024)
def _cut_off(stem: str, source: str) -> bool:
    return not is_english_word(stem) and zipf(stem, "en") < _ENGLISH_ZIPF and cut_off_word(stem, source)


# --- tourism ------------------------------------------------------------------------------------------------
# (board shorthand stands alone: "with HP from 699 euros"; not "with HP laptops", "with VP approval"; each
# pattern starts with its literal code, which the regex engine skips to quickly)
_BOARD_BEFORE = ("with", r"incl\.", "including", "plus", "and")
_BOARD = tuple(re.compile(code + "(?:" + "|".join(rf"(?<=\b{before} {code})" for before in _BOARD_BEFORE) + ")"
                          r"(?=[,.;:)]|$| (?:from|for|and|or|in|at|is|are|included|costs?|\d))")
               for code in ("HP", "VP", "ÜF"))
# A car advert's exchange engine before its mileage ("ATM at 120,000 km", "ATM 80 tkm": Austauschmotor);
# a cash machine is never thousands of kilometres away.
_ENGINE = lazy_compile(r"ATM(?<![\w-]ATM)(?= (?:at |from |with |after )?(?:\d{1,3}[,.]\d{3} ?km|\d{1,3} ?tkm)\b)")
_BOARD_ENGLISH = {"HP": "half board (HB)", "VP": "full board (FB)", "ÜF": "bed and breakfast (B&B)"}
_SHOWER_WC = lazy_compile(r"(?<![\w/])(?:(?:Du|DU|Dusche|Bad)/WC|WC/(?:Du|DU|Dusche|Bad))(?![\w/])")


def _tourism(text: str, contexts: Contexts) -> Iterator[tuple[int, int, str]]:
    if "ATM" in text:
        for m in _ENGINE.finditer(text):
            yield (m.start(), m.end(), 'German car-advert shorthand "ATM" (Austauschmotor) before a mileage: '
                   'English "replacement engine"')
    for m in (m for pattern in _BOARD if pattern.pattern[:2] in text for m in pattern.finditer(text)):
        if sentence_has(text, m.start(), m.end(), contexts["hotel"]):
            yield (m.start(), m.end(), f'German hotel shorthand "{m.group()}": English "{_BOARD_ENGLISH[m.group()]}"')
    for m in _SHOWER_WC.finditer(text) if "WC" in text else ():
        yield (m.start(), m.end(), f'German room shorthand "{m.group()}" (Dusche/Bad, WC): English '
               '"shower and toilet", "bathroom with toilet"')


# --- academic -----------------------------------------------------------------------------------------------
_TEMPUS = lazy_compile(r"\.t\.(?![\w.])")  # "c.t.", "s.t." (a literal scan, the letter before looked at after)
_TIME_BEFORE = lazy_compile(r"(?<![\d.:,])\d{1,2}(?:[:.]\d\d)?(?: ?(?:h|Uhr|am|pm))? $")
_GENDER_SUFFIX = lazy_compile(r"\.(?:in|a) (?=[A-ZÄÖÜ])")
_GENDERED_STEM = lazy_compile(r"(?<![\w.])(?:Prof|Dr|DDr|Mag|MMag|DI|Ing)$")
_DEGREES = ("Mag. ", "lic. ", "Lic. ", "DDr. ")
_LATIN_DEGREE = {d: re.compile(re.escape(d) + r"(?<![\w.]" + re.escape(d) + r")((?:[a-z]{1,6}\. ?){1,3})"
                               r"(?=[A-ZÄÖÜ,]|$)") for d in _DEGREES}


def _academic(text: str, tokens: set[str] | frozenset[str]) -> Iterator[tuple[int, int, str]]:
    if "t" in tokens and ".t." in text:
        for m in _TEMPUS.finditer(text):
            start = m.start() - 1
            if start < 1 or text[start] not in "cs" or text[start - 1].isalnum() or text[start - 1] in ".":
                continue
            if _TIME_BEFORE.search(text, max(0, start - 12), start):
                yield (start, m.end(), f'German academic "{text[start:m.end()]}" (cum/sine tempore): English '
                       '"a quarter past" or "sharp"')
    if not tokens.isdisjoint(_GENDERED_TOKENS) and (".in " in text or ".a " in text):
        for m in _GENDER_SUFFIX.finditer(text):
            stem = _GENDERED_STEM.search(text, max(0, m.start() - 5), m.start())
            if stem is not None:
                start = stem.start()
                yield (start, m.end() - 1, f'German gendered title "{text[start:m.end() - 1]}": English '
                       '"Prof.", "Dr." or the post')
    for m in (m for d in _DEGREES if d[:-2] in tokens and d in text for m in _LATIN_DEGREE[d].finditer(text)):
        end = faculties_end(m)
        if end is not None:
            yield (m.start(), end, f'German degree title "{text[m.start():end]}": English names the degree '
                   '("master\'s in pharmacy", "law degree") or drops it')


@functools.lru_cache(maxsize=4096)
def german_mixed(word: str, source: str) -> bool:
    """Mixed case German writes and English does not: camel-case pairs ("HiWi", "WiMi(s)", "KiGa";
    not "HiFi", "WiFi", "SoHo", "DeVos": English knows those) and capitals with an umlaut ("FöS")."""
    if word in acronym_lists(source).kept or is_english_word(word):
        return False
    if any(c in "äöüÄÖÜ" for c in word) and sum(c.isupper() for c in word) >= 2 and len(word) <= 5:
        return zipf(word, "en") == 0.0
    if not _CAMEL_PAIR.fullmatch(word):
        return False
    base = word[:-1] if word.endswith("s") and zipf(word, source) == 0.0 else word
    return zipf(base, "en") < _SKELETON_MAX_EN and zipf(base, source) >= _CAMEL_MIN_ZIPF


# two syllables' initials ("KiBiz": Kinderbildungsgesetz); not BayWa, StuRa
_CAMEL_PAIR = lazy_compile(r"[A-ZÄÖÜ][a-zäöü][A-ZÄÖÜ][a-zäöü]{1,2}s?")
_CAMEL_MIN_ZIPF = 1.4


# --- school courses -----------------------------------------------------------------------------------------
_COURSE = (re.compile(r"LK(?<=\bas an LK)(?![\w-])"), re.compile(r"GK(?<=\bas a GK)(?![\w-])"))


def _courses(text: str, contexts: Contexts) -> Iterator[tuple[int, int, str]]:
    for m in (m for pattern in _COURSE if pattern.pattern[:2] in text for m in pattern.finditer(text)):
        if sentence_has(text, m.start(), m.end(), contexts["school_subjects"]):
            yield (m.start(), m.end(), f'German school shorthand "{m.group()}" (Grundkurs, Leistungskurs): '
                   'English "basic course", "advanced course"')


# --- school, church and sport bodies ------------------------------------------------------------------------
_BODY = lazy_compile(r"he (?<=(?<![\w.])[Tt]he )([A-ZÄÖÜ]{3,4})(?![\w-]|\.\w| \(| [A-ZÄÖÜ][a-zäöüß])")
_NATIONAL = "DBÖ"  # Deutscher, Bund/Bayerischer, Österreichischer: a national sport body's first letter
_BODY_MAX_EN = 2.2  # DTB 1.65, DHB 1.88, BDR 2.05, PGR 2.08; the DFB 2.41, the RFU 2.46 are English news'
_BODY_MIN_SOURCE = 1.5
_BODY_MARGIN = 0.05  # "The PGR of St. Martin elected ..." (PGR 2.1 in English, 2.2 in German)
_INNER_MARGIN = 0.5


def _bodies(text: str, source: str, contexts: Contexts) -> Iterator[tuple[int, int, str]]:
    found = []
    for m in _BODY.finditer(text):
        word = m.group(1)
        if not _body_acronym(word, source, text[m.start() - 1] == "T"):
            continue
        start, end = m.span(1)
        if sentence_has(text, start, end, contexts["schooling"]) or sentence_has(text, start, end, contexts["church"]) \
                or (word[0] in _NATIONAL and sentence_has(text, start, end, contexts["sport"])):
            found.append((start, end, word))
    if not found:
        return
    lists = acronym_lists(source)
    explained = {word for word in {f[2] for f in found}
                 for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text)
                 if explained_acronym(text, m.start(), m.end(), lists)}
    for start, end, word in found:
        if word not in explained:
            yield (start, end, f'German acronym "{word}" (a school, church or sport body) left unexplained: '
                     "write the English name (the acronym may follow it in parentheses)")


@functools.lru_cache(maxsize=4096)
def _body_acronym(word: str, source: str, subject: bool) -> bool:
    """Frequent enough in German, rare in English; inside a sentence ("a student in the IHP": IHP 1.6 in
    English, 1.9 in German) clearly more German than English; as the subject opening a sentence less so."""
    if word in acronym_lists(source).kept or is_english_word(word):
        return False
    en, de = zipf(word, "en"), zipf(word, source)
    return en < _BODY_MAX_EN and de >= _BODY_MIN_SOURCE and de - en >= (_BODY_MARGIN if subject else _INNER_MARGIN)
