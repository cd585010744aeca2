"""A hand-built report for the quality reporters: fixed findings and scores, independent of the rules.

It exercises what real runs produce only sometimes: every category, all three severities, nested and
crossing spans, a zero-length span, review statuses, scores with low sentences, a scoring error, a
clean article and an article full of hostile markup (tests/reports/fixtures/hostile.en.txt).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from mtcheck.engine import fingerprint
from mtcheck.model import Category, Edit, FileResult, Finding, Fix, Report, Severity, Span
from mtcheck.rules.base import Rule
from mtcheck.text.segment import segment

FIXTURES = Path(__file__).parent / "fixtures"
HOSTILE_PATH = FIXTURES / "hostile.en.txt"

ARTICLE = (
    "Talks in Geneva\n"
    "\n"
    "Geneva With a serious face the minister appeared in front of the press on Wednesday. "
    "The talks were were difficult, said the the minister.\n"
    "\n"
    "Around 100.000 soldiers stand at the border. The Kremlin rejects an invasion since years. "
    "Foreign minister Sergej Lawrow met his counterpart in the matter so far.\n"
    "\n"
    "Find the best jobs now and\n"
    "be notified by email.\n"
)


def _rule(rule_id: str, name: str, category: Category, severity: Severity, summary: str) -> type[Rule]:
    @dataclass(frozen=True)
    class Options:
        pass

    doc = f"{summary}\n\n## What it does\nDemo.\n\n## Why it matters\nDemo.\n\n## Example\n    x\n\n" \
          "## Use instead\n    y\n\n## Fix safety\nDemo.\n"
    return type(name, (Rule,), {"id": rule_id, "name": name, "category": category, "severity": severity,
                                "Options": Options, "__doc__": doc})


DATELINE = _rule("MT901", "demo-dateline", Category.STYLE, Severity.WARNING, "Run-in dateline.")
DUPLICATE = _rule("MT902", "demo-duplicate", Category.FLUENCY, Severity.ERROR, "Duplicated word.")
CALQUE = _rule("MT903", "demo-calque", Category.ACCURACY, Severity.WARNING, "Literal calque of a German phrase.")
NUMBER = _rule("MT904", "demo-number", Category.LOCALE, Severity.WARNING, "German number format.")
NAME = _rule("MT905", "demo-name", Category.TERMINOLOGY, Severity.INFO, "German transliteration of a name.")
SCRAPE = _rule("MT906", "demo-scrape", Category.SCRAPE, Severity.ERROR, "Scraped page furniture.")
SPACE = _rule("MT907", "demo-missing-space", Category.FLUENCY, Severity.INFO, "Missing space.")
STYLE_EMOJI = _rule("MT908", "demo-emoji", Category.STYLE, Severity.INFO, "Emoji in news copy.")
RULES = (DATELINE, DUPLICATE, CALQUE, NUMBER, NAME, SCRAPE, SPACE, STYLE_EMOJI)


def span_of(text: str, needle: str, occurrence: int = 0) -> Span:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(needle, start + 1)
    return Span(start, start + len(needle))


def make_finding(text: str, path: str, rule: type[Rule], span: Span, message: str, suggestion: str | None = None,
                 *, fix: Fix | None = None, status: str = "open", occurrence: int = 0) -> Finding:
    """A Finding as the engine would stamp it (positions, sentence, fingerprint)."""
    doc = segment(text, path)
    sentence = doc.sentence_at(span.start)
    context = sentence.text if sentence else text[span.start:span.end]
    line, col = doc.line_col(span.start)
    end_line, end_col = doc.line_col(span.end)
    flagged = text[span.start:span.end]
    return Finding(rule.id, rule.name, rule.category, rule.severity, message, span, line, col, end_line, end_col,
                   flagged, context, fingerprint(rule.id, context, flagged, occurrence), suggestion, fix, (), status)


def article_result() -> FileResult:
    t, p = ARTICLE, "articles/geneva-talks.en.txt"
    dup = span_of(t, "were were")
    the = span_of(t, "the the")
    press = span_of(t, "appeared in front of the press")
    findings = [
        make_finding(t, p, DATELINE, span_of(t, "Geneva With"), 'run-in dateline "Geneva" before the first sentence',
                     "Geneva – With"),
        # nested: the calque contains a name-ish span; crossing: "in front of" vs "front of the press"
        make_finding(t, p, CALQUE, press, '"appeared in front of the press" is a calque of "trat vor die Presse"',
                     "faced the press"),
        make_finding(t, p, NAME, span_of(t, "in front of"), "demo finding nested in another", None),
        make_finding(t, p, DUPLICATE, Span(span_of(t, "the press").start, span_of(t, "press on").end + 3),
                     "demo finding that crosses the end of another", None, status="confirmed"),
        make_finding(t, p, DUPLICATE, dup, 'duplicated word "were"', "were",
                     fix=Fix((Edit(Span(dup.start + 4, dup.end), ""),), True)),
        make_finding(t, p, DUPLICATE, the, 'duplicated word "the"', "the",
                     fix=Fix((Edit(Span(the.start + 3, the.end), ""),), True), status="dismissed"),
        make_finding(t, p, NUMBER, span_of(t, "100.000"), '"100.000" uses a German thousands separator', "100,000"),
        make_finding(t, p, CALQUE, span_of(t, "since years"), '"since years" is a calque of "seit Jahren"',
                     "for years"),
        make_finding(t, p, NAME, span_of(t, "Lawrow"), '"Lawrow" is the German transliteration', "Lavrov"),
        make_finding(t, p, NAME, span_of(t, "Sergej"), '"Sergej" is the German transliteration', "Sergei"),
        make_finding(t, p, CALQUE, span_of(t, "in the matter so far"), '"in the matter" is a calque of "in der Sache"',
                     "on substance"),
        make_finding(t, p, SCRAPE, span_of(t, "Find the best jobs now and\nbe notified by email."),
                     "scraped job-ad teaser", None, fix=Fix((Edit(span_of(t, "Find the best jobs now and\nbe "
                                                                           "notified by email.\n"), ""),), True)),
        make_finding(t, p, SPACE, Span(span_of(t, "Wednesday.").end, span_of(t, "Wednesday.").end),
                     "demo zero-length finding", None),
    ]
    return FileResult(p, t, "de", "en", tuple(findings), 1, 0)


def hostile_result() -> FileResult:
    t = HOSTILE_PATH.read_bytes().decode("utf-8")  # bytes: keep the CRLF line as it is
    p = "articles/<hostile> & \"quoted\".en.txt"
    script = span_of(t, "<script>alert(1)</script>")
    img = span_of(t, '"><img src=x onerror=alert(1)>')
    findings = [
        make_finding(t, p, SCRAPE, script, 'markup "<script>alert(1)</script>" left in the text', "</script><b>x"),
        make_finding(t, p, DUPLICATE, img, 'odd text "><img src=x onerror=alert(1)>', '"><img src=x onerror=alert(1)>'),
        make_finding(t, p, DUPLICATE, span_of(t, "the the"), 'duplicated word "the"', "the"),
        make_finding(t, p, SCRAPE, span_of(t, "</textarea></div><svg onload=alert(2)>"),
                     "{{ 7*7 }} ${7*7} `x` | a |", "[bold]not markup[/bold]"),
        make_finding(t, p, STYLE_EMOJI, span_of(t, "🇩🇪 emoji 👍🏽"), "astral characters @everyone **bold**"),
        make_finding(t, p, NAME, span_of(t, "\u202egnirts\u202c"), "bidirectional override", None),
    ]
    return FileResult(p, t, None, "en", tuple(findings), 0, 0)


def _pair(kind: str, source: str | None, target: str | None, back: str | None, chrf: float | None) -> dict:
    return {"link": "1-1" if kind == "match" else ("1-0" if kind == "omission" else "0-1"), "kind": kind,
            "source": source, "source_span": None, "target": target, "target_span": None, "anchor": None,
            "back_translation": back, "round_trip": None, "references": [], "chrf": chrf, "bleu": None,
            "ter": None, "similarity": 0.5}


# the shape of mtcheck.scoring DocumentScores.to_json() (back-translation mode)
SCORES = {
    "path": "articles/geneva-talks.en.txt", "mode": "back-translation", "comparison": "back-translation",
    "segmentation": "sentence-aligned", "source_lang": "de", "target_lang": "en", "source": "geneva.de.txt",
    "references": [], "translator": "test-double", "translation": {"sentences": 5, "from_cache": 5},
    "metrics": [
        {"name": "chrF2++", "score": 61.23, "signature": "nrefs:1|case:mixed|eff:yes|nc:6|nw:2|space:no|version:2.6.0"},
        {"name": "BLEU", "score": 32.1, "signature": "nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:2.6.0"},
    ],
    "median_chrf": 48.5,
    "pairs": [
        _pair("match", "Gespräche in Genf", "Talks in Geneva", "Gespräche in Genf", None),
        _pair("match", "Brüssel Mit ernster Miene trat der Minister am Mittwoch vor die Presse.",
              "Geneva With a serious face the minister appeared in front of the press on Wednesday.",
              "Genf Mit einem ernsten Gesicht erschien der Minister am Mittwoch vor der Presse.", 48.5),
        _pair("match", "Die Gespräche seien schwierig gewesen, sagte der Minister.",
              "The talks were were difficult, said the the minister.",
              "Die Gespräche waren schwierig, sagte der Minister.", 83.0),
        _pair("omission", "Eine Einigung ist nicht in Sicht.", None, None, None),
        _pair("match", "Der Kreml weist eine Invasion seit Jahren zurück.",
              "The Kremlin rejects an invasion since years.", "Der Kreml lehnt seit Jahren eine Invasion ab.", 31.25),
        _pair("addition", None, "Find the best jobs now and be notified by email.",
              "Finde jetzt die besten Jobs und werde per E-Mail benachrichtigt.", 12.0),
    ],
    "omissions": [3], "additions": [5], "compare": None,
    "notes": ["1 source sentence has no counterpart in the translation"],
}


def build_quality_report() -> Report:
    clean = FileResult("articles/clean.en.txt", "All is well in Vienna today.\n", "de", "en", (), 0, 6)
    files = (article_result(), hostile_result(), clean)
    return Report("0.1.0", files, RULES, {files[0].path: SCORES},
                  ("scoring skipped for articles/clean.en.txt: no translator configured",))


@pytest.fixture
def quality_report() -> Report:
    return build_quality_report()
