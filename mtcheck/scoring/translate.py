"""Sentence translation through deep-translator, made fit for a linter: bounded, cached, resumable.

What deep-translator 1.11.4 lacks and this adapter adds: a timeout on every request (see
:mod:`mtcheck.scoring.transport`), retries with exponential backoff and jitter on 429, 5xx, timeouts,
dropped connections and malformed answers, several requests in flight (a thread pool; one library
instance per thread, because instances mutate their URL parameters on every call), a per-provider rate
limit, and error isolation per sentence (``translate_batch`` stops at the first error; here one bad
sentence does not lose the others). Each translation is committed to the cache the moment it arrives,
from the main thread, so an interrupted or failed run keeps its work and a re-run only sends what is
missing. When the service is down, the run stops early (after ``abort_after`` sentences in a row failed
for transport reasons) instead of spending every retry of every sentence.
"""
from __future__ import annotations

import threading
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from typing import Any, Callable, Mapping, Sequence

import requests

from mtcheck.scoring.cache import TranslationCache
from mtcheck.scoring.errors import (NotInCache, TranslationIncomplete, TranslatorConfigError,
                                    TranslatorUnavailable)
from mtcheck.scoring.pacing import backoff_delay, limiter_for
from mtcheck.scoring.providers import ProviderSetup, resolve
from mtcheck.scoring.transport import CallRecord, calling, public_url, redact

Progress = Callable[[int, int], None]  # (sentences done, sentences in all)


@dataclass(frozen=True)
class TranslatorSettings:
    """How to reach a translation service. Keys are not here unless they came from config (``credentials``)."""

    provider: str = "google"
    url: str | None = None
    timeout: float = 10.0  # seconds, per request (connect and read)
    retries: int = 3  # further attempts after the first
    backoff: float = 0.5  # first retry waits 0.25–0.5 s, then doubling
    backoff_cap: float = 8.0
    concurrency: int = 8  # requests in flight
    rate_limit: float | None = None  # requests a second; None: the provider's default; 0: unlimited
    abort_after: int = 3  # sentences in a row failing on transport: the service is unreachable
    credentials: Mapping[str, str] = field(default_factory=dict, repr=False)

    @classmethod
    def from_config(cls, table: Mapping[str, Any], **overrides: Any) -> "TranslatorSettings":
        """From the ``[translator]`` config table (name, url, timeout, retries, concurrency, rate-limit)."""
        values = {"provider": table.get("name"), "url": table.get("url"), "timeout": table.get("timeout"),
                  "retries": table.get("retries"), "concurrency": table.get("concurrency"),
                  "rate_limit": table.get("rate-limit")}
        values.update(overrides)
        return cls(**{k: v for k, v in values.items() if v is not None})


@dataclass
class TranslationStats:
    sentences: int = 0  # distinct texts asked for
    from_cache: int = 0
    translated: int = 0  # fetched from the service in this run
    requests: int = 0  # HTTP requests, retries included


class _Failure(Exception):
    """One sentence's failed attempt, classified. ``cause`` is short, human and free of secrets."""

    def __init__(self, cause: str, *, retryable: bool = False, transport: bool = False,
                 fatal: bool = False, retry_after: float | None = None) -> None:
        super().__init__(cause)
        self.cause, self.retryable, self.transport, self.fatal = cause, retryable, transport, fatal
        self.retry_after = retry_after


class _Cancelled(Exception):
    pass


def _classify(exc: BaseException, record: CallRecord, timeout: float, secrets: tuple[str, ...]) -> _Failure:
    """What went wrong, judged by what the transport saw first and by the library's exception second."""
    from deep_translator import exceptions as dt

    err = record.error
    if isinstance(err, requests.Timeout):
        return _Failure(f"no answer within {timeout:g} s", retryable=True, transport=True)
    if isinstance(err, requests.ConnectionError):
        text = str(err)
        cause = ("connection refused" if "refused" in text.lower()
                 else "host not found" if "resolve" in text.lower() or "name or service" in text.lower()
                 else "connection dropped")
        return _Failure(cause, retryable=True, transport=True)
    if isinstance(err, requests.RequestException):
        return _Failure(f"broken response ({type(err).__name__})", retryable=True, transport=True)
    status = record.status
    if status in (401, 403) or isinstance(exc, dt.AuthorizationException):
        return _Failure(f"HTTP {status or 403}: the service refused the key or the request", fatal=True)
    if status == 429:
        return _Failure("HTTP 429 (rate limited)", retryable=True, transport=True,
                        retry_after=record.retry_after)
    if status is not None and status >= 500:
        return _Failure(f"HTTP {status}", retryable=True, transport=True, retry_after=record.retry_after)
    if status is not None and status >= 400:
        return _Failure(f"HTTP {status}")
    if isinstance(exc, (dt.LanguageNotSupportedException, dt.InvalidSourceOrTargetLanguage)):
        return _Failure("language pair not supported by this provider", fatal=True)
    if isinstance(exc, dt.ApiKeyException):
        return _Failure("no API key", fatal=True)
    if isinstance(exc, ValueError):  # requests' JSONDecodeError is a ValueError: a proxy page, a half answer
        return _Failure("malformed answer (not the expected JSON)", retryable=True, transport=True)
    if isinstance(exc, (dt.NotValidLength, dt.NotValidPayload)):
        return _Failure("text too long for this provider")
    if isinstance(exc, dt.TranslationNotFound):
        return _Failure("no translation returned")
    return _Failure(redact(f"{type(exc).__name__}: {exc}", secrets)[:160])


class Translator:
    """Translates sentences with one provider, through the cache. Use from one thread at a time."""

    def __init__(self, settings: TranslatorSettings = TranslatorSettings(), *,
                 cache: TranslationCache | None = None, offline: bool = False,
                 environ: Mapping[str, str] | None = None) -> None:
        self.settings = settings
        self.cache = cache
        self.offline = offline
        self.setup: ProviderSetup = resolve(settings.provider, settings.url, settings.credentials, environ,
                                            require_keys=not offline)
        rate = settings.rate_limit if settings.rate_limit is not None else self.setup.provider.rate_limit
        self._limiter = limiter_for(self.setup.identity, rate)
        self._local = threading.local()
        self._lock = threading.Lock()
        self.stats = TranslationStats()

    @property
    def name(self) -> str:
        return self.setup.name

    @property
    def label(self) -> str:
        """The provider for messages: name, and a self-hosted server's address without credentials."""
        return f"{self.name} ({public_url(self.setup.url)})" if self.setup.url else self.name

    # --- one sentence, in a worker thread ---------------------------------------------------------
    def _instance(self, source: str, target: str) -> Any:
        instances = getattr(self._local, "instances", None)
        if instances is None:
            instances = self._local.instances = {}
        if (source, target) not in instances:
            instances[(source, target)] = self.setup.build(source, target)
        return instances[(source, target)]

    def _translate_one(self, text: str, source: str, target: str, stop: threading.Event) -> str:
        s = self.settings
        for attempt in range(s.retries + 1):
            if stop.is_set() or not self._limiter.acquire(stop):
                raise _Cancelled
            with calling(s.timeout) as record:
                try:
                    result = self._instance(source, target).translate(text)
                    ok = isinstance(result, str) and bool(result.strip())
                    failure = None if ok else _Failure("no translation returned")
                except Exception as exc:  # noqa: BLE001 - every library failure is classified below
                    failure = _classify(exc, record, s.timeout, self.setup.secrets())
            with self._lock:
                self.stats.requests += record.requests
            if failure is None:
                return result
            if failure.fatal:
                stop.set()  # at once, not when the main thread gets round to it: no more requests
            if failure.fatal or not failure.retryable or attempt == s.retries:
                if failure.retryable and s.retries:
                    failure.cause += f" (after {s.retries + 1} attempts)"
                raise failure
            if stop.wait(backoff_delay(attempt, s.backoff, s.backoff_cap, failure.retry_after)):
                raise _Cancelled
        raise AssertionError("unreachable")

    # --- many sentences ---------------------------------------------------------------------------
    def translate(self, texts: Sequence[str], source: str, target: str,
                  progress: Progress | None = None) -> list[str]:
        """Translations of ``texts`` (same order). Raises a TranslatorError subclass with one clear line."""
        unique = list(dict.fromkeys(texts))
        # Text without letters ("2022", "–", "***") reads the same in every language: nothing to send.
        done: dict[str, str] = {t: t for t in unique if not any(c.isalpha() for c in t)}
        wanted = [t for t in unique if t not in done]
        if self.cache is not None and wanted:
            cached = self.cache.get_many(self.setup.identity, source, target, wanted)
            done.update(cached)
            self.stats.from_cache += len(cached)
        self.stats.sentences += len(unique)
        missing = [t for t in wanted if t not in done]
        if progress:
            progress(len(unique) - len(missing), len(unique))
        if missing and self.offline:
            raise NotInCache(f"--offline: {len(missing)} of {len(unique)} sentences are not in the cache for "
                             f"{self.label} {source}→{target}; run without --offline to translate them",
                             missing=len(missing), total=len(unique))
        if missing:
            self._run_pool(missing, source, target, done, len(unique), progress)
        return [done[t] for t in texts]

    def _run_pool(self, missing: list[str], source: str, target: str, done: dict[str, str], total: int,
                  progress: Progress | None) -> None:
        stop = threading.Event()
        failed: dict[str, _Failure] = {}
        stopping: _Failure | None = None
        in_a_row = 0
        pool = ThreadPoolExecutor(max_workers=max(1, self.settings.concurrency), thread_name_prefix="mtcheck-tr")
        try:
            pending: dict[Future, str] = {pool.submit(self._translate_one, t, source, target, stop): t
                                          for t in missing}
            while pending:
                finished, _ = wait(pending, return_when=FIRST_COMPLETED)
                for future in finished:
                    text = pending.pop(future)
                    try:
                        result = future.result()
                    except _Cancelled:
                        continue
                    except _Failure as failure:
                        failed[text] = failure
                        in_a_row = in_a_row + 1 if failure.transport else 0
                        if stopping is None and (failure.fatal or in_a_row >= max(1, self.settings.abort_after)):
                            stopping = failure
                            stop.set()  # queued sentences cancel themselves; answers in flight still count
                        continue
                    in_a_row = 0
                    done[text] = result
                    self.stats.translated += 1
                    if self.cache is not None:
                        self.cache.put(self.setup.identity, source, target, text, result)
                    if progress:
                        progress(len(done), total)
        except BaseException:  # Ctrl-C: what is in the cache stays there
            stop.set()
            pool.shutdown(wait=False, cancel_futures=True)
            raise
        pool.shutdown(wait=True)
        self._raise_for(stopping, failed, len(done), total, source, target)

    def _raise_for(self, stopping: _Failure | None, failed: dict[str, _Failure], done: int, total: int,
                   source: str, target: str) -> None:
        kept = "translated and cached" if self.cache is not None else "translated (no cache: they are lost)"
        again = "run the same command again to continue (cached sentences are not sent again)"
        transport = [f for f in failed.values() if f.transport]
        if stopping is None and transport:
            stopping = max(transport, key=lambda f: sum(g.cause == f.cause for g in transport))
        if stopping is not None:
            if stopping.fatal and "language" in stopping.cause:
                raise TranslatorConfigError(f"translator {self.label}: {source}→{target}: {stopping.cause}")
            if stopping.fatal:
                verb, again = "refused the request", "check the key in the environment, then " + again
            elif stopping.cause.startswith(("connection refused", "host not found", "no answer")):
                verb = "could not be reached"
            else:
                verb = "kept failing"
            raise TranslatorUnavailable(
                f"translator {self.label} {verb}: {stopping.cause}; {done} of {total} sentences {kept}; {again}",
                provider=self.name, cause=stopping.cause, done=done, total=total)
        if failed:
            causes = "; ".join(sorted({f.cause for f in failed.values()}))[:200]
            raise TranslationIncomplete(
                f"translator {self.label}: {len(failed)} of {total} sentences could not be translated "
                f"({causes}); {done} of {total} {kept}; {again}",
                failed={t: f.cause for t, f in failed.items()}, done=done, total=total)
