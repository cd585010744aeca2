"""Names spelt two ways in one document (MT401) or against the user's glossary (MT402)."""
from __future__ import annotations

import bisect
import functools
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Iterator, NamedTuple

from rapidfuzz import process
from rapidfuzz.distance import OSA, Levenshtein

from mtcheck.lang.wordstats import zipf
from mtcheck.model import Category, Document, Edit, Fix, Hit, Severity, Span
from mtcheck.rules.base import Context, Rule

_HYPHENS = "-‐‑"
_OPENERS = frozenset(":“\"‘'«»(—–‚„[")  # a capital right after these is positional, not a name
# Endings that turn one name into a related word, not a misspelling: Russia/Russian, Iraq/Iraqi,
# Europe/European, Russian/Russians, Merkel/Merkels, Germany/German.
_INFLECTIONS = ("s", "es", "n", "an", "ian", "ns", "ans", "i", "is", "y", "er", "ers", "ese", "ish", "ic")


class Mention(NamedTuple):
    key: tuple[str, ...]  # case-folded parts ("nord", "stream", "2")
    span: Span
    joins: str = ""  # the separator before each part after the first: " " or "-"


_UPPER = "".join(chr(c) for c in range(0x3000) if chr(c).isupper() and chr(c).isalpha())
# A capitalised word (as the tokenizer sees words: inner hyphens and apostrophes allowed), then more
# of them separated by white space within a paragraph, then perhaps one number ("Nord Stream 2").
# (The start-of-word test looks back from after the capital: a pattern that begins with a character
# class lets the regex engine skip ahead quickly, one that begins with a look-behind does not.)
_NAME_WORD = rf"[{_UPPER}](?<![\w'’\-‐‑].)(?:\w|[-‐‑'’](?=\w))*"
_SPACE = r"(?:[ \t]+\n?[ \t]*|\n[ \t]*)"
_NAME_RUN = re.compile(rf"{_NAME_WORD}(?:{_SPACE}{_NAME_WORD})*(?:{_SPACE}\d+(?![\w.,:/]\d))?")
_HYPHEN_SPLIT = re.compile(r"[-‐‑]")
_COMPLEX_RUN = re.compile(r"[\s\-‐‑'’]")  # several words, hyphens or a possessive
_NON_SPACE = re.compile(r"\S+")
_FUNCTION_ZIPF = 5.5  # "The" (7.7), "However" (5.6): never the first word of a name; "Deutsche" (3.7) may be
_NORMALISE_BLANKS = (("‐", "-"), ("‑", "-"), ("\n", " "), ("\t", " "), ("\r", " "))


@functools.lru_cache(maxsize=1)
def _known_places() -> frozenset[str]:
    """Country and US-state names: look-alike pairs among them (Austria/Australia) are different places."""
    from mtcheck.lang.places import countries, us_states

    return frozenset(n.casefold() for n in countries() | us_states())


def _mentions(doc: Document, common_zipf: float) -> list[Mention]:
    """Capitalised runs of two or more parts, and every capitalised word that is not an acronym.

    A capital that only marks a position (first word of a sentence or heading, after a colon or an
    opening quote) does not make a common English word a name: "However", "The", "Security".
    """
    text = doc.text
    starts = {s.span.start for s in doc.sentences}
    headings = [s.span for s in doc.sentences if s.is_heading]
    heading_starts = [h.start for h in headings]
    out: list[Mention] = []

    def in_heading(pos: int) -> bool:
        h = bisect.bisect_right(heading_starts, pos) - 1
        return h >= 0 and pos < headings[h].end

    def positional_at(pos: int) -> bool:
        back = pos
        while back > 0 and text[back - 1] in " \t\n":
            back -= 1
        return pos in starts or (back > 0 and text[back - 1] in _OPENERS) or in_heading(pos)

    complex_run, append = _COMPLEX_RUN.search, out.append
    for m in _NAME_RUN.finditer(text):
        group, pos = m.group(), m.start()
        if not complex_run(group):  # fast path (most runs): one plain word
            if not group.isupper() and "_" not in group \
                    and not (zipf(group, "en") >= common_zipf and positional_at(pos)):
                append(Mention((group.casefold(),), Span(pos, m.end())))
            continue
        heading = in_heading(pos)  # title case: every common word may be capitalised
        positional = positional_at(pos)
        run: list[tuple[str, int, str]] = []  # (part, start, join)
        for w in _NON_SPACE.finditer(group):
            word, offset, join = w.group(), pos + w.start(), " "
            if word[-2:] in ("'s", "’s"):
                word = word[:-2]
            for piece in _HYPHEN_SPLIT.split(word):
                if piece and ((not piece[0].isupper() and not piece.isdigit()) or "_" in piece):
                    _flush(run, out)
                    break  # "York-based": the name ends before the lower-case part; "PRS_ORG" is a placeholder
                frequency = zipf(piece, "en") if (positional or heading) and not piece.isdigit() else 0.0
                # A common word with a positional capital is no name on its own ("However"), but it
                # may start one ("Deutsche Bahn" at the start of a sentence); function words never do.
                starts_name = positional and not heading and frequency < _FUNCTION_ZIPF and w.end() < len(group)
                if frequency >= common_zipf and not starts_name:
                    _flush(run, out)
                elif piece:
                    run.append((piece, offset, join))
                    if frequency < common_zipf and not piece.isdigit() and not piece.isupper():
                        out.append(Mention((piece.casefold(),), Span(offset, offset + len(piece))))
                offset, join = offset + len(piece) + 1, "-"
            positional = False
        _flush(run, out)
    return out


def _flush(run: list[tuple[str, int, str]], out: list[Mention]) -> None:
    if len(run) > 1:
        key = tuple(p.casefold() for p, _, _ in run)
        out.append(Mention(key, Span(run[0][1], run[-1][1] + len(run[-1][0])), "".join(j for _, _, j in run[1:])))
    run.clear()


@functools.lru_cache(maxsize=65536)
def _deletions(word: str) -> frozenset[str]:
    """The word and every one-letter deletion of it: two words one edit apart share an entry."""
    return frozenset({word, *(word[:i] + word[i + 1:] for i in range(len(word)))})


def _is_inflection(a: str, b: str) -> bool:
    short, long_ = sorted((a, b), key=len)
    return long_.startswith(short) and long_[len(short):] in _INFLECTIONS


class EntityInconsistency(Rule):
    """A name or entity is spelt two ways in one document.

    ## What it does
    Collects capitalised names (single words and runs such as "Nord Stream 2") and reports a rarer
    spelling that is one typo away from a name the document uses more often ("Nord Steam 2" beside
    three "Nord Stream 2"; "Stoltenber" beside "Stoltenberg"; two typos for names of ten letters or
    more; two transposed letters only when no word list knows the result, "Bearbock"), or that joins
    the same words with a hyphen instead of a space ("Ampel-Coalition" beside "Ampel coalition").
    The other spellings are reported as related locations. A tie (each spelling once) is reported
    only when one spelling is unknown to the word lists and the other well known.

    It stays quiet on look-alikes that are different things: inflections (Russia/Russian,
    Russian/Russians), common English words (Steam/Stream on their own), names that both exist
    (Schulz/Schulze, Ryabkov/Rybakov, Austria/Australia), short names (Iran/Iraq), numbered series
    (Nord Stream 1/2), case-only differences (NATO/Nato), phrases of ordinary words (Labour/Labor
    Party), other names beside an English word (Marah beside March) and sentence-initial capitals
    of ordinary words.

    ## Why it matters
    Machine translation spells a name anew in every sentence; one garbled spelling makes readers
    wonder whether a second person or company is meant, and search and indexing miss it.

    ## Example
        Nord Stream 2 is ready. Scholz called Nord Steam 2 a private project. Nord Stream 2 ...

    ## Use instead
        Nord Stream 2 is ready. Scholz called Nord Stream 2 a private project. Nord Stream 2 ...

    ## Fix safety
    No fix: the majority spelling is usually right but not always (a translator may have got the
    name right once and wrong three times), so the rule only suggests it.
    """

    id = "MT401"
    name = "entity-inconsistency"
    category = Category.TERMINOLOGY
    severity = Severity.ERROR

    @dataclass(frozen=True)
    class Options:
        min_length: int = 5  # shorter names (Iran/Iraq, John/Joan) are too often different names
        min_part_length: int = 4  # the differing word of a multi-word name
        long_name_length: int = 10  # from this length two edits are tolerated, below it one
        common_zipf: float = 3.0  # two English words at least this frequent are different words
        known_zipf: float = 2.5  # a rarer spelling this frequent in English or the source is a real name
        positional_zipf: float = 3.5  # a sentence-initial word this common in English is not a name
        max_related: int = 10

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        opts = ctx.options
        mentions = _mentions(doc, opts.positional_zipf)
        hits = [*self._separator_variants(doc, mentions, opts), *self._spelling_variants(doc, mentions, ctx)]
        taken: list[Span] = []
        for hit in sorted(hits, key=lambda h: (h.span.length, h.span.start)):
            if not any(hit.span.overlaps(t) for t in taken):
                taken.append(hit.span)
                yield hit

    def _separator_variants(self, doc: Document, mentions: list[Mention], opts) -> Iterator[Hit]:
        """The same words joined differently: "Ampel-Coalition" / "Ampel coalition" / "Ampelcoalition"."""
        forms: dict[str, dict[str, set[Span]]] = defaultdict(lambda: defaultdict(set))
        hyphenated = {m.key for m in mentions if "-" in m.joins}
        squashed_multi = {"".join(m.key) for m in mentions if len(m.key) > 1}
        for m in mentions:
            squashed = "".join(m.key)
            if len(m.key) == 1 and squashed in squashed_multi:
                forms[squashed][squashed].add(m.span)  # "Nordstream" beside "Nord Stream"
            elif len(m.key) > 1 and m.key not in hyphenated:
                forms[squashed][" ".join(m.key)].add(m.span)
        # One string with every hyphen as "-" and every blank as " " (same offsets), searched for
        # each hyphenated name in its three spellings: "ampel-coalition", "ampel coalition", "ampelcoalition".
        lowered = doc.text.lower()
        if len(lowered) == len(doc.text):  # lower() keeps offsets for all but a few exotic letters
            for old, new in _NORMALISE_BLANKS:
                lowered = lowered.replace(old, new)
            for key in hyphenated:
                for form in {"-".join(key), " ".join(key), "".join(key)}:
                    pos = lowered.find(form)
                    while pos >= 0:
                        end = pos + len(form)
                        whole_words = not (pos and lowered[pos - 1].isalnum()) \
                            and not (end < len(lowered) and lowered[end].isalnum())
                        if whole_words:
                            forms["".join(key)][form].add(Span(pos, end))
                        pos = lowered.find(form, end)
        for squashed, by_form in forms.items():
            if len(by_form) < 2 or len(squashed) < opts.min_length or not any(c.isalpha() for c in squashed):
                continue
            ranked = sorted(by_form.items(), key=lambda kv: -len(kv[1]))
            dominant, dom_spans = ranked[0]
            if len(dom_spans) == len(ranked[1][1]):
                continue  # a tie: no telling which spelling the document means
            surface = Counter(doc.text[s.start:s.end] for s in dom_spans).most_common(1)[0][0]
            related = tuple(sorted(dom_spans))[:opts.max_related]
            for _form, spans in ranked[1:]:
                for span in sorted(spans):
                    text = doc.text[span.start:span.end]
                    yield Hit(span, f'"{text}" is written "{surface}" elsewhere in the document', surface,
                              related=related)

    def _spelling_variants(self, doc: Document, mentions: list[Mention], ctx: Context) -> Iterator[Hit]:
        """Names one or two typos apart, the rarer reported against the more frequent."""
        opts = ctx.options
        spans: dict[tuple[str, ...], list[Span]] = defaultdict(list)
        for m in mentions:
            spans[m.key].append(m.span)
        # Deletion neighbourhoods: two names one edit apart share a deletion. Most slots hold one
        # name, so only collisions get a list ("around": the rest of the name must be the same).
        first: dict[tuple[str, str], tuple[str, ...]] = {}
        crowded: dict[tuple[str, str], list[tuple[str, ...]]] = {}
        pairs: set[tuple[tuple[str, ...], tuple[str, ...], int]] = set()
        for key in spans:
            for i, part in enumerate(key):
                if part.isalpha() and len(part) >= opts.min_part_length:
                    around = "0||" if len(key) == 1 else f"{i}|{' '.join(key[:i])}|{' '.join(key[i + 1:])}"
                    for d in _deletions(part):
                        slot = (around, d)
                        other = first.setdefault(slot, key)
                        if other == key:
                            continue
                        others = crowded.setdefault(slot, [other])
                        if key in others:
                            continue
                        pairs.update((min(o, key), max(o, key), i) for o in others)
                        others.append(key)
        for a, b, i in pairs:
            ranked = self._rank(a, b, i, len(spans[a]), len(spans[b]), ctx)
            if ranked is None:
                continue
            rare, dominant = ranked
            dom_spans = spans[dominant]
            surface = Counter(doc.text[s.start:s.end] for s in dom_spans).most_common(1)[0][0]
            for span in spans[rare]:
                text = doc.text[span.start:span.end]
                times = "once" if len(dom_spans) == 1 else f"{len(dom_spans)} times"
                yield Hit(span, f'"{text}" looks like a misspelling of "{surface}" (used {times} in the document)',
                          surface, related=tuple(dom_spans[:opts.max_related]))

    def _rank(self, a: tuple[str, ...], b: tuple[str, ...], i: int, count_a: int, count_b: int,
              ctx: Context) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
        """(rare, dominant) when ``a`` and ``b`` are plausibly one name spelt two ways, else None."""
        opts, src = ctx.options, ctx.pack.source or ""
        pa, pb = a[i], b[i]
        if min(len("".join(a)), len("".join(b))) < opts.min_length or _is_inflection(pa, pb):
            return None
        # Transposed letters ("Grsuhko") count as two edits, so that two real names (Ryabkov and
        # Rybakov) stay apart; a transposition is accepted below only for a spelling no list knows.
        transposed = Levenshtein.distance(pa, pb) > (2 if min(len(pa), len(pb)) >= opts.long_name_length else 1)
        if transposed and OSA.distance(pa, pb) != 1:
            return None
        en_a, en_b = zipf(pa, "en"), zipf(pb, "en")
        if len(a) == 1:
            if en_a >= opts.common_zipf and en_b >= opts.common_zipf:
                return None  # two English words (Steam/Stream, Union/Onion)
        elif all(zipf(p, "en") >= 3.5 and not p.isdigit() for p in (*a, pb)):
            return None  # phrases of ordinary words ("Foreign Minister", "Labour/Labor Party"), not names
        places = _known_places()
        if " ".join(a) in places and " ".join(b) in places:
            return None
        seen_a = max(en_a, zipf(pa, src) if src else 0.0)
        seen_b = max(en_b, zipf(pb, src) if src else 0.0)
        if count_a == count_b:
            # A tie is settled only by a spelling that word lists barely know beside a well-known
            # one ("Stoltenber" beside "Stoltenberg"), not between two real names (Ryabkov, Rybakov).
            low, high = sorted((seen_a, seen_b))
            if not ((low == 0 and high >= 1.0) or (low < 2.0 and high - low >= 2.0)):
                return None
            rare, dominant, seen_rare = (a, b, seen_a) if seen_a == low else (b, a, seen_b)
        else:
            rare, dominant, seen_rare = (a, b, seen_a) if count_a < count_b else (b, a, seen_b)
        if len(a) == 1 and seen_rare >= opts.known_zipf:
            return None  # the rarer spelling is itself a known name or word (Schulze beside Schulz)
        if seen_rare > 0 and (transposed or (len(a) == 1 and zipf(dominant[0], "en") >= opts.common_zipf)):
            # Beside an English word (March) an attested rarer spelling (Marah) is another name;
            # only a spelling no word list knows ("Bundesmiga" beside "Bundesliga") is a typo.
            return None
        if " ".join(rare) in places:
            return None
        return rare, dominant



class GlossaryTerm(Rule):
    """A glossary term is written in a listed wrong form or misspelt.

    ## What it does
    Checks the text against the user's glossary (``glossary = "terms.csv"`` in the configuration, or
    ``--glossary``; CSV ``term,variants,note`` or TBX). It reports (a) every occurrence of a wrong
    form the glossary lists for a term ("Vice Secretary of State" for "Deputy Secretary of State";
    "Swift" for "SWIFT" when listed, matched case-sensitively because it differs only in case) and
    (b) near misses of a term: one typo away, two for long terms ("Nord Steam 2" for "Nord Stream 2",
    "Gruschko" for "Grushko"), even when the document has it only once. Case-only differences and
    plural or possessive forms are not near misses.

    ## Why it matters
    Publishers keep glossaries so that names and titles are written one way; a single misspelt
    name in a published article is an error readers notice.

    ## Example
        Deputy Foreign Minister Alexander Gruschko attended.

    ## Use instead
        Deputy Foreign Minister Alexander Grushko attended.

    ## Fix safety
    Listed wrong forms come with an unsafe fix (the glossary says what to write, but the sentence
    around it may need adjusting); near misses come with a suggestion only.
    """

    id = "MT402"
    name = "glossary-term"
    category = Category.TERMINOLOGY
    severity = Severity.ERROR

    @dataclass(frozen=True)
    class Options:
        near_misses: bool = True
        min_length: int = 5  # shorter terms get no near-miss search (too many look-alikes)
        long_term_length: int = 10  # from this length two edits count as a near miss
        common_zipf: float = 3.0  # a one-word near miss this common in English is another word

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        entries = tuple(ctx.glossary)
        if not entries:
            return
        taken: list[Span] = []
        for pattern, entry in _variant_patterns(entries):
            for m in pattern.finditer(doc.text):
                span = Span(m.start(), m.end())
                if m.group() == entry.term or any(span.overlaps(t) for t in taken):
                    continue
                taken.append(span)
                note = f" ({entry.note})" if entry.note else ""
                yield Hit(span, f'"{m.group()}" is a wrong form of glossary term "{entry.term}"{note}', entry.term,
                          Fix((Edit(span, entry.term),), safe=False, description=f'write "{entry.term}"'))
        if ctx.options.near_misses:
            for hit in self._near_misses(doc, entries, ctx.options):
                if not any(hit.span.overlaps(t) for t in taken):
                    yield hit

    def _near_misses(self, doc: Document, entries: tuple, opts) -> Iterator[Hit]:
        """Windows of the text that equal a term but for one word one typo away from the term's word."""
        terms = [(e, tuple(w.casefold() for w in e.term.split())) for e in entries if len(e.term) >= opts.min_length]
        term_words = sorted({w for _, words in terms for w in words if len(w) >= 4 and w.isalpha()})
        known = {w.casefold() for e in entries for form in (e.term, *e.variants) for w in form.split()}
        sentences = doc.sentences
        positions: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for si, sentence in enumerate(sentences):
            for wi, tok in enumerate(sentence.words):
                positions[_strip_possessive(tok.text).casefold()].append((si, wi))
        candidates = [w for w in positions if len(w) >= 4 and w not in known and w.isalpha()]
        if not term_words or not candidates:
            return
        # All distances at once in C (rapidfuzz): cheap even for a long document and a large glossary.
        matrix = process.cdist(candidates, term_words, scorer=Levenshtein.distance, score_cutoff=2, workers=1)
        seen: set[Span] = set()
        for ci, ti in zip(*(matrix <= 2).nonzero()):
            word, term_word, distance = candidates[ci], term_words[ti], int(matrix[ci, ti])
            if distance > (2 if min(len(word), len(term_word)) >= opts.long_term_length else 1) \
                    or _is_inflection(word, term_word):
                continue
            for entry, words in terms:
                if term_word not in words:
                    continue
                k = words.index(term_word)
                if len(words) == 1 and zipf(word, "en") >= opts.common_zipf:
                    continue  # "Swiss" is not a misspelt "Swift"
                for si, wi in positions[word]:
                    window = sentences[si].words[wi - k:wi - k + len(words)] if wi >= k else ()
                    if len(window) != len(words) or any(j != k and _strip_possessive(t.text).casefold() != w
                                                        for j, (t, w) in enumerate(zip(window, words))):
                        continue  # the other words of the term must be there as written
                    span = Span(window[0].start, window[-1].start + len(_strip_possessive(window[-1].text)))
                    if span not in seen:
                        seen.add(span)
                        text = doc.text[span.start:span.end]
                        yield Hit(span, f'"{text}" looks like a misspelling of glossary term "{entry.term}"',
                                  entry.term)


def _strip_possessive(word: str) -> str:
    return word[:-2] if word.endswith(("'s", "’s")) else word


@functools.lru_cache(maxsize=8)
def _variant_patterns(entries: tuple) -> list[tuple[re.Pattern[str], object]]:
    """One regex per listed wrong form; case-sensitive when it differs from the term only in case."""
    out = []
    for entry in entries:
        for variant in entry.variants:
            words = [re.escape(w) for w in variant.split()]
            if not words:
                continue
            flags = 0 if variant.casefold() == entry.term.casefold() else re.IGNORECASE
            out.append((re.compile(r"(?<![\w-])" + r"\s+".join(words) + r"(?![\w-])", flags), entry))
    return out


RULES = (EntityInconsistency, GlossaryTerm)
