"""The SQLite translation cache: WAL mode, immediate durability, two runs at once, clear errors."""
from __future__ import annotations

import multiprocessing
import sqlite3
from pathlib import Path

import pytest

from mtcheck.scoring.cache import CacheError, TranslationCache, default_cache_path


def _writer(path: str, worker: int, n: int) -> None:
    with TranslationCache(path) as db:
        for i in range(n):
            db.put("libre", "en", "de", f"shared sentence {i}", f"geteilt {i} ({worker})")
            db.put("libre", "en", "de", f"own sentence {worker}-{i}", f"eigener Satz {worker}-{i}")
            assert db.get_many("libre", "en", "de", [f"shared sentence {i}"])


def test_wal_mode_and_lookup(cache_path: Path):
    with TranslationCache(cache_path) as db:
        assert db._db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        db.put("google", "en", "de", "Hello.", "Hallo.")
        assert db.get_many("google", "en", "de", ["Hello.", "Bye."]) == {"Hello.": "Hallo."}
        assert db.get_many("google", "de", "en", ["Hello."]) == {}


def test_each_put_is_durable_at_once(cache_path: Path):
    writer = TranslationCache(cache_path)
    writer.put("libre", "en", "de", "One.", "Eins.")
    # another connection (another run) sees it before the writer closes: nothing waits for a commit
    with TranslationCache(cache_path) as reader:
        assert reader.get_many("libre", "en", "de", ["One."]) == {"One.": "Eins."}
    writer.close()


def test_two_runs_at_once(cache_path: Path):
    ctx = multiprocessing.get_context("fork")
    procs = [ctx.Process(target=_writer, args=(str(cache_path), w, 60)) for w in range(2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(30)
    assert [p.exitcode for p in procs] == [0, 0]
    with TranslationCache(cache_path) as db:
        assert db.count() == 60 + 2 * 60  # shared keys once, own keys of both workers


def test_many_texts_in_one_lookup(cache_path: Path):
    with TranslationCache(cache_path) as db:
        for i in range(1200):  # more than SQLite's host-parameter limit in one query
            db.put("libre", "en", "de", f"s{i}", f"t{i}")
        found = db.get_many("libre", "en", "de", [f"s{i}" for i in range(1300)])
        assert len(found) == 1200 and found["s1199"] == "t1199"


def test_unusable_paths_fail_with_one_line(tmp_path: Path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(CacheError) as info:
        TranslationCache(blocker / "cache.sqlite3")
    assert str(info.value).startswith(f"{blocker / 'cache.sqlite3'}: cannot")
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"this is not a database" * 100)
    with pytest.raises(CacheError) as info:
        TranslationCache(garbage)
    assert "cannot open the translation cache" in str(info.value)


def test_foreign_schema_version_is_refused(cache_path: Path):
    db = sqlite3.connect(cache_path)
    db.execute("PRAGMA user_version=7")
    db.close()
    with pytest.raises(CacheError, match="cache schema 7 is not 1"):
        TranslationCache(cache_path)


def test_default_path_is_in_the_user_cache_directory(monkeypatch, tmp_path: Path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert default_cache_path() == tmp_path / "mtcheck" / "translations.sqlite3"
