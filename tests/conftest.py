"""Shared test helpers: run one rule on a text, find ../shared, locate the seed."""
from __future__ import annotations

from pathlib import Path

import pytest

from mtcheck.model import Hit
from mtcheck.packs import Pack
from mtcheck.rules.base import Context, make_options
from mtcheck.text.segment import segment

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = ROOT / "seeds" / "nato-russia-talks.en.txt"


def run_rule(rule_cls, text: str, *, source: str = "de", target: str = "en", glossary=(),
             **options) -> list[Hit]:
    """The hits of one rule on ``text`` (no engine: no severity, no suppression)."""
    doc = segment(text, source_lang=source, target_lang=target)
    ctx = Context(make_options(rule_cls, options), Pack(source, target), tuple(glossary))
    return list(rule_cls().check(doc, ctx))


def hit_texts(rule_cls, text: str, **kw) -> list[str]:
    """The exact text under each hit's span."""
    return [text[h.span.start:h.span.end] for h in run_rule(rule_cls, text, **kw)]


def article_with(body: list[str], line: str, where: str) -> str:
    """The paragraphs of ``body`` with ``line`` put at the "head" (after the title), the "middle" or the
    "tail" of the article."""
    paragraphs = list(body)
    {"tail": lambda: paragraphs.append(line), "head": lambda: paragraphs.insert(1, line),
     "middle": lambda: paragraphs.insert(3, line)}[where]()
    return "\n\n".join(paragraphs) + "\n"


def hits_with_suggestions(rule_cls, text: str, **kw) -> list[tuple[str, str | None]]:
    """(text under the hit's span, its suggestion) for each hit."""
    return [(text[h.span.start:h.span.end], h.suggestion) for h in run_rule(rule_cls, text, **kw)]


@pytest.fixture
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is absent (it holds evaluation data that is not part of the project)")
    return SHARED


def furniture_suite(body: list[str], furniture: list[str], prose: list[str]):
    """The three tests of a round of MT201 furniture: each line of ``furniture`` fires alone in the middle
    and at the tail of the article ``body``; each line of ``prose`` stays quiet at its head, middle and
    tail; ``body`` itself is quiet. Assign them to module names starting with ``test_``."""
    from mtcheck.rules.boilerplate_line import BoilerplateLine

    @pytest.mark.positive
    @pytest.mark.parametrize("where", ["middle", "tail"])
    @pytest.mark.parametrize("line", furniture)
    def test_furniture_fires(line, where):
        assert hit_texts(BoilerplateLine, article_with(body, line, where)) == [line]

    @pytest.mark.negative
    @pytest.mark.parametrize("where", ["middle", "head", "tail"])
    @pytest.mark.parametrize("line", prose)
    def test_prose_is_quiet(line, where):
        assert run_rule(BoilerplateLine, article_with(body, line, where)) == []

    def test_clean_article_is_quiet():
        assert run_rule(BoilerplateLine, "\n\n".join(body) + "\n") == []

    return test_furniture_fires, test_prose_is_quiet, test_clean_article_is_quiet
