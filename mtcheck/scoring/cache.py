"""A persistent translation cache: SQLite in WAL mode, one row per provider, language pair and exact text.

Why SQLite: two runs at once (a CI job and an editor's run, or ``mtcheck check -j2``) must both read and
write it safely; WAL lets readers work while one writer commits, and ``busy_timeout`` makes a second writer
wait instead of failing. Every translation is committed as soon as it arrives, so an interrupted run keeps
its work. API keys are never part of a key or a value: the provider identity is its name (plus the URL of
a self-hosted server, without query string or credentials).
"""
from __future__ import annotations

import sqlite3
import time
from pathlib import Path
from typing import Iterable

SCHEMA_VERSION = 1
_CHUNK = 500  # SQLite's default limit on host parameters is 999 (older builds)


class CacheError(Exception):
    """The cache file cannot be opened or written (exit code 2)."""


def default_cache_path() -> Path:
    """``translations.sqlite3`` in the user cache directory (``~/.cache/mtcheck`` on Linux)."""
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("mtcheck", appauthor=False)) / "translations.sqlite3"


class TranslationCache:
    """Look-ups and inserts for one SQLite file. One instance per thread (SQLite connections are not shared)."""

    def __init__(self, path: str | Path | None = None, *, busy_timeout: float = 30.0) -> None:
        self.path = Path(path) if path is not None else default_cache_path()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # isolation_level=None: autocommit, each insert is durable on its own.
            self._db = sqlite3.connect(self.path, timeout=busy_timeout, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")  # durable across crashes of mtcheck in WAL mode
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS translations ("
                " provider TEXT NOT NULL, source_lang TEXT NOT NULL, target_lang TEXT NOT NULL,"
                " text TEXT NOT NULL, translation TEXT NOT NULL, created REAL NOT NULL,"
                " PRIMARY KEY (provider, source_lang, target_lang, text)) WITHOUT ROWID")
            version = self._db.execute("PRAGMA user_version").fetchone()[0]
            if version == 0:
                self._db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
            elif version != SCHEMA_VERSION:
                raise CacheError(f"{self.path}: cache schema {version} is not {SCHEMA_VERSION}; "
                                 "delete the file or use --cache with another path")
        except sqlite3.Error as exc:
            raise CacheError(f"{self.path}: cannot open the translation cache: {exc}") from None
        except OSError as exc:
            raise CacheError(f"{self.path}: cannot create the translation cache: {exc.strerror}") from None

    def get_many(self, provider: str, source_lang: str, target_lang: str,
                 texts: Iterable[str]) -> dict[str, str]:
        """The cached translations of those ``texts`` that are in the cache."""
        unique = list(dict.fromkeys(texts))
        found: dict[str, str] = {}
        try:
            for i in range(0, len(unique), _CHUNK):
                chunk = unique[i:i + _CHUNK]
                marks = ",".join("?" * len(chunk))
                rows = self._db.execute(
                    f"SELECT text, translation FROM translations WHERE provider=? AND source_lang=? "
                    f"AND target_lang=? AND text IN ({marks})", (provider, source_lang, target_lang, *chunk))
                found.update(rows)
        except sqlite3.Error as exc:
            raise CacheError(f"{self.path}: cannot read the translation cache: {exc}") from None
        return found

    def put(self, provider: str, source_lang: str, target_lang: str, text: str, translation: str) -> None:
        """Store one translation now (a second run storing the same text at the same time is harmless)."""
        try:
            self._db.execute(
                "INSERT OR REPLACE INTO translations VALUES (?, ?, ?, ?, ?, ?)",
                (provider, source_lang, target_lang, text, translation, time.time()))
        except sqlite3.Error as exc:
            raise CacheError(f"{self.path}: cannot write the translation cache: {exc}") from None

    def count(self) -> int:
        return self._db.execute("SELECT COUNT(*) FROM translations").fetchone()[0]

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> "TranslationCache":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
