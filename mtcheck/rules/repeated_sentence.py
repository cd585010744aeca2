"""MT103 repeated-sentence: the same sentence or paragraph twice in one document (scraped captions,
pipeline residue)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from mtcheck.model import Category, Document, Edit, Fix, Hit, Severity, Span
from mtcheck.rules.base import Context, Rule


_WORD_RE = re.compile(r"[^\W_]+")


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


RULES = (RepeatedSentence,)
