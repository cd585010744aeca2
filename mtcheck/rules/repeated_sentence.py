"""MT103 repeated-sentence: the same sentence or paragraph twice in one document (scraped captions,
pipeline residue)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from mtcheck.model import Category, Document, Edit, Fix, Hit, Severity, Span
from mtcheck.rules.base import Context, Rule


def _delete_paragraph(doc: Document, k: int) -> Edit:
    """Delete paragraph ``k`` with the blank lines after it (made only for a hit: most paragraphs have none)."""
    paragraphs = doc.paragraphs
    end = paragraphs[k + 1].span.start if k + 1 < len(paragraphs) else len(doc.text)
    return Edit(Span(paragraphs[k].span.start, end), "")


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
            sentences = para.sentences
            # The words of each sentence, case and punctuation aside; shared with MT101/MT102's pre-tests.
            words = [[w for w in sentence.lower_texts if w[0].isalnum()] for sentence in sentences]
            if len(words) == 1:  # most paragraphs: the paragraph's key is its sentence's
                key, count = " ".join(words[0]), len(words[0])
                skeys = [key]
            else:
                skeys = [" ".join(w) for w in words]
                key, count = " ".join(skeys), sum(map(len, words))
            if count >= min_words and len(words) > 1 and key in seen:
                yield self._hit(doc, para.span, seen[key], _delete_paragraph(doc, k), True, "paragraph")
                continue
            for sentence, skey, sentence_words in zip(sentences, skeys, words):
                if len(sentence_words) < min_words:
                    continue
                if skey not in seen:
                    seen[skey] = sentence.span
                elif len(words) == 1:  # the sentence is the whole paragraph
                    yield self._hit(doc, para.span, seen[skey], _delete_paragraph(doc, k), True, "paragraph")
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
