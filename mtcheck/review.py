"""Editor review: decide on each finding of an article, in the terminal, and keep the decisions.

Decisions live next to the article in ``<article>.review.tsv``, a plain tab-separated file meant to
be committed with the article: a header line, then one decision per line in the order it was made::

    fingerprint	rule	status	text	note
    e1fa465186cefce5fa66	MT101	accepted	now, now	→ now
    2fa345033e41782b09bf	MT102	dismissed	into Ukraine in Ukraine

Statuses: ``dismissed`` (a false alarm: it no longer fails CI), ``confirmed`` (a real problem, to fix
later), ``accepted`` (the suggestion was applied to the article), ``edited`` (the editor rewrote the
sentence). Tabs, newlines and backslashes inside fields are written as ``\\t``, ``\\n``, ``\\\\``;
lines starting with ``#`` are comments. Findings are keyed by fingerprint (rule + sentence + flagged
text + occurrence), so decisions survive edits elsewhere in the article.

Editors who prefer a spreadsheet use :func:`export_csv` / :func:`import_csv`. The terminal session is
:class:`mtcheck.review_session.ReviewSession`; the article edits it makes
go through :func:`atomic_write_bytes` (temporary file in the same folder, ``os.replace``, mode kept)
and :func:`encode_like` (encoding and byte-order mark kept).
"""
from __future__ import annotations

import codecs
import csv
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from mtcheck.model import Edit, FileResult, Finding, Span

REVIEW_SUFFIX = ".review.tsv"
HEADER = ("fingerprint", "rule", "status", "text", "note")
DECISIONS = ("dismissed", "confirmed", "accepted", "edited")
CSV_COLUMNS = ("fingerprint", "line", "column", "rule", "severity", "message", "text", "suggestion", "status")
_ESCAPES = {"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"}
_UNESCAPES = {"\\": "\\", "t": "\t", "n": "\n", "r": "\r"}


class ReviewFileError(Exception):
    """A review or CSV file is malformed; the message names the file and line (exit code 2)."""


@dataclass(frozen=True)
class Decision:
    fingerprint: str
    rule: str
    status: str
    text: str = ""
    note: str = ""


# --- the review file --------------------------------------------------------------------------------

def review_path(article: str | Path) -> Path:
    """``article.en.txt`` → ``article.en.txt.review.tsv`` (same folder)."""
    p = Path(article)
    return p.with_name(p.name + REVIEW_SUFFIX)


def _escape(value: str) -> str:
    return "".join(_ESCAPES.get(c, c) for c in value)


def _unescape(value: str) -> str:
    out, chars = [], iter(value)
    for c in chars:
        out.append(_UNESCAPES.get(next(chars, "\\"), "\\") if c == "\\" else c)
    return "".join(out)


def read_review_file(path: str | Path) -> list[Decision]:
    """Decisions in file order; a later line for the same fingerprint replaces an earlier one."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return []
    except (OSError, UnicodeDecodeError) as exc:
        raise ReviewFileError(f"{path}: cannot read review file: {exc}") from None
    body = [(n, line) for n, line in enumerate(lines, 1) if line.strip() and not line.startswith("#")]
    if not body:
        return []
    if tuple(body[0][1].split("\t")) != HEADER:
        raise ReviewFileError(f"{path}:{body[0][0]}: expected the header line {' '.join(HEADER)!r}")
    decisions: dict[str, Decision] = {}
    for n, line in body[1:]:
        fields = [_unescape(f) for f in line.split("\t")]
        if not 3 <= len(fields) <= len(HEADER):
            raise ReviewFileError(f"{path}:{n}: expected {len(HEADER)} tab-separated fields, found {len(fields)}")
        fields += [""] * (len(HEADER) - len(fields))
        if fields[2] not in DECISIONS:
            raise ReviewFileError(f"{path}:{n}: unknown status {fields[2]!r} (use {', '.join(DECISIONS)})")
        decisions.pop(fields[0], None)
        decisions[fields[0]] = Decision(*fields)
    return list(decisions.values())


def write_review_file(path: str | Path, decisions: Iterable[Decision]) -> None:
    """Write decisions atomically; with none left the file is removed rather than left empty."""
    path = Path(path)
    decisions = list(decisions)
    if not decisions:
        path.unlink(missing_ok=True)
        return
    rows = ["\t".join(HEADER)] + ["\t".join(_escape(v) for v in (d.fingerprint, d.rule, d.status, d.text, d.note))
                                 for d in decisions]
    atomic_write_bytes(path, ("\n".join(rows) + "\n").encode("utf-8"))


def load_decisions(article_path: str | Path) -> dict[str, str]:
    """Fingerprint → status for an article ({} without a review file). Raises ReviewFileError."""
    return {d.fingerprint: d.status for d in read_review_file(review_path(article_path))}


class DecisionStore:
    """The decisions of one article, saved to its review file after every change."""

    def __init__(self, article: str | Path) -> None:
        self.path = review_path(article)
        self._decisions = {d.fingerprint: d for d in read_review_file(self.path)}

    def __contains__(self, fingerprint: str) -> bool:
        return fingerprint in self._decisions

    def get(self, fingerprint: str) -> Decision | None:
        return self._decisions.get(fingerprint)

    def all(self) -> list[Decision]:
        return list(self._decisions.values())

    def put(self, decision: Decision) -> None:
        self._decisions.pop(decision.fingerprint, None)  # re-deciding moves the line to the end
        self._decisions[decision.fingerprint] = decision
        self.save()

    def remove(self, fingerprint: str) -> None:
        if self._decisions.pop(fingerprint, None) is not None:
            self.save()

    def save(self) -> None:
        write_review_file(self.path, self._decisions.values())


# --- spreadsheets -----------------------------------------------------------------------------------

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: object) -> str:
    """Spreadsheets run cells starting with = + - @ as formulas: such text gets a leading apostrophe."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def export_csv(result: FileResult, decisions: dict[str, str], out: str | Path) -> int:
    """Write the article's findings with their statuses (UTF-8 with BOM, for Excel). Returns the row count."""
    rows = [[_cell(v) for v in (f.fingerprint, f.line, f.column, f.rule, str(f.severity), f.message, f.text,
                                f.suggestion or "", decisions.get(f.fingerprint, "open"))]
            for f in result.findings]
    fd, tmp = tempfile.mkstemp(dir=str(Path(out).resolve().parent), prefix=".mtcheck-export.", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(CSV_COLUMNS)
        writer.writerows(rows)
    os.replace(tmp, out)
    return len(rows)


@dataclass
class ImportSummary:
    changed: int = 0
    unchanged: int = 0
    unknown: list[str] = field(default_factory=list)  # fingerprints not among the article's findings now


def import_csv(article: str | Path, csv_path: str | Path, result: FileResult | None = None) -> ImportSummary:
    """Read the ``status`` column back: open / dismissed / confirmed (accepted and edited need the session)."""
    try:
        text = Path(csv_path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ReviewFileError(f"{csv_path}: cannot read CSV: {exc}") from None
    try:
        dialect = csv.Sniffer().sniff(text.split("\n", 1)[0], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.DictReader(text.splitlines(), dialect=dialect)
    missing = {"fingerprint", "status"} - set(reader.fieldnames or ())
    if missing:
        raise ReviewFileError(f"{csv_path}: missing column(s) {', '.join(sorted(missing))}")
    store, summary = DecisionStore(article), ImportSummary()
    known = {f.fingerprint: f for f in result.findings} if result else {}
    updates: list[tuple[str, Decision | None]] = []
    for n, row in enumerate(reader, 2):
        fp, status = (row.get("fingerprint") or "").strip(), (row.get("status") or "").strip().lower() or "open"
        if not fp:
            continue
        current = store.get(fp)
        if status in ("accepted", "edited"):
            if current is None or current.status != status:
                raise ReviewFileError(f"{csv_path}:{n}: status {status!r} can only be set in an interactive review "
                                      "(it edits the article)")
            summary.unchanged += 1
            continue
        if status not in ("open", "dismissed", "confirmed"):
            raise ReviewFileError(f"{csv_path}:{n}: unknown status {status!r} (use open, dismissed or confirmed)")
        if result is not None and fp not in known:
            summary.unknown.append(fp)
        if status == "open":
            change = None if current and current.status in ("dismissed", "confirmed") else current
        else:
            finding = known.get(fp)
            text_ = finding.text if finding else (row.get("text") or "").lstrip("'")
            change = Decision(fp, finding.rule if finding else (row.get("rule") or ""), status, text_,
                              current.note if current else "")
        if change == current:
            summary.unchanged += 1
        else:
            updates.append((fp, change))
    for fp, change in updates:  # all rows validated first: a bad row changes nothing
        if change is None:
            store.remove(fp)
        else:
            store.put(change)
        summary.changed += 1
    return summary


# --- editing the article ------------------------------------------------------------------------------

def atomic_write_bytes(path: str | Path, data: bytes) -> None:
    """Write via a temporary file in the same folder and ``os.replace``, keeping the file's mode."""
    target = Path(path)
    mode = target.stat().st_mode & 0o7777 if target.exists() else None
    fd, tmp = tempfile.mkstemp(dir=str(target.resolve().parent), prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


_BOM_CODECS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"), (codecs.BOM_UTF8, "utf-8"),
               (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))


def encode_like(original: bytes, text: str, encoding: str) -> bytes:
    """Encode ``text`` as ``original`` was encoded, keeping its byte-order mark and byte order."""
    for bom, codec in _BOM_CODECS:
        if original.startswith(bom):
            return bom + text.encode(codec)
    return text.encode(encoding.replace(" (BOM)", ""))


def apply_edits_to_text(text: str, edits: Iterable[Edit]) -> str:
    """Apply non-overlapping edits (any order) to ``text``."""
    out, pos = [], 0
    for edit in sorted(edits, key=lambda e: (e.span.start, e.span.end)):
        if edit.span.start < pos:
            raise ValueError("overlapping edits")
        out += [text[pos:edit.span.start], edit.replacement]
        pos = edit.span.end
    return "".join(out) + text[pos:]


def suggestion_choices(suggestion: str | None) -> list[str]:
    """Alternatives in a suggestion ("faced the press / addressed reporters") as separate choices."""
    if not suggestion:
        return []
    for sep in (" / ", " | "):
        if sep in suggestion:
            return [s.strip() for s in suggestion.split(sep) if s.strip()]
    return [suggestion]


def accept_edits(finding: Finding, choice: str | None = None) -> tuple[Edit, ...]:
    """What accepting does: the finding's fix if it has one, else the chosen suggestion over the span."""
    if finding.fix and finding.fix.edits and choice is None:
        return finding.fix.edits
    replacement = choice if choice is not None else (suggestion_choices(finding.suggestion) or [None])[0]
    if replacement is None:
        return ()
    return (Edit(finding.span, replacement),)


def sentence_span(text: str, finding: Finding) -> Span:
    """The span of the sentence(s) holding the finding, for editing by hand."""
    from mtcheck.text.segment import segment

    doc = segment(text)
    first = doc.sentence_at(finding.span.start)
    last = doc.sentence_at(max(finding.span.start, finding.span.end - 1))
    if first is None or last is None:
        return finding.span
    return Span(min(first.span.start, finding.span.start), max(last.span.end, finding.span.end))
