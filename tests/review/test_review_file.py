"""The review file, the CSV exchange and the article-editing helpers."""
from __future__ import annotations

import codecs
import csv
import os
import stat

import pytest

from mtcheck.model import Edit, FileResult, Span
from mtcheck.review import (
    CSV_COLUMNS, Decision, DecisionStore, ReviewFileError, apply_edits_to_text, atomic_write_bytes, encode_like,
    export_csv, import_csv, load_decisions, read_review_file, review_path, suggestion_choices, write_review_file,
)
from tests.reports.conftest import DUPLICATE, make_finding, span_of
from tests.review.conftest import fake_lint


def test_review_path_sits_next_to_the_article(tmp_path):
    assert review_path(tmp_path / "a.en.txt") == tmp_path / "a.en.txt.review.tsv"


def test_round_trip_escapes_tabs_newlines_and_backslashes(tmp_path):
    path = tmp_path / "a.txt.review.tsv"
    decisions = [Decision("fp1", "MT101", "dismissed", "now,\tnow", "a note\\with\nnewline\r"),
                 Decision("fp2", "MT201", "accepted", "Top jobs\n", "→ ")]
    write_review_file(path, decisions)
    raw = path.read_text(encoding="utf-8")
    assert raw.splitlines()[0] == "fingerprint\trule\tstatus\ttext\tnote"
    assert len(raw.splitlines()) == 3  # one line per decision, whatever the text holds
    assert "fp1\tMT101\tdismissed\tnow,\\tnow\ta note\\\\with\\nnewline\\r" in raw
    assert read_review_file(path) == decisions


def test_load_decisions(tmp_path):
    article = tmp_path / "a.txt"
    assert load_decisions(article) == {}
    review_path(article).write_text(
        "# reviewed by Anna\nfingerprint\trule\tstatus\ttext\tnote\n\nfp1\tMT101\tdismissed\tx\t\n"
        "fp2\tMT102\tconfirmed\n# changed my mind:\nfp1\tMT101\tconfirmed\tx\t\n", encoding="utf-8")
    assert load_decisions(article) == {"fp2": "confirmed", "fp1": "confirmed"}


@pytest.mark.parametrize("content, where", [
    ("fp\tMT101\tdismissed\n", ":1: expected the header line"),
    ("fingerprint\trule\tstatus\ttext\tnote\nfp\tMT101\tignored\tx\t\n", ":2: unknown status 'ignored'"),
    ("fingerprint\trule\tstatus\ttext\tnote\nfp\tMT101\n", ":2: expected 5 tab-separated fields, found 2"),
    ("fingerprint\trule\tstatus\ttext\tnote\na\tb\tdismissed\td\te\tf\n", ":2: expected 5"),
])
def test_malformed_review_files_name_file_and_line(tmp_path, content, where):
    article = tmp_path / "a.txt"
    review_path(article).write_text(content, encoding="utf-8")
    with pytest.raises(ReviewFileError, match=f"a.txt.review.tsv{where}"):
        load_decisions(article)


def test_store_saves_each_change_and_removes_an_empty_file(tmp_path):
    article = tmp_path / "a.txt"
    store = DecisionStore(article)
    store.put(Decision("fp1", "MT101", "dismissed", "x"))
    store.put(Decision("fp2", "MT101", "confirmed", "y"))
    store.put(Decision("fp1", "MT101", "confirmed", "x"))  # re-decided: moves to the end
    assert [d.fingerprint for d in read_review_file(store.path)] == ["fp2", "fp1"]
    assert "fp1" in DecisionStore(article)
    store.remove("fp1")
    store.remove("fp2")
    assert not store.path.exists()


def _rows(path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def test_export_csv(article, tmp_path):
    result = fake_lint(str(article))
    decisions = {result.findings[0].fingerprint: "dismissed"}
    out = tmp_path / "flagged.csv"
    assert export_csv(result, decisions, out) == len(result.findings) == 5
    assert out.read_bytes().startswith(codecs.BOM_UTF8)  # Excel reads UTF-8 only with a BOM
    rows = _rows(out)
    assert tuple(rows[0]) == CSV_COLUMNS
    assert [r["status"] for r in rows] == ["dismissed"] + ["open"] * 4
    first = result.findings[0]
    assert rows[0]["text"] == first.text and rows[0]["line"] == str(first.line) and rows[0]["severity"] == "error"
    assert rows[0]["suggestion"] == "now"


def test_export_defuses_spreadsheet_formulas(tmp_path):
    text = 'Click =HYPERLINK("http://x", "here") now.\n'
    finding = make_finding(text, "f.txt", DUPLICATE, span_of(text, '=HYPERLINK("http://x", "here")'), "-2+3",
                           "@SUM(A1)")
    out = tmp_path / "f.csv"
    export_csv(FileResult("f.txt", text, None, "en", (finding,)), {}, out)
    row = _rows(out)[0]
    assert row["text"] == "'=HYPERLINK(\"http://x\", \"here\")"
    assert (row["message"], row["suggestion"]) == ("'-2+3", "'@SUM(A1)")


def test_import_csv_reads_statuses_back(article, tmp_path):
    result = fake_lint(str(article))
    out = tmp_path / "flagged.csv"
    export_csv(result, {}, out)
    rows = _rows(out)
    rows[0]["status"] = "dismissed"
    rows[1]["status"] = "Confirmed "
    with open(out, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.DictWriter(fh, CSV_COLUMNS, delimiter=";")  # as a German Excel saves it
        writer.writeheader()
        writer.writerows(rows)
    summary = import_csv(article, out, result)
    assert (summary.changed, summary.unchanged, summary.unknown) == (2, 3, [])
    assert load_decisions(article) == {rows[0]["fingerprint"]: "dismissed", rows[1]["fingerprint"]: "confirmed"}
    decision = DecisionStore(article).get(rows[0]["fingerprint"])
    assert decision.rule == result.findings[0].rule and decision.text == result.findings[0].text
    # back to open clears the decision
    rows[0]["status"] = "open"
    _write(out, rows)
    assert import_csv(article, out, result).changed == 1
    assert load_decisions(article) == {rows[1]["fingerprint"]: "confirmed"}


def _write(path, rows) -> None:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, CSV_COLUMNS)
        writer.writeheader()
        writer.writerows(rows)


def test_import_rejects_bad_rows_without_changing_anything(article, tmp_path):
    result = fake_lint(str(article))
    rows = [{c: "" for c in CSV_COLUMNS} | {"fingerprint": f.fingerprint, "status": "dismissed"}
            for f in result.findings[:2]]
    rows[1]["status"] = "wontfix"
    out = tmp_path / "d.csv"
    _write(out, rows)
    with pytest.raises(ReviewFileError, match=r"d.csv:3: unknown status 'wontfix'"):
        import_csv(article, out, result)
    assert load_decisions(article) == {}
    rows[1]["status"] = "accepted"
    _write(out, rows)
    with pytest.raises(ReviewFileError, match="only be set in an interactive review"):
        import_csv(article, out, result)
    (tmp_path / "no-status.csv").write_text("fingerprint,line\nx,1\n", encoding="utf-8")
    with pytest.raises(ReviewFileError, match="missing column"):
        import_csv(article, tmp_path / "no-status.csv", result)


def test_import_reports_rows_for_findings_that_are_gone(article, tmp_path):
    out = tmp_path / "old.csv"
    _write(out, [{c: "" for c in CSV_COLUMNS} | {"fingerprint": "feedfacefeedfacefeed", "rule": "MT101",
                                                 "status": "dismissed", "text": "'=x"}])
    summary = import_csv(article, out, fake_lint(str(article)))
    assert summary.unknown == ["feedfacefeedfacefeed"]
    assert DecisionStore(article).get("feedfacefeedfacefeed").text == "=x"


@pytest.mark.parametrize("original", [
    "Grüße, now now.\r\n".encode("utf-8"),
    codecs.BOM_UTF8 + "Grüße, now now.\n".encode("utf-8"),
    codecs.BOM_UTF16_BE + "Grüße, now now.\n".encode("utf-16-be"),
    codecs.BOM_UTF16_LE + "Grüße, now now.\n".encode("utf-16-le"),
])
def test_encode_like_keeps_encoding_bom_and_byte_order(original):
    from mtcheck.text.read import decode

    decoded = decode(original)
    assert encode_like(original, decoded.text, decoded.encoding) == original
    edited = decoded.text.replace("now now", "now")
    assert decode(encode_like(original, edited, decoded.encoding)).text == edited
    assert encode_like(original, edited, decoded.encoding)[:2] == original[:2]


def test_encode_like_legacy_encoding():
    original = "Grüße aus Köln, mit freundlichen Grüßen und vielen Umlauten: äöü ÄÖÜ ß.\n".encode("cp1252")
    assert encode_like(original, original.decode("cp1252"), "cp1252") == original


def test_atomic_write_keeps_mode_and_leaves_no_temp_files(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"old")
    os.chmod(path, 0o640)
    atomic_write_bytes(path, b"new")
    assert path.read_bytes() == b"new"
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]


def test_apply_edits_and_choices():
    assert apply_edits_to_text("now, now here", [Edit(Span(3, 8), ""), Edit(Span(9, 13), "there")]) == "now there"
    with pytest.raises(ValueError):
        apply_edits_to_text("abc", [Edit(Span(0, 2), "x"), Edit(Span(1, 3), "y")])
    assert suggestion_choices("for years / for many years") == ["for years", "for many years"]
    assert suggestion_choices("Brussels — With") == ["Brussels — With"]
    assert suggestion_choices("and/or") == ["and/or"]
    assert suggestion_choices(None) == [] and suggestion_choices("") == []
