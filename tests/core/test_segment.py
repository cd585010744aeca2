"""Sentence splitting, headings and tokens."""
from __future__ import annotations

import pytest

import re

from mtcheck.model import token_texts, tokenize
from mtcheck.text.segment import segment, split_sentences


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


@pytest.mark.parametrize("text, expected", [
    ("Dr. Smith arrived. He left.", ["Dr. Smith arrived.", "He left."]),
    ("The U.S. Army said so. Then it stopped.", ["The U.S. Army said so.", "Then it stopped."]),
    ("He lives at No. 5 Downing Street. Really.", ["He lives at No. 5 Downing Street.", "Really."]),
    ("Growth was 2.5 percent. Prices rose.", ["Growth was 2.5 percent.", "Prices rose."]),
    ("J. R. R. Tolkien wrote it. Fans agree.", ["J. R. R. Tolkien wrote it.", "Fans agree."]),
    ("“It is over.” Then silence fell.", ["“It is over.”", "Then silence fell."]),
    ("Is it? Yes! Fine.", ["Is it?", "Yes!", "Fine."]),
    ("Apples, pears etc. were sold. Then.", ["Apples, pears etc. were sold.", "Then."]),
    ("Mr. and Mrs. Smith met Gen. Miller.", ["Mr. and Mrs. Smith met Gen. Miller."]),
])
def test_sentence_boundaries(text, expected):
    assert sentences(text) == expected


def test_headings_are_recognised():
    text = "The signs point to confrontation\n\nBody sentence one. Body two.\n\nA subhead without a stop\n\nMore body."
    doc = segment(text)
    kinds = [(s.text, s.is_heading) for s in doc.sentences]
    assert kinds[0] == ("The signs point to confrontation", True)
    assert ("A subhead without a stop", True) in kinds
    assert ("Body sentence one.", False) in kinds


def test_long_line_without_stop_is_not_a_heading():
    line = " ".join(["word"] * 30)
    assert not segment(line).sentences[0].is_heading


def test_markdown_heading():
    assert segment("# Title.\n\nText.").sentences[0].is_heading


def test_tokens_have_exact_spans():
    text = "The Bundestag’s 100.000 soldiers – non-enlargement, site-16."
    doc = segment(text)
    toks = doc.sentences[0].tokens
    assert all(text[t.start:t.end] == t.text for t in toks)
    assert [t.text for t in toks if t.kind == "number"] == ["100.000"]
    assert "Bundestag’s" in [t.text for t in toks] and "non-enlargement" in [t.text for t in toks]


def test_paragraph_lines_keep_numbers():
    doc = segment("a\n\nFind the best jobs now and\nbe notified by email.\n")
    para = doc.paragraphs[1]
    assert [line.number for line in para.lines] == [3, 4]
    assert len(para.sentences) == 1


@pytest.mark.parametrize("text, expected", [
    ("Prices, z. B. for gas, rose. Then they fell.", ["Prices, z. B. for gas, rose.", "Then they fell."]),
    ("“Who acts?” said von der Leyen. She left.", ["“Who acts?” said von der Leyen.", "She left."]),
])
def test_spaced_abbreviations_and_questions_inside_sentences(text, expected):
    assert sentences(text) == expected


_REFERENCE_TOKEN = re.compile(r"(?P<number>\d+(?:[.,:/]\d+)*)|(?P<word>[^\W\d_]\w*(?:[-'’]\w+)*)|(?P<punct>\S)")


@pytest.mark.parametrize("text", [
    "Right now, now,” he said.", "4,5 Prozent und 100.000 Soldaten am 12.01.2022.", "__x ²3 Bundestag’s site-16",
    "İstanbul ١٢٣ straße… «Ja»", "", "   ", "a\tb\r\nc", "well-known 'quoted' — dash",
])
def test_tokenize_matches_the_token_grammar(text):
    """tokenize() computes offsets arithmetically; it must agree with a plain regex scan."""
    expected = tuple((m.group(), m.start() + 7, m.end() + 7, m.lastgroup) for m in _REFERENCE_TOKEN.finditer(text))
    assert tokenize(text, 7) == expected
    assert token_texts(text) == [t[0] for t in expected]


@pytest.mark.parametrize("text", ["Right NOW, now,” he said.", "ΟΔΟΣ Straße İstanbul", "", "“ .”"])
def test_lower_texts_are_the_tokens_lower_cased(text):
    sentence = segment(text).sentences[0] if text else None
    if sentence is not None:
        assert sentence.lower_texts == [t.text.lower() for t in sentence.tokens]
