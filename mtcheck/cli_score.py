"""``mtcheck score``: parse, call :mod:`mtcheck.scoring`, print, exit. No scoring logic lives here.

Registered by ``mtcheck.cli`` as ``app.command("score")(score)``.
"""
from __future__ import annotations

import dataclasses
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from mtcheck.cli import FailOn, fail, write_output
from mtcheck.cli import Format as ScoreFormat

KEYS_HELP = ("Keys come from the environment only (never from the command line): MTCHECK_DEEPL_API_KEY, "
             "MTCHECK_MICROSOFT_API_KEY (+ MTCHECK_MICROSOFT_REGION), MTCHECK_LIBRE_API_KEY, "
             "MTCHECK_YANDEX_API_KEY, MTCHECK_QCRI_API_KEY, MTCHECK_BAIDU_APPID + MTCHECK_BAIDU_APPKEY, "
             "MTCHECK_PAPAGO_CLIENT_ID + MTCHECK_PAPAGO_SECRET_KEY, MTCHECK_MYMEMORY_EMAIL (optional); "
             "deep-translator's own names (DEEPL_API_KEY …) also work.")
SCORING_RULES = ("MT901", "MT902", "MT903")


class Segmentation(str, Enum):
    auto = "auto"
    lines = "lines"
    sentences = "sentences"


class PairedTestKind(str, Enum):
    ar = "ar"
    bs = "bs"


def _read(path: str | None) -> tuple[str, str] | None:
    """(text, encoding) of a file, or None when the option was not given."""
    from mtcheck.text.read import read_path

    if path is None:
        return None
    decoded = read_path(path)
    return decoded.text, decoded.encoding


def _progress_bar():
    """A rich progress bar on stderr when it is a terminal; otherwise nothing is drawn."""
    if not sys.stderr.isatty():
        return None, None
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    progress = Progress(TextColumn("translating"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                        console=Console(stderr=True), transient=True)
    task = progress.add_task("translate", total=None)

    def update(done: int, total: int) -> None:
        progress.update(task, completed=done, total=total)

    return progress, update


def _findings(doc, scores, cfg, min_chrf: float | None) -> list:
    """MT901–MT903 on the target, through the engine, with the config's severities and options."""
    from mtcheck.config import RuleSetting
    from mtcheck.engine import lint_document

    rules = dict(cfg.rules)
    if min_chrf is not None:
        old = rules.get("MT901") or RuleSetting()
        rules["MT901"] = RuleSetting(old.severity, {**old.options, "min_chrf": float(min_chrf)})
    scoped = dataclasses.replace(cfg, select=SCORING_RULES, rules=rules)
    return lint_document(doc, scoped, extras={"scores": scores})


def score(
    target: Annotated[str, typer.Argument(help="The translated article (or line-aligned system output); - reads stdin.")],
    source: Annotated[Optional[str], typer.Option("--source", "-s", help="The source article: back-translate the target and compare sentence by sentence.")] = None,
    reference: Annotated[Optional[list[str]], typer.Option("--reference", "-r", help="A reference translation (repeat for several), e.g. a post-edit: gives BLEU, chrF, chrF++ and TER (HTER for a post-edit).")] = None,
    back_translation: Annotated[Optional[str], typer.Option("--back-translation", help="A back-translation made elsewhere (e.g. by a human back-translator); no service is called.")] = None,
    translator: Annotated[Optional[str], typer.Option("--translator", "-t", help="google (no key), deepl, microsoft, libre, mymemory, yandex, qcri, baidu, papago [default: google, or translator.name in the config]. " + KEYS_HELP)] = None,
    translator_url: Annotated[Optional[str], typer.Option("--translator-url", help="Endpoint of a self-hosted service, e.g. http://127.0.0.1:5000/ for LibreTranslate.")] = None,
    metrics: Annotated[str, typer.Option("--metrics", "-m", help="Metrics, comma-separated: chrf, chrf++, bleu, ter (sentence findings need chrf++).")] = "chrf,chrf++,bleu,ter",
    min_chrf: Annotated[Optional[float], typer.Option("--min-chrf", help="Flag sentences whose chrF++ is below N (MT901) [default: 30, or the config].")] = None,
    compare: Annotated[Optional[str], typer.Option("--compare", help="Another translation of the same source: report the difference with sacrebleu's paired significance test.")] = None,
    paired_test: Annotated[PairedTestKind, typer.Option("--paired-test", help="bs: paired bootstrap resampling (1,000 resamples); ar: approximate randomization (10,000 trials).")] = PairedTestKind.bs,
    offline: Annotated[bool, typer.Option("--offline", help="Use cached translations only; say what is missing.")] = False,
    cache: Annotated[Optional[Path], typer.Option("--cache", help="Translation cache file [default: translations.sqlite3 in the user cache directory].")] = None,
    format: Annotated[ScoreFormat, typer.Option("--format", "-f", help="Output format (json: scores with sacrebleu signatures, and findings).")] = ScoreFormat.text,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write to FILE instead of stdout.")] = None,
    fail_on: Annotated[Optional[FailOn], typer.Option(help="Exit 1 when a finding at or above this severity remains [default: error, or fail-on in the config].")] = None,
    segmentation: Annotated[Segmentation, typer.Option(help="lines: one segment per line in every file (WMT style); sentences: split and align; auto: lines when every file is line-aligned.")] = Segmentation.auto,
    source_lang: Annotated[Optional[str], typer.Option(help="Source language [default: de, or the config].")] = None,
    target_lang: Annotated[Optional[str], typer.Option(help="Target language [default: en, or the config].")] = None,
    timeout: Annotated[Optional[float], typer.Option(help="Seconds per translation request [default: 10].", min=0.01)] = None,
    retries: Annotated[Optional[int], typer.Option(help="Retries per sentence on 429, 5xx, timeouts and dropped connections [default: 3].", min=0)] = None,
    concurrency: Annotated[Optional[int], typer.Option(help="Translation requests in flight [default: 8].", min=1)] = None,
    rate_limit: Annotated[Optional[float], typer.Option(help="Requests per second [default: the provider's; 0: none].", min=0)] = None,
    top: Annotated[Optional[int], typer.Option(help="Show only the N sentences with the lowest chrF++ [default: all up to 100 units, else 25].", min=0)] = None,
    config: Annotated[Optional[Path], typer.Option("--config", "-c", help="Configuration file.")] = None,
    colour: Annotated[Optional[bool], typer.Option("--color/--no-color", help="Colour the text output [default: on a terminal].")] = None,
) -> None:
    """Score a translation: back-translation against the source, round trip, or references.

    With --source, the target is translated back into the source language and compared sentence by sentence with the source; sentences are aligned, so merges, splits, omissions and additions are found. With --reference, it is compared with the references. With neither, a round trip (target, source language, target) is compared with the target.

    Exit codes: 0 fine, 1 findings at or above --fail-on, 2 usage, input, configuration or translator errors.
    """
    from mtcheck import __version__, scoring
    from mtcheck.config import ConfigError, load_config
    from mtcheck.text.read import InputError
    from mtcheck.text.segment import segment

    progress = cache_db = tr = None
    try:
        cfg = load_config(config, Path(target) if target != "-" else Path.cwd()).with_overrides(
            source_lang=source_lang, target_lang=target_lang, fail_on=fail_on.value if fail_on else None)
        families = scoring.parse_families(metrics)
        src_lang = cfg.source_lang or "de"
        tgt_lang = cfg.target_lang or "en"
        inputs = {"target": _read(target), "source": _read(source), "compare": _read(compare),
                  "back-translation": _read(back_translation)}
        ref_inputs = [(r, _read(r)) for r in reference or ()]
        comparison = "reference" if ref_inputs else "back-translation" if source else "round-trip"
        named = [(p, io[0]) for p, io in ((target, inputs["target"]), *ref_inputs, (source, inputs["source"]),
                                          (compare, inputs["compare"])) if io is not None]
        texts = [t for _, t in named] + ([inputs["back-translation"][0]] if back_translation else [])
        lines = scoring.decide_lines(segmentation.value, texts, comparison, named)

        def document(path: str | None, role: str):
            if inputs[role] is None:
                return None
            text, encoding = inputs[role]
            make = scoring.line_document if lines else segment
            return make(text, path, source_lang=src_lang, target_lang=tgt_lang, encoding=encoding)

        target_doc, source_doc, compare_doc = document(target, "target"), document(source, "source"), \
            document(compare, "compare")
        references = [(scoring.line_document if lines else segment)(io[0], p, source_lang=src_lang,
                                                                     target_lang=tgt_lang) for p, io in ref_inputs]
        bt_text = inputs["back-translation"][0] if back_translation else None
        needs_translator = not references and (bt_text is None or compare_doc is not None)
        tr = None
        if needs_translator:
            table = cfg.translator
            settings = scoring.TranslatorSettings.from_config(
                table, provider=translator, url=translator_url, timeout=timeout, retries=retries,
                concurrency=concurrency, rate_limit=rate_limit)
            cache_path = cache or (Path(cfg.resolve(table["cache"])) if table.get("cache") else None)
            tr = scoring.Translator(settings, offline=offline)  # checks provider, keys and URL first
            tr.cache = cache_db = scoring.TranslationCache(cache_path)
        options = scoring.ScoreOptions(metrics=families, segmentation="lines" if lines else "sentences",
                                       source_lang=src_lang,
                                       target_lang=tgt_lang, compare_test=paired_test.value)
        progress, update = _progress_bar() if tr is not None else (None, None)
        if progress:
            progress.start()
        scores = scoring.score_document(target_doc, source=source_doc, references=references,
                                        back_translation=bt_text, translator=tr, compare=compare_doc,
                                        options=options, progress=update)
        if progress:
            progress.stop()
        findings = _findings(target_doc, scores, cfg, min_chrf)
    except KeyboardInterrupt:
        if progress:
            progress.stop()
        typer.echo("mtcheck: interrupted; what was translated is in the cache, run the same command again "
                   "to continue", err=True)
        raise typer.Exit(130)
    except (ConfigError, InputError, scoring.ScoringError, scoring.TranslatorError, scoring.CacheError,
            ValueError) as exc:
        if progress:
            progress.stop()
        raise fail(str(exc))
    except Exception as exc:  # a bug: still one line and no traceback, and never a key
        if progress:
            progress.stop()
        from mtcheck.scoring.transport import redact

        secrets = tr.setup.secrets() if tr is not None else ()
        raise fail(f"internal error ({type(exc).__name__}: {redact(str(exc), secrets)[:200]}); please report it")
    finally:
        if cache_db is not None:
            cache_db.close()

    from mtcheck.lintrun import exit_code

    write_output(_render(format, scores, target_doc, findings, __version__, colour, output, top), output)
    raise typer.Exit(exit_code(_report(scores, target_doc, findings, __version__), cfg.fail_on))


def _render(fmt: ScoreFormat, scores, doc, findings: list, version: str, colour: bool | None,
            output: Path | None, top: int | None) -> str:
    import json

    from mtcheck.scoring.render import render_text, to_json

    if fmt is ScoreFormat.json:
        return json.dumps(to_json(scores, findings, version), ensure_ascii=False, indent=2) + "\n"
    report = _report(scores, doc, findings, version)
    from mtcheck.reporters import get_reporter

    use_colour = colour if colour is not None else (output is None and sys.stdout.isatty())
    if fmt is ScoreFormat.text:
        import shutil

        width = max(100, shutil.get_terminal_size((120, 24)).columns) if output is None else 160
        return render_text(scores, doc, colour=use_colour, width=width, top=top) + "\n" + \
            get_reporter("text")(report, colour=use_colour)
    return get_reporter(fmt.value)(report, colour=use_colour)


def _report(scores, doc, findings: list, version: str) -> Any:
    from mtcheck.model import FileResult, Report
    from mtcheck.rules.scoring import RULES

    words = doc.word_count
    fr = FileResult(doc.path, doc.text, doc.source_lang, doc.target_lang, tuple(findings), 0, words)
    return Report(version, (fr,), RULES, {doc.path: scores.to_json()})
