"""Which files a lint run reads: named files as given, directories walked with include/exclude globs."""
from __future__ import annotations

import fnmatch
import os
from pathlib import Path
from typing import Iterable

from mtcheck.text.read import InputError

# Never descend into these: version control, virtualenvs, caches.
SKIP_DIRS = frozenset({".git", ".hg", ".svn", ".venv", "venv", "node_modules", "__pycache__", ".tox", ".mypy_cache"})
# mtcheck's own companion files next to articles are not articles.
OWN_SUFFIXES = (".review.tsv", ".review.csv")


def _excluded(path: str, excludes: Iterable[str]) -> bool:
    posix = Path(path).as_posix()
    return any(fnmatch.fnmatch(posix, g) or fnmatch.fnmatch(Path(path).name, g) or f"/{g.strip('/')}/" in f"/{posix}/"
               for g in excludes)


def collect(paths: Iterable[str], include: Iterable[str], exclude: Iterable[str]) -> list[str]:
    """Files to lint, sorted within each directory; raises InputError when nothing is left."""
    include, exclude = tuple(include), tuple(exclude)
    found: list[str] = []
    for given in paths:
        if given == "-":
            found.append(given)
            continue
        if not os.path.exists(given):
            raise InputError(f"{given}: no such file or directory")
        if os.path.isfile(given):
            found.append(given)
            continue
        matched = []
        for folder, dirs, files in os.walk(given):
            dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS and not _excluded(os.path.join(folder, d), exclude))
            for name in files:
                full = os.path.join(folder, name)
                if (any(fnmatch.fnmatch(name, g) for g in include) and not name.endswith(OWN_SUFFIXES)
                        and not _excluded(full, exclude)):
                    matched.append(full)
        if not matched:
            raise InputError(f"{given}: no files matching {', '.join(include)} (use --include to widen)")
        found.extend(sorted(matched))
    if not found:
        raise InputError("no input files given")
    return found
