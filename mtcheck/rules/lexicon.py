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
from re import _parser as sre_parse  # the stdlib's own regex parser: finds each entry's keywords
from typing import Any, Iterator

from mtcheck.model import Category, Document, Hit, Severity, Span
from mtcheck.packs import Pack
from mtcheck.rules.base import Context, Rule

LANGUAGE_NAMES = {"de": "German", "fr": "French", "es": "Spanish", "it": "Italian", "nl": "Dutch",
                  "pt": "Portuguese", "pl": "Polish", "ru": "Russian"}
CONFIDENCE_RANK = {"medium": 1, "high": 2}
MIN_KEYWORD = 3  # shorter literals would unlock an entry in nearly every sentence
MAX_EXPANSION = 64  # a finite sub-language larger than this is not spelled out
SHARED_MIN = 8  # variants are reduced to a substring they share only if it is at least this long
# Words too common to make a keyword selective on their own ("in the" would unlock every sentence).
COMMON_WORDS = frozenset("""a about after all also an and any are as at be been before but by can could
    did do does first for from get good had has have he her his how i if in into is it its just last long
    made make many may more most much my new no not now of on one only or other our out over said she so
    some still than that the their them then there these they this time to under up was we were what
    when which who will with would year years you your""".split())


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


def _longest_word(keyword: str) -> int:
    return max((len(w) for w in keyword.split() if w not in COMMON_WORDS), default=0)


def _selectivity(option: frozenset[str]) -> int:
    """How rare an option's least selective keyword is likely to be: its longest uncommon word first."""
    return min(_longest_word(k) * 100 + len(k) for k in option)


def _common_substring(option: frozenset[str], least: int) -> str:
    """The longest string of at least ``least`` characters that every keyword of ``option`` contains."""
    shortest = min(option, key=len)
    for size in range(len(shortest), least - 1, -1):
        for start in range(len(shortest) - size + 1):
            candidate = shortest[start:start + size]
            starts_a_word = start == 0 or not shortest[start - 1].isalnum()
            if (starts_a_word and len(candidate.strip()) >= least
                    and all(candidate in k for k in option)):
                return candidate.strip()
    return ""


def _simplified(option: frozenset[str]) -> frozenset[str]:
    """Fewer keywords for the same places: ``{"the actual crisis", "its actual crisis"}`` → ``{"actual crisis"}``."""
    shortest = min(map(len, option))
    shared = _common_substring(option, min(SHARED_MIN, shortest)) if len(option) > 1 else ""
    if shared and _longest_word(shared) >= MIN_KEYWORD:
        return frozenset({shared})
    # A keyword that extends another one adds nothing: "absolve a" is found wherever "absolve" is.
    return frozenset(k for k in option if not any(k != p and k.startswith(p) for p in option))


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
    options = [_simplified(o) for o in options if o]
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


_LEADING_DETERMINER = re.compile(r"(?:the|a|an|my|your|his|her|our|their|its|this|that|these|those)\s+",
                                 re.IGNORECASE)


@functools.lru_cache(maxsize=4096)
def _regex(pattern: str, flags: int) -> re.Pattern[str]:
    """Context patterns are compiled on first use: most entries never match in a given text."""
    return re.compile(pattern, flags)


@dataclass(frozen=True)
class LexiconEntry:
    """One data entry; ``requires``/``unless`` patterns are searched in the matching sentence."""

    id: str
    match: re.Pattern[str]
    requires: tuple[str, ...]
    unless: tuple[str, ...]
    flags: int
    source: str
    explanation: str
    suggestion: str
    confidence: str

    def hits_in(self, sentence: str) -> Iterator[tuple[int, int]]:
        """Spans (relative to ``sentence``) of the matched English, after the context conditions."""
        matches = list(self.match.finditer(sentence))  # cheapest test first: most candidates fail here
        if not matches or not all(_regex(r, self.flags).search(sentence) for r in self.requires):
            return
        if any(_regex(u, self.flags).search(sentence) for u in self.unless):
            return
        for m in matches:
            # A named group ``hit`` narrows the reported span to the offending words; a leading article
            # or possessive is context, not part of the mistranslation ("her handy" → "handy").
            start, end = m.span("hit") if "hit" in self.match.groupindex and m.group("hit") else m.span()
            lead = _LEADING_DETERMINER.match(sentence, start, end)
            if lead and lead.end() < end:
                start = lead.end()
            if end > start:
                yield start, end


TABLES = ("false_friends", "calques")


@dataclass(frozen=True)
class CompiledPack:
    """Both lexicon tables of a pair, plus one scan that finds every keyword of either table."""

    entries: dict[str, tuple[LexiconEntry, ...]]  # table name -> compiled entries
    prefilter: re.Pattern[str] | None  # matches, in lower-cased text, any keyword of any entry
    by_keyword: dict[str, tuple[tuple[str, int], ...]]  # keyword -> (table, entry index) it unlocks
    unkeyed: tuple[tuple[str, int], ...]  # entries without a usable keyword: tried in every sentence


def compile_entry(raw: dict[str, Any]) -> LexiconEntry:
    flags = 0 if raw.get("case_sensitive") else re.IGNORECASE
    return LexiconEntry(
        id=raw["id"], match=re.compile(raw["match"], flags),
        requires=tuple(raw.get("requires", ())), unless=tuple(raw.get("unless", ())), flags=flags,
        source=raw.get("source", ""), explanation=raw.get("explanation", ""),
        suggestion=raw.get("suggestion", ""), confidence=raw.get("confidence", "high"))


@functools.lru_cache(maxsize=16)
def compiled_pack(source: str | None, target: str) -> CompiledPack:
    """The pair's lexicon tables, compiled with their keyword scan; cached per pair."""
    pack = Pack(source, target)
    entries = {t: tuple(compile_entry(raw) for raw in pack.table(t).get("entry", [])) for t in TABLES}
    by_keyword: dict[str, set[tuple[str, int]]] = {}
    unkeyed = []
    for table, compiled in entries.items():
        for index, entry in enumerate(compiled):
            keywords = required_literals(entry.match.pattern)
            for keyword in keywords:
                by_keyword.setdefault(keyword, set()).add((table, index))
            if not keywords:
                unkeyed.append((table, index))
    # The scan reports the longest keyword at each position, so a keyword also unlocks its prefixes' entries.
    unlocks = {k: tuple(sorted(set().union(*(by_keyword.get(k[:n], ()) for n in range(1, len(k) + 1)))))
               for k in by_keyword}
    prefilter = re.compile(keyword_regex(sorted(by_keyword))) if by_keyword else None
    return CompiledPack(entries, prefilter, unlocks, tuple(unkeyed))


def candidates(doc: Document, lexicon: CompiledPack) -> set[tuple[int, str, int]]:
    """(sentence index, table, entry index) triples whose keyword occurs in that sentence."""
    sentences = doc.sentences
    found = {(i, t, e) for i in range(len(sentences)) for t, e in lexicon.unkeyed}
    if lexicon.prefilter is None:
        return found
    text = doc.text.lower()
    if len(text) != len(doc.text):  # "İ" lower-cases to two characters: keep offsets aligned
        text = "".join(c if len(c) == 1 else o for c, o in zip(map(str.lower, doc.text), doc.text))
    starts = [s.span.start for s in sentences]
    m = lexicon.prefilter.search(text)
    while m:  # search again from the next character: keywords may overlap
        i = bisect.bisect_right(starts, m.start()) - 1
        if i >= 0 and m.end() <= sentences[i].span.end:
            found.update((i, t, e) for t, e in lexicon.by_keyword[m.group()])
        m = lexicon.prefilter.search(text, m.start() + 1)
    return found


class _LexiconRule(Rule):
    table = ""
    kind = ""

    @dataclass(frozen=True)
    class Options:
        min_confidence: str = "medium"  # "high" reports only the surest entries
        ignore_entries: tuple = ()  # entry ids to switch off, e.g. ("eventually-conditional",)

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        lexicon = compiled_pack(ctx.pack.source, ctx.pack.target)
        # One scan serves both lexicon rules: the second one finds it in the per-document cache.
        key = f"lexicon-candidates:{ctx.pack.pair}"
        if key not in ctx.cache:
            ctx.cache[key] = candidates(doc, lexicon)
        floor = CONFIDENCE_RANK.get(ctx.options.min_confidence, 1)
        ignored = set(ctx.options.ignore_entries)
        sentences = doc.sentences
        language = LANGUAGE_NAMES.get(ctx.pack.source or "", ctx.pack.source or "source")
        taken: list[Span] = []
        for i, table, e in sorted(ctx.cache[key]):
            if table != self.table:
                continue
            entry = lexicon.entries[table][e]
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
    No fix: the right word depends on the meaning, so only a suggestion is given. Entries marked
    ``confidence = "medium"`` say "check the context"; ``min_confidence = "high"`` leaves them out.
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
    "Vice Secretary of State") and pseudo-anglicisms ("Beamer", "Oldtimer"), from the pack's
    ``calques.toml``. Established English titles ("Vice President", "Vice Chancellor") are not flagged.

    ## Why it matters
    Calques mark a text as machine-translated and can garble titles and idioms a reader relies on.

    ## Example
        The minister appeared in front of the press on Wednesday.

    ## Use instead
        The minister faced the press on Wednesday.

    ## Fix safety
    No fix: the idiomatic rendering depends on the sentence, so only a suggestion is given.
    Entries marked ``confidence = "medium"`` say "check the context"; ``min_confidence = "high"``
    leaves them out, and ``ignore_entries`` switches single entries off by id.
    """

    id = "MT602"
    name = "calque"
    category = Category.ACCURACY
    severity = Severity.WARNING
    table = "calques"
    kind = "calque"


RULES = (FalseFriend, Calque)
