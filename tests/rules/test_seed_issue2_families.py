"""The repetition, boilerplate and typography rules on the seed article, scored against its gold file.

Every gold item of the categories these rules own must be overlapped by a finding, and every finding
must overlap some gold item (of any category): on the seed, these rules find all and only artefacts.
"""
from __future__ import annotations

import json

import pytest

from mtcheck.model import Span
from mtcheck.packs import Pack
from mtcheck.rules import ALL_RULES
from mtcheck.rules.base import Context, make_options
from mtcheck.text.segment import segment
from tests.conftest import SEED

OWN_CATEGORIES = {"duplicate_word", "duplicate_phrase", "boilerplate", "punctuation_spacing"}
# The repetition (MT1xx), boilerplate (MT2xx) and typography (MT3xx) families, in id order.
RULES = tuple(rule for rule in ALL_RULES if rule.id[:3] in ("MT1", "MT2", "MT3"))


def gold_spans(text: str, gold: list[dict]) -> list[tuple[Span, dict]]:
    """Each gold item located by its line number and exact text, as the scorer does."""
    lines = text.split("\n")
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    spans = []
    for item in gold:
        col = lines[item["line"] - 1].find(item["text"])
        assert col >= 0, f"gold text not on line {item['line']}: {item['text']!r}"
        start = starts[item["line"] - 1] + col
        spans.append((Span(start, start + len(item["text"])), item))
    return spans


def findings(text: str) -> list[tuple[str, Span]]:
    doc = segment(text, str(SEED), source_lang="de", target_lang="en")
    shared: dict = {}
    out = []
    for rule in RULES:
        ctx = Context(make_options(rule, {}), Pack("de", "en"), (), shared)
        out.extend((rule.id, hit.span) for hit in rule().check(doc, ctx))
    return out


def test_seed_gold_items_found_and_no_false_alarms(shared_dir):
    text = SEED.read_text("utf-8")
    gold = gold_spans(text, json.loads((shared_dir / "eval" / "seed.gold.json").read_text("utf-8")))
    found = findings(text)
    missed = [item["text"] for span, item in gold
              if item["category"] in OWN_CATEGORIES and not any(span.overlaps(f) for _, f in found)]
    false_alarms = [(rule, text[f.start:f.end]) for rule, f in found if not any(f.overlaps(s) for s, _ in gold)]
    assert missed == []
    assert false_alarms == []
    assert len({f for _, f in found}) == len(found), "two of these rules flagged the same span"


CLEAN_ARTICLE = """NATO and Russia fail to bridge differences in Brussels

BRUSSELS — NATO Secretary General Jens Stoltenberg faced reporters on Wednesday after four hours of talks
with a Russian delegation, the first meeting of the NATO-Russia Council in more than two years. “We had a
very serious and direct exchange,” he said. “There are significant differences between NATO allies and
Russia on these issues, and they will not be easy to bridge.”

Russia has massed about 100,000 troops near its border with Ukraine. Moscow denies planning an invasion
but demands legally binding guarantees that the alliance will not expand further east, a demand the U.S.
and its allies have rejected as a non-starter.

What happens next

Deputy Foreign Minister Alexander Grushko said the talks had shown that “there are no positive
results.” He added: “We are not going to accept a situation in which NATO decides who may join it.

“The alliance must understand that our patience is not unlimited,” he told reporters at 6:30 p.m.

U.S. Deputy Secretary of State Wendy Sherman, who led talks with Sergei Ryabkov in Geneva on Monday, said
Washington was ready to discuss arms control, e.g. limits on missiles and exercises. “We will not slam the
door shut on NATO's open-door policy,” she said. The Organization for Security and Co-operation in Europe
(OSCE) meets in Vienna on Thursday; its 57 members include Russia, Ukraine and the U.S.

Inflation in the euro zone rose to 5.0% in December, figures from Eurostat showed, while the rouble fell
1.2 percent against the dollar. Gas prices at the Dutch TTF hub climbed to €84.50 per megawatt hour.

“Step by step, day after day, we are seeing more and more troops,” a Western official said. By the
evening the delegates had had enough. That that meeting would end without a date for the next one was,
in the words of one diplomat, “a very, very bad sign.”
"""


@pytest.mark.negative
def test_clean_news_article_is_quiet():
    assert findings(CLEAN_ARTICLE) == []


@pytest.mark.negative
def test_clean_news_article_with_one_line_per_paragraph_is_quiet():
    unwrapped = "\n\n".join(p.replace("\n", " ") for p in CLEAN_ARTICLE.split("\n\n"))
    assert findings(unwrapped) == []
