"""Bytes to text: BOMs, UTF-16, charset detection and refusal of binary input.

Line endings are *not* normalised: offsets must index the text as read, so CRLF stays CRLF and the
segmenter treats ``\\r\\n``, ``\\r`` and ``\\n`` alike.
"""
from __future__ import annotations

import codecs
import os
import stat
import sys
from dataclasses import dataclass

MAX_BYTES = 16 * 1024 * 1024  # an article is ~10 KB; a larger file is almost surely not one


class InputError(Exception):
    """A problem with an input file that the user can fix (exit code 2)."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str


_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return bool(sample) and controls / len(sample) > 0.05


def decode(data: bytes, name: str = "<input>") -> Decoded:
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(enc), enc)
            except UnicodeDecodeError as exc:
                raise InputError(f"{name}: has a {enc} byte-order mark but is not valid {enc}: {exc.reason}")
    if _looks_binary(data):
        raise InputError(f"{name}: looks like a binary file, not text")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # imported late: only non-UTF-8 input pays for it

    best = from_bytes(data[:1_000_000]).best()
    if best is None or best.encoding is None:
        raise InputError(f"{name}: not UTF-8 and its encoding could not be detected; convert it to UTF-8")
    try:
        return Decoded(data.decode(best.encoding), best.encoding)
    except (UnicodeDecodeError, LookupError):
        raise InputError(f"{name}: not UTF-8 and not valid {best.encoding}; convert it to UTF-8") from None


def read_path(path: str) -> Decoded:
    """Read a file (or ``-`` for stdin) and decode it."""
    if path == "-":
        return decode(sys.stdin.buffer.read(), "<stdin>")
    try:
        with open(path, "rb") as handle:
            st = os.fstat(handle.fileno())
            if stat.S_ISDIR(st.st_mode):
                raise InputError(f"{path}: is a directory")
            if st.st_size > MAX_BYTES:
                raise InputError(f"{path}: {st.st_size // 2**20} MiB is larger than the {MAX_BYTES // 2**20} MiB limit")
            data = handle.read()
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({os.strerror(exc.errno or 0) or exc})") from None
    return decode(data, path)
