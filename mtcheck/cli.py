"""The command line. It parses, calls and exits: no detection, scoring or formatting logic lives here.

Exit codes: 0 no finding at or above ``--fail-on``; 1 such findings; 2 usage, input, configuration
or translator errors (one line on stderr, never a traceback).
"""
from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from mtcheck import __version__

app = typer.Typer(
    name="mtcheck", no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False,
    rich_markup_mode=None,  # help texts mention [tool.mtcheck]; rich markup would swallow it
    help="Find machine-translation artefacts in translated articles, score back-translations, write reports.",
)


class Format(str, Enum):
    text = "text"
    json = "json"
    sarif = "sarif"
    github = "github"
    junit = "junit"


class FailOn(str, Enum):
    error = "error"
    warning = "warning"
    info = "info"
    never = "never"


def fail(message: str) -> typer.Exit:
    """Print one clear line on stderr and return the exit to raise (code 2)."""
    typer.echo(f"mtcheck: {message}", err=True)
    return typer.Exit(2)


def write_output(rendered: str, output: Path | None) -> None:
    """``--output FILE`` or stdout; an unwritable file is a user error (exit 2)."""
    if output is None:
        sys.stdout.write(rendered)
        return
    try:
        output.write_text(rendered, encoding="utf-8")
    except OSError as exc:
        raise fail(f"{output}: cannot write: {exc.strerror}") from None


def version_callback(value: bool) -> None:
    if value:
        typer.echo(f"mtcheck {__version__}")
        raise typer.Exit()


@app.callback()
def _root(version: Annotated[bool, typer.Option("--version", callback=version_callback, is_eager=True,
                                                help="Show the version and exit.")] = False) -> None:
    """mtcheck: lint, score and report on machine-translated articles."""


def _split(values: list[str] | None) -> tuple[str, ...]:
    return tuple(v.strip() for item in values or () for v in item.split(",") if v.strip())


def load_effective_config(config_path: Path | None, paths: list[str], **overrides):
    from mtcheck.config import load_config

    start = Path(paths[0]) if paths and paths[0] != "-" else Path.cwd()
    return load_config(config_path, start).with_overrides(**overrides)


@app.command()
def lint(
    paths: Annotated[list[str], typer.Argument(help="Files or directories to lint; - reads stdin.")],
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.text,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write the report to FILE instead of stdout.")] = None,
    fail_on: Annotated[Optional[FailOn], typer.Option(help="Exit 1 when a finding at or above this severity remains [default: error, or fail-on in the config].")] = None,
    config: Annotated[Optional[Path], typer.Option("--config", "-c", help="Configuration file (default: nearest mtcheck.toml or pyproject.toml [tool.mtcheck]).")] = None,
    select: Annotated[Optional[list[str]], typer.Option(help="Rules to run: ids, id prefixes, names or categories (comma-separated).")] = None,
    ignore: Annotated[Optional[list[str]], typer.Option(help="Rules to skip: ids, id prefixes, names or categories.")] = None,
    source_lang: Annotated[Optional[str], typer.Option(help="Source language of the translation [default: de].")] = None,
    target_lang: Annotated[Optional[str], typer.Option(help="Language of the text [default: detected].")] = None,
    glossary: Annotated[Optional[Path], typer.Option(help="Glossary (CSV: term,variants,note; or TBX) of names and terms.")] = None,
    include: Annotated[Optional[list[str]], typer.Option(help="File globs to read in directories [default: *.txt, *.md].")] = None,
    exclude: Annotated[Optional[list[str]], typer.Option(help="Globs of files or folders to skip.")] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Lint files in N processes.")] = 1,
    baseline: Annotated[Optional[Path], typer.Option(help="Suppress the findings recorded in this baseline file.")] = None,
    write_baseline: Annotated[Optional[Path], typer.Option(help="Record the current findings in FILE and exit 0.")] = None,
    fix: Annotated[bool, typer.Option("--fix", help="Apply safe fixes to the files (atomically).")] = False,
    diff: Annotated[bool, typer.Option("--diff", help="Print the safe fixes as a unified diff; write nothing.")] = False,
    colour: Annotated[Optional[bool], typer.Option("--color/--no-color", help="Colour the text output [default: on a terminal].")] = None,
    show_dismissed: Annotated[bool, typer.Option("--show-dismissed", help="Also report findings an editor dismissed in `mtcheck review` (they still do not fail).")] = False,
) -> None:
    """Lint translated articles for machine-translation artefacts."""
    from mtcheck import lintrun
    from mtcheck.config import ConfigError
    from mtcheck.text.read import InputError

    try:
        cfg = load_effective_config(
            config, paths, select=_split(select), ignore=_split(ignore), source_lang=source_lang,
            target_lang=target_lang, glossary=str(glossary) if glossary else None,
            include=_split(include), exclude=_split(exclude), fail_on=fail_on.value if fail_on else None)
        outcome = lintrun.run(paths, cfg, jobs=jobs, baseline=baseline, write_baseline=write_baseline,
                              fix=fix, diff=diff, progress=sys.stderr.isatty(), show_dismissed=show_dismissed)
    except (ConfigError, InputError, lintrun.LintRunError) as exc:
        raise fail(str(exc))
    if outcome.diff_text is not None:
        sys.stdout.write(outcome.diff_text)
    else:
        from mtcheck.reporters import get_reporter

        use_colour = colour if colour is not None else (output is None and sys.stdout.isatty())
        rendered = get_reporter(format.value)(outcome.report, colour=use_colour)
        write_output(rendered, output)
    for err in outcome.report.errors:
        typer.echo(f"mtcheck: {err}", err=True)
    raise typer.Exit(outcome.exit_code)


@app.command()
def rules(
    rule: Annotated[Optional[str], typer.Argument(help="A rule id (MT101) or name to document.")] = None,
) -> None:
    """List the rules, or print one rule's documentation."""
    from mtcheck.packs import available_pairs
    from mtcheck.rules import ALL_RULES, find_rule
    from mtcheck.rules.docs import render_rule_doc, render_rule_table

    if rule is None:
        typer.echo(render_rule_table(ALL_RULES, available_pairs()), nl=False)
        return
    found = find_rule(rule)
    if found is None:
        raise fail(f"unknown rule {rule!r} (see `mtcheck rules`)")
    typer.echo(render_rule_doc(found), nl=False)


def _register_optional_commands() -> None:
    """The other commands live in their own modules (one typer command function each), registered
    at start-up rather than imported at module level, so that ``mtcheck lint`` never imports them."""
    from mtcheck.cli_check import check
    from mtcheck.cli_review import review
    from mtcheck.cli_score import score

    app.command("score")(score)
    app.command("check")(check)
    app.command("review")(review)


def main() -> None:
    _register_optional_commands()
    try:
        app()
    except KeyboardInterrupt:
        typer.echo("mtcheck: interrupted", err=True)
        sys.exit(130)
