"""``mtcheck check``: lint, score where references, a source or a back-translation are at hand, report.

Scoring is best effort: a missing reference or an unreachable translator becomes a note in the
report and on stderr, and everything else is still produced. Companion files are found by name in
the references folder (see ``references/README.md``).
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from mtcheck import __version__
from mtcheck.config import Config
from mtcheck.discover import collect
from mtcheck.engine import lint_to_result, load_glossary_for, make_document, select_rules
from mtcheck.lintrun import exit_code
from mtcheck.model import FileResult, Report
from mtcheck.review import ReviewFileError, load_decisions
from mtcheck.suppress import apply_decisions
from mtcheck.text.read import InputError, read_path


@dataclass(frozen=True)
class ScoringSetup:
    """How to score when no reference exists: a translator (None: none configured) and its cache."""

    translator: dict[str, Any] = field(default_factory=dict)  # TranslatorSettings.from_config overrides
    enabled: bool = False
    offline: bool = False
    cache: Path | None = None


@dataclass(frozen=True)
class CheckOutcome:
    report: Report
    written: tuple[Path, ...]
    exit_code: int


class _LazyTranslator:
    """The translator of a check run, made on first need (most runs never need one) and closed once."""

    def __init__(self, config: Config, setup: ScoringSetup) -> None:
        self._config, self._setup = config, setup
        self._translator: Any = None
        self._cache: Any = None

    def get(self) -> Any:
        if self._translator is None:
            from mtcheck import scoring

            settings = scoring.TranslatorSettings.from_config(self._config.translator, **self._setup.translator)
            self._cache = scoring.TranslationCache(self._setup.cache)
            self._translator = scoring.Translator(settings, cache=self._cache, offline=self._setup.offline)
        return self._translator

    def close(self) -> None:
        if self._cache is not None:
            self._cache.close()


def _score(doc, comps, config: Config, setup: ScoringSetup, notes: list[str], translator: _LazyTranslator) -> Any:
    """Scores of one document, or None with a note saying why scoring was skipped."""
    from mtcheck import scoring

    try:
        if comps.references:
            refs = [read_path(str(p)).text for p in comps.references]
            return scoring.score_document(doc, references=refs)
        if comps.source is None:
            notes.append(f"scoring skipped for {doc.path}: no reference or source found in {config.references}/")
            return None
        source_text = read_path(str(comps.source)).text
        source = make_document(source_text, str(comps.source), dataclasses.replace(
            config, target_lang=comps.source_lang or config.source_lang))
        if not setup.enabled:
            notes.append(f"scoring skipped for {doc.path}: a source was found but no translator is configured "
                         "(--translator or [tool.mtcheck.translator])")
            return None
        return scoring.score_document(doc, source=source, translator=translator.get())
    except (scoring.ScoringError, scoring.TranslatorError, scoring.CacheError, InputError) as exc:
        notes.append(f"scoring skipped for {doc.path}: {exc}")
        return None


def _check_file(path: str, config: Config, setup: ScoringSetup, glossary: tuple, notes: list[str],
                translator: _LazyTranslator) -> tuple[FileResult, dict | None]:
    from mtcheck.scoring import find_companions

    decoded = read_path(path)
    doc = make_document(decoded.text, path, config, decoded.encoding)
    comps = find_companions(path, config.resolve(config.references) or "references")
    if not glossary and comps.glossary:  # the configured glossary wins over the article's own
        from mtcheck.glossary import GlossaryError, load_glossary

        try:
            glossary = load_glossary(str(comps.glossary))
        except GlossaryError as exc:
            raise InputError(str(exc)) from None
    scores = _score(doc, comps, config, setup, notes, translator)
    result = lint_to_result(doc, config, extras={"scores": scores} if scores else None, glossary=glossary)
    return apply_decisions(result, load_decisions(path)), (scores.to_json() if scores else None)


def run_check(paths: list[str], config: Config, out_dir: Path, setup: ScoringSetup = ScoringSetup(),
              progress: Callable[[str], None] | None = None) -> CheckOutcome:
    files = collect(paths, config.include, config.exclude)
    glossary = load_glossary_for(config)
    results, scores, errors, notes = [], {}, [], []
    translator = _LazyTranslator(config, setup)
    try:
        for path in files:
            try:
                result, score = _check_file(path, config, setup, glossary, notes, translator)
            except (InputError, ReviewFileError) as exc:
                errors.append(str(exc))
                continue
            finally:
                if progress:
                    progress(path)
            results.append(result)
            if score:
                scores[path] = score
    finally:
        translator.close()
    report = Report(__version__, tuple(results), tuple(a.rule for a in select_rules(config)), scores,
                    tuple(errors), tuple(notes))
    written = write_reports(report, out_dir, config.weights or None)
    return CheckOutcome(report, written, exit_code(report, config.fail_on))


def write_reports(report: Report, out_dir: Path, weights: dict | None = None) -> tuple[Path, ...]:
    from mtcheck.fix import atomic_write_text
    from mtcheck.reporters.html import render_html
    from mtcheck.reporters.markdown import render_markdown
    from mtcheck.reporters.quality_json import render_quality_json

    out_dir.mkdir(parents=True, exist_ok=True)
    outputs = {
        "index.html": render_html(report, weights=weights),
        "report.md": render_markdown(report, weights=weights),
        "report.json": render_quality_json(report, weights=weights),
    }
    written = []
    for name, text in outputs.items():
        atomic_write_text(str(out_dir / name), text)
        written.append(out_dir / name)
    return tuple(written)
