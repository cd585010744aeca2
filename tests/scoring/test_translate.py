"""The translator adapter against a real HTTP server on 127.0.0.1, through deep-translator's own code.

Nothing here mocks the HTTP layer: deep-translator's LibreTranslator builds each request, ``requests``
sends it over a socket, and the loopback server answers (or fails as told).
"""
from __future__ import annotations

import socket
import time

import pytest
import requests

from mtcheck.scoring.cache import TranslationCache
from mtcheck.scoring.errors import (NotInCache, TranslationIncomplete, TranslatorConfigError,
                                    TranslatorUnavailable)
from mtcheck.scoring.pacing import RateLimiter, backoff_delay
from mtcheck.scoring.providers import resolve
from mtcheck.scoring.translate import Translator
from mtcheck.scoring.transport import calling, public_url, redact
from tests.scoring.conftest import BRIDGE_BT, fast
from tests.scoring.libre_server import LibreServer

ENGLISH = list(BRIDGE_BT)
KEY = "sk-TEST-9f8e7d6c5b4a"


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]  # nothing listens there once the socket is closed


def test_real_deep_translator_request_shape(server, translator):
    assert translator.translate(ENGLISH[:2], "en", "de") == [BRIDGE_BT[t] for t in ENGLISH[:2]]
    first = server.requests[0]
    # deep-translator sends every field in the query string of POST /translate
    assert first["q"] in ENGLISH[:2] and first["source"] == "en" and first["target"] == "de"
    assert "api_key" not in first  # no key configured: none sent (the placeholder never leaves)
    assert server.raw[0].startswith("POST /translate?")


@pytest.mark.parametrize("faults", [("429",), ("500",), ("503",), ("malformed",), ("drop",), ("slow",),
                                    ("429", "drop", "malformed")])
def test_transient_faults_are_retried(server, cache, faults):
    server.slow_seconds = 1.0  # past the 0.3 s timeout
    server.queue(*faults)
    tr = Translator(fast(server.url, timeout=0.3), cache=cache, environ={})
    assert tr.translate([ENGLISH[1]], "en", "de") == [BRIDGE_BT[ENGLISH[1]]]
    assert server.count == len(faults) + 1
    assert tr.stats.requests == len(faults) + 1


def test_timeout_applies_to_every_request(server, cache):
    server.slow_seconds = 2.0
    server.fail_texts[ENGLISH[3]] = "slow"
    tr = Translator(fast(server.url, timeout=0.2, retries=1), cache=cache, environ={})
    start = time.monotonic()
    with pytest.raises(TranslatorUnavailable) as info:
        tr.translate([ENGLISH[3]], "en", "de")
    assert time.monotonic() - start < 1.5  # two attempts of 0.2 s, not two of 2 s
    assert "no answer within 0.2 s (after 2 attempts)" in str(info.value)
    assert server.count == 2


def test_retries_give_up_with_one_clear_line(server, cache):
    server.fail_after(0, "500")
    tr = Translator(fast(server.url, retries=2), cache=cache, environ={})
    with pytest.raises(TranslatorUnavailable) as info:
        tr.translate(ENGLISH[:2], "en", "de")
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith(f"translator libre ({server.url}) kept failing: HTTP 500 (after 3 attempts)")
    assert "0 of 2 sentences translated and cached" in message
    assert "run the same command again to continue" in message
    assert server.count == 6  # 2 sentences × 3 attempts


def test_failure_mid_article_keeps_the_work_and_the_rerun_resumes(server, cache_path):
    texts = ENGLISH  # 13 sentences
    server.fail_after(5, "drop")
    with TranslationCache(cache_path) as db:
        tr = Translator(fast(server.url, concurrency=1, retries=1), cache=db, environ={})
        with pytest.raises(TranslatorUnavailable) as info:
            tr.translate(texts, "en", "de")
        assert "connection dropped" in str(info.value)
        assert "5 of 13 sentences translated and cached" in str(info.value)
        assert db.count() == 5
    # the service is back: a new run (new process, same cache file) sends only what is missing
    server.heal()
    server.reset_counts()
    with TranslationCache(cache_path) as db:
        tr = Translator(fast(server.url), cache=db, environ={})
        assert tr.translate(texts, "en", "de") == [BRIDGE_BT[t] for t in texts]
        assert server.count == 8
        assert (tr.stats.from_cache, tr.stats.translated) == (5, 8)


def test_second_run_of_the_same_article_sends_nothing(server, cache_path):
    with TranslationCache(cache_path) as db:
        Translator(fast(server.url), cache=db, environ={}).translate(ENGLISH, "en", "de")
    assert server.count == len(ENGLISH)
    server.reset_counts()
    with TranslationCache(cache_path) as db:
        tr = Translator(fast(server.url), cache=db, environ={})
        assert tr.translate(ENGLISH, "en", "de") == [BRIDGE_BT[t] for t in ENGLISH]
    assert server.count == 0
    assert tr.stats.requests == 0 and tr.stats.from_cache == len(ENGLISH)


def test_requests_really_run_concurrently(cache):
    with LibreServer(latency=0.1) as srv:
        tr = Translator(fast(srv.url, concurrency=8), cache=cache, environ={})
        start = time.monotonic()
        tr.translate([f"Sentence number {i}." for i in range(16)], "en", "de")
        elapsed = time.monotonic() - start
        assert srv.max_in_flight >= 4
        assert elapsed < 16 * 0.1 / 2  # sequentially it takes 1.6 s


def test_concurrency_is_bounded(cache):
    with LibreServer(latency=0.02) as srv:
        Translator(fast(srv.url, concurrency=2), cache=cache, environ={}).translate(
            [f"Satz {i}." for i in range(8)], "en", "de")
        assert srv.max_in_flight <= 2


@pytest.mark.parametrize("fault", ["empty", "blank"])
def test_one_bad_sentence_does_not_lose_the_others(server, cache, fault):
    server.fail_texts[ENGLISH[4]] = fault  # the service answers, but with no translation
    tr = Translator(fast(server.url), cache=cache, environ={})
    with pytest.raises(TranslationIncomplete) as info:
        tr.translate(ENGLISH, "en", "de")
    assert "1 of 13 sentences could not be translated (no translation returned)" in str(info.value)
    assert info.value.failed == {ENGLISH[4]: "no translation returned"}
    assert cache.count() == 12
    assert server.count == 13  # a permanent failure is not retried


def test_unreachable_service_stops_early(cache):
    url = f"http://127.0.0.1:{closed_port()}/"
    tr = Translator(fast(url, retries=1, concurrency=2, abort_after=3), cache=cache, environ={})
    start = time.monotonic()
    with pytest.raises(TranslatorUnavailable) as info:
        tr.translate([f"Sentence {i}." for i in range(50)], "en", "de")
    assert time.monotonic() - start < 3
    assert str(info.value).startswith(f"translator libre ({url}) could not be reached: connection refused")
    assert "0 of 50 sentences translated and cached" in str(info.value)
    assert tr.stats.requests < 20  # not 50 sentences × 2 attempts


def test_keys_never_appear_in_messages_or_cache(cache_path):
    env = {"MTCHECK_LIBRE_API_KEY": KEY}
    with LibreServer(BRIDGE_BT, api_key=KEY) as srv:
        with TranslationCache(cache_path) as db:
            tr = Translator(fast(srv.url), cache=db, environ=env)
            assert tr.translate(ENGLISH[:3], "en", "de") == [BRIDGE_BT[t] for t in ENGLISH[:3]]
            assert srv.requests[0]["api_key"] == KEY  # the server did get it
            assert KEY not in repr(tr.settings) and KEY not in repr(tr.setup) and KEY not in tr.label
        # a server that rejects the key: the message says so without quoting it
        with LibreServer(BRIDGE_BT, api_key="another-key") as other:
            tr = Translator(fast(other.url), cache=None, environ=env)
            with pytest.raises(TranslatorUnavailable) as info:
                tr.translate(ENGLISH, "en", "de")
            assert "refused the request: HTTP 403" in str(info.value)
            assert other.count <= 5  # fatal: no retries, queued sentences cancelled (not 13 × 4 requests)
            assert KEY not in str(info.value)
    # requests puts the whole URL, query string and key included, into its connection errors
    tr = Translator(fast(f"http://127.0.0.1:{closed_port()}/", retries=0), cache=None, environ=env)
    with pytest.raises(TranslatorUnavailable) as info:
        tr.translate(ENGLISH[:1], "en", "de")
    assert KEY not in str(info.value)
    data = cache_path.read_bytes() + b"".join(p.read_bytes() for p in cache_path.parent.glob("*-wal"))
    assert KEY.encode() not in data


def test_redact_and_public_url():
    assert redact(f"GET /translate?q=x&api_key={KEY} failed", (KEY,)) == "GET /translate?q=x&api_key=*** failed"
    assert redact("key=a%2Fb", ("a/b",)) == "key=***"
    assert public_url("https://user:pw@host:5000/path/?api_key=x") == "https://host:5000/path/"


def test_offline_uses_the_cache_alone(server, cache):
    Translator(fast(server.url), cache=cache, environ={}).translate(ENGLISH[:4], "en", "de")
    server.reset_counts()
    offline = Translator(fast(server.url), cache=cache, offline=True, environ={})
    assert offline.translate(ENGLISH[:4], "en", "de") == [BRIDGE_BT[t] for t in ENGLISH[:4]]
    with pytest.raises(NotInCache) as info:
        offline.translate(ENGLISH[:6], "en", "de")
    assert str(info.value) == (f"--offline: 2 of 6 sentences are not in the cache for libre ({server.url}) "
                               "en→de; run without --offline to translate them")
    assert server.count == 0


def test_offline_needs_no_key(cache):
    tr = Translator(fast(None, provider="deepl"), cache=cache, offline=True, environ={})
    with pytest.raises(NotInCache):
        tr.translate(["Hello there."], "en", "de")


def test_text_without_letters_is_not_sent(server, translator):
    assert translator.translate(["2022", "–", "."], "en", "de") == ["2022", "–", "."]
    assert server.count == 0


def test_cache_is_keyed_by_provider_pair_and_exact_text(server, cache):
    tr = Translator(fast(server.url), cache=cache, environ={})
    tr.translate([ENGLISH[1]], "en", "de")
    tr.translate([ENGLISH[1]], "en", "fr")  # another pair: another request
    tr.translate([ENGLISH[1] + " "], "en", "de")  # another text: another request
    assert server.count == 3
    identity = tr.setup.identity
    assert cache.get_many(identity, "en", "de", [ENGLISH[1]]) == {ENGLISH[1]: BRIDGE_BT[ENGLISH[1]]}
    assert cache.get_many("google", "en", "de", [ENGLISH[1]]) == {}


@pytest.mark.parametrize("name, url, env, expected", [
    ("babelfish", None, {}, "unknown translator 'babelfish' (known: baidu, deepl, google, libre, microsoft, "
                            "mymemory, papago, qcri, yandex)"),
    ("deepl", None, {}, "translator deepl needs api_key: set MTCHECK_DEEPL_API_KEY in the environment"),
    ("google", "http://127.0.0.1:5000", {}, "translator google does not take --translator-url (only "
                                            "self-hosted services do: libre)"),
    ("libre", "ftp://x", {}, "--translator-url must start with http:// or https://, got 'ftp://x'"),
    ("libre", None, {}, "translator libre needs --translator-url (a self-hosted server) or MTCHECK_LIBRE_API_KEY "
                        "(for libretranslate.com)"),
])
def test_configuration_errors(name, url, env, expected):
    with pytest.raises(TranslatorConfigError) as info:
        resolve(name, url, environ=env)
    assert str(info.value) == expected


def test_keys_are_read_at_call_time_ours_first():
    setup = resolve("deepl", environ={"MTCHECK_DEEPL_API_KEY": "ours:fx", "DEEPL_API_KEY": "theirs"})
    assert setup.kwargs["api_key"] == "ours:fx" and setup.kwargs["use_free_api"] is True
    assert resolve("deepl", environ={"DEEPL_API_KEY": "theirs"}).kwargs["api_key"] == "theirs"
    assert resolve("deepl", credentials={"api_key": "config"}, environ={"DEEPL_API_KEY": "x"}).secrets() == ("config",)


def test_libre_url_gets_its_trailing_slash(server, cache):
    tr = Translator(fast(server.url.rstrip("/")), cache=cache, environ={})
    assert tr.setup.kwargs["custom_url"] == server.url
    assert tr.translate([ENGLISH[2]], "en", "de") == [BRIDGE_BT[ENGLISH[2]]]


def test_unsupported_language_is_a_configuration_error(server, cache):
    tr = Translator(fast(server.url), cache=cache, environ={})
    with pytest.raises(TranslatorConfigError) as info:
        tr.translate(["Hello there."], "en", "xx")
    assert "en→xx: language pair not supported by this provider" in str(info.value)
    assert server.count == 0


def test_google_raw_connection_error_is_caught_by_the_transport():
    """Offline, GoogleTranslator lets a raw requests ConnectionError escape; the stand-in records it."""
    google = resolve("google", environ={}).build("en", "de")
    google._base_url = f"http://127.0.0.1:{closed_port()}/m"
    with calling(0.5) as record:
        with pytest.raises(requests.exceptions.ConnectionError):
            google.translate("Hello world")
    assert isinstance(record.error, requests.exceptions.ConnectionError) and record.requests == 1


def test_rate_limit_spaces_requests(cache):
    limiter = RateLimiter(rate=50, burst=1)
    start = time.monotonic()
    for _ in range(11):
        limiter.acquire()
    assert time.monotonic() - start >= 0.18  # 10 waits of 20 ms
    with LibreServer() as srv:
        tr = Translator(fast(srv.url, rate_limit=40, concurrency=8), cache=cache, environ={})
        tr._limiter = RateLimiter(40, burst=1)  # a fresh bucket: the shared one may hold tokens
        start = time.monotonic()
        tr.translate([f"Satz {i}." for i in range(9)], "en", "de")
        assert time.monotonic() - start >= 0.18  # 8 waits of 25 ms despite 8 workers


def test_backoff_grows_is_capped_and_jittered():
    import random

    rng = random.Random(1)
    delays = [backoff_delay(a, 0.5, 4.0, rng=rng) for a in range(6)]
    assert 0.25 <= delays[0] <= 0.5 and 0.5 <= delays[1] <= 1.0 and 1.0 <= delays[2] <= 2.0
    assert all(2.0 <= d <= 4.0 for d in delays[3:])
    assert len({round(d, 6) for d in delays}) == len(delays)  # jitter
    assert backoff_delay(0, 0.5, 4.0, retry_after=3.0) == 3.0
    assert backoff_delay(0, 0.5, 4.0, retry_after=60.0) == 4.0  # Retry-After, but within the cap


def test_a_key_exported_after_import_is_used(monkeypatch, cache):
    """deep-translator reads its key defaults once, at import; mtcheck reads the environment when it runs."""
    import importlib

    importlib.import_module("deep_translator.libre")  # imported before the key exists
    monkeypatch.setenv("MTCHECK_LIBRE_API_KEY", KEY)
    with LibreServer(BRIDGE_BT, api_key=KEY) as srv:
        assert Translator(fast(srv.url), cache=cache).translate([ENGLISH[0]], "en", "de") == [BRIDGE_BT[ENGLISH[0]]]
