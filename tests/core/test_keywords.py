"""Keyword extraction behind the lexicon scan (mtcheck.text.keywords).

The lexicon rules only run an entry's regex in sentences that contain one of its keywords, so the one
property that matters is: every match of a pattern contains at least one of its keywords.
"""
from __future__ import annotations

import random
import re
import tomllib
from re import _parser as sre_parse

import pytest

from mtcheck.packs import DATA_DIR
from mtcheck.text.boundaries import Bounds, bounded
from mtcheck.text.keywords import COMPACT_ABOVE, KeywordScanner, bounded_keywords, required_literals
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


@pytest.mark.parametrize("pattern,common", [
    (r"\bm(?:eet|eets|et) (?:a|the|an|this|that|no|any) (?:agreement|arrangement|decision)\b", "decision"),
    (r"\bflat[- ]rate (?:trips?|travels?|holidays?|journeys?|tours?|vacations?|travel(?:l)?ers?)\b", "flat"),
    (r"\b(?:into|in) (?:a |an |serious )?(?:inclined|oblique|skew|tilted) (?:position|situation|state)\b", "state"),
])
def test_compaction_keeps_the_spellings_when_the_smaller_set_is_much_more_common(pattern, common):
    """Each occurrence of a keyword costs the scan a step: "decision", "flat" or "state" would unlock
    these entries in most articles, so rarer spellings of the expression stay the keywords."""
    keywords = required_literals(pattern)
    assert keywords and common not in keywords and all(" " in k or "-" in k for k in keywords)


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


# --- word boundaries around keywords (the scan passes over "criticism" for \bcritic\b) --------------------
WHOLE = Bounds(("",), ("",))
FREE = Bounds(None, None)
PRESIDIUM = (r"\b(?:club|league|FIFA|UEFA|DFB|federation|university|sports) presidi(?:um|a)\b"
             r"|\bpresidi(?:um|a) of (?:the )?(?:club|league|federation|DFB|university|FC|VfB|VfL)\b")


@pytest.mark.parametrize("pattern,bounds", [
    (r"\bcritic\b", {"critic": WHOLE}),
    (r"critic\b", {"critic": Bounds(None, ("",))}),
    (r"\bcritic\w*", {"critic": Bounds(("",), None)}),
    (r"^critic$", {"critic": WHOLE}),
    (r"(?a)\bcritic\b", {"critic": FREE}),  # \b means something else under ASCII: no bounds at all
    (r"\w*ears\b", {"ears": Bounds(None, ("",))}),
    # the optional group ends with a space; without it, whatever precedes the group borders "ears"
    (r"(?:\w+ )?ears", {"ears": FREE}),
    (r"behind (?:\w+ )?ears\b", {"ears": WHOLE}),
    (r"\bbehind (?:\w+)?ears\b", {"ears": Bounds(None, ("",))}),
    # an optional ending is spelt out: "internat" is followed by "" or "s", then a word's end
    (r"\b(?-i:internats?)\b", {"internat": Bounds(("",), ("", "s"))}),
    (r"\bapproximations?\b", {"approximation": Bounds(("",), ("", "s"))}),
    (PRESIDIUM, {"presidi": Bounds(("",), ("a", "um"))}),  # really inside words: only with "um" or "a"
    (r"\bvice[- ]?masters?\b", {k: Bounds(("",), ("", "s")) for k in ("vice master", "vice-master", "vicemaster")}),
    # the parser moves "\bvice" out of the branches; the phrases with "vice" are far rarer than "master"
    # alone, so they are the keywords, and what follows them inside the branches is not required
    (r"\bvice[- ]?masters?\b|\bvice[- ]?world[- ]?champions?\b",
     {f"vice{a}{b}": Bounds(("",), None)
      for a in (" ", "-", "") for b in ("master", "world champion", "world-champion", "worldchampion")}),
    (r"(?<![-\w])old chancellors?(?!\w)", {"old chancellor": Bounds(("",), ("", "s"))}),
    (r"(?<=,\s)how the police(?= (?:said|announced))", {"how the police": WHOLE}),
    (r"\bspen(?:d|ds|t|ding) blood\b|\bspen(?:d|ds|t|ding) (?:\S+ )?to charity\b", {"spen": Bounds(("",), None)}),
    (r"(?:\bfoo\w*|bar)critic\b", {"critic": Bounds(None, ("",))}),  # one way without a boundary: none
    (r"(?:x|\b)(?:ab|cd)?efg(?:hi)?(?:\b|y)", {"efg": FREE}),
])
def test_keyword_bounds(pattern, bounds):
    assert bounded_keywords(pattern) == bounds
    assert required_literals(pattern) == set(bounds)


@pytest.mark.parametrize("text,start,found", [
    ("the critic said", 4, True),
    ("criticism grew", 0, False),
    ("a hypercritic", 7, False),
    ("critic", 0, True),  # the sentence's edges count as non-word characters
    ("(critic)", 1, True),
])
def test_a_keyword_occurrence_meets_its_bounds(text, start, found):
    assert bounded(text, text.lower(), start, start + 6, 0, len(text), WHOLE) is found


def test_bounds_with_affixes_accept_only_the_spelt_endings():
    presidi = Bounds(("",), ("a", "um"))
    for text, found in [("the presidium met", True), ("presidia", True), ("presidial", False), ("expresidium", False)]:
        start = text.index("presidi")
        assert bounded(text, text, start, start + 7, 0, len(text), presidi) is found, text


ALPHABET = "abcdeszé_1ÄX" + " -.,'’\"()/:;!?\n"  # word characters, then others
CONTEXT = ["", "", " ", "s", "un", "x", "-", "super", "ed ", "the ", ". ", "é", "_", "1", "ing"]
CATEGORIES = {sre_parse.CATEGORY_WORD: r"\w", sre_parse.CATEGORY_NOT_WORD: r"\W", sre_parse.CATEGORY_SPACE: r"\s",
              sre_parse.CATEGORY_NOT_SPACE: r"\S", sre_parse.CATEGORY_DIGIT: r"\d", sre_parse.CATEGORY_NOT_DIGIT: r"\D"}


def _sample(items, rnd: random.Random, groups: dict) -> str:
    """A random string shaped like a parsed pattern (assertions are left to the real regex to judge)."""
    out = []
    for op, arg in getattr(items, "data", items):
        if op is sre_parse.LITERAL:
            out.append(chr(arg).upper() if rnd.random() < 0.2 else chr(arg))
        elif op in (sre_parse.NOT_LITERAL, sre_parse.ANY):
            out.append(rnd.choice(ALPHABET))
        elif op is sre_parse.IN:
            pool = [chr(a) for o, a in arg if o is sre_parse.LITERAL]
            pool += [chr(rnd.randint(*a)) for o, a in arg if o is sre_parse.RANGE]
            pool += [c for o, a in arg if o is sre_parse.CATEGORY
                     for c in ALPHABET if re.fullmatch(CATEGORIES.get(a, "."), c)]
            out.append(rnd.choice(pool if pool and not any(o is sre_parse.NEGATE for o, _ in arg) else ALPHABET))
        elif op is sre_parse.SUBPATTERN:
            out.append(text := _sample(arg[-1], rnd, groups))
            groups[arg[0]] = text
        elif op is sre_parse.BRANCH:
            out.append(_sample(rnd.choice(arg[1]), rnd, groups))
        elif op in (sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT, sre_parse.POSSESSIVE_REPEAT):
            out += [_sample(arg[2], rnd, groups) for _ in range(rnd.randint(arg[0], min(arg[1], arg[0] + 3)))]
        elif op is sre_parse.GROUPREF:
            out.append(groups.get(arg, ""))
    return "".join(out)


def _scan_finds(text: str, keywords: dict[str, Bounds]) -> bool:
    """Whether the bounded scan finds some keyword in ``text``, taken as one sentence."""
    lowered = text.lower()
    for keyword, bounds in keywords.items():
        start = lowered.find(keyword)
        while start >= 0:
            if bounded(text, lowered, start, start + len(keyword), 0, len(text), bounds):
                return True
            start = lowered.find(keyword, start + 1)
    return False


TRICKY = [PRESIDIUM, r"\bvice[- ]?masters?\b|\bvice[- ]?world[- ]?champions?\b", r"behind (?:\w+ )?ears\b",
          r"(?:\w+ )?ears", r"\b(?:un)?critic(?:al|s)?(?:ly)?\b", r"(?<![-\w])old[- ](?:federal )?chancellors?(?!\w)",
          r"\b(?:the|its) (?:until[- ]now|till[- ]now)(?= (?:chair\w*|head))", r"(\w+) \1 mistakes?\b",
          r"\bma(?:ke|de) (?:a )?(?:\w+ )?photo\b", r"\bspen(?:d|ds|t|ding) blood\b|\bspen(?:d|ds|t|ding) to\b",
          r"(?:x|\b)(?:ab|cd)?efg(?:hi)?(?:\b|y)", r"(?:\b|-)(?:ab|cd)?efg(?:hi)?(?:\b|\.)", r"\bfoo(?=\s|$)",
          r"(?<=\s)bar\W", r"[-–]\s?abc(?:de)+\b"]


def _pack_patterns() -> list[str]:
    return [e["match"] for pair in ("de-en", "fr-en", "es-en") for table in ("false_friends", "calques")
            for e in tomllib.loads((DATA_DIR / pair / f"{table}.toml").read_text("utf-8"))["entry"]]


def test_every_match_is_found_by_the_bounded_scan():
    """The property the bounds must keep: a text that a pattern matches always holds one of its keywords
    with the bounds met. Random texts shaped like each pattern of every pack (and some tricky ones), with
    random characters around them; a fixed seed keeps the test repeatable."""
    rnd = random.Random(20240601)
    checked = 0
    for pattern, samples in [(p, 400) for p in TRICKY] + [(p, 12) for p in _pack_patterns()]:
        regex, keywords = re.compile(pattern, re.IGNORECASE), bounded_keywords(pattern)
        shape = sre_parse.parse(pattern, re.IGNORECASE)
        for _ in range(samples):
            text = rnd.choice(CONTEXT) + _sample(shape, rnd, {}) + rnd.choice(CONTEXT)
            if regex.search(text) and len(text.lower()) == len(text):
                checked += 1
                assert _scan_finds(text, keywords), (pattern, text, keywords)
    assert checked > 4000


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

    script = ("import tomllib\nfrom mtcheck.packs import DATA_DIR\n"
              "from mtcheck.text.keywords import bounded_keywords, required_literals\n"
              "for t in ('false_friends', 'calques'):\n"
              "    for e in tomllib.loads((DATA_DIR / 'de-en' / f'{t}.toml').read_text('utf-8'))['entry'][:250]:\n"
              "        print(sorted(required_literals(e['match'])), bounded_keywords(e['match']))\n")
    outputs = {subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                              env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("0", "1", "3")}
    assert len(outputs) == 1
