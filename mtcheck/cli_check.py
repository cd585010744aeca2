"""``mtcheck check``: the main job — lint, score and write reports. Parses, calls, prints, exits."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer


def check(
    paths: Annotated[list[str], typer.Argument(help="Articles or directories to check.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for index.html, report.md and report.json.")] = Path("reports"),
    config: Annotated[Optional[Path], typer.Option("--config", "-c", help="Configuration file.")] = None,
    references: Annotated[Optional[Path], typer.Option(help="Folder of references, sources and glossaries named after the articles [default: references].")] = None,
    translator: Annotated[Optional[str], typer.Option("--translator", "-t", help="Back-translate against a source found in the references folder with this service (google, deepl, microsoft, libre, mymemory …).")] = None,
    translator_url: Annotated[Optional[str], typer.Option(help="Endpoint of a self-hosted service (LibreTranslate).")] = None,
    offline: Annotated[bool, typer.Option("--offline", help="Use cached translations only.")] = False,
    cache: Annotated[Optional[Path], typer.Option(help="Translation cache file.")] = None,
    source_lang: Annotated[Optional[str], typer.Option(help="Source language [default: de].")] = None,
    fail_on: Annotated[Optional[str], typer.Option(help="error, warning, info or never [default: error].")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print only the summary line.")] = False,
) -> None:
    """Lint, score and write HTML, Markdown and JSON quality reports (the main job)."""
    from mtcheck.checkrun import ScoringSetup, run_check
    from mtcheck.cli import fail, load_effective_config
    from mtcheck.config import ConfigError
    from mtcheck.reporters.text import render as render_text
    from mtcheck.text.read import InputError

    if fail_on is not None and fail_on not in ("error", "warning", "info", "never"):
        raise fail(f"--fail-on must be error, warning, info or never, not {fail_on!r}")
    try:
        cfg = load_effective_config(config, paths, source_lang=source_lang, fail_on=fail_on,
                                    references=str(references) if references else None)
        overrides = {k: v for k, v in (("provider", translator), ("url", translator_url)) if v}
        setup = ScoringSetup(overrides, bool(translator or cfg.translator or offline), offline, cache)
        outcome = _run(run_check, paths, cfg, out, setup)
    except (ConfigError, InputError) as exc:
        raise fail(str(exc))
    except OSError as exc:
        raise fail(f"{exc.filename or out}: cannot write the reports: {exc.strerror}")
    text = render_text(outcome.report, colour=sys.stdout.isatty())
    sys.stdout.write(text.splitlines()[-1] + "\n" if quiet else text)
    for note in outcome.report.notes:
        typer.echo(f"mtcheck: {note}", err=True)
    for err in outcome.report.errors:
        typer.echo(f"mtcheck: {err}", err=True)
    typer.echo("reports: " + ", ".join(str(p) for p in outcome.written), err=True)
    raise typer.Exit(outcome.exit_code)


def _run(run_check, paths, cfg, out, setup):
    """With a progress bar over files on a terminal."""
    if not sys.stderr.isatty():
        return run_check(paths, cfg, out, setup)
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("checking", total=None)
        return run_check(paths, cfg, out, setup, progress=lambda path: bar.advance(task))
