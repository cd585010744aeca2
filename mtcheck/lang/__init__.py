"""Language identification: langdetect, seeded so verdicts are reproducible, with a short-text guard."""
from __future__ import annotations

import functools

MIN_LETTERS = 40  # below this langdetect guesses; "NATO" or "source site-16" get no verdict


@functools.lru_cache(maxsize=1)
def _factory_ready() -> bool:
    from langdetect import DetectorFactory

    DetectorFactory.seed = 0  # langdetect samples randomly; a fixed seed makes runs repeatable
    return True


def detect(text: str, candidates: tuple[str, ...] | None = None) -> tuple[str, float] | None:
    """Best language and its probability, or None for text too short or too odd to judge.

    ``candidates`` restricts the verdict to those languages (the others' probabilities are dropped).
    """
    if sum(c.isalpha() for c in text) < MIN_LETTERS:
        return None
    _factory_ready()
    from langdetect import detect_langs
    from langdetect.lang_detect_exception import LangDetectException

    try:
        ranked = detect_langs(text)
    except LangDetectException:
        return None
    for guess in ranked:
        if candidates is None or guess.lang in candidates:
            return guess.lang, guess.prob
    return None


def detect_target(text: str) -> str | None:
    """The language of a whole document, judged on its first 5,000 characters."""
    verdict = detect(text[:5000])
    return verdict[0] if verdict else None
