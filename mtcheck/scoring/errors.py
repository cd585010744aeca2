"""Translator errors. Each one's ``str`` is a single line for the user, already free of secrets."""
from __future__ import annotations


class TranslatorError(Exception):
    """Base class: the translation step cannot give a result (exit code 2)."""


class TranslatorConfigError(TranslatorError):
    """Unknown provider, missing key, bad URL, unsupported language: fix the setup, then re-run."""


class TranslatorUnavailable(TranslatorError):
    """The service could not be reached or kept failing; what was translated is in the cache."""

    def __init__(self, message: str, *, provider: str, cause: str, done: int, total: int) -> None:
        super().__init__(message)
        self.provider, self.cause, self.done, self.total = provider, cause, done, total


class TranslationIncomplete(TranslatorError):
    """Some sentences failed for good (too long, no translation returned); the rest is cached."""

    def __init__(self, message: str, *, failed: dict[str, str], done: int, total: int) -> None:
        super().__init__(message)
        self.failed, self.done, self.total = failed, done, total


class NotInCache(TranslatorError):
    """``--offline`` and some sentences have never been translated."""

    def __init__(self, message: str, *, missing: int, total: int) -> None:
        super().__init__(message)
        self.missing, self.total = missing, total
