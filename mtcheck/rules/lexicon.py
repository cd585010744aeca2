"""False friends and calques: English that a look-alike source word or a literal rendering produced.

Both rules are driven entirely by the language-pair pack (``false_friends.toml`` and ``calques.toml``,
one ``[[entry]]`` per item with ``match``, ``requires``, ``unless``, ``source``, ``explanation``,
``suggestion`` and ``confidence``). Each table is compiled once per pair. A document is first scanned
with one combined regex of the literal keywords every entry needs (derived from its ``match``), so the
per-entry patterns only run in sentences that can possibly match.
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass
from typing import Any, Iterator

from re import _parser as sre_parse  # the stdlib's own regex parser: finds each entry's keywords

from mtcheck.model import Category, Document, Hit, Severity, Span
from mtcheck.packs import Pack
from mtcheck.rules.base import Context, Rule

LANGUAGE_NAMES = {"de": "German", "fr": "French", "es": "Spanish", "it": "Italian", "nl": "Dutch",
                  "pt": "Portuguese", "pl": "Polish", "ru": "Russian"}
CONFIDENCE_RANK = {"medium": 1, "high": 2}
MIN_KEYWORD = 3  # shorter literals would unlock an entry in nearly every sentence
MAX_EXPANSION = 64  # a finite sub-language larger than this is not spelled out
# Words too common to make a keyword selective on their own ("in the" would unlock every sentence).
COMMON_WORDS = frozenset("""a an and are as at be been by for from had has have her his in is it its my
    no not of on or our that the their this to was were with your""".split())


def _strings(items: Any) -> set[str] | None:
    """Every string a parsed regex sequence can match, if it is a small finite language, else None."""
    out = {""}
    for op, arg in items:
        if op is sre_parse.LITERAL:
            options = {chr(arg).lower()}
        elif op is sre_parse.AT:
            continue  # \b and friends are zero-width
        elif op is sre_parse.IN and all(o is sre_parse.LITERAL for o, _ in arg):
            options = {chr(a).lower() for _, a in arg}
        elif op is sre_parse.SUBPATTERN:
            options = _strings(arg[-1])
        elif op is sre_parse.BRANCH:
            branches = [_strings(b) for b in arg[1]]
            options = set().union(*branches) if all(b is not None for b in branches) else None
        elif op is sre_parse.MAX_REPEAT and arg[1] == 1:
            inner = _strings(arg[2])
            options = None if inner is None else inner | ({""} if arg[0] == 0 else set())
        else:
            return None
        if options is None or len(out) * len(options) > MAX_EXPANSION:
            return None
        out = {o + p for o in out for p in options}
    return out


def _shared_word(option: frozenset[str]) -> frozenset[str]:
    """``{"the actual", "its actual"}`` → ``{"actual"}``: one uncommon word all the strings contain."""
    first = min(option, key=len)
    for word in sorted(set(first.split()) - COMMON_WORDS, key=len, reverse=True):
        if len(word) >= MIN_KEYWORD and all(word in k for k in option):
            return frozenset({word})
    # A keyword that extends another one adds nothing: "absolve a" is found wherever "absolve" is.
    return frozenset(k for k in option if not any(k != p and k.startswith(p) for p in option))


def _selectivity(option: frozenset[str]) -> int:
    """How rare an option's least selective keyword is likely to be: its longest uncommon word's length."""
    return min(max((len(w) for w in k.split() if w not in COMMON_WORDS), default=0) * 100 + len(k)
               for k in option)


def _required(items: Any) -> frozenset[str]:
    """Literals one of which occurs in every match of a parsed regex sequence (empty: none known)."""
    options: list[frozenset[str]] = []
    run: set[str] = {""}  # the strings the current stretch of small finite items can spell

    def flush() -> None:
        stripped = frozenset(r.strip() for r in run)
        if min(map(len, stripped)) >= MIN_KEYWORD:
            options.append(stripped)

    for op, arg in items:
        spelled = _strings([(op, arg)])
        if spelled is not None and len(run) * len(spelled) <= MAX_EXPANSION:
            run = {r + s for r in run for s in spelled}
            continue
        flush()
        run = {""} if spelled is None else set(spelled)
        if spelled is not None:
            continue
        if op is sre_parse.SUBPATTERN:
            options.append(_required(arg[-1]))
        elif op is sre_parse.BRANCH:
            branches = [_required(b) for b in arg[1]]
            if all(branches):
                options.append(frozenset().union(*branches))
        elif op in (sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT) and arg[0] >= 1:
            options.append(_required(arg[2]))
    flush()
    options = [_shared_word(o) for o in options if o]
    return max(options, key=lambda o: (_selectivity(o), -len(o))) if options else frozenset()


def required_literals(pattern: str) -> frozenset[str]:
    """Lower-case keywords, one of which every match of ``pattern`` contains."""
    keywords = frozenset(k.strip() for k in _required(sre_parse.parse(pattern, re.IGNORECASE)))
    return keywords if keywords and min(map(len, keywords)) >= MIN_KEYWORD else frozenset()


def keyword_regex(keywords: list[str]) -> str:
    """A trie-shaped alternation of ``keywords`` (shared prefixes factored out: fast to scan)."""
    trie: dict[str, Any] = {}
    for word in keywords:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        alternatives = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not alternatives:
            return ""
        body = "|".join(alternatives)
        if "" in node:
            return f"(?:{body})?"
        return body if len(alternatives) == 1 else f"(?:{body})"

    return emit(trie)


@dataclass(frozen=True)
class LexiconEntry:
    """One compiled data entry; ``requires``/``unless`` are searched in the matching sentence."""

    id: str
    match: re.Pattern[str]
    requires: tuple[re.Pattern[str], ...]
    unless: tuple[re.Pattern[str], ...]
    source: str
    explanation: str
    suggestion: str
    confidence: str

    def hits_in(self, sentence: str) -> Iterator[tuple[int, int]]:
        """Spans (relative to ``sentence``) of the matched English, after the context conditions."""
        matches = list(self.match.finditer(sentence))  # cheapest test first: most candidates fail here
        if not matches or not all(r.search(sentence) for r in self.requires):
            return
        if any(u.search(sentence) for u in self.unless):
            return
        for m in matches:
            # A named group ``hit`` narrows the reported span to the offending words.
            start, end = m.span("hit") if "hit" in self.match.groupindex and m.group("hit") else m.span()
            if end > start:
                yield start, end


@dataclass(frozen=True)
class CompiledLexicon:
    entries: tuple[LexiconEntry, ...]
    prefilter: re.Pattern[str] | None  # matches, in lower-cased text, any keyword of any entry
    by_keyword: dict[str, tuple[int, ...]]  # keyword -> indexes of the entries it can unlock
    unkeyed: tuple[int, ...]  # entries without a usable keyword: tried in every sentence


def compile_entry(raw: dict[str, Any]) -> LexiconEntry:
    flags = 0 if raw.get("case_sensitive") else re.IGNORECASE
    return LexiconEntry(
        id=raw["id"], match=re.compile(raw["match"], flags),
        requires=tuple(re.compile(p, flags) for p in raw.get("requires", ())),
        unless=tuple(re.compile(p, re.IGNORECASE) for p in raw.get("unless", ())),
        source=raw.get("source", ""), explanation=raw.get("explanation", ""),
        suggestion=raw.get("suggestion", ""), confidence=raw.get("confidence", "high"))


@functools.lru_cache(maxsize=32)
def compiled_lexicon(source: str | None, target: str, table: str) -> CompiledLexicon:
    """The pack table ``table`` of the pair, compiled; cached per pair and table."""
    raw_entries = Pack(source, target).table(table).get("entry", [])
    entries = tuple(compile_entry(raw) for raw in raw_entries)
    by_keyword: dict[str, set[int]] = {}
    unkeyed = []
    for index, entry in enumerate(entries):
        keywords = required_literals(entry.match.pattern)
        for keyword in keywords:
            by_keyword.setdefault(keyword, set()).add(index)
        if not keywords:
            unkeyed.append(index)
    # The scan reports the longest keyword at each position, so a keyword also unlocks its prefixes' entries.
    unlocks = {k: tuple(sorted(set().union(*(by_keyword.get(k[:n], ()) for n in range(1, len(k) + 1)))))
               for k in by_keyword}
    prefilter = re.compile(keyword_regex(sorted(by_keyword))) if by_keyword else None
    return CompiledLexicon(entries, prefilter, unlocks, tuple(unkeyed))


class _LexiconRule(Rule):
    table = ""
    kind = ""

    @dataclass(frozen=True)
    class Options:
        min_confidence: str = "medium"  # "high" reports only the surest entries
        ignore_entries: tuple = ()  # entry ids to switch off, e.g. ("eventually",)

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        lexicon = compiled_lexicon(ctx.pack.source, ctx.pack.target, self.table)
        floor = CONFIDENCE_RANK.get(ctx.options.min_confidence, 1)
        ignored = set(ctx.options.ignore_entries)
        sentences = doc.sentences
        starts = [s.span.start for s in sentences]
        # (sentence index, entry index) pairs whose keyword occurs in that sentence.
        candidates = {(i, e) for i in range(len(sentences)) for e in lexicon.unkeyed}
        text = doc.text.lower()
        if lexicon.prefilter is not None and len(text) == len(doc.text):  # lower() kept offsets
            m = lexicon.prefilter.search(text)
            while m:  # search again from the next character: keywords may overlap
                i = bisect.bisect_right(starts, m.start()) - 1
                if i >= 0 and m.end() <= sentences[i].span.end:
                    candidates.update((i, e) for e in lexicon.by_keyword[m.group()])
                m = lexicon.prefilter.search(text, m.start() + 1)
        else:
            candidates.update((i, e) for i in range(len(sentences)) for e in range(len(lexicon.entries)))
        language = LANGUAGE_NAMES.get(ctx.pack.source or "", ctx.pack.source or "source")
        taken: list[Span] = []
        for i, e in sorted(candidates):
            entry = lexicon.entries[e]
            if CONFIDENCE_RANK.get(entry.confidence, 1) < floor or entry.id in ignored:
                continue
            sentence = sentences[i]
            for start, end in entry.hits_in(sentence.text):
                span = Span(sentence.span.start + start, sentence.span.start + end)
                if any(span.overlaps(t) for t in taken):
                    continue  # two entries on the same words: report the first only
                taken.append(span)
                hedge = "" if entry.confidence == "high" else " (check the context)"
                yield Hit(span, f'"{doc.text[span.start:span.end]}" looks like a {self.kind} of '
                                f'{language} "{entry.source}"{hedge}: {entry.explanation}',
                          suggestion=entry.suggestion or None)


class FalseFriend(_LexiconRule):
    """English word that is a typical mistranslation of a look-alike source word.

    ## What it does
    Flags English words that machine translation picks because they look like a source word with a
    different meaning (German "eventuell" → "eventually", "aktuell" → "actual", "Annäherung" →
    "approximation"). Entries come from the pack's ``false_friends.toml``; each may require or exclude
    context words so that the English word's legitimate uses pass.

    ## Why it matters
    A false friend reads fluently but says something else; readers cannot notice the error.

    ## Example
        There have hardly been any approximations between the two sides.

    ## Use instead
        There has hardly been any rapprochement between the two sides.

    ## Fix safety
    No fix: the right word depends on the meaning, so only a suggestion is given.
    """

    id = "MT601"
    name = "false-friend"
    category = Category.ACCURACY
    severity = Severity.WARNING
    table = "false_friends"
    kind = "false friend"


class Calque(_LexiconRule):
    """Literal rendering of a source idiom, compound or title that English does not use.

    ## What it does
    Flags word-for-word translations of source expressions (German "Prestigeobjekt" → "prestige
    object", "aneinander vorbeireden" → "talking at odds with each other", "Vize-Außenministerin" →
    "Vice Secretary of State") and pseudo-anglicisms ("Handy", "Beamer"), from the pack's
    ``calques.toml``. Established English titles ("Vice President", "Vice Chancellor") are not flagged.

    ## Why it matters
    Calques mark a text as machine-translated and can garble titles and idioms a reader relies on.

    ## Example
        Stoltenberg appeared in front of the press on Wednesday.

    ## Use instead
        Stoltenberg faced the press on Wednesday.

    ## Fix safety
    No fix: the idiomatic rendering depends on the sentence, so only a suggestion is given.
    """

    id = "MT602"
    name = "calque"
    category = Category.ACCURACY
    severity = Severity.WARNING
    table = "calques"
    kind = "calque"


RULES = (FalseFriend, Calque)
