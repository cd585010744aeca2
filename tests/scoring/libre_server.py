"""A LibreTranslate-compatible HTTP server on 127.0.0.1 for tests and benchmarks: canned answers, real faults.

It speaks enough of LibreTranslate's API for deep-translator's ``LibreTranslator``: ``POST /translate`` with
``q``, ``source``, ``target``, ``format`` and optional ``api_key`` in the query string (what deep-translator
sends), a form body or a JSON body (what other clients send), answering ``{"translatedText": ...}``; and
``GET /languages``. Faults are injected per request, in order (``server.queue("429", "500")``), for every
request after the first N (``server.fail_after(5, "drop")``), or for given texts (``server.fail_texts``):

- ``429`` / ``500`` / ``503``: that status with a JSON error body (429 carries ``Retry-After: 0``);
- ``slow``: answers correctly but only after ``slow_seconds`` (past the client's timeout);
- ``malformed``: status 200 with a truncated JSON body;
- ``drop``: closes the connection without answering;
- ``empty``: status 200 with ``{}`` (deep-translator raises TranslationNotFound);
- ``blank``: status 200 with an empty ``translatedText``.

It counts requests and the most requests it had in flight at once, and stops by itself when the test ends.
"""
from __future__ import annotations

import json
import threading
import time
from collections import deque
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable
from urllib.parse import parse_qs, urlsplit


def default_translation(text: str, source: str, target: str) -> str:
    """A deterministic stand-in for a translation of text without a canned answer."""
    return f"[{source}>{target}] {text}"


class LibreServer:
    def __init__(self, translations: dict[str, str] | None = None, *, latency: float = 0.0,
                 api_key: str | None = None, slow_seconds: float = 1.0,
                 fallback: Callable[[str, str, str], str] = default_translation) -> None:
        self.translations = dict(translations or {})
        self.latency = latency
        self.api_key = api_key
        self.slow_seconds = slow_seconds
        self.fallback = fallback
        self.fail_texts: dict[str, str] = {}
        self.requests: list[dict[str, str]] = []  # the fields of every /translate request
        self.raw: list[str] = []  # request lines and bodies as received (to look for leaked keys)
        self.in_flight = 0
        self.max_in_flight = 0
        self._faults: deque[str] = deque()
        self._fail_after: tuple[int, str] | None = None
        self._lock = threading.Lock()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05},
                                        daemon=True)

    # --- control ---------------------------------------------------------------------------------
    @property
    def url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}/"

    @property
    def count(self) -> int:
        return len(self.requests)

    def queue(self, *faults: str) -> None:
        """Apply these faults to the next requests, one each, in order."""
        with self._lock:
            self._faults.extend(faults)

    def fail_after(self, n: int, fault: str) -> None:
        """Answer the next ``n`` requests normally, then apply ``fault`` to every later one."""
        with self._lock:
            self._fail_after = (len(self.requests) + n, fault)

    def heal(self) -> None:
        with self._lock:
            self._faults.clear()
            self._fail_after = None
            self.fail_texts.clear()

    def reset_counts(self) -> None:
        with self._lock:
            self.requests.clear()
            self.raw.clear()
            self.max_in_flight = 0

    def start(self) -> "LibreServer":
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def __enter__(self) -> "LibreServer":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # --- serving ---------------------------------------------------------------------------------
    def _next_fault(self, fields: dict[str, str]) -> str | None:
        with self._lock:
            self.requests.append(fields)
            if self._faults:
                return self._faults.popleft()
            if self._fail_after and len(self.requests) > self._fail_after[0]:
                return self._fail_after[1]
        return self.fail_texts.get(fields.get("q", ""))

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"  # keep-alive, as a real server behind a proxy would
            disable_nagle_algorithm = True  # else headers and body in two packets cost 40 ms (delayed ACK)

            def log_message(self, *args: object) -> None:  # quiet test output
                pass

            def _send(self, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(body)

            def _fields(self) -> dict[str, str]:
                query = {k: v[-1] for k, v in parse_qs(urlsplit(self.path).query).items()}
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length).decode("utf-8") if length else ""
                server.raw.append(f"{self.requestline}\n{body}")
                if body:
                    if "json" in (self.headers.get("Content-Type") or ""):
                        query.update({k: str(v) for k, v in json.loads(body).items()})
                    else:
                        query.update({k: v[-1] for k, v in parse_qs(body).items()})
                return query

            def do_GET(self) -> None:  # noqa: N802 - http.server naming
                if urlsplit(self.path).path.rstrip("/") == "/languages":
                    langs = [{"code": c, "name": c, "targets": ["de", "en", "fr", "es"]} for c in ("de", "en", "fr", "es")]
                    self._send(200, json.dumps(langs).encode())
                else:
                    self._send(404, b'{"error": "Not Found"}')

            def do_POST(self) -> None:  # noqa: N802
                if urlsplit(self.path).path.rstrip("/") != "/translate":
                    self._send(404, b'{"error": "Not Found"}')
                    return
                fields = self._fields()
                with server._lock:
                    server.in_flight += 1
                    server.max_in_flight = max(server.max_in_flight, server.in_flight)
                try:
                    self._answer(fields)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (timeout): nothing to answer to
                finally:
                    with server._lock:
                        server.in_flight -= 1

            def _answer(self, fields: dict[str, str]) -> None:
                fault = server._next_fault(fields)
                if server.latency:
                    time.sleep(server.latency)
                if server.api_key is not None and fields.get("api_key") != server.api_key:
                    self._send(403, b'{"error": "Invalid API key"}')
                    return
                if fault in ("429", "500", "503"):
                    headers = {"Retry-After": "0"} if fault == "429" else None
                    self._send(int(fault), json.dumps({"error": f"injected {fault}"}).encode(), headers)
                    return
                if fault == "drop":
                    self.close_connection = True
                    return
                if fault == "malformed":
                    self._send(200, b'{"translatedText": "Die Verhandl')
                    return
                if fault == "empty":
                    self._send(200, b"{}")
                    return
                if fault == "blank":
                    self._send(200, b'{"translatedText": ""}')
                    return
                if fault == "slow":
                    time.sleep(server.slow_seconds)
                text = fields.get("q", "")
                translated = server.translations.get(text)
                if translated is None:
                    translated = server.fallback(text, fields.get("source", ""), fields.get("target", ""))
                self._send(200, json.dumps({"translatedText": translated}).encode())

        return Handler
