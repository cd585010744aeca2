"""Speed rewrites of round 20 must compute exactly what the code they replaced computed.

- ``lexicon_pack.lower_keeping_offsets`` (MT601/MT602's keyword scan text) against the per-character
  lowering it replaced;
- ``entity_variants.look_alike_pairs`` (MT401), whose shared deletions are now found by set operations,
  against the count of deletions it replaced.
"""
from __future__ import annotations

import random
import sys
from collections import Counter, defaultdict
from itertools import chain

import pytest

from mtcheck.model import Span
from mtcheck.rules.entity_variants import _deletions, look_alike_pairs
from mtcheck.rules.lexicon_pack import _UNEVEN_CASE, lower_keeping_offsets


def _per_character(original: str) -> str:
    """The former code: every character lower-cased alone, kept where its lower case is longer."""
    return "".join(c if len(c) == 1 else o for c, o in zip(map(str.lower, original), original))


def test_uneven_case_characters_are_all_known():
    # Every character whose lower case is not one character must be split out by the pattern.
    uneven = [chr(c) for c in range(sys.maxunicode + 1) if len(chr(c).lower()) != 1]
    assert uneven and all(_UNEVEN_CASE.fullmatch(c) for c in uneven)


@pytest.mark.parametrize("text", [
    "",
    "İstanbul",
    "Recep Tayyip Erdoğan spoke in İzmir on Monday.",
    "ΟΔΟΣ ΣΟΦΙΑΣ and İ",  # a final capital sigma lowers to "ς" in a word, to "σ" alone
    "Σ",
    "aΣ İΣ ΣİΣ",
    "Plain English text without any uneven letters.",
])
def test_lower_keeping_offsets_examples(text):
    assert lower_keeping_offsets(text) == _per_character(text)
    assert len(lower_keeping_offsets(text)) == len(text)


def test_lower_keeping_offsets_random():
    rng = random.Random(20)
    alphabet = "aAzZİıIiΣσςΟΔέÉßẞ -\n'’ﬁ1"
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        assert lower_keeping_offsets(text) == _per_character(text), text


def _pairs_by_count(spans, min_part):
    """The former ``look_alike_pairs``: shared deletions found by counting them."""
    groups, index_of = defaultdict(list), {}
    for key in spans:
        if len(key) == 1:
            if key[0].isalpha() and len(key[0]) >= min_part:
                groups[()].append((key, key[0]))
                index_of[()] = 0
            continue
        for i, part in enumerate(key):
            if part.isalpha() and len(part) >= min_part:
                around = (i, key[:i], key[i + 1:])
                groups[around].append((key, part))
                index_of[around] = i
    pairs = set()
    for around, members in groups.items():
        if len(members) < 2:
            continue
        deletions = [_deletions(part) for _, part in members]
        shared = {d for d, n in Counter(chain.from_iterable(deletions)).items() if n > 1}
        slots = defaultdict(list)
        for (key, _), dels in zip(members, deletions):
            for d in shared.intersection(dels):
                slots[d].append(key)
        for keys in slots.values():
            for x, a in enumerate(keys):
                for b in keys[x + 1:]:
                    pairs.add((min(a, b), max(a, b), index_of[around]))
    return pairs


def test_look_alike_pairs_examples():
    spans = {k: [Span(0, 1)] for k in [("nord", "stream", "2"), ("nord", "steam", "2"), ("stoltenberg",),
                                        ("stoltenber",), ("schulz",), ("schulze",), ("baerbock",),
                                        ("bearbock",), ("iran",), ("iraq",), ("merkel",)]}
    assert look_alike_pairs(spans, 4) == _pairs_by_count(spans, 4)
    assert (("nord", "steam", "2"), ("nord", "stream", "2"), 1) in look_alike_pairs(spans, 4)


def test_look_alike_pairs_random():
    rng = random.Random(20)
    letters = "abeilnorst"
    for _ in range(300):
        words = ["".join(rng.choice(letters) for _ in range(rng.randint(3, 7))) for _ in range(rng.randint(0, 40))]
        keys = {(w,) for w in words}
        keys |= {(rng.choice(words), w) for w in words[:10]} if words else set()
        spans = {k: [Span(0, 1)] for k in keys}
        assert look_alike_pairs(spans, 4) == _pairs_by_count(spans, 4)
