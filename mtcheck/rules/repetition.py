"""Repetition rules: a word said twice (MT101), a phrase said twice (MT102), a sentence said twice (MT103).

Machine translation duplicates when it renders one source element twice ("Sofort, jetzt" → "Right
now, now"; "in die Ukraine einmarschieren" → "move into Ukraine in Ukraine"), and scrapers duplicate
captions and paragraphs. The language knowledge (legitimate doublings, function words) lives in
``data/common/repetition.<target>.toml``.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

from mtcheck.model import Category, Document, Edit, Fix, Hit, Severity, Span, Token
from mtcheck.packs import DATA_DIR, Pack
from mtcheck.rules.base import Context, Rule


@dataclass(frozen=True)
class RepetitionLexicon:
    allowed_pairs: frozenset[str]
    back_to_back_pairs: frozenset[str]  # legitimate only without a comma ("had had")
    across_comma_pairs: frozenset[str]  # legitimate only with a comma ("a long, long way")
    restatement_followers: frozenset[str]
    never_clause_final: frozenset[str]
    never_clause_initial: frozenset[str]
    auxiliaries: frozenset[str]
    ellipsis_subjects: frozenset[str]
    function_words: frozenset[str]
    gap_words: frozenset[str]
    determiners: frozenset[str]
    coordinators: frozenset[str]
    locative_prepositions: frozenset[str]
    range_openers: frozenset[str]


@functools.lru_cache(maxsize=16)
def _load_lexicon(data_dir: Path, target: str) -> RepetitionLexicon:
    table = Pack(None, target, data_dir).common("repetition")
    word, phrase = table.get("word", {}), table.get("phrase", {})

    def words(section: dict, key: str) -> frozenset[str]:
        return frozenset(w.lower() for w in section.get(key, ()))

    return RepetitionLexicon(
        words(word, "allow"), words(word, "allow_back_to_back"), words(word, "allow_across_comma"),
        words(word, "restatement_followers"), words(word, "never_clause_final"),
        words(word, "never_clause_initial"), words(word, "auxiliaries"), words(word, "ellipsis_subjects"),
        words(phrase, "function_words"),
        words(phrase, "gap_words"), words(phrase, "determiners"), words(phrase, "coordinators"),
        words(phrase, "locative_prepositions"), words(phrase, "range_openers"))


def lexicon(ctx: Context) -> RepetitionLexicon:
    """The repetition lexicon of the target language (empty sets when the language has no file)."""
    return _load_lexicon(getattr(ctx.pack, "data_dir", DATA_DIR), ctx.pack.target)


class DuplicatedWord(Rule):
    """A word is repeated back to back ("the the", "Right now, now").

    ## What it does
    Flags a word immediately repeated, case-insensitively, with only white space or a comma between
    the two copies. Legitimate doublings from the target language's allow-list ("had had", "that
    that", "very, very", "a long, long way", "bye bye"), emphatic runs of three or more ("go, go, go")
    and numbers are not flagged. Across a comma, neither are interjections opening a sentence ("Now,
    now, calm down"), function words that end one clause and start the next ("against it, it is";
    "what it is, is"; "he came in, in the morning"), a noun restated to open a modifier ("fear, fear
    of retribution") or a word the sentence lists three times or more. Words that cannot end a
    clause ("its, its own", "of the, the states"), auxiliaries after a noun ("sanctions will, will
    not"), a particle after anything but a verb ("in, in 2018") and a repeated verb or object ("was
    closed, closed for"; "ending months, months of") are flagged.

    ## Why it matters
    A doubled word is a typical machine-translation slip (one source word rendered twice) and a
    typo no reader overlooks.

    ## Example
        “You have to give us guarantees. Right now, now,” he said.

    ## Use instead
        “You have to give us guarantees. Right now,” he said.

    ## Fix safety
    Safe: the fix deletes the second copy with its separating comma and space.
    """

    id = "MT101"
    name = "duplicated-word"
    category = Category.FLUENCY
    severity = Severity.ERROR
    target_languages = frozenset({"en", "de", "fr", "es"})

    @dataclass(frozen=True)
    class Options:
        across_commas: bool = True  # also flag "now, now"

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        lex, across = lexicon(ctx), ctx.options.across_commas
        pos = _english_pos_tags() if ctx.pack.target == "en" else None
        for sentence in doc.sentences:
            tokens = sentence.tokens
            last = len(tokens) - 1
            i = 0
            while i < last:
                # Cheap test first: is the next word (after an optional comma) the same length?
                t, j = tokens[i], i + 1
                if across and tokens[j].text == "," and j < last:
                    j += 1
                if t.kind != "word" or len(tokens[j].text) != len(t.text):
                    i += 1
                    continue
                run = self._run(tokens, i, across)
                if len(run) == 2 and not self._legitimate(tokens, run, lex, pos):
                    first, second = tokens[run[0]], tokens[run[1]]
                    yield Hit(Span(first.start, second.end), f'duplicated word "{second.text}"',
                              suggestion=first.text,
                              fix=Fix((Edit(Span(first.end, second.end), ""),), True,
                                      f'delete the second "{second.text}"'))
                i = run[-1] + 1

    @staticmethod
    def _run(tokens: tuple[Token, ...], i: int, across_commas: bool) -> list[int]:
        """Indexes of the copies of ``tokens[i]`` that follow it back to back (itself first)."""
        run = [i]
        if tokens[i].kind != "word":
            return run
        word = tokens[i].lower
        j = i + 1
        while j < len(tokens):
            if across_commas and tokens[j].text == "," and j + 1 < len(tokens):
                j += 1
            if tokens[j].kind == "word" and tokens[j].lower == word:
                run.append(j)
                j += 1
            else:
                break
        return run

    @staticmethod
    def _legitimate(tokens: tuple[Token, ...], run: list[int], lex: RepetitionLexicon, pos: PosTags | None) -> bool:
        pair = f"{tokens[run[0]].lower} {tokens[run[1]].lower}"
        back_to_back = run[1] - run[0] == 1
        if pair in lex.allowed_pairs or pair in (lex.back_to_back_pairs if back_to_back else lex.across_comma_pairs):
            return True
        return not back_to_back and _deliberate_across_comma(tokens, run[0], run[1], lex, pos)


PosTags = Callable[[str], frozenset[str]]
_VERB_TAGS = frozenset({"VERB", "AUX"})


@functools.cache
def _english_pos_tags() -> PosTags:
    """lemminflect's POS lexicon (imported on first use: it is only needed for comma doublings)."""
    from mtcheck.lang.verbs import pos_tags

    return pos_tags


def _verb_before(tokens: tuple[Token, ...], i: int, lex: RepetitionLexicon, pos: PosTags | None) -> bool:
    """Can the word before ``tokens[i]`` be a verb (not a name, not a noun after a determiner)?"""
    if pos is None or i == 0:
        return False
    prev = tokens[i - 1]
    if prev.kind != "word" or not prev.text[:1].islower():
        return False
    if i >= 2 and tokens[i - 2].lower in lex.determiners:
        return False  # "the talks in, in Geneva": a noun
    return bool(pos(prev.lower) & _VERB_TAGS)


def _verb_after(tokens: tuple[Token, ...], j: int, pos: PosTags | None) -> bool:
    """Does a verb follow ``tokens[j]`` within two words, so that the word starts a clause ("it, it is")?"""
    if pos is None:
        return True  # no POS lexicon for this language: give the repetition the benefit of the doubt
    for t in tokens[j + 1:j + 3]:
        if t.kind != "word":
            return False
        if "'" in t.text or "’" in t.text or pos(t.lower) & _VERB_TAGS:  # "it, it's"
            return True
    return False


def _deliberate_across_comma(tokens: tuple[Token, ...], i: int, j: int, lex: RepetitionLexicon,
                             pos: PosTags | None) -> bool:
    """Is "X, X" (copies at ``i`` and ``j``) said on purpose: an interjection, a clause ending on the word
    and the next starting with it, a restatement or a list naming the word again?"""
    word = tokens[j].lower
    prev = tokens[i - 1].lower if i > 0 and tokens[i - 1].kind == "word" else ""
    nxt = tokens[j + 1] if j + 1 < len(tokens) else None
    if all(t.kind == "punct" for t in tokens[:i]):
        return True  # an interjection opening the sentence: "Now, now, calm down."
    if word in lex.never_clause_final or word in lex.never_clause_initial:
        return False  # "its, its own": nothing ends a clause on "its"; "ask me, me": nothing starts one on "me"
    if word in lex.auxiliaries:
        # an ellipsis ("those who can, can"; "what it is, is") or "the problem is, is that"
        return prev in lex.ellipsis_subjects or nxt is None or nxt.lower == "that" or nxt.text in ".!?;"
    if word in lex.function_words:
        return _verb_after(tokens, j, pos)  # "against it, it is" (but "make it, it more expensive")
    if nxt is not None and nxt.lower in lex.restatement_followers and _restates(tokens, i, lex, pos):
        return True  # "it is fear, fear of retribution"
    if tokens[j].text[:1].isupper() and _list_of_names(tokens, j):
        return True  # a list naming a longer name next: "Christmas, Christmas Eve and New Year"
    # a list that names the word once more: "fear, fear of revenge, fear of leaving"
    return any(t.kind == "word" and t.lower == word for t in tokens[j + 1:])


def _list_of_names(tokens: tuple[Token, ...], j: int) -> bool:
    """Does the capitalised copy at ``j`` open a longer name that is followed by more list items
    ("Christmas, Christmas Eve and New Year"), not the rest of a sentence ("Christian, Christian Drosten
    said")?"""
    k = j + 1
    while k < len(tokens) and tokens[k].kind == "word" and tokens[k].text[:1].isupper():
        k += 1
    return k > j + 1 and k < len(tokens) and tokens[k].text in (",", "and", "or", "&")


def _restates(tokens: tuple[Token, ...], i: int, lex: RepetitionLexicon, pos: PosTags | None) -> bool:
    """Does the copy after the comma restate the noun at ``i`` ("fear, fear of retribution")? Not if the
    word cannot be a noun ("was closed, closed for") or a verb takes the first copy as its object
    ("ending months, months of debate")."""
    if pos is None:
        return True  # no POS lexicon for this language: trust the follower
    tags = pos(tokens[i].lower)
    if tags and not tags & {"NOUN", "PROPN"} and not tokens[i].text[:1].isupper():
        return False
    if i > 0 and tokens[i - 1].lower in lex.determiners:
        return False  # a restatement repeats the determiner too: "the story, the story of", not "the story, story of"
    if _verb_before(tokens, i, lex, pos) and tokens[i - 1].lower not in lex.auxiliaries:
        return False
    # The first copy ends a clause or a list item: a verb or a comma comes before it. A sentence's
    # subject ("The return, return of these objects is overdue") restates nothing.
    return any(t.text in ",;:" or (t.kind == "word" and t.text[:1].islower() and pos(t.lower) & _VERB_TAGS)
               for t in tokens[:i])


_WORD_RE = re.compile(r"[^\W_]+")


class DuplicatedPhrase(Rule):
    """A phrase is repeated back to back ("the European Union the European Union").

    ## What it does
    Flags, within one sentence, a run of two or more words repeated immediately ("said on Monday
    said on Monday"), a phrase of two or more content words repeated with only a preposition or an
    article between the copies, and a prepositional phrase duplicated with two prepositions of place
    ("move into Ukraine in Ukraine"). Idioms built on repetition ("step by step", "from time to
    time", "more and more", "side by side"), tautologies ("a deal is a deal") and coordinated
    phrases ("in Berlin and in Paris") are not flagged.

    ## Why it matters
    Machine translation often renders a German verb-final phrase twice: once where English wants it
    and once where German had it. The sentence then reads as garbled.

    ## Example
        In the event that Putin lets his troops move into Ukraine in Ukraine, ...

    ## Use instead
        In the event that Putin lets his troops move into Ukraine, ...

    ## Fix safety
    Safe only for an exact back-to-back copy (the fix deletes the second copy). When the copies
    differ (another preposition, words between them) the deletion is offered as an unsafe fix.
    """

    id = "MT102"
    name = "duplicated-phrase"
    category = Category.FLUENCY
    severity = Severity.ERROR
    target_languages = frozenset({"en"})

    @dataclass(frozen=True)
    class Options:
        max_phrase_words: int = 6
        max_gap_words: int = 2  # prepositions and articles allowed between two copies of a multi-word phrase

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        lex, opts = lexicon(ctx), ctx.options
        window = opts.max_phrase_words + opts.max_gap_words
        for sentence in doc.sentences:
            toks = sentence.tokens
            if len(toks) < 4:
                continue
            low = [t.text.lower() if t.kind != "punct" else None for t in toks]
            # A duplicate starts with a word that recurs a few tokens later: only those pairs are examined.
            last: dict[str, int] = {}
            pairs = []
            for j, w in enumerate(low):
                if w is not None:
                    i = last.get(w)
                    if i is not None and j - i <= window:
                        pairs.append((i, j))
                    last[w] = j
            covered = -1
            for i, j in sorted(pairs):
                if i < covered:
                    continue
                found = (self._exact_or_gapped(toks, low, i, j, lex, opts)
                         or self._prepositional(toks, low, i, j, lex))
                if found is None:
                    continue
                first_start, first_end, second_start, second_end, exact = found
                unit = " ".join(t.text for t in toks[second_start:second_end])
                yield Hit(Span(toks[first_start].start, toks[second_end - 1].end), f'duplicated phrase "{unit}"',
                          suggestion=doc.text[toks[first_start].start:toks[first_end - 1].end],
                          fix=Fix((Edit(Span(toks[first_end - 1].end, toks[second_end - 1].end), ""),), exact,
                                  f'delete the second "{unit}"'))
                covered = second_end

    @staticmethod
    def _exact_or_gapped(toks, low, i, j, lex, opts) -> tuple[int, int, int, int, bool] | None:
        """A unit starting at ``i`` repeated at ``j``, back to back or across prepositions and articles."""
        for gap in range(0, opts.max_gap_words + 1):
            n = j - i - gap
            if n < 2 or n > opts.max_phrase_words or low[j:j + n] != low[i:i + n]:
                continue
            unit = low[i:i + n]
            if None in unit or len(set(unit)) == 1 or all(toks[k].kind == "number" for k in range(i, i + n)):
                continue
            if gap == 0:
                if n == 2 and ((i > 0 and low[i - 1] == unit[1]) or low[j + n:j + n + 1] == [unit[0]]):
                    continue  # one word alternating with a link: "more and more and more", "day after day after day"
                return i, j, j, j + n, True
            between = low[i + n:j]
            if (None not in between and all(w in lex.gap_words for w in between)
                    and sum(w not in lex.function_words for w in unit) >= 2
                    and not (i > 0 and low[i - 1] in lex.range_openers)):
                return i, i + n, j, j + n, False
        return None

    @staticmethod
    def _prepositional(toks, low, x, x2, lex) -> tuple[int, int, int, int, bool] | None:
        """``P1 [det] X P2 [det] X``, P1 and P2 prepositions of place ("into Ukraine in Ukraine")."""
        if low[x] in lex.function_words:
            return None
        det = 1 if x >= 2 and low[x - 1] in lex.determiners else 0
        p1, p2 = x - 1 - det, x2 - 1 - det
        n = p2 - x
        if p1 < 0 or not 1 <= n <= 4 or (det and low[x2 - 1] != low[x - 1]):
            return None
        if low[p1] not in lex.locative_prepositions or low[p2] not in lex.locative_prepositions:
            return None
        if low[x2:x2 + n] != low[x:x + n] or None in low[x:x + n]:
            return None
        if n == 1 and toks[x].kind == "number":
            return None
        # "in face to face talks": a bare lower-case noun between two different prepositions is an idiom.
        if n == 1 and not det and low[p1] != low[p2] and toks[x].text.islower():
            return None
        return p1, x + n, p2, x2 + n, False


def _normalised(text: str) -> tuple[str, int]:
    words = _WORD_RE.findall(text.lower())
    return " ".join(words), len(words)


class RepeatedSentence(Rule):
    """The same sentence or paragraph appears twice in one document.

    ## What it does
    Compares sentences and paragraphs after normalising case, white space and punctuation, and flags
    the later copy of any that has at least ``min_words`` words. The earlier copy is a related span.

    ## Why it matters
    A duplicated caption, headline or paragraph is scrape or pipeline residue; readers notice it at once.

    ## Example
        The West fears an invasion, which Moscow denies.
        ...
        The West fears an invasion, which Moscow denies.

    ## Use instead
        The West fears an invasion, which Moscow denies.

    ## Fix safety
    Safe when the later copy is a whole paragraph (the fix deletes it); deleting a sentence inside a
    paragraph is offered as an unsafe fix, because the paragraph may need rewording.
    """

    id = "MT103"
    name = "repeated-sentence"
    category = Category.FLUENCY
    severity = Severity.WARNING
    target_languages = None

    @dataclass(frozen=True)
    class Options:
        min_words: int = 4

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        min_words = ctx.options.min_words
        seen: dict[str, Span] = {}
        paragraphs = doc.paragraphs
        for k, para in enumerate(paragraphs):
            keys = [_normalised(sentence.text) for sentence in para.sentences]
            key, count = " ".join(key for key, _ in keys), sum(n for _, n in keys)
            end = paragraphs[k + 1].span.start if k + 1 < len(paragraphs) else len(doc.text)
            whole_paragraph = Edit(Span(para.span.start, end), "")
            if count >= min_words and len(keys) > 1 and key in seen:
                yield self._hit(doc, para.span, seen[key], whole_paragraph, True, "paragraph")
                continue
            for sentence, (skey, scount) in zip(para.sentences, keys):
                if scount < min_words:
                    continue
                if skey not in seen:
                    seen[skey] = sentence.span
                elif len(keys) == 1:  # the sentence is the whole paragraph
                    yield self._hit(doc, para.span, seen[skey], whole_paragraph, True, "paragraph")
                else:
                    rest = doc.text[sentence.span.end:para.span.end]
                    edit = Edit(Span(sentence.span.start, sentence.span.end + len(rest) - len(rest.lstrip())), "")
                    yield self._hit(doc, sentence.span, seen[skey], edit, False, "sentence")
            if count >= min_words:
                seen.setdefault(key, para.span)

    @staticmethod
    def _hit(doc: Document, span: Span, earlier: Span, edit: Edit, safe: bool, unit: str) -> Hit:
        words = doc.text[span.start:span.end].split()
        opening = " ".join(words[:6]) + ("…" if len(words) > 6 else "")
        line = doc.line_col(earlier.start)[0]
        return Hit(span, f'repeated {unit} "{opening}" (first on line {line})',
                   fix=Fix((edit,), safe, f"delete the repeated {unit}"), related=(earlier,))


RULES = (DuplicatedWord, DuplicatedPhrase, RepeatedSentence)
