"""Artefact injectors: plant one kind of MT or scraping artefact into a clean text, return the gold.

Every injector has the signature ``inject(text, rng, count) -> Injection | None``: it plants up to
``count`` instances at random sites (``None`` when the text offers no site, e.g. no quotation to
mangle) and records, for each instance, the gold spans that a detector should point at. Most
instances have one span; a repeated sentence has two (either copy may be flagged).

Sites are found with mtcheck's segmenter (paragraphs, sentences, tokens) and plain regexes; the
material (German sentences, widget texts, false friends …) is in ``material/artefacts.toml``.
"""
from __future__ import annotations

import contextlib
import random
import re
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator

from mtcheck.model import Document, Paragraph, Sentence
from mtcheck.text.segment import segment

from benchmarks.synthetic.generator import MONTHS, artefact_material, random_headline

GoldSpan = tuple[int, int]
Instance = tuple[GoldSpan, ...]
MARK = re.compile(r"\[\[(.+?)\]\]")
GERMAN_MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
                 "Oktober", "November", "Dezember")


@dataclass(frozen=True)
class Injection:
    text: str
    instances: tuple[Instance, ...]


@dataclass(frozen=True)
class Edit:
    """Replace ``text[start:end]`` with ``replacement``; ``gold`` spans are relative to the replacement,
    ``also`` spans are in the *original* text (e.g. the first copy of a repeated sentence)."""

    start: int
    end: int
    replacement: str
    gold: tuple[GoldSpan, ...]
    also: tuple[GoldSpan, ...] = ()


def apply_edits(text: str, edits: Iterable[Edit]) -> Injection | None:
    """Apply non-overlapping edits; map every gold span into the new text."""
    chosen: list[Edit] = []
    for e in sorted(edits, key=lambda e: (e.start, e.end)):
        if chosen and (e.start < chosen[-1].end or e.start == chosen[-1].start):
            continue  # overlapping sites (or two insertions at one point): keep the first
        chosen.append(e)
    if not chosen:
        return None
    pieces, starts, pos, delta = [], [], 0, 0
    shifts: list[tuple[Edit, int]] = []  # each edit with the cumulative length change after it
    for e in chosen:
        pieces.append(text[pos:e.start])
        starts.append(e.start + delta)
        pieces.append(e.replacement)
        delta += len(e.replacement) - (e.end - e.start)
        shifts.append((e, delta))
        pos = e.end
    pieces.append(text[pos:])

    def mapped(offset: int, is_end: bool) -> int:
        """An original offset in the new text; a span ending where text is inserted does not grow."""
        d = 0
        for e, cumulative in shifts:
            if e.end <= offset and not (is_end and e.start == offset):
                d = cumulative
        return offset + d

    instances = []
    for e, new_start in zip(chosen, starts):
        spans = [(new_start + s, new_start + t) for s, t in e.gold]
        spans += [(mapped(s, False), mapped(t, True)) for s, t in e.also]
        instances.append(tuple(spans))
    return Injection("".join(pieces), tuple(instances))


# --- sites --------------------------------------------------------------------------------------
def _doc(text: str) -> Document:
    return segment(text, source_lang="de", target_lang="en")


def _body_paragraphs(doc: Document) -> list[Paragraph]:
    return [p for p in doc.paragraphs if not p.is_heading]


def _body_sentences(doc: Document, min_words: int = 0) -> list[Sentence]:
    return [s for p in _body_paragraphs(doc) for s in p.sentences if len(s.words) >= min_words]


def _is_wrapped(doc: Document) -> bool:
    return any(len(p.lines) > 1 for p in doc.paragraphs)


def _sample(rng: random.Random, items: list, count: int) -> list:
    return rng.sample(items, min(count, len(items)))


def _marked(sentence: str) -> tuple[str, tuple[GoldSpan, ...]]:
    """Strip ``[[…]]`` marks; return the plain sentence and the marked spans."""
    plain, spans, pos = [], [], 0
    for m in MARK.finditer(sentence):
        plain.append(sentence[pos:m.start()])
        start = sum(map(len, plain))
        plain.append(m.group(1))
        spans.append((start, start + len(m.group(1))))
        pos = m.end()
    plain.append(sentence[pos:])
    return "".join(plain), tuple(spans)


def _insert_sentences(text: str, rng: random.Random, sentences: list[str], own_paragraph: float = 0.0) -> Injection | None:
    """Insert each (marked) sentence after a random body sentence, or as a paragraph of its own."""
    doc = _doc(text)
    anchors = _body_sentences(doc)
    if not anchors:
        return None
    edits = []
    for sentence, anchor in zip(sentences, _sample(rng, anchors, len(sentences))):
        plain, gold = _marked(sentence)
        if not gold:
            gold = ((0, len(plain)),)
        para = doc.paragraphs[anchor.paragraph_index]
        if rng.random() < own_paragraph:
            prefix = "\n\n"
            at = para.span.end
        else:
            prefix = " "
            at = anchor.span.end
        edits.append(Edit(at, at, prefix + plain, tuple((s + len(prefix), t + len(prefix)) for s, t in gold)))
    return apply_edits(text, edits)


_active_material = "artefacts"


@contextlib.contextmanager
def material_set(name: str) -> Iterator[None]:
    """Inject from another material set ("heldout") inside the ``with`` block."""
    global _active_material
    artefact_material(name)  # fail early on an unknown name
    previous, _active_material = _active_material, name
    try:
        yield
    finally:
        _active_material = previous


def _material(section: str, key: str = "items") -> list:
    return list(artefact_material(_active_material)[section][key])


# --- repetition ---------------------------------------------------------------------------------
# Doublings that can be good English ("that that", "had had", "a long, long time", "very, very"):
# planting them would test the rule on cases where staying silent is right.
LEGIT_DOUBLES = frozenset({"that", "had", "is", "very", "long", "far", "many", "much", "really", "so", "no",
                           "yes", "again", "more", "well", "bye", "ha", "tut", "knock", "never"})


def duplicated_word(text: str, rng: random.Random, count: int) -> Injection | None:
    """"the the", "now, now": one word said twice."""
    doc = _doc(text)
    sites = [w for s in _body_sentences(doc, 6) for w in s.words[1:]
             if w.kind == "word" and len(w.text) > 1 and w.text.lower() not in LEGIT_DOUBLES]
    edits = []
    for w in _sample(rng, sites, count):
        joiner = ", " if rng.random() < 0.3 else " "
        replacement = f"{w.text}{joiner}{w.text}"
        edits.append(Edit(w.start, w.end, replacement, ((0, len(replacement)),)))
    return apply_edits(text, edits)


PREPOSITIONS = ("in", "into", "on", "at", "from", "with", "for", "of", "by", "over", "against",
                "between", "after", "before", "during", "to", "about", "under")
_PP = re.compile(r"\b(?:" + "|".join(PREPOSITIONS) + r") (?:the |a |an |its |his |her |their )?"
                 r"[\w’'-]+(?: [A-Z][\w’'-]+)*")


def duplicated_phrase(text: str, rng: random.Random, count: int) -> Injection | None:
    """"into Ukraine in Ukraine", "the European Union the European Union": a phrase said twice."""
    doc = _doc(text)
    sites = []
    for s in _body_sentences(doc, 6):
        for m in _PP.finditer(s.text):
            sites.append((s.span.start + m.start(), s.span.start + m.end(), m.group()))
        words = s.words
        for i in range(1, len(words) - 3):  # plain n-grams of 2-3 words inside a clause
            n = 2 + (i % 2)
            chunk = text[words[i].start:words[i + n - 1].end]
            if all(c.isalnum() or c in " -’'" for c in chunk):
                sites.append((words[i].start, words[i + n - 1].end, chunk))
    edits = []
    for start, end, phrase in _sample(rng, sites, count):
        copy = phrase
        first, _, rest = phrase.partition(" ")
        if first in PREPOSITIONS and rest[:1].isupper() and rng.random() < 0.5:
            copy = rng.choice([p for p in ("in", "into", "to", "at", "from") if p != first]) + " " + rest
        replacement = f"{phrase} {copy}"
        edits.append(Edit(start, end, replacement, ((0, len(replacement)),)))
    return apply_edits(text, edits)


def repeated_sentence(text: str, rng: random.Random, count: int) -> Injection | None:
    """A sentence said again (at once or later), or a whole paragraph scraped twice."""
    doc = _doc(text)
    paragraphs = _body_paragraphs(doc)
    sentences = _body_sentences(doc, 8)
    edits = []
    for _ in range(count):
        mode = rng.random()
        if mode < 0.35 and len(paragraphs) > 1:
            p = rng.choice([p for p in paragraphs if len(p.sentences) >= 2] or paragraphs)
            edits.append(Edit(p.span.end, p.span.end, "\n\n" + p.text, ((2, 2 + len(p.text)),), (tuple(p.span),)))
        elif sentences:
            s = rng.choice(sentences)
            if mode < 0.7:
                at, prefix = s.span.end, " "
            else:
                later = [p for p in paragraphs if p.span.start > s.span.end] or paragraphs
                target = rng.choice(later)
                at, prefix = target.span.end, " "
            edits.append(Edit(at, at, prefix + s.text, ((1, 1 + len(s.text)),), (tuple(s.span),)))
    return apply_edits(text, edits)


# --- scrape residue -----------------------------------------------------------------------------
def _between_paragraphs(doc: Document, rng: random.Random, count: int) -> list[int]:
    """Offsets just after randomly chosen body paragraphs (where a scraped widget line lands)."""
    return [p.span.end for p in _sample(rng, _body_paragraphs(doc)[:-1] or _body_paragraphs(doc), count)]


def _line_spans(block: str, offset: int) -> tuple[GoldSpan, ...]:
    spans, pos = [], 0
    for line in block.split("\n"):
        spans.append((offset + pos, offset + pos + len(line)))
        pos += len(line) + 1
    return tuple(spans)


def boilerplate(text: str, rng: random.Random, count: int) -> Injection | None:
    """Site furniture ("Read more: …", "Advertisement", cookie notes) left in the article body."""
    doc = _doc(text)
    edits = []
    for at in _between_paragraphs(doc, rng, count):
        widget = rng.choice(_material("boilerplate", "lines"))
        widget = widget.replace("{headline}", random_headline(rng)).replace("{n}", str(rng.randint(2, 40)))
        edits.append(Edit(at, at, "\n\n" + widget, _line_spans(widget, 2)))
    return apply_edits(text, edits)


_QUOTE_MARKS = re.compile(r"[“”\"]")


def broken_line(text: str, rng: random.Random, count: int) -> Injection | None:
    """A line break (or a paragraph break) in the middle of a sentence."""
    doc = _doc(text)
    wrapped = _is_wrapped(doc)
    edits = []
    # Sentences with quotation marks are left alone: a paragraph break inside a quotation would also
    # unbalance its quotes, a second artefact this injector does not mean to plant.
    unquoted = [s for s in _body_sentences(doc, 8) if not _QUOTE_MARKS.search(s.text)]
    for s in _sample(rng, unquoted, count):
        words = s.words
        i = rng.randrange(2, len(words) - 3)
        gap_start, gap_end = words[i].end, words[i + 1].start
        if text[gap_start:gap_end] != " ":
            continue
        brk = "\n\n" if wrapped or rng.random() < 0.3 else "\n"
        left = text[words[i].start:gap_start]
        right = text[gap_end:words[i + 1].end]
        edits.append(Edit(words[i].start, words[i + 1].end, left + brk + right, ((0, len(left) + len(brk) + len(right)),)))
    return apply_edits(text, edits)


def stray_punctuation(text: str, rng: random.Random, count: int) -> Injection | None:
    """A line holding nothing but a punctuation mark (".", "•", "»"), as scrapers leave them."""
    doc = _doc(text)
    edits = []
    for at in _between_paragraphs(doc, rng, count):
        mark = rng.choice(_material("stray_punctuation", "lines"))
        sep = "\n" if rng.random() < 0.3 else "\n\n"
        edits.append(Edit(at, at, sep + mark, ((len(sep), len(sep) + len(mark)),)))
    if rng.random() < 0.3:  # or at the very end, after the last paragraph
        end = len(text.rstrip())
        mark = rng.choice(_material("stray_punctuation", "lines"))
        edits.append(Edit(end, end, "\n\n" + mark, ((2, 2 + len(mark)),)))
    return apply_edits(text, edits)


# --- typography ---------------------------------------------------------------------------------
_CLOSE_THEN_SAID = re.compile(r"([,?!])([”\"])( )(?=[a-z])")  # ,” he said
_COLON_OPEN = re.compile(r"(:)( )([“\"])(?=[A-Z])")  # said: “We
_CURLY_QUOTATION = re.compile(r"“[^“”]*”")
MIN_QUOTATION = 12  # characters between the marks: long enough to be speech, not a title


def _quotations(text: str) -> list[tuple[int, int]]:
    """Spans of quotations (marks included), paired paragraph by paragraph: curly marks by direction,
    straight ones in order of appearance (a regex alone would pair the close of one with the next)."""
    out = []
    for para in re.finditer(r"[^\n]+(?:\n[^\n]+)*", text):
        base, body = para.start(), para.group()
        spans = [m.span() for m in _CURLY_QUOTATION.finditer(body)]
        straight = [i for i, c in enumerate(body) if c == '"']
        spans += [(a, b + 1) for a, b in zip(straight[0::2], straight[1::2])]
        out += [(base + a, base + b) for a, b in spans if b - a - 2 >= MIN_QUOTATION]
    return out


def quote_spacing(text: str, rng: random.Random, count: int) -> Injection | None:
    """Spaces on the wrong side of a quotation mark: `, ”he said`, `,”he`, `: “ We`, `:“We`."""
    sites = [("close", m) for m in _CLOSE_THEN_SAID.finditer(text)]
    sites += [("open", m) for m in _COLON_OPEN.finditer(text)]
    edits = []
    for kind, m in _sample(rng, sites, count):
        after = text[m.end():m.end() + 1]
        if kind == "close":  # m covers `,” ` ; the next char is the first letter of "he"
            punct, quote = m.group(1), m.group(2)
            replacement = rng.choice((f"{punct} {quote}", f"{punct}{quote}")) + after
        else:  # m covers `: “`
            quote = m.group(3)
            replacement = rng.choice((f": {quote} ", f":{quote}")) + after
        edits.append(Edit(m.start(), m.end() + 1, replacement, ((0, len(replacement)),)))
    return apply_edits(text, edits)


def unbalanced_quotes(text: str, rng: random.Random, count: int) -> Injection | None:
    """A quotation that opens and never closes (or closes without opening)."""
    edits = []
    for start, end in _sample(rng, _quotations(text), count):
        quoted = text[start:end]
        inner = quoted[1:-1]
        if rng.random() < 0.7:  # drop the closing mark
            edits.append(Edit(start, end, quoted[0] + inner, ((0, len(inner) + 1),)))
        else:  # drop the opening mark
            edits.append(Edit(start, end, inner + quoted[-1], ((0, len(inner) + 1),)))
    return apply_edits(text, edits)


def foreign_quotes(text: str, rng: random.Random, count: int) -> Injection | None:
    """German or French quotation marks in English text: „…“, »…«, «…»."""
    edits = []
    for start, end in _sample(rng, _quotations(text), count):
        opening, closing = rng.choice((("„", "“"), ("„", "“"), ("„", "“"), ("»", "«"), ("«", "»")))
        replacement = opening + text[start + 1:end - 1] + closing
        edits.append(Edit(start, end, replacement, ((0, len(replacement)),)))
    return apply_edits(text, edits)


_WORD_THEN_PUNCT = re.compile(r"(?<=[a-z]{3})([,;:?!.])(?= [A-Za-z“\"]|$)", re.MULTILINE)
_ABBREVIATED = re.compile(r"(?:e\.g|i\.e|a\.m|p\.m|etc|Jr|St|No)$")


def space_before_punctuation(text: str, rng: random.Random, count: int) -> Injection | None:
    """"word ," and "end ." — a space before a punctuation mark."""
    sites = [m for m in _WORD_THEN_PUNCT.finditer(text) if not _ABBREVIATED.search(text, 0, m.start())]
    weighted = [m for m in sites if m.group(1) != "."] * 2 + [m for m in sites if m.group(1) == "."]
    edits = []
    for m in _sample(rng, weighted, count):
        replacement = " " + m.group(1)
        edits.append(Edit(m.start(), m.end(), replacement, ((0, len(replacement)),)))
    return apply_edits(text, edits)


_PUNCT_SPACE_LETTER = re.compile(r"(?<=[a-z]{2})([,;:?!]|\.(?= [A-Z]))( )(?=[A-Za-z])")


def missing_space_after_punctuation(text: str, rng: random.Random, count: int) -> Injection | None:
    """"word,word" and "end.Next" — the space after a punctuation mark dropped."""
    sites = [m for m in _PUNCT_SPACE_LETTER.finditer(text) if not _ABBREVIATED.search(text, 0, m.start())]
    edits = []
    for m in _sample(rng, sites, count):
        nxt = text[m.end()]
        replacement = m.group(1) + nxt
        edits.append(Edit(m.start(), m.end() + 1, replacement, ((0, len(replacement)),)))
    return apply_edits(text, edits)


def doubled_space(text: str, rng: random.Random, count: int) -> Injection | None:
    """Two or three spaces between words inside a sentence."""
    doc = _doc(text)
    sites = [(a.end, b.start) for s in _body_sentences(doc, 4) for a, b in zip(s.tokens, s.tokens[1:])
             if text[a.end:b.start] == " "]
    edits = []
    for start, end in _sample(rng, sites, count):
        spaces = " " * rng.choice((2, 2, 2, 3))
        edits.append(Edit(start, end, spaces, ((0, len(spaces)),)))
    return apply_edits(text, edits)


# --- entities -----------------------------------------------------------------------------------
_CAPITALISED = re.compile(r"\b[A-ZÄÖÜ][a-zäöüßéèáíóúçğışñ]{4,}\b")
_NOT_NAMES = frozenset(MONTHS) | {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
                                  "There", "These", "Their", "Those", "While", "After", "Before", "Under",
                                  "According", "Several", "Other", "About", "Since", "Although", "Critics"}
_NEIGHBOURS = "aeiou"


def _one_edit(word: str, rng: random.Random) -> str:
    """The word with one interior edit: a deletion, a substitution or a transposition."""
    i = rng.randrange(1, len(word) - 1)
    op = rng.choice(("delete", "substitute", "transpose"))
    if op == "delete":
        return word[:i] + word[i + 1:]
    if op == "transpose" and word[i] != word[i + 1]:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    pool = _NEIGHBOURS if word[i] in _NEIGHBOURS else "bcdfghklmnprstvwz"
    return word[:i] + rng.choice([c for c in pool if c != word[i]]) + word[i + 1:]


RARE_NAME_ZIPF = 3.7  # MT misspells rare names (Stoltenberg, Merck), not "Germany" or "China"


def entity_misspelling(text: str, rng: random.Random, count: int) -> Injection | None:
    """A name spelt one way at least twice and once with one letter wrong ("Nord Steam 2")."""
    from wordfreq import zipf_frequency

    occurrences: dict[str, list[re.Match[str]]] = {}
    for m in _CAPITALISED.finditer(text):
        name = m.group()
        if name not in _NOT_NAMES and name.lower() not in text and zipf_frequency(name, "en") < RARE_NAME_ZIPF:
            occurrences.setdefault(name, []).append(m)
    names = [n for n, ms in occurrences.items() if len(ms) >= 3]
    tokens = set(re.findall(r"\w+", text))
    edits = []
    for name in _sample(rng, names, count):
        variant = _one_edit(name, rng)
        if variant in tokens or variant == name:
            continue
        m = rng.choice(occurrences[name][1:])
        edits.append(Edit(m.start(), m.end(), variant, ((0, len(variant)),)))
    return apply_edits(text, edits)


def transliteration(text: str, rng: random.Random, count: int) -> Injection | None:
    """An English-romanised Slavic name replaced by its German spelling (Lavrov → Lawrow)."""
    pairs = [(en, de) for en, de in _material("transliteration", "pairs") if en != de]
    present = [(en, de, list(re.finditer(rf"\b{re.escape(en)}\b", text))) for en, de in pairs]
    present = [p for p in present if p[2]]
    edits = []
    for en, de, matches in _sample(rng, present, count):
        chosen = matches if rng.random() < 0.5 else [rng.choice(matches)]
        edits += [Edit(m.start(), m.end(), de, ((0, len(de)),)) for m in chosen]
    return apply_edits(text, edits)


def glossary_variant(text: str, rng: random.Random, count: int) -> Injection | None:
    """A glossary term replaced by one of the variants the glossary lists as wrong (Kyiv → Kiev)."""
    entries = _material("glossary", "entries")
    present = [(term, variants, list(re.finditer(rf"\b{re.escape(term)}\b", text))) for term, variants in entries]
    present = [p for p in present if p[2]]
    edits = []
    for term, variants, matches in _sample(rng, present, count):
        m = rng.choice(matches)
        variant = rng.choice(variants)
        edits.append(Edit(m.start(), m.end(), variant, ((0, len(variant)),)))
    return apply_edits(text, edits)


# --- untranslated residue -----------------------------------------------------------------------
def untranslated_sentence(text: str, rng: random.Random, count: int) -> Injection | None:
    """A German sentence left untranslated, inside a paragraph or as one of its own."""
    return _insert_sentences(text, rng, _sample(rng, _material("untranslated_sentences"), count), own_paragraph=0.4)


def untranslated_word(text: str, rng: random.Random, count: int) -> Injection | None:
    """A German word left inside an English sentence ("The Heizungsgesetz has been criticised")."""
    return _insert_sentences(text, rng, _sample(rng, _material("untranslated_words"), count))


def german_abbreviation(text: str, rng: random.Random, count: int) -> Injection | None:
    """German abbreviations in English text: z. B., bzw., Mio., Mrd., u. a. …"""
    return _insert_sentences(text, rng, _sample(rng, _material("abbreviations"), count))


def false_friend(text: str, rng: random.Random, count: int) -> Injection | None:
    """An English look-alike of a German word in the German sense ("actual" for aktuell)."""
    return _insert_sentences(text, rng, _sample(rng, _material("false_friends"), count))


def calque(text: str, rng: random.Random, count: int) -> Injection | None:
    """A literal rendering of a German idiom, compound or title ("attack alliance")."""
    return _insert_sentences(text, rng, _sample(rng, _material("calques"), count))


# --- locale conventions -------------------------------------------------------------------------
_THOUSANDS = re.compile(r"(?<![\d.,€$£])\d{1,3}(?:,\d{3})+(?![\d]|[.,]\d)")
_DECIMAL = re.compile(r"(?<![\d.,€$£])\d{1,3}\.\d{1,2}(?![\d]|[.,]\d)")


def number_format(text: str, rng: random.Random, count: int) -> Injection | None:
    """German digit grouping and decimal comma: 100.000 soldiers, 4,5 percent."""
    sites = list(_THOUSANDS.finditer(text)) + list(_DECIMAL.finditer(text))
    edits = []
    for m in _sample(rng, sites, count):
        german = m.group().translate(str.maketrans({",": ".", ".": ","}))
        edits.append(Edit(m.start(), m.end(), german, ((0, len(german)),)))
    return apply_edits(text, edits)


_MONTH = "|".join(MONTHS)
_US_DATE = re.compile(rf"\b({_MONTH}) (\d{{1,2}})(?:, (\d{{4}}))?\b")
_UK_DATE = re.compile(rf"\b(\d{{1,2}}) ({_MONTH})(?: (\d{{4}}))?\b")


def date_format(text: str, rng: random.Random, count: int) -> Injection | None:
    """German date formats: 12.01.2022, 3. March 2022, 3. März, 12.1."""
    sites = [(m, m.group(1), m.group(2), m.group(3)) for m in _US_DATE.finditer(text)]
    sites += [(m, m.group(2), m.group(1), m.group(3)) for m in _UK_DATE.finditer(text)]
    edits = []
    for m, month, day, year in _sample(rng, sites, count):
        n = MONTHS.index(month) + 1
        year = year or str(rng.randint(2019, 2024))
        german = rng.choice((
            f"{int(day):02d}.{n:02d}.{year}", f"{int(day)}.{n}.{year}", f"{int(day)}. {month} {year}",
            f"{int(day)}. {month}", f"{int(day)}. {GERMAN_MONTHS[n - 1]}", f"{int(day):02d}.{n:02d}.",
        ))
        if german.endswith(".") and text[m.end():m.end() + 1] == ".":
            german = german[:-1]  # the sentence's own full stop closes "12.01."
        edits.append(Edit(m.start(), m.end(), german, ((0, len(german)),)))
    return apply_edits(text, edits)


_AMOUNT = r"(\d(?:[\d,.]*\d)?(?: (?:million|billion))?)"
_EURO_PREFIX = re.compile("€" + _AMOUNT)
_EURO_WORD = re.compile(r"\b" + _AMOUNT + r" euros\b")
_DOLLAR_PREFIX = re.compile(r"\$" + _AMOUNT)


def currency_format(text: str, rng: random.Random, count: int) -> Injection | None:
    """German currency style: "5 Euro", "4.5 billion Euro", "250 €", "300 million Dollar"."""
    sites = [(m, "€") for m in _EURO_PREFIX.finditer(text)] + [(m, "€") for m in _EURO_WORD.finditer(text)]
    sites += [(m, "$") for m in _DOLLAR_PREFIX.finditer(text)]
    edits = []
    for m, currency in _sample(rng, sites, count):
        amount = m.group(1)
        german = rng.choice((f"{amount} Euro", f"{amount} Euro", f"{amount} €")) if currency == "€" else f"{amount} Dollar"
        edits.append(Edit(m.start(), m.end(), german, ((0, len(german)),)))
    return apply_edits(text, edits)


# --- structure ----------------------------------------------------------------------------------
def sentence_fragment(text: str, rng: random.Random, count: int) -> Injection | None:
    """A subordinate clause split off as a sentence ("… the talks. Because …"), or a stand-alone
    connective / phrase ("After all.", "Despite all the talks this week.")."""
    doc = _doc(text)
    subordinators = _material("connectives", "subordinators")
    split = re.compile(r", (" + "|".join(subordinators) + r") (?=[^,;:“”\"]+[.!?]$)")
    sentences = _body_sentences(doc, 6)
    edits = []
    for _ in range(count):
        if not sentences:
            break
        s = rng.choice(sentences)
        sentences.remove(s)
        m = split.search(s.text)
        mode = rng.random()
        if m and mode < 0.5:
            start = s.span.start + m.start()
            word = m.group(1)
            fragment = word[:1].upper() + word[1:] + " " + s.text[m.end():]
            edits.append(Edit(start, s.span.end, ". " + fragment, ((2, 2 + len(fragment)),)))
        else:
            pool = "items" if mode < 0.75 else "phrases"
            fragment = rng.choice(_material("connectives", pool))
            edits.append(Edit(s.span.start, s.span.start, fragment + " ", ((0, len(fragment)),)))
    return apply_edits(text, edits)


_ENGLISH_DATELINE = re.compile(r"^[A-ZÄÖÜ .-]+(?:, [^—–]+?)?(?: \([A-Za-z]+\))? [—–] ")
DATELINE_PLACES = ("Berlin", "Brussels", "Munich", "Frankfurt", "Hamburg", "Kyiv", "Moscow", "Washington",
                   "Paris", "Vienna", "Geneva", "Düsseldorf", "Stuttgart", "Dresden", "Leipzig", "Cologne",
                   "Hanover", "Schwerin", "Wiesbaden", "Luxembourg", "Strasbourg", "Warsaw", "London", "Davos",
                   "Frankfurt/Main", "New York", "Tel Aviv", "Rome", "Madrid", "Karlsruhe", "Potsdam", "Mainz")


def run_in_dateline(text: str, rng: random.Random, count: int) -> Injection | None:
    """A German dateline glued to the first sentence: "Brussels With a serious face, …"."""
    doc = _doc(text)
    body = _body_paragraphs(doc)
    if not body:
        return None
    first = body[0]
    place = rng.choice(DATELINE_PLACES)
    m = _ENGLISH_DATELINE.match(first.text)
    start, end = first.span.start, first.span.start + (m.end() if m else 0)
    first_word = re.match(r"\S+", text[end:])
    if not first_word:
        return None
    run_in = f"{place} "
    return apply_edits(text, [Edit(start, end, run_in, ((0, len(run_in) + first_word.end()),))])


def drop_cap(text: str, rng: random.Random, count: int) -> Injection | None:
    """Drop-cap residue: the initial letter scraped twice ("TThe chancellor …"), where sites put drop
    caps: the article's first paragraph or the first one after a subhead."""
    doc = _doc(text)
    paragraphs = doc.paragraphs
    starts = [p for i, p in enumerate(paragraphs) if not p.is_heading and i > 0 and paragraphs[i - 1].is_heading]
    candidates = [p for p in starts if re.match(r"[A-Z][a-z]+\b", p.text)]
    if not candidates:
        return None
    first = _body_paragraphs(doc)[0]
    chosen = [first] if first in candidates and rng.random() < 0.7 else _sample(rng, candidates, 1)
    edits = []
    for p in chosen[:count]:
        word = re.match(r"[A-Z][a-z]+", p.text).group()
        edits.append(Edit(p.span.start, p.span.start + len(word), word[0] + word, ((0, len(word) + 1),)))
    return apply_edits(text, edits)


Injector = Callable[[str, random.Random, int], Injection | None]
