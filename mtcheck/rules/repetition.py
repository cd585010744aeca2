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
from typing import Iterator

from mtcheck.model import Category, Document, Edit, Fix, Hit, Severity, Span, Token
from mtcheck.packs import DATA_DIR, Pack
from mtcheck.rules.base import Context, Rule


@dataclass(frozen=True)
class RepetitionLexicon:
    allowed_pairs: frozenset[str]
    restatement_followers: frozenset[str]
    function_words: frozenset[str]
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
        words(word, "allow"), words(word, "restatement_followers"), words(phrase, "function_words"),
        words(phrase, "determiners"), words(phrase, "coordinators"), words(phrase, "locative_prepositions"),
        words(phrase, "range_openers"))


def lexicon(ctx: Context) -> RepetitionLexicon:
    """The repetition lexicon of the target language (empty sets when the language has no file)."""
    return _load_lexicon(getattr(ctx.pack, "data_dir", DATA_DIR), ctx.pack.target)


class DuplicatedWord(Rule):
    """A word is repeated back to back ("the the", "Right now, now").

    ## What it does
    Flags a word immediately repeated, case-insensitively, with only white space or a comma between
    the two copies. Legitimate doublings from the target language's allow-list ("had had", "that
    that", "very, very", "bye bye"), emphatic runs of three or more ("go, go, go"), numbers, and a
    noun restated to open a modifier ("fear, fear of retribution") are not flagged.

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
        lex = lexicon(ctx)
        for sentence in doc.sentences:
            tokens = sentence.tokens
            i = 0
            while i < len(tokens):
                run = self._run(tokens, i, ctx.options.across_commas)
                if len(run) == 2 and not self._legitimate(tokens, run, lex):
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
    def _legitimate(tokens: tuple[Token, ...], run: list[int], lex: RepetitionLexicon) -> bool:
        first, second = tokens[run[0]], tokens[run[1]]
        if f"{first.lower} {second.lower}" in lex.allowed_pairs:
            return True
        after = run[1] + 1
        comma_between = run[1] - run[0] == 2
        return comma_between and after < len(tokens) and tokens[after].lower in lex.restatement_followers


_WORD_RE = re.compile(r"[^\W_]+")


class DuplicatedPhrase(Rule):
    """A phrase is repeated back to back ("the European Union the European Union").

    ## What it does
    Flags, within one sentence, a run of two or more words repeated immediately ("said on Monday
    said on Monday"), a multi-word phrase repeated with only one or two function words between the
    copies, and a prepositional phrase duplicated with two prepositions of place ("move into Ukraine
    in Ukraine"). Idioms built on repetition ("step by step", "from time to time", "more and more",
    "side by side") and coordinated phrases ("in Berlin and in Paris") are not flagged.

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
        max_gap_words: int = 2  # function words allowed between two copies of a multi-word phrase

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        lex = lexicon(ctx)
        for sentence in doc.sentences:
            toks = sentence.tokens
            if len(toks) < 4:
                continue
            low = [t.lower if t.kind != "punct" else None for t in toks]
            i = 0
            while i < len(toks):
                found = (self._exact_or_gapped(toks, low, i, lex, ctx.options)
                         or self._prepositional(toks, low, i, lex))
                if found is None:
                    i += 1
                    continue
                first_start, first_end, second_end, exact, unit = found
                yield Hit(Span(toks[first_start].start, toks[second_end - 1].end),
                          f'duplicated phrase "{unit}"', suggestion=doc.text[toks[i].start:toks[first_end - 1].end],
                          fix=Fix((Edit(Span(toks[first_end - 1].end, toks[second_end - 1].end), ""),), exact,
                                  f'delete the second "{unit}"'))
                i = second_end

    @staticmethod
    def _same(low: list[str | None], a: int, b: int, n: int) -> bool:
        return b + n <= len(low) and all(low[a + k] is not None and low[a + k] == low[b + k] for k in range(n))

    def _exact_or_gapped(self, toks, low, i, lex, opts) -> tuple[int, int, int, bool, str] | None:
        for n in range(min(opts.max_phrase_words, (len(toks) - i) // 2), 1, -1):
            unit = low[i:i + n]
            if None in unit or len(set(unit)) == 1 or all(t.kind == "number" for t in toks[i:i + n]):
                continue
            if self._same(low, i, i + n, n):
                return i, i + n, i + 2 * n, True, " ".join(t.text for t in toks[i:i + n])
            content = [w for w in unit if w not in lex.function_words]
            if len(content) < 2:
                continue
            for gap in range(1, opts.max_gap_words + 1):
                between = low[i + n:i + n + gap]
                if (len(between) == gap and all(w in lex.function_words and w not in lex.coordinators
                                                for w in between if w is not None) and None not in between
                        and not (i > 0 and low[i - 1] in lex.range_openers)
                        and self._same(low, i, i + n + gap, n)):
                    return i, i + n, i + 2 * n + gap, False, " ".join(t.text for t in toks[i:i + n])
        return None

    @staticmethod
    def _prepositional(toks, low, i, lex) -> tuple[int, int, int, bool, str] | None:
        """``P1 [det] X P2 [det] X`` with P1, P2 prepositions of place ("into Ukraine in Ukraine")."""
        p1 = low[i]
        if p1 not in lex.locative_prepositions:
            return None
        det1 = 1 if i + 1 < len(low) and low[i + 1] in lex.determiners else 0
        x = i + 1 + det1
        for n in range(1, 5):
            p2 = x + n
            if p2 >= len(low) or None in low[x:p2] or low[p2] not in lex.locative_prepositions:
                continue
            det2 = 1 if p2 + 1 < len(low) and low[p2 + 1] == low[i + 1] and det1 else 0
            x2 = p2 + 1 + det2
            if det1 != det2 or not DuplicatedPhrase._same(low, x, x2, n):
                continue
            words = toks[x:p2]
            if n == 1 and words[0].kind == "number":
                continue
            # "in face to face talks": a bare lower-case noun between two different prepositions is an idiom.
            if n == 1 and not det1 and p1 != low[p2] and words[0].text.islower():
                continue
            return i, p2, x2 + n, False, " ".join(t.text for t in toks[p2:x2 + n])
        return None


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
            key, count = _normalised(para.text)
            if count >= min_words and len(para.sentences) > 1 and key in seen:
                end = paragraphs[k + 1].span.start if k + 1 < len(paragraphs) else len(doc.text)
                yield self._hit(doc, para.span, seen[key], Edit(Span(para.span.start, end), ""), True, "paragraph")
                continue
            for sentence in para.sentences:
                skey, scount = _normalised(sentence.text)
                if scount < min_words:
                    continue
                if skey not in seen:
                    seen[skey] = sentence.span
                    continue
                if len(para.sentences) == 1:  # the sentence is the whole paragraph
                    end = paragraphs[k + 1].span.start if k + 1 < len(paragraphs) else len(doc.text)
                    yield self._hit(doc, para.span, seen[skey], Edit(Span(para.span.start, end), ""), True, "paragraph")
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
