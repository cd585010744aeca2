"""MT502 untranslated-word, for a source word put into English spelling: "a hypothec of 400,000 euros"
(Hypothek: a mortgage), "40 million euros on reclame" (Reklame: advertising), "premiated at the
Berlinale" (prämiert: awarded), "the akademy" (Akademie). Such a word is neither English nor the source
language as written, so neither word list calls it untranslated.

Which words are so (``mtcheck.lang.english_dress.DressTable``, through MT502's candidate table): a word
of five letters or more that English hardly knows (Zipf below 1.5 and not in the English dictionary) nor the
source language as written, that spells back to a frequent source word with a few of the pack's
``[english_dress]`` changes (c → k, ph → f, -y → -ie, -ated → -iert, an umlaut ...), and that is
neither one typing slip from a common English word ("cabel", "becam") nor a common French, Italian or
Spanish word ("actuelle"). Here: where it stands. Lower-case, it is reported unless it stands inside a
name; capitalised, only after a determiner ("the Turnhall", "a Hypothec") and where nothing makes it a
name ("Streick said", "Cathrin Meyer").
"""
from __future__ import annotations

from mtcheck.lang.english_dress import DressTable
from mtcheck.model import Hit, Sentence, Span
from mtcheck.rules.name_context import introduced_as_name, is_name_at, name_like
from mtcheck.rules.untranslated_context import after_determiner, title_case
from mtcheck.rules.untranslated_lexicon import Residue

NAME = "name"  # the answer for a word its context makes a name (then a name throughout the document)


def dressed_word(text: str, i: int, tokens: tuple, sentence: Sentence, src: str, res: Residue, doc_text: str,
                 introduced: dict[str, bool]) -> bool | str:
    """Is this occurrence of a source word in English spelling ("hypothec") one to report? True;
    False; or ``NAME`` where its place makes it a name."""
    if text[0].islower():
        # inside a name of capitalised words ("Haus konkurrence Berlin" is no sentence of English)
        return not (is_name_at(tokens, i - 1, sentence) and is_name_at(tokens, i + 1, sentence))
    if not is_name_at(tokens, i, sentence) or title_case(sentence):
        return False  # the first word of a sentence or a heading in title case: its capital says nothing
    if not after_determiner(tokens, i) or name_like(i, tokens, sentence, res):
        return NAME  # "Streick said", "Cathrin Meyer": a thing written as a noun has an article
    if text not in introduced:
        introduced[text] = introduced_as_name(doc_text, text, src, res)
    return NAME if introduced[text] else True


def dressed_hit(span: Span, text: str, res: Residue) -> Hit:
    table: DressTable = res.candidate.dressed
    german = table.display(table[text], text[0].isupper())
    return Hit(span, f'looks like {res.language} "{german}" in English spelling; translate it')
