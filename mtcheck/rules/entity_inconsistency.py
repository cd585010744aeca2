"""MT401 entity-inconsistency: a name spelt two ways in one document ("Nord Steam 2" beside "Nord Stream 2").

Mentions come from ``mtcheck.rules.name_mentions``; look-alike pairs are found and judged in
``mtcheck.rules.entity_variants`` (deletion neighbourhoods, rapidfuzz's edit distances, wordfreq's
frequencies).
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Iterator

from mtcheck.model import Category, Document, Hit, Severity, Span
from mtcheck.rules.base import Context, Rule
from mtcheck.rules.entity_variants import look_alike_pairs, rank_pair
from mtcheck.rules.name_mentions import Mention, find_mentions

_NORMALISE_BLANKS = (("‐", "-"), ("‑", "-"), ("\n", " "), ("\t", " "), ("\r", " "))


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
        pairs = look_alike_pairs(spans, opts.min_part_length)
        for a, b, i in sorted(pairs):  # sorted: set order varies between runs, reports must not
            ranked = rank_pair(a, b, i, len(spans[a]), len(spans[b]), ctx.options, ctx.pack.source or "")
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


RULES = (EntityInconsistency,)
