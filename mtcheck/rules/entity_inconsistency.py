"""MT401 entity-inconsistency: a name spelt two ways in one document ("Nord Steam 2" beside "Nord Stream 2").

Mentions come from ``mtcheck.rules.name_mentions``; look-alike pairs are found through deletion
neighbourhoods and judged with rapidfuzz's edit distances and wordfreq's frequencies.
"""
from __future__ import annotations

import functools
from collections import Counter, defaultdict
from itertools import chain
from dataclasses import dataclass
from typing import Iterator

from rapidfuzz.distance import OSA, Levenshtein

from mtcheck.lang.wordstats import zipf
from mtcheck.model import Category, Document, Hit, Severity, Span
from mtcheck.rules.base import Context, Rule
from mtcheck.rules.name_mentions import Mention, find_mentions, is_inflection

_NORMALISE_BLANKS = (("‐", "-"), ("‑", "-"), ("\n", " "), ("\t", " "), ("\r", " "))


@functools.lru_cache(maxsize=1)
def _known_places() -> frozenset[str]:
    """Country and US-state names: look-alike pairs among them (Austria/Australia) are different places."""
    from mtcheck.lang.places import countries, us_states

    return frozenset(n.casefold() for n in countries() | us_states())


@functools.lru_cache(maxsize=65536)
def _deletions(word: str) -> frozenset[str]:
    """The word and every one-letter deletion of it: two words one edit apart share an entry."""
    return frozenset({word, *(word[:i] + word[i + 1:] for i in range(len(word)))})


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
        mentions = find_mentions(doc, opts.positional_zipf)
        hits = [*self._separator_variants(doc, mentions, opts), *self._spelling_variants(doc, mentions, ctx)]
        taken: list[Span] = []
        for hit in sorted(hits, key=lambda h: (h.span.length, h.span.start)):
            if not any(hit.span.overlaps(t) for t in taken):
                taken.append(hit.span)
                yield hit

    def _separator_variants(self, doc: Document, mentions: list[Mention], opts) -> Iterator[Hit]:
        """The same words joined differently: "Ampel-Coalition" / "Ampel coalition" / "Ampelcoalition"."""
        forms: dict[str, dict[str, set[Span]]] = defaultdict(lambda: defaultdict(set))
        multi = [m for m in mentions if len(m.key) > 1]  # most mentions are single words
        hyphenated = {m.key for m in multi if "-" in m.joins}
        squashed_multi = {"".join(m.key) for m in multi}
        for key, span, _ in (mentions if squashed_multi else ()):
            if len(key) == 1:
                if key[0] in squashed_multi:
                    forms[key[0]][key[0]].add(span)  # "Nordstream" beside "Nord Stream"
            elif key not in hyphenated:
                forms["".join(key)][" ".join(key)].add(span)
        # One string with every hyphen as "-" and every blank as " " (same offsets), searched for
        # each hyphenated name in its three spellings: "ampel-coalition", "ampel coalition", "ampelcoalition".
        lowered = doc.text.lower() if hyphenated else ""
        if hyphenated and len(lowered) == len(doc.text):  # lower() keeps offsets for all but a few exotic letters
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
        for key, span, _ in mentions:
            spans[key].append(span)
        # Deletion neighbourhoods: two names one edit apart share a deletion. Names are compared only
        # with names around which the rest is the same ("around"), so most groups hold a single name
        # and are skipped; in the others, only deletions two names share are looked at.
        # A group is named by the part's index and the parts before and after it (parts hold no
        # blanks); one-word names form one group.
        groups: dict[tuple, list[tuple[tuple[str, ...], str]]] = defaultdict(list)
        index_of: dict[tuple, int] = {}
        min_part = opts.min_part_length
        for key in spans:
            if len(key) == 1:
                part = key[0]
                if part.isalpha() and len(part) >= min_part:
                    groups[()].append((key, part))
                    index_of[()] = 0
                continue
            for i, part in enumerate(key):
                if part.isalpha() and len(part) >= min_part:
                    around = (i, key[:i], key[i + 1:])
                    groups[around].append((key, part))
                    index_of[around] = i
        pairs: set[tuple[tuple[str, ...], tuple[str, ...], int]] = set()
        for around, members in groups.items():
            if len(members) < 2:
                continue  # each key appears once per group: a lone name has no look-alike here
            deletions = [_deletions(part) for _, part in members]
            shared = {d for d, n in Counter(chain.from_iterable(deletions)).items() if n > 1}
            if not shared:
                continue
            slots: dict[str, list[tuple[str, ...]]] = defaultdict(list)
            for (key, _), dels in zip(members, deletions):
                for d in shared.intersection(dels):
                    slots[d].append(key)
            i = index_of[around]
            for keys in slots.values():
                for x, a in enumerate(keys):
                    for b in keys[x + 1:]:
                        pairs.add((min(a, b), max(a, b), i))
        for a, b, i in sorted(pairs):  # sorted: set order varies between runs, reports must not
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
        if min(len("".join(a)), len("".join(b))) < opts.min_length or is_inflection(pa, pb):
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


RULES = (EntityInconsistency,)
