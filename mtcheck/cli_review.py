"""``mtcheck review FILE``: work through one article's findings in the terminal, or via a spreadsheet.

Only parses and calls: the session lives in :mod:`mtcheck.review_session`, the decision file and CSV
exchange in :mod:`mtcheck.review`. Heavy imports happen inside the command so ``mtcheck --help`` stays fast.
"""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer


def _fail(message: str) -> typer.Exit:
    typer.echo(f"mtcheck: {message}", err=True)
    return typer.Exit(2)


_CONFIG_HELP = "Configuration file (default: the nearest mtcheck.toml, or pyproject.toml with a tool.mtcheck table)."
_EXPORT_HELP = "Write the findings and their statuses to this CSV and exit."
_IMPORT_HELP = "Read decisions back from a CSV's status column (open, dismissed, confirmed) and exit."


def review(
    file: Annotated[Path, typer.Argument(help="The article to review (decisions go to FILE.review.tsv).",
                                         dir_okay=False)],
    config: Annotated[Optional[Path], typer.Option("--config", "-c", help=_CONFIG_HELP)] = None,
    export: Annotated[Optional[Path], typer.Option("--export", help=_EXPORT_HELP)] = None,
    import_: Annotated[Optional[Path], typer.Option("--import", help=_IMPORT_HELP)] = None,
) -> None:
    """Review an article's findings: accept, dismiss, confirm, edit, skip, undo. Resumable."""
    from mtcheck.config import ConfigError, load_config
    from mtcheck.engine import lint_file
    from mtcheck.review import ReviewFileError, export_csv, import_csv, load_decisions
    from mtcheck.text.read import InputError

    if not file.is_file():
        raise _fail(f"{file}: {'is a directory' if file.is_dir() else 'no such file'}")
    try:
        cfg = load_config(config, file)

        def lint(path: str):
            return lint_file(path, cfg)

        if import_ is not None:
            summary = import_csv(file, import_, lint(str(file)))
            typer.echo(f"{import_}: {summary.changed} decision(s) changed, {summary.unchanged} unchanged"
                       + (f", {len(summary.unknown)} row(s) not among the current findings" if summary.unknown else ""))
        if export is not None:
            rows = export_csv(lint(str(file)), load_decisions(file), export)
            typer.echo(f"{export}: {rows} finding(s) written")
        if import_ is not None or export is not None:
            return
        import sys

        if not sys.stdin.isatty():
            typer.echo("mtcheck: review reads keys from a terminal; answering from standard input", err=True)
        from mtcheck.review_session import ReviewSession

        ReviewSession(file, lint).run()
    except (ConfigError, InputError, ReviewFileError) as exc:
        raise _fail(str(exc))
    except OSError as exc:
        raise _fail(f"{getattr(exc, 'filename', None) or file}: {exc.strerror or exc}")


if __name__ == "__main__":  # ``python -m mtcheck.cli_review FILE``, before the command is registered
    typer.run(review)
