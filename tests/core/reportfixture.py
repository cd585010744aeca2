"""A hand-built report for reporter tests: fixed findings, independent of the real rules' evolution."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from mtcheck.engine import ActiveRule, _finding
from mtcheck.model import Category, Edit, FileResult, Fix, Hit, Report, Severity, Span
from mtcheck.rules.base import Rule
from mtcheck.text.segment import segment

TEXT = ("Moscow talks\n\nPutin said: “Right now, now, ”he said at the end of December.\n"
        "The pipeline Nord Steam 2 is new, while Nord Stream 2 is old.\n\nsource site-16\n")


class DemoRepeat(Rule):
    """Demo rule: a repeated word.

    ## What it does
    Flags a repeated word.

    ## Why it matters
    MT duplicates words.

    ## Example
        now, now

    ## Use instead
        now

    ## Fix safety
    Safe.
    """

    id, name, category, severity = "MT991", "demo-repeat", Category.FLUENCY, Severity.ERROR

    @dataclass(frozen=True)
    class Options:
        pass


class DemoEntity(DemoRepeat):
    """Demo rule: an entity spelt two ways."""

    id, name, category, severity = "MT992", "demo-entity", Category.TERMINOLOGY, Severity.WARNING


class DemoScrape(DemoRepeat):
    """Demo rule: scraper residue, with a comma, a colon and 100% in its message."""

    id, name, category, severity = "MT993", "demo-scrape", Category.SCRAPE, Severity.INFO


def _span(text: str, needle: str) -> Span:
    start = TEXT.index(needle)
    return Span(start, start + len(needle))


def build_report() -> Report:
    doc = segment(TEXT, "articles/demo.en.txt", source_lang="de", target_lang="en")
    seen: Counter = Counter()
    now = _span(TEXT, "now, now")
    hits = [
        (DemoRepeat, Hit(now, 'duplicated word "now"', "now",
                         Fix((Edit(Span(now.start + 3, now.end), ""),), True))),
        (DemoEntity, Hit(_span(TEXT, "Nord Steam 2"), '"Nord Steam 2" differs from "Nord Stream 2" (1 other)',
                         "Nord Stream 2", None, (_span(TEXT, "Nord Stream 2"),))),
        (DemoScrape, Hit(_span(TEXT, "source site-16"), "scraper marker, 100%: delete it", None)),
    ]
    findings = tuple(_finding(doc, ActiveRule(rule, rule.severity, rule.Options()), hit, seen) for rule, hit in hits)
    clean = FileResult("articles/clean.en.txt", "All is well.\n", "de", "en", (), 0, 3)
    files = (FileResult(doc.path, TEXT, "de", "en", findings, 0, 28), clean)
    return Report("0.1.0", files, (DemoRepeat, DemoEntity, DemoScrape), {}, ())
