"""Applying safe fixes: non-overlapping edits, atomic writes that keep the file's mode and encoding."""
from __future__ import annotations

import difflib
import os
import tempfile
from pathlib import Path
from typing import Iterable

from mtcheck.model import Edit, Finding


def safe_edits(findings: Iterable[Finding]) -> list[Edit]:
    """Edits of safe fixes, in order, dropping any that overlap an earlier one (fixed on a later run)."""
    edits = sorted((e for f in findings if f.fix and f.fix.safe for e in f.fix.edits),
                   key=lambda e: (e.span.start, e.span.end))
    chosen: list[Edit] = []
    for edit in edits:
        if chosen and edit.span.start < chosen[-1].span.end:
            continue
        if chosen and edit.span.start == edit.span.end == chosen[-1].span.start:
            continue  # two insertions at one point: order would be arbitrary
        chosen.append(edit)
    return chosen


def apply_edits(text: str, edits: list[Edit]) -> str:
    out, pos = [], 0
    for edit in edits:
        out.append(text[pos:edit.span.start])
        out.append(edit.replacement)
        pos = edit.span.end
    out.append(text[pos:])
    return "".join(out)


def unified_diff(before: str, after: str, path: str) -> str:
    return "".join(difflib.unified_diff(before.splitlines(keepends=True), after.splitlines(keepends=True),
                                        fromfile=f"a/{path}", tofile=f"b/{path}"))


def atomic_write_text(path: str, text: str, encoding: str = "utf-8") -> None:
    """Write through a temporary file in the same folder and rename it, keeping the file's mode."""
    target = Path(path)
    mode = target.stat().st_mode & 0o7777 if target.exists() else None
    fd, tmp = tempfile.mkstemp(dir=str(target.parent), prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(text.encode(encoding))
        if mode is None:  # a new file gets the permissions open() would give it, not mkstemp's 0600
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
