"""Pacing for translation requests: a per-provider rate limit and retry backoff with jitter."""
from __future__ import annotations

import random
import threading
import time


class RateLimiter:
    """A token bucket shared by all worker threads: at most ``rate`` requests a second, bursts of ``burst``.

    A caller reserves its slot under the lock and sleeps outside it, so waiting threads do not block
    each other's bookkeeping. ``rate`` of 0 or less means no limit.
    """

    def __init__(self, rate: float, burst: float | None = None) -> None:
        self.rate = rate
        self.burst = max(1.0, burst if burst is not None else rate)
        self._tokens = self.burst
        self._stamp = time.monotonic()
        self._lock = threading.Lock()

    def reserve(self) -> float:
        """Take a token; return how long the caller must wait before using it."""
        if self.rate <= 0:
            return 0.0
        with self._lock:
            now = time.monotonic()
            self._tokens = min(self.burst, self._tokens + (now - self._stamp) * self.rate)
            self._stamp = now
            self._tokens -= 1.0
            return 0.0 if self._tokens >= 0 else -self._tokens / self.rate

    def acquire(self, stop: threading.Event | None = None) -> bool:
        """Wait for a slot; False if ``stop`` was set meanwhile."""
        delay = self.reserve()
        if delay <= 0:
            return not (stop and stop.is_set())
        if stop is None:
            time.sleep(delay)
            return True
        return not stop.wait(delay)


_LIMITERS: dict[tuple[str, float], RateLimiter] = {}
_LIMITERS_LOCK = threading.Lock()


def limiter_for(identity: str, rate: float) -> RateLimiter:
    """One limiter per provider identity and rate in this process, however many runs use it."""
    with _LIMITERS_LOCK:
        key = (identity, rate)
        if key not in _LIMITERS:
            _LIMITERS[key] = RateLimiter(rate)
        return _LIMITERS[key]


def backoff_delay(attempt: int, base: float, cap: float, retry_after: float | None = None,
                  rng: random.Random | None = None) -> float:
    """Seconds to wait before retry number ``attempt`` (0-based): exponential, capped, "equal jitter".

    Half the exponential step is kept and half is random, so retries of many workers spread out
    (no thundering herd) yet never hammer the service at once. A server's ``Retry-After`` is honoured
    up to ``cap``.
    """
    step = min(cap, base * (2 ** attempt))
    delay = step / 2 + (rng or random).uniform(0, step / 2)
    if retry_after is not None:
        delay = max(delay, min(retry_after, cap))
    return delay
