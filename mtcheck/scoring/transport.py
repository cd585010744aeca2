"""The HTTP seam under deep-translator: a timeout on every request, pooled connections, and what happened.

deep-translator 1.11.4 calls ``requests.get``/``requests.post`` at module level with no timeout, gives no
hook for one, and turns most failures into its own exceptions that forget the HTTP status. Each provider
module we use gets a thin stand-in for its ``requests`` name (:func:`install`). Inside a
:func:`calling` block the stand-in adds our timeout, sends the request through a ``requests.Session``
of the worker thread (keep-alive: one TCP connection per worker instead of one per sentence) and records
the status code, ``Retry-After`` and any transport error, so the retry logic can classify a failure
whatever exception the library raised afterwards. Outside such a block it passes calls through unchanged:
other users of deep-translator in the same process see the library as it is.

The library's own request building and response parsing still run; only the transport gets a timeout.
"""
from __future__ import annotations

import importlib
import re
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from types import ModuleType
from typing import Any, Iterator

import requests


@dataclass
class CallRecord:
    """What the last request of one translation attempt did (one per worker thread)."""

    timeout: float
    session: requests.Session
    status: int | None = None
    retry_after: float | None = None
    error: BaseException | None = None
    requests: int = 0


_LOCAL = threading.local()


class _RequestsStandIn:
    """Looks like the ``requests`` module to deep-translator; adds the timeout inside :func:`calling`."""

    def __init__(self, real: ModuleType) -> None:
        self._real = real

    def __getattr__(self, name: str) -> Any:  # requests.exceptions, requests.Response …
        return getattr(self._real, name)

    def _send(self, method: str, url: str, **kwargs: Any) -> requests.Response:
        record: CallRecord | None = getattr(_LOCAL, "record", None)
        if record is None:
            return getattr(self._real, method)(url, **kwargs)
        kwargs.setdefault("timeout", record.timeout)
        record.requests += 1
        record.status = record.retry_after = record.error = None
        try:
            response = record.session.request(method.upper(), url, **kwargs)
        except requests.RequestException as exc:
            record.error = exc
            raise
        record.status = response.status_code
        record.retry_after = _parse_retry_after(response.headers.get("Retry-After"))
        return response

    def get(self, url: str, **kwargs: Any) -> requests.Response:
        return self._send("get", url, **kwargs)

    def post(self, url: str, **kwargs: Any) -> requests.Response:
        return self._send("post", url, **kwargs)


def _parse_retry_after(value: str | None) -> float | None:
    try:
        return max(0.0, float(value)) if value else None
    except ValueError:
        return None  # an HTTP date: rare from translation APIs, and our own backoff is a fine fallback


_INSTALLED: set[str] = set()
_INSTALL_LOCK = threading.Lock()


def install(module_name: str) -> ModuleType:
    """Import a deep-translator provider module and give it the stand-in (idempotent, thread-safe)."""
    with _INSTALL_LOCK:
        module = importlib.import_module(module_name)
        if module_name not in _INSTALLED:
            current = getattr(module, "requests", None)
            if current is not None and not isinstance(current, _RequestsStandIn):
                module.requests = _RequestsStandIn(current)  # type: ignore[attr-defined]
            _INSTALLED.add(module_name)
        return module


_SESSIONS = threading.local()


def thread_session() -> requests.Session:
    """The calling thread's session (created on first use; pooled connections are reused)."""
    session = getattr(_SESSIONS, "session", None)
    if session is None:
        session = _SESSIONS.session = requests.Session()
    return session


@contextmanager
def calling(timeout: float) -> Iterator[CallRecord]:
    """Route this thread's deep-translator requests through the stand-in with ``timeout`` seconds."""
    record = CallRecord(timeout=timeout, session=thread_session())
    previous = getattr(_LOCAL, "record", None)
    _LOCAL.record = record
    try:
        yield record
    finally:
        _LOCAL.record = previous


def redact(text: str, secrets: tuple[str, ...]) -> str:
    """``text`` with every secret (and its URL-encoded form) replaced by ``***``."""
    from urllib.parse import quote, quote_plus

    for secret in secrets:
        if secret:
            for form in {secret, quote(secret, safe=""), quote_plus(secret)}:
                text = text.replace(form, "***")
    return text


_URL_CREDENTIALS = re.compile(r"(?<=//)[^/@\s]+@")


def public_url(url: str) -> str:
    """A URL fit for messages: user:password@ removed, query string dropped (keys travel there)."""
    return _URL_CREDENTIALS.sub("", url.split("?", 1)[0])
