"""Reading bytes: encodings, BOMs, line endings, refusals."""
from __future__ import annotations

import codecs

import pytest

from mtcheck.text.read import InputError, decode, read_path
from mtcheck.text.segment import segment

GERMANISH = "Die Übersetzung enthält Umlaute: Grüße aus Köln, schöne Straße, Äpfel und Öl. " * 5


def test_utf8_without_bom():
    assert decode("Grüße".encode()).text == "Grüße"


def test_utf8_bom_is_dropped_and_remembered():
    d = decode(codecs.BOM_UTF8 + "Hello".encode())
    assert d.text == "Hello" and d.encoding == "utf-8-sig"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom(codec):
    bom = codecs.BOM_UTF16_LE if codec.endswith("le") else codecs.BOM_UTF16_BE
    assert decode(bom + "Nord Stream 2 – “quoted”".encode(codec)).text == "Nord Stream 2 – “quoted”"


def test_latin1_is_detected():
    d = decode(GERMANISH.encode("latin-1"))
    assert d.text == GERMANISH


def test_binary_is_refused():
    with pytest.raises(InputError, match="binary"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))


def test_empty_is_fine():
    assert decode(b"").text == ""
    assert segment("").paragraphs == ()


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_offsets_index_the_text_as_read(newline):
    text = newline.join(["Headline here", "", "First sentence. Second one.", "", "Last line."])
    doc = segment(text)
    assert [s.text for s in doc.sentences] == ["Headline here", "First sentence.", "Second one.", "Last line."]
    for s in doc.sentences:
        assert text[s.span.start:s.span.end] == s.text
    last = doc.sentences[-1]
    assert doc.line_col(last.span.start) == (5, 1)


def test_missing_file(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_path(str(tmp_path / "nope.txt"))


def test_directory_is_not_a_file(tmp_path):
    with pytest.raises(InputError, match="directory"):
        read_path(str(tmp_path))
