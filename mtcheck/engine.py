"""The rule engine: choose rules from the config, run them over a document, stamp findings.

Rules only yield hits; here they become findings with the rule's id, category, the configured
severity, 1-based code-point positions and a fingerprint that survives edits elsewhere in the file.
"""
from __future__ import annotations

import dataclasses
import fnmatch
import hashlib
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

from mtcheck import __version__
from mtcheck.config import Config
from mtcheck.lang import document_language
from mtcheck.model import Category, Document, FileResult, Finding, Hit, Report, Severity, Span
from mtcheck.packs import Pack
from mtcheck.rules import ALL_RULES, matches
from mtcheck.rules.base import Context, Rule, make_options
from mtcheck.text.read import read_path
from mtcheck.text.segment import segment

_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class ActiveRule:
    rule: type[Rule]
    severity: Severity
    options: Any


# id(config) -> (config, {ignored selectors -> active rules}); configs are frozen, and the config is
# kept in the entry so that its id cannot be reused while the entry lives.
_SELECTION_CACHE: dict[int, tuple[Config, dict[tuple[str, ...], list["ActiveRule"]]]] = {}


def select_rules(config: Config, path: str | None = None) -> list[ActiveRule]:
    """The rules the config turns on for ``path``, with their severities and options."""
    ignored = list(config.ignore)
    if path is not None and config.per_file_ignores:
        rel = _relative(path, config.root)
        for glob, keys in config.per_file_ignores.items():
            if fnmatch.fnmatch(rel, glob) or fnmatch.fnmatch(Path(path).name, glob):
                ignored.extend(keys)
    entry = _SELECTION_CACHE.get(id(config))
    if entry is None or entry[0] is not config:
        if len(_SELECTION_CACHE) > 64:
            _SELECTION_CACHE.clear()
        entry = _SELECTION_CACHE[id(config)] = (config, {})
    key = tuple(ignored)
    if key not in entry[1]:
        entry[1][key] = _select(config, key)
    return entry[1][key]


def _select(config: Config, ignored: tuple[str, ...]) -> list[ActiveRule]:
    active = []
    for rule in ALL_RULES:
        chosen = any(k.upper() == "ALL" or matches(rule, k) for k in config.select)
        if not chosen or any(matches(rule, k) for k in ignored):
            continue
        setting = config.rules.get(rule.id)
        severity = setting.severity if setting and setting.severity else rule.severity
        options = make_options(rule, setting.options if setting else {})
        active.append(ActiveRule(rule, severity, options))
    return active


def _relative(path: str, root: str) -> str:
    try:
        return Path(path).resolve().relative_to(Path(root).resolve()).as_posix()
    except ValueError:
        return Path(path).as_posix()


def fingerprint(rule_id: str, sentence: str, text: str, occurrence: int) -> str:
    """Rule + normalised sentence + flagged text + occurrence: stable under edits elsewhere."""
    return _fingerprint(rule_id, _SPACES.sub(" ", sentence).strip().lower(), text.lower(), occurrence)


def _fingerprint(rule_id: str, norm_sentence: str, lower_text: str, occurrence: int) -> str:
    """``fingerprint`` from the sentence already normalised and the text already lower-cased."""
    key = "\x1f".join((rule_id, norm_sentence, lower_text, str(occurrence)))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]


def _finding(doc: Document, active: ActiveRule, hit: Hit, seen: Counter) -> Finding:
    span = hit.span
    sentence = doc.sentence_at(span.start)
    context = sentence.text if sentence else doc.text[span.start:span.end]
    flagged = doc.text[span.start:span.end]
    # The occurrence key holds what the fingerprint hashes: normalised once, for both.
    key = (active.rule.id, _SPACES.sub(" ", context).strip().lower(), flagged.lower())
    occurrence = seen[key]
    seen[key] += 1
    line, col = doc.line_col(span.start)
    end_line, end_col = doc.line_col(span.end)
    return Finding(
        rule=active.rule.id, name=active.rule.name, category=active.rule.category,
        severity=active.severity, message=hit.message, span=span, line=line, column=col,
        end_line=end_line, end_column=end_col, text=flagged, sentence=context,
        fingerprint=_fingerprint(*key, occurrence),
        suggestion=hit.suggestion, fix=hit.fix, related=hit.related,
    )


def lint_document(doc: Document, config: Config = Config(), *, extras: dict[str, Any] | None = None,
                  glossary: tuple = ()) -> list[Finding]:
    """Findings of every selected rule on ``doc``, ordered by position then rule id."""
    pack = Pack(doc.source_lang, doc.target_lang)
    shared: dict[str, Any] = dict(extras or {})
    findings: list[Finding] = []
    seen: Counter = Counter()
    for active in select_rules(config, doc.path):
        langs = active.rule.target_languages
        if langs is not None and (doc.target_lang or "en") not in langs:
            continue
        ctx = Context(active.options, pack, glossary, shared)
        for hit in active.rule().check(doc, ctx):
            findings.append(_finding(doc, active, hit, seen))
    findings.sort(key=lambda f: (f.span.start, f.span.end, f.rule))
    return _without_echoes(findings)


def _without_echoes(findings: list[Finding]) -> list[Finding]:
    """Drop a finding that repeats an earlier rule's diagnosis: same category, words and suggestion
    ("Gruschko" → "Grushko" from both the glossary and the transliteration rule). An editor needs to
    read it once; a different category ("GGerman": a drop cap, and a name spelt two ways) is another
    explanation and stays."""
    seen: set[tuple[Category, Span, str]] = set()
    kept = []
    for f in findings:
        if f.suggestion is not None:
            key = (f.category, f.span, f.suggestion)
            if key in seen:
                continue
            seen.add(key)
        kept.append(f)
    return kept


def make_document(text: str, path: str, config: Config, encoding: str = "utf-8") -> Document:
    doc = segment(text, path, source_lang=config.source_lang, target_lang=config.target_lang or "en",
                  encoding=encoding)
    if config.target_lang:
        return doc
    # Judged on the segmented document: its sentences' token texts are shared with the rules.
    target = document_language(doc) or "en"
    return doc if target == doc.target_lang else dataclasses.replace(doc, target_lang=target)


def load_glossary_for(config: Config) -> tuple:
    if not config.glossary:
        return ()
    from mtcheck.config import ConfigError
    from mtcheck.glossary import GlossaryError, load_glossary

    try:
        return load_glossary(config.resolve(config.glossary))
    except GlossaryError as exc:
        raise ConfigError(str(exc)) from None


def lint_to_result(doc: Document, config: Config = Config(), *, extras: dict[str, Any] | None = None,
                   glossary: tuple = ()) -> FileResult:
    """Lint a segmented document into the FileResult that reporters read."""
    findings = lint_document(doc, config, extras=extras, glossary=glossary)
    return FileResult(doc.path, doc.text, doc.source_lang, doc.target_lang, tuple(findings), 0)
    # words stays 0 ("not counted"): only quality reports need it, and they count it from the text.


def lint_text(text: str, path: str = "<text>", config: Config = Config(), *, encoding: str = "utf-8",
              extras: dict[str, Any] | None = None, glossary: tuple | None = None) -> FileResult:
    doc = make_document(text, path, config, encoding)
    if glossary is None:
        glossary = load_glossary_for(config)
    return lint_to_result(doc, config, extras=extras, glossary=glossary)


def lint_file(path: str, config: Config = Config(), *, extras: dict[str, Any] | None = None,
              glossary: tuple | None = None) -> FileResult:
    """Read, segment and lint one file (``-`` is stdin). Raises InputError for unreadable input."""
    decoded = read_path(path)
    return lint_text(decoded.text, path, config, encoding=decoded.encoding, extras=extras, glossary=glossary)


def _lint_job(args: tuple[str, Config, tuple]) -> FileResult | str:
    from mtcheck.text.read import InputError

    path, config, glossary = args
    try:
        return lint_file(path, config, glossary=glossary)
    except InputError as exc:
        return str(exc)


def lint_paths(paths: Iterable[str], config: Config = Config(), *, jobs: int = 1,
               progress: Any = None) -> Report:
    """Lint files; unreadable ones become ``Report.errors`` rather than stopping the run."""
    paths = list(paths)
    glossary = load_glossary_for(config)
    work = [(p, config, glossary) for p in paths]
    if jobs > 1 and len(paths) > 1:
        # Imported here: it pulls in multiprocessing, which a one-process run (every single-file
        # lint) would load for nothing at start-up.
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=jobs) as pool:
            results = list(pool.map(_lint_job, work, chunksize=max(1, len(work) // (jobs * 8))))
    else:
        results = []
        for item in work:
            results.append(_lint_job(item))
            if progress:
                progress()
    files = tuple(r for r in results if isinstance(r, FileResult))
    errors = tuple(r for r in results if isinstance(r, str))
    return Report(__version__, files, tuple(a.rule for a in select_rules(config)), {}, errors)
