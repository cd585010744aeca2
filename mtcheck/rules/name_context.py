"""Is a capitalised word a name where it stands? The context tests MT502 untranslated-word uses to
tell a source-language word from a person's, place's or organisation's name ("Chancellor Scholz",
"Gerhard Schröder", "Wissenschaft und Politik (SWP)").
"""
from __future__ import annotations


from mtcheck.lang.wordstats import is_english_word, zipf
from mtcheck.model import Sentence
from mtcheck.rules.untranslated_lexicon import Residue
from mtcheck.text.lazy_regex import lazy_compile

_NAME_BEFORE = lazy_compile(r"(?<![\w'’-])([^\W\d_][\w'’-]*)[ \t]+$")


def is_name_at(tokens: tuple, j: int, sentence: Sentence) -> bool:
    """A capitalised word that is not just the capitalised first word of a sentence."""
    if not 0 <= j < len(tokens) or tokens[j].kind != "word" or not tokens[j].text[0].isupper():
        return False
    return tokens[j].start != sentence.span.start or _looks_like_first_name(tokens[j].text)


def _looks_like_first_name(word: str, src: str = "") -> bool:
    """Capitalised, not an ordinary English word ("Several", "However": in the dictionary) and not
    a function word of either language ("The", "Die": Zipf ≥ 5.5) nor a possessive ("SPD's"); first
    names ("John" 5.4) pass."""
    return (word[0].isupper() and not word.isupper() and not word.endswith(_POSSESSIVES)  # "the SPD's"
            and not is_english_word(word)
            and max(zipf(word, "en"), zipf(word, src) if src else 0.0) < 5.5)


def name_like(i: int, tokens: tuple, sentence: Sentence, res: Residue, noun: bool = False) -> bool:
    """Next to another name or after a title: "Olaf Scholz", "Chancellor Scholz", "Scholz Ltd".

    With ``noun`` (the word has a source-language noun's ending: "Partei|vize", "Europa|wahl"), a
    possessive before it is no name of its own: "the SPD's Parteivize" (but "Germany's Scholz")."""
    previous = tokens[i - 1].text if i > 0 else ""
    return (previous in res.titles
            or (is_name_at(tokens, i - 1, sentence) and not (noun and previous.endswith(_POSSESSIVES)))
            or is_name_at(tokens, i + 1, sentence) or _before_acronym(i, tokens, sentence, res))


_POSSESSIVES = ("'s", "’s", "s'", "s’")


def _before_acronym(i: int, tokens: tuple, sentence: Sentence, res: Residue) -> bool:
    """Part of an organisation's name spelt out before its acronym: "Wissenschaft und Politik (SWP)"."""
    j = i + 1
    while j < len(tokens) and j <= i + 6 and tokens[j].kind == "word" \
            and (tokens[j].text[0].isupper() or tokens[j].text in res.function_words):
        j += 1
    return (j + 2 < len(tokens) and tokens[j].text == "(" and tokens[j + 1].text.isupper()
            and tokens[j + 2].text == ")")


def introduced_as_name(text: str, word: str, src: str, res: Residue) -> bool:
    """Does the document write ``word`` elsewhere after a first name or title ("Gerhard Schröder",
    "Chancellor Schröder")? Then it is that person's name wherever it stands alone."""
    pos = text.find(word)
    while pos >= 0:
        end = pos + len(word)
        alone = not (pos and (text[pos - 1].isalnum() or text[pos - 1] in "-'’")) \
            and not (end < len(text) and (text[end].isalnum() or text[end] == "-"))
        before = _NAME_BEFORE.search(text, max(0, pos - 40), pos) if alone else None
        if before and (before.group(1) in res.titles or _looks_like_first_name(before.group(1), src)):
            return True
        pos = text.find(word, end)
    return False


def after_name(i: int, tokens: tuple, sentence: Sentence) -> bool:
    """A place name after another name belongs to it: "BRC Thüringen", "FC Bayern", "Radio Bremen"."""
    return is_name_at(tokens, i - 1, sentence)
