"""Language-pair packs: knowledge as data.

A pack is a folder ``mtcheck/data/<src>-<tgt>/`` of TOML files (false friends, calques, number
conventions, untranslated-residue signals …). ``mtcheck/data/common/`` holds what does not depend
on the source language (boilerplate patterns) and per-target-language files named ``<name>.<tgt>.toml``.
Adding a pair means adding a folder: no code changes.
"""
from __future__ import annotations

import functools
import tomllib
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).parent / "data"


class PackError(Exception):
    """A data file is missing or malformed (a bug in the pack, reported with its path)."""


def _load_toml(path: Path) -> dict[str, Any]:
    # Parsing the lexicons' TOML takes about 0.1 s, a sixth of linting one article with start-up;
    # unpickling the parsed tables takes milliseconds (kept in the user cache while the file is unchanged).
    from mtcheck.lang.derived import cached_derivation

    return cached_derivation(f"pack-{path.parent.name}-{path.stem}", [path], lambda: _parse_toml(path))


def _parse_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise PackError(f"{path}: {exc}") from None


def available_pairs() -> list[str]:
    """The language pairs that have a pack, e.g. ``["de-en", "es-en", "fr-en"]``."""
    return sorted(p.name for p in DATA_DIR.iterdir() if p.is_dir() and "-" in p.name)


class Pack:
    """The data for one source→target pair; missing files read as empty tables."""

    def __init__(self, source: str | None, target: str | None, data_dir: Path = DATA_DIR) -> None:
        self.source = (source or "").lower() or None
        self.target = (target or "en").lower()
        self.data_dir = data_dir

    @property
    def pair(self) -> str | None:
        return f"{self.source}-{self.target}" if self.source else None

    @property
    def exists(self) -> bool:
        return bool(self.pair) and (self.data_dir / self.pair).is_dir()

    def table(self, name: str) -> dict[str, Any]:
        """``data/<src>-<tgt>/<name>.toml`` (empty when the pair or file is absent)."""
        return _table(self.data_dir, self.pair, name) if self.pair else {}

    def common(self, name: str) -> dict[str, Any]:
        """``data/common/<name>.<tgt>.toml`` if present, else ``data/common/<name>.toml``."""
        return _common(self.data_dir, self.target, name)

    def __repr__(self) -> str:
        return f"Pack({self.pair or 'no source language'})"


# Rules look their tables up for every document, and building the paths costs more than the lookup:
# the answers are kept per (folder, pair or target, name), as the files do not change during a run.
@functools.lru_cache(maxsize=256)
def _table(data_dir: Path, pair: str, name: str) -> dict[str, Any]:
    path = data_dir / pair / f"{name}.toml"
    return _load_toml(path) if path.is_file() else {}


@functools.lru_cache(maxsize=256)
def _common(data_dir: Path, target: str, name: str) -> dict[str, Any]:
    for candidate in (f"{name}.{target}.toml", f"{name}.toml"):
        path = data_dir / "common" / candidate
        if path.is_file():
            return _load_toml(path)
    return {}
