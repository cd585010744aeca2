"""mtcheck: find machine-translation artefacts, score back-translations, write quality reports.

Public API (imported lazily so that ``mtcheck --help`` starts fast)::

    from mtcheck import lint_text, lint_paths, load_config, Document, Finding, Report
"""
from __future__ import annotations

__version__ = "0.1.0"

_API = {
    "lint_text": "mtcheck.engine", "lint_file": "mtcheck.engine", "lint_paths": "mtcheck.engine",
    "load_config": "mtcheck.config", "Config": "mtcheck.config",
    "Document": "mtcheck.model", "Finding": "mtcheck.model", "Report": "mtcheck.model",
    "Severity": "mtcheck.model", "Category": "mtcheck.model",
}


def __getattr__(name: str):
    if name in _API:
        import importlib

        return getattr(importlib.import_module(_API[name]), name)
    raise AttributeError(f"module 'mtcheck' has no attribute {name!r}")


__all__ = ["__version__", *_API]
