"""Fixtures for the scoring tests: the loopback LibreTranslate server, a fresh cache, fast settings."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from mtcheck.scoring.cache import TranslationCache
from mtcheck.scoring.translate import Translator, TranslatorSettings
from tests.scoring.libre_server import LibreServer

DATA = Path(__file__).parent / "data"
BRIDGE_DE = DATA / "bridge.de.txt"
BRIDGE_EN = DATA / "bridge.en.txt"
# Canned German back-translations of the English bridge article, one per English sentence.
BRIDGE_BT: dict[str, str] = json.loads((DATA / "bridge.bt.json").read_text(encoding="utf-8"))


def fast(url: str, **changes) -> TranslatorSettings:
    """Settings for tests: short timeout and backoff, so that retries cost milliseconds."""
    values = dict(provider="libre", url=url, timeout=0.5, retries=3, backoff=0.01, backoff_cap=0.05,
                  concurrency=4, rate_limit=0)
    values.update(changes)
    return TranslatorSettings(**values)


@pytest.fixture
def server():
    with LibreServer(BRIDGE_BT) as srv:
        yield srv


@pytest.fixture
def cache_path(tmp_path: Path) -> Path:
    return tmp_path / "translations.sqlite3"


@pytest.fixture
def cache(cache_path: Path):
    db = TranslationCache(cache_path)
    yield db
    db.close()


@pytest.fixture
def translator(server: LibreServer, cache: TranslationCache) -> Translator:
    return Translator(fast(server.url), cache=cache, environ={})
