"""User glossaries: the approved English form of names and terms, and the wrong forms seen before.

Two formats are read:

* CSV with a header row ``term,variants,note``: ``term`` is the approved form; ``variants`` (optional)
  lists known wrong forms separated by ``|``; ``note`` (optional) is shown with each finding.
* TBX (TermBase eXchange, v2 ``termEntry/langSet/tig`` or v3 ``conceptEntry/langSec/termSec``): for each
  entry, the English terms; the one marked ``preferredTerm-admn-sts`` (else the first that is not
  deprecated) is the term, those marked deprecated or superseded are its variants, and a
  ``definition``/``note`` becomes the note.

Anything unreadable raises :class:`GlossaryError` with one message that names the file and the problem.
"""
from __future__ import annotations

import csv
import io
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_BAD_STATUSES = ("deprecatedterm", "supersededterm", "deprecated", "superseded")


class GlossaryError(Exception):
    """The glossary file is missing, malformed or empty."""


@dataclass(frozen=True)
class GlossaryEntry:
    term: str
    variants: tuple[str, ...] = ()
    note: str = ""


def load_glossary(path: str | Path) -> tuple[GlossaryEntry, ...]:
    """Entries of a ``.csv`` or ``.tbx`` (also ``.xml``) glossary, in file order."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise GlossaryError(f"{path}: cannot read glossary ({exc.strerror or exc})") from None
    suffix = path.suffix.lower()
    if suffix == ".csv":
        entries = _parse_csv(raw, path)
    elif suffix in (".tbx", ".xml"):
        entries = _parse_tbx(raw, path)
    else:
        raise GlossaryError(f"{path}: unknown glossary format {suffix or '(no extension)'!r} (use .csv or .tbx)")
    if not entries:
        raise GlossaryError(f"{path}: glossary has no entries")
    return entries


def _parse_csv(raw: bytes, path: Path) -> tuple[GlossaryEntry, ...]:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise GlossaryError(f"{path}: glossary is not UTF-8") from None
    rows = csv.DictReader(io.StringIO(text))
    header = [h.strip().lower() for h in rows.fieldnames or ()]
    if "term" not in header:
        raise GlossaryError(f"{path}: CSV glossary needs a header row with a 'term' column (term,variants,note)")
    rows.fieldnames = header
    entries = []
    for number, row in enumerate(rows, start=2):
        if None in row:
            raise GlossaryError(f"{path}:{number}: too many fields (quote fields that contain commas)")
        term = (row.get("term") or "").strip()
        variants = tuple(v.strip() for v in (row.get("variants") or "").split("|") if v.strip())
        if not term:
            if variants or (row.get("note") or "").strip():
                raise GlossaryError(f"{path}:{number}: empty term")
            continue  # blank line
        entries.append(GlossaryEntry(term, tuple(v for v in variants if v != term), (row.get("note") or "").strip()))
    return tuple(entries)


def _local(tag: object) -> str:
    """Element name without its namespace (TBX v3 files declare one)."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _parse_tbx(raw: bytes, path: Path) -> tuple[GlossaryEntry, ...]:
    try:
        root = ET.fromstring(raw)
    except ET.ParseError as exc:
        raise GlossaryError(f"{path}: not well-formed TBX/XML ({exc})") from None
    entries = []
    for concept in root.iter():
        if _local(concept.tag) not in ("termEntry", "conceptEntry"):
            continue
        preferred, admitted, deprecated = [], [], []
        note = ""
        for el in concept.iter():
            name = _local(el.tag)
            if name in ("descrip", "note") and not note and (el.text or "").strip():
                if name == "note" or el.get("type") in ("definition", "context", "note"):
                    note = " ".join(el.text.split())
            if name not in ("langSet", "langSec") or not el.get(_XML_LANG, "").lower().startswith("en"):
                continue
            for term, status in _terms(el):
                bucket = deprecated if status.startswith(_BAD_STATUSES) else \
                    preferred if status.startswith("preferred") else admitted
                bucket.append(term)
        candidates = preferred + admitted
        if candidates:
            variants = tuple(dict.fromkeys(t for t in deprecated if t != candidates[0]))
            entries.append(GlossaryEntry(candidates[0], variants, note))
    if not entries and not any(_local(e.tag) in ("termEntry", "conceptEntry") for e in root.iter()):
        raise GlossaryError(f"{path}: no <termEntry> or <conceptEntry> elements (is this a TBX file?)")
    return tuple(entries)


def _terms(lang_set: ET.Element) -> list[tuple[str, str]]:
    """(term, administrative status) for each term group (tig, ntig, termSec) in a language section."""
    out = []
    for group in lang_set.iter():
        if _local(group.tag) not in ("tig", "ntig", "termSec"):
            continue
        term, status = "", ""
        for el in group.iter():
            name = _local(el.tag)
            if name == "term" and not term:
                term = " ".join("".join(el.itertext()).split())
            elif name == "termNote" and el.get("type") == "administrativeStatus":
                status = (el.text or "").strip().lower().replace("_", "").replace(" ", "")
        if term:
            out.append((term, status))
    return out
