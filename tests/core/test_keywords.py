"""Keyword extraction behind the lexicon scan (mtcheck.text.keywords).

The lexicon rules only run an entry's regex in sentences that contain one of its keywords, so the one
property that matters is: every match of a pattern contains at least one of its keywords.
"""
from __future__ import annotations

import re

import pytest

from mtcheck.text.keywords import COMPACT_ABOVE, KeywordScanner, required_literals
from mtcheck.text.prefixes import DIGIT, SPACE, prefix_keys, prefixes


@pytest.mark.parametrize("pattern,keywords", [
    (r"\bapproximations?\b", {"approximation"}),
    (r"\blabou?r results\b", {"labor results", "labour results"}),
    (r"\bwith the door into the house\b", {"with the door into the house"}),
    (r"\bsee you bald\b|\bwill bald (?:be|come)\b", {"see you bald", "will bald be", "will bald come"}),
    (r"\b\w+ly\b", set()),
    (r"\bma(?:ke|de) (?:a )?(?:\w+ )?photo\b", {"photo"}),  # after an unbounded item, the rarest part
])
def test_required_literals(pattern, keywords):
    assert required_literals(pattern) == keywords


# Many spellings of one expression: the set is replaced by a small part that is nearly as rare.
@pytest.mark.parametrize("pattern,keywords", [
    (r"\bpour(?:s|ed|ing)? (?:more |extra |additional )?oil (?:into|in) the (?:fire|flames)\b",
     {"oil into the fire", "oil in the fire", "oil into the flames", "oil in the flames"}),  # rarer than "pour"
    # consecutive items spelt out together beat a single common word ("federal")
    (r"\b(?:16|sixteen|all|several|other|many|some|individual|eastern|western|new|old|German) federal "
     r"(?:countries|lands)\b", {"federal countries", "federal lands"}),
    (r"\bm(?:eet|eets|et) (?:a|the|an|this|that|no|any) (?:agreement|arrangement|decision)\b",
     {"agreement", "arrangement", "decision"}),
    # a group of branches is compacted branch by branch: both share "presidi"
    (r"\b(?:club|league|FIFA|UEFA|DFB|federation|university|sports) presidi(?:um|a)\b"
     r"|\bpresidi(?:um|a) of (?:the )?(?:club|league|federation|DFB|university|FC|VfB|VfL)\b", {"presidi"}),
])
def test_large_keyword_sets_are_compacted(pattern, keywords):
    assert required_literals(pattern) == keywords


def test_small_keyword_sets_keep_their_longer_spellings():
    keywords = required_literals(r"\b(?:heavy|hard) (?:rain|snow)fall\b")
    assert len(keywords) <= COMPACT_ABOVE
    assert keywords == {"heavy rainfall", "heavy snowfall", "hard rainfall", "hard snowfall"}


def test_compaction_never_picks_a_common_word():
    """'the' and 'in' are in every sentence: a compact set must rest on a rarer word."""
    pattern = r"\b(?:from|at|in) the (?:first|second|third|fourth|fifth|top|upper) (?:stock|storey)s?\b"
    keywords = required_literals(pattern)
    assert keywords and not keywords & {"the", "in", "at", "from"}


@pytest.mark.parametrize("pattern,samples", [
    (r"\bpour(?:s|ed|ing)? (?:more |extra |additional )?oil (?:into|in) the (?:fire|flames)\b",
     ["poured more oil into the fire", "pours oil in the flames", "POURING ADDITIONAL OIL INTO THE FIRE"]),
    (r"\bm(?:eet|eets|et) (?:a|the|an|this|that|no|any) (?:agreement|arrangement|decision)\b",
     ["met the decision", "meets an agreement", "meet no arrangement"]),
    (r"\b(?:the|its|their) (?:until[- ]now|till[- ]now)(?= (?:chair\w*|head|leader))",
     ["the until-now chairman", "its till now head"]),
])
def test_every_match_contains_a_keyword(pattern, samples):
    keywords = required_literals(pattern)
    for sample in samples:
        match = re.search(pattern, sample, re.IGNORECASE)
        assert match, sample
        assert any(k in match.group().lower() for k in keywords), (sample, keywords)


# --- prefixes (the widget patterns' first test) -----------------------------------------------------
@pytest.mark.parametrize("pattern,starts", [
    (r"abc", {"ab"}),
    (r"(?:Read|see) also", {"re", "se"}),
    (r"(?:x|)y", {"xy", "y"}),  # "y": a whole match shorter than two characters
    (r"a*b", {"aa", "ab", "b"}),
    (r"^(?=q)qu", {"qu"}),
    (r"[A-C]x|d", {"ax", "bx", "cx", "d"}),
    (r"\d+ min read", {DIGIT + " ", DIGIT + DIGIT}),
    (r"a{3}", {"aa"}),
    (r"ab{0,5}c", {"ab", "ac"}),
    (r"\w+", None),  # unbounded
    (r"^.{0,60}picture alliance", None),
    (r"[^abc]", None),
    (r"x?", {"", "x"}),  # may match the empty string: every text is a candidate
])
def test_prefixes(pattern, starts):
    assert prefixes(pattern) == (None if starts is None else frozenset(starts))


def test_prefix_keys_read_digits_and_spaces_as_classes():
    assert set(prefix_keys("4 x")) == {"4 ", "4" + SPACE, DIGIT + " ", DIGIT + SPACE}
    assert prefix_keys("A") == ["a"]


def test_every_widget_example_is_a_candidate_of_its_own_pattern():
    """The property the widget scan relies on: a line that a pattern matches is tried against it."""
    import tomllib

    from mtcheck.packs import DATA_DIR
    from mtcheck.rules.widgets import START, normalise_line

    raw = tomllib.loads((DATA_DIR / "common" / "boilerplate.toml").read_text(encoding="utf-8"))["pattern"]
    examples = [normalise_line(line) for p in raw for line in p["fires"].splitlines() if line.strip()]
    checked = 0
    for p in raw:
        regex, starts = re.compile(p["regex"], re.IGNORECASE), prefixes(p["regex"], START)
        for text in examples:
            if starts is not None and regex.match(text):
                keys = [k[:n] for k in prefix_keys(text, START) for n in range(len(k) + 1)]
                assert any(k in starts for k in keys), (p["id"], text)
                checked += 1
    assert checked >= 100


def test_keyword_scanner_finds_every_occurrence_overlapping_ones_included():
    scanner = KeywordScanner(["vice", "vice chancellor", "chancellor", "ice"])
    found = sorted(scanner.find("the vice chancellor and the vice"))
    assert found == [(4, "vice"), (4, "vice chancellor"), (5, "ice"), (9, "chancellor"), (28, "vice"), (29, "ice")]
    assert list(KeywordScanner([]).find("anything")) == []


def test_keywords_do_not_depend_on_set_order():
    """Keywords are cached on disk and shared between processes, whose string hashes differ."""
    import os
    import subprocess
    import sys

    script = ("import tomllib\nfrom mtcheck.packs import DATA_DIR\nfrom mtcheck.text.keywords import required_literals\n"
              "for t in ('false_friends', 'calques'):\n"
              "    for e in tomllib.loads((DATA_DIR / 'de-en' / f'{t}.toml').read_text('utf-8'))['entry'][:250]:\n"
              "        print(sorted(required_literals(e['match'])))\n")
    outputs = {subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                              env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("0", "1", "3")}
    assert len(outputs) == 1
